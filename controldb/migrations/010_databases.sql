-- The executor's registry of customer databases. The password is stored encrypted (Fernet,
-- key from QUERYCAST_SECRET_KEY) and never leaves the executor.
CREATE TABLE IF NOT EXISTS databases (
    id                 text PRIMARY KEY,
    name               text NOT NULL,
    host               text NOT NULL,
    port               integer NOT NULL,
    database           text NOT NULL,
    db_user            text NOT NULL,
    password_encrypted text NOT NULL DEFAULT '',
    options            jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
