-- Access home: a person's language, for the dashboard and for the text
-- messages the platform sends them (null: follow the browser; SMS in zh-CN).
ALTER TABLE users ADD COLUMN locale text CHECK (locale IN ('zh-CN', 'en'));
