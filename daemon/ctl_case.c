/*
 * hotlinectl case: the cases, and what clerks and administrators do to them.
 *
 *   case new ...   (ctl_register.c)
 *   case refuse | priority ...   (ctl_refuse.c)
 *   case list [--unit U] [--status S] [--category C] [--channel CH] [--flagged] [--limit N]
 *             [--json]
 *   case show CODE [--json]
 *   case assign CODE WHO [--by NAME]
 *   case transfer CODE UNIT [--reason TEXT] [--by NAME]
 *   case resolve CODE [--note TEXT] [--by NAME]
 *   case reopen CODE [--days N] [--reason TEXT] [--by NAME]
 *   case extend CODE [--reason TEXT] [--by NAME]
 *   case link CODE OTHER [--by NAME]
 *   case merge CODE --into OTHER [--by NAME]
 *
 * The actor recorded in the case's events is --by, else $SUDO_USER, else
 * $USER, else "hotlinectl".  Arguments are checked before the configuration
 * is read or the database reached, so a usage error is always exit 2.
 *
 * Exit status: 0 done, 1 no such case, action refused or database failure
 * (one line on stderr), 2 bad usage (one line on stderr), 78 bad
 * configuration or calendar.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cases.h"
#include "config.h"
#include "ctl.h"
#include "ctl_print.h"
#include "dedup.h"
#include "jsondoc.h"
#include "sla.h"
#include "store.h"
#include "util.h"

#define usage_error(...) hl_ctl_usage("case", "see hotlinectl case --help", __VA_ARGS__)

int hl_ctl_case(int argc, char **argv, const char *conf);
int hl_ctl_case_new(int argc, char **argv, const char *conf);
int hl_ctl_case_refuse(int argc, char **argv, const char *conf);
int hl_ctl_case_priority(int argc, char **argv, const char *conf);

static const char usage_text[] =
    "usage: hotlinectl [-c FILE] case COMMAND ...\n"
    "  case new --channel phone|box|counter|email --unit U [--name N] [--phone P] [--email E]\n"
    "           [--address A] --subject S --text T|--text-file F [--attach FILE]...\n"
    "           [--received TIME] [--priority urgent|normal|complex] [--by NAME]\n"
    "  case list [--unit U] [--status S] [--category C] [--channel CH] [--flagged] [--limit N]\n"
    "            [--json]\n"
    "  case show CODE [--json]\n"
    "  case assign CODE WHO [--by NAME]\n"
    "  case transfer CODE UNIT [--reason TEXT] [--by NAME]\n"
    "  case resolve CODE [--note TEXT] [--by NAME]\n"
    "  case reopen CODE [--days N] [--reason TEXT] [--by NAME]\n"
    "  case extend CODE [--reason TEXT] [--by NAME]\n"
    "  case link CODE OTHER [--by NAME]\n"
    "  case merge CODE --into OTHER [--by NAME]\n"
    "  case refuse CODE --reason outside|anonymous|duplicate|not_feedback [--where TEXT]\n"
    "              [--by NAME]\n"
    "  case priority CODE urgent|normal|complex [--by NAME]\n";

static bool
parse_int(const char *s, long min, long max, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < min || v > max)
        return false;
    *out = (int)v;
    return true;
}

/* What one command line said. */
struct case_args {
    const char *cmd;
    const char *pos[2]; /* CODE, then WHO or UNIT */
    int n_pos;
    const char *by;
    const char *text; /* --reason or --note */
    int days;         /* reopen --days; 0 = keep the deadline */
    bool json;        /* list, show: --json */
    const char *into; /* merge --into */
    /* case list */
    struct hl_case_filter filter;
};

/* Options each command takes (besides list's own). */
static bool
takes(const char *cmd, const char *opt)
{
    if (strcmp(opt, "--by") == 0)
        return strcmp(cmd, "show") != 0;
    if (strcmp(opt, "--reason") == 0)
        return strcmp(cmd, "transfer") == 0 || strcmp(cmd, "reopen") == 0 ||
               strcmp(cmd, "extend") == 0;
    if (strcmp(opt, "--note") == 0)
        return strcmp(cmd, "resolve") == 0;
    if (strcmp(opt, "--days") == 0)
        return strcmp(cmd, "reopen") == 0;
    if (strcmp(opt, "--into") == 0)
        return strcmp(cmd, "merge") == 0;
    return false;
}

