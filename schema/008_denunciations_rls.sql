-- hotline schema version 8: denunciations kept from the unit they accuse,
-- database roles, and row-level security so that each clerk sees only the
-- cases of their own units.
--
-- Who may receive what of a denunciation is decided in C (lib/kind.c); this
-- file stores the result (cases.accused_unit) and enforces the same bar for
-- anyone who reads the database directly: a clerk of the accused unit does
-- not see the case at all, whatever unit it is routed to.
--
-- Roles are cluster-wide NOLOGIN groups; an administrator grants them to
-- login roles:
--     CREATE ROLE lan LOGIN PASSWORD '...' IN ROLE hotline_clerk;
--     INSERT INTO clerk_units VALUES ('lan', 'phuong-cau-giay');
-- hotline_daemon and hotline_admin see and change every row (the migration
-- owner, which normally runs the daemon, is not subject to row-level
-- security at all); hotline_clerk sees the cases of the units clerk_units
-- gives its login role, and their messages, attachments, events and mail.
-- The unit codes come from the login role (session_user) through a SECURITY
-- DEFINER function: nothing a clerk's session can set widens them.
-- Creating the roles needs CREATEROLE; `hotlinectl db migrate` as a role
-- without it fails here with PostgreSQL's message and changes nothing.

ALTER TABLE cases
    ADD COLUMN accused_unit text REFERENCES units (code),
    ADD COLUMN legal_basis text;
CREATE INDEX cases_accused ON cases (accused_unit) WHERE accused_unit IS NOT NULL;

