/*
 * status_pg: hl_status_pass (status.h) over libpq on the store's connection.
 * Each question is claimed once (INSERT INTO status_replies ... ON CONFLICT
 * DO NOTHING), so several daemons never answer it twice; in the same
 * statement the rate limits are claimed (ack_counts scope 'status': one row
 * per asking address and one per case, acks.max_per_sender each per
 * acks.window), the mail is queued, the question joins its case and an event
 * 'status_query' is appended.  Every statement is parameterised.
 */
#include "status.h"
#include "sql_gen.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "pg.h"
#include "store.h"

/* clang-format off */
/* A pass answers at most 100; the next pass the rest. */
static const char pending_sql[] =
    "SELECT m.id, m.from_address, k.id, k.unit_code, k.citizen_address,"
    " k.citizen_undeliverable,"
    " coalesce((SELECT b.unit_code FROM mailboxes b WHERE b.id = m.mailbox_id), k.unit_code)"
    " FROM messages m LEFT JOIN cases k ON k.code = m.disposition_reason"
    " WHERE m.disposition = 'status_query'"
    " AND NOT EXISTS (SELECT 1 FROM status_replies r WHERE r.message_id = m.id)"
    " ORDER BY m.id LIMIT 100";

/* $1 message  $2 case (NULL: unknown)  $3 outcome  $4 sender  $5 the
 * case's unit  $6 notice to sender  $7 status to sender  $8 status to owner
 * $9 owner  $10 max per sender and case  $11 window (s)  $12 the unit whose
 * address was asked (the notice comes from it: nothing of the case, not even
 * which unit handles it, reaches a stranger) */
static const char *const answer_sql = hl_sql_status_answer;
/* clang-format on */

static const char *
col(PGresult *res, int row, int c)
{
    return PQgetisnull(res, row, c) ? NULL : PQgetvalue(res, row, c);
}

int
hl_status_pass(struct hl_store *s, const struct hl_config *cfg, int *queued_out, struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    *queued_out = 0;
    PGresult *res = PQexecParams(c, pending_sql, 0, NULL, NULL, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return hl_pg_fail(c, res, err, "status questions");
    char max[16], window[16];
    snprintf(max, sizeof max, "%d", cfg->ack_max_per_sender);
    snprintf(window, sizeof window, "%d", cfg->ack_window_s > 0 ? cfg->ack_window_s : 86400);
    int rc = 0;
    for (int i = 0; i < PQntuples(res) && rc == 0; i++) {
        const char *from = col(res, i, 1);
        struct hl_status_case k = {
            .exists = col(res, i, 2) != NULL,
            .citizen_address = col(res, i, 4),
            .undeliverable = col(res, i, 5) && strcmp(col(res, i, 5), "t") == 0,
        };
        struct hl_status_plan plan;
        hl_status_decide(&k, from, &plan);
        const char *p[] = {col(res, i, 0),
                           plan.outcome == HL_STATUS_UNKNOWN_CASE ? NULL : col(res, i, 2),
                           hl_status_outcome_name(plan.outcome),
                           from,
                           col(res, i, 3),
                           plan.notice_to_sender ? "t" : "f",
                           plan.status_to_sender ? "t" : "f",
                           plan.status_to_owner ? "t" : "f",
                           k.citizen_address,
                           max,
                           window,
                           col(res, i, 6)};
        PGresult *r = PQexecParams(c, answer_sql, 12, NULL, p, NULL, NULL, 0);
        if (PQresultStatus(r) != PGRES_TUPLES_OK) {
            rc = hl_pg_fail(c, r, err, "answer a status question");
            break;
        }
        int n = (int)strtol(PQgetvalue(r, 0, 0), NULL, 10);
        *queued_out += n;
        hl_info("message=%s: status question (%s): %d mail queued", p[0], p[2], n);
        PQclear(r);
    }
    PQclear(res);
    return rc;
}
