/*
 * hotlinectl case refuse | priority: the outcomes a clerk gives (refuse.h).
 *
 *   case refuse CODE --reason outside|anonymous|duplicate|not_feedback
 *               [--where TEXT] [--by NAME]
 *   case priority CODE urgent|normal|complex [--by NAME]
 *
 * Arguments are checked before the configuration is read.  Exit status: 0
 * done, 1 no such case, refused or database failure, 2 bad usage, 78 bad
 * configuration, rules or calendar.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "ctl.h"
#include "refuse.h"
#include "rules.h"
#include "sla.h"
#include "store.h"
#include "util.h"

#define usage_error(...) hl_ctl_usage("case", "see hotlinectl case --help", __VA_ARGS__)

int hl_ctl_case_refuse(int argc, char **argv, const char *conf);
int hl_ctl_case_priority(int argc, char **argv, const char *conf);

int
hl_ctl_case_refuse(int argc, char **argv, const char *conf)
{
    /* values: --reason, --where, --by */
    const char *values[3] = {0};
    const struct hl_ctl_opt opts[] = {{.name = "--reason", .value = &values[0]},
                                      {.name = "--where", .value = &values[1]},
                                      {.name = "--by", .value = &values[2]},
                                      {.name = NULL}};
    const char *code = NULL;
    int n_pos = 0;
    int rc = hl_ctl_options("case refuse", argc - 1, argv + 1, opts, &code, 1, &n_pos);
    if (rc != 0)
        return rc;
    if (n_pos != 1)
        return usage_error("case refuse needs a case code");
    if (values[0] == NULL || !hl_refuse_reason_valid(values[0]))
        return usage_error("case refuse: --reason must be outside, anonymous, duplicate or "
                           "not_feedback");
    struct hl_config *cfg;
    struct hl_store *s;
    rc = hl_ctl_open(conf, "case", &cfg, &s);
    if (rc != 0)
        return rc;
    struct hl_err err = {0};
    int64_t outbox_id = 0;
    const char *why = NULL;
    rc = 0;
    if (hl_case_refuse(s, code, values[0], values[1], hl_ctl_actor(values[2]), &outbox_id, &why,
                       &err) < 0) {
        fprintf(stderr, "hotlinectl case: %s\n", err.msg);
        rc = 1;
    } else if (outbox_id) {
        printf("%s refused (%s); the citizen is told by mail (outbox %lld)\n", code, values[0],
               (long long)outbox_id);
    } else {
        printf("%s refused (%s); not told by mail: %s\n", code, values[0], why ? why : "-");
    }
    hl_ctl_close(&cfg, &s);
    return rc;
}

int
hl_ctl_case_priority(int argc, char **argv, const char *conf)
{
    const char *values[1] = {0}; /* --by */
    const struct hl_ctl_opt opts[] = {{.name = "--by", .value = &values[0]}, {.name = NULL}};
    const char *pos[2] = {0};
    int n_pos = 0;
    int rc = hl_ctl_options("case priority", argc - 1, argv + 1, opts, pos, 2, &n_pos);
    if (rc != 0)
        return rc;
    if (n_pos != 2)
        return usage_error("case priority needs a case code and a priority");
    if (!hl_urgency_valid(pos[1]))
        return usage_error("case priority: urgent, normal or complex, not \"%s\"", pos[1]);
    struct hl_config *cfg;
    struct hl_store *s;
    rc = hl_ctl_open(conf, "case", &cfg, &s);
    if (rc != 0)
        return rc;
    struct hl_rules *rules = hl_ctl_load_rules(cfg);
    struct hl_sla_calendar *cal = NULL;
    rc = EX_CONFIG;
    if (rules == NULL)
        goto out;
    struct hl_diag diag;
    hl_diag_init(&diag);
    cal = hl_sla_calendar_load(cfg->calendar, &diag);
    hl_diag_print(&diag);
    hl_diag_fini(&diag);
    if (cal == NULL)
        goto out;
    struct hl_err err = {0};
    int64_t due = 0;
    rc = 0;
    char when[32];
    if (hl_case_priority(s, cfg, rules, cal, pos[0], pos[1], hl_ctl_actor(values[0]), &due, &err) <
        0) {
        fprintf(stderr, "hotlinectl case: %s\n", err.msg);
        rc = 1;
    } else {
        printf("%s is %s; due %s\n", pos[0], pos[1],
               due ? hl_ctl_local_time(due, when, sizeof when) : "(none)");
    }
out:
    hl_sla_calendar_free(&cal);
    hl_rules_free(&rules);
    hl_ctl_close(&cfg, &s);
    return rc;
}
