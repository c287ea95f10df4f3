/**
 * The simulated fleet: which devices exist, with their secrets and the last
 * sequence number each used, kept in a JSON file so a restarted simulator
 * reuses its devices instead of registering new ones.
 *
 * Sequence numbers follow the rule PROTOCOL.md gives firmware: a device that
 * restarts without knowing its exact last seq skips ahead by a margin (as
 * firmware that saves a high-water mark to flash every N frames does), so it
 * never reuses a number.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ApiClient, DeviceKind, Registered } from './api.js';
import { seededRandom } from '@watchpost/firmware-protocol/testing';
import { buildTown, type Town } from './town.js';

export const SEQ_RESTART_MARGIN = 1000;

export interface FleetDevice extends Registered {
  /** The last sequence number saved; the next run starts past it. */
  seq: number;
}

export interface FleetFile {
  platform: string;
  devices: FleetDevice[];
}

export interface FleetPlan {
  stations: number;
  pillars: number;
  center: [number, number];
}

export function loadFleetFile(path: string): FleetFile | null {
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as FleetFile;
}

/** Written to a temporary file and renamed, so a killed simulator never leaves half a file. */
export function saveFleetFile(path: string, fleet: FleetFile): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, JSON.stringify(fleet, null, 2));
  renameSync(`${path}.tmp`, path);
}

function place(town: Town, kind: DeviceKind, index: number, rand: () => number): [number, number] {
  const [lon, lat] = town.crossings[Math.floor(rand() * town.crossings.length)]!;
  // Stations stand at crossings; pillars a little along the street.
  const jitter = kind === 'station' ? 0 : 0.0012;
  return [lon + (rand() - 0.5) * jitter, lat + (rand() - 0.5) * jitter * (index % 2)];
}

/**
 * Reuses the devices in the fleet file that the platform still knows, and
 * registers what is missing to reach the plan. Uploads the town's map layers.
 */
export async function prepareFleet(api: ApiClient, plan: FleetPlan, fleetPath: string | null): Promise<FleetDevice[]> {
  const town = buildTown(plan.center);
  await api.putLayer('demo-roads', 'Streets (simulated town)', town.roads);
  await api.putLayer('demo-jurisdictions', 'Police station jurisdictions (simulated town)', town.jurisdictions);

  const saved = fleetPath ? loadFleetFile(fleetPath) : null;
  const known = saved?.platform === api.baseUrl ? await api.knownDeviceIds() : new Set<string>();
  const reusable = (saved?.devices ?? []).filter((d) => known.has(d.id)).map((d) => ({ ...d, seq: d.seq + SEQ_RESTART_MARGIN }));
  const rand = seededRandom(reusable.length + 1);
  const devices: FleetDevice[] = [];
  for (const [kind, wanted] of [
    ['station', plan.stations],
    ['pillar', plan.pillars],
  ] as const) {
    const have = reusable.filter((d) => d.kind === kind).slice(0, wanted);
    devices.push(...have);
    for (let i = have.length; i < wanted; i++) {
      const [lon, lat] = place(town, kind, i, rand);
      const name = `${kind === 'station' ? 'Base station' : 'Alarm pillar'} ${String(i + 1).padStart(3, '0')}`;
      devices.push({ ...(await api.register(kind, name, lat, lon)), seq: 0 });
    }
  }
  if (fleetPath) saveFleetFile(fleetPath, { platform: api.baseUrl, devices });
  return devices;
}
