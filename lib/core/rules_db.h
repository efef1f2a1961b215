/*
 * rules_db: what the database knows about the rules, for hotlinectl rules
 * stats and rules replay.  rules_pg.c runs its statements on a store's
 * connection (hl_store_pgconn), so it belongs to that store's thread.
 *
 * What it does not do: no classification and no writes.  Every statement
 * runs inside a READ ONLY transaction, so a replay cannot change a case even
 * by mistake.
 *
 * Ownership: rows are handed to a callback one at a time; every pointer in a
 * row is borrowed and lives only until the callback returns.  Memory stays
 * bounded: replay fetches HL_RULES_DB_PAGE rows at a time from a cursor.
 */
#ifndef HL_RULES_DB_H
#define HL_RULES_DB_H

#include <stddef.h>

#include "util.h"

struct hl_store;

#define HL_RULES_DB_PAGE 500

/* One rule on one local day (Asia/Ho_Chi_Minh). */
struct hl_rule_day {
    const char *rule;
    const char *day; /* YYYY-MM-DD */
    long hits;       /* cases the rule decided that day */
    long limit_hits; /* cases where one of its patterns hit a PCRE2 limit */
};

/* Calls cb for every (rule, day) with hits in the last since_s seconds of
 * 'classified' events, ordered by rule then day.  A non-zero return from cb
 * stops the walk and is returned.  Returns 0, or -1 with err set. */
int hl_rules_db_stats(struct hl_store *s, long since_s,
                      int (*cb)(void *ctx, const struct hl_rule_day *row), void *ctx,
                      struct hl_err *err);

/* One stored message that opened a case, with the case as it stands. */
struct hl_replay_row {
    const char *code;
    const char *unit;
    const char *category;
    int priority;
    const char *mailbox_unit; /* the unit whose mailbox received it */
    const unsigned char *raw;
    size_t raw_len;
    const char *old_rules; /* its 'classified' event's rules array as JSON, "[]" if none */
    /* The unit the case was in before a clerk first transferred it (where
     * the rules had sent it); NULL when it was never transferred, so its
     * unit is where the rules sent it and the clerks kept it. */
    const char *transferred_from;
    const char *status;         /* cases.status now */
    const char *refusal_reason; /* "" when not refused */
    const char *refusal_where;  /* "" when none */
};

/* Calls cb for every message with disposition 'new_case' received in the
 * last since_s seconds, oldest first, joined with its case.  A non-zero
 * return from cb stops the walk and is returned.  Returns 0, or -1 with err
 * set. */
int hl_rules_db_replay(struct hl_store *s, long since_s,
                       int (*cb)(void *ctx, const struct hl_replay_row *row), void *ctx,
                       struct hl_err *err);

#endif
