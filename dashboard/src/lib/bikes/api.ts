/**
 * What the bikes views ask the platform: the register, the watchlist's cases
 * and hits, tracks and companions (broker/src/domains/bikes). Shapes from the
 * generated OpenAPI types.
 */
import { request } from '../api.js';
import type { components, paths } from '../generated/api-types.js';

type Schemas = components['schemas'];
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Ok<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends { responses: { 200: infer R } } ? Json<R> : never;

export type Bike = Schemas['Bike'];
export type Case = Schemas['Case'];
export type CaseStatus = Case['status'];
export const CASE_STATUSES: readonly CaseStatus[] = ['reported', 'sighted', 'recovered', 'closed'];
export type CaseDetail = Ok<'/api/v1/cases/{id}', 'get'>;
export type CaseEvent = CaseDetail['timeline'][number];
export type Hit = Ok<'/api/v1/cases/{id}/hits', 'get'>['hits'][number];
export type Companions = Ok<'/api/v1/cases/{id}/companions', 'get'>;
export type Track = Ok<'/api/v1/bikes/{id}/track', 'get'>;
export type ImportReport = Ok<'/api/v1/bikes/import', 'post'>;
export type FoundOwner = { id: string; displayName: string; phone: string | null };

export interface NewBike {
  ownerId: string;
  plate: string;
  brand?: string;
  model?: string;
  colour?: string;
  frameNumber: string;
  motorNumber?: string;
  tagId: number;
  fobTagId?: number;
}

export interface NewCase {
  bikeId: string;
  lastSeenAt: string;
  lastSeenPlace?: string;
  description?: string;
}

const id = encodeURIComponent;

export async function listCases(status: CaseStatus | null, signal?: AbortSignal): Promise<Case[]> {
  return (await request<{ cases: Case[] }>('GET', `/cases?limit=200${status ? `&status=${status}` : ''}`, { signal })).cases;
}

export function getCase(caseId: string, signal?: AbortSignal): Promise<CaseDetail> {
  return request<CaseDetail>('GET', `/cases/${id(caseId)}`, { signal });
}

export async function listHits(caseId: string, signal?: AbortSignal): Promise<Hit[]> {
  return (await request<{ hits: Hit[] }>('GET', `/cases/${id(caseId)}/hits?limit=200`, { signal })).hits;
}

export async function reviewHit(caseId: string, hitId: number, verdict: 'confirmed' | 'false', note?: string): Promise<void> {
  await request('POST', `/cases/${id(caseId)}/hits/${hitId}/review`, { body: { verdict, ...(note ? { note } : {}) } });
}

export async function setCaseStatus(caseId: string, status: 'recovered' | 'closed', note?: string): Promise<Case> {
  return (await request<{ case: Case }>('POST', `/cases/${id(caseId)}/status`, { body: { status, ...(note ? { note } : {}) } })).case;
}

export async function addCaseNote(caseId: string, text: string): Promise<void> {
  await request('POST', `/cases/${id(caseId)}/notes`, { body: { text } });
}

export async function reportStolen(body: NewCase): Promise<Case> {
  return (await request<{ case: Case }>('POST', '/cases', { body })).case;
}

export function getCompanions(caseId: string, signal?: AbortSignal): Promise<Companions> {
  return request<Companions>('GET', `/cases/${id(caseId)}/companions`, { signal });
}

export async function lookupBikes(query: { plate?: string; frameNumber?: string; tagId?: number }, reason: string): Promise<Bike[]> {
  return (await request<{ bikes: Bike[] }>('POST', '/bikes/lookup', { body: { ...query, reason } })).bikes;
}

export async function lookupOwner(phone: string, reason: string): Promise<FoundOwner | null> {
  const found = await request<{ owners?: FoundOwner[]; owner?: FoundOwner | null }>('POST', '/owners/lookup', { body: { phone, reason } });
  return found.owner ?? found.owners?.[0] ?? null;
}

export async function registerBike(bike: NewBike): Promise<Bike> {
  return (await request<{ bike: Bike }>('POST', '/bikes', { body: bike })).bike;
}

export async function putBikePhoto(bikeId: string, file: File): Promise<void> {
  await request('PUT', `/bikes/${id(bikeId)}/photo`, { body: file, contentType: file.type || 'application/octet-stream' });
}

export function importRegister(file: File, dryRun: boolean): Promise<ImportReport> {
  const type = file.name.toLowerCase().endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
  return request<ImportReport>('POST', `/bikes/import${dryRun ? '?dryRun=true' : ''}`, { body: file, contentType: type });
}

export function getTrack(bikeId: string, reason: string, from: string, signal?: AbortSignal): Promise<Track> {
  return request<Track>('GET', `/bikes/${id(bikeId)}/track?resolution=positions&from=${encodeURIComponent(from)}&reason=${encodeURIComponent(reason)}`, { signal });
}

/** The stations' names and places by id (the predicted next stations name only their ids). */
export async function stationPlaces(signal?: AbortSignal): Promise<Map<string, { name: string; lat: number | null; lon: number | null }>> {
  const { devices } = await request<{ devices: { id: string; name: string; lat?: number | null; lon?: number | null }[] }>('GET', '/devices?kind=station', { signal });
  return new Map(devices.map((d) => [d.id, { name: d.name, lat: d.lat ?? null, lon: d.lon ?? null }]));
}

export type HitStats = Ok<'/api/v1/watchlist/stats', 'get'>;

export function getHitStats(signal?: AbortSignal): Promise<HitStats> {
  return request<HitStats>('GET', '/watchlist/stats', { signal });
}
