/**
 * Everything the dashboard asks the platform, in one place. Paths are absolute
 * (`/api/v1/...`): the platform, the dashboard server and the vite dev server all
 * serve the API beside the page.
 */
import type { Device, LiveEvent, MapConfig, OverlayLayer } from './types.js';

const API = '/api/v1';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(`${API}${path}`, { headers: { accept: 'application/json' }, signal });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
    throw new ApiError(res.status, body?.code ?? `HTTP_${res.status}`, body?.message ?? `${path}: HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

export function getMapConfig(signal?: AbortSignal): Promise<MapConfig> {
  return getJson<MapConfig>('/map/config', signal);
}

export async function getOverlayLayers(signal?: AbortSignal): Promise<OverlayLayer[]> {
  return (await getJson<{ layers: OverlayLayer[] }>('/map/layers', signal)).layers;
}

export type LiveStatus = 'connecting' | 'connected' | 'reconnecting';

export interface LiveHandlers {
  snapshot(devices: Device[]): void;
  changes(events: LiveEvent[]): void;
  status(status: LiveStatus): void;
}

const RETRY_MIN_MS = 1_000;
const RETRY_MAX_MS = 30_000;

/**
 * Follows GET /api/v1/live until the returned function is called. EventSource
 * retries a dropped stream by itself (and each reconnection starts with a fresh
 * snapshot), but gives up for good on an HTTP error such as a 502 from a proxy
 * while the platform restarts: then we open a new one, backing off to 30 s.
 */
export function followLiveFeed(handlers: LiveHandlers): () => void {
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryMs = RETRY_MIN_MS;
  let stopped = false;

  const open = () => {
    handlers.status(source ? 'reconnecting' : 'connecting');
    const es = new EventSource(`${API}/live`);
    source = es;
    es.addEventListener('snapshot', (e) => {
      retryMs = RETRY_MIN_MS;
      handlers.snapshot((JSON.parse((e as MessageEvent<string>).data) as { devices: Device[] }).devices);
      handlers.status('connected');
    });
    es.addEventListener('changes', (e) => handlers.changes(JSON.parse((e as MessageEvent<string>).data) as LiveEvent[]));
    es.addEventListener('error', () => {
      if (stopped) return;
      handlers.status('reconnecting');
      if (es.readyState !== EventSource.CLOSED) return; // the browser retries on its own
      es.close();
      retryTimer = setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
    });
  };
  open();

  return () => {
    stopped = true;
    clearTimeout(retryTimer);
    source?.close();
  };
}
