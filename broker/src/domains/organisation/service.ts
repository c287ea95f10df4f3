/**
 * The organisation: jurisdictions (district → town → police station area),
 * their boundaries, the units that work in them, and the map layers drawn
 * under the devices. Every change commits with its audit entry; a change of
 * boundaries or parents is then told to whoever places things in
 * jurisdictions (the devices home re-places its devices).
 */
import { inTransaction, type Database, type Work } from '@watchpost/ingest';
import { HttpError } from '../../kernel/http-error.js';
import type { AuditLog } from '../audit/audit-log.js';
import { actorOfCaller, type Caller } from '../access/policy/index.js';
import { boundaryProblem, JurisdictionMap, type Boundary } from './jurisdiction-map.js';
import { PartiesService, type ReceiverDirectory } from './parties-service.js';
import { JURISDICTION_KINDS, listJurisdictions, listMapLayers, listUnits, putJurisdiction, putMapLayer, putUnit, type JurisdictionKind, type JurisdictionRow, type UnitKind } from './store.js';

export interface JurisdictionInput {
  name: string;
  kind: JurisdictionKind;
  parentId?: string | null;
  /** A GeoJSON (Multi)Polygon; null removes it; absent keeps the one it has. */
  boundary?: Boundary | null;
}

/** One feature of a boundary file that was refused, and why. */
export interface ImportProblem {
  feature: number;
  id: string | null;
  problem: string;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,63}$/;

export class OrganisationService {
  private current = new JurisdictionMap([]);
  private readonly placementListeners = new Set<(map: JurisdictionMap) => void>();
  /** The five parties of each jurisdiction and how each unit is told. */
  readonly parties: PartiesService;

  /** receivers: the outbox's webhook endpoints and MQTT subscriptions, which a unit's channels must name. */
  constructor(
    private readonly db: Database,
    private readonly audit: AuditLog,
    receivers: ReceiverDirectory | null = null,
  ) {
    this.parties = new PartiesService(db, audit, () => this.current, receivers);
  }

  /** Reads the jurisdictions and parties; call once at start. */
  async load(): Promise<void> {
    this.current = new JurisdictionMap((await listJurisdictions(this.db)).map((j) => ({ id: j.id, parentId: j.parent_id, boundary: j.boundary })));
    await this.parties.load();
  }

  /** Where points fall, as the jurisdictions stand now. */
  get map(): JurisdictionMap {
    return this.current;
  }

  /** Called with the new map after every committed change of boundaries or parents. */
  onPlacementChange(listener: (map: JurisdictionMap) => void): () => void {
    this.placementListeners.add(listener);
    return () => this.placementListeners.delete(listener);
  }

  listJurisdictions(): Promise<JurisdictionRow[]> {
    return listJurisdictions(this.db);
  }

  async putJurisdiction(caller: Caller, id: string, input: JurisdictionInput): Promise<void> {
    await this.change(async (work, known) => {
      const problem = this.problemOf(id, input, known);
      if (problem) throw new HttpError(400, problem.startsWith('parentId: no ') ? 'UNKNOWN_REFERENCE' : 'JURISDICTION_INVALID', problem);
      await putJurisdiction(work, { id, name: input.name, kind: input.kind, parentId: input.parentId ?? null, boundary: input.boundary });
      await this.audit.append(work, {
        ...actorOfCaller(caller),
        action: 'jurisdiction.put',
        subjectType: 'jurisdiction',
        subjectId: id,
        detail: { name: input.name, kind: input.kind, parentId: input.parentId ?? null, boundary: input.boundary === undefined ? 'kept' : input.boundary ? 'set' : 'removed' },
      });
    });
  }

