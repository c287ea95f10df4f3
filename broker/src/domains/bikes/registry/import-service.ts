/**
 * Bulk import of a county's existing register: every row checked (its own
 * fields, duplicates within the file, identifiers registered already, the
 * owner found by phone or to be created), a report row by row, and then all
 * or nothing: one refused row and nothing is stored (the report says why,
 * each problem naming its field); otherwise owners and bikes in one
 * transaction, with one audit entry for the file.
 */
import { createHash } from 'node:crypto';
import { inTransaction, type Database } from '@watchpost/ingest';
import type { Static } from 'typebox';
import { HttpError } from '../../../kernel/http-error.js';
import { insertUser } from '../../access/people-store.js';
import { actorOfCaller, type Caller } from '../../access/policy/index.js';
import { PHONE_PATTERN } from '../../access/schemas/people.js';
import type { AuditLog } from '../../audit/audit-log.js';
import { readRegister } from './import-file.js';
import type { BikeIndex } from './memory.js';
import type { ImportReport } from './schemas.js';
import { insertBikes, newBikeId, takenIdentifiers, type NewBike } from './store.js';
import { checkBike, type FieldProblem } from './validate.js';

type Report = Static<typeof ImportReport>;
const PHONE = new RegExp(PHONE_PATTERN);
const ID_NUMBER = /^[0-9]{17}[0-9X]$/;

