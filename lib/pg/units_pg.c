/*
 * units_pg: the units in PostgreSQL (units.h, schema/013_units.sql).  Every
 * write is one transaction; the units_version triggers record that
 * something changed, for the daemons that poll it.
 */
#include <stdlib.h>
#include <string.h>

#include "pg.h"
#include "sql_gen.h"
#include "store.h"
#include "units.h"

static PGresult *
query(PGconn *c, const char *sql, int n, const char *const *p, struct hl_err *err, const char *what)
{
    PGresult *res = PQexecParams(c, sql, n, NULL, p, NULL, NULL, 0);
    ExecStatusType st = PQresultStatus(res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        hl_pg_fail(c, res, err, what);
        return NULL;
    }
    return res;
}

static char *
col(PGresult *r, int row, int c)
{
    return PQgetisnull(r, row, c) ? NULL : hl_xstrdup(PQgetvalue(r, row, c));
}

enum {
    L_CODE,
    L_NAME,
    L_PARENT,
    L_KIND,
    L_EMAIL,
    L_PHONE,
    L_ADDRESS,
    L_BOX,
    L_ACTIVE,
    L_SUCCESSOR,
    L_CLERKS,
    L_HEAD,
    L_HOST,
    L_PORT,
    L_TLS,
    L_PLAIN,
    L_USER,
    L_PWFILE,
    L_PWENV,
    L_INBOX,
    L_PROCESSED,
    L_CA,
    L_PIN,
};

int
hl_units_pg_load(struct hl_store *s, struct hl_unit_cfg **units_out, size_t *n_out,
                 struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    PGresult *r =
        query(c,
              "SELECT u.code, u.name, u.parent, u.kind, u.feedback_email, u.hotline_phone, "
              "u.address, u.feedback_box, u.active, u.successor, "
              "array_to_string(u.clerks, E'\\n'), u.head, m.host, m.port, m.tls, m.allow_plain, "
              "m.username, m.password_file, m.password_env, m.inbox, m.processed, m.ca_file, "
              "m.pin_sha256 FROM units u LEFT JOIN unit_mailboxes m ON m.unit_code = u.code "
              "ORDER BY u.code",
              0, NULL, err, "load units");
    if (r == NULL)
        return -1;
    int n = PQntuples(r);
    struct hl_unit_cfg *u = hl_xcalloc((size_t)n + 1, sizeof *u);
    for (int i = 0; i < n; i++) {
        struct hl_unit_cfg *x = &u[i];
        x->code = col(r, i, L_CODE);
        x->name = col(r, i, L_NAME);
        x->parent = col(r, i, L_PARENT);
        x->kind = col(r, i, L_KIND);
        x->feedback_email = col(r, i, L_EMAIL);
        x->hotline_phone = col(r, i, L_PHONE);
        x->address = col(r, i, L_ADDRESS);
        x->feedback_box = col(r, i, L_BOX);
        x->retired = strcmp(PQgetvalue(r, i, L_ACTIVE), "t") != 0;
        x->successor = col(r, i, L_SUCCESSOR);
        const char *cl = PQgetvalue(r, i, L_CLERKS);
        size_t nc = *cl ? 1 : 0;
        for (const char *p = cl; *p; p++)
            nc += *p == '\n';
        x->clerks = hl_xcalloc(nc ? nc : 1, sizeof *x->clerks);
        while (*cl) {
            const char *nl = strchr(cl, '\n');
            size_t len = nl ? (size_t)(nl - cl) : strlen(cl);
            x->clerks[x->n_clerks++] = hl_xstrndup(cl, len);
            cl += len + (nl ? 1 : 0);
        }
        x->head = col(r, i, L_HEAD);
        if (!PQgetisnull(r, i, L_HOST)) {
            struct hl_mailbox_cfg *m = &x->mailbox;
            x->has_mailbox = true;
            m->host = col(r, i, L_HOST);
            m->port = (int)strtol(PQgetvalue(r, i, L_PORT), NULL, 10);
            const char *tls = PQgetvalue(r, i, L_TLS);
            m->tls = strcmp(tls, "starttls") == 0 ? HL_TLS_STARTTLS
                     : strcmp(tls, "plain") == 0  ? HL_TLS_PLAIN
                                                  : HL_TLS_IMPLICIT;
            m->allow_plain = strcmp(PQgetvalue(r, i, L_PLAIN), "t") == 0;
            m->user = col(r, i, L_USER);
            m->password.file = col(r, i, L_PWFILE);
            m->password.env = col(r, i, L_PWENV);
            m->inbox = col(r, i, L_INBOX);
            m->processed = col(r, i, L_PROCESSED);
            m->trust.ca_file = col(r, i, L_CA);
            m->trust.pin_sha256 = col(r, i, L_PIN);
        }
    }
    PQclear(r);
    *units_out = u;
    *n_out = (size_t)n;
    return 0;
}