  /**
   * Jurisdictions with their boundaries from a GeoJSON FeatureCollection
   * (properties: id, name or name_zh, kind, parentId): all of them or none,
   * with every refused feature said.
   */
  async importBoundaries(caller: Caller, collection: { features: unknown[] }): Promise<{ imported: number }> {
    const items: { id: string; input: JurisdictionInput }[] = [];
    const problems: ImportProblem[] = [];
    collection.features.forEach((f, i) => {
      const feature = f as { type?: string; properties?: Record<string, unknown> | null; geometry?: unknown };
      const p = feature?.properties ?? {};
      const id = typeof p.id === 'string' ? p.id : null;
      const name = [p.name, p.name_zh].find((n): n is string => typeof n === 'string' && n.length > 0 && n.length <= 200);
      const kind = JURISDICTION_KINDS.find((k) => k === p.kind);
      const parentId = typeof p.parentId === 'string' ? p.parentId : null;
      const fail = (problem: string) => problems.push({ feature: i, id, problem });
      if (feature?.type !== 'Feature') return fail('is not a GeoJSON Feature');
      if (!id || !ID_PATTERN.test(id)) return fail(`properties.id must match ${ID_PATTERN}`);
      if (!name) return fail('properties.name (or name_zh) is missing or longer than 200 characters');
      if (!kind) return fail(`properties.kind must be one of ${JURISDICTION_KINDS.join(', ')}`);
      const boundary = boundaryProblem(feature.geometry);
      if (boundary) return fail(`geometry ${boundary}`);
      items.push({ id, input: { name, kind, parentId, boundary: feature.geometry as Boundary } });
    });
    const ids = new Set(items.map((x) => x.id));
    if (ids.size !== items.length) problems.push({ feature: -1, id: null, problem: 'the same id appears in more than one feature' });
    if (problems.length > 0)
      throw Object.assign(new HttpError(400, 'IMPORT_REFUSED', `${problems.length} of ${collection.features.length} features refused; nothing was imported`), { details: problems });
    await this.change(async (work, known) => {
      const parents = new Map([...known].map(([k, v]) => [k, v]));
      for (const x of items) parents.set(x.id, x.input.parentId ?? null);
      // Parents before children: a parent in the file is written before the features below it.
      for (const x of orderByParent(items)) {
        const problem = this.problemOf(x.id, x.input, parents);
        if (problem) throw new HttpError(400, 'IMPORT_REFUSED', `${x.id}: ${problem}; nothing was imported`);
        await putJurisdiction(work, { id: x.id, name: x.input.name, kind: x.input.kind, parentId: x.input.parentId ?? null, boundary: x.input.boundary });
      }
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'jurisdiction.import', subjectType: 'jurisdiction', detail: { count: items.length } });
    });
    return { imported: items.length };
  }

  listUnits() {
    return listUnits(this.db);
  }

  async putUnit(caller: Caller, id: string, input: { name: string; kind: UnitKind; jurisdictionId?: string | null }): Promise<void> {
    await inTransaction(this.db, async (work) => {
      await putUnit(work, { id, name: input.name, kind: input.kind, jurisdictionId: input.jurisdictionId ?? null });
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'unit.put', subjectType: 'unit', subjectId: id, detail: { name: input.name, kind: input.kind } });
    });
    await this.parties.load();
  }

  listMapLayers() {
    return listMapLayers(this.db);
  }

  async putMapLayer(caller: Caller, name: string, title: string, geojson: { features: unknown[] }): Promise<void> {
    await inTransaction(this.db, async (work) => {
      await putMapLayer(work, name, title, geojson);
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'map.layer.put', subjectType: 'map-layer', subjectId: name, detail: { features: geojson.features.length } });
    });
  }

  /** A change of jurisdictions in one transaction; afterwards the map is read again and its listeners told. */
  private async change(fn: (work: Work, parents: Map<string, string | null>) => Promise<void>): Promise<void> {
    await inTransaction(this.db, async (work) => {
      const parents = new Map((await listJurisdictions(work)).map((j) => [j.id, j.parent_id]));
      await fn(work, parents);
    });
    await this.load();
    for (const listener of this.placementListeners) listener(this.current);
  }

  /** Why a jurisdiction cannot be written so, or null: a known parent, no cycle, a valid boundary. */
  private problemOf(id: string, input: JurisdictionInput, parents: Map<string, string | null>): string | null {
    const parentId = input.parentId ?? null;
    if (parentId !== null) {
      if (!parents.has(parentId)) return `parentId: no jurisdiction '${parentId}'; create it first`;
      for (let p: string | null | undefined = parentId, depth = 0; p; p = parents.get(p), depth++) {
        if (p === id || depth > 32) return `parentId: '${parentId}' is '${id}' itself or below it: a jurisdiction cannot contain itself`;
      }
    }
    if (input.boundary) {
      const problem = boundaryProblem(input.boundary);
      if (problem) return `boundary ${problem}`;
    }
    return null;
  }
}

function orderByParent<T extends { id: string; input: JurisdictionInput }>(items: T[]): T[] {
  const byId = new Map(items.map((x) => [x.id, x]));
  const out: T[] = [];
  const placed = new Set<string>();
  const visit = (x: T, depth: number) => {
    if (placed.has(x.id) || depth > 32) return;
    const parent = x.input.parentId ? byId.get(x.input.parentId) : undefined;
    if (parent) visit(parent, depth + 1);
    placed.add(x.id);
    out.push(x);
  };
  for (const x of items) visit(x, 0);
  return out;
}