static int
parse_list(int argc, char **argv, struct case_args *a)
{
    a->filter.limit = 100;
    for (int i = 0; i < argc; i++) {
        const char *o = argv[i];
        bool has_val = i + 1 < argc;
        if (strcmp(o, "--flagged") == 0)
            a->filter.flagged_only = true;
        else if (strcmp(o, "--json") == 0)
            a->json = true;
        else if (strcmp(o, "--unit") == 0 && has_val)
            a->filter.unit = argv[++i];
        else if (strcmp(o, "--status") == 0 && has_val)
            a->filter.status = argv[++i];
        else if (strcmp(o, "--category") == 0 && has_val)
            a->filter.category = argv[++i];
        else if (strcmp(o, "--channel") == 0 && has_val)
            a->filter.channel = argv[++i];
        else if (strcmp(o, "--limit") == 0 && has_val) {
            if (!parse_int(argv[++i], 1, 1000000, &a->filter.limit))
                return usage_error("--limit needs a number from 1 to 1000000, not \"%s\"", argv[i]);
        } else
            return usage_error("case list: unknown or incomplete option \"%s\"", o);
    }
    return 0;
}

static int
parse_args(int argc, char **argv, struct case_args *a)
{
    static const struct {
        const char *cmd;
        int n_pos;
        const char *what;
    } cmds[] = {
        {"show", 1, "one case code"},
        {"assign", 2, "a case code and who handles it"},
        {"transfer", 2, "a case code and a unit"},
        {"resolve", 1, "one case code"},
        {"reopen", 1, "one case code"},
        {"extend", 1, "one case code"},
        {"link", 2, "two case codes"},
        {"merge", 1, "one case code (and --into the case it duplicates)"},
    };
    memset(a, 0, sizeof *a);
    if (argc < 1)
        return usage_error(
            "case needs a command: list, show, assign, transfer, resolve, reopen, extend, link "
            "or merge");
    a->cmd = argv[0];
    if (strcmp(a->cmd, "list") == 0)
        return parse_list(argc - 1, argv + 1, a);
    int want = -1;
    const char *what = NULL;
    for (size_t k = 0; k < HL_NELEM(cmds); k++)
        if (strcmp(a->cmd, cmds[k].cmd) == 0) {
            want = cmds[k].n_pos;
            what = cmds[k].what;
        }
    if (want < 0)
        return usage_error("unknown case command \"%s\"", a->cmd);
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        if (strcmp(o, "--json") == 0 && strcmp(a->cmd, "show") == 0) {
            a->json = true;
            continue;
        }
        if (strncmp(o, "--", 2) != 0) {
            if (a->n_pos == want)
                return usage_error("case %s needs %s, not also \"%s\"", a->cmd, what, o);
            a->pos[a->n_pos++] = o;
            continue;
        }
        if (!takes(a->cmd, o))
            return usage_error("case %s: unknown option \"%s\"", a->cmd, o);
        if (i + 1 >= argc)
            return usage_error("case %s: %s needs a value", a->cmd, o);
        const char *v = argv[++i];
        if (strcmp(o, "--by") == 0) {
            if (*v == '\0')
                return usage_error("case %s: --by needs a name", a->cmd);
            a->by = v;
        } else if (strcmp(o, "--days") == 0) {
            if (!parse_int(v, 1, HL_CASE_MAX_DAYS, &a->days))
                return usage_error("--days needs a number of working days from 1 to %d, not "
                                   "\"%s\"",
                                   HL_CASE_MAX_DAYS, v);
        } else if (strcmp(o, "--into") == 0) {
            if (*v == '\0')
                return usage_error("case merge: --into needs a case code");
            a->into = v;
        } else {
            a->text = *v ? v : NULL; /* --reason or --note; empty is none */
        }
    }
    if (a->n_pos != want)
        return usage_error("case %s needs %s", a->cmd, what);
    if (strcmp(a->cmd, "merge") == 0 && a->into == NULL)
        return usage_error("case merge needs --into the case it duplicates");
    for (int i = 0; i < a->n_pos; i++)
        if (*a->pos[i] == '\0')
            return usage_error("case %s: empty argument", a->cmd);
    return 0;
}

