-- hotline schema version 10: units are data.  The units table (001) becomes
-- the one source of truth: `hotlinectl unit ...` changes it, hotlined reads
-- it at start and again whenever units_version moves (polled: a version row
-- works through PgBouncer's transaction pooling, where LISTEN does not).
--
-- A unit is never deleted: a retired unit keeps its row (cases, outbox rows
-- and reports name it), with its successor when it was merged or split.  A
-- retired unit's mailbox is still polled when it has a successor, and its
-- mail goes to the successor; its old feedback address is an alias.

ALTER TABLE units
    ADD COLUMN feedback_box text,            -- where the feedback box stands (the directory)
    ADD COLUMN successor    text REFERENCES units (code) DEFERRABLE INITIALLY DEFERRED,
    ADD COLUMN retired_at   timestamptz;

-- The mailbox a unit's feedback address is read from (the config's mailbox
-- group).  Only the name of the password file is kept, never a password.
CREATE TABLE unit_mailboxes (
    unit_code     text PRIMARY KEY REFERENCES units (code),
    host          text NOT NULL,
    port          integer NOT NULL CHECK (port BETWEEN 1 AND 65535),
    tls           text NOT NULL DEFAULT 'implicit' CHECK (tls IN ('implicit', 'starttls', 'plain')),
    allow_plain   boolean NOT NULL DEFAULT false,
    username      text NOT NULL,
    password_file text,
    password_env  text,
    inbox         text NOT NULL DEFAULT 'INBOX',
    processed     text NOT NULL DEFAULT 'Processed',
    ca_file       text,
    pin_sha256    text,
    CHECK ((password_file IS NULL) <> (password_env IS NULL))
);

-- Old addresses that route to a successor: an address once a unit's
-- feedback address, kept when the unit was merged or split.  unit_code is
-- the unit it belonged to; where it routes now is that unit's successor
-- chain (so a later merge of the successor carries it along).
CREATE TABLE unit_aliases (
    address    text PRIMARY KEY CHECK (address = lower(address)),
    unit_code  text NOT NULL REFERENCES units (code),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- What happened to each unit: added, changed, imported, retired, merged,
-- split.  Rows are only ever added.  (Which unit received a case and which
-- holds it now are cases.received_unit and cases.unit_code.)
CREATE TABLE unit_history (
    id        bigserial PRIMARY KEY,
    unit_code text NOT NULL REFERENCES units (code),
    at        timestamptz NOT NULL DEFAULT now(),
    actor     text NOT NULL,
    action    text NOT NULL,
    detail    jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX unit_history_unit ON unit_history (unit_code, at);
CREATE TRIGGER unit_history_append_only BEFORE UPDATE OR DELETE ON unit_history
    FOR EACH ROW EXECUTE FUNCTION hl_events_append_only();

-- One row: moved by every change to units, their mailboxes and aliases
-- (whoever makes it, hotlinectl or psql), so daemons notice at their next
-- look.  An UPDATE that changes nothing is not made (the writers compare
-- first), so an idempotent import moves nothing.
CREATE TABLE units_version (
    id         integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    version    bigint NOT NULL DEFAULT 1,
    changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO units_version DEFAULT VALUES;

CREATE FUNCTION hl_units_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- An upsert: the row comes back even after the table was emptied.
    INSERT INTO units_version (id, version) VALUES (1, 2)
    ON CONFLICT (id) DO UPDATE SET version = units_version.version + 1, changed_at = now();
    RETURN NULL;
END $$;
CREATE TRIGGER units_changed AFTER INSERT OR UPDATE OR DELETE ON units
    FOR EACH ROW EXECUTE FUNCTION hl_units_changed();
CREATE TRIGGER unit_mailboxes_changed AFTER INSERT OR UPDATE OR DELETE ON unit_mailboxes
    FOR EACH ROW EXECUTE FUNCTION hl_units_changed();
CREATE TRIGGER unit_aliases_changed AFTER INSERT OR UPDATE OR DELETE ON unit_aliases
    FOR EACH ROW EXECUTE FUNCTION hl_units_changed();

GRANT SELECT ON unit_aliases, unit_history, units_version TO hotline_clerk;
