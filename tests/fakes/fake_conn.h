/*
 * fake_conn: connections for the pool (pool.h) that are only counted:
 * fake_conn_open(ctx = struct fake_conns *) makes one, fake_conn_close ends
 * it, and the counters (atomic: the pool is shared by threads) say how many
 * were opened, are open now and were open at most at once.  fail_next makes
 * the next open fail (HL_ERR_TEMP "database: refused") and clears itself.
 */
#ifndef HL_FAKE_CONN_H
#define HL_FAKE_CONN_H

#include <stdatomic.h>

#include "util.h"

struct fake_conns {
    atomic_int opened, open_now, peak_open, fail_next;
};

/* hl_pool_open_fn: ctx is a struct fake_conns *.  Returns a heap object, or
 * NULL with err set when fail_next was set. */
void *fake_conn_open(void *ctx, struct hl_err *err);

/* hl_pool_close_fn: frees a connection from fake_conn_open. */
void fake_conn_close(void *conn);

#endif
