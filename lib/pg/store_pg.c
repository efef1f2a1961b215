/*
 * store_pg: store.h over libpq: opening a connection, the schema migrations,
 * the units and mailboxes rows, and the listings hotlinectl prints.  The
 * intake seam is intake_pg.c.
 */
#include "store.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "charset.h"
#include "store_int.h"
#include "schema.h"

static struct hl_store *open_conninfo(const struct hl_config *cfg, const char *conninfo,
                                      struct hl_err *err);

struct hl_store *
hl_store_open(const struct hl_config *cfg, struct hl_err *err)
{
    return open_conninfo(cfg, cfg->conninfo, err);
}

struct hl_store *
hl_store_open_report(const struct hl_config *cfg, struct hl_err *err)
{
    return open_conninfo(cfg, cfg->report_conninfo ? cfg->report_conninfo : cfg->conninfo, err);
}

static struct hl_store *
open_conninfo(const struct hl_config *cfg, const char *conninfo, struct hl_err *err)
{
    /* HOTLINE_DB_USER names another role than the configuration's (a clerk
     * running hotlinectl as themselves, whom row-level security limits to
     * their units): that role's password is its own business (PGPASSWORD,
     * ~/.pgpass), never the daemon's password file. */
    const char *user = getenv("HOTLINE_DB_USER");
    if (user && *user == '\0')
        user = NULL;
    char *password = NULL;
    if (user == NULL && (cfg->db_password.file || cfg->db_password.env)) {
        password = hl_config_secret(&cfg->db_password, err);
        if (password == NULL)
            return NULL;
    }
    /* Later keywords override what the conninfo in dbname says. */
    const char *keys[6], *vals[6];
    int nk = 0;
    keys[nk] = "dbname";
    vals[nk++] = conninfo;
    if (password) {
        keys[nk] = "password";
        vals[nk++] = password;
    }
    if (user) {
        keys[nk] = "user";
        vals[nk++] = user;
    }
    keys[nk] = "application_name";
    vals[nk++] = "hotline";
    keys[nk] = "connect_timeout";
    vals[nk++] = "10";
    keys[nk] = NULL;
    vals[nk] = NULL;
    PGconn *conn = PQconnectdbParams(keys, vals, 1);
    if (password) {
        explicit_bzero(password, strlen(password));
        free(password);
    }
    if (PQstatus(conn) != CONNECTION_OK) {
        char msg[512];
        snprintf(msg, sizeof msg, "%s", PQerrorMessage(conn));
        for (char *p = msg; *p; p++)
            if (*p == '\n')
                *p = ' ';
        hl_err_set(err, HL_ERR_TEMP, "database: cannot connect: %s", msg);
        PQfinish(conn);
        return NULL;
    }
    struct hl_store *s = hl_xcalloc(1, sizeof *s);
    s->conn = conn;
    s->cfg = cfg;
    /* The intake statement's lookups (rate limit, Message-ID, case code) are
     * selective only for the actual values: a generic plan scans.  JIT is for
     * long analytic queries: once the tables grow, the estimated cost of the
     * statement that stores a batch crosses jit_above_cost, and compiling it
     * took ~300 ms of a ~100 ms statement (perf: LLVM in the backend). */
    if (exec_cmd(s, "SET client_encoding = 'UTF8'", 0, NULL, err, "set encoding") < 0 ||
        exec_cmd(s, "SET plan_cache_mode = force_custom_plan", 0, NULL, err, "set plan mode") < 0 ||
        exec_cmd(s, "SET jit = off", 0, NULL, err, "turn JIT off") < 0) {
        hl_store_close(&s);
        return NULL;
    }
    /* Raw mail and decoded text are TOASTed: lz4 compresses them several
     * times faster than the default pglz (13% of the backend's time in
     * intake).  Only a server built without lz4 refuses, and then pglz it is. */
    PGresult *res = PQexec(s->conn, "SET default_toast_compression = lz4");
    if (PQresultStatus(res) != PGRES_COMMAND_OK)
        hl_info("database: no lz4 (%s); mail is compressed with pglz",
                PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY));
    PQclear(res);
    return s;
}

void
hl_store_close(struct hl_store **sp)
{
    if (*sp == NULL)
        return;
    PQfinish((*sp)->conn);
    free(*sp);
    *sp = NULL;
}

void *
hl_store_pgconn(struct hl_store *s)
{
    return s->conn;
}

int
hl_store_expected_version(void)
{
    return hl_n_migrations ? hl_migrations[hl_n_migrations - 1].version : 0;
}

