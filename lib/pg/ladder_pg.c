/*
 * ladder_pg: the ladder pass over libpq (see ladder.h).  Runs on the store's
 * connection and thread.  Instants are passed as Unix seconds so that tests
 * can move the clock.
 */
#include "ladder.h"
#include "sql_gen.h"

#include <libpq-fe.h>
#include <stdlib.h>
#include <string.h>

#include "compose.h"
#include "kind.h"
#include "metrics.h"
#include "pg.h"
#include "store.h"

/* Candidates: open cases due soon enough for the reminder (the slack in
 * calendar days covers weekends and the longest holiday) whose ladder is
 * not finished.  fired = "step US dd/mm/yyyy RS ..." of this cycle and unit. */
static const char *const candidates_sql = hl_sql_ladder_candidates;

/* One step, once: the ladder_steps row is the guard (ON CONFLICT: another
 * daemon or an earlier pass fired it), and the outbox row and the event
 * exist only with it.  The case must still be open, in the same cycle and
 * unit, when the step commits. */
static const char *const step_sql = hl_sql_ladder_step;

/* "head (05/03/2026), parent (09/03/2026)" from the fired list. */
static const char *
previous_text(struct hl_arena *a, const char *fired)
{
    if (fired == NULL || *fired == '\0')
        return NULL;
    struct hl_buf b;
    hl_buf_init(&b);
    for (const char *p = fired; *p;) {
        const char *rs = strchr(p, '\x1e');
        size_t n = rs ? (size_t)(rs - p) : strlen(p);
        const char *us = memchr(p, '\x1f', n);
        if (us) {
            bool reminder = (size_t)(us - p) == 8 && strncmp(p, "reminder", 8) == 0;
            hl_buf_printf(&b, "%s%.*s (%.*s)", b.len ? ", " : "",
                          reminder ? (int)strlen("nhắc hạn cán bộ") : (int)(us - p),
                          reminder ? "nhắc hạn cán bộ" : p, (int)(n - (size_t)(us - p) - 1),
                          us + 1);
        }
        p += n + (rs != NULL);
    }
    const char *out = hl_arena_strdup(a, b.data ? b.data : "");
    hl_buf_fini(&b);
    return out;
}

static int
fire(PGconn *c, const struct hl_config *cfg, const char *case_id, const char *code,
     const struct hl_unit_cfg *unit, const char *cycle, const char *assignee, const char *fired,
     const struct hl_ladder_about *ab, const struct hl_ladder_action *act, int64_t now, int *queued,
     struct hl_err *err)
{
    struct hl_arena a;
    hl_arena_init(&a);
    struct hl_buf arr, vars, detail;
    hl_buf_init(&arr);
    hl_buf_init(&vars);
    hl_buf_init(&detail);
    struct hl_ladder_target t = hl_ladder_recipients(cfg, unit, assignee, act, ab, &a, &arr);
    bool reminder = act->step == HL_LADDER_REMINDER;
    const char *days = act->days > 0 ? hl_arena_printf(&a, "%02d", act->days) : "dưới 1";

    hl_buf_puts(&vars, "{");
    if (reminder) {
        hl_buf_puts(&vars, "\"days_left\":");
        hl_buf_json_str(&vars, hl_arena_printf(&a, "%02d", act->days));
    } else {
        hl_buf_puts(&vars, "\"days_overdue\":");
        hl_buf_json_str(&vars, days);
        hl_buf_puts(&vars, ",\"step_name\":");
        hl_buf_json_str(
            &vars, hl_arena_printf(&a, "bậc %d/%zu (%s)", act->step + 1, cfg->n_ladder, act->name));
        hl_buf_puts(&vars, ",\"escalated_to\":");
        hl_buf_json_str(&vars, t.who);
        hl_buf_puts(&vars, ",\"previous_steps\":");
        hl_buf_json_str(&vars, previous_text(&a, fired));
    }
    hl_buf_puts(&vars, "}");

    const char *kind = reminder ? "reminded" : t.why_not ? "escalation_skipped" : "escalated";
    hl_buf_puts(&detail, "{\"step\":");
    hl_buf_json_str(&detail, act->name);
    hl_buf_printf(&detail, ",\"days\":%d,\"cycle\":%s,\"unit\":", act->days, cycle);
    hl_buf_json_str(&detail, unit->code);
    /* The addresses passed hl_compose_addr_valid (no quotes, no backslashes),
     * so the text[] literal {"a","b"} is the JSON array ["a","b"] in braces. */
    hl_buf_printf(&detail, ",\"to\":[%.*s]", (int)(arr.len - 2), arr.data + 1);
    if (t.why_not) {
        hl_buf_puts(&detail, ",\"why_not\":");
        hl_buf_json_str(&detail, t.why_not);
    }
    hl_buf_puts(&detail, "}");