export class ImportService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditLog,
    private readonly index: BikeIndex,
  ) {}

  async run(caller: Caller, contentType: string | undefined, file: Buffer, dryRun: boolean): Promise<Report> {
    const { format, lines } = await readRegister(contentType, file);
    const checked = lines.map((l) => ({ line: l, ...checkBike(l.fields) }));
    const phones = [...new Set(lines.map((l) => l.fields.phone))];
    const known = new Map(
      (await this.db.query<{ id: string; phone: string; role: string }>('SELECT id, phone, role FROM users WHERE phone = ANY($1::text[])', [phones])).rows.map((u) => [u.phone, u]),
    );
    const taken = await takenIdentifiers(this.db, {
      plates: checked.map((c) => c.bike.plate),
      frames: checked.map((c) => c.bike.frameNumber),
      tags: checked.flatMap((c) => [c.bike.tagId, ...(c.bike.fobTagId === null ? [] : [c.bike.fobTagId])]).filter((t) => t >= 0),
    });
    const firstRow = { plate: new Map<string, number>(), frame: new Map<string, number>(), tag: new Map<number, number>() };
    const newOwners = new Map<string, { name: string; idNumber: string | null; row: number }>();
    const report: Report['report'] = [];
    for (const { line, bike, problems } of checked) {
      const p: FieldProblem[] = [...problems];
      const f = line.fields;
      const owner = known.get(f.phone);
      if (!PHONE.test(f.phone)) p.push({ field: 'phone', code: f.phone ? 'INVALID' : 'REQUIRED', message: "phone: the owner's mobile number, 11 digits starting with 1" });
      else if (owner && owner.role !== 'owner') p.push({ field: 'phone', code: 'NOT_AN_OWNER', message: `phone: ${f.phone} belongs to a staff account, not an owner` });
      else if (!owner && !newOwners.has(f.phone) && !f.ownerName) p.push({ field: 'ownerName', code: 'REQUIRED', message: "ownerName: the owner's name is required for an owner not registered yet" });
      if (f.idNumber && !ID_NUMBER.test(f.idNumber.toUpperCase())) p.push({ field: 'idNumber', code: 'INVALID', message: 'idNumber: 18 characters, digits and a final digit or X' });
      const dup = (field: string, map: Map<string | number, number>, key: string | number, what: string) => {
        const first = map.get(key);
        if (first !== undefined) p.push({ field, code: 'DUPLICATE', message: `${field}: ${what} ${key} is on row ${first} of this file too` });
        else map.set(key, line.row);
      };
      if (bike.plate) dup('plate', firstRow.plate, bike.plate, 'plate');
      if (bike.frameNumber) dup('frameNumber', firstRow.frame, bike.frameNumber, 'frame number');
      if (bike.tagId >= 0) dup('tagId', firstRow.tag, bike.tagId, 'tag');
      if (bike.fobTagId !== null) dup('fobTagId', firstRow.tag, bike.fobTagId, 'tag');
      if (taken.plates.has(bike.plate)) p.push({ field: 'plate', code: 'TAKEN', message: `plate: ${bike.plate} is registered already` });
      if (taken.frames.has(bike.frameNumber)) p.push({ field: 'frameNumber', code: 'TAKEN', message: `frameNumber: ${bike.frameNumber} is registered already` });
      for (const [field, t] of [
        ['tagId', bike.tagId],
        ['fobTagId', bike.fobTagId],
      ] as const)
        if (t !== null && taken.tags.has(t)) p.push({ field, code: 'TAKEN', message: `${field}: tag ${t} is bound to a registered bike already` });
      if (p.length === 0 && !owner && !newOwners.has(f.phone)) newOwners.set(f.phone, { name: f.ownerName, idNumber: f.idNumber ? f.idNumber.toUpperCase() : null, row: line.row });
      report.push({ row: line.row, plate: bike.plate, bikeId: null, ownerId: owner?.id ?? null, owner: owner ? 'matched' : p.length ? 'none' : 'created', problems: p });
    }
    const refused = report.filter((r) => r.problems.length > 0).length;
    const summary = (imported: number): Report => ({
      format,
      rows: lines.length,
      imported,
      refused,
      ownersCreated: imported ? newOwners.size : 0,
      ownersMatched: imported ? report.filter((r) => r.owner === 'matched').length : 0,
      dryRun,
      report,
    });
    if (refused > 0) {
      if (dryRun) return summary(0);
      throw new HttpError(422, 'IMPORT_REFUSED', `${refused} of ${lines.length} rows refused: nothing was imported (details: each row's problems)`, summary(0));
    }
    if (dryRun) return { ...summary(0), ownersCreated: newOwners.size, ownersMatched: report.filter((r) => r.owner === 'matched').length };
    const by = caller.principal.user.id;
    try {
      return await inTransaction(this.db, async (work) => {
        const ownerOf = new Map([...known].map(([phone, u]) => [phone, u.id]));
        for (const [phone, o] of newOwners)
          ownerOf.set(phone, await insertUser(work, { username: null, displayName: o.name, role: 'owner', phone, idNumber: o.idNumber, passwordHash: null, createdBy: by }));
        const bikes: NewBike[] = checked.map(({ line, bike }, i) => {
          const id = newBikeId();
          report[i]!.bikeId = id;
          report[i]!.ownerId = ownerOf.get(line.fields.phone)!;
          return { id, ownerId: ownerOf.get(line.fields.phone)!, ...bike };
        });
        await insertBikes(work, bikes, by);
        await this.audit.append(work, {
          ...actorOfCaller(caller),
          action: 'bike.import',
          subjectType: 'bike',
          detail: { format, bikes: bikes.length, ownersCreated: newOwners.size, sha256: createHash('sha256').update(file).digest('hex'), firstBikeId: bikes[0]!.id, lastBikeId: bikes.at(-1)!.id },
        });
        work.afterCommit(() => bikes.forEach((b) => this.index.put({ id: b.id, ownerId: b.ownerId, plate: b.plate, tagId: b.tagId, fobTagId: b.fobTagId })));
        return summary(bikes.length);
      });
    } catch (err) {
      if ((err as { code?: string }).code === '23505' || (err as { code?: string }).code === 'USER_EXISTS')
        throw new HttpError(409, 'IMPORT_CONFLICT', 'a bike, tag or owner of this file was registered meanwhile: nothing was imported; send the file again for a new report');
      throw err;
    }
  }
}
