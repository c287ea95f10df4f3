/**
 * What the owner's pages ask the platform (their bikes, the guard, their
 * cases) and what the installer's station panel asks (what a station heard).
 * Same requests as api.ts, kept beside it so the owner's side is one file.
 */
import { request } from './api.js';
import type { components, paths } from './generated/api-types.js';

type Schemas = components['schemas'];
type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;

export type Bike = Schemas['Bike'];
export type BikeCase = Schemas['Case'];
export type CaseStatus = BikeCase['status'];
export type BikePosition = NonNullable<Json<paths['/api/v1/bikes/{id}/position']['get']['responses'][200]>['position']>;
type GuardAnswer = Json<paths['/api/v1/bikes/{id}/guard']['get']['responses'][200]>;
export type Guard = GuardAnswer['guard'];
export type GuardAlert = GuardAnswer['alerts'][number];
export type CaseDetail = Json<paths['/api/v1/cases/{id}']['get']['responses'][200]>;
export type CaseEvent = CaseDetail['timeline'][number];
export type StationMinutes = Json<paths['/api/v1/stations/{id}/activity']['get']['responses'][200]>;

/** What an owner may say anew about their bike: its description, never its identifiers (a registration point's). */
export interface BikeDescription {
  brand: string;
  model: string;
  colour: string;
}

/** A theft report as the owner makes it: when and where they last saw the bike. */
export interface TheftReport {
  bikeId: string;
  lastSeenAt: string;
  lastSeenPlace?: string;
  lastSeenLat?: number;
  lastSeenLon?: number;
  description?: string;
}

const bikePath = (id: string) => `/bikes/${encodeURIComponent(id)}`;

export async function listMyBikes(signal?: AbortSignal): Promise<Bike[]> {
  return (await request<{ bikes: Bike[] }>('GET', '/bikes?limit=100', { signal })).bikes;
}

export async function getBike(id: string, signal?: AbortSignal): Promise<Bike> {
  return (await request<{ bike: Bike }>('GET', bikePath(id), { signal })).bike;
}

export async function describeBike(id: string, description: BikeDescription): Promise<Bike> {
  return (await request<{ bike: Bike }>('PATCH', bikePath(id), { body: description })).bike;
}

/** The photo's address; the browser sends the session cookie with it. */
export const bikePhotoUrl = (id: string): string => `/api/v1${bikePath(id)}/photo`;

export async function getBikePosition(id: string, signal?: AbortSignal): Promise<BikePosition | null> {
  return (await request<{ position: BikePosition | null }>('GET', `${bikePath(id)}/position`, { signal })).position;
}

export function getGuard(id: string, signal?: AbortSignal): Promise<GuardAnswer> {
  return request<GuardAnswer>('GET', `${bikePath(id)}/guard`, { signal });
}

export async function setGuard(id: string, change: { armed?: boolean; fobPairing?: boolean }): Promise<Guard> {
  return (await request<{ guard: Guard }>('PUT', `${bikePath(id)}/guard`, { body: change })).guard;
}

/** One tap from a guard alert to a theft report: the platform takes when and where from the alert. */
export async function reportFromAlert(bikeId: string, alertId: number): Promise<BikeCase> {
  return (await request<{ case: BikeCase }>('POST', `${bikePath(bikeId)}/guard/alerts/${alertId}/report`, { body: {} })).case;
}

export async function reportStolen(report: TheftReport): Promise<BikeCase> {
  return (await request<{ case: BikeCase }>('POST', '/cases', { body: report })).case;
}

export function getCase(id: string, signal?: AbortSignal): Promise<CaseDetail> {
  return request<CaseDetail>('GET', `/cases/${encodeURIComponent(id)}`, { signal });
}

/** Tags a station heard per minute, from `from` (at most 7 days back) until now. */
export function getStationActivity(id: string, from: Date, signal?: AbortSignal): Promise<StationMinutes> {
  return request<StationMinutes>('GET', `/stations/${encodeURIComponent(id)}/activity?from=${encodeURIComponent(from.toISOString())}`, { signal });
}
