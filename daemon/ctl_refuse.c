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

static const char *
actor(const char *by)
{
    if (by)
        return by;
    const char *names[] = {getenv("SUDO_USER"), getenv("USER")};
    for (size_t i = 0; i < HL_NELEM(names); i++)
        if (names[i] && *names[i])
            return names[i];
    return "hotlinectl";
}

/* "dd/mm/yyyy HH:MM" in Viet Nam. */
static const char *
local_time(int64_t at, char *buf, size_t size)
{
    char date[16];
    hl_sla_format_date(hl_sla_local_date(at), date, sizeof date);
    int64_t minute = ((at + HL_SLA_UTC_OFFSET_S) % 86400 + 86400) % 86400 / 60;
    snprintf(buf, size, "%s %02d:%02d", date, (int)(minute / 60), (int)(minute % 60));
    return buf;
}

/* CODE, then the options given by name; any other word is a positional
 * argument (at most n_pos).  Returns 0 or EX_USAGE. */
static int
parse(const char *cmd, int argc, char **argv, const char **pos, int n_pos, const char *const *names,
      const char **values)
{
    int have = 0;
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        if (strncmp(o, "--", 2) != 0) {
            if (have == n_pos)
                return usage_error("case %s: unexpected \"%s\"", cmd, o);
            pos[have++] = o;
            continue;
        }
        size_t k = 0;
        while (names[k] && strcmp(names[k], o) != 0)
            k++;
        if (names[k] == NULL)
            return usage_error("case %s: unknown option \"%s\"", cmd, o);
        if (i + 1 >= argc || *argv[i + 1] == '\0')
            return usage_error("case %s: %s needs a value", cmd, o);
        values[k] = argv[++i];
    }
    if (have != n_pos)
        return usage_error("case %s needs %s", cmd,
                           n_pos == 1 ? "a case code" : "a case code and a priority");
    return 0;
}

int
hl_ctl_case_refuse(int argc, char **argv, const char *conf)
{
    static const char *const names[] = {"--reason", "--where", "--by", NULL};
    const char *values[3] = {0};
    const char *code = NULL;
    int rc = parse("refuse", argc, argv, &code, 1, names, values);
    if (rc != 0)
        return rc;
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
    if (hl_case_refuse(s, code, values[0], values[1], actor(values[2]), &outbox_id, &why, &err) <
        0) {
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
    static const char *const names[] = {"--by", NULL};
    const char *values[1] = {0};
    const char *pos[2] = {0};
    int rc = parse("priority", argc, argv, pos, 2, names, values);
    if (rc != 0)
        return rc;
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
    if (hl_case_priority(s, cfg, rules, cal, pos[0], pos[1], actor(values[0]), &due, &err) < 0) {
        fprintf(stderr, "hotlinectl case: %s\n", err.msg);
        rc = 1;
    } else {
        printf("%s is %s; due %s\n", pos[0], pos[1],
               due ? local_time(due, when, sizeof when) : "(none)");
    }
out:
    hl_sla_calendar_free(&cal);
    hl_rules_free(&rules);
    hl_ctl_close(&cfg, &s);
    return rc;
}
