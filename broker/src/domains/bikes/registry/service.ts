/**
 * The register as people use it: registration points (police,
 * administrators) register bikes and bind tags; owners read and describe
 * their own; police read a bike through a case or a stated reason;
 * administrators keep the register with its owners masked. Reach, change and
 * audit in one transaction; the memory index follows the commit.
 */
import { inTransaction, type Database, type Queryable } from '@watchpost/ingest';
import { HttpError } from '../../../kernel/http-error.js';
import { maskPhone } from '../../access/mask.js';
import { actorOfCaller, type Caller } from '../../access/policy/index.js';
import type { AuditLog } from '../../audit/audit-log.js';
import type { PositionTracker } from '../positions/tracker.js';
import { bikeNotFound, ReadRefused, type BikeReach, type Purpose, type ReadGrant } from '../reach.js';
import type { StationInfo } from '../watchlist/hits.js';
import type { Watchlist } from '../watchlist/memory.js';
import type { BikeIndex, TagRole } from './memory.js';
import { checkPhoto } from './photo.js';
import type { BikeJson } from './schemas.js';
import {
  bikeById,
  bikesOfOwner,
  findBikes,
  insertBikes,
  listBikes,
  newBikeId,
  photoOf,
  putPhoto,
  rebindTag,
  tagHistory,
  takenIdentifiers,
  updateBike,
  type BikeChange,
  type BikeQuery,
  type BikeRow,
} from './store.js';
import { checkBike, normaliseIdentifier, type FieldProblem, type RawBike } from './validate.js';

export const maskName = (name: string) => (name.length <= 1 ? '*' : `${[...name][0]}${'*'.repeat(Math.min(3, [...name].length - 1))}`);

export function bikeJson(b: BikeRow, grant: Pick<ReadGrant, 'via'>): BikeJson {
  const masked = grant.via === 'masked';
  return {
    id: b.id,
    plate: b.plate,
    brand: b.brand,
    model: b.model,
    colour: b.colour,
    frameNumber: b.frame_number,
    motorNumber: b.motor_number,
    tagId: b.tag_id === null ? null : Number(b.tag_id),
    fobTagId: b.fob_tag_id === null ? null : Number(b.fob_tag_id),
    hasPhoto: b.has_photo,
    registeredAt: b.registered_at.toISOString(),
    updatedAt: b.updated_at.toISOString(),
    owner: { id: b.owner_id, displayName: masked ? maskName(b.owner_name) : b.owner_name, phone: masked ? maskPhone(b.owner_phone) : b.owner_phone, masked },
    case: b.case_id ? { id: b.case_id, status: b.case_status! } : null,
  };
}

const invalid = (problems: FieldProblem[]) => new HttpError(400, 'BIKE_INVALID', problems.map((p) => p.message).join('; '), { problems });

/** A registered identifier refused: which one, said as such. */
function takenProblems(bike: { plate?: string; frameNumber?: string; tags: readonly number[] }, taken: Awaited<ReturnType<typeof takenIdentifiers>>): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (bike.plate && taken.plates.has(bike.plate)) out.push({ field: 'plate', code: 'TAKEN', message: `plate: ${bike.plate} is registered to another bike` });
  if (bike.frameNumber && taken.frames.has(bike.frameNumber)) out.push({ field: 'frameNumber', code: 'TAKEN', message: `frameNumber: ${bike.frameNumber} is registered to another bike` });
  for (const t of bike.tags) if (taken.tags.has(t)) out.push({ field: 'tagId', code: 'TAKEN', message: `tag ${t} is bound to another bike (as its tag or a key fob): one tag, one bike` });
  return out;
}

export const conflict = (problems: FieldProblem[]) => new HttpError(409, 'BIKE_IDENTIFIER_TAKEN', problems.map((p) => p.message).join('; '), { problems });

