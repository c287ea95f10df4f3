/**
 * CSV as spreadsheets write it (RFC 4180): fields in double quotes may hold
 * commas, quotes ("" for one) and line breaks; CRLF or LF; a UTF-8 byte
 * order mark (Excel's "CSV UTF-8") is dropped; a comma, a semicolon or a tab
 * separates, whichever the header line uses most.
 */
export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  const sep = counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let fieldStart = true;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (c === '"') throw new CsvError(line, 'a quote inside an unquoted field (quote the whole field, and double the quotes in it)');
    else if (c === sep) {
      row.push(field);
      field = '';
      fieldStart = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStart = true;
      line++;
    } else {
      field += c;
      fieldStart = false;
    }
  }
  if (quoted) throw new CsvError(line, 'a quoted field is not closed');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
