/**
 * A client of the platform's live feed (GET /api/v1/live, server-sent events) that hands each
 * notification to `onNotification` with the moment its bytes arrived (performance.now()).
 */
import type { Platform } from './harness.js';

export interface FeedNotification {
  kind: string;
  subjectId: string | null;
  data: Record<string, unknown>;
}

export async function followLiveFeed(p: Pick<Platform, 'baseUrl'>, headers: Record<string, string>, onNotification: (n: FeedNotification, at: number) => void): Promise<() => void> {
  const controller = new AbortController();
  const res = await fetch(`${p.baseUrl}/api/v1/live`, { headers: { ...headers, accept: 'text/event-stream' }, signal: controller.signal });
  if (res.status !== 200) throw new Error(`live feed: ${res.status} ${await res.text()}`);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      const at = performance.now();
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!event.includes('event: notification')) continue;
        const line = event.split('\n').find((l) => l.startsWith('data: '));
        if (line) onNotification(JSON.parse(line.slice(6)) as FeedNotification, at);
      }
    }
  })();
  return () => controller.abort();
}
