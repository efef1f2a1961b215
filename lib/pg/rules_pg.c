/*
 * rules_pg: the rule statistics and replay queries over libpq (see
 * rules_db.h).  Both run in a READ ONLY transaction on the store's
 * connection; replay reads through a cursor in pages of HL_RULES_DB_PAGE
 * rows, fetched in binary so raw message bytes arrive without escaping.
 */
#include "rules_db.h"
#include "sql_gen.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pg.h"
#include "store.h"

/* A rule appears once per matched condition in a trace: count events, not
 * entries.  Entries marked limit_hit are rules whose pattern hit a limit
 * (they did not fire because of it). */
static const char *const stats_sql = hl_sql_rules_stats;

int
hl_rules_db_stats(struct hl_store *s, long since_s,
                  int (*cb)(void *ctx, const struct hl_rule_day *row), void *ctx,
                  struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    char since[32];
    snprintf(since, sizeof since, "%ld", since_s);
    const char *params[1] = {since};
    if (hl_pg_begin(c, "BEGIN READ ONLY", err) < 0)
        return -1;
    PGresult *res = PQexecParams(c, stats_sql, 1, NULL, params, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        hl_pg_fail(c, res, err, "rule statistics");
        hl_pg_rollback(c);
        return -1;
    }
    int rc = 0;
    for (int i = 0; i < PQntuples(res) && rc == 0; i++) {
        struct hl_rule_day row = {
            .rule = PQgetvalue(res, i, 0),
            .day = PQgetvalue(res, i, 1),
            .hits = hl_pg_int64(res, i, 2),
            .limit_hits = hl_pg_int64(res, i, 3),
        };
        rc = cb(ctx, &row);
    }
    PQclear(res);
    hl_pg_rollback(c); /* read only: nothing to commit */
    return rc;
}

/* Every column but raw is cast to text so the binary result needs no
 * decoding; the first classified event holds the rules that decided the
 * case when it was opened. */
static const char *const replay_sql = hl_sql_rules_replay;

static char *
text_col(PGresult *res, int row, int col)
{
    /* binary text is not NUL-terminated by contract; copy it to be sure */
    return hl_xstrndup(PQgetvalue(res, row, col), (size_t)PQgetlength(res, row, col));
}

int
hl_rules_db_replay(struct hl_store *s, long since_s,
                   int (*cb)(void *ctx, const struct hl_replay_row *row), void *ctx,
                   struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    char since[32];
    snprintf(since, sizeof since, "%ld", since_s);
    const char *params[1] = {since};
    char fetch_sql[64];
    snprintf(fetch_sql, sizeof fetch_sql, "FETCH %d FROM hl_replay", HL_RULES_DB_PAGE);
    int rc = -1;

    /* REPEATABLE READ: every page comes from one snapshot. */
    if (hl_pg_begin(c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", err) < 0)
        return -1;
    PGresult *res = PQexecParams(c, replay_sql, 1, NULL, params, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_COMMAND_OK) {
        hl_pg_fail(c, res, err, "replay cursor");
        goto out;
    }
    PQclear(res);
    for (;;) {
        res = PQexecParams(c, fetch_sql, 0, NULL, NULL, NULL, NULL, 1);
        if (PQresultStatus(res) != PGRES_TUPLES_OK) {
            hl_pg_fail(c, res, err, "replay fetch");
            goto out;
        }
        int n = PQntuples(res);
        int stop = 0;
        for (int i = 0; i < n && stop == 0; i++) {
            char *code = text_col(res, i, 0), *unit = text_col(res, i, 1);
            char *category = text_col(res, i, 2), *prio = text_col(res, i, 3);
            char *mailbox = text_col(res, i, 4), *rules = text_col(res, i, 6);
            char *moved = text_col(res, i, 7), *status = text_col(res, i, 8);
            char *reason = text_col(res, i, 9), *where = text_col(res, i, 10);
            struct hl_replay_row row = {
                .code = code,
                .unit = unit,
                .category = category,
                .priority = (int)strtol(prio, NULL, 10),
                .mailbox_unit = mailbox,
                .raw = (const unsigned char *)PQgetvalue(res, i, 5),
                .raw_len = (size_t)PQgetlength(res, i, 5),
                .old_rules = rules,
                .transferred_from = *moved ? moved : NULL,
                .status = status,
                .refusal_reason = reason,
                .refusal_where = where,
            };
            stop = cb(ctx, &row);
            free(code);
            free(unit);
            free(category);
            free(prio);
            free(mailbox);
            free(rules);
            free(moved);
            free(status);
            free(reason);
            free(where);
        }
        PQclear(res);
        if (stop != 0) {
            rc = stop;
            goto out;
        }
        if (n < HL_RULES_DB_PAGE)
            break;
    }
    rc = 0;
out:
    hl_pg_rollback(c);
    return rc;
}
