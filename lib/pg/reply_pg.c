/* reply_pg: see reply_pg.h. */
#include "reply_pg.h"

#include <stdlib.h>
#include <string.h>

#include "store_int.h"

/* The case each code names, with its successor when it was merged, read in
 * one statement.  Clerks come as one line each (addresses hold no line
 * breaks: config and `hotlinectl unit` check them). */
/* clang-format off */
static const char views_sql[] =
    "SELECT x.ord, k.code, k.unit_code, k.status, k.citizen_address, k0.citizen_address,"
    "  k.citizen_undeliverable, k.first_response_at IS NOT NULL, k.kind, k.accused_unit,"
    "  (SELECT array_to_string(u.clerks, E'\\n') FROM units u WHERE u.code = k.unit_code),"
    "  " HL_REPLY_PG_UNVERIFIED_RECENT("k")
    " FROM unnest($1::text[]) WITH ORDINALITY AS x (code, ord)"
    " JOIN cases k0 ON k0.code = x.code JOIN cases k ON k.id = coalesce(k0.merged_into, k0.id)";
/* clang-format on */

static const char *
col(const PGresult *res, int r, int c, struct hl_arena *a)
{
    return PQgetisnull(res, r, c) ? NULL : hl_arena_strdup(a, PQgetvalue(res, r, c));
}

static void
split_clerks(struct hl_case_view *k, const char *lines, struct hl_arena *a)
{
    k->clerks = NULL;
    k->n_clerks = 0;
    if (lines == NULL || *lines == '\0')
        return;
    size_t n = 1;
    for (const char *p = lines; *p; p++)
        n += *p == '\n';
    const char **v = hl_arena_alloc(a, n * sizeof *v);
    char *s = hl_arena_strdup(a, lines);
    for (char *p = s;;) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = '\0';
        v[k->n_clerks++] = p;
        if (nl == NULL)
            break;
        p = nl + 1;
    }
    k->clerks = v;
}

int
hl_reply_pg_case_views(void *store, const char *const *codes, size_t n, struct hl_arena *a,
                       struct hl_case_view *views, struct hl_err *err)
{
    struct hl_store *s = store;
    struct hl_buf arr;
    hl_buf_init(&arr);
    /* NULL entries become "" (no case has that code): the ordinals stay
     * the positions. */
    const char **v = hl_xcalloc(n + 1, sizeof *v);
    for (size_t i = 0; i < n; i++)
        v[i] = codes[i] ? codes[i] : "";
    hl_pg_text_array(&arr, (char *const *)v, n);
    free(v);
    memset(views, 0, n * sizeof *views);
    const char *p[] = {arr.data};
    PGresult *res = exec_params(s, views_sql, 1, p);
    hl_buf_fini(&arr);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return pg_fail(s, res, err, "read the cases replies name");
    for (int r = 0; r < PQntuples(res); r++) {
        size_t i = strtoul(PQgetvalue(res, r, 0), NULL, 10);
        if (i < 1 || i > n || codes[i - 1] == NULL)
            continue;
        struct hl_case_view *k = &views[i - 1];
        k->found = true;
        k->named = hl_arena_strdup(a, codes[i - 1]);
        k->code = col(res, r, 1, a);
        k->unit = col(res, r, 2, a);
        k->status = col(res, r, 3, a);
        k->citizen = col(res, r, 4, a);
        k->named_citizen = col(res, r, 5, a);
        k->undeliverable = PQgetvalue(res, r, 6)[0] == 't';
        k->answered = PQgetvalue(res, r, 7)[0] == 't';
        k->kind = col(res, r, 8, a);
        k->accused_unit = col(res, r, 9, a);
        split_clerks(k, col(res, r, 10, a), a);
        k->unverified_recent = PQgetvalue(res, r, 11)[0] == 't';
    }
    PQclear(res);
    return 0;
}

static void
json_str_or_null(struct hl_buf *b, const char *s)
{
    if (s)
        hl_buf_json_str(b, s);
    else
        hl_buf_puts(b, "null");
}

/* The view as HL_REPLY_PG_VIEW writes it (jsonb compares objects by keys
 * and values, not by their order or spelling). */
static const char *
view_json(const struct hl_case_view *k, struct hl_arena *a)
{
    struct hl_buf b;
    hl_buf_init(&b);
    hl_buf_puts(&b, "{\"code\":");
    json_str_or_null(&b, k->code);
    hl_buf_puts(&b, ",\"unit\":");
    json_str_or_null(&b, k->unit);
    hl_buf_puts(&b, ",\"status\":");
    json_str_or_null(&b, k->status);
    hl_buf_puts(&b, ",\"citizen\":");
    json_str_or_null(&b, k->citizen);
    hl_buf_puts(&b, ",\"named_citizen\":");
    json_str_or_null(&b, k->named_citizen);
    hl_buf_printf(&b, ",\"undeliverable\":%s,\"answered\":%s,\"kind\":",
                  k->undeliverable ? "true" : "false", k->answered ? "true" : "false");
    json_str_or_null(&b, k->kind);
    hl_buf_puts(&b, ",\"accused\":");
    json_str_or_null(&b, k->accused_unit);
    hl_buf_puts(&b, ",\"clerks\":[");
    for (size_t i = 0; i < k->n_clerks; i++) {
        if (i)
            hl_buf_putc(&b, ',');
        hl_buf_json_str(&b, k->clerks[i]);
    }
    hl_buf_printf(&b, "],\"unverified_recent\":%s}", k->unverified_recent ? "true" : "false");
    const char *out = hl_arena_strndup(a, b.data, b.len);
    hl_buf_fini(&b);
    return out;
}

/* A text[] literal of v[0..n), NULL when n is 0. */
static const char *
text_array(const char *const *v, size_t n, struct hl_arena *a)
{
    if (n == 0)
        return NULL;
    struct hl_buf b;
    hl_buf_init(&b);
    hl_pg_text_array(&b, (char *const *)v, n);
    const char *out = hl_arena_strndup(a, b.data, b.len);
    hl_buf_fini(&b);
    return out;
}

void
hl_reply_pg_params(const struct hl_intake_item *it, struct hl_arena *a, const char **v)
{
    const struct hl_case_view *k = &it->view;
    const struct hl_reply_plan *p = &it->reply;
    memset(v, 0, HL_REPLY_PG_N_PARAMS * sizeof *v);
    if (!k->found)
        return;
    v[0] = p->role_name;
    v[1] = view_json(k, a);
    v[2] = p->flag_reason;
    v[3] = p->notice_unverified ? text_array(k->clerks, k->n_clerks, a) : NULL;
    v[4] = p->answer ? "t" : "f";
    v[5] = p->relay_to;
    v[6] = p->status_to;
    v[7] = p->resolve ? "t" : "f";
    v[8] = p->first_response ? "t" : "f";
    v[9] = p->why_not;
    v[10] = p->internal_note ? "t" : "f";
    v[11] = text_array(p->notice, p->n_notice, a);
    v[12] = p->event;
}
