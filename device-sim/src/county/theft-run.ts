/**
 * The theft scenario against the platform: a rider's bike is taken at a
 * simulated time (theft.ts makes the thief ride it away), and when the
 * county's clock passes the theft (and the owner's `reportAfterS`), the
 * owner reports it at the police desk: a police officer of the county opens
 * the case (POST /cases; cases are written by the police of the place or by
 * the owner, and the simulator's owners do not sign in). From then on the
 * platform raises a hit in the commit of every station frame that carries
 * the bike's tag, with the next stations predicted.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { ApiCredentials } from '../api.js';
import { reportStolen } from './bikes.js';
import type { County } from './county.js';
import { CountyPlatformApi } from './platform-api.js';
import type { RealtimeFeed } from './realtime.js';
import type { Rider } from './riders.js';
import { stealBike } from './theft.js';
import type { Theft, Traffic } from './traffic.js';

export interface TheftPlan {
  /** Seconds since the epoch: the bike is taken then (or when next parked). */
  atS: number;
  /** Whose bike (rider index); default: the first commuter with a workplace. */
  rider?: number;
  /** Simulated seconds between the theft and the report. */
  reportAfterS?: number;
}

export interface TheftRun {
  rider: Rider;
  theft: Theft;
  /** The case, once reported. */
  reported: Promise<{ id: string; number: number }>;
  stop(): void;
}

const POLICE_USERNAME = 'sim-desk-police';

/** The county's police desk: an officer of the whole county, (re)created with a fresh password each run. */
async function policeDesk(admin: CountyPlatformApi, county: County): Promise<ApiCredentials> {
  const password = randomBytes(12).toString('base64url');
  const root = county.jurisdictions.find((j) => j.parentId === null)!;
  const made = await admin.call('POST', '/api/v1/users', { username: POLICE_USERNAME, displayName: '模拟器 报案民警', role: 'police', password, jurisdictions: [root.id] }, [409]);
  if (made.status === 409) {
    const { json } = await admin.call<{ users: { id: string; username: string }[] }>('GET', '/api/v1/users?limit=500');
    const user = json.users.find((u) => u.username === POLICE_USERNAME);
    if (!user) throw new Error(`${POLICE_USERNAME}: taken, yet not among the staff accounts`);
    await admin.call('PATCH', `/api/v1/users/${user.id}`, { password });
  }
  return { username: POLICE_USERNAME, password };
}

/** Schedules the theft (before the feed generates the day) and the report once the clock has passed it. */
export async function startTheft(
  o: { admin: CountyPlatformApi; county: County; riders: readonly Rider[]; bikeIds: ReadonlyMap<number, string>; traffic: Traffic; plan: TheftPlan; logger: Logger },
  feed: () => RealtimeFeed,
): Promise<TheftRun> {
  const { county, plan, traffic, logger } = o;
  const rider = plan.rider !== undefined ? o.riders[plan.rider] : o.riders.find((r) => r.role === 'commuter' && r.work >= 0);
  if (!rider) throw new Error(`theft: no rider ${plan.rider ?? '(a commuter)'} in this county`);
  const bikeId = o.bikeIds.get(rider.index);
  if (!bikeId) throw new Error(`theft: rider ${rider.index}'s bike is not registered`);
  const theft = stealBike(traffic, rider, plan.atS);
  const police = new CountyPlatformApi(o.admin.api, await policeDesk(o.admin, county));
  const reportAtS = plan.atS + (plan.reportAfterS ?? 0);
  let timer: NodeJS.Timeout | null = null;
  const reported = new Promise<{ id: string; number: number }>((resolve, reject) => {
    timer = setInterval(() => {
      const f = feed();
      // Before the feed has started its clock is not the county's yet (the report would go out at once, last seen in 1970).
      if (!f.started || f.simNowS() < reportAtS) return;
      clearInterval(timer!);
      timer = null;
      const lastSeenMs = Math.min(Date.now(), Math.round(f.toWallMs(traffic.epochMs + plan.atS * 1000)));
      const place = county.landmarks.find((l) => l.node === rider.work)?.zh ?? `rider ${rider.index}'s workplace`;
      reportStolen(police, bikeId, lastSeenMs, place).then((c) => {
        logger.info({ case: c.id, number: c.number, bike: bikeId, tag: rider.bikeTag }, 'theft reported');
        resolve(c);
      }, reject);
    }, 100);
  });
  reported.catch((err: unknown) => logger.error({ err }, 'theft report failed'));
  logger.info({ rider: rider.index, tag: rider.bikeTag, atS: plan.atS, to: theft.to }, 'theft scheduled');
  return { rider, theft, reported, stop: () => timer && clearInterval(timer) };
}
