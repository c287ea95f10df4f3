/**
 * The alarm console's and the parties' calls (broker/src/domains/alarms/routes):
 * the alarms one reaches, one alarm with its timeline, and each step.
 */
import { request } from './api.js';
import type { components, paths } from './generated/api-types.js';

export type Alarm = components['schemas']['Alarm'];
export type AlarmParty = Alarm['parties'][number];
export type PartyRole = AlarmParty['role'];
export type Severity = NonNullable<Alarm['severity']>;
export type AlarmState = Alarm['state'];
export type TimelineEntry = paths['/api/v1/alarms/{id}']['get']['responses'][200]['content']['application/json']['timeline'][number];
export type Disposition = paths['/api/v1/alarms/{id}/close']['post']['requestBody']['content']['application/json']['disposition'];
export type VerifyInput = paths['/api/v1/alarms/{id}/verify']['post']['requestBody']['content']['application/json'];
export type DispatchInput = paths['/api/v1/alarms/{id}/dispatch']['post']['requestBody']['content']['application/json'];

const path = (id: string, step = '') => `/alarms/${encodeURIComponent(id)}${step ? `/${step}` : ''}`;

/** The open alarms one reaches (their jurisdictions, or one's unit's part in them). */
export async function listOpenAlarms(signal?: AbortSignal): Promise<Alarm[]> {
  return (await request<{ alarms: Alarm[] }>('GET', '/alarms?state=open&limit=200', { signal })).alarms;
}

export function getAlarm(id: string, signal?: AbortSignal): Promise<{ alarm: Alarm; timeline: TimelineEntry[] }> {
  return request('GET', path(id), { signal });
}

export type Step = 'receive' | 'answer' | 'hang-up' | 'verify' | 'dispatch' | 'on-scene' | 'close' | 'acknowledge';

/** One step of the alarm's handling; answers the alarm as it is now. */
export async function alarmStep(id: string, step: Step, body: Record<string, unknown> = {}): Promise<Alarm> {
  return (await request<{ alarm: Alarm }>('POST', path(id, step), { body })).alarm;
}
