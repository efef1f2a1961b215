/*
 * dedup_pg: the letters' locks for intake, and the clerks' case link and
 * case merge with what case show says of them (dedup.h), over libpq on the
 * store's connection.  Each action is BEGIN, both case rows locked FOR
 * UPDATE in id order (two clerks merging crosswise wait, never deadlock),
 * the check in dedup.c, the change and its events, COMMIT.  Every
 * statement is parameterised.
 */
#include "dedup_pg.h"

#include <stdlib.h>
#include <string.h>

#include "dedup.h"
#include "pg.h"
#include "store.h"

int
hl_dedup_pg_queue_lock(PGconn *c, const struct hl_intake_item *items, size_t n, const bool *minimal,
                       int dedup_days)
{
    if (dedup_days <= 0)
        return 0;
    struct hl_buf arr;
    size_t keys = 0;
    hl_buf_init(&arr);
    hl_buf_putc(&arr, '{');
    for (size_t i = 0; i < n; i++) {
        if (!items[i].letter_key[0] || (minimal && minimal[i]))
            continue;
        /* Keys are hex digits: nothing to quote. */
        hl_buf_printf(&arr, keys++ ? ",%s" : "%s", items[i].letter_key);
    }
    hl_buf_putc(&arr, '}');
    int rc = 0;
    if (keys > 0) {
        const char *p[] = {arr.data};
        rc = PQsendQueryParams(c, "SELECT hl_letter_lock($1::text[])", 1, NULL, p, NULL, NULL, 0)
                 ? 1
                 : -1;
    }
    hl_buf_fini(&arr);
    return rc;
}

/* The two cases' rows, locked: columns id, code, status, code of the case
 * merged into.  Row 0 is a's, row 1 b's. */
enum { P_ID, P_CODE, P_STATUS, P_MERGED };

/* BEGIN, and locks cases a and b.  Returns their rows, or NULL with err
 * and the transaction ended (an unknown code is HL_ERR_INPUT). */
static PGresult *
begin_pair(PGconn *c, const char *a, const char *b, struct hl_err *err)
{
    if (hl_pg_begin(c, "BEGIN", err) < 0)
        return NULL;
    const char *p[] = {a, b};
    PGresult *res =
        hl_pg_run(c,
                  "WITH l AS (SELECT id FROM cases WHERE code IN ($1, $2) ORDER BY id FOR UPDATE)"
                  " SELECT k.id, k.code, k.status, m.code FROM cases k JOIN l ON l.id = k.id"
                  " LEFT JOIN cases m ON m.id = k.merged_into"
                  " ORDER BY k.code = $1 DESC",
                  2, p, true, err, "lock the cases");
    if (res == NULL) {
        hl_pg_rollback(c);
        return NULL;
    }
    bool same = strcmp(a, b) == 0;
    if (PQntuples(res) != (same ? 1 : 2)) {
        const char *missing =
            PQntuples(res) == 1 && strcmp(PQgetvalue(res, 0, P_CODE), a) == 0 ? b : a;
        PQclear(res);
        hl_pg_rollback(c);
        hl_err_set(err, HL_ERR_INPUT, "no case %s", missing);
        return NULL;
    }
    return res;
}

static struct hl_dedup_case
pair_case(PGresult *res, int row)
{
    return (struct hl_dedup_case){
        .code = PQgetvalue(res, row, P_CODE),
        .status = PQgetvalue(res, row, P_STATUS),
        .merged_into = PQgetisnull(res, row, P_MERGED) ? NULL : PQgetvalue(res, row, P_MERGED),
    };
}

int
hl_dedup_link(struct hl_store *s, const char *a, const char *b, const char *actor,
              bool *already_out, struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    *already_out = false;
    if (hl_dedup_link_allowed(a, b, err) < 0)
        return -1;
    PGresult *k = begin_pair(c, a, b, err);
    if (k == NULL)
        return -1;
    const char *p[] = {PQgetvalue(k, 0, P_ID), PQgetvalue(k, 1, P_ID), actor, a, b};
    PGresult *res =
        hl_pg_run(c,
                  "WITH l AS (INSERT INTO case_links (a, b, actor) VALUES"
                  " (least($1::bigint, $2::bigint), greatest($1::bigint, $2::bigint), $3)"
                  " ON CONFLICT DO NOTHING RETURNING 1),"
                  " e AS (INSERT INTO events (case_id, actor, kind, detail)"
                  " SELECT x.id, $3, 'linked', jsonb_build_object('with', x.other)"
                  " FROM (VALUES ($1::bigint, $5::text), ($2::bigint, $4::text)) AS x (id, other)"
                  " WHERE EXISTS (SELECT 1 FROM l))"
                  " SELECT count(*) FROM l",
                  5, p, true, err, "link the cases");
    PQclear(k);
    if (res == NULL)
        return hl_pg_rollback(c);
    *already_out = strcmp(PQgetvalue(res, 0, 0), "0") == 0;
    PQclear(res);
    return hl_pg_commit(c, err);
}

