/**
 * The maintenance desk's live updates: the live feed (GET /api/v1/live) sends
 * every notification the person may see as a `notification` event; those of
 * kind maintenance.raised / .cleared / .acknowledged carry the alert as it is now.
 */
import type { MaintenanceAlert } from './api.js';

export interface FeedNotification {
  kind: string;
  data: { alert?: MaintenanceAlert };
}

/** The alert a notification carries, if it is the maintenance desk's. */
export function alertOf(n: FeedNotification): MaintenanceAlert | null {
  return n.kind.startsWith('maintenance.') && n.data.alert ? n.data.alert : null;
}

/** The list with the alert in it as it is now: replaced where known, else added; newest first. */
export function mergeAlert(list: readonly MaintenanceAlert[], alert: MaintenanceAlert): MaintenanceAlert[] {
  return [alert, ...list.filter((a) => a.id !== alert.id)].sort((a, b) => b.id - a.id);
}

/**
 * Follows the live feed's maintenance notifications until the returned function is called; EventSource
 * reconnects by itself. Each (re)connection's snapshot names the devices the person may see.
 */
export function followMaintenance(onAlert: (alert: MaintenanceAlert) => void, onStatus: (connected: boolean, names: Map<string, string>) => void): () => void {
  const source = new EventSource('/api/v1/live');
  source.addEventListener('snapshot', (e) => {
    const { devices } = JSON.parse((e as MessageEvent<string>).data) as { devices: { id: string; name?: string | null }[] };
    onStatus(true, new Map(devices.filter((d) => d.name).map((d) => [d.id, d.name!])));
  });
  source.addEventListener('error', () => onStatus(false, new Map()));
  source.addEventListener('notification', (e) => {
    const alert = alertOf(JSON.parse((e as MessageEvent<string>).data) as FeedNotification);
    if (alert) onAlert(alert);
  });
  return () => source.close();
}
