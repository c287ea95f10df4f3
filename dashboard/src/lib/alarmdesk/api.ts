/**
 * What the alarm vertical's back-office pages ask the platform: the maintenance
 * desk, the assessment report, the five parties, linkage plans and alarm
 * coordinates. Types come from the generated OpenAPI types.
 */
import { request } from '../api.js';
import type { components, paths } from '../generated/api-types.js';

type Schemas = components['schemas'];
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Ok<P extends keyof paths, M extends 'get' | 'put' | 'post'> = paths[P][M] extends { responses: { 200: infer R } } ? Json<R> : never;
type BodyOf<P extends keyof paths, M extends 'put' | 'post'> = paths[P][M] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type MaintenanceAlert = Ok<'/api/v1/maintenance/alerts', 'get'>['alerts'][number];
export type Condition = MaintenanceAlert['condition'];
export type Report = Ok<'/api/v1/alarm-reports', 'get'>;
export type UnitReport = Report['units'][number];
export type Plan = Ok<'/api/v1/alarm-plans', 'get'>['plans'][number];
export type PlanBody = BodyOf<'/api/v1/alarm-plans/{jurisdictionId}/{severity}', 'put'>;
export type PlanParty = Plan['parties'][number];
export type PartyRole = PlanParty['role'];
export type Severity = Plan['severity'];
export type PartyView = Ok<'/api/v1/jurisdictions/{id}/parties', 'get'>['parties'][number];
export type Channels = NonNullable<PartyView['channels']>;
export type Lookup = Ok<'/api/v1/alarm-coordinates/{code}', 'get'>;
export type Jurisdiction = Ok<'/api/v1/jurisdictions', 'get'>['jurisdictions'][number];
export type Unit = Ok<'/api/v1/units', 'get'>['units'][number];
export type ReportPeriod = Report['period']['kind'];
export type { Schemas };

const API = '/api/v1';

export async function listMaintenanceAlerts(open: boolean | null, signal?: AbortSignal): Promise<MaintenanceAlert[]> {
  const q = open === null ? '' : `?open=${open}`;
  return (await request<{ alerts: MaintenanceAlert[] }>('GET', `/maintenance/alerts${q}`, { signal })).alerts;
}

export async function acknowledgeMaintenanceAlert(id: number): Promise<MaintenanceAlert> {
  return (await request<{ alert: MaintenanceAlert }>('POST', `/maintenance/alerts/${id}/acknowledge`)).alert;
}

export function getReport(period: ReportPeriod, at: string, signal?: AbortSignal): Promise<Report> {
  return request<Report>('GET', `/alarm-reports?${new URLSearchParams({ period, at })}`, { signal });
}

/** The CSV of the same report (a plain link: the browser downloads it with the session cookie). */
export const reportCsvUrl = (period: ReportPeriod, at: string): string => `${API}/alarm-reports.csv?${new URLSearchParams({ period, at })}`;

export function listPlans(signal?: AbortSignal): Promise<{ plans: Plan[]; defaults: Plan[] }> {
  return request('GET', '/alarm-plans', { signal });
}

export async function putPlan(jurisdictionId: string, severity: Severity, body: PlanBody): Promise<Plan> {
  return (await request<{ plan: Plan }>('PUT', `/alarm-plans/${encodeURIComponent(jurisdictionId)}/${severity}`, { body })).plan;
}

export async function deletePlan(jurisdictionId: string, severity: Severity): Promise<void> {
  await request('DELETE', `/alarm-plans/${encodeURIComponent(jurisdictionId)}/${severity}`);
}

export async function listJurisdictions(signal?: AbortSignal): Promise<Jurisdiction[]> {
  return (await request<{ jurisdictions: Jurisdiction[] }>('GET', '/jurisdictions', { signal })).jurisdictions;
}

export async function listUnits(signal?: AbortSignal): Promise<Unit[]> {
  return (await request<{ units: Unit[] }>('GET', '/units', { signal })).units;
}

export async function getParties(jurisdictionId: string, signal?: AbortSignal): Promise<PartyView[]> {
  return (await request<{ parties: PartyView[] }>('GET', `/jurisdictions/${encodeURIComponent(jurisdictionId)}/parties`, { signal })).parties;
}

/** Names (a unit id) or un-names (null: inherited from the parent) the units of some parts. */
export async function putParties(jurisdictionId: string, parts: Partial<Record<PartyRole, string | null>>): Promise<PartyView[]> {
  return (await request<{ parties: PartyView[] }>('PUT', `/jurisdictions/${encodeURIComponent(jurisdictionId)}/parties`, { body: parts })).parties;
}

export async function putChannels(unitId: string, channels: Channels): Promise<Channels> {
  return (await request<{ channels: Channels }>('PUT', `/units/${encodeURIComponent(unitId)}/channels`, { body: channels })).channels;
}

export function lookupCoordinate(code: string, signal?: AbortSignal): Promise<Lookup> {
  return request<Lookup>('GET', `/alarm-coordinates/${encodeURIComponent(code.trim())}`, { signal });
}

export const coordinateQrUrl = (code: string): string => `${API}/alarm-coordinates/${encodeURIComponent(code)}/qr`;

/** The printable labels page (HTML, A4), of one jurisdiction or all the caller reaches. */
export const labelsUrl = (jurisdictionId: string | null): string => `${API}/alarm-coordinate-labels${jurisdictionId ? `?${new URLSearchParams({ jurisdiction: jurisdictionId })}` : ''}`;
