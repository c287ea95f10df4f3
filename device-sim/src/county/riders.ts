/**
 * The county's e-bike owners: where each lives, works and runs errands, how
 * fast they ride, when they usually leave, and the two tags they carry (the
 * bike's plate tag and the owner's key fob). Drawn once from the seed.
 */
import { seededRandom } from '@watchpost/firmware-protocol/testing';
import type { County } from './county.js';
import { gaussian } from './geo.js';
import type { LandmarkKind } from './names.js';

export const FULL_BIKES = 15_000;
const MAX_COMMUTE_M = 14_000;

export type Role = 'commuter' | 'school_run' | 'at_home';

export interface Rider {
  index: number;
  /** The bike's plate tag, 32-bit chip id. */
  bikeTag: number;
  /** The owner's key fob (rides along when the owner rides), or null. */
  fobTag: number | null;
  role: Role;
  home: number;
  town: number;
  /** Workplace node (commuters and some parents), or -1. */
  work: number;
  /** The school of a child taken there, or -1. */
  school: number;
  /** Favourite places for errands, most frequent first. */
  errands: number[];
  /** Cruising speed, km/h (15–25). */
  speedKmh: number;
  /** Usual departure times, seconds after midnight. */
  leaveHomeS: number;
  leaveWorkS: number;
  /** Probability of a day without riding. */
  idleRate: number;
  /**
   * How much stronger (or weaker) than the model's mean each tag radiates,
   * dB: mounting, a plate behind a basket, battery age, a fob deep in a bag.
   */
  bikeTxOffsetDb: number;
  fobTxOffsetDb: number;
  /** The tags' beacon phase, ms. */
  beaconPhaseMs: number;
}

export interface PopulationOptions {
  seed?: number;
  /** 1 = 15,000 bikes. */
  scale?: number;
  /** Share of owners who carry a key fob. */
  fobShare?: number;
}

const WORK_KINDS = new Set<LandmarkKind>(['government', 'school', 'hospital', 'industrial_park', 'market', 'supermarket', 'bank', 'bus_station']);
const ERRAND_KINDS = new Set<LandmarkKind>(['market', 'supermarket', 'bank', 'hospital', 'park', 'square']);

export function buildPopulation(county: County, options: PopulationOptions = {}): Rider[] {
  const seed = options.seed ?? county.seed;
  const count = Math.max(1, Math.round(FULL_BIKES * (options.scale ?? county.scale)));
  const fobShare = options.fobShare ?? 1;
  const rand = seededRandom((seed * 2_654_435_761 + 17) >>> 0);
  const { towns, landmarks, villages } = county;
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)]!;
  const townWeight = towns.map((t) => t.spec.size);
  const totalWeight = townWeight.reduce((s, w) => s + w, 0);
  const pickTown = () => {
    let r = rand() * totalWeight;
    for (let i = 0; i < towns.length; i++) if ((r -= townWeight[i]!) <= 0) return i;
    return 0;
  };
  // Each town's workplaces: its landmarks (weighted thrice: they employ more) and a fifth of its crossings (shops, workshops).
  const workplaces = towns.map((t, i) => {
    const lm = landmarks.filter((l) => l.town === i && WORK_KINDS.has(l.kind)).map((l) => l.node);
    const shops = t.nodes.filter(() => rand() < 0.2);
    return [...lm, ...lm, ...lm, ...shops];
  });
  const errandsOf = (i: number) => landmarks.filter((l) => l.town === i && ERRAND_KINDS.has(l.kind)).map((l) => l.node);
  const schoolsOf = (i: number) => landmarks.filter((l) => l.town === i && l.kind === 'school').map((l) => l.node);
  const nextTown = towns.map((t) => {
    const others = towns.filter((o) => o !== t).sort((a, b) => Math.hypot(a.center[0] - t.center[0], a.center[1] - t.center[1]) - Math.hypot(b.center[0] - t.center[0], b.center[1] - t.center[1]));
    return others[0]!.index;
  });
  // Nobody commutes 30 km on an e-bike: another town only when its centre is within reach.
  const near = (a: number, b: number) => Math.hypot(towns[a]!.center[0] - towns[b]!.center[0], towns[a]!.center[1] - towns[b]!.center[1]) <= MAX_COMMUTE_M;
  const used = new Set<number>();
  const newTag = () => {
    for (;;) {
      const t = Math.floor(rand() * 0xffffffff) >>> 0;
      if (t !== 0 && !used.has(t)) {
        used.add(t);
        return t;
      }
    }
  };

  const riders: Rider[] = [];
  for (let index = 0; index < count; index++) {
    const rural = rand() < 0.25 && villages.length > 0;
    const village = rural ? pick(villages) : null;
    const town = village ? village.town : pickTown();
    const home = village ? village.node : pick(towns[town]!.nodes);
    const r = rand();
    const role: Role = r < 0.58 ? 'commuter' : r < 0.75 ? 'school_run' : 'at_home';
    // Commuters mostly work in their own town; some ride to the county seat, a few to the next town.
    const w = rand();
    const workTown = w < 0.88 || town === 0 ? town : w < 0.96 ? (near(town, 0) ? 0 : town) : near(town, nextTown[town]!) ? nextTown[town]! : town;
    const work = role === 'commuter' || (role === 'school_run' && rand() < 0.5) ? pick(workplaces[workTown]!) : -1;
    const schools = schoolsOf(town);
    const school = role === 'school_run' && schools.length ? pick(schools) : -1;
    const local = errandsOf(town);
    const errands = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => (rand() < 0.06 && near(town, 0) ? pick(errandsOf(0)) : pick(local)));
    const leaveHomeS = 3600 * (role === 'school_run' ? 7 + rand() * 0.6 : 6.8 + rand() * 1.7);
    riders.push({
      index,
      bikeTag: newTag(),
      fobTag: rand() < fobShare ? newTag() : null,
      role,
      home,
      town,
      work,
      school,
      errands: errands.length ? errands : [home],
      speedKmh: 15 + rand() * 10,
      leaveHomeS,
      leaveWorkS: 3600 * (16.8 + rand() * 2),
      idleRate: 0.05 + rand() * 0.2,
      bikeTxOffsetDb: gaussian(rand) * 3,
      fobTxOffsetDb: gaussian(rand) * 4,
      beaconPhaseMs: Math.floor(rand() * 2000),
    });
  }
  return riders;
}
