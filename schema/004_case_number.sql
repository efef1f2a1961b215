-- hotline schema version 4: case numbers without a subtransaction.
--
-- Version 1's hl_next_case_number wrapped nextval in an EXCEPTION block (in
-- case the year's sequence did not exist yet), and every entry into such a
-- block starts a subtransaction.  Intake numbers up to a batch of cases in
-- one transaction, so a batch of 200 opened 200 subtransactions: past 64 a
-- backend's subtransaction cache overflows, and from then on every snapshot
-- check of every session consults pg_subtrans.  Measured on a 4,000-mail
-- run: the statement that stores a batch went from ~80 ms to ~350 ms once
-- that happened.  Now the sequence is looked up first, and the block (with
-- its subtransaction) is entered only for a year no sequence exists for yet,
-- which is once a year.
CREATE OR REPLACE FUNCTION hl_next_case_number(y integer) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    seq regclass := to_regclass(format('hl_case_seq_%s', y));
BEGIN
    IF seq IS NULL THEN
        BEGIN
            EXECUTE format('CREATE SEQUENCE IF NOT EXISTS hl_case_seq_%s', y);
        EXCEPTION WHEN unique_violation OR duplicate_table THEN
            NULL;
        END;
        seq := format('hl_case_seq_%s', y)::regclass;
    END IF;
    RETURN nextval(seq);
END $$;