int
hl_units_pg_aliases(struct hl_store *s, char ***addrs_out, char ***units_out, size_t *n_out,
                    struct hl_err *err)
{
    PGresult *r =
        query(hl_store_pgconn(s), "SELECT address, unit_code FROM unit_aliases ORDER BY address", 0,
              NULL, err, "load unit aliases");
    if (r == NULL)
        return -1;
    int n = PQntuples(r);
    *addrs_out = hl_xcalloc((size_t)n + 1, sizeof **addrs_out);
    *units_out = hl_xcalloc((size_t)n + 1, sizeof **units_out);
    for (int i = 0; i < n; i++) {
        (*addrs_out)[i] = col(r, i, 0);
        (*units_out)[i] = col(r, i, 1);
    }
    *n_out = (size_t)n;
    PQclear(r);
    return 0;
}

int
hl_units_pg_version(struct hl_store *s, long long *version_out, struct hl_err *err)
{
    PGresult *r = query(hl_store_pgconn(s),
                        "SELECT coalesce((SELECT version FROM units_version WHERE id = 1), 0)", 0,
                        NULL, err, "units version");
    if (r == NULL)
        return -1;
    *version_out = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    return 0;
}

static const char *const save_unit_sql = hl_sql_units_save_unit;

static const char *const save_mailbox_sql = hl_sql_units_save_mailbox;

/* Runs sql; returns the rows it returned (0 or 1 here), or -1. */
static int
changed_rows(PGconn *c, const char *sql, int n, const char *const *p, struct hl_err *err,
             const char *what)
{
    PGresult *r = query(c, sql, n, p, err, what);
    if (r == NULL)
        return -1;
    int rows = PQntuples(r);
    PQclear(r);
    return rows;
}

static int
save_one(PGconn *c, const struct hl_unit_cfg *u, const char *actor, const char *action,
         bool *changed, struct hl_err *err)
{
    struct hl_buf clerks;
    hl_buf_init(&clerks);
    hl_pg_text_array(&clerks, u->clerks, u->n_clerks);
    const char *p[] = {u->code,
                       u->name,
                       u->parent,
                       u->kind ? u->kind : "other",
                       u->feedback_email,
                       u->hotline_phone,
                       u->address,
                       u->feedback_box,
                       clerks.data,
                       u->head,
                       u->retired ? "f" : "t",
                       u->successor};
    int a = changed_rows(c, save_unit_sql, 12, p, err, "save unit");
    hl_buf_fini(&clerks);
    if (a < 0)
        return -1;
    int b;
    if (u->has_mailbox) {
        const struct hl_mailbox_cfg *m = &u->mailbox;
        char port[16];
        snprintf(port, sizeof port, "%d", m->port);
        const char *q[] = {u->code,
                           m->host,
                           port,
                           hl_tls_mode_name(m->tls),
                           m->allow_plain ? "t" : "f",
                           m->user,
                           m->password.file,
                           m->password.env,
                           m->inbox ? m->inbox : "INBOX",
                           m->processed ? m->processed : "Processed",
                           m->trust.ca_file,
                           m->trust.pin_sha256};
        b = changed_rows(c, save_mailbox_sql, 12, q, err, "save unit mailbox");
    } else {
        const char *q[] = {u->code};
        b = changed_rows(c, "DELETE FROM unit_mailboxes WHERE unit_code = $1 RETURNING 1", 1, q,
                         err, "remove unit mailbox");
    }
    if (b < 0)
        return -1;
    *changed = a > 0 || b > 0;
    if (*changed) {
        const char *h[] = {u->code, actor, action};
        if (hl_pg_exec_cmd(c,
                           "INSERT INTO unit_history (unit_code, actor, action, detail) "
                           "VALUES ($1, $2, $3, '{}')",
                           3, h, err, "unit history") < 0)
            return -1;
    }
    return 0;
}

