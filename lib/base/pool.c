/* pool: a fixed number of connections shared by threads (pool.h). */
#include <pthread.h>
#include <stdlib.h>

#include "pool.h"

struct hl_pool {
    pthread_mutex_t lock;
    pthread_cond_t freed;
    int size;
    int in_use; /* taken, including those being opened */
    int peak;
    void **idle; /* open and free: at most size */
    int n_idle;
    hl_pool_open_fn open;
    hl_pool_close_fn close;
    void *ctx;
};

struct hl_pool *
hl_pool_new(int size, hl_pool_open_fn open, hl_pool_close_fn close, void *ctx)
{
    struct hl_pool *p = hl_xcalloc(1, sizeof *p);
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->freed, NULL);
    p->size = size < 1 ? 1 : size;
    p->idle = hl_xcalloc((size_t)p->size, sizeof *p->idle);
    p->open = open;
    p->close = close;
    p->ctx = ctx;
    return p;
}

void
hl_pool_free(struct hl_pool **pp)
{
    struct hl_pool *p = *pp;
    if (p == NULL)
        return;
    for (int i = 0; i < p->n_idle; i++)
        p->close(p->idle[i]);
    free(p->idle);
    pthread_cond_destroy(&p->freed);
    pthread_mutex_destroy(&p->lock);
    free(p);
    *pp = NULL;
}

void *
hl_pool_get(struct hl_pool *p, const atomic_bool *stopping, struct hl_err *err)
{
    pthread_mutex_lock(&p->lock);
    while (p->in_use >= p->size && !(stopping && atomic_load(stopping)))
        pthread_cond_wait(&p->freed, &p->lock);
    if (stopping && atomic_load(stopping)) {
        pthread_mutex_unlock(&p->lock);
        hl_err_set(err, HL_ERR_TEMP, "stopping");
        return NULL;
    }
    p->in_use++;
    if (p->in_use > p->peak)
        p->peak = p->in_use;
    void *conn = p->n_idle > 0 ? p->idle[--p->n_idle] : NULL;
    pthread_mutex_unlock(&p->lock);
    if (conn)
        return conn;
    /* Opened outside the lock: a slow server must not hold up the others
     * taking or giving back connections.  The slot is already counted. */
    conn = p->open(p->ctx, err);
    if (conn == NULL) {
        pthread_mutex_lock(&p->lock);
        p->in_use--;
        pthread_cond_signal(&p->freed);
        pthread_mutex_unlock(&p->lock);
    }
    return conn;
}

void
hl_pool_put(struct hl_pool *p, void *conn, bool broken)
{
    if (conn && broken) {
        p->close(conn);
        conn = NULL;
    }
    pthread_mutex_lock(&p->lock);
    if (conn)
        p->idle[p->n_idle++] = conn;
    p->in_use--;
    pthread_cond_signal(&p->freed);
    pthread_mutex_unlock(&p->lock);
}

void
hl_pool_wake(struct hl_pool *p)
{
    pthread_mutex_lock(&p->lock);
    pthread_cond_broadcast(&p->freed);
    pthread_mutex_unlock(&p->lock);
}

int
hl_pool_in_use(struct hl_pool *p)
{
    pthread_mutex_lock(&p->lock);
    int n = p->in_use;
    pthread_mutex_unlock(&p->lock);
    return n;
}

int
hl_pool_peak(struct hl_pool *p)
{
    pthread_mutex_lock(&p->lock);
    int n = p->peak;
    pthread_mutex_unlock(&p->lock);
    return n;
}
