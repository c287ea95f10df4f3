-- API tokens belong to who created them: a personal token acts for its creator,
-- a service token is a service account of its own (its own identity and role,
-- reaching no further than its creator's). Nobody holds a token acting as
-- somebody else. The audit chain becomes keyed (HMAC), entry by entry.

-- user_id was "the account the token acts as", which an administrator could set
-- to anyone's: it is now the creator.
ALTER TABLE api_tokens RENAME COLUMN user_id TO created_by;
ALTER TABLE api_tokens ADD COLUMN kind text NOT NULL DEFAULT 'personal' CHECK (kind IN ('personal', 'service'));
ALTER TABLE api_tokens ALTER COLUMN kind DROP DEFAULT;
-- the service account's role; a personal token has its creator's, whatever it is now
ALTER TABLE api_tokens ADD COLUMN service_role text CHECK (service_role IN ('admin', 'operator', 'police', 'installer'));
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_service_role CHECK ((kind = 'service') = (service_role IS NOT NULL));
CREATE INDEX api_tokens_created_by ON api_tokens (created_by);

-- A live token made by one person to act as another (the audit trail says who
-- made it) is revoked: it was an impersonation. Tokens without a recorded
-- creation (seeded outside the API) stay their user's.
UPDATE api_tokens t SET revoked_at = now()
 WHERE t.revoked_at IS NULL
   AND EXISTS (SELECT 1 FROM audit_log a
                WHERE a.action = 'token.create' AND a.subject_type = 'api-token' AND a.subject_id = t.id
                  AND a.actor_id IS DISTINCT FROM t.created_by);

-- How each audit entry's hash was made: 1 = SHA-256 of the previous hash and
-- the fields (entries written before this migration); 2 = HMAC-SHA-256 with
-- the audit key (AUDIT_KEY / AUDIT_KEY_FILE, never in the database), whose id
-- is key_id. See broker/src/access/audit-hash.ts.
ALTER TABLE audit_log ADD COLUMN hash_scheme smallint NOT NULL DEFAULT 1 CHECK (hash_scheme IN (1, 2));
ALTER TABLE audit_log ALTER COLUMN hash_scheme DROP DEFAULT;
ALTER TABLE audit_log ADD COLUMN key_id text;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_key_id CHECK ((hash_scheme = 1) = (key_id IS NULL));
