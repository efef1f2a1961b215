/*
 * hotlinectl outbox: what the sender has done and will do, and a manual retry.
 *
 *   outbox [list] [--status pending|sending|sent|failed|cancelled] [--limit N]
 *   outbox retry ID
 *
 * Exit status: 0 fine, 1 database failure or no such retryable row, 2 bad
 * usage (one line on stderr).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctl.h"
#include "ctl_print.h"
#include "jsondoc.h"
#include "outbox.h"
#include "store.h"
#include "util.h"

#define usage_error(...)                                                                           \
    hl_ctl_usage("outbox",                                                                         \
                 "usage: outbox [list] [--status STATUS] [--limit N] [--json] | outbox retry ID",  \
                 __VA_ARGS__)

int hl_ctl_outbox(int argc, char **argv, struct hl_store *s);

static bool
parse_i64(const char *s, long long min, long long max, long long *out)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (errno || end == s || *end || v < min || v > max)
        return false;
    *out = v;
    return true;
}

static int
cmd_list(int argc, char **argv, struct hl_store *s)
{
    static const char *const statuses[] = {"pending", "sending", "sent", "failed", "cancelled"};
    const char *status = NULL;
    long long limit = 50;
    bool json = false;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0) {
            json = true;
        } else if (strcmp(argv[i], "--status") == 0 && i + 1 < argc) {
            status = argv[++i];
            bool ok = false;
            for (size_t k = 0; k < HL_NELEM(statuses); k++)
                ok |= strcmp(status, statuses[k]) == 0;
            if (!ok)
                return usage_error("unknown status \"%s\"", status);
        } else if (strcmp(argv[i], "--limit") == 0 && i + 1 < argc) {
            if (!parse_i64(argv[++i], 1, 100000, &limit))
                return usage_error("--limit wants a number from 1 to 100000, not \"%s\"", argv[i]);
        } else {
            return usage_error("unexpected argument \"%s\"", argv[i]);
        }
    }
    struct hl_err err = {0};
    if (json) {
        char *doc = NULL;
        int rc = hl_jsondoc_outbox(s, status, (int)limit, &doc, &err);
        if (rc == 0)
            printf("%s\n", doc);
        free(doc);
        if (rc == 0)
            return 0;
        fprintf(stderr, "hotlinectl outbox: %s\n", err.msg);
        return 1;
    }
    struct hl_table *t = NULL;
    if (hl_outbox_list(s, status, (int)limit, &t, &err) < 0) {
        fprintf(stderr, "hotlinectl outbox: %s\n", err.msg);
        return 1;
    }
    hl_ctl_print_outbox(stdout, t);
    hl_table_free(&t);
    return 0;
}

static int
cmd_retry(int argc, char **argv, struct hl_store *s)
{
    long long id;
    if (argc != 1)
        return usage_error("retry wants exactly one outbox id");
    if (!parse_i64(argv[0], 1, INT64_MAX, &id))
        return usage_error("\"%s\" is not an outbox id", argv[0]);
    const char *user = getenv("SUDO_USER");
    if (user == NULL)
        user = getenv("USER");
    char actor[128];
    snprintf(actor, sizeof actor, "hotlinectl:%s", user ? user : "unknown");
    struct hl_err err = {0};
    bool found = false;
    if (hl_outbox_retry(s, id, actor, &found, &err) < 0) {
        fprintf(stderr, "hotlinectl outbox: %s\n", err.msg);
        return 1;
    }
    if (!found) {
        fprintf(stderr, "hotlinectl outbox: no failed or pending outbox row %lld\n", id);
        return 1;
    }
    printf("outbox row %lld will be sent at the next pass\n", id);
    return 0;
}

int
hl_ctl_outbox(int argc, char **argv, struct hl_store *s)
{
    if (argc >= 2 && strcmp(argv[1], "retry") == 0)
        return cmd_retry(argc - 2, argv + 2, s);
    if (argc >= 2 && strcmp(argv[1], "list") == 0)
        return cmd_list(argc - 2, argv + 2, s);
    return cmd_list(argc - 1, argv + 1, s);
}
