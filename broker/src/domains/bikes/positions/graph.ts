/**
 * The station graph across restarts: the predictor's model as it was last
 * saved (its toJSON), then what it has not learnt yet, from the registered
 * bikes' stored sightings since: since its newest learnt position, or, when
 * none was ever saved (a new platform, a county register just imported),
 * over the last days. Saved as it learns (index.ts: every minute with news,
 * and at stop).
 */
import type { Logger } from 'pino';
import type { Queryable } from '@watchpost/ingest';
import { collapseSightings, NextStationModel } from '../prediction/index.js';
import type { BikeIndex } from '../registry/memory.js';
import { historyOfTags, loadGraph, saveGraph } from './store.js';

export interface GraphOptions {
  /** Without a saved graph, learn from this many days of sightings. */
  bootstrapDays: number;
  /** Sightings read at start at most (a bound on the start's time). */
  maxRows: number;
}

export async function loadStationGraph(db: Queryable, index: BikeIndex, options: GraphOptions, logger: Logger, nowMs = Date.now()): Promise<{ model: NextStationModel; learnedUntilMs: number }> {
  const saved = await loadGraph(db);
  let model = new NextStationModel();
  let sinceMs = nowMs - options.bootstrapDays * 86_400_000;
  if (saved) {
    try {
      model = NextStationModel.fromJSON(saved.model);
      if (saved.learned_until) sinceMs = Math.max(sinceMs, saved.learned_until.getTime());
    } catch (err) {
      logger.error({ err }, 'the saved station graph does not load: learning it again from the stored sightings');
    }
  }
  const bikeOfTag = new Map([...index.all()].map((b) => [b.tagId, b.id]));
  const tags = [...bikeOfTag.keys()];
  let rows = 0;
  let learnedUntilMs = saved?.learned_until?.getTime() ?? 0;
  for (let i = 0; i < tags.length && rows < options.maxRows; i += 500) {
    const page = await historyOfTags(db, tags.slice(i, i + 500), sinceMs);
    rows += page.length;
    const byTag = new Map<number, { station: string; rssiDbm: number; firstMs: number; lastMs: number }[]>();
    for (const r of page) {
      let list = byTag.get(r.tag_id);
      if (!list) byTag.set(r.tag_id, (list = []));
      list.push({ station: r.station_id, rssiDbm: r.rssi_dbm, firstMs: r.first_heard.getTime(), lastMs: r.last_heard.getTime() });
    }
    for (const [tag, sightings] of byTag) {
      for (const p of collapseSightings(sightings)) {
        model.observe(bikeOfTag.get(tag)!, { stationId: p.station, firstMs: p.firstMs, lastMs: p.lastMs });
        learnedUntilMs = Math.max(learnedUntilMs, p.lastMs);
      }
    }
  }
  // Live positions continue each bike's trips from here, not from the history's last positions.
  model.resetTracks();
  if (rows > 0) logger.info({ sightings: rows, transitions: model.transitions, stations: model.stationCount, saved: Boolean(saved) }, 'station graph caught up from stored sightings');
  return { model, learnedUntilMs };
}

export const saveStationGraph = (db: Queryable, model: NextStationModel, learnedUntilMs: number) => saveGraph(db, model.toJSON(), model.transitions, learnedUntilMs);
