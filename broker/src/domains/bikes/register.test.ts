// The register over HTTP: registration points register bikes (one tag, one
// bike, one person), re-bind tags with a reason (history kept, audited);
// owners see and describe their own; photos checked and served; and each
// refusal of privacy by purpose: another owner's bike, installers and
// operators, police without a case or a reason (refused and audited).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestPlatform, type TestPlatform } from '../../test-support.js';
import { as, json, person, putCountyOverHttp, type Person } from './test-support-http.js';

let platform: TestPlatform;
let police: Person, admin: Person, installer: Person, operator: Person, owner: Person, stranger: Person;
let nextTag = 800_000;

before(async () => {
  platform = await startTestPlatform({ demoUsers: false });
  await putCountyOverHttp(platform);
  police = await person(platform, 'police', ['west']);
  admin = await person(platform, 'admin');
  installer = await person(platform, 'installer', ['county']);
  operator = await person(platform, 'operator', ['county']);
  owner = await person(platform, 'owner');
  stranger = await person(platform, 'owner');
});
after(() => platform.dispose());

interface BikeJson {
  id: string;
  plate: string;
  tagId: number;
  fobTagId: number | null;
  owner: { id: string; displayName: string; phone: string | null; masked: boolean };
  hasPhoto: boolean;
}

async function register(by: Person, extra: Record<string, unknown> = {}): Promise<BikeJson> {
  const tag = nextTag++;
  const res = await as(platform, by, '/api/v1/bikes', {
    method: 'POST',
    body: { ownerId: owner.id, plate: `苏h ${tag}`, frameNumber: `lhz${tag}`, brand: '雅迪', colour: '白', tagId: tag, ...extra },
  });
  assert.equal(res.status, 201, await res.clone().text());
  return (await json<{ bike: BikeJson }>(res)).bike;
}

const audited = async (action: string, subjectId: string) => (await platform.audit.search({ action, subjectId, limit: 5 })).filter((e) => e.action === action);

describe('registration', () => {
  it('police and administrators register bikes for owners; plates and frame numbers are normalised; the fob is a tag of its own', async () => {
    const bike = await register(police, { fobTagId: nextTag++ });
    assert.match(bike.plate, /^苏H\d+$/);
    assert.equal(bike.owner.id, owner.id);
    assert.ok(bike.fobTagId !== null && bike.fobTagId !== bike.tagId);
    assert.equal((await audited('bike.register', bike.id)).length, 1);
    await register(admin);
  });

  it('one tag, one bike: a tag, plate or frame number registered already is refused with the field named', async () => {
    const first = await register(police, { fobTagId: nextTag++ });
    const again = await as(platform, police, '/api/v1/bikes', { method: 'POST', body: { ownerId: owner.id, plate: 'X9999', frameNumber: 'NEWFRAME1', tagId: first.fobTagId } });
    assert.equal(again.status, 409);
    const body = await json<{ code: string; details: { problems: { field: string; code: string }[] } }>(again);
    assert.equal(body.code, 'BIKE_IDENTIFIER_TAKEN');
    assert.deepEqual(
      body.details.problems.map((p) => [p.field, p.code]),
      [['tagId', 'TAKEN']],
      'a fob is a tag: no bike may have it',
    );
    const plate = await as(platform, police, '/api/v1/bikes', { method: 'POST', body: { ownerId: owner.id, plate: first.plate, frameNumber: 'NEWFRAME2', tagId: nextTag++ } });
    assert.equal(plate.status, 409);
    const bad = await as(platform, police, '/api/v1/bikes', { method: 'POST', body: { ownerId: owner.id, plate: 'a b', frameNumber: '!!', tagId: nextTag++ } });
    assert.equal(bad.status, 400);
    assert.match((await json<{ message: string }>(bad)).message, /frameNumber/);
    const notOwner = await as(platform, police, '/api/v1/bikes', { method: 'POST', body: { ownerId: police.id, plate: 'Z1234', frameNumber: 'FRAMEZ1', tagId: nextTag++ } });
    assert.equal(notOwner.status, 404, 'bikes belong to owners');
  });

  it('re-binding a tag is a registration point’s act with a reason: audited, the history kept; owners may not', async () => {
    const bike = await register(police);
    const newTag = nextTag++;
    assert.equal((await as(platform, owner, `/api/v1/bikes/${bike.id}/tags/bike`, { method: 'PUT', body: { tagId: newTag, reason: 'tag broken' } })).status, 403);
    const res = await as(platform, police, `/api/v1/bikes/${bike.id}/tags/bike`, { method: 'PUT', body: { tagId: newTag, reason: 'the old tag was broken' } });
    assert.equal(res.status, 200);
    assert.equal((await json<{ bike: BikeJson }>(res)).bike.tagId, newTag);
    const [entry] = await audited('bike.tag.rebind', bike.id);
    assert.equal(entry?.reason, 'the old tag was broken');
    assert.deepEqual(entry?.detail, { role: 'bike', from: bike.tagId, to: newTag });
    const history = await json<{ tags: { tagId: number; unboundAt: string | null; reason: string | null }[] }>(await as(platform, owner, `/api/v1/bikes/${bike.id}/tags`));
    assert.deepEqual(
      history.tags.map((t) => [t.tagId, t.unboundAt !== null, t.reason]),
      [
        [bike.tagId, true, 'the old tag was broken'],
        [newTag, false, 'the old tag was broken'],
      ],
    );
    // The old chip is free again; the new one is not.
    const reuse = await as(platform, police, '/api/v1/bikes', { method: 'POST', body: { ownerId: owner.id, plate: `R${newTag}`, frameNumber: `REUSE${newTag}`, tagId: newTag } });
    assert.equal(reuse.status, 409);
    const unbind = await as(platform, police, `/api/v1/bikes/${bike.id}/tags/bike`, { method: 'PUT', body: { tagId: null, reason: 'no tag at all' } });
    assert.equal(unbind.status, 400, 'a bike keeps a plate tag');
  });

  it('owners describe their own bike, not what identifies it', async () => {
    const bike = await register(police);
    assert.equal((await as(platform, owner, `/api/v1/bikes/${bike.id}`, { method: 'PATCH', body: { colour: '蓝' } })).status, 200);
    assert.equal((await as(platform, owner, `/api/v1/bikes/${bike.id}`, { method: 'PATCH', body: { plate: 'OTHER1' } })).status, 403);
    assert.equal((await as(platform, stranger, `/api/v1/bikes/${bike.id}`, { method: 'PATCH', body: { colour: '黑' } })).status, 404);
  });
});

