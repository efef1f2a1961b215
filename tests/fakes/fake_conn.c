/* fake_conn: see fake_conn.h. */
#include "fake_conn.h"

#include <stdlib.h>

struct fake_conn {
    struct fake_conns *owner;
};

void *
fake_conn_open(void *ctx, struct hl_err *err)
{
    struct fake_conns *c = ctx;
    if (atomic_exchange(&c->fail_next, 0)) {
        hl_err_set(err, HL_ERR_TEMP, "database: refused");
        return NULL;
    }
    atomic_fetch_add(&c->opened, 1);
    int n = atomic_fetch_add(&c->open_now, 1) + 1;
    int p = atomic_load(&c->peak_open);
    while (n > p && !atomic_compare_exchange_weak(&c->peak_open, &p, n))
        ;
    struct fake_conn *conn = hl_xmalloc(sizeof *conn);
    conn->owner = c;
    return conn;
}

void
fake_conn_close(void *conn)
{
    struct fake_conn *c = conn;
    atomic_fetch_sub(&c->owner->open_now, 1);
    free(c);
}
