/*
 * pool: a fixed number of connections shared by threads.  At most `size`
 * connections are open at once; a thread that wants one when all are in use
 * waits.  Connections are opened lazily by the caller's open function and a
 * connection returned as broken is closed, so the next taker opens a fresh
 * one.  The pool knows nothing of PostgreSQL: the daemon gives it
 * hl_store_open/hl_store_close, tests give it fakes.
 *
 * The daemon gives its sender and its lease keeper connections of their own
 * (outside this pool), so intake can never starve them: database.pool_size
 * counts those two plus this pool.
 *
 * Ownership: the pool owns idle connections; a taken connection belongs to
 * the taker until hl_pool_put.  hl_pool_free closes the idle ones and must
 * only be called when every connection has been put back.
 */
#ifndef HL_POOL_H
#define HL_POOL_H

#include <stdatomic.h>
#include <stdbool.h>

#include "util.h"

struct hl_pool;

typedef void *(*hl_pool_open_fn)(void *ctx, struct hl_err *err);
typedef void (*hl_pool_close_fn)(void *conn);

struct hl_pool *hl_pool_new(int size, hl_pool_open_fn open, hl_pool_close_fn close, void *ctx);
void hl_pool_free(struct hl_pool **p);

/* Takes a connection, waiting while all `size` are in use (but returning
 * NULL with err set at once when *stopping becomes true, and when opening a
 * new connection fails). */
void *hl_pool_get(struct hl_pool *p, const atomic_bool *stopping, struct hl_err *err);
/* Gives it back; broken: close it (a database error may have left it in any
 * state). */
void hl_pool_put(struct hl_pool *p, void *conn, bool broken);
/* Wakes every waiter (they re-check *stopping). */
void hl_pool_wake(struct hl_pool *p);

/* Connections taken right now, and the most ever taken at once. */
int hl_pool_in_use(struct hl_pool *p);
int hl_pool_peak(struct hl_pool *p);

#endif