describe('photos', () => {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 7)]);
  it('are stored small and checked, and served back to who may see the bike', async () => {
    const bike = await register(police);
    const put = await as(platform, owner, `/api/v1/bikes/${bike.id}/photo`, { method: 'PUT', body: png, headers: { 'content-type': 'image/png' } });
    assert.equal(put.status, 200, await put.text());
    const got = await as(platform, owner, `/api/v1/bikes/${bike.id}/photo`);
    assert.equal(got.status, 200);
    assert.equal(got.headers.get('content-type'), 'image/png');
    assert.deepEqual(Buffer.from(await got.arrayBuffer()), png);
    const lying = await as(platform, owner, `/api/v1/bikes/${bike.id}/photo`, { method: 'PUT', body: png, headers: { 'content-type': 'image/jpeg' } });
    assert.deepEqual([lying.status, (await json<{ code: string }>(lying)).code], [415, 'PHOTO_TYPE']);
    const text = await as(platform, owner, `/api/v1/bikes/${bike.id}/photo`, { method: 'PUT', body: Buffer.from('<svg/>'), headers: { 'content-type': 'image/png' } });
    assert.equal(text.status, 415);
    const huge = await as(platform, owner, `/api/v1/bikes/${bike.id}/photo`, { method: 'PUT', body: Buffer.concat([png, Buffer.alloc(600 * 1024)]), headers: { 'content-type': 'image/png' } });
    assert.deepEqual([huge.status, (await json<{ code: string }>(huge)).code], [413, 'PHOTO_TOO_LARGE']);
    const json1 = await as(platform, owner, `/api/v1/bikes/${bike.id}/photo`, { method: 'PUT', body: { image: 'x' } });
    assert.equal(json1.status, 415);
    assert.equal((await as(platform, stranger, `/api/v1/bikes/${bike.id}/photo`)).status, 404);
    assert.equal((await as(platform, operator, `/api/v1/bikes/${bike.id}/photo`)).status, 403);
  });
});

