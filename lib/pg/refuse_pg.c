/*
 * refuse_pg: hl_case_refuse and hl_case_priority (refuse.h) over libpq on
 * the store's connection.  Each is BEGIN, the case row locked FOR UPDATE,
 * the check in refuse.c, one statement that updates the case, appends its
 * event (and, for a refusal, queues the mail to the citizen), COMMIT.  Every
 * statement is parameterised.
 */
#include "refuse.h"
#include "sql_gen.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pg.h"
#include "rules.h"
#include "sla.h"
#include "store.h"

static const char *
val(PGresult *res, int c)
{
    return PQgetisnull(res, 0, c) ? NULL : PQgetvalue(res, 0, c);
}

/* clang-format off */
static const char refuse_lock_sql[] =
    "SELECT c.id, c.status, c.citizen_address, c.citizen_undeliverable,"
    " (SELECT m.id FROM messages m WHERE m.case_id = c.id ORDER BY m.id LIMIT 1)"
    " FROM cases c WHERE c.code = $1 FOR UPDATE OF c";

/* $1 case  $2 reason  $3 where  $4 actor  $5 first message  $6 tell?
 * $7 why not */
static const char *const refuse_sql = hl_sql_refuse_refuse;

static const char priority_lock_sql[] =
    "SELECT c.id, c.status, c.kind, c.category, coalesce(c.deadline_days, -1),"
    " extract(epoch FROM c.created_at)::bigint, c.urgency"
    " FROM cases c WHERE c.code = $1 FOR UPDATE OF c";

/* $1 case  $2 urgency  $3 due (0: keep)  $4 actor  $5 previous urgency */
static const char priority_sql[] =
    "WITH u AS (UPDATE cases SET urgency = $2,"
    "  due_at = CASE WHEN $3::bigint > 0 THEN to_timestamp($3::bigint) ELSE due_at END,"
    "  ladder_cycle = ladder_cycle + 1, updated_at = now() WHERE id = $1::bigint"
    "  RETURNING id, due_at),"
    " e AS (INSERT INTO events (case_id, actor, kind, detail)"
    "  SELECT id, $4, 'priority', jsonb_build_object('from', $5::text, 'to', $2::text,"
    "  'due_at', due_at) FROM u)"
    " SELECT coalesce(extract(epoch FROM due_at)::bigint, 0) FROM u";
/* clang-format on */

int
hl_case_refuse(struct hl_store *s, const char *code, const char *reason, const char *where,
               const char *actor, int64_t *outbox_id_out, const char **why_out, struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    *outbox_id_out = 0;
    *why_out = NULL;
    PGresult *k = hl_pg_lock_case(c, refuse_lock_sql, code, err);
    if (k == NULL)
        return -1;
    struct hl_refuse_plan plan;
    const char *und = val(k, 3);
    if (hl_refuse_check(code, val(k, 1), reason, where, val(k, 2), und && und[0] == 't', &plan,
                        err) < 0) {
        PQclear(k);
        return hl_pg_rollback(c);
    }
    const char *p[] = {val(k, 0),   reason,    where && *where ? where : NULL,
                       actor,       val(k, 4), plan.tell_citizen ? "t" : "f",
                       plan.why_not};
    PGresult *res = hl_pg_run(c, refuse_sql, 7, p, true, err, "refuse");
    PQclear(k);
    if (res == NULL)
        return hl_pg_rollback(c);
    *outbox_id_out = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
    *why_out = plan.why_not;
    PQclear(res);
    return hl_pg_commit(c, err);
}

int
hl_case_priority(struct hl_store *s, const struct hl_config *cfg, const struct hl_rules *rules,
                 const struct hl_sla_calendar *cal, const char *code, const char *urgency,
                 const char *actor, int64_t *due_out, struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    *due_out = 0;
    PGresult *k = hl_pg_lock_case(c, priority_lock_sql, code, err);
    if (k == NULL)
        return -1;
    if (hl_urgency_check(code, val(k, 1), urgency, err) < 0) {
        PQclear(k);
        return hl_pg_rollback(c);
    }
    /* The deadline as the case got it, from the same inputs: the rule's or
     * the category's working days, or the kind's own limit. */
    int64_t due = hl_urgency_due_for(cfg, rules, cal, urgency, strtoll(val(k, 5), NULL, 10),
                                     val(k, 2), val(k, 3), (int)strtol(val(k, 4), NULL, 10));
    char due_s[24];
    snprintf(due_s, sizeof due_s, "%lld", (long long)due);
    const char *p[] = {val(k, 0), urgency, due_s, actor, val(k, 6)};
    PGresult *res = hl_pg_run(c, priority_sql, 5, p, true, err, "set the priority");
    PQclear(k);
    if (res == NULL)
        return hl_pg_rollback(c);
    *due_out = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
    PQclear(res);
    return hl_pg_commit(c, err);
}
