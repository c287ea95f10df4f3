/**
 * How far a caller reaches one bike, its track and its live position: the
 * data policy (bike, track: owners their own, police through a case or a
 * stated reason, administrators the register masked) applied to one record.
 * A police read without a case or a reason is refused, and the refusal is
 * written to the audit trail: the refusal is thrown carrying its entry, and
 * reading() records it once the read's transaction has rolled back (its own
 * transaction, so it stands though the request fails; never nested inside
 * the read's, which on a single-connection PGlite would wait for itself).
 * A granted read is audited by the caller, in the transaction that reads,
 * with the reason this returns.
 */
import { inTransaction, type Database, type Queryable, type Work } from '@watchpost/ingest';
import { HttpError } from '../../kernel/http-error.js';
import type { AuditEntry } from '../audit/index.js';
import { actorOfCaller, mayReach, reach, type Caller, type Resource } from '../access/policy/index.js';
import type { AuditLog } from '../audit/audit-log.js';
import { bikeById, tagHistory, type BikeRow } from './registry/store.js';
import type { TagRole } from './registry/memory.js';
import { caseById } from './watchlist/case-store.js';

/** Why a read is made: the case it serves, or a reason in words. */
export interface Purpose {
  caseId?: string;
  reason?: string;
}

export interface ReadGrant {
  /** own: the owner; case / reason: police; masked: the register, owners masked (administrators). */
  via: 'own' | 'case' | 'reason' | 'masked';
  /** What the audit entry says (a case's number, or the words given); null for the owner. */
  reason: string | null;
  caseId: string | null;
}

/** A track's tags: the bike's plate tag (and fob) over the periods each was bound. */
export interface TagPeriod {
  tagId: number;
  role: TagRole;
  from: Date;
  to: Date | null;
}

export interface TrackGrant extends ReadGrant {
  bikeId: string;
  ownerId: string;
  tags: TagPeriod[];
}

export const bikeNotFound = (id: string) => new HttpError(404, 'BIKE_NOT_FOUND', `no bike '${id}'`);

/** A refused read: the answer, and the audit entry that records the refusal once the read has rolled back. */
export class ReadRefused extends HttpError {
  constructor(
    code: string,
    message: string,
    readonly entry: AuditEntry,
  ) {
    super(403, code, message);
  }
}

export class BikeReach {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditLog,
  ) {}

  /** Runs a read in one transaction; a refusal thrown inside it is audited after the rollback, then thrown on. */
  async reading<T>(read: (work: Work) => Promise<T>): Promise<T> {
    try {
      return await inTransaction(this.db, read);
    } catch (error) {
      if (error instanceof ReadRefused) await this.audit.record(error.entry);
      throw error;
    }
  }

  /** The bike and how the caller may read it; 404 outside their reach, 403 (audited) for police who say nothing. */
  async bike(caller: Caller, bikeId: string, purpose: Purpose, db: Queryable = this.db): Promise<{ bike: BikeRow; grant: ReadGrant }> {
    const bike = await bikeById(db, bikeId);
    if (!bike) throw bikeNotFound(bikeId);
    return { bike, grant: await this.grant(caller, 'bike', bike, purpose, db) };
  }

  /**
   * Whether the caller may read a bike's track, and which tags over which
   * periods make it: for the track query (tracks/). Pass the query's unit of
   * work: the read is audited in it ('track.read', with the reason).
   */
  async track(work: Work, caller: Caller, bikeId: string, purpose: Purpose): Promise<TrackGrant> {
    const bike = await bikeById(work, bikeId);
    if (!bike) throw bikeNotFound(bikeId);
    const grant = await this.grant(caller, 'track', bike, purpose, work);
    if (grant.via !== 'own')
      await this.audit.append(work, {
        ...actorOfCaller(caller),
        action: 'track.read',
        subjectType: 'bike',
        subjectId: bike.id,
        reason: grant.reason,
        detail: { via: grant.via, caseId: grant.caseId },
      });
    const tags = (await tagHistory(work, bike.id)).map((t) => ({ tagId: t.tag_id, role: t.role, from: t.bound_at, to: t.unbound_at }));
    return { ...grant, bikeId: bike.id, ownerId: bike.owner_id, tags };
  }

  async grant(caller: Caller, resource: Extract<Resource, 'bike' | 'track'>, bike: Pick<BikeRow, 'id' | 'owner_id'>, purpose: Purpose, db: Queryable = this.db): Promise<ReadGrant> {
    const p = caller.principal;
    const r = reach(p.user.role, 'read', resource);
    if (r === 'own' || r === 'all') {
      if (!mayReach(p, 'read', resource, { ownerId: bike.owner_id })) throw bikeNotFound(bike.id);
      return { via: 'own', reason: null, caseId: null };
    }
    if (r === 'masked') return { via: 'masked', reason: purpose.reason ?? null, caseId: null };
    if (r !== 'case') throw bikeNotFound(bike.id);
    if (purpose.caseId) {
      const c = await caseById(db, purpose.caseId);
      if (!c || c.bike_id !== bike.id || !mayReach(p, 'read', 'case', { jurisdictions: c.jurisdictions })) {
        throw this.refused(
          caller,
          resource,
          bike.id,
          `case ${purpose.caseId} is not a case of this bike in your jurisdictions`,
          'CASE_NOT_YOURS',
          `case '${purpose.caseId}' is not a case of bike '${bike.id}' in your jurisdictions: state a reason instead`,
        );
      }
      return { via: 'case', reason: `case ${c.number}${purpose.reason ? `: ${purpose.reason}` : ''}`, caseId: c.id };
    }
    if (purpose.reason) return { via: 'reason', reason: purpose.reason, caseId: null };
    throw this.refused(
      caller,
      resource,
      bike.id,
      'no case and no reason stated',
      'REASON_REQUIRED',
      `state the case (?caseId=…) or why you need this ${resource === 'track' ? "bike's track" : 'bike'} (?reason=…); it is written to the audit trail`,
    );
  }

  private refused(caller: Caller, resource: 'bike' | 'track', bikeId: string, why: string, code: string, message: string): ReadRefused {
    return new ReadRefused(code, message, { ...actorOfCaller(caller), action: `${resource}.read.refused`, subjectType: 'bike', subjectId: bikeId, detail: { why } });
  }
}
