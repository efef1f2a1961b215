/*
 * register_pg: hl_register_commit (register.h) over libpq on the store's
 * connection.  The intake's commit statement runs inside an explicit
 * transaction (its pipeline's Sync does not end a transaction block), so the
 * channel and particulars are written with the case or not at all.
 */
#include "register.h"
#include "sql_gen.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <string.h>

#include "intake.h"
#include "pg.h"
#include "store.h"

/* clang-format off */
static const char *const particulars_sql = hl_sql_register_particulars;
/* clang-format on */

static const char *
opt(const char *s)
{
    return s && *s ? s : NULL;
}

int
hl_register_commit(struct hl_store *s, const struct hl_register_input *in, const char *urgency,
                   struct hl_intake_item *item, struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    /* The units table is the daemon's copy of the configuration: a unit it
     * has not written yet cannot hold a case. */
    const char *u[] = {in->unit, item->cls.unit};
    PGresult *res = PQexecParams(c,
                                 "SELECT x FROM unnest(ARRAY[$1, $2]::text[]) x"
                                 " WHERE NOT EXISTS (SELECT 1 FROM units WHERE code = x)",
                                 2, NULL, u, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return hl_pg_fail(c, res, err, "look up the units");
    if (PQntuples(res) > 0) {
        hl_err_set(err, HL_ERR_CONFIG,
                   "unit %s is not in the database yet (hotlined writes the configured units "
                   "when it starts)",
                   PQgetvalue(res, 0, 0));
        PQclear(res);
        return -1;
    }
    PQclear(res);
    if (hl_pg_begin(c, "BEGIN", err) < 0)
        return -1;
    /* mailbox 0: the message came through no mailbox (messages.mailbox_id
     * stays NULL, no mailbox counter moves). */
    if (hl_store_pg_ops.commit(s, 0, 0, in->unit, item, 1, err) < 0)
        goto fail;
    if (item->case_code[0] == '\0' || item->case_code[0] == '~') {
        hl_err_set(err, HL_ERR_INPUT, "the case was not opened (%s)",
                   item->cls.no_case ? item->cls.no_case : "joined another case");
        goto fail;
    }
    char at[24];
    snprintf(at, sizeof at, "%lld", (long long)in->received_at);
    const char *p[] = {item->case_code,
                       in->channel,
                       opt(in->phone),
                       opt(in->address),
                       opt(in->name),
                       urgency ? urgency : "normal",
                       at,
                       in->operator,
                       opt(in->email) ? "t" : "f"};
    res = PQexecParams(c, particulars_sql, 9, NULL, p, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        hl_pg_fail(c, res, err, "record the channel");
        goto fail;
    }
    PQclear(res);
    if (hl_pg_commit(c, err) < 0)
        goto failed;
    return 0;
fail:
    hl_pg_rollback(c);
failed:
    item->case_code[0] = '\0';
    return -1;
}