export class BikeService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditLog,
    private readonly index: BikeIndex,
    private readonly reach: BikeReach,
    private readonly tracker: PositionTracker,
    private readonly watchlist: Watchlist,
    private readonly station: (id: string) => StationInfo | undefined,
    private readonly photoMaxBytes: number,
  ) {}

  async register(caller: Caller, input: RawBike & { ownerId: string }): Promise<BikeRow> {
    const { bike, problems } = checkBike(input);
    if (problems.length) throw invalid(problems);
    const owner = (await this.db.query<{ role: string }>('SELECT role FROM users WHERE id = $1', [input.ownerId])).rows[0];
    if (owner?.role !== 'owner') throw new HttpError(404, 'OWNER_NOT_FOUND', `ownerId: no owner '${input.ownerId}' (register the owner first: POST /api/v1/owners)`);
    const tags = [bike.tagId, ...(bike.fobTagId === null ? [] : [bike.fobTagId])];
    const id = newBikeId();
    return inTransaction(this.db, async (work) => {
      const taken = takenProblems({ ...bike, tags }, await takenIdentifiers(work, { plates: [bike.plate], frames: [bike.frameNumber], tags }));
      if (taken.length) throw conflict(taken);
      await insertBikes(work, [{ id, ownerId: input.ownerId, ...bike }], caller.principal.user.id);
      await this.audit.append(work, {
        ...actorOfCaller(caller),
        action: 'bike.register',
        subjectType: 'bike',
        subjectId: id,
        detail: { ownerId: input.ownerId, plate: bike.plate, tagId: bike.tagId, fobTagId: bike.fobTagId },
      });
      work.afterCommit(() => this.index.put({ id, ownerId: input.ownerId, plate: bike.plate, tagId: bike.tagId, fobTagId: bike.fobTagId }));
      return (await bikeById(work, id))!;
    });
  }

  /** An owner's own bikes; the register, owners masked, for administrators (audited). */
  async list(caller: Caller, paging: { limit: number; offset: number }): Promise<{ bikes: BikeRow[]; grant: ReadGrant }> {
    const { user } = caller.principal;
    if (user.role === 'owner') return { bikes: await bikesOfOwner(this.db, user.id), grant: { via: 'own', reason: null, caseId: null } };
    return inTransaction(this.db, async (work) => {
      const bikes = await listBikes(work, paging);
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'bike.list', detail: { count: bikes.length, masked: true } });
      return { bikes, grant: { via: 'masked', reason: null, caseId: null } };
    });
  }

  /** A bike by plate, frame number or chip id, for a stated reason (police in full, administrators masked); audited, found or not. */
  async lookup(caller: Caller, q: BikeQuery, reason: string): Promise<{ bikes: BikeRow[]; grant: ReadGrant }> {
    const query: BikeQuery = {
      ...(q.plate ? { plate: normaliseIdentifier(q.plate) } : {}),
      ...(q.frameNumber ? { frameNumber: normaliseIdentifier(q.frameNumber) } : {}),
      ...(q.tagId !== undefined ? { tagId: q.tagId } : {}),
    };
    if (Object.keys(query).length === 0) throw new HttpError(400, 'LOOKUP_EMPTY', 'give a plate, a frameNumber or a tagId to look up');
    const via = caller.principal.user.role === 'admin' ? 'masked' : 'reason';
    return inTransaction(this.db, async (work) => {
      const bikes = await findBikes(work, query);
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'bike.lookup', subjectType: 'bike', subjectId: bikes[0]?.id ?? null, reason, detail: { found: bikes.length, ...query } });
      return { bikes, grant: { via, reason, caseId: null } };
    });
  }

  /** One bike, as far as the caller reaches it; a read by anyone but its owner is audited. */
  async read(caller: Caller, id: string, purpose: Purpose): Promise<{ bike: BikeRow; grant: ReadGrant }> {
    return this.reach.reading(async (work) => {
      const got = await this.reach.bike(caller, id, purpose, work);
      await this.audited(work, caller, 'bike.read', got.bike.id, got.grant);
      return got;
    });
  }

  private async audited(work: Queryable, caller: Caller, action: string, bikeId: string, grant: ReadGrant, detail: Record<string, string | number | boolean | null> = {}): Promise<void> {
    if (grant.via === 'own') return;
    await this.audit.append(work, { ...actorOfCaller(caller), action, subjectType: 'bike', subjectId: bikeId, reason: grant.reason, detail: { via: grant.via, caseId: grant.caseId, ...detail } });
  }

  async update(caller: Caller, id: string, change: BikeChange): Promise<BikeRow> {
    const { user } = caller.principal;
    const bike = this.index.get(id);
    if (!bike || (user.role === 'owner' && bike.ownerId !== user.id)) throw bikeNotFound(id);
    if (user.role === 'owner' && (change.plate !== undefined || change.frameNumber !== undefined || change.motorNumber !== undefined))
      throw new HttpError(403, 'REGISTRATION_POINT_ONLY', 'plate, frameNumber and motorNumber are changed at a registration point (police or an administrator)');
    const before = (await bikeById(this.db, id))!;
    const { bike: checked, problems } = checkBike({
      plate: change.plate ?? before.plate,
      frameNumber: change.frameNumber ?? before.frame_number,
      motorNumber: change.motorNumber ?? before.motor_number,
      brand: change.brand ?? before.brand,
      model: change.model ?? before.model,
      colour: change.colour ?? before.colour,
      tagId: before.tag_id ?? 0,
    });
    if (problems.length) throw invalid(problems);
    const fields: BikeChange = {};
    for (const k of ['plate', 'brand', 'model', 'colour', 'frameNumber', 'motorNumber'] as const) if (change[k] !== undefined) fields[k] = checked[k];
    return inTransaction(this.db, async (work) => {
      const taken = await takenIdentifiers(work, {
        plates: fields.plate && fields.plate !== before.plate ? [fields.plate] : [],
        frames: fields.frameNumber && fields.frameNumber !== before.frame_number ? [fields.frameNumber] : [],
        tags: [],
      });
      const refused = takenProblems({ ...fields, tags: [] }, taken);
      if (refused.length) throw conflict(refused);
      await updateBike(work, id, fields);
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'bike.update', subjectType: 'bike', subjectId: id, detail: { ...fields } as Record<string, string> });
      if (fields.plate) work.afterCommit(() => this.index.put({ ...bike, plate: fields.plate! }));
      return (await bikeById(work, id))!;
    });
  }

  /** A tag bound anew, with the reason (a registration point's act: audited, the history kept). */
  async rebind(caller: Caller, id: string, role: TagRole, tagId: number | null, reason: string): Promise<BikeRow> {
    const bike = this.index.get(id);
    if (!bike) throw bikeNotFound(id);
    if (role === 'bike' && tagId === null) throw new HttpError(400, 'TAG_REQUIRED', 'tagId: a bike keeps a plate tag: bind the new one instead (one tag, one bike)');
    const from = role === 'bike' ? bike.tagId : bike.fobTagId;
    if (tagId === from) throw new HttpError(409, 'TAG_UNCHANGED', `tagId: ${tagId} is bound to this bike as its ${role} already`);
    if (role === 'bike' && this.watchlist.get(bike.tagId)) throw new HttpError(409, 'CASE_OPEN', 'the bike is on the watchlist under its tag: close or recover its case before re-binding');
    return inTransaction(this.db, async (work) => {
      if (tagId !== null) {
        const refused = takenProblems({ tags: [tagId] }, await takenIdentifiers(work, { plates: [], frames: [], tags: [tagId] }));
        if (refused.length) throw conflict(refused);
      }
      await rebindTag(work, id, role, tagId, caller.principal.user.id, reason);
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'bike.tag.rebind', subjectType: 'bike', subjectId: id, reason, detail: { role, from, to: tagId } });
      work.afterCommit(() => {
        this.index.put({ ...bike, ...(role === 'bike' ? { tagId: tagId! } : { fobTagId: tagId }) });
        this.tracker.forget(id);
      });
      return (await bikeById(work, id))!;
    });
  }

  async tags(caller: Caller, id: string, purpose: Purpose) {
    return this.reach.reading(async (work) => {
      const { bike, grant } = await this.reach.bike(caller, id, purpose, work);
      await this.audited(work, caller, 'bike.tags.read', bike.id, grant);
      return tagHistory(work, bike.id);
    });
  }

  async putPhoto(caller: Caller, id: string, contentType: string | undefined, bytes: Buffer): Promise<void> {
    const { user } = caller.principal;
    const bike = this.index.get(id);
    if (!bike || (user.role === 'owner' && bike.ownerId !== user.id)) throw bikeNotFound(id);
    const type = checkPhoto(contentType, bytes, this.photoMaxBytes);
    await inTransaction(this.db, async (work) => {
      await putPhoto(work, id, type, bytes, user.id);
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'bike.photo.put', subjectType: 'bike', subjectId: id, detail: { contentType: type, bytes: bytes.length } });
    });
  }

  async photo(caller: Caller, id: string, purpose: Purpose): Promise<{ content_type: string; bytes: Buffer; uploaded_at: Date }> {
    return this.reach.reading(async (work) => {
      const { bike, grant } = await this.reach.bike(caller, id, purpose, work);
      const photo = await photoOf(work, bike.id);
      if (!photo) throw new HttpError(404, 'PHOTO_NOT_FOUND', `bike '${id}' has no photo`);
      await this.audited(work, caller, 'bike.photo.read', bike.id, grant);
      return photo;
    });
  }

  /**
   * Where the bike is now: for its owner; for police only while it is on the
   * watchlist (a case or a stated reason, audited): nobody else sees where a
   * bike that is not stolen is.
   */
  async position(caller: Caller, id: string, purpose: Purpose) {
    return this.reach.reading(async (work) => {
      const bike = await bikeById(work, id);
      if (!bike) throw bikeNotFound(id);
      const grant = await this.reach.grant(caller, 'track', bike, purpose, work);
      if (grant.via !== 'own' && (bike.tag_id === null || !this.watchlist.get(Number(bike.tag_id)))) {
        throw new ReadRefused('NOT_ON_WATCHLIST', 'only its owner sees where a bike is, unless it is on the watchlist (reported stolen)', {
          ...actorOfCaller(caller),
          action: 'bike.position.read.refused',
          subjectType: 'bike',
          subjectId: bike.id,
          reason: grant.reason,
          detail: { why: 'not on the watchlist' },
        });
      }
      await this.audited(work, caller, 'bike.position.read', bike.id, grant);
      const p = this.tracker.latest(bike.id);
      if (!p) return null;
      const s = this.station(p.station);
      return {
        station: { id: p.station, name: s?.name ?? p.station, lat: s?.lat ?? null, lon: s?.lon ?? null },
        firstHeardAt: new Date(p.firstMs).toISOString(),
        lastHeardAt: new Date(p.lastMs).toISOString(),
        rssiDbm: p.rssiDbm,
        direction: { fromStationId: p.fromStation, bearingDeg: p.bearingDeg, headingStationId: p.headingStation, headingProbability: p.headingProbability },
      };
    });
  }
}
