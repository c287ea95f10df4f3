/** The form that creates an API token, and how a listed token stands. */
import { fail, optionalNumber, type Checked } from './patterns.js';
import type { ApiToken, NewToken, StaffRole, TokenKind, TokenScope } from './types.js';

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
  if (!name) return fail('form.token.nameRequired');
  if (name.length > 100) return fail('form.nameTooLong', { max: 100 });
  if (form.scopes.length === 0) return fail('form.token.scopeRequired');
  const body: NewToken = { name, scopes: [...new Set(form.scopes)] };
  if (form.kind === 'service') {
    body.kind = 'service';
    if (form.role) body.role = form.role;
  }
  const days = optionalNumber(form.expiresInDays);
  if (days !== null) {
    if (!Number.isInteger(days) || days < 1 || days > 3650) return fail('form.token.expiryInvalid', { min: 1, max: 3650 });
    body.expiresInDays = days;
  }
  return { ok: true, body };
}

export type TokenStatus = 'active' | 'revoked' | 'expired';

export function tokenStatus(token: ApiToken, now = Date.now()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}