int
hl_dedup_merge(struct hl_store *s, const char *from, const char *into, const char *actor,
               struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    struct hl_dedup_case same = {.code = from, .status = "", .merged_into = NULL};
    if (strcmp(from, into) == 0)
        return hl_dedup_merge_allowed(&same, &same, err);
    PGresult *k = begin_pair(c, from, into, err);
    if (k == NULL)
        return -1;
    struct hl_dedup_case f = pair_case(k, 0), t = pair_case(k, 1);
    if (hl_dedup_merge_allowed(&f, &t, err) < 0) {
        PQclear(k);
        return hl_pg_rollback(c);
    }
    const char *p[] = {PQgetvalue(k, 0, P_ID), PQgetvalue(k, 1, P_ID), actor, from, into, f.status};
    PGresult *res = hl_pg_run(
        c,
        "WITH a AS (UPDATE cases SET merged_into = $2::bigint, status = 'resolved',"
        " resolved_at = coalesce(resolved_at, now()), updated_at = now() WHERE id = $1::bigint),"
        /* One level: what was merged into from now belongs to into. */
        " o AS (UPDATE cases SET merged_into = $2::bigint, updated_at = now()"
        " WHERE merged_into = $1::bigint RETURNING code)"
        " INSERT INTO events (case_id, actor, kind, detail)"
        " VALUES ($1::bigint, $3, 'merged_into', jsonb_build_object('into', $5::text,"
        " 'status_was', $6::text)),"
        " ($2::bigint, $3, 'merged_from', jsonb_build_object('from', $4::text,"
        " 'with', (SELECT coalesce(jsonb_agg(code), '[]') FROM o)))",
        6, p, false, err, "merge the cases");
    PQclear(k);
    if (res == NULL)
        return hl_pg_rollback(c);
    PQclear(res);
    return hl_pg_commit(c, err);
}

#define LOCAL(col) "to_char(" col " AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI')"

int
hl_dedup_case_view(struct hl_store *s, const char *case_id, struct hl_dedup_view *out,
                   struct hl_err *err)
{
    *out = (struct hl_dedup_view){0};
    PGconn *c = hl_store_pgconn(s);
    const char *p[] = {case_id};
    PGresult *res = hl_pg_run(
        c,
        "SELECT (SELECT code FROM cases WHERE id = k.merged_into),"
        " (SELECT string_agg(code, ', ' ORDER BY id) FROM cases WHERE merged_into = k.id),"
        " (SELECT string_agg(o.code, ', ' ORDER BY o.id) FROM case_links l JOIN cases o"
        "  ON o.id = CASE WHEN l.a = k.id THEN l.b ELSE l.a END WHERE k.id IN (l.a, l.b))"
        " FROM cases k WHERE k.id = $1::bigint",
        1, p, true, err, "case merges and links");
    if (res == NULL)
        return -1;
    char **fields[] = {&out->merged_into, &out->merged_from, &out->related};
    for (int i = 0; PQntuples(res) == 1 && i < (int)HL_NELEM(fields); i++)
        if (!PQgetisnull(res, 0, i))
            *fields[i] = hl_xstrdup(PQgetvalue(res, 0, i));
    PQclear(res);
    /* The receipts: shown when the letter reached more than one unit. */
    res = hl_pg_run(
        c,
        "SELECT r.unit_code AS unit, r.uid, " LOCAL(
            "r.received_at") " AS received,"
                             " CASE WHEN r.joined THEN 'joined' ELSE 'opened the case' END "
                             "AS receipt,"
                             " r.message_id AS message"
                             " FROM receipts r WHERE r.case_id = $1::bigint ORDER BY r.id",
        1, p, true, err, "case receipts");
    if (res == NULL) {
        hl_dedup_view_fini(out);
        return -1;
    }
    out->receipts = hl_pg_table(res);
    PQclear(res);
    return 0;
}

void
hl_dedup_view_fini(struct hl_dedup_view *v)
{
    free(v->merged_into);
    free(v->merged_from);
    free(v->related);
    hl_table_free(&v->receipts);
    *v = (struct hl_dedup_view){0};
}
