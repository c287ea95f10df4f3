/**
 * A bike's fields as a registration point types them (a form, a row of the
 * county's register): normalised the one way (plates and frame numbers upper
 * case without spaces) and checked the one way, each problem naming its field.
 */
import { textProblem } from '../../../kernel/input.js';

export const MAX_TAG_ID = 4_294_967_295;

export interface BikeFields {
  plate: string;
  brand: string;
  model: string;
  colour: string;
  frameNumber: string;
  motorNumber: string;
  tagId: number;
  fobTagId: number | null;
}

export interface FieldProblem {
  field: string;
  code: 'REQUIRED' | 'INVALID' | 'TOO_LONG' | 'TAKEN' | 'DUPLICATE' | 'SAME_AS_TAG' | 'NOT_AN_OWNER';
  message: string;
}

/** 苏H·A1234, 盱眙 123456 ('·' and '-' kept; letters, digits and CJK). */
const PLATE = /^[\p{L}\p{N}·-]{2,16}$/u;
const FRAME = /^[A-Z0-9-]{4,32}$/;
const MOTOR = /^[A-Z0-9-]{0,32}$/;

export const normaliseIdentifier = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
const clean = (s: string | undefined) => (s ?? '').normalize('NFKC').trim();

/** A chip id as typed: decimal, or hexadecimal with 0x (printed on tags both ways). */
export function parseTagId(raw: string | number | null | undefined): number | null | 'invalid' {
  if (raw === null || raw === undefined || raw === '') return null;
  const s = String(raw).trim();
  const n = /^0x[0-9a-f]{1,8}$/i.test(s) ? parseInt(s.slice(2), 16) : /^[0-9]{1,10}$/.test(s) ? Number(s) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= MAX_TAG_ID ? n : 'invalid';
}

export interface RawBike {
  plate?: string;
  brand?: string;
  model?: string;
  colour?: string;
  frameNumber?: string;
  motorNumber?: string;
  tagId?: string | number | null;
  fobTagId?: string | number | null;
}

/** The fields normalised, or what is wrong with them (taken identifiers are the caller's to check). */
export function checkBike(raw: RawBike): { bike: BikeFields; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const plate = normaliseIdentifier(raw.plate ?? '');
  const frameNumber = normaliseIdentifier(raw.frameNumber ?? '');
  const motorNumber = normaliseIdentifier(raw.motorNumber ?? '');
  const text = { brand: clean(raw.brand), model: clean(raw.model), colour: clean(raw.colour) };
  if (!plate) problems.push({ field: 'plate', code: 'REQUIRED', message: 'plate: the plate number (号牌) is required' });
  else if (!PLATE.test(plate)) problems.push({ field: 'plate', code: 'INVALID', message: `plate: '${plate.slice(0, 20)}' is not a plate number: 2 to 16 letters, digits, '·' or '-'` });
  if (!frameNumber) problems.push({ field: 'frameNumber', code: 'REQUIRED', message: 'frameNumber: the frame number (车架号) is required' });
  else if (!FRAME.test(frameNumber)) problems.push({ field: 'frameNumber', code: 'INVALID', message: 'frameNumber: 4 to 32 letters, digits or -' });
  if (!MOTOR.test(motorNumber)) problems.push({ field: 'motorNumber', code: 'INVALID', message: 'motorNumber: up to 32 letters, digits or -' });
  for (const [field, value] of Object.entries(text)) {
    const bad = textProblem(value);
    if (bad) problems.push({ field, code: 'INVALID', message: `${field} ${bad}` });
    else if (value.length > 50) problems.push({ field, code: 'TOO_LONG', message: `${field}: at most 50 characters` });
  }
  const tagId = parseTagId(raw.tagId);
  const fobTagId = parseTagId(raw.fobTagId);
  if (tagId === null) problems.push({ field: 'tagId', code: 'REQUIRED', message: "tagId: the plate tag's chip id is required (one tag, one bike)" });
  else if (tagId === 'invalid') problems.push({ field: 'tagId', code: 'INVALID', message: `tagId: a chip id is a whole number from 0 to ${MAX_TAG_ID} (or 0x and 8 hex digits)` });
  if (fobTagId === 'invalid') problems.push({ field: 'fobTagId', code: 'INVALID', message: `fobTagId: a chip id is a whole number from 0 to ${MAX_TAG_ID} (or 0x and 8 hex digits)` });
  else if (fobTagId !== null && fobTagId === tagId) problems.push({ field: 'fobTagId', code: 'SAME_AS_TAG', message: "fobTagId: the key fob is a chip of its own, not the bike's tag" });
  const bike = { plate, frameNumber, motorNumber, ...text, tagId: typeof tagId === 'number' ? tagId : -1, fobTagId: typeof fobTagId === 'number' ? fobTagId : null };
  return { bike, problems };
}