int
hl_units_pg_save(struct hl_store *s, const struct hl_unit_cfg *units, size_t n, const char *actor,
                 const char *action, int *changed_out, struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    *changed_out = 0;
    if (hl_pg_begin(c, "BEGIN", err) < 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        bool changed = false;
        if (save_one(c, &units[i], actor, action, &changed, err) < 0) {
            hl_err_prefix(err, "unit %s", units[i].code);
            goto fail;
        }
        *changed_out += changed;
    }
    if (hl_pg_commit(c, err) < 0)
        goto fail;
    return 0;
fail:
    hl_pg_rollback(c);
    *changed_out = 0;
    return -1;
}

/* Every open case of the retired units goes to the successor: one event
 * each; a denunciation is never moved to the unit it accuses (it is
 * flagged for a person instead).  Returns the cases moved, or -1. */
static long
move_all(PGconn *c, const struct hl_unit_plan *plan, const char *retire, const char *actor,
         const char *action, struct hl_err *err)
{
    const char *p[] = {plan->successor, retire, actor, action};
    PGresult *r = query(
        c,
        "WITH o AS (SELECT id, unit_code AS old FROM cases WHERE unit_code = ANY($2::text[]) "
        "  AND status IN ('open', 'answered') "
        "  AND NOT (kind = 'denunciation' AND accused_unit IS NOT DISTINCT FROM $1) FOR UPDATE), "
        "m AS (UPDATE cases c SET unit_code = $1, updated_at = now() FROM o WHERE c.id = o.id "
        "  RETURNING c.id, o.old), "
        "e AS (INSERT INTO events (case_id, actor, kind, detail) SELECT id, $3, $4, "
        "  jsonb_build_object('from', old, 'to', $1::text) FROM m RETURNING 1), "
        "f AS (UPDATE cases SET flagged = true, flag_reason = 'its unit was merged into the unit "
        "  it accuses: choose its handler', updated_at = now() WHERE unit_code = ANY($2::text[]) "
        "  AND status IN ('open', 'answered') AND kind = 'denunciation' "
        "  AND accused_unit IS NOT DISTINCT FROM $1 RETURNING 1) "
        "SELECT (SELECT count(*) FROM e), (SELECT count(*) FROM f)",
        4, p, err, "move cases");
    if (r == NULL)
        return -1;
    long n = strtol(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    return n;
}

static long
move_some(PGconn *c, const char *const *ids, const char *const *units, size_t n, const char *actor,
          const char *action, struct hl_err *err)
{
    struct hl_buf a, b;
    hl_buf_init(&a);
    hl_buf_init(&b);
    hl_pg_text_array(&a, (char *const *)ids, n);
    hl_pg_text_array(&b, (char *const *)units, n);
    const char *p[] = {a.data, b.data, actor, action};
    PGresult *r =
        query(c,
              "WITH t AS (SELECT * FROM unnest($1::bigint[], $2::text[]) AS t(id, unit)), "
              "o AS (SELECT k.id, k.unit_code AS old, t.unit FROM cases k JOIN t ON t.id = k.id "
              "  WHERE k.status IN ('open', 'answered') FOR UPDATE OF k), "
              "m AS (UPDATE cases c SET unit_code = o.unit, updated_at = now() FROM o "
              "  WHERE c.id = o.id RETURNING c.id, o.old, o.unit), "
              "e AS (INSERT INTO events (case_id, actor, kind, detail) SELECT id, $3, $4, "
              "  jsonb_build_object('from', old, 'to', unit) FROM m RETURNING 1) "
              "SELECT count(*) FROM e",
              4, p, err, "move cases");
    hl_buf_fini(&a);
    hl_buf_fini(&b);
    if (r == NULL)
        return -1;
    long moved = strtol(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    return moved;
}

int
hl_units_pg_apply(struct hl_store *s, const struct hl_unit_plan *plan, const char *action,
                  const char *const *case_ids, const char *const *case_units, size_t n_cases,
                  const char *actor, long *moved_out, struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    struct hl_buf retire, targets;
    hl_buf_init(&retire);
    hl_buf_init(&targets);
    hl_pg_text_array(&retire, plan->retire, plan->n_retire);
    hl_pg_text_array(&targets, plan->targets, plan->n_targets);
    long moved = 0;
    if (hl_pg_begin(c, "BEGIN", err) < 0)
        goto out_err;
    const char *p[] = {plan->successor, retire.data, actor, action, targets.data};
    /* The retired units, and a history row on every unit involved. */
    if (hl_pg_exec_cmd(c,
                       "UPDATE units SET active = false, successor = $1, "
                       "retired_at = coalesce(retired_at, now()), updated_at = now() "
                       "WHERE code = ANY($2::text[])",
                       2, p, err, "retire units") < 0 ||
        hl_pg_exec_cmd(c,
                       "INSERT INTO unit_history (unit_code, actor, action, detail) "
                       "SELECT code, $3, $4, jsonb_build_object('successor', $1::text, "
                       "'into', $5::text[]) FROM unnest($2::text[]) code",
                       5, p, err, "unit history") < 0 ||
        hl_pg_exec_cmd(c,
                       "INSERT INTO unit_history (unit_code, actor, action, detail) "
                       "SELECT code, $2, $3 || '_in', jsonb_build_object('from', $1::text[]) "
                       "FROM unnest($4::text[]) code",
                       4, p + 1, err, "unit history") < 0)
        goto fail;
    for (size_t i = 0; i < plan->n_reparent; i++) {
        const char *q[] = {plan->reparent[i], plan->reparent_to[i], actor};
        if (hl_pg_exec_cmd(c, "UPDATE units SET parent = $2, updated_at = now() WHERE code = $1", 2,
                           q, err, "move unit") < 0 ||
            hl_pg_exec_cmd(
                c,
                "INSERT INTO unit_history (unit_code, actor, action, detail) VALUES ($1, $3, "
                "'moved', jsonb_build_object('parent', $2::text))",
                3, q, err, "unit history") < 0)
            goto fail;
    }
    for (size_t i = 0; i < plan->n_aliases; i++) {
        const char *q[] = {plan->aliases[i], plan->retire[plan->alias_of[i]]};
        if (hl_pg_exec_cmd(c,
                           "INSERT INTO unit_aliases (address, unit_code) VALUES ($1, $2) "
                           "ON CONFLICT (address) DO UPDATE SET unit_code = EXCLUDED.unit_code",
                           2, q, err, "unit alias") < 0)
            goto fail;
    }
    if (n_cases > 0)
        moved = move_some(c, case_ids, case_units, n_cases, actor, action, err);
    else if (case_ids == NULL)
        moved = move_all(c, plan, retire.data, actor, action, err);
    if (moved < 0 || hl_pg_commit(c, err) < 0)
        goto fail;
    *moved_out = moved;
    hl_buf_fini(&retire);
    hl_buf_fini(&targets);
    return 0;
fail:
    hl_pg_rollback(c);
out_err:
    hl_buf_fini(&retire);
    hl_buf_fini(&targets);
    return -1;
}

int
hl_units_pg_open_cases(struct hl_store *s, const char *unit, struct hl_unit_case **cases_out,
                       size_t *n_out, struct hl_err *err)
{
    const char *p[] = {unit};
    PGresult *r = query(hl_store_pgconn(s),
                        "SELECT k.id, k.code, coalesce(k.subject, ''), "
                        "coalesce((SELECT m.body_text FROM messages m WHERE m.case_id = k.id "
                        "ORDER BY m.id LIMIT 1), ''), coalesce(k.citizen_address, '') "
                        "FROM cases k WHERE k.unit_code = $1 AND k.status IN ('open', "
                        "'answered') ORDER BY k.id",
                        1, p, err, "open cases");
    if (r == NULL)
        return -1;
    int n = PQntuples(r);
    struct hl_unit_case *k = hl_xcalloc((size_t)n + 1, sizeof *k);
    for (int i = 0; i < n; i++)
        k[i] = (struct hl_unit_case){col(r, i, 0), col(r, i, 1), col(r, i, 2), col(r, i, 3),
                                     col(r, i, 4)};
    PQclear(r);
    *cases_out = k;
    *n_out = (size_t)n;
    return 0;
}

void
hl_unit_cases_free(struct hl_unit_case **cases, size_t n)
{
    if (*cases == NULL)
        return;
    for (size_t i = 0; i < n; i++) {
        free((*cases)[i].id);
        free((*cases)[i].code);
        free((*cases)[i].subject);
        free((*cases)[i].text);
        free((*cases)[i].from);
    }
    free(*cases);
    *cases = NULL;
}

int
hl_units_pg_detail(struct hl_store *s, const char *code, struct hl_unit_detail *out,
                   struct hl_err *err)
{
    *out = (struct hl_unit_detail){0};
    PGconn *c = hl_store_pgconn(s);
    const char *p[] = {code};
    PGresult *r = query(c,
                        "SELECT (SELECT count(*) FROM cases WHERE unit_code = $1 AND status IN "
                        "('open', 'answered')) AS open_held, "
                        "(SELECT count(*) FROM cases WHERE unit_code = $1) AS held, "
                        "(SELECT count(*) FROM cases WHERE received_unit = $1) AS received",
                        1, p, err, "unit cases");
    if (r == NULL)
        return -1;
    out->open = hl_pg_int64(r, 0, 0);
    out->held = hl_pg_int64(r, 0, 1);
    out->received = hl_pg_int64(r, 0, 2);
    PQclear(r);
    r = query(c,
              "SELECT a.address FROM unit_aliases a WHERE a.unit_code = $1 OR a.unit_code IN "
              "(SELECT code FROM units WHERE successor = $1) ORDER BY 1",
              1, p, err, "unit aliases");
    if (r == NULL)
        return -1;
    out->n_aliases = (size_t)PQntuples(r);
    out->aliases = hl_xcalloc(out->n_aliases + 1, sizeof *out->aliases);
    for (int i = 0; i < PQntuples(r); i++)
        out->aliases[i] = hl_xstrdup(PQgetvalue(r, i, 0));
    PQclear(r);
    r = query(c,
              "SELECT to_char(at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI') AS at, "
              "actor, action, detail::text AS detail FROM unit_history WHERE unit_code = $1 "
              "ORDER BY id",
              1, p, err, "unit history");
    if (r == NULL) {
        hl_unit_detail_fini(out);
        return -1;
    }
    out->history = hl_pg_table(r);
    PQclear(r);
    return 0;
}

void
hl_unit_detail_fini(struct hl_unit_detail *d)
{
    for (size_t i = 0; i < d->n_aliases; i++)
        free(d->aliases[i]);
    free(d->aliases);
    hl_table_free(&d->history);
    *d = (struct hl_unit_detail){0};
}
