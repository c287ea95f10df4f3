/**
 * The register in memory, for the sighting hot path: which chip id is which
 * bike's plate tag or key fob. A sighting of a tag no bike has costs one Map
 * lookup and nothing else. Changed only after the change committed.
 */
import type { Queryable } from '@watchpost/ingest';

export type TagRole = 'bike' | 'fob';

export interface BikeMemo {
  id: string;
  ownerId: string;
  plate: string;
  tagId: number;
  fobTagId: number | null;
}

export interface BoundTag {
  bike: BikeMemo;
  role: TagRole;
}

export class BikeIndex {
  private readonly byTag = new Map<number, BoundTag>();
  private readonly byId = new Map<string, BikeMemo>();

  static async load(db: Queryable): Promise<BikeIndex> {
    const index = new BikeIndex();
    const { rows } = await db.query<{ id: string; owner_id: string; plate: string; tag_id: string | null; fob_tag_id: string | null }>(
      `SELECT b.id, b.owner_id, b.plate,
              (SELECT tag_id FROM bike_tags t WHERE t.bike_id = b.id AND t.role = 'bike') AS tag_id,
              (SELECT tag_id FROM bike_tags t WHERE t.bike_id = b.id AND t.role = 'fob') AS fob_tag_id
         FROM bikes b`,
    );
    for (const r of rows) {
      if (r.tag_id === null) continue;
      index.put({ id: r.id, ownerId: r.owner_id, plate: r.plate, tagId: Number(r.tag_id), fobTagId: r.fob_tag_id === null ? null : Number(r.fob_tag_id) });
    }
    return index;
  }

  get size(): number {
    return this.byId.size;
  }

  /** The bike a chip is bound to, and as what; undefined for a chip no bike has (the common case). */
  tag(tagId: number): BoundTag | undefined {
    return this.byTag.get(tagId);
  }

  get(bikeId: string): BikeMemo | undefined {
    return this.byId.get(bikeId);
  }

  all(): IterableIterator<BikeMemo> {
    return this.byId.values();
  }

  /** A bike registered or changed: its tags replace the ones it had. */
  put(memo: BikeMemo): void {
    const old = this.byId.get(memo.id);
    if (old) {
      this.byTag.delete(old.tagId);
      if (old.fobTagId !== null) this.byTag.delete(old.fobTagId);
    }
    this.byId.set(memo.id, memo);
    this.byTag.set(memo.tagId, { bike: memo, role: 'bike' });
    if (memo.fobTagId !== null) this.byTag.set(memo.fobTagId, { bike: memo, role: 'fob' });
  }
}
