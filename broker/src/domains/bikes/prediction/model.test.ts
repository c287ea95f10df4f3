// The next-station model on small hand-made station graphs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NextStationModel, type TrackPoint } from './model.js';

/** A trip through stations, `hopS` seconds from one to the next (heard 4 s at each). */
function ride(model: NextStationModel, tag: string, stations: string[], startMs: number, hopS: number | number[] = 60): void {
  let t = startMs;
  stations.forEach((s, i) => {
    model.observe(tag, { stationId: s, firstMs: t, lastMs: t + 4000 });
    t += 4000 + 1000 * (Array.isArray(hopS) ? (hopS[i] ?? 60) : hopS);
  });
}
const at = (stationId: string, firstMs: number): TrackPoint => ({ stationId, firstMs, lastMs: firstMs + 4000 });
const H = 3_600_000;

describe('next-station model', () => {
  it('learns a line of stations: after A comes B, within the travel times seen', () => {
    const m = new NextStationModel();
    for (let k = 0; k < 20; k++) ride(m, `t${k}`, ['A', 'B', 'C'], k * H, 50 + k);
    const [first, ...rest] = m.predict([at('A', 0)]);
    assert.equal(first!.stationId, 'B');
    assert.equal(first!.probability, 1);
    assert.equal(rest.length, 0);
    const [from, to] = first!.arrivalWindow;
    assert.ok(from >= 45 && from <= 55 && to >= 63 && to <= 75, `window ${from}–${to} s for hops of 50–69 s`);
    assert.deepEqual(m.predict([at('C', 0)]), [], 'nothing was ever seen after C');
    assert.deepEqual(m.predict([at('Z', 0)]), [], 'an unknown station');
  });

  it('uses the direction of travel (second order): from P through A to B, from Q through A to C', () => {
    const m = new NextStationModel();
    for (let k = 0; k < 30; k++) {
      ride(m, `p${k}`, ['P', 'A', 'B'], k * H);
      ride(m, `q${k}`, ['Q', 'A', 'C'], k * H);
    }
    for (let k = 0; k < 3; k++) ride(m, `x${k}`, ['P', 'A', 'C'], k * H);
    const fromP = m.predict([at('P', 0), at('A', 64_000)]);
    assert.equal(fromP[0]!.stationId, 'B');
    assert.ok(fromP[0]!.probability > 0.85, `P→A→B ${fromP[0]!.probability}`);
    const fromQ = m.predict([at('Q', 0), at('A', 64_000)]);
    assert.equal(fromQ[0]!.stationId, 'C');
    const onlyA = m.predict([at('A', 0)]);
    assert.deepEqual(onlyA.map((p) => p.stationId).sort(), ['B', 'C']);
    assert.ok(Math.abs(onlyA[0]!.probability - 33 / 63) < 1e-9, 'first order: C seen 33 times of 63');
    const sum = fromP.reduce((s, p) => s + p.probability, 0);
    assert.ok(Math.abs(sum - 1) < 1e-9, 'probabilities add up to 1');
  });

  it('tells apart riders who reached A the same way but from further back (third order)', () => {
    const m = new NextStationModel();
    for (let k = 0; k < 30; k++) {
      ride(m, `q${k}`, ['Q', 'P', 'A', 'B'], k * H);
      ride(m, `r${k}`, ['R', 'P', 'A', 'C'], k * H);
    }
    const track = (first: string) => [at(first, 0), at('P', 64_000), at('A', 128_000)];
    assert.equal(m.predict(track('Q'))[0]!.stationId, 'B');
    assert.equal(m.predict(track('R'))[0]!.stationId, 'C');
    const secondOnly = m.predict([at('P', 64_000), at('A', 128_000)]);
    assert.ok(Math.abs(secondOnly[0]!.probability - 0.5) < 1e-9, 'P→A alone: even');
    // A long gap before P: the trip starts at P, only second order applies.
    assert.ok(Math.abs(m.predict([at('Q', 0), at('P', 2 * H), at('A', 2 * H + 64_000)])[0]!.probability - 0.5) < 1e-9);
  });

  it('backs off to first order for a context never seen, and leans on it for a rare one', () => {
    const m = new NextStationModel();
    for (let k = 0; k < 40; k++) ride(m, `a${k}`, ['P', 'A', 'B'], k * H);
    ride(m, 'r', ['R', 'A', 'C'], 0);
    const unseen = m.predict([at('S', 0), at('A', 64_000)]);
    assert.equal(unseen[0]!.stationId, 'B', 'S→A never seen: first order says B');
    const rare = m.predict([at('R', 0), at('A', 64_000)]);
    // One sighting of R→A→C: Witten–Bell gives it λ = 1/(1+1) = 0.5, the rest from first order (B 40/41).
    assert.equal(rare[0]!.stationId, 'C');
    assert.ok(Math.abs(rare[0]!.probability - (0.5 + 0.5 * (1 / 41))) < 1e-9);
    assert.ok(Math.abs(rare[1]!.probability - 0.5 * (40 / 41)) < 1e-9);
  });

  it('does not learn a move across a long gap (a parked bike), nor from repeats of one station', () => {
    const m = new NextStationModel({ maxGapS: 600 });
    m.observe('t', at('A', 0));
    m.observe('t', at('A', 10_000));
    m.observe('t', at('B', 2 * H));
    assert.equal(m.transitions, 0);
    m.observe('t', at('C', 2 * H + 60_000));
    assert.equal(m.transitions, 1);
    assert.equal(m.predict([at('B', 0)])[0]!.stationId, 'C');
    assert.deepEqual(m.predict([at('A', 0)]), []);
    // In a prediction too, a previous station long ago gives no direction.
    assert.equal(m.predict([at('Q', 0), at('B', 5 * H)])[0]!.stationId, 'C');
  });

  it('learns incrementally: new traffic changes the prediction', () => {
    const m = new NextStationModel();
    for (let k = 0; k < 5; k++) ride(m, `a${k}`, ['A', 'B'], k * H);
    assert.equal(m.predict([at('A', 0)])[0]!.stationId, 'B');
    for (let k = 0; k < 10; k++) ride(m, `c${k}`, ['A', 'C'], k * H);
    assert.equal(m.predict([at('A', 0)])[0]!.stationId, 'C');
  });

  it('shifts the window with the tag’s pace: a bike that rode the last hop fast is expected sooner', () => {
    const m = new NextStationModel();
    for (let k = 0; k < 50; k++) ride(m, `a${k}`, ['A', 'B', 'C'], k * H, [100 + (k % 10), 100 + (k % 10)]);
    const usual = m.predict([at('A', 0), at('B', 4000 + 105_000)])[0]!;
    const fast = m.predict([at('A', 0), at('B', 4000 + 60_000)])[0]!;
    assert.equal(fast.stationId, 'C');
    assert.ok(fast.arrivalWindow[1] < usual.arrivalWindow[0], `fast ${fast.arrivalWindow} before usual ${usual.arrivalWindow}`);
    const noPace = new NextStationModel({ paceWeight: 0 });
    for (let k = 0; k < 50; k++) ride(noPace, `a${k}`, ['A', 'B', 'C'], k * H, [100 + (k % 10), 100 + (k % 10)]);
    assert.deepEqual(noPace.predict([at('A', 0), at('B', 64_000)])[0]!.arrivalWindow, noPace.predict([at('A', 0), at('B', 109_000)])[0]!.arrivalWindow);
  });

  it('survives toJSON/fromJSON with the same predictions, and refuses a bad document', () => {
    const m = new NextStationModel();
    for (let k = 0; k < 20; k++) {
      ride(m, `p${k}`, ['P', 'A', 'B', 'D'], k * H, 40 + k);
      ride(m, `q${k}`, ['Q', 'A', 'C'], k * H, 70);
    }
    const json = JSON.parse(JSON.stringify(m));
    const back = NextStationModel.fromJSON(json);
    for (const track of [[at('P', 0), at('A', 50_000)], [at('Q', 0), at('A', 74_000)], [at('A', 0)], [at('B', 0)]]) assert.deepEqual(back.predict(track), m.predict(track));
    assert.equal(back.transitions, m.transitions);
    assert.deepEqual(back.options, m.options);
    assert.throws(() => NextStationModel.fromJSON({ ...json, version: 2 }), /unsupported version 2/);
    assert.throws(() => NextStationModel.fromJSON({ ...json, first: [[0, 99, 1]] }), /station index 99 out of range/);
  });
});