-- The actor of an event is the database role that wrote it; what the writer
-- said of itself (hotlinectl --by, the daemon's name, a clerk's address)
-- is kept beside it.
ALTER TABLE events ADD COLUMN declared_by text;

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['hotline_daemon', 'hotline_admin', 'hotline_clerk'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END $$;

CREATE TABLE clerk_units (
    role_name text NOT NULL,
    unit_code text NOT NULL REFERENCES units (code),
    PRIMARY KEY (role_name, unit_code)
);

-- The units of the login role of this session.  SECURITY DEFINER: a clerk
-- cannot read clerk_units, and session_user (unlike current_user) does not
-- change with SET ROLE.
CREATE FUNCTION hl_my_units() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(array_agg(unit_code), '{}') FROM clerk_units
    WHERE role_name = session_user::text
$$;

-- Whether this session's clerk may see a case: one of their units handles
-- it, and it is not a denunciation of one of their units.
CREATE FUNCTION hl_case_visible(unit text, kind text, accused text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT unit = ANY (u) AND NOT (kind = 'denunciation' AND accused IS NOT NULL
                                   AND accused = ANY (u))
    FROM (SELECT hl_my_units() AS u) x
$$;

-- A transfer moves a case out of the clerk's units, and PostgreSQL checks the
-- new row of an UPDATE against the SELECT policy too: the clerk could never
-- transfer anything.  The move is therefore this function, which checks what
-- the policies would (the case is the caller's to see, and a denunciation
-- never goes to the unit it accuses) and then updates as the owner.
-- Returns the case's id and its transfer deadline (Unix seconds), no row
-- when the caller cannot see the case.
CREATE FUNCTION hl_case_move(case_id bigint, to_unit text)
RETURNS TABLE (id bigint, tdue bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    k cases;
    clerk boolean := pg_has_role(session_user, 'hotline_clerk', 'MEMBER')
        AND NOT pg_has_role(session_user, 'hotline_admin', 'MEMBER')
        AND NOT pg_has_role(session_user, 'hotline_daemon', 'MEMBER')
        AND NOT pg_has_role(session_user, (SELECT relowner FROM pg_class
                                           WHERE oid = 'cases'::regclass), 'MEMBER');
BEGIN
    SELECT * INTO k FROM cases c WHERE c.id = case_id FOR UPDATE;
    IF NOT FOUND OR (clerk AND NOT hl_case_visible(k.unit_code, k.kind, k.accused_unit)) THEN
        RETURN;
    END IF;
    IF k.kind = 'denunciation' AND k.accused_unit = to_unit THEN
        RAISE EXCEPTION 'a denunciation cannot be transferred to the unit it accuses'
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE cases c SET unit_code = to_unit, assignee = NULL, updated_at = now()
        WHERE c.id = case_id;
    RETURN QUERY SELECT k.id, extract(epoch FROM k.transfer_due_at)::bigint;
END $$;
REVOKE ALL ON FUNCTION hl_case_move(bigint, text) FROM PUBLIC;

-- ---- privileges ----------------------------------------------------------

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO hotline_daemon;
GRANT USAGE ON SCHEMA public TO hotline_admin, hotline_clerk;
GRANT ALL ON ALL TABLES IN SCHEMA public TO hotline_daemon, hotline_admin;
GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO hotline_daemon, hotline_admin;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO hotline_daemon, hotline_admin, hotline_clerk;
-- Tables later migrations add (run by the same owner) follow.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO hotline_daemon, hotline_admin;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO hotline_daemon, hotline_admin;

-- A clerk reads the register and what hotlinectl's case commands touch.
GRANT SELECT ON cases, messages, attachments, events, outbox, units, mailboxes, ladder_steps,
    schema_version TO hotline_clerk;
GRANT UPDATE (status, assignee, unit_code, resolved_at, updated_at, due_at, deadline_days,
              ladder_cycle) ON cases TO hotline_clerk;
GRANT INSERT ON events, outbox TO hotline_clerk;
GRANT USAGE ON SEQUENCE events_id_seq, outbox_id_seq TO hotline_clerk;

-- ---- the audit trail: append-only ----------------------------------------

-- UPDATE and DELETE were refused by a trigger since version 1 (for every
-- role, the owner included); now nobody but the owner holds the privileges
-- either, and TRUNCATE, which skips row triggers, is refused too.
REVOKE UPDATE, DELETE, TRUNCATE ON events FROM PUBLIC, hotline_daemon, hotline_admin,
    hotline_clerk;

CREATE FUNCTION hl_events_no_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID),
                       'USAGE') THEN
        RAISE EXCEPTION 'events is append-only';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION hl_events_no_truncate();

CREATE FUNCTION hl_events_actor() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.actor IS DISTINCT FROM session_user::text THEN
        NEW.declared_by := NEW.actor;
    END IF;
    NEW.actor := session_user;
    RETURN NEW;
END $$;
CREATE TRIGGER events_actor BEFORE INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION hl_events_actor();

-- ---- row-level security --------------------------------------------------

ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
ALTER TABLE messages ENABLE ROW LEVEL SECURITY;
ALTER TABLE attachments ENABLE ROW LEVEL SECURITY;
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
ALTER TABLE outbox ENABLE ROW LEVEL SECURITY;

CREATE POLICY staff ON cases TO hotline_daemon, hotline_admin USING (true) WITH CHECK (true);
CREATE POLICY staff ON messages TO hotline_daemon, hotline_admin USING (true) WITH CHECK (true);
CREATE POLICY staff ON attachments TO hotline_daemon, hotline_admin USING (true) WITH CHECK (true);
CREATE POLICY staff ON events TO hotline_daemon, hotline_admin USING (true) WITH CHECK (true);
CREATE POLICY staff ON outbox TO hotline_daemon, hotline_admin USING (true) WITH CHECK (true);

CREATE POLICY clerk_read ON cases FOR SELECT TO hotline_clerk
    USING (hl_case_visible(unit_code, kind, accused_unit));
-- A clerk may transfer a case out of their unit (so the new row need not
-- be theirs), never a denunciation to the unit it accuses.
CREATE POLICY clerk_change ON cases FOR UPDATE TO hotline_clerk
    USING (hl_case_visible(unit_code, kind, accused_unit))
    WITH CHECK (kind <> 'denunciation' OR unit_code IS DISTINCT FROM accused_unit);

CREATE POLICY clerk_read ON messages FOR SELECT TO hotline_clerk
    USING (EXISTS (SELECT 1 FROM cases k WHERE k.id = messages.case_id));
CREATE POLICY clerk_read ON attachments FOR SELECT TO hotline_clerk
    USING (EXISTS (SELECT 1 FROM messages m WHERE m.id = attachments.message_id));
CREATE POLICY clerk_read ON events FOR SELECT TO hotline_clerk
    USING (EXISTS (SELECT 1 FROM cases k WHERE k.id = events.case_id));
CREATE POLICY clerk_write ON events FOR INSERT TO hotline_clerk
    WITH CHECK (EXISTS (SELECT 1 FROM cases k WHERE k.id = events.case_id));
CREATE POLICY clerk_read ON outbox FOR SELECT TO hotline_clerk
    USING (EXISTS (SELECT 1 FROM cases k WHERE k.id = outbox.case_id));
CREATE POLICY clerk_write ON outbox FOR INSERT TO hotline_clerk
    WITH CHECK (EXISTS (SELECT 1 FROM cases k WHERE k.id = outbox.case_id)
                AND NOT EXISTS (SELECT 1 FROM cases k JOIN units u ON u.code = k.accused_unit
                                WHERE k.id = outbox.case_id AND k.kind = 'denunciation'
                                AND (outbox.unit_code = k.accused_unit
                                     OR outbox.rcpt && u.clerks
                                     OR outbox.rcpt && ARRAY[u.head, u.feedback_email])));
