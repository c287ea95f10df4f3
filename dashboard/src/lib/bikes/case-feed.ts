/**
 * The live feed's notifications about cases (GET /api/v1/live, event
 * `notification`): a hit raised (`bike.hit`), a case reported or changed. The
 * map's connection (../live.svelte.ts) reads only the device events, so a case
 * page follows the feed itself while it is open. EventSource reconnects on its
 * own and the platform replays from Last-Event-ID, so nothing is missed.
 * A live hit sounds (a historical one, found by looking back at a report, does not).
 */
import { chime, isNews } from '../chime.svelte.js';

export interface CaseNotification {
  id: string;
  kind: string;
  createdAt: string;
  subjectId: string | null;
  data: Record<string, unknown>;
}

export function followCaseNotifications(onNotification: (n: CaseNotification) => void, onConnected: (connected: boolean) => void): () => void {
  const source = new EventSource('/api/v1/live');
  source.addEventListener('snapshot', () => onConnected(true));
  source.addEventListener('error', () => onConnected(false));
  source.addEventListener('notification', (e) => {
    const n = JSON.parse((e as MessageEvent<string>).data) as CaseNotification;
    if (n.kind === 'bike.hit' && n.data.historical !== true && isNews(n.createdAt)) chime.play('hit');
    if (n.kind === 'bike.hit' || n.kind.startsWith('case.')) onNotification(n);
  });
  return () => source.close();
}
