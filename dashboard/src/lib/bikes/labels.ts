/** Catalog keys of the bikes vertical's values: a case's status, a hit's review, a timeline event's kind. */
import type { MessageKey } from '../i18n/translator.js';
import type { CaseStatus, Hit } from './api.js';

export const CASE_STATUS_KEY: Record<CaseStatus, MessageKey> = {
  reported: 'bikes.status.reported',
  sighted: 'bikes.status.sighted',
  recovered: 'bikes.status.recovered',
  closed: 'bikes.status.closed',
};

export const HIT_STATUS_KEY: Record<Hit['status'], MessageKey> = {
  unconfirmed: 'bikes.hit.status.unconfirmed',
  confirmed: 'bikes.hit.status.confirmed',
  false: 'bikes.hit.status.false',
};

const EVENT_KEY: Record<string, MessageKey> = {
  reported: 'bikes.event.reported',
  sighted: 'bikes.event.sighted',
  'hit.confirmed': 'bikes.event.hit.confirmed',
  'hit.false': 'bikes.event.hit.false',
  'watch.changed': 'bikes.event.watch.changed',
  'watch.expired': 'bikes.event.watch.expired',
  officer: 'bikes.event.officer',
  note: 'bikes.event.note',
  recovered: 'bikes.event.recovered',
  closed: 'bikes.event.closed',
};

/** A kind a newer platform adds is said as an event of the case, not in the platform's English. */
export const eventKey = (kind: string): MessageKey => EVENT_KEY[kind] ?? 'bikes.event.other';

/** A probability as a whole percentage: 0.834 → 83. */
export const percent = (p: number): number => Math.round(p * 100);

/** A field the register names in a refusal (a form's, or a column of an import). */
export const FIELD_KEY: Record<string, MessageKey> = {
  plate: 'bikes.field.plate',
  brand: 'bikes.field.brand',
  model: 'bikes.field.model',
  colour: 'bikes.field.colour',
  frameNumber: 'bikes.field.frameNumber',
  motorNumber: 'bikes.field.motorNumber',
  tagId: 'bikes.field.tagId',
  fobTagId: 'bikes.field.fobTagId',
  phone: 'bikes.field.phone',
  ownerName: 'bikes.field.ownerName',
  idNumber: 'bikes.field.idNumber',
};

/** What is wrong with a field (registry/validate.ts FieldProblem codes). */
export const PROBLEM_KEY: Record<string, MessageKey> = {
  REQUIRED: 'bikes.problem.REQUIRED',
  INVALID: 'bikes.problem.INVALID',
  TOO_LONG: 'bikes.problem.TOO_LONG',
  TAKEN: 'bikes.problem.TAKEN',
  DUPLICATE: 'bikes.problem.DUPLICATE',
  SAME_AS_TAG: 'bikes.problem.SAME_AS_TAG',
  NOT_AN_OWNER: 'bikes.problem.NOT_AN_OWNER',
};
