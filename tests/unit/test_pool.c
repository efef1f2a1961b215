/* The connection pool (pool.h) and the fair share of leases (lease.h): at
 * most `size` connections exist however many threads want one, a broken
 * connection is replaced, a failed open frees its slot, a stop wakes
 * waiters; shares cover every mailbox. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "fake_conn.h"
#include "lease.h"
#include "pool.h"

static struct fake_conns conns;

static struct hl_pool *pool;
static atomic_bool stop_flag;

static void *
hammer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        struct hl_err err = {0};
        void *c = hl_pool_get(pool, &stop_flag, &err);
        if (c == NULL)
            continue;
        usleep(50);
        hl_pool_put(pool, c, i % 17 == 0); /* now and then a broken one */
    }
    return NULL;
}

static void *
waiter(void *arg)
{
    struct hl_err err = {0};
    *(void **)arg = hl_pool_get(pool, &stop_flag, &err);
    return NULL;
}

int
main(void)
{
    /* 16 threads, 3 connections: never more than 3 open or taken. */
    pool = hl_pool_new(3, fake_conn_open, fake_conn_close, &conns);
    pthread_t th[16];
    for (int i = 0; i < 16; i++)
        pthread_create(&th[i], NULL, hammer, NULL);
    for (int i = 0; i < 16; i++)
        pthread_join(th[i], NULL);
    CHECK(atomic_load(&conns.peak_open) <= 3);
    CHECK(hl_pool_peak(pool) == 3);
    CHECK(hl_pool_in_use(pool) == 0);
    CHECK(atomic_load(&conns.opened) > 3); /* broken ones were replaced */

    /* A failed open gives its slot back. */
    struct hl_err err = {0};
    void *a = hl_pool_get(pool, &stop_flag, &err);
    void *b = hl_pool_get(pool, &stop_flag, &err);
    void *c = hl_pool_get(pool, &stop_flag, &err);
    CHECK(a && b && c && hl_pool_in_use(pool) == 3);
    hl_pool_put(pool, c, true);
    atomic_store(&conns.fail_next, 1);
    CHECK(hl_pool_get(pool, &stop_flag, &err) == NULL && strstr(err.msg, "refused"));
    CHECK(hl_pool_in_use(pool) == 2);
    c = hl_pool_get(pool, &stop_flag, &err);
    CHECK(c != NULL);

    /* All taken: a waiter waits, and a stop wakes it empty-handed. */
    void *got = (void *)1;
    pthread_t w;
    pthread_create(&w, NULL, waiter, &got);
    usleep(20000);
    CHECK(got == (void *)1);
    atomic_store(&stop_flag, true);
    hl_pool_wake(pool);
    pthread_join(w, NULL);
    CHECK(got == NULL);
    hl_pool_put(pool, a, false);
    hl_pool_put(pool, b, false);
    hl_pool_put(pool, c, false);
    hl_pool_free(&pool);
    CHECK(pool == NULL && atomic_load(&conns.open_now) == 0);

    /* Fair shares cover every mailbox and differ by at most one. */
    CHECK(hl_lease_share(300, 1) == 300);
    CHECK(hl_lease_share(300, 2) == 150);
    CHECK(hl_lease_share(3000, 3) == 1000);
    CHECK(hl_lease_share(10, 3) == 4);
    CHECK(hl_lease_share(2, 5) == 1);
    CHECK(hl_lease_share(0, 2) == 0);
    CHECK(hl_lease_share(7, 0) == 7); /* no one counted alive: take all */
    return check_report();
}
