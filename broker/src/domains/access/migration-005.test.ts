// Migration 005 on a database as the platform left it before: a token one
// person made to act as another is revoked, the others stay their user's, and
// the existing audit chain still verifies once sealed by a keyed entry.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { migrate, openDatabase } from '@watchpost/ingest';
import { createServerDatabase } from '@watchpost/ingest/test-support';
import { AuditLog } from '../audit/audit-log.js';
import { auditKeyOf, GENESIS, legacyEntryHash, type HashedFields } from '../audit/hash.js';

const MIGRATIONS = new URL('../../../../ingest/migrations/', import.meta.url);
const BEFORE = ['001_devices.sql', '002_uplinks.sql', '003_map_layers.sql', '004_people_and_access.sql'];

it('revokes impersonation tokens, keeps the others, and keeps the old audit chain verifiable', async () => {
  const server = await createServerDatabase();
  const db = await openDatabase({ databaseUrl: server?.url, dataDir: null });
  try {
    // The schema before 005, recorded as migrated.
    await db.exec('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, timescale boolean NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    for (const file of BEFORE) {
      await db.exec(readFileSync(new URL(file, MIGRATIONS), 'utf8'));
      await db.query('INSERT INTO schema_migrations (version, name, timescale) VALUES ($1, $2, false)', [Number(file.slice(0, 3)), file.slice(4, -4)]);
    }
    await db.exec(`INSERT INTO users (id, username, display_name, role) VALUES ('u-aaaaaaaaaaaa', 'admin', 'Admin', 'admin'), ('u-pppppppppppp', 'officer', 'Officer', 'police')`);
    const token = (id: string, userId: string) => db.query("INSERT INTO api_tokens (id, user_id, name, scopes, secret_hash) VALUES ($1, $2, 'old', '{people}', '\\x00')", [id, userId]);
    await token('adminsowntok', 'u-aaaaaaaaaaaa');
    await token('asofficertok', 'u-pppppppppppp');
    await token('seededpolice', 'u-pppppppppppp');
    // The old trail: the administrator created the first two, one of them "for" the officer.
    let prev = GENESIS;
    for (const [seq, subject] of [
      [1, 'adminsowntok'],
      [2, 'asofficertok'],
    ] as const) {
      const fields: HashedFields = {
        seq,
        at: new Date(),
        actorId: 'u-aaaaaaaaaaaa',
        actorRole: 'admin',
        actorName: 'Admin',
        action: 'token.create',
        subjectType: 'api-token',
        subjectId: subject,
        reason: null,
        detail: { userId: seq === 1 ? 'u-aaaaaaaaaaaa' : 'u-pppppppppppp' },
        ip: null,
      };
      const hash = legacyEntryHash(prev, fields);
      await db.query(
        `INSERT INTO audit_log (seq, at, actor_id, actor_role, actor_name, action, subject_type, subject_id, detail, prev_hash, hash) VALUES ($1, $2, $3, 'admin', 'Admin', 'token.create', 'api-token', $4, $5, $6, $7)`,
        [seq, fields.at, fields.actorId, subject, JSON.stringify(fields.detail), prev, hash],
      );
      prev = hash;
    }

    const report = await migrate(db, 'off');
    assert.ok(report.applied.includes('005_access_service_tokens_audit_keys'), report.applied.join(', '));

    const { rows } = await db.query<{ id: string; created_by: string; kind: string; revoked: boolean }>('SELECT id, created_by, kind, revoked_at IS NOT NULL AS revoked FROM api_tokens ORDER BY id');
    assert.deepEqual(rows, [
      { id: 'adminsowntok', created_by: 'u-aaaaaaaaaaaa', kind: 'personal', revoked: false },
      { id: 'asofficertok', created_by: 'u-pppppppppppp', kind: 'personal', revoked: true },
      { id: 'seededpolice', created_by: 'u-pppppppppppp', kind: 'personal', revoked: false },
    ]);

    const audit = new AuditLog(db, auditKeyOf(Buffer.from('the-platform-audit-key-0123456789abcdef')));
    assert.deepEqual(
      (await audit.verify()).problems.map((p) => p.code),
      ['ENTRY_UNSEALED'],
    );
    await audit.sealUnkeyed();
    const sealed = await audit.verify();
    assert.deepEqual([sealed.intact, sealed.unkeyed, sealed.checked], [true, 2, 3]);
  } finally {
    await db.close();
    await server?.drop();
  }
});
