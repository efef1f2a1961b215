/*
 * imap_probe: drives the real mailbox seam (hl_imap_ops) against a server so
 * that people and integration tests can exercise it end to end.
 *
 *   imap_probe HOST PORT implicit|starttls|plain USER PASSFILE CAFILE|- [--pin HEX]
 *              [--timeout S] [cmd...]
 *
 * Commands run in order over one session (default: select INBOX list):
 *   select FOLDER     prints "selected FOLDER uidvalidity=N exists=N"
 *   list              prints "uids N: u1 u2 ..." and remembers them
 *   fetch [MAX]       fetches the remembered UIDs in one call; per message
 *                     "uid=U len=L full=F truncated=0|1 sha256=HEX"
 *   move FOLDER       moves the remembered UIDs
 *   ensure FOLDER     creates FOLDER when missing
 *   idle MS           prints "idle=1|0" (1: new mail announced)
 *   take N            keeps only the first N remembered UIDs
 *   caps              prints "idle=yes|no"
 * Exit status: 0 ok, 2 permanent error, 3 temporary, 4 other error, 64 usage.
 * Errors go to stdout as "error KIND: MESSAGE" so tests can match them.
 */
#include "mailbox.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
usage(void)
{
    fprintf(stderr, "usage: imap_probe HOST PORT implicit|starttls|plain USER PASSFILE CAFILE|- "
                    "[--pin HEX] [--timeout S] [cmd...]\n");
    exit(64);
}

static int
report(const struct hl_err *err)
{
    printf("error %s: %s\n", hl_err_kind_name(err->kind), err->msg);
    fflush(stdout);
    switch (err->kind) {
    case HL_ERR_PERM:
        return 2;
    case HL_ERR_TEMP:
        return 3;
    default:
        return 4;
    }
}

int
main(int argc, char **argv)
{
    if (argc < 7)
        usage();
    signal(SIGPIPE, SIG_IGN);

    struct hl_mailbox_cfg cfg = {0};
    cfg.host = argv[1];
    cfg.port = (int)strtol(argv[2], NULL, 10);
    if (strcmp(argv[3], "implicit") == 0)
        cfg.tls = HL_TLS_IMPLICIT;
    else if (strcmp(argv[3], "starttls") == 0)
        cfg.tls = HL_TLS_STARTTLS;
    else if (strcmp(argv[3], "plain") == 0) {
        cfg.tls = HL_TLS_PLAIN;
        cfg.allow_plain = true;
    } else
        usage();
    cfg.user = argv[4];
    cfg.trust.ca_file = strcmp(argv[6], "-") == 0 ? NULL : argv[6];
    int timeout_s = 10;
    int i = 7;
    for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
        if (strcmp(argv[i], "--pin") == 0 && i + 1 < argc)
            cfg.trust.pin_sha256 = argv[++i];
        else if (strcmp(argv[i], "--timeout") == 0 && i + 1 < argc)
            timeout_s = (int)strtol(argv[++i], NULL, 10);
        else
            usage();
    }

    struct hl_err err = {0};
    char *password = hl_read_secret(argv[5], &err);
    if (password == NULL)
        return report(&err);

    int64_t t0 = hl_now_mono_ms();
    void *mb = hl_imap_ops.open(&cfg, password, timeout_s, &err);
    explicit_bzero(password, strlen(password));
    free(password);
    if (mb == NULL) {
        fprintf(stderr, "open failed after %lld ms\n", (long long)(hl_now_mono_ms() - t0));
        return report(&err);
    }
    printf("logged in\n");

    static char *defaults[] = {"select", "INBOX", "list"};
    char **cmd = i < argc ? argv + i : defaults;
    int ncmd = i < argc ? argc - i : (int)HL_NELEM(defaults);
    uint32_t *uids = NULL;
    size_t n_uids = 0;
    int rc = 0;

    for (int c = 0; c < ncmd && rc == 0; c++) {
        const char *op = cmd[c];
        const char *arg = c + 1 < ncmd ? cmd[c + 1] : NULL;
        if (strcmp(op, "select") == 0 && arg) {
            uint32_t uidvalidity, exists;
            if (hl_imap_ops.select(mb, arg, &uidvalidity, &exists, &err) < 0)
                rc = report(&err);
            else
                printf("selected %s uidvalidity=%u exists=%u\n", arg, uidvalidity, exists);
            c++;
        } else if (strcmp(op, "list") == 0) {
            free(uids);
            uids = NULL;
            if (hl_imap_ops.list_uids(mb, &uids, &n_uids, &err) < 0) {
                rc = report(&err);
                break;
            }
            printf("uids %zu:", n_uids);
            for (size_t k = 0; k < n_uids; k++)
                printf(" %u", uids[k]);
            printf("\n");
        } else if (strcmp(op, "fetch") == 0) {
            size_t max_bytes = 25u << 20;
            if (arg && arg[0] >= '0' && arg[0] <= '9') {
                max_bytes = (size_t)strtoull(arg, NULL, 10);
                c++;
            }
            struct hl_fetched *msgs = NULL;
            size_t n = 0;
            int64_t t = hl_now_mono_ms();
            if (hl_imap_ops.fetch(mb, uids, n_uids, max_bytes, &msgs, &n, &err) < 0) {
                rc = report(&err);
                break;
            }
            fprintf(stderr, "fetched %zu of %zu in %lld ms\n", n, n_uids,
                    (long long)(hl_now_mono_ms() - t));
            for (size_t k = 0; k < n; k++) {
                char hex[65];
                hl_sha256_hex(msgs[k].data, msgs[k].len, hex);
                printf("uid=%u len=%zu full=%zu truncated=%d sha256=%s\n", msgs[k].uid, msgs[k].len,
                       msgs[k].full_size, msgs[k].truncated ? 1 : 0, hex);
            }
            printf("fetched %zu\n", n);
            hl_fetched_free(msgs, n);
        } else if (strcmp(op, "move") == 0 && arg) {
            if (hl_imap_ops.move(mb, uids, n_uids, arg, &err) < 0)
                rc = report(&err);
            else
                printf("moved %zu to %s\n", n_uids, arg);
            c++;
        } else if (strcmp(op, "ensure") == 0 && arg) {
            if (hl_imap_ops.ensure_folder(mb, arg, &err) < 0)
                rc = report(&err);
            else
                printf("ensured %s\n", arg);
            c++;
        } else if (strcmp(op, "idle") == 0 && arg) {
            int64_t t = hl_now_mono_ms();
            int r = hl_imap_ops.idle(mb, (int)strtol(arg, NULL, 10), &err);
            if (r < 0)
                rc = report(&err);
            else
                printf("idle=%d after %lld ms\n", r, (long long)(hl_now_mono_ms() - t));
            c++;
        } else if (strcmp(op, "take") == 0 && arg) {
            size_t keep = (size_t)strtoull(arg, NULL, 10);
            if (keep < n_uids)
                n_uids = keep;
            printf("took %zu\n", n_uids);
            c++;
        } else if (strcmp(op, "caps") == 0) {
            printf("idle=%s\n", hl_imap_ops.has_idle(mb) ? "yes" : "no");
        } else {
            fprintf(stderr, "imap_probe: unknown command %s\n", op);
            rc = 64;
        }
        fflush(stdout);
    }
    free(uids);
    hl_imap_ops.close(mb);
    return rc;
}
