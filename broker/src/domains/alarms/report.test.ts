// The assessment report over alarms with known times: shares against the
// NFPA targets, medians and 90th percentiles, cards and points, the period in
// the platform's time zone, who may read which unit, and the CSV.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adminFetch, startTestPlatform, type TestPlatform } from '../../test-support.js';
import { percentile } from './report.js';
import { as, registerPillar, PLACES, setUpCounty, type County } from './test-support.js';

let platform: TestPlatform;
let county: County;

/** An alarm raised at `raised`, with the governance centre told at once; times in seconds after the press. */
async function alarm(id: string, deviceId: string, raised: string, t: { ack?: number; dispatched?: number; falseAt?: number; unit?: string; role?: string }): Promise<void> {
  const at = (s: number | undefined) => (s === undefined ? null : new Date(Date.parse(raised) + s * 1000));
  await platform.db.query(
    `INSERT INTO alarms (id, device_id, jurisdictions, units, state, raised_at, verified_at, genuine, dispatched_at, closed_at) VALUES ($1, $2, '{county,town,area-a}', $3, 'closed', $4, $5, $6, $7, $8)`,
    [id, deviceId, [t.unit ?? 'gc'], new Date(raised), at(t.falseAt ?? t.dispatched), t.falseAt === undefined ? (t.dispatched === undefined ? null : true) : false, at(t.dispatched), at(3600)],
  );
  await platform.db.query(`INSERT INTO alarm_parties (alarm_id, role, unit_id, notified_at, must_acknowledge, acknowledge_within_s, acknowledged_at) VALUES ($1, $2, $3, $4, true, 60, $5)`, [
    id,
    t.role ?? 'governance_centre',
    t.unit ?? 'gc',
    new Date(raised),
    at(t.ack),
  ]);
}

async function card(alarmId: string, unit: string, level: 'yellow' | 'red', at: string): Promise<void> {
  await platform.db.query(
    `INSERT INTO alarm_escalations (alarm_id, role, unit_id, obligation, level, due_at, at, supervisor_role, supervisor_unit, points) VALUES ($1, 'governance_centre', $2, 'acknowledge', $3, $4, $4, 'police_command', 'sub-bureau', $5)`,
    [alarmId, unit, level, new Date(at), level === 'yellow' ? 1 : 3],
  );
}

before(async () => {
  platform = await startTestPlatform();
  county = await setUpCounty(platform);
  const { id: pillar } = await registerPillar(platform, PLACES.areaA);
  // May 2026 in Asia/Shanghai: from 2026-04-30T16:00Z to 2026-05-31T16:00Z.
  await alarm('al-aaaaaaaaa1', pillar, '2026-05-10T02:00:00Z', { ack: 5, dispatched: 30 });
  await alarm('al-aaaaaaaaa2', pillar, '2026-05-11T02:00:00Z', { ack: 8, dispatched: 70 });
  await alarm('al-aaaaaaaaa3', pillar, '2026-05-12T02:00:00Z', { ack: 15 });
  await alarm('al-aaaaaaaaa4', pillar, '2026-05-13T02:00:00Z', { falseAt: 20 });
  // The first minutes of May in Shanghai count; the last of April and the first of June there do not.
  await alarm('al-aaaaaaaaa5', pillar, '2026-04-30T16:00:01Z', { ack: 1, unit: 'station-a', role: 'police_station' });
  await alarm('al-aaaaaaaaa6', pillar, '2026-04-30T15:59:59Z', { ack: 1 });
  await alarm('al-aaaaaaaaa7', pillar, '2026-05-31T16:00:00Z', { ack: 1 });
  await card('al-aaaaaaaaa3', 'gc', 'yellow', '2026-05-12T02:01:00Z');
  await card('al-aaaaaaaaa4', 'gc', 'yellow', '2026-05-13T02:01:00Z');
  await card('al-aaaaaaaaa4', 'gc', 'red', '2026-05-13T02:02:00Z');
  await card('al-aaaaaaaaa7', 'gc', 'red', '2026-06-01T00:00:00Z');
  // A unit name that a spreadsheet would take for a formula, with a comma in it.
  await adminFetch(platform.baseUrl, '/api/v1/units/gc', { method: 'PUT', body: JSON.stringify({ name: '=综治中心, 盱眙', kind: 'governance_centre', jurisdictionId: 'county' }) });
});
after(async () => {
  await county.close();
  await platform.dispose();
});

type UnitReport = {
  unit: { id: string };
  alarmsHandled: number;
  acknowledgements: { required: number; acknowledged: number; withinTarget: number };
  answeredWithinTarget: number | null;
  processedWithinTarget: number | null;
  steps: Record<string, { count: number; medianS: number | null; p90S: number | null }>;
  cards: { yellow: number; red: number };
  pointsDeducted: number;
  points: number;
};