int
hl_store_schema_version(struct hl_store *s, int *version_out, struct hl_err *err)
{
    PGresult *res = exec_params(s,
                                "SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN 0 "
                                "ELSE (SELECT coalesce(max(version), 0) FROM schema_version) END",
                                0, NULL);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return pg_fail(s, res, err, "read schema version");
    *version_out = (int)hl_pg_int64(res, 0, 0);
    PQclear(res);
    return 0;
}

int
hl_store_migrate(struct hl_store *s, FILE *out, struct hl_err *err)
{
    /* Serialise concurrent migrators; the lock ends with the session. */
    if (exec_cmd(s, "SELECT pg_advisory_lock(727272, 0)", 0, NULL, err, "lock for migration") < 0)
        return -1;
    int rc = -1;
    if (exec_cmd(s,
                 "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, "
                 "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
                 0, NULL, err, "create schema_version") < 0)
        goto out;
    int have = 0;
    if (hl_store_schema_version(s, &have, err) < 0)
        goto out;
    int applied = 0;
    for (size_t i = 0; i < hl_n_migrations; i++) {
        const struct hl_migration *m = &hl_migrations[i];
        if (m->version <= have)
            continue;
        if (exec_cmd(s, "BEGIN", 0, NULL, err, "begin") < 0)
            goto out;
        PGresult *res = PQexec(s->conn, m->sql);
        if (PQresultStatus(res) != PGRES_COMMAND_OK && PQresultStatus(res) != PGRES_TUPLES_OK) {
            pg_fail(s, res, err, m->name);
            PQclear(PQexec(s->conn, "ROLLBACK"));
            goto out;
        }
        PQclear(res);
        char ver[16];
        snprintf(ver, sizeof ver, "%d", m->version);
        const char *p[] = {ver, m->name};
        if (exec_cmd(s, "INSERT INTO schema_version (version, name) VALUES ($1, $2)", 2, p, err,
                     "record version") < 0 ||
            exec_cmd(s, "COMMIT", 0, NULL, err, "commit") < 0) {
            PQclear(PQexec(s->conn, "ROLLBACK"));
            goto out;
        }
        if (out)
            fprintf(out, "applied %s (version %d)\n", m->name, m->version);
        applied++;
    }
    if (out && applied == 0)
        fprintf(out, "database already at schema version %d\n", have);
    rc = 0;
out:
    PQclear(PQexec(s->conn, "SELECT pg_advisory_unlock(727272, 0)"));
    return rc;
}

int
hl_store_mailbox_failed(struct hl_store *s, int mailbox_id, const char *error, struct hl_err *err)
{
    char id[16];
    snprintf(id, sizeof id, "%d", mailbox_id);
    const char *p[] = {id, error};
    return exec_cmd(s,
                    "UPDATE mailboxes SET last_poll_at = now(), last_error = $2, "
                    "last_error_at = now(), consecutive_failures = consecutive_failures + 1 "
                    "WHERE id = $1",
                    2, p, err, "record mailbox failure");
}

int
hl_store_list_cases(struct hl_store *s, const struct hl_case_filter *f, struct hl_table **out,
                    struct hl_err *err)
{
    char limit[16];
    snprintf(limit, sizeof limit, "%d", f->limit > 0 ? f->limit : 100);
    const char *p[] = {f->unit, f->status, f->category, f->flagged_only ? "t" : "f",
                       limit,   f->channel};
    PGresult *res = exec_params(
        s,
        "SELECT code, to_char(created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI') "
        "AS received, channel, unit_code AS unit, category, status, CASE WHEN flagged THEN 'yes' "
        "ELSE '' END AS review, coalesce(citizen_address, '') AS citizen, coalesce(subject, '') "
        "AS subject FROM cases WHERE ($1::text IS NULL OR unit_code = $1) AND ($2::text IS NULL "
        "OR status = $2) AND ($3::text IS NULL OR category = $3) AND (NOT $4::bool OR flagged) "
        "AND ($6::text IS NULL OR channel = $6) ORDER BY id LIMIT $5::int",
        6, p);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return pg_fail(s, res, err, "list cases");
    *out = hl_pg_table(res);
    PQclear(res);
    return 0;
}

