// The five parties of a jurisdiction: named where they work and inherited below; each part played
// by a unit of its kind; channels that name real receivers; and the linkage plan an alarm follows
// (the deepest of its jurisdictions' plans, else the default).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adminFetch, startTestPlatform, type TestPlatform } from '../../test-support.js';
import { Pillar, PLACES, putPlan, registerPillar, setUpCounty, type County } from '../alarms/test-support.js';

let platform: TestPlatform;
let county: County;
before(async () => {
  platform = await startTestPlatform();
  county = await setUpCounty(platform, { police_station: '13800002222' });
});
after(async () => {
  await county.close();
  await platform.dispose();
});

const put = (path: string, body: unknown) => adminFetch(platform.baseUrl, path, { method: 'PUT', body: JSON.stringify(body) });
type View = { role: string; unit: { id: string } | null; namedIn: string | null; members: { displayName: string; textMessages: boolean }[] };
const partiesOf = async (j: string) => ((await (await adminFetch(platform.baseUrl, `/api/v1/jurisdictions/${j}/parties`)).json()) as { parties: View[] }).parties;

describe('parties', () => {
  it('a police area has its own station and inherits the other four from its town and county; members by name, never by phone', async () => {
    const parties = await partiesOf('area-a');
    assert.deepEqual(
      parties.map((p) => [p.role, p.unit?.id, p.namedIn]),
      [
        ['governance_centre', 'gc', 'county'],
        ['police_station', 'station-a', 'area-a'],
        ['town_command', 'town-cmd', 'town'],
        ['district_centre', 'district-centre', 'county'],
        ['police_command', 'sub-bureau', 'county'],
      ],
    );
    assert.deepEqual(parties[1]!.members, [{ id: county.parties.police_station.member.id, displayName: 'member-station-a', role: 'police', textMessages: true }]);
    assert.doesNotMatch(JSON.stringify(parties), /13800002222/);
    // The county above names no station of its own.
    assert.equal((await partiesOf('county')).find((p) => p.role === 'police_station')!.unit, null);
  });

  it('each part is played by a unit of its kind, that exists, in a jurisdiction that exists; null inherits again', async () => {
    const wrong = await put('/api/v1/jurisdictions/area-b/parties', { police_station: 'town-cmd' });
    assert.deepEqual([wrong.status, ((await wrong.json()) as { code: string }).code], [400, 'PARTY_UNIT_MISMATCH']);
    const unknown = await put('/api/v1/jurisdictions/area-b/parties', { police_station: 'nowhere' });
    assert.deepEqual([unknown.status, ((await unknown.json()) as { code: string }).code], [400, 'UNKNOWN_REFERENCE']);
    assert.equal((await put('/api/v1/jurisdictions/no-such-place/parties', { police_station: 'station-b' })).status, 404);
    assert.equal((await put('/api/v1/jurisdictions/area-b/parties', { police_station: 'station-b', governance_centre: 'gc' })).status, 200);
    assert.equal((await partiesOf('area-b')).find((p) => p.role === 'governance_centre')!.namedIn, 'area-b');
    assert.equal((await put('/api/v1/jurisdictions/area-b/parties', { governance_centre: null })).status, 200);
    assert.equal((await partiesOf('area-b')).find((p) => p.role === 'governance_centre')!.namedIn, 'county', 'inherited again');
  });

  it("a unit's channels must name webhook endpoints and subscriptions that exist", async () => {
    const res = await put('/api/v1/units/gc/channels', { webhookEndpoints: ['wh-000000000000'], mqttSubscriptions: [], smsMembers: true });
    assert.deepEqual([res.status, ((await res.json()) as { code: string }).code], [400, 'UNKNOWN_REFERENCE']);
    assert.equal((await put('/api/v1/units/no-unit/channels', { webhookEndpoints: [], mqttSubscriptions: [], smsMembers: false })).status, 404);
  });
});

describe('linkage plans', () => {
  it("an alarm follows the plan of its deepest jurisdiction that has one, else the county's, else the default", async () => {
    const first = async (name: string) => {
      const pillar = await Pillar.connect(platform, await registerPillar(platform, PLACES.areaA, name));
      await pillar.press();
      pillar.close();
      const { rows } = await platform.db.query<{ role: string }>('SELECT p.role FROM alarm_parties p JOIN alarms a ON a.id = p.alarm_id WHERE a.device_id = $1 ORDER BY p.role', [pillar.device.id]);
      return rows.map((r) => r.role);
    };
    assert.deepEqual(await first('default plan'), ['governance_centre']);
    await putPlan(platform, 'county', 'high', {
      parties: [
        { role: 'governance_centre', when: 'press' },
        { role: 'police_command', when: 'press' },
      ],
    });
    assert.deepEqual(await first('county plan'), ['governance_centre', 'police_command']);
    await putPlan(platform, 'town', 'high', {
      parties: [
        { role: 'town_command', when: 'press' },
        { role: 'police_station', when: 'press' },
        { role: 'governance_centre', when: 'verified' },
      ],
    });
    assert.deepEqual(await first('town plan'), ['police_station', 'town_command']);
    assert.equal((await adminFetch(platform.baseUrl, '/api/v1/alarm-plans/town/high', { method: 'DELETE' })).status, 200);
    assert.deepEqual(await first('county plan again'), ['governance_centre', 'police_command']);
  });

  it('refuses a plan naming a party twice, or a jurisdiction that does not exist; fills in the limits it leaves out', async () => {
    const twice = await put('/api/v1/alarm-plans/county/low', {
      parties: [
        { role: 'governance_centre', when: 'press' },
        { role: 'governance_centre', when: 'verified' },
      ],
    });
    assert.deepEqual([twice.status, ((await twice.json()) as { code: string }).code], [400, 'PLAN_INVALID']);
    assert.equal((await put('/api/v1/alarm-plans/atlantis/low', { parties: [{ role: 'governance_centre', when: 'press' }] })).status, 404);
    const ok = await put('/api/v1/alarm-plans/county/low', {
      parties: [
        { role: 'governance_centre', when: 'press' },
        { role: 'town_command', when: 'verified', mustAcknowledge: false },
      ],
    });
    const { plan } = (await ok.json()) as { plan: { parties: { role: string; acknowledgeWithinS: number | null; remindEveryS: number | null }[]; supervisor: string } };
    assert.deepEqual(
      plan.parties.map((p) => [p.role, p.acknowledgeWithinS, p.remindEveryS]),
      [
        ['governance_centre', 60, 30],
        ['town_command', null, null],
      ],
    );
    assert.equal(plan.supervisor, 'police_command');
  });
});