describe('the report', () => {
  it('per unit and month: shares against 10 s and 64 s, medians and 90th percentiles, cards and points', async () => {
    const res = await adminFetch(platform.baseUrl, '/api/v1/alarm-reports?period=month&at=2026-05');
    assert.equal(res.status, 200);
    const report = (await res.json()) as { period: { from: string; to: string }; targets: { answerS: number; processS: number }; units: UnitReport[] };
    assert.deepEqual([report.period.from, report.period.to], ['2026-04-30T16:00:00.000Z', '2026-05-31T16:00:00.000Z']);
    assert.deepEqual(report.targets, { answerS: 10, processS: 64 });
    const gc = report.units.find((u) => u.unit.id === 'gc')!;
    assert.equal(gc.alarmsHandled, 4);
    assert.deepEqual(gc.acknowledgements, { required: 4, acknowledged: 3, withinTarget: 2 });
    assert.equal(gc.answeredWithinTarget, 0.5, '5 s and 8 s of four: the one never acknowledged counts as late');
    assert.equal(gc.processedWithinTarget, 0.5, 'dispatched in 30 s, and verified false in 20 s, of four');
    assert.deepEqual(gc.steps.acknowledge, { count: 3, medianS: 8, p90S: 13.6 });
    assert.deepEqual(gc.steps.dispatched, { count: 2, medianS: 50, p90S: 66 });
    assert.deepEqual(gc.cards, { yellow: 2, red: 1 });
    assert.deepEqual([gc.pointsDeducted, gc.points], [5, 95]);
    const station = report.units.find((u) => u.unit.id === 'station-a')!;
    assert.equal(station.alarmsHandled, 1, 'the first second of May in Shanghai');
    assert.equal(report.units.find((u) => u.unit.id === 'station-b')!.alarmsHandled, 0, 'a unit with nothing to show is in the table');
  });

  it('a year, and one unit', async () => {
    const res = await adminFetch(platform.baseUrl, '/api/v1/alarm-reports?period=year&at=2026&unit=gc');
    const report = (await res.json()) as { units: UnitReport[] };
    assert.deepEqual(
      report.units.map((u) => [u.unit.id, u.alarmsHandled, u.cards.red]),
      [['gc', 6, 2]],
    );
    assert.equal((await adminFetch(platform.baseUrl, '/api/v1/alarm-reports?period=month&at=2026-13')).status, 400);
    assert.equal((await adminFetch(platform.baseUrl, '/api/v1/alarm-reports?period=year&at=2026-05')).status, 400);
  });

  it("a police station's officer reads their own unit's report, not the governance centre's", async () => {
    const officer = county.parties.police_station.member;
    const { json } = await as(platform, officer, 'GET', '/api/v1/alarm-reports?period=month&at=2026-05');
    assert.deepEqual(
      (json.units as UnitReport[]).map((u) => u.unit.id),
      ['station-a'],
    );
    assert.equal((await as(platform, officer, 'GET', '/api/v1/alarm-reports?period=month&at=2026-05&unit=gc')).status, 404);
    const operator = county.parties.governance_centre.member;
    const all = (await as(platform, operator, 'GET', '/api/v1/alarm-reports?period=month&at=2026-05')).json.units as UnitReport[];
    assert.ok(all.length >= 6, 'the county operator reads every unit of the county');
  });

  it('as CSV: a row per unit, UTF-8 with a byte-order mark, fields quoted and never a formula', async () => {
    const res = await adminFetch(platform.baseUrl, '/api/v1/alarm-reports.csv?period=month&at=2026-05');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/csv/);
    assert.match(res.headers.get('content-disposition')!, /alarm-report-2026-05\.csv/);
    const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
    assert.ok(text.startsWith('\ufeff'));
    const lines = text.slice(1).trimEnd().split('\r\n');
    const header = lines[0]!.split(',');
    assert.deepEqual(header.slice(0, 3), ['unit_id', 'unit_name', 'unit_kind']);
    assert.ok(header.includes('answered_within_10s_share') && header.includes('acknowledge_p90_s') && header.includes('red_cards'));
    const gc = lines.find((l) => l.startsWith('gc,'))!;
    assert.ok(gc.startsWith(`gc,"'=综治中心, 盱眙",governance_centre,2026-05,`), gc);
    const fields = gc.replace(/"[^"]*"/, 'name').split(',');
    assert.equal(fields[header.indexOf('answered_within_10s_share')], '0.5');
    assert.equal(fields[header.indexOf('acknowledge_p90_s')], '13.6');
    assert.equal(fields[header.indexOf('points')], '95');
  });

  it('percentiles interpolate between the closest ranks, as PostgreSQL percentile_cont', async () => {
    const { rows } = await platform.db.query<{ p: number }>('SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY x) AS p FROM unnest(ARRAY[5, 8, 15, 40]::float8[]) AS x');
    assert.equal(percentile([5, 8, 15, 40], 0.9), rows[0]!.p);
    assert.equal(percentile([], 0.5), null);
    assert.equal(percentile([7], 0.9), 7);
  });
});
