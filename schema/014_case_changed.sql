-- hotline schema version 14: intake decides in C what a reply does to its
-- case (lib/core/reply.c), on the case as it read it a moment before the
-- commit.  The commit checks that the case still is what the decision was
-- made on; when it is not (another daemon, or a clerk's command, changed it
-- in between), this aborts the batch with serialization_failure, and intake
-- reads the case again and decides again.  Nothing of the batch is kept, so
-- no message is stored twice or left without its case.
CREATE FUNCTION hl_case_changed(code text) RETURNS boolean
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    RAISE EXCEPTION 'case % changed since intake read it', code
        USING ERRCODE = 'serialization_failure';
END $$;
