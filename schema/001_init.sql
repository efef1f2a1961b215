-- hotline schema version 1: units, mailboxes, cases, messages, attachments,
-- and the append-only audit trail.  Applied by `hotlinectl db migrate` inside
-- one transaction together with its row in schema_version.

CREATE TABLE units (
    code           text PRIMARY KEY,
    name           text NOT NULL,
    parent         text REFERENCES units (code) DEFERRABLE INITIALLY DEFERRED,
    kind           text NOT NULL DEFAULT 'other',
    feedback_email text,
    hotline_phone  text,
    address        text,
    clerks         text[] NOT NULL DEFAULT '{}',
    head           text,
    active         boolean NOT NULL DEFAULT true,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- One row per polled mailbox: sync state and the health an operator sees.
CREATE TABLE mailboxes (
    id                   serial PRIMARY KEY,
    unit_code            text NOT NULL UNIQUE REFERENCES units (code),
    host                 text,
    port                 integer,
    username             text,
    folder               text NOT NULL DEFAULT 'INBOX',
    uidvalidity          bigint,
    last_uid             bigint NOT NULL DEFAULT 0,
    owner                text,
    owner_since          timestamptz,
    last_poll_at         timestamptz,
    last_ok_at           timestamptz,
    last_error           text,
    last_error_at        timestamptz,
    consecutive_failures integer NOT NULL DEFAULT 0,
    waiting              integer NOT NULL DEFAULT 0,
    ingested             bigint NOT NULL DEFAULT 0,
    flagged              bigint NOT NULL DEFAULT 0
);

-- Case numbers restart every year (HL-2026-000001); one sequence per year
-- so that concurrent daemons never wait on a counter row.
CREATE FUNCTION hl_next_case_number(y integer) RETURNS bigint
LANGUAGE plpgsql AS $$
BEGIN
    RETURN nextval(format('hl_case_seq_%s', y)::regclass);
EXCEPTION WHEN undefined_table THEN
    BEGIN
        EXECUTE format('CREATE SEQUENCE IF NOT EXISTS hl_case_seq_%s', y);
    EXCEPTION WHEN unique_violation OR duplicate_table THEN
        NULL;
    END;
    RETURN nextval(format('hl_case_seq_%s', y)::regclass);
END $$;

DO $$
BEGIN
    FOR y IN 2025..2035 LOOP
        EXECUTE format('CREATE SEQUENCE IF NOT EXISTS hl_case_seq_%s', y);
    END LOOP;
END $$;

CREATE TABLE cases (
    id              bigserial PRIMARY KEY,
    code            text NOT NULL UNIQUE,
    unit_code       text NOT NULL REFERENCES units (code),
    received_unit   text NOT NULL REFERENCES units (code),
    category        text NOT NULL DEFAULT 'uncategorized',
    priority        integer NOT NULL DEFAULT 1,
    status          text NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'answered', 'resolved', 'spam')),
    tags            text[] NOT NULL DEFAULT '{}',
    fields          jsonb NOT NULL DEFAULT '{}',
    subject         text,
    citizen_address text,
    citizen_name    text,
    flagged         boolean NOT NULL DEFAULT false,
    flag_reason     text,
    deadline_days   integer,
    due_at          timestamptz,
    no_ack          boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_unit_status ON cases (unit_code, status);
CREATE INDEX cases_created ON cases (created_at);

-- Every message exactly as received.  case_id is NULL for mail that must not
-- open a case (auto-replies, bounces, list mail): it is still kept.
CREATE TABLE messages (
    id             bigserial PRIMARY KEY,
    case_id        bigint REFERENCES cases (id),
    mailbox_id     integer REFERENCES mailboxes (id),
    uidvalidity    bigint,
    uid            bigint,
    disposition    text NOT NULL DEFAULT 'new_case',
    disposition_reason text,
    raw            bytea NOT NULL,
    raw_size       bigint NOT NULL,
    truncated      boolean NOT NULL DEFAULT false,
    sha256         text NOT NULL,
    message_id     text,
    in_reply_to    text,
    references_hdr text,
    from_address   text,
    from_name      text,
    to_addrs       text,
    delivered_to   text,
    subject        text,
    body_text      text NOT NULL,
    charset_note   text,
    problems       text,
    malformed      boolean NOT NULL DEFAULT false,
    received_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (mailbox_id, uidvalidity, uid)
);
CREATE INDEX messages_dedupe ON messages (mailbox_id, sha256);
CREATE INDEX messages_message_id ON messages (message_id);
CREATE INDEX messages_case ON messages (case_id);

CREATE TABLE attachments (
    id           bigserial PRIMARY KEY,
    message_id   bigint NOT NULL REFERENCES messages (id),
    position     integer NOT NULL,
    filename     text,
    content_type text NOT NULL,
    size         bigint NOT NULL,
    sha256       text NOT NULL,
    data         bytea NOT NULL
);
CREATE INDEX attachments_message ON attachments (message_id);

-- The audit trail: rows are only ever added.
CREATE TABLE events (
    id      bigserial PRIMARY KEY,
    case_id bigint REFERENCES cases (id),
    at      timestamptz NOT NULL DEFAULT now(),
    actor   text NOT NULL,
    kind    text NOT NULL,
    detail  jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX events_case ON events (case_id, at);

CREATE FUNCTION hl_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'events is append-only';
END $$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION hl_events_append_only();
