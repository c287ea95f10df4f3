/**
 * The riders' bikes in the platform's register, as a registration point
 * enters them: an owner per rider (POST /owners, found by phone when already
 * there), then the bike with its plate tag and, for riders who carry one,
 * the key fob (POST /bikes). Plates and frame numbers come from the plate
 * tag, so they are unique wherever the tags are; a second run registers only
 * what is missing. And the owner's theft report (POST /cases).
 */
import type { Logger } from 'pino';
import type { CountyPlatformApi } from './platform-api.js';
import type { Rider } from './riders.js';

/** The owner's phone: 139 and eight digits from the rider's index (unique per county run). */
export const ownerPhone = (rider: Rider) => `139${String(rider.index % 100_000_000).padStart(8, '0')}`;
export const plateOf = (rider: Rider) => `盱眙${rider.bikeTag.toString(36).toUpperCase().padStart(7, '0')}`;
const frameOf = (rider: Rider) => `WP${rider.bikeTag.toString(16).toUpperCase().padStart(8, '0')}`;

interface BikeJson {
  id: string;
  tagId: number | null;
}

/** The register's bikes by plate tag (administrators list it masked, page by page). */
async function registeredTags(api: CountyPlatformApi): Promise<Map<number, string>> {
  const byTag = new Map<number, string>();
  for (let offset = 0; ; offset += 500) {
    const { json } = await api.call<{ bikes: BikeJson[] }>('GET', `/api/v1/bikes?limit=500&offset=${offset}`);
    for (const b of json.bikes) if (b.tagId !== null) byTag.set(b.tagId, b.id);
    if (json.bikes.length < 500) return byTag;
  }
}

async function ownerOf(api: CountyPlatformApi, rider: Rider): Promise<string> {
  const phone = ownerPhone(rider);
  const made = await api.call<{ owner: { id: string } }>('POST', '/api/v1/owners', { displayName: `车主${rider.index + 1}`, phone }, [409]);
  if (made.status === 201) return made.json.owner.id;
  const found = await api.call<{ owner: { id: string } }>('POST', '/api/v1/owners/lookup', { phone, reason: 'county simulator: registering the bike of a simulated rider' });
  return found.json.owner.id;
}

/**
 * Registers every rider's bike not yet in the register, `parallel` at a
 * time; the bike ids by rider index. A fob is bound where the rider has one.
 */
export async function registerRiderBikes(api: CountyPlatformApi, riders: readonly Rider[], logger: Logger, parallel = 8): Promise<Map<number, string>> {
  const started = performance.now();
  const known = await registeredTags(api);
  const ids = new Map<number, string>();
  const missing: Rider[] = [];
  for (const r of riders) {
    const id = known.get(r.bikeTag);
    if (id) ids.set(r.index, id);
    else missing.push(r);
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < missing.length) {
        const rider = missing[next++]!;
        const ownerId = await ownerOf(api, rider);
        const body = { ownerId, plate: plateOf(rider), frameNumber: frameOf(rider), brand: '雅迪', colour: '白', tagId: rider.bikeTag, ...(rider.fobTag !== null ? { fobTagId: rider.fobTag } : {}) };
        const { json } = await api.call<{ bike: BikeJson }>('POST', '/api/v1/bikes', body);
        ids.set(rider.index, json.bike.id);
      }
    }),
  );
  logger.info(
    { registered: missing.length, reused: riders.length - missing.length, fobs: riders.filter((r) => r.fobTag !== null).length, ms: Math.round(performance.now() - started) },
    'riders’ bikes in the register',
  );
  return ids;
}

/** The owner's report (POST /cases): the bike was last seen at `lastSeenMs`; the platform watches its tag from now. */
export async function reportStolen(api: CountyPlatformApi, bikeId: string, lastSeenMs: number, place: string): Promise<{ id: string; number: number }> {
  const { json } = await api.call<{ case: { id: string; number: number } }>('POST', '/api/v1/cases', {
    bikeId,
    lastSeenAt: new Date(lastSeenMs).toISOString(),
    lastSeenPlace: place.slice(0, 200),
    description: 'county simulator: taken while parked, ridden away without its key fob',
    alertLevel: 'high',
  });
  return json.case;
}
