/*
 * store: PostgreSQL.  The only module that sees libpq (store_pg.c).  Each
 * worker thread opens its own store; a store is not shared between threads.
 *
 * Schema versions are compiled in (schema/NNN_*.sql, embedded at build time):
 * hl_store_migrate applies the missing ones, each in its own transaction with
 * its schema_version row; the daemon refuses a database that is not exactly at
 * HL_SCHEMA_VERSION.
 *
 * Every statement is parameterised.  Ownership: the store owns its
 * connection; printed reports go to the FILE given.
 */
#ifndef HL_STORE_H
#define HL_STORE_H

#include <stdio.h>

#include "config.h"
#include "intake.h"
#include "table.h"
#include "util.h"

struct hl_store;

struct hl_store *hl_store_open(const struct hl_config *cfg, struct hl_err *err);
/* The same on database.report_conninfo (a hot standby for reports, the export
 * and the digest), or on conninfo without one.  Only for reading. */
struct hl_store *hl_store_open_report(const struct hl_config *cfg, struct hl_err *err);
void hl_store_close(struct hl_store **s);

/* The version the database is at (0 when unversioned). */
int hl_store_schema_version(struct hl_store *s, int *version_out, struct hl_err *err);
/* The version this build expects. */
int hl_store_expected_version(void);
/* Applies missing migrations; reports each applied one on out. */
int hl_store_migrate(struct hl_store *s, FILE *out, struct hl_err *err);

/* Records a failure to reach or use the mailbox (before intake could run). */
int hl_store_mailbox_failed(struct hl_store *s, int mailbox_id, const char *error,
                            struct hl_err *err);

/* The intake seam over this store. */
extern const struct hl_store_ops hl_store_pg_ops;

/* Reports for hotlinectl. */
struct hl_case_filter {
    const char *unit;
    const char *status;
    const char *category;
    const char *channel; /* email, phone, box, counter, portal */
    bool flagged_only;
    int limit;
};
/* The cases f selects (code, received, channel, unit, category, status,
 * review, citizen, subject), oldest first: *out is a new table the caller
 * frees (table.h). */
int hl_store_list_cases(struct hl_store *s, const struct hl_case_filter *f, struct hl_table **out,
                        struct hl_err *err);
/* Every mailbox's lease and health (unit, state, daemon, lease_until,
 * next_poll, last_ok, waiting, ingested, flagged, failures, last_error):
 * *out is a new table the caller frees. */
int hl_store_list_mailboxes(struct hl_store *s, struct hl_table **out, struct hl_err *err);

/* For tests and tools: count of rows of a simple query with no parameters
 * that the caller names by key ("cases", "messages"). */
int hl_store_count(struct hl_store *s, const char *what, long *n_out, struct hl_err *err);

/* The libpq connection (a PGconn *), for the other *_pg.c seam files only:
 * they run their own statements on the store's connection and thread. */
void *hl_store_pgconn(struct hl_store *s);

/* Benchmark ceiling: COPY the raw messages (uid, bytes) into a temporary
 * table in one binary COPY, committed.  Nothing else. */
int hl_store_copy_raw(struct hl_store *s, const struct hl_fetched *msgs, size_t n,
                      struct hl_err *err);

#endif
