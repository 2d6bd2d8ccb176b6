-- What each request asked (GET /api/requests): the question or the SQL as the user sent it, and
-- the database it was for, so the console's history can show a preview and re-run it. Rows
-- claimed before this migration keep NULLs. Newest-first listing per user uses the index.
ALTER TABLE request_owners ADD COLUMN IF NOT EXISTS database_id text;
ALTER TABLE request_owners ADD COLUMN IF NOT EXISTS subject text;
CREATE INDEX IF NOT EXISTS request_owners_user_newest
    ON request_owners (user_id, created_at DESC, request_id DESC);
