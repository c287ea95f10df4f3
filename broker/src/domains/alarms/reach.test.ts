// Who sees an alarm: the staff of its jurisdictions and the members of the
// parties linked into it. An operator or police officer of another
// jurisdiction sees nothing of it (not in lists, not by id, not on the live
// feed), nor can act on it; installers and owners see no alarm at all; a
// party's member with no jurisdiction of their own sees it once their party
// is linked in, and not before.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventually } from '@watchpost/ingest/test-support';
import { createApiToken } from '../access/credentials-store.js';
import { insertUser } from '../access/people-store.js';
import { startTestPlatform, type TestPlatform } from '../../test-support.js';
import { as, follow, Pillar, PLACES, registerPillar, setUpCounty, type County, type Person } from './test-support.js';

let platform: TestPlatform;
let county: County;
let id: string;
let feeds: Record<string, ReturnType<typeof follow>>;
let pillar: Pillar;

before(async () => {
  platform = await startTestPlatform();
  county = await setUpCounty(platform);
  feeds = {
    operator: follow(platform, county.parties.governance_centre.member),
    otherOperator: follow(platform, county.otherOperator),
    policeB: follow(platform, county.policeB),
    owner: follow(platform, county.owner),
    districtCentre: follow(platform, county.parties.district_centre.member),
  };
  // Followers connect before the press (the live feed has no history for them to catch up on).
  await new Promise((r) => setTimeout(r, 300));
  pillar = await Pillar.connect(platform, await registerPillar(platform, PLACES.areaA));
  await pillar.press();
  id = (await platform.db.query<{ id: string }>('SELECT id FROM alarms')).rows[0]!.id;
});
after(async () => {
  pillar.close();
  for (const f of Object.values(feeds)) f.stop();
  await county.close();
  await platform.dispose();
});

const listed = async (who: Person) => {
  const res = await as(platform, who, 'GET', '/api/v1/alarms?state=all');
  return res.status === 200 ? (res.json.alarms as { id: string }[]).map((a) => a.id) : res.status;
};

describe('the staff of another jurisdiction', () => {
  for (const [name, who] of [
    ['an operator of another county', () => county.otherOperator],
    ['a police officer of the next police area', () => county.policeB],
  ] as const) {
    it(`${name}: not in the list, not by id, cannot act on it`, async () => {
      assert.deepEqual(await listed(who()), []);
      assert.equal((await as(platform, who(), 'GET', `/api/v1/alarms/${id}`)).status, 404);
      for (const [path, body] of [
        ['receive', {}],
        ['verify', { genuine: false }],
        ['acknowledge', {}],
        ['close', { disposition: 'resolved' }],
      ] as const) {
        const res = await as(platform, who(), 'POST', `/api/v1/alarms/${id}/${path}`, body);
        assert.deepEqual([res.status, res.json.code], [404, 'ALARM_NOT_FOUND'], path);
      }
    });
  }

  it('nor on the live feed, while those who reach it get it', async () => {
    await eventually(() => feeds.operator!.events.some((e) => e.subjectId === id), 5_000, "the governance centre's feed");
    await new Promise((r) => setTimeout(r, 300));
    for (const name of ['otherOperator', 'policeB', 'owner'])
      assert.deepEqual(
        feeds[name]!.events.filter((e) => e.kind.startsWith('alarm.')),
        [],
        name,
      );
  });
});

describe('installers and owners', () => {
  for (const [name, who] of [
    ['an installer of the county', () => county.installer],
    ['an owner', () => county.owner],
  ] as const) {
    it(`${name} is refused every alarm route`, async () => {
      for (const [method, path] of [
        ['GET', '/api/v1/alarms'],
        ['GET', `/api/v1/alarms/${id}`],
        ['POST', `/api/v1/alarms/${id}/acknowledge`],
        ['GET', '/api/v1/alarm-reports?period=month&at=2026-05'],
        ['GET', '/api/v1/alarm-plans'],
      ] as const) {
        const res = await as(platform, who(), method, path, method === 'POST' ? {} : undefined);
        assert.deepEqual([res.status, res.json.code], [403, 'FORBIDDEN'], `${method} ${path}`);
      }
    });
  }
});

describe("a party's members", () => {
  it('see the alarm once their party is linked into it, not before, and act for their party only', async () => {
    const member = county.parties.district_centre.member;
    // The default plan links the district centre after verification: until then the alarm is not its member's.
    assert.deepEqual(await listed(member), []);
    assert.equal((await as(platform, member, 'GET', `/api/v1/alarms/${id}`)).status, 404);
    assert.equal((await as(platform, county.parties.governance_centre.member, 'POST', `/api/v1/alarms/${id}/verify`, { genuine: true, severity: 'high' })).status, 200);
    assert.deepEqual(await listed(member), [id]);
    assert.equal((await as(platform, member, 'GET', `/api/v1/alarms/${id}`)).status, 200);
    await eventually(() => feeds.districtCentre!.events.some((e) => e.kind === 'alarm.party.notified' && e.subjectId === id), 5_000, "the district centre's live feed");
    assert.equal((await as(platform, member, 'POST', `/api/v1/alarms/${id}/acknowledge`, {})).status, 200);
    const board = (await as(platform, member, 'GET', `/api/v1/alarms/${id}`)).json.alarm as { parties: { role: string; acknowledgedBy: string | null }[] };
    assert.deepEqual(
      board.parties.filter((p) => p.acknowledgedBy).map((p) => [p.role, p.acknowledgedBy]),
      [['district_centre', member.id]],
      'it acknowledged for its own party, no other',
    );
  });

  it('a member of the same jurisdiction whose unit is no party of the alarm cannot acknowledge it', async () => {
    // Someone of the county without a unit reaches the alarm (its jurisdiction) but is no party to acknowledge it.
    const userId = await insertUser(platform.db, { username: 'no-unit', displayName: 'No unit', role: 'operator', passwordHash: null, createdBy: null, jurisdictions: ['county'] });
    const token = (await createApiToken(platform.db, userId, 'no-unit', ['*'], null)).token;
    const res = await as(platform, { id: userId, token, unitId: null }, 'POST', `/api/v1/alarms/${id}/acknowledge`, {});
    assert.deepEqual([res.status, res.json.code], [403, 'NOT_A_PARTY']);
    assert.equal((await as(platform, { id: userId, token, unitId: null }, 'GET', `/api/v1/alarms/${id}`)).status, 200);
  });
});