    char now_s[24];
    snprintf(now_s, sizeof now_s, "%lld", (long long)now);
    const char *p[] = {
        case_id,  act->name, now_s, cycle,      unit->code, reminder ? "reminder" : "escalation",
        arr.data, vars.data, kind,  detail.data};
    PGresult *res = PQexecParams(c, step_sql, 10, NULL, p, NULL, NULL, 0);
    int rc = 0;
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        rc = hl_pg_fail(c, res, err, "ladder step");
        hl_err_prefix(err, "case %s: %s", code, act->name);
    } else {
        if (strcmp(PQgetvalue(res, 0, 0), "1") == 0) {
            (*queued)++;
            hl_metrics_add(HL_M_LADDER_STEPS, act->name, NULL, 1);
            hl_info("case=%s ladder: %s %s (%d working day%s %s)", code, kind, act->name, act->days,
                    act->days == 1 ? "" : "s", reminder ? "left" : "late");
        }
        PQclear(res);
    }
    hl_buf_fini(&arr);
    hl_buf_fini(&vars);
    hl_buf_fini(&detail);
    hl_arena_fini(&a);
    return rc;
}

int
hl_ladder_pass(struct hl_store *s, const struct hl_config *cfg, const struct hl_sla_calendar *cal,
               int64_t now, int *queued_out, struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    int queued = 0;
    if (queued_out)
        *queued_out = 0;
    char now_s[24], slack[16], steps[16], batch[16];
    snprintf(now_s, sizeof now_s, "%lld", (long long)now);
    snprintf(slack, sizeof slack, "%d", cfg->reminder_before_days * 2 + 16);
    snprintf(steps, sizeof steps, "%zu", cfg->n_ladder);
    snprintf(batch, sizeof batch, "%d", HL_LADDER_BATCH);
    const char *p[] = {now_s, slack, steps, batch};
    PGresult *res = PQexecParams(c, candidates_sql, 4, NULL, p, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return hl_pg_fail(c, res, err, "ladder: find open cases");
    int rc = 0;
    struct hl_ladder_action *acts = hl_xcalloc(cfg->n_ladder + 1, sizeof *acts);
    const char **fired = hl_xcalloc(cfg->n_ladder + 2, sizeof *fired);
    for (int r = 0; rc == 0 && r < PQntuples(res); r++) {
        const char *unit_code = PQgetvalue(res, r, 2);
        const struct hl_unit_cfg *unit = hl_config_unit(cfg, unit_code);
        if (unit == NULL)
            continue; /* a unit no longer configured: nobody to tell */
        const char *fired_s = PQgetisnull(res, r, 6) ? NULL : PQgetvalue(res, r, 6);
        /* split "step US date RS ..." into names */
        struct hl_arena a;
        hl_arena_init(&a);
        size_t n_fired = 0;
        for (const char *q = fired_s; q && *q && n_fired < cfg->n_ladder + 2;) {
            const char *rs = strchr(q, '\x1e');
            size_t n = rs ? (size_t)(rs - q) : strlen(q);
            const char *us = memchr(q, '\x1f', n);
            fired[n_fired++] = hl_arena_strndup(&a, q, us ? (size_t)(us - q) : n);
            q += n + (rs != NULL);
        }
        int64_t due = hl_pg_int64(res, r, 4);
        size_t n = hl_ladder_due(cfg, cal, due, fired, n_fired, now, acts);
        struct hl_ladder_about ab = {PQgetvalue(res, r, 7),
                                     PQgetisnull(res, r, 8) ? NULL : PQgetvalue(res, r, 8)};
        for (size_t i = 0; rc == 0 && i < n; i++)
            rc = fire(c, cfg, PQgetvalue(res, r, 0), PQgetvalue(res, r, 1), unit,
                      PQgetvalue(res, r, 3), PQgetisnull(res, r, 5) ? NULL : PQgetvalue(res, r, 5),
                      fired_s, &ab, &acts[i], now, &queued, err);
        hl_arena_fini(&a);
    }
    PQclear(res);
    free(acts);
    free(fired);
    if (queued_out)
        *queued_out = queued;
    if (rc == 0)
        hl_metrics_heartbeat();
    return rc;
}
