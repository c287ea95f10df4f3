/** The form that creates an API token, and how a listed token stands. */
import { fail, optionalNumber, type Checked } from './patterns.js';
import type { ApiToken, NewToken, StaffRole, TokenKind, TokenScope } from './types.js';

/**
 * What each scope opens, from the data policy (broker/src/access/policy.ts):
 * the token still reaches no further than its role.
 */
export const SCOPE_HINT: Record<TokenScope, string> = {
  devices: 'stations, pillars, tags; the live feed',
  people: 'staff, owners, API tokens',
  organisation: 'jurisdictions and units',
  map: 'map settings and overlay layers',
  audit: 'the audit trail',
  metrics: 'Prometheus metrics',
  bikes: 'e-bikes and their tracks',
  cases: 'stolen-bike cases',
  alarms: 'alarms from pillars',
};

export interface TokenForm {
  name: string;
  /** personal: acts for you; service: a service account of its own. */
  kind: TokenKind;
  /** A service account's role; empty: yours. */
  role: StaffRole | '';
  scopes: TokenScope[];
  /** Days until it expires; empty: it never does. */
  expiresInDays: string | number | null;
}

export const emptyTokenForm = (): TokenForm => ({ name: '', kind: 'personal', role: '', scopes: [], expiresInDays: 90 });

export function tokenRequest(form: TokenForm): Checked<NewToken> {
  const name = form.name.trim();
  if (!name) return fail('Name the token after the integration that will use it.');
  if (name.length > 100) return fail('The name is at most 100 characters.');
  if (form.scopes.length === 0) return fail('Choose at least one scope: the token can do nothing else.');
  const body: NewToken = { name, scopes: [...new Set(form.scopes)] };
  if (form.kind === 'service') {
    body.kind = 'service';
    if (form.role) body.role = form.role;
  }
  const days = optionalNumber(form.expiresInDays);
  if (days !== null) {
    if (!Number.isInteger(days) || days < 1 || days > 3650) return fail('It expires after 1 to 3650 whole days, or leave it empty for never.');
    body.expiresInDays = days;
  }
  return { ok: true, body };
}

/** Who the token acts as, for the list: "you", its creator, or its service account. */
export function actsAs(token: ApiToken, myId: string): string {
  if (token.kind === 'service') return `service account ${token.actorId} (${token.role}), by ${token.createdBy === myId ? 'you' : token.createdByName}`;
  return token.createdBy === myId ? 'you' : token.createdByName;
}

export type TokenStatus = 'active' | 'revoked' | 'expired';

export function tokenStatus(token: ApiToken, now = Date.now()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}
