/**
 * The county's residents at its pillars, and the pillars' own troubles, in simulated time: buttons
 * pressed (some by mistake, some twice by a caller who thinks nobody heard), a pillar's door forced
 * open and shut again (tamper), mains power lost and back, a camera dropping out and back, a
 * pillar off the network for a while. Each happening is logged with what it truly was, so a run
 * can be scored against what the console and the maintenance desk showed.
 */
import type { PillarEventType } from '@watchpost/firmware-protocol';
import { seededRandom } from '@watchpost/firmware-protocol/testing';
import type { Logger } from 'pino';
import type { SimulatedDevice } from '../mqtt-device.js';

export type Happening = 'press' | 'mistaken-press' | 'press-again' | 'tamper' | 'power-lost' | 'camera-offline' | 'offline';

export interface Happened {
  /** Wall-clock ms. */
  at: number;
  pillarId: string;
  what: Happening;
  /** For a fault: how long it lasts, in simulated seconds. */
  lastsS?: number;
}

export interface ResidentsOptions {
  pillars: readonly SimulatedDevice[];
  /** Button presses per pillar per simulated day (a busy county: a few a day in all). */
  pressesPerPillarDay: number;
  /** Faults (tamper, power, camera, off the network) per pillar per simulated day. */
  faultsPerPillarDay: number;
  /** Simulated seconds per wall second. */
  timeFactor: number;
  seed: number;
  logger: Logger;
  /** Share of presses that are a mistake (a child, a lean on the button): the caller says nothing. */
  mistakenShare?: number;
  /** Share of genuine presses pressed again, 10–40 simulated seconds later. */
  pressAgainShare?: number;
}

const FAULTS = ['tamper', 'power-lost', 'camera-offline', 'offline'] as const;
/** How long each fault lasts, simulated seconds: [shortest, longest]. */
const LASTS_S: Record<(typeof FAULTS)[number], [number, number]> = {
  tamper: [300, 1_200],
  'power-lost': [600, 3_600],
  'camera-offline': [300, 1_800],
  offline: [600, 2_400],
};
type EventFault = Exclude<(typeof FAULTS)[number], 'offline'>;
const EVENTS: Record<EventFault, [start: PillarEventType, end: PillarEventType]> = {
  tamper: ['PILLAR_EVENT_TYPE_TAMPER_OPENED', 'PILLAR_EVENT_TYPE_TAMPER_CLOSED'],
  'power-lost': ['PILLAR_EVENT_TYPE_POWER_LOST', 'PILLAR_EVENT_TYPE_POWER_RESTORED'],
  'camera-offline': ['PILLAR_EVENT_TYPE_CAMERA_OFFLINE', 'PILLAR_EVENT_TYPE_CAMERA_ONLINE'],
};
const TICK_MS = 1_000;

function setCondition(pillar: SimulatedDevice, fault: EventFault, on: boolean): void {
  const c = pillar.condition;
  if (fault === 'tamper') c.doorOpen = on;
  else if (fault === 'power-lost') c.power = on ? 'POWER_SOURCE_BATTERY' : 'POWER_SOURCE_MAINS';
  else c.camera = on ? 'CAMERA_STATUS_OFFLINE' : 'CAMERA_STATUS_OK';
}

export class Residents {
  readonly log: Happened[] = [];
  private readonly random: () => number;
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Pillars in a fault now: one fault at a time each. */
  private readonly troubled = new Set<string>();
  private tick: NodeJS.Timeout | null = null;

  constructor(private readonly o: ResidentsOptions) {
    this.random = seededRandom(o.seed >>> 0);
  }

  start(): void {
    const perTick = (perDay: number) => (this.o.pillars.length * perDay * this.o.timeFactor * (TICK_MS / 1000)) / 86_400;
    this.tick = setInterval(() => {
      for (let n = this.poisson(perTick(this.o.pressesPerPillarDay)); n > 0; n--) this.press(this.pick());
      for (let n = this.poisson(perTick(this.o.faultsPerPillarDay)); n > 0; n--) this.fault(this.pick());
    }, TICK_MS);
    this.tick.unref();
  }

  stop(): void {
    if (this.tick) clearInterval(this.tick);
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  /** How many of each happened. */
  counts(): Record<Happening, number> {
    const out = { press: 0, 'mistaken-press': 0, 'press-again': 0, tamper: 0, 'power-lost': 0, 'camera-offline': 0, offline: 0 };
    for (const h of this.log) out[h.what]++;
    return out;
  }

  private pick(): SimulatedDevice {
    return this.o.pillars[Math.floor(this.random() * this.o.pillars.length)]!;
  }

  /** Knuth's: fine for the small means of a tick. */
  private poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let n = 0;
    for (let p = this.random(); p > limit && n < 100; p *= this.random()) n++;
    return n;
  }

  private later(simS: number, run: () => void): void {
    const t = setTimeout(
      () => {
        this.timers.delete(t);
        run();
      },
      Math.max(200, (simS * 1000) / this.o.timeFactor),
    );
    t.unref();
    this.timers.add(t);
  }

  private happened(pillar: SimulatedDevice, what: Happening, lastsS?: number): void {
    this.log.push({ at: Date.now(), pillarId: pillar.device.id, what, ...(lastsS === undefined ? {} : { lastsS }) });
    this.o.logger.info({ pillarId: pillar.device.id, what, lastsS }, 'resident: happened at a pillar');
  }

  private press(pillar: SimulatedDevice): void {
    if (!pillar.online) return;
    const mistaken = this.random() < (this.o.mistakenShare ?? 0.3);
    const again = !mistaken && this.random() < (this.o.pressAgainShare ?? 0.25);
    const sent = (what: Happening) =>
      pillar.press().then(
        () => this.happened(pillar, what),
        (err: Error) => this.o.logger.debug({ pillarId: pillar.device.id, err: err.message }, 'press not sent'),
      );
    void sent(mistaken ? 'mistaken-press' : 'press');
    if (again) this.later(10 + this.random() * 30, () => void sent('press-again'));
  }

  private fault(pillar: SimulatedDevice): void {
    const id = pillar.device.id;
    if (this.troubled.has(id) || !pillar.online) return;
    const what = FAULTS[Math.floor(this.random() * FAULTS.length)]!;
    const [shortest, longest] = LASTS_S[what];
    const lastsS = Math.round(shortest + this.random() * (longest - shortest));
    this.troubled.add(id);
    this.happened(pillar, what, lastsS);
    const over = () => this.troubled.delete(id);
    if (what === 'offline') {
      void pillar.stop();
      this.later(lastsS, () => {
        pillar.start();
        over();
      });
      return;
    }
    // The event as it happens, and the heartbeats saying so until it is over (as firmware reports it).
    const [start, end] = EVENTS[what];
    setCondition(pillar, what, true);
    pillar.send({ type: 'pillarEvent', event: start });
    this.later(lastsS, () => {
      setCondition(pillar, what, false);
      pillar.send({ type: 'pillarEvent', event: end });
      over();
    });
  }
}