static int
run(const struct case_args *a, struct hl_store *s, const struct hl_config *cfg)
{
    struct hl_err err = {0};
    struct hl_case_outcome o;
    const char *code = a->pos[0];
    const char *who = hl_ctl_actor(a->by);
    int rc = -1;
    if (strcmp(a->cmd, "list") == 0 && a->json) {
        char *json = NULL;
        rc = hl_jsondoc_cases(s, &a->filter, &json, &err);
        if (rc == 0)
            printf("%s\n", json);
        free(json);
    } else if (strcmp(a->cmd, "list") == 0) {
        struct hl_table *t = NULL;
        rc = hl_store_list_cases(s, &a->filter, &t, &err);
        if (rc == 0)
            hl_ctl_print_cases(stdout, t);
        hl_table_free(&t);
    } else if (strcmp(a->cmd, "show") == 0 && a->json) {
        char *json = NULL;
        rc = hl_jsondoc_case(s, code, &json, &err);
        if (rc == 1)
            rc = hl_err_set(&err, HL_ERR_INPUT, "no case %s", code);
        else if (rc == 0)
            printf("%s\n", json);
        free(json);
    } else if (strcmp(a->cmd, "show") == 0) {
        struct hl_case_report r;
        rc = hl_case_report_read(s, code, &r, &err);
        if (rc == 0)
            hl_ctl_print_case(stdout, &r);
        hl_case_report_fini(&r);
    } else if (strcmp(a->cmd, "assign") == 0) {
        rc = hl_case_assign(s, code, a->pos[1], who, &o, &err);
        if (rc == 0 && *o.previous)
            printf("%s assigned to %s (was %s)\n", code, a->pos[1], o.previous);
        else if (rc == 0)
            printf("%s assigned to %s\n", code, a->pos[1]);
    } else if (strcmp(a->cmd, "transfer") == 0) {
        rc = hl_case_transfer(s, code, a->pos[1], a->text, who, &o, &err);
        if (rc == 0) {
            printf("%s transferred from %s to %s%s; notice queued (outbox %lld)", code, o.previous,
                   a->pos[1], o.late ? " after the transfer deadline" : "", (long long)o.notice_id);
            if (o.forward_id)
                printf(", original forwarded (outbox %lld)\n", (long long)o.forward_id);
            else
                printf(", not forwarded: %s has no clerks\n", a->pos[1]);
        }
    } else if (strcmp(a->cmd, "extend") == 0) {
        rc = hl_case_extend(s, cfg, code, a->text, who, &o, &err);
        char due[32];
        if (rc == 0)
            printf("%s extended; due %s\n", code, hl_ctl_local_time(o.due_at, due, sizeof due));
    } else if (strcmp(a->cmd, "link") == 0) {
        bool already;
        rc = hl_dedup_link(s, code, a->pos[1], who, &already, &err);
        if (rc == 0)
            printf("%s and %s %s\n", code, a->pos[1], already ? "were already linked" : "linked");
    } else if (strcmp(a->cmd, "merge") == 0) {
        rc = hl_dedup_merge(s, code, a->into, who, &err);
        if (rc == 0)
            printf("%s merged into %s (closed as its duplicate; its code now leads to %s)\n", code,
                   a->into, a->into);
    } else if (strcmp(a->cmd, "resolve") == 0) {
        rc = hl_case_resolve(s, code, a->text, who, &o, &err);
        if (rc == 0)
            printf("%s resolved\n", code);
    } else {
        struct hl_sla_calendar *cal = NULL;
        if (a->days > 0) {
            struct hl_diag diag;
            hl_diag_init(&diag);
            cal = hl_sla_calendar_load(cfg->calendar, &diag);
            hl_diag_print(&diag);
            hl_diag_fini(&diag);
            if (cal == NULL)
                return EX_CONFIG;
        }
        rc = hl_case_reopen(s, code, a->days, cal, (int64_t)time(NULL), a->text, who, &o, &err);
        hl_sla_calendar_free(&cal);
        char due[32];
        if (rc == 0)
            printf("%s reopened%s%s\n", code, o.due_at ? "; due " : "",
                   o.due_at ? hl_ctl_local_time(o.due_at, due, sizeof due) : "");
    }
    if (rc < 0) {
        fprintf(stderr, "hotlinectl case: %s\n", err.msg);
        return 1;
    }
    return 0;
}

int
hl_ctl_case(int argc, char **argv, const char *conf)
{
    struct case_args a;
    if (argc >= 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
        fputs(usage_text, stdout);
        return 0;
    }
    if (argc >= 2 && strcmp(argv[1], "new") == 0)
        return hl_ctl_case_new(argc - 1, argv + 1, conf); /* ctl_register.c */
    if (argc >= 2 && strcmp(argv[1], "refuse") == 0)
        return hl_ctl_case_refuse(argc - 1, argv + 1, conf); /* ctl_refuse.c */
    if (argc >= 2 && strcmp(argv[1], "priority") == 0)
        return hl_ctl_case_priority(argc - 1, argv + 1, conf);
    int rc = parse_args(argc - 1, argv + 1, &a);
    if (rc != 0)
        return rc;
    struct hl_config *cfg;
    struct hl_store *s;
    rc = hl_ctl_open(conf, "case", &cfg, &s);
    if (rc != 0)
        return rc;
    rc = run(&a, s, cfg);
    hl_ctl_close(&cfg, &s);
    return rc;
}
