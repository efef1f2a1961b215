/*
 * lease_pg: mailbox leases and daemon heartbeats over libpq (lease.h).
 * Every statement is one round trip and one implicit transaction; none
 * leaves state in the session.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lease.h"
#include "pg.h"
#include "store.h"

/* '{1,2,3}': an int[] parameter in text form. */
static char *
id_array(const int *ids, size_t n)
{
    struct hl_buf b;
    hl_buf_init(&b);
    hl_buf_putc(&b, '{');
    for (size_t i = 0; i < n; i++)
        hl_buf_printf(&b, "%s%d", i ? "," : "", ids[i]);
    hl_buf_putc(&b, '}');
    return hl_buf_steal(&b);
}

/* Runs sql and collects the first column of every row as ints. */
static int
ids_query(struct hl_store *s, const char *sql, int n, const char *const *p, int **out,
          size_t *n_out, struct hl_err *err, const char *what)
{
    PGconn *c = hl_store_pgconn(s);
    PGresult *res = PQexecParams(c, sql, n, NULL, p, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return hl_pg_fail(c, res, err, what);
    size_t rows = (size_t)PQntuples(res);
    int *ids = hl_xcalloc(rows ? rows : 1, sizeof *ids);
    for (size_t i = 0; i < rows; i++) {
        char *end;
        long v = strtol(PQgetvalue(res, (int)i, 0), &end, 10);
        if (*end != '\0' || v < 0 || v > 0x7fffffff) {
            free(ids);
            PQclear(res);
            return hl_err_set(err, HL_ERR_TEMP, "database: %s: not a mailbox id", what);
        }
        ids[i] = (int)v;
    }
    PQclear(res);
    *out = ids;
    *n_out = rows;
    return 0;
}

int
hl_lease_register(struct hl_store *s, const struct hl_unit_cfg *unit, int *id_out,
                  struct hl_err *err)
{
    char port[16];
    snprintf(port, sizeof port, "%d", unit->mailbox.port);
    const char *p[] = {unit->code, unit->mailbox.host, port, unit->mailbox.user,
                       unit->mailbox.inbox};
    int *ids = NULL;
    size_t n = 0;
    if (ids_query(s,
                  "INSERT INTO mailboxes (unit_code, host, port, username, folder) "
                  "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (unit_code) DO UPDATE "
                  "SET host = $2, port = $3, username = $4, folder = $5 RETURNING id",
                  5, p, &ids, &n, err, "register mailbox") < 0)
        return -1;
    if (n != 1) {
        free(ids);
        return hl_err_set(err, HL_ERR_TEMP, "database: register mailbox: no id returned");
    }
    *id_out = ids[0];
    free(ids);
    return 0;
}

int
hl_lease_heartbeat(struct hl_store *s, const struct hl_lease_self *self, int *live_out,
                   struct hl_err *err)
{
    char lease[16], busy[16], db[16], idle[16];
    snprintf(lease, sizeof lease, "%d", self->lease_s);
    snprintf(busy, sizeof busy, "%d", self->workers_busy);
    snprintf(db, sizeof db, "%d", self->db_in_use);
    snprintf(idle, sizeof idle, "%d", self->idle_count);
    const char *p[] = {self->owner, self->serving ? "t" : "f", lease, busy, db, idle};
    /* One statement: the upsert's row is visible to the count through the
     * CTE's RETURNING, not through the table (same snapshot). */
    int *live = NULL;
    size_t n = 0;
    if (ids_query(s,
                  "WITH me AS (INSERT INTO daemons (owner, serving, lease_s, workers_busy, "
                  "db_in_use, idle_count) VALUES ($1, $2, $3, $4, $5, $6) "
                  "ON CONFLICT (owner) DO UPDATE SET heartbeat_at = now(), serving = $2, "
                  "lease_s = $3, workers_busy = $4, db_in_use = $5, idle_count = $6, "
                  "mailboxes = (SELECT count(*) FROM mailboxes m WHERE m.owner = $1 "
                  "AND m.lease_expires > now()) RETURNING owner, serving) "
                  "SELECT ((SELECT count(*) FROM daemons d WHERE d.serving AND d.owner <> $1 "
                  "AND d.heartbeat_at > now() - make_interval(secs => d.lease_s)) "
                  "+ (SELECT count(*) FROM me WHERE serving))::int",
                  6, p, &live, &n, err, "heartbeat") < 0)
        return -1;
    *live_out = n == 1 ? live[0] : 1;
    free(live);
    /* --once runs keep their row until it expires (their sender runs after
     * intake); forget those long gone. */
    return hl_pg_exec_cmd(hl_store_pgconn(s),
                          "DELETE FROM daemons WHERE heartbeat_at < now() - interval '1 day'", 0,
                          NULL, err, "forget old daemons");
}

int
hl_lease_renew(struct hl_store *s, const char *owner, int lease_s, const int *ids, size_t n,
               int **held_out, size_t *n_held_out, struct hl_err *err)
{
    char lease[16];
    snprintf(lease, sizeof lease, "%d", lease_s);
    char *arr = id_array(ids, n);
    const char *p[] = {owner, lease, arr};
    int rc = ids_query(s,
                       "UPDATE mailboxes SET lease_expires = now() + make_interval(secs => $2) "
                       "WHERE owner = $1 AND lease_expires > now() AND id = ANY ($3::int[]) "
                       "RETURNING id",
                       3, p, held_out, n_held_out, err, "renew leases");
    free(arr);
    return rc;
}

int
hl_lease_claim(struct hl_store *s, const char *owner, int lease_s, const int *ids, size_t n,
               int want, int **got_out, size_t *n_got_out, struct hl_err *err)
{
    char lease[16], limit[16];
    snprintf(lease, sizeof lease, "%d", lease_s);
    snprintf(limit, sizeof limit, "%d", want);
    char *arr = id_array(ids, n);
    const char *p[] = {owner, lease, arr, limit};
    /* Oldest-expired first, so a dead daemon's mailboxes are served before
     * ones nobody ever held; SKIP LOCKED: a racing daemon takes others. */
    int rc = ids_query(s,
                       "UPDATE mailboxes m SET owner = $1, owner_since = now(), "
                       "lease_expires = now() + make_interval(secs => $2) FROM ("
                       "SELECT id FROM mailboxes WHERE id = ANY ($3::int[]) AND "
                       "(owner IS NULL OR lease_expires IS NULL OR lease_expires <= now()) "
                       "ORDER BY lease_expires NULLS LAST, id LIMIT $4 FOR UPDATE SKIP LOCKED) f "
                       "WHERE m.id = f.id RETURNING m.id",
                       4, p, got_out, n_got_out, err, "claim leases");
    free(arr);
    return rc;
}

int
hl_lease_release(struct hl_store *s, const char *owner, const int *ids, size_t n,
                 struct hl_err *err)
{
    char *arr = id_array(ids, n);
    const char *p[] = {owner, arr};
    int rc = hl_pg_exec_cmd(
        hl_store_pgconn(s),
        "UPDATE mailboxes SET lease_expires = now(), mode = NULL, next_poll_at = NULL "
        "WHERE owner = $1 AND id = ANY ($2::int[])",
        2, p, err, "release leases");
    free(arr);
    return rc;
}

int
hl_lease_note_mode(struct hl_store *s, int mailbox_id, const char *mode, int64_t next_poll_at,
                   struct hl_err *err)
{
    char id[16], at[32];
    snprintf(id, sizeof id, "%d", mailbox_id);
    snprintf(at, sizeof at, "%lld", (long long)next_poll_at);
    const char *p[] = {id, mode, next_poll_at > 0 ? at : NULL};
    return hl_pg_exec_cmd(hl_store_pgconn(s),
                          "UPDATE mailboxes SET mode = $2, next_poll_at = to_timestamp($3::bigint) "
                          "WHERE id = $1",
                          3, p, err, "note mailbox mode");
}

int
hl_lease_goodbye(struct hl_store *s, const char *owner, bool leave, struct hl_err *err)
{
    const char *p[] = {owner};
    if (hl_pg_exec_cmd(
            hl_store_pgconn(s),
            "UPDATE mailboxes SET lease_expires = now(), mode = NULL, next_poll_at = NULL "
            "WHERE owner = $1",
            1, p, err, "give back leases") < 0)
        return -1;
    if (!leave)
        return 0;
    return hl_pg_exec_cmd(hl_store_pgconn(s), "DELETE FROM daemons WHERE owner = $1", 1, p, err,
                          "leave");
}
