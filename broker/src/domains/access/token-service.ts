/**
 * API tokens for integrations. A token is its creator's, always: a personal
 * token acts for the creator (the audit trail names them, "via token X"); a
 * service token is a service account of its own (svc-<id>, the token's name,
 * its own role), which reaches no further than its creator and stops with
 * them. No request names another account: nobody mints a credential for
 * someone else.
 */
import { inTransaction, type Database } from '@watchpost/ingest';
import { HttpError } from '../../kernel/http-error.js';
import { iso } from '../../kernel/serialize.js';
import type { AuditLog } from '../audit/audit-log.js';
import { createApiToken, listApiTokens, revokeApiToken, serviceAccountId, type TokenRow } from './credentials-store.js';
import { actorOfCaller, reachBeyond, type Caller, type Principal, type Role, type Scope } from './policy/index.js';

const DAY_MS = 86_400_000;

export function tokenJson(t: TokenRow, creator: { name: string; role: Role }) {
  return {
    id: t.id,
    name: t.name,
    kind: t.kind,
    role: t.service_role ?? creator.role,
    actorId: t.kind === 'service' ? serviceAccountId(t.id) : t.created_by,
    createdBy: t.created_by,
    createdByName: creator.name,
    scopes: t.scopes,
    createdAt: t.created_at.toISOString(),
    expiresAt: iso(t.expires_at),
    revokedAt: iso(t.revoked_at),
    lastUsedAt: iso(t.last_used_at),
  };
}

/** What the new token may have, given who creates it; a refusal that says why otherwise. */
function checkedRequest(p: Principal, body: { kind?: 'personal' | 'service'; role?: Role; scopes: string[]; expiresInDays?: number }): { serviceRole: Role | null; expiresAt: Date | null } {
  if (p.via === 'token' && p.kind === 'service') throw new HttpError(403, 'SERVICE_TOKEN_CREATES_NONE', 'a service token cannot create tokens: the administrator who created it can');
  const kind = body.kind ?? 'personal';
  if (kind === 'personal' && body.role) throw new HttpError(400, 'TOKEN_ROLE_PERSONAL', 'body/role is for service tokens: a personal token acts with your own role');
  let serviceRole: Role | null = null;
  if (kind === 'service') {
    serviceRole = body.role ?? p.user.role;
    const beyond = reachBeyond(serviceRole, p.user.role);
    if (serviceRole === 'owner' || beyond.length > 0) {
      throw new HttpError(
        403,
        'TOKEN_REACH_EXCEEDED',
        `body/role: a service token reaches no further than you; the ${serviceRole} role would ${beyond.slice(0, 3).join(', ')}${beyond.length > 3 ? ', …' : ''}, which the ${p.user.role} role may not`,
      );
    }
  }
  const expiresAt = body.expiresInDays ? new Date(Date.now() + body.expiresInDays * DAY_MS) : null;
  // A token created with a token gets no more than that token has.
  if (p.via === 'token') {
    const extra = p.scopes.has('*') ? [] : body.scopes.filter((s) => !p.scopes.has(s as never));
    if (extra.length > 0) throw new HttpError(403, 'TOKEN_SCOPE_EXCEEDED', `body/scopes: the token you call with lacks ${extra.join(', ')}, so the new one cannot have it`);
    if (p.expiresAt && (!expiresAt || expiresAt > p.expiresAt)) {
      throw new HttpError(403, 'TOKEN_EXPIRY_EXCEEDED', `body/expiresInDays: the new token must expire by ${p.expiresAt.toISOString()}, when the token you call with does`);
    }
  }
  return { serviceRole, expiresAt };
}

export interface NewTokenInput {
  name: string;
  kind?: 'personal' | 'service';
  role?: Role;
  scopes: Scope[];
  expiresInDays?: number;
}

export class TokenService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditLog,
    private readonly accessChanged: (userId: string) => void,
  ) {}

  async list() {
    return (await listApiTokens(this.db)).map((t) => tokenJson(t, { name: t.creator_name, role: t.creator_role }));
  }

  /** The creator is whoever calls (through a session or a personal token: a person, never someone they name). */
  async create(caller: Caller, body: NewTokenInput) {
    const p = caller.principal;
    const { serviceRole, expiresAt } = checkedRequest(p, body);
    return inTransaction(this.db, async (work) => {
      const created = await createApiToken(work, p.user.id, body.name, body.scopes, expiresAt, serviceRole);
      const info = tokenJson(created.row, { name: p.user.displayName, role: p.user.role });
      await this.audit.append(work, {
        ...actorOfCaller(caller),
        action: 'token.create',
        subjectType: 'api-token',
        subjectId: created.id,
        detail: { kind: info.kind, role: info.role, actsAs: info.actorId, scopes: body.scopes.join(',') },
      });
      return { token: created.token, info };
    });
  }

  async revoke(caller: Caller, id: string): Promise<void> {
    const revoked = await inTransaction(this.db, async (work) => {
      const row = await revokeApiToken(work, id);
      if (!row) throw new HttpError(404, 'TOKEN_NOT_FOUND', `no live token '${id}'`);
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'token.revoke', subjectType: 'api-token', subjectId: id, detail: { kind: row.kind } });
      return row;
    });
    this.accessChanged(revoked.kind === 'service' ? serviceAccountId(revoked.id) : revoked.created_by);
  }
}
