/**
 * A county's register as a file: CSV (UTF-8, or GB18030 as Chinese Excel
 * saves it) or XLSX (the first sheet, through read-excel-file), a header row
 * naming the columns in Chinese or English, then one bike per row.
 */
import { readSheet } from 'read-excel-file/node';
import { HttpError } from '../../../kernel/http-error.js';
import { CsvError, parseCsv } from './csv.js';

export const CSV_TYPES = ['text/csv', 'application/csv'];
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_IMPORT_ROWS = 20_000;

export interface ImportFields {
  ownerName: string;
  phone: string;
  idNumber: string;
  plate: string;
  brand: string;
  model: string;
  colour: string;
  frameNumber: string;
  motorNumber: string;
  tagId: string;
  fobTagId: string;
}

/** Header names as registers write them, lower case without spaces, '_' or '-'. */
const HEADERS: Record<string, keyof ImportFields> = {
  ownername: 'ownerName',
  owner: 'ownerName',
  name: 'ownerName',
  车主: 'ownerName',
  车主姓名: 'ownerName',
  姓名: 'ownerName',
  phone: 'phone',
  ownerphone: 'phone',
  mobile: 'phone',
  手机: 'phone',
  手机号: 'phone',
  手机号码: 'phone',
  联系电话: 'phone',
  idnumber: 'idNumber',
  身份证号: 'idNumber',
  身份证号码: 'idNumber',
  plate: 'plate',
  platenumber: 'plate',
  号牌: 'plate',
  车牌: 'plate',
  车牌号: 'plate',
  号牌号码: 'plate',
  brand: 'brand',
  品牌: 'brand',
  model: 'model',
  型号: 'model',
  colour: 'colour',
  color: 'colour',
  颜色: 'colour',
  车身颜色: 'colour',
  framenumber: 'frameNumber',
  frame: 'frameNumber',
  vin: 'frameNumber',
  车架号: 'frameNumber',
  motornumber: 'motorNumber',
  motor: 'motorNumber',
  电机号: 'motorNumber',
  tagid: 'tagId',
  tag: 'tagId',
  标签: 'tagId',
  标签号: 'tagId',
  防盗标签: 'tagId',
  芯片号: 'tagId',
  fobtagid: 'fobTagId',
  fob: 'fobTagId',
  钥匙扣标签: 'fobTagId',
  随身标签: 'fobTagId',
};

const REQUIRED: (keyof ImportFields)[] = ['phone', 'plate', 'frameNumber', 'tagId'];

export interface ImportLine {
  /** The line of the file (the header is line 1). */
  row: number;
  fields: ImportFields;
}

export function formatOf(contentType: string | undefined, bytes: Buffer): 'csv' | 'xlsx' {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const zip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
  if (type === XLSX_TYPE || (type === 'application/octet-stream' && zip)) return 'xlsx';
  if (CSV_TYPES.includes(type) || type === 'application/octet-stream') return 'csv';
  throw new HttpError(415, 'MEDIA_TYPE_UNSUPPORTED', `body: send the register as text/csv or as ${XLSX_TYPE}`);
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const cellText = (v: unknown): string => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v).trim());

async function tableOf(format: 'csv' | 'xlsx', bytes: Buffer): Promise<string[][]> {
  if (format === 'csv') {
    try {
      return parseCsv(decodeText(bytes));
    } catch (err) {
      if (err instanceof CsvError) throw new HttpError(400, 'IMPORT_FILE_INVALID', `the CSV file does not parse: ${err.message}`);
      throw err;
    }
  }
  try {
    return (await readSheet(bytes)).map((row) => row.map(cellText));
  } catch (err) {
    throw new HttpError(400, 'IMPORT_FILE_INVALID', `the XLSX file does not open: ${(err as Error).message}`);
  }
}

/** The file's rows as fields, blank lines skipped; refused whole when it has no header we know or too many rows. */
export async function readRegister(contentType: string | undefined, bytes: Buffer): Promise<{ format: 'csv' | 'xlsx'; lines: ImportLine[] }> {
  if (bytes.length === 0) throw new HttpError(400, 'IMPORT_EMPTY', 'body: the file is empty');
  const format = formatOf(contentType, bytes);
  const table = await tableOf(format, bytes);
  const header = (table[0] ?? []).map(
    (h) =>
      HEADERS[
        h
          .normalize('NFKC')
          .toLowerCase()
          .replace(/[\s_-]/g, '')
      ],
  );
  const missing = REQUIRED.filter((f) => !header.includes(f));
  if (missing.length) throw new HttpError(400, 'IMPORT_HEADER', `the first row must name the columns; missing: ${missing.join(', ')} (e.g. 车主姓名, 手机号码, 号牌, 车架号, 标签号)`);
  const lines: ImportLine[] = [];
  table.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const fields = { ownerName: '', phone: '', idNumber: '', plate: '', brand: '', model: '', colour: '', frameNumber: '', motorNumber: '', tagId: '', fobTagId: '' };
    header.forEach((f, j) => f && (fields[f] = (cells[j] ?? '').trim()));
    lines.push({ row: i + 2, fields });
  });
  if (lines.length === 0) throw new HttpError(400, 'IMPORT_EMPTY', 'the file has a header but no rows');
  if (lines.length > MAX_IMPORT_ROWS) throw new HttpError(413, 'IMPORT_TOO_LARGE', `${lines.length} rows: at most ${MAX_IMPORT_ROWS} per file; split it`);
  return { format, lines };
}