describe('privacy by purpose', () => {
  it('an owner cannot read another owner’s bike, its tags or its position', async () => {
    const bike = await register(police);
    for (const path of [`/api/v1/bikes/${bike.id}`, `/api/v1/bikes/${bike.id}/tags`, `/api/v1/bikes/${bike.id}/position`, `/api/v1/bikes/${bike.id}/guard`]) {
      assert.equal((await as(platform, stranger, path)).status, 404, path);
      assert.equal((await as(platform, owner, path)).status, 200, path);
    }
    const mine = await json<{ bikes: BikeJson[] }>(await as(platform, stranger, '/api/v1/bikes'));
    assert.deepEqual(mine.bikes, []);
  });

  it('installers and operators read no bike, owner or track', async () => {
    const bike = await register(police);
    for (const who of [installer, operator]) {
      for (const path of [
        '/api/v1/bikes',
        `/api/v1/bikes/${bike.id}`,
        `/api/v1/bikes/${bike.id}/tags`,
        `/api/v1/bikes/${bike.id}/position`,
        '/api/v1/cases',
        '/api/v1/watchlist',
        '/api/v1/bikes/clones',
      ]) {
        const res = await as(platform, who, path);
        assert.equal(res.status, 403, `${path}: ${res.status}`);
      }
      assert.equal((await as(platform, who, '/api/v1/bikes/lookup', { method: 'POST', body: { plate: bike.plate, reason: 'just curious about it' } })).status, 403);
    }
  });

  it('police without a case or a reason are refused, and the refusal is audited; with a reason the read is audited with it', async () => {
    const bike = await register(police);
    const refused = await as(platform, police, `/api/v1/bikes/${bike.id}`);
    assert.deepEqual([refused.status, (await json<{ code: string }>(refused)).code], [403, 'REASON_REQUIRED']);
    const [r] = await audited('bike.read.refused', bike.id);
    assert.equal(r?.actorId, police.id);
    const reason = 'registration point: owner came in person';
    const ok = await as(platform, police, `/api/v1/bikes/${bike.id}?reason=${encodeURIComponent(reason)}`);
    assert.equal(ok.status, 200);
    const read = (await json<{ bike: BikeJson }>(ok)).bike;
    assert.equal(read.owner.masked, false);
    const [entry] = await audited('bike.read', bike.id);
    assert.deepEqual([entry?.actorId, entry?.reason], [police.id, reason]);
    const lookup = await json<{ bikes: BikeJson[] }>(await as(platform, police, '/api/v1/bikes/lookup', { method: 'POST', body: { tagId: bike.tagId, reason } }));
    assert.deepEqual(
      lookup.bikes.map((b) => b.id),
      [bike.id],
    );
    assert.equal((await as(platform, police, '/api/v1/bikes')).status, 403, 'no list for police: a lookup states its reason');
  });

  it('nobody but its owner sees where a bike is, unless it is on the watchlist: then its case’s police, audited', async () => {
    const bike = await register(police);
    const reason = 'checking a report from a neighbour';
    const notWatched = await as(platform, police, `/api/v1/bikes/${bike.id}/position?reason=${encodeURIComponent(reason)}`);
    assert.deepEqual([notWatched.status, (await json<{ code: string }>(notWatched)).code], [403, 'NOT_ON_WATCHLIST']);
    assert.equal((await audited('bike.position.read.refused', bike.id)).length, 1);
    assert.equal((await as(platform, police, `/api/v1/bikes/${bike.id}/position`)).status, 403);
    assert.equal((await as(platform, admin, `/api/v1/bikes/${bike.id}/position`)).status, 403);
    const report = await as(platform, owner, '/api/v1/cases', {
      method: 'POST',
      body: { bikeId: bike.id, lastSeenAt: new Date(Date.now() - 3_600_000).toISOString(), lastSeenLat: 33.0, lastSeenLon: 118.45 },
    });
    assert.equal(report.status, 201, await report.clone().text());
    const c = (await json<{ case: { id: string; jurisdictions: string[] } }>(report)).case;
    const viaCase = await as(platform, police, `/api/v1/bikes/${bike.id}/position?caseId=${c.id}`);
    assert.equal(viaCase.status, 200);
    const [entry] = await audited('bike.position.read', bike.id);
    assert.match(entry?.reason ?? '', /^case \d+/);
    const eastPolice = await person(platform, 'police', ['east']);
    assert.equal((await as(platform, eastPolice, `/api/v1/bikes/${bike.id}/position?caseId=${c.id}`)).status, 403, 'a case outside their jurisdictions is no purpose of theirs');
    assert.equal((await as(platform, eastPolice, `/api/v1/cases/${c.id}`)).status, 404);
  });

  it('administrators keep the register with owners masked, and their reads are audited', async () => {
    const bike = await register(police);
    const list = await json<{ bikes: BikeJson[] }>(await as(platform, admin, '/api/v1/bikes?limit=500'));
    const row = list.bikes.find((b) => b.id === bike.id)!;
    assert.equal(row.owner.masked, true);
    assert.match(row.owner.phone ?? '', /^\d{3}\*+\d{4}$/);
    assert.ok(!row.owner.displayName.includes(String(owner.id)));
    assert.ok((await platform.audit.search({ action: 'bike.list', actorId: admin.id, limit: 1 })).length === 1);
  });
});
