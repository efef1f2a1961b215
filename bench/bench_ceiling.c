/*
 * bench_ceiling: the ceiling intake is measured against.  Fetches every
 * message of one mailbox with one UID FETCH and COPYs the raw bytes into
 * PostgreSQL in one binary COPY: no decoding, no classification, no move.
 * Prints messages/second and peak RSS.
 *
 *   bench_ceiling -c hotline.conf UNIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "config.h"
#include "mailbox.h"
#include "store.h"

int
main(int argc, char **argv)
{
    if (argc != 4 || strcmp(argv[1], "-c") != 0) {
        fprintf(stderr, "usage: bench_ceiling -c CONFIG UNIT\n");
        return 2;
    }
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_config *cfg = hl_config_load(argv[2], &diag);
    if (cfg == NULL) {
        hl_diag_print(&diag);
        return 78;
    }
    hl_diag_fini(&diag);
    const struct hl_unit_cfg *u = hl_config_unit(cfg, argv[3]);
    if (u == NULL || !u->has_mailbox) {
        fprintf(stderr, "bench_ceiling: no unit with a mailbox named \"%s\"\n", argv[3]);
        return 2;
    }
    struct hl_err err = {0};
    char *pw = hl_config_secret(&u->mailbox.password, &err);
    struct hl_store *s = pw ? hl_store_open(cfg, &err) : NULL;
    void *mb = s ? hl_imap_ops.open(&u->mailbox, pw, 60, &err) : NULL;
    free(pw);
    uint32_t uv, exists;
    uint32_t *uids = NULL;
    size_t n = 0, n_got = 0;
    struct hl_fetched *got = NULL;
    int64_t t0 = hl_now_mono_ms();
    if (mb == NULL || hl_imap_ops.select(mb, u->mailbox.inbox, &uv, &exists, &err) < 0 ||
        hl_imap_ops.list_uids(mb, &uids, &n, &err) < 0 ||
        hl_imap_ops.fetch(mb, uids, n, cfg->limits.mime.max_message_bytes, &got, &n_got, &err) <
            0) {
        fprintf(stderr, "bench_ceiling: %s\n", err.msg);
        return 1;
    }
    int64_t t1 = hl_now_mono_ms();
    if (hl_store_copy_raw(s, got, n_got, &err) < 0) {
        fprintf(stderr, "bench_ceiling: %s\n", err.msg);
        return 1;
    }
    int64_t t2 = hl_now_mono_ms();
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    double secs = (double)(t2 - t0) / 1000.0;
    printf("ceiling: %zu messages fetched in %.2f s and COPYed in %.2f s: %.0f messages/s, "
           "peak RSS %ld MiB\n",
           n_got, (double)(t1 - t0) / 1000.0, (double)(t2 - t1) / 1000.0,
           secs > 0 ? (double)n_got / secs : 0.0, ru.ru_maxrss / 1024);
    hl_fetched_free(got, n_got);
    free(uids);
    hl_imap_ops.close(mb);
    hl_store_close(&s);
    hl_config_free(&cfg);
    return 0;
}