int
hl_store_list_mailboxes(struct hl_store *s, struct hl_table **out, struct hl_err *err)
{
    /* A polled mailbox's next pass is a poll interval after its last one. */
    char interval[16];
    snprintf(interval, sizeof interval, "%d", s->cfg->poll_interval_s);
    const char *q[] = {interval};
    PGresult *res = exec_params(
        s,
        "SELECT m.unit_code AS unit, CASE WHEN m.lease_expires > now() THEN coalesce(m.mode, "
        "'served') ELSE 'unserved' END AS state, CASE WHEN m.lease_expires > now() THEN m.owner "
        "ELSE '' END AS daemon, coalesce(to_char(m.lease_expires AT TIME ZONE "
        "'Asia/Ho_Chi_Minh', 'HH24:MI:SS'), '') AS lease_until, CASE WHEN m.lease_expires <= "
        "now() OR m.lease_expires IS NULL THEN '' WHEN m.mode = 'idle' THEN 'on news' ELSE "
        "coalesce(to_char((greatest(m.last_poll_at, m.last_ok_at) + make_interval(secs => "
        "$1::int)) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'HH24:MI:SS'), 'soon') END AS next_poll, "
        "coalesce(to_char(m.last_ok_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM HH24:MI:SS'), "
        "'never') AS last_ok, m.waiting, m.ingested, m.flagged, m.consecutive_failures AS "
        "failures, coalesce(to_char(m.last_error_at AT TIME ZONE 'Asia/Ho_Chi_Minh', "
        "'DD/MM HH24:MI:SS') || ' ' || m.last_error, '') AS last_error "
        "FROM mailboxes m ORDER BY m.unit_code",
        1, q);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return pg_fail(s, res, err, "mailbox status");
    *out = hl_pg_table(res);
    PQclear(res);
    return 0;
}

int
hl_store_count(struct hl_store *s, const char *what, long *n_out, struct hl_err *err)
{
    const char *sql;
    if (strcmp(what, "cases") == 0)
        sql = "SELECT count(*) FROM cases";
    else if (strcmp(what, "messages") == 0)
        sql = "SELECT count(*) FROM messages";
    else
        return hl_err_set(err, HL_ERR_INPUT, "unknown count %s", what);
    PGresult *res = exec_params(s, sql, 0, NULL);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return pg_fail(s, res, err, what);
    *n_out = hl_pg_int64(res, 0, 0);
    PQclear(res);
    return 0;
}

int
hl_store_copy_raw(struct hl_store *s, const struct hl_fetched *msgs, size_t n, struct hl_err *err)
{
    if (exec_cmd(s, "CREATE TEMP TABLE IF NOT EXISTS bench_raw (uid bigint, raw bytea)", 0, NULL,
                 err, "bench table") < 0 ||
        exec_cmd(s, "TRUNCATE bench_raw", 0, NULL, err, "bench table") < 0)
        return -1;
    if (exec_cmd(s, "BEGIN", 0, NULL, err, "begin") < 0)
        return -1;
    PGresult *res = PQexec(s->conn, "COPY bench_raw (uid, raw) FROM STDIN (FORMAT binary)");
    if (PQresultStatus(res) != PGRES_COPY_IN)
        return pg_fail(s, res, err, "copy");
    PQclear(res);
    struct hl_buf b;
    hl_buf_init(&b);
    hl_buf_append(&b, "PGCOPY\n\377\r\n\0", 11);
    hl_pg_put_be(&b, 0, 4);
    hl_pg_put_be(&b, 0, 4);
    for (size_t i = 0; i < n; i++) {
        hl_pg_put_be(&b, 2, 2);
        hl_pg_put_be(&b, 8, 4);
        hl_pg_put_be(&b, 0, 4);
        hl_pg_put_be(&b, msgs[i].uid, 4);
        hl_pg_put_be(&b, (uint32_t)msgs[i].len, 4);
        hl_buf_append(&b, msgs[i].data, msgs[i].len);
        if (b.len > (1u << 20) || i + 1 == n) {
            if (PQputCopyData(s->conn, b.data, (int)b.len) != 1)
                break;
            hl_buf_reset(&b);
        }
    }
    hl_pg_put_be(&b, 0xffff, 2);
    PQputCopyData(s->conn, b.data, (int)b.len);
    hl_buf_fini(&b);
    PQputCopyEnd(s->conn, NULL);
    res = PQgetResult(s->conn);
    if (PQresultStatus(res) != PGRES_COMMAND_OK)
        return pg_fail(s, res, err, "copy end");
    PQclear(res);
    while ((res = PQgetResult(s->conn)) != NULL)
        PQclear(res);
    return exec_cmd(s, "COMMIT", 0, NULL, err, "commit");
}
