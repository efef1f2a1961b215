-- hotline schema version 12: one case for one letter.
--
-- A citizen who writes to three units at once used to get three unlinked
-- cases, three acknowledgements and three forwards.  Now intake knows a
-- letter by a key (lib/core/dedup.h: the sender with the Message-ID, or
-- with the normalised text), and the same letter arriving in another unit's
-- mailbox within intake.dedup_days joins the case it opened: letters holds
-- each key's case and when it first arrived, receipts every mailbox that
-- received a letter with a key (the first receipt opened the case).  Two
-- daemons storing the same letter at once are serialised on the key by
-- hl_letter_lock, which intake calls first in its batch transaction.
--
-- For what a machine cannot see, a clerk links two cases (case_links) or
-- merges one into another (cases.merged_into: the merged case is resolved,
-- shown under its successor, and its code threads there).
CREATE TABLE letters (
    key      text PRIMARY KEY,
    case_id  bigint NOT NULL REFERENCES cases (id),
    first_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE receipts (
    id          bigserial PRIMARY KEY,
    case_id     bigint NOT NULL REFERENCES cases (id),
    message_id  bigint NOT NULL REFERENCES messages (id),
    mailbox_id  integer REFERENCES mailboxes (id),
    unit_code   text NOT NULL,
    uidvalidity bigint,
    uid         bigint,
    received_at timestamptz NOT NULL DEFAULT now(),
    joined      boolean NOT NULL DEFAULT false -- false: the receipt that opened the case
);
CREATE INDEX receipts_case ON receipts (case_id, mailbox_id);

CREATE TABLE case_links (
    a          bigint NOT NULL REFERENCES cases (id),
    b          bigint NOT NULL REFERENCES cases (id),
    actor      text NOT NULL,
    note       text,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (a, b),
    CHECK (a < b)
);
CREATE INDEX case_links_b ON case_links (b);

ALTER TABLE cases ADD COLUMN merged_into bigint REFERENCES cases (id);
CREATE INDEX cases_merged_into ON cases (merged_into) WHERE merged_into IS NOT NULL;

-- Takes the transaction-level advisory lock of every key, in one order
-- (sorted), so that two transactions locking overlapping sets never wait on
-- each other in a circle.  A statement run after this one in the same
-- transaction sees every letter another transaction committed under these
-- keys (READ COMMITTED takes a snapshot per statement).  Class 1212 is the
-- letters'; a 32-bit hash collision only serialises two unrelated letters.
CREATE FUNCTION hl_letter_lock(keys text[]) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    h integer;
    n integer := 0;
BEGIN
    FOR h IN SELECT DISTINCT hashtext(k) FROM unnest(keys) k WHERE k IS NOT NULL ORDER BY 1 LOOP
        PERFORM pg_advisory_xact_lock(1212, h);
        n := n + 1;
    END LOOP;
    RETURN n;
END $$;

GRANT SELECT ON letters, receipts, case_links TO hotline_clerk;
GRANT EXECUTE ON FUNCTION hl_letter_lock(text[]) TO hotline_daemon, hotline_admin;
ALTER TABLE receipts ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_links ENABLE ROW LEVEL SECURITY;
ALTER TABLE letters ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff ON receipts TO hotline_daemon, hotline_admin USING (true) WITH CHECK (true);
CREATE POLICY staff ON case_links TO hotline_daemon, hotline_admin USING (true) WITH CHECK (true);
CREATE POLICY staff ON letters TO hotline_daemon, hotline_admin USING (true) WITH CHECK (true);
-- A clerk sees what belongs to a case they see (cases' own policy decides).
CREATE POLICY clerk ON receipts TO hotline_clerk
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY clerk ON case_links TO hotline_clerk
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = a)
           AND EXISTS (SELECT 1 FROM cases c WHERE c.id = b));
CREATE POLICY clerk ON letters TO hotline_clerk
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
