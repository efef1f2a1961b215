/*
 * hotlinectl unit: the city's units, data in PostgreSQL (units.h).
 *
 *   unit list [--all] [--json]
 *   unit show U [--json]
 *   unit add CODE --name NAME [--FIELD VALUE]...
 *   unit edit U --FIELD VALUE...
 *   unit retire U [--by NAME]
 *   unit merge OLD... --into NEW [--by NAME]
 *   unit split OLD --into A,B[,...] [--rule-file F] [--by NAME]
 *   unit import FILE.json [--dry-run] [--by NAME]
 *   unit export [--out FILE]
 *
 * FIELD is name, parent, kind, feedback-email, hotline-phone, address,
 * feedback-box, clerks (comma-separated), head, or mailbox-host,
 * mailbox-port, mailbox-tls, mailbox-user, mailbox-password-file,
 * mailbox-password-env, mailbox-inbox, mailbox-processed, mailbox-ca-file;
 * --no-mailbox removes the mailbox.  An empty VALUE clears a field.
 *
 * Every change is one transaction and moves units_version: running daemons
 * take it up within a poll interval, without a restart.
 *
 * Exit status: 0 done, 1 refused or database failure (one line on stderr),
 * 2 bad usage (one line), 65 a bad units or rule file (FILE:LINE lines),
 * 78 bad configuration.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "ctl.h"
#include "ctl_print.h"
#include "split_rules.h"
#include "store.h"
#include "units.h"
#include "util.h"

#define EX_DATAERR 65
#define usage_error(...) hl_ctl_usage("unit", "see hotlinectl unit --help", __VA_ARGS__)

int hl_ctl_unit(int argc, char **argv, const char *conf);

static const char usage_text[] =
    "usage: hotlinectl [-c FILE] unit COMMAND ...\n"
    "  unit list [--all] [--json]             active units (--all: retired ones too)\n"
    "  unit show U [--json]                   one unit, its aliases, cases and history\n"
    "  unit add CODE --name NAME [--FIELD VALUE]...\n"
    "  unit edit U --FIELD VALUE...           FIELD: name parent kind feedback-email\n"
    "                                         hotline-phone address feedback-box clerks head\n"
    "                                         mailbox-host mailbox-port mailbox-tls\n"
    "                                         mailbox-user mailbox-password-file\n"
    "                                         mailbox-password-env mailbox-inbox\n"
    "                                         mailbox-processed mailbox-ca-file; --no-mailbox\n"
    "  unit retire U                          a unit without open cases\n"
    "  unit merge OLD... --into NEW           open cases, address and mailbox go to NEW\n"
    "  unit split OLD --into A,B [--rule-file F]   cases shared by the rules in F\n"
    "  unit import FILE.json [--dry-run]      add or change units (the same file twice\n"
    "                                         changes nothing)\n"
    "  unit export [--out FILE]               every unit, as import reads it\n"
    "  (add, edit, retire, merge, split, import take --by NAME)\n";

static int
fail(const char *msg)
{
    fprintf(stderr, "hotlinectl unit: %s\n", msg);
    return 1;
}

/* ---- fields of add and edit --------------------------------------------- */

static void
set_str(char **dst, const char *v)
{
    free(*dst);
    *dst = *v ? hl_xstrdup(v) : NULL;
}

static const char *const field_names[] = {
    "name",
    "parent",
    "kind",
    "feedback-email",
    "hotline-phone",
    "address",
    "feedback-box",
    "clerks",
    "head",
    "mailbox-host",
    "mailbox-port",
    "mailbox-tls",
    "mailbox-user",
    "mailbox-password-file",
    "mailbox-password-env",
    "mailbox-inbox",
    "mailbox-processed",
    "mailbox-ca-file",
    NULL,
};

/* Sets one field of u.  Returns 0, or EX_USAGE after the one-line error. */
static int
set_field(struct hl_unit_cfg *u, const char *name, const char *v)
{
    if (strcmp(name, "name") == 0)
        set_str(&u->name, v);
    else if (strcmp(name, "parent") == 0)
        set_str(&u->parent, v);
    else if (strcmp(name, "kind") == 0)
        set_str(&u->kind, *v ? v : "other");
    else if (strcmp(name, "feedback-email") == 0)
        set_str(&u->feedback_email, v);
    else if (strcmp(name, "hotline-phone") == 0)
        set_str(&u->hotline_phone, v);
    else if (strcmp(name, "address") == 0)
        set_str(&u->address, v);
    else if (strcmp(name, "feedback-box") == 0)
        set_str(&u->feedback_box, v);
    else if (strcmp(name, "head") == 0)
        set_str(&u->head, v);
    else if (strcmp(name, "clerks") == 0) {
        for (size_t i = 0; i < u->n_clerks; i++)
            free(u->clerks[i]);
        u->n_clerks = 0;
        size_t cap = 1;
        for (const char *p = v; *p; p++)
            cap += *p == ',';
        u->clerks = hl_xrealloc(u->clerks, cap * sizeof *u->clerks);
        for (const char *p = v; *p;) {
            size_t len = strcspn(p, ",");
            char *c = hl_xstrndup(p, len);
            char *s = c;
            while (*s == ' ')
                s++;
            char *e = s + strlen(s);
            while (e > s && e[-1] == ' ')
                *--e = '\0';
            if (*s)
                u->clerks[u->n_clerks++] = hl_xstrdup(s);
            free(c);
            p += len + (p[len] == ',');
        }
    } else if (strncmp(name, "mailbox-", 8) == 0) {
        struct hl_mailbox_cfg *m = &u->mailbox;
        const char *f = name + 8;
        if (!u->has_mailbox) {
            u->has_mailbox = true;
            m->port = 993;
            m->tls = HL_TLS_IMPLICIT;
        }
        if (strcmp(f, "host") == 0)
            set_str(&m->host, v);
        else if (strcmp(f, "user") == 0)
            set_str(&m->user, v);
        else if (strcmp(f, "password-file") == 0) {
            char abs[PATH_MAX];
            if (*v && v[0] != '/' && realpath(v, abs) != NULL)
                v = abs;
            set_str(&m->password.file, v);
            set_str(&m->password.env, "");
        } else if (strcmp(f, "password-env") == 0) {
            set_str(&m->password.env, v);
            set_str(&m->password.file, "");
        } else if (strcmp(f, "inbox") == 0)
            set_str(&m->inbox, *v ? v : "INBOX");
        else if (strcmp(f, "processed") == 0)
            set_str(&m->processed, *v ? v : "Processed");
        else if (strcmp(f, "ca-file") == 0)
            set_str(&m->trust.ca_file, v);
        else if (strcmp(f, "port") == 0) {
            char *end;
            long port = strtol(v, &end, 10);
            if (*v == '\0' || *end || port < 1 || port > 65535)
                return usage_error("--mailbox-port: \"%s\" is not a port (1 to 65535)", v);
            m->port = (int)port;
        } else if (strcmp(f, "tls") == 0) {
            if (strcmp(v, "implicit") == 0)
                m->tls = HL_TLS_IMPLICIT;
            else if (strcmp(v, "starttls") == 0)
                m->tls = HL_TLS_STARTTLS;
            else if (strcmp(v, "plain") == 0)
                m->tls = HL_TLS_PLAIN, m->allow_plain = true;
            else
                return usage_error("--mailbox-tls: \"%s\" is not implicit, starttls or plain", v);
        }
    }
    return 0;
}

static void
drop_mailbox(struct hl_unit_cfg *u)
{
    struct hl_mailbox_cfg *m = &u->mailbox;
    free(m->host);
    free(m->user);
    free(m->password.file);
    free(m->password.env);
    free(m->inbox);
    free(m->processed);
    free(m->trust.ca_file);
    free(m->trust.pin_sha256);
    memset(m, 0, sizeof *m);
    u->has_mailbox = false;
}

/* --FIELD VALUE pairs from argv[from..); also --no-mailbox and --by. */
static int
apply_fields(struct hl_unit_cfg *u, int argc, char **argv, int from, const char **by, int *n_set)
{
    *n_set = 0;
    for (int i = from; i < argc; i++) {
        const char *a = argv[i];
        if (strncmp(a, "--", 2) != 0)
            return usage_error("unexpected argument \"%s\"", a);
        char name[64];
        snprintf(name, sizeof name, "%s", a + 2);
        for (char *p = name; *p; p++)
            if (*p == '_')
                *p = '-';
        if (strcmp(name, "no-mailbox") == 0) {
            drop_mailbox(u);
            (*n_set)++;
            continue;
        }
        bool known = strcmp(name, "by") == 0;
        for (size_t k = 0; field_names[k] && !known; k++)
            known = strcmp(field_names[k], name) == 0;
        if (!known)
            return usage_error("unknown option \"%s\"", a);
        if (i + 1 >= argc)
            return usage_error("%s needs a value", a);
        const char *v = argv[++i];
        if (strcmp(name, "by") == 0) {
            *by = v;
            continue;
        }
        int rc = set_field(u, name, v);
        if (rc)
            return rc;
        (*n_set)++;
    }
    if (u->has_mailbox) {
        if (u->mailbox.inbox == NULL)
            u->mailbox.inbox = hl_xstrdup("INBOX");
        if (u->mailbox.processed == NULL)
            u->mailbox.processed = hl_xstrdup("Processed");
    }
    return 0;
}

/* ---- printing ----------------------------------------------------------- */

static const char *
orz(const char *s)
{
    return s && *s ? s : "-";
}

static void
print_unit(const struct hl_unit_cfg *u)
{
    printf("code:           %s\n", u->code);
    printf("name:           %s\n", orz(u->name));
    printf("parent:         %s\n", orz(u->parent));
    printf("kind:           %s\n", orz(u->kind));
    printf("status:         %s%s%s\n", u->retired ? "retired" : "active",
           u->successor ? ", successor " : "", u->successor ? u->successor : "");
    printf("feedback_email: %s\n", orz(u->feedback_email));
    printf("hotline_phone:  %s\n", orz(u->hotline_phone));
    printf("address:        %s\n", orz(u->address));
    printf("feedback_box:   %s\n", orz(u->feedback_box));
    printf("head:           %s\n", orz(u->head));
    printf("clerks:         ");
    for (size_t i = 0; i < u->n_clerks; i++)
        printf("%s%s", i ? ", " : "", u->clerks[i]);
    printf("%s\n", u->n_clerks ? "" : "-");
    if (u->has_mailbox) {
        const struct hl_mailbox_cfg *m = &u->mailbox;
        printf("mailbox:        %s:%d %s user %s, %s -> %s%s%s\n", m->host, m->port,
               hl_tls_mode_name(m->tls), m->user, orz(m->inbox), orz(m->processed),
               m->trust.ca_file ? ", ca_file " : "", m->trust.ca_file ? m->trust.ca_file : "");
    } else {
        printf("mailbox:        -\n");
    }
}

static int
cmd_list(struct hl_config *cfg, bool all, bool json)
{
    if (json) {
        struct hl_buf b;
        hl_buf_init(&b);
        struct hl_unit_cfg *sel = hl_xcalloc(cfg->n_units + 1, sizeof *sel);
        size_t n = 0;
        for (size_t i = 0; i < cfg->n_units; i++)
            if (all || !cfg->units[i].retired)
                sel[n++] = cfg->units[i]; /* shallow: printed only */
        hl_units_to_json(&b, sel, n);
        fputs(b.data, stdout);
        hl_buf_fini(&b);
        free(sel);
        return 0;
    }
    printf("%-24s %-10s %-16s %-40s %-18s %s\n", "code", "kind", "parent", "feedback_email",
           "hotline_phone", "status");
    for (size_t i = 0; i < cfg->n_units; i++) {
        const struct hl_unit_cfg *u = &cfg->units[i];
        if (u->retired && !all)
            continue;
        char status[128];
        if (u->retired)
            snprintf(status, sizeof status, "retired%s%s", u->successor ? " -> " : "",
                     u->successor ? u->successor : "");
        else
            snprintf(status, sizeof status, "active%s", u->has_mailbox ? "" : " (no mailbox)");
        printf("%-24s %-10s %-16s %-40s %-18s %s\n", u->code, orz(u->kind), orz(u->parent),
               orz(u->feedback_email), orz(u->hotline_phone), status);
    }
    return 0;
}

/* ---- changes ------------------------------------------------------------ */

static int
save(struct hl_store *s, struct hl_unit_cfg *u, size_t n, const char *by, const char *action)
{
    struct hl_err err = {0};
    int changed = 0;
    if (hl_units_pg_save(s, u, n, hl_ctl_actor(by), action, &changed, &err) < 0)
        return fail(err.msg);
    printf("%d unit%s %s, %zu unchanged\n", changed, changed == 1 ? "" : "s",
           strcmp(action, "imported") == 0 ? "added or changed" : action, n - (size_t)changed);
    return 0;
}

static int
cmd_add_edit(struct hl_config *cfg, struct hl_store *s, bool add, int argc, char **argv)
{
    if (argc < 3)
        return usage_error("unit %s needs a unit code", argv[1]);
    const char *code = argv[2];
    const struct hl_unit_cfg *old = hl_units_find(cfg->units, cfg->n_units, code);
    if (add && old)
        return fail("a unit with this code exists already (unit edit changes it)");
    if (!add && old == NULL)
        return usage_error("no unit %s (unit list --all shows them)", code);
    struct hl_unit_cfg u = {0};
    if (old)
        hl_unit_cfg_copy(&u, old);
    else {
        u.code = hl_xstrdup(code);
        u.kind = hl_xstrdup("other");
        u.clerks = hl_xcalloc(1, sizeof *u.clerks);
    }
    const char *by = NULL;
    int n_set = 0;
    int rc = apply_fields(&u, argc, argv, 3, &by, &n_set);
    if (rc == 0 && !add && n_set == 0)
        rc = usage_error("unit edit %s: nothing to change (give --FIELD VALUE)", code);
    struct hl_err err = {0};
    if (rc == 0 && hl_unit_check(&u, cfg->units, cfg->n_units, &err) < 0)
        rc = fail(err.msg);
    if (rc == 0)
        rc = save(s, &u, 1, by, add ? "added" : "changed");
    hl_unit_cfg_fini(&u);
    return rc;
}

static int
cmd_retire(struct hl_config *cfg, struct hl_store *s, const char *code, const char *by)
{
    const struct hl_unit_cfg *old = hl_units_find(cfg->units, cfg->n_units, code);
    if (old == NULL)
        return usage_error("no unit %s", code);
    if (old->retired)
        return fail("the unit is retired already");
    struct hl_unit_case *cases = NULL;
    size_t n = 0;
    struct hl_err err = {0};
    if (hl_units_pg_open_cases(s, code, &cases, &n, &err) < 0)
        return fail(err.msg);
    hl_unit_cases_free(&cases, n);
    if (n > 0) {
        fprintf(stderr,
                "hotlinectl unit: %s holds %zu open case%s: merge it (unit merge %s --into "
                "NEW) or transfer them first\n",
                code, n, n == 1 ? "" : "s", code);
        return 1;
    }
    for (size_t i = 0; i < cfg->n_units; i++)
        if (!cfg->units[i].retired && cfg->units[i].parent &&
            strcmp(cfg->units[i].parent, code) == 0) {
            fprintf(stderr,
                    "hotlinectl unit: %s is the parent of %s: move the units under it first "
                    "(unit edit %s --parent ...), or merge it\n",
                    code, cfg->units[i].code, cfg->units[i].code);
            return 1;
        }
    struct hl_unit_cfg u;
    hl_unit_cfg_copy(&u, old);
    u.retired = true;
    int rc = save(s, &u, 1, by, "retired");
    hl_unit_cfg_fini(&u);
    return rc;
}

static int
cmd_merge(struct hl_config *cfg, struct hl_store *s, const char *const *olds, size_t n_olds,
          const char *into, const char *by)
{
    struct hl_unit_plan plan;
    struct hl_err err = {0};
    if (hl_units_plan_merge(cfg->units, cfg->n_units, olds, n_olds, into, &plan, &err) < 0)
        return fail(err.msg);
    long moved = 0;
    int rc = 0;
    if (hl_units_pg_apply(s, &plan, "merged", NULL, NULL, 0, hl_ctl_actor(by), &moved, &err) < 0)
        rc = fail(err.msg);
    else
        printf("merged %zu unit%s into %s: %ld open case%s moved, %zu address%s kept as "
               "alias%s, %zu unit%s moved under %s\n",
               plan.n_retire, plan.n_retire == 1 ? "" : "s", into, moved, moved == 1 ? "" : "s",
               plan.n_aliases, plan.n_aliases == 1 ? "" : "es", plan.n_aliases == 1 ? "" : "es",
               plan.n_reparent, plan.n_reparent == 1 ? "" : "s", into);
    hl_unit_plan_fini(&plan);
    return rc;
}

static int
cmd_split(struct hl_config *cfg, struct hl_store *s, const char *old, const char *into_list,
          const char *rule_file, const char *by)
{
    char *copy = hl_xstrdup(into_list);
    const char *into[64];
    size_t n_into = 0;
    for (char *p = copy; *p && n_into < HL_NELEM(into);) {
        size_t len = strcspn(p, ",");
        bool last = p[len] == '\0';
        p[len] = '\0';
        if (*p)
            into[n_into++] = p;
        p += len + !last;
    }
    struct hl_unit_plan plan;
    struct hl_err err = {0};
    struct hl_split_rules *rules = NULL;
    struct hl_unit_case *cases = NULL;
    size_t n_cases = 0;
    int rc = 0;
    if (hl_units_plan_split(cfg->units, cfg->n_units, old, into, n_into, &plan, &err) < 0) {
        free(copy);
        return fail(err.msg);
    }
    if (rule_file) {
        size_t len;
        char *text = hl_read_file(rule_file, &len, &err);
        if (text == NULL) {
            rc = fail(err.msg);
            goto out;
        }
        struct hl_diag d;
        hl_diag_init(&d);
        rules = hl_split_rules_load(rule_file, text, into, n_into, &d);
        free(text);
        hl_diag_print(&d);
        hl_diag_fini(&d);
        if (rules == NULL) {
            rc = EX_DATAERR;
            goto out;
        }
    }
    if (hl_units_pg_open_cases(s, old, &cases, &n_cases, &err) < 0) {
        rc = fail(err.msg);
        goto out;
    }
    const char **ids = hl_xcalloc(n_cases + 1, sizeof *ids);
    const char **to = hl_xcalloc(n_cases + 1, sizeof *to);
    size_t *per = hl_xcalloc(n_into, sizeof *per);
    for (size_t i = 0; i < n_cases; i++) {
        const char *u =
            rules ? hl_split_rules_match(rules, cases[i].subject, cases[i].text, cases[i].from)
                  : NULL;
        ids[i] = cases[i].id;
        to[i] = u ? u : into[0];
        for (size_t k = 0; k < n_into; k++)
            per[k] += strcmp(into[k], to[i]) == 0;
    }
    long moved = 0;
    /* No open case: an empty list, which moves nothing (NULL would mean
     * "every open case", a merge's way). */
    if (hl_units_pg_apply(s, &plan, "split", ids, to, n_cases, hl_ctl_actor(by), &moved, &err) <
        0) {
        rc = fail(err.msg);
    } else {
        printf("split %s: %ld open case%s moved (", old, moved, moved == 1 ? "" : "s");
        for (size_t k = 0; k < n_into; k++)
            printf("%s%s %zu", k ? ", " : "", into[k], per[k]);
        printf("); its address and the units under it go to %s\n", into[0]);
    }
    free(ids);
    free(to);
    free(per);
out:
    hl_unit_cases_free(&cases, n_cases);
    hl_split_rules_free(&rules);
    hl_unit_plan_fini(&plan);
    free(copy);
    return rc;
}

static int
cmd_import(struct hl_config *cfg, struct hl_store *s, const char *file, bool dry_run,
           const char *by)
{
    struct hl_err err = {0};
    size_t len;
    char *text = hl_read_file(file, &len, &err);
    if (text == NULL) {
        fprintf(stderr, "hotlinectl unit: %s\n", err.msg);
        return EX_DATAERR;
    }
    /* Relative paths in the file are the file's directory's. */
    char dir[PATH_MAX];
    if (realpath(file, dir) != NULL) {
        char *slash = strrchr(dir, '/');
        if (slash == dir)
            slash[1] = '\0'; /* a file in / */
        else if (slash)
            *slash = '\0';
    } else if (getcwd(dir, sizeof dir) == NULL) {
        snprintf(dir, sizeof dir, "%s", ".");
    }
    const char **codes = hl_xcalloc(cfg->n_units + 1, sizeof *codes);
    for (size_t i = 0; i < cfg->n_units; i++)
        codes[i] = cfg->units[i].code;
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_unit_cfg *units = NULL;
    size_t n = 0;
    int rc = hl_units_from_json(file, text, len, dir, codes, cfg->n_units, &units, &n, &d);
    free(text);
    free(codes);
    if (rc < 0) {
        size_t k = hl_diag_print(&d);
        fprintf(stderr, "hotlinectl unit: %s: %zu problem%s, nothing imported\n", file, k,
                k == 1 ? "" : "s");
        hl_diag_fini(&d);
        return EX_DATAERR;
    }
    hl_diag_fini(&d);
    if (dry_run)
        printf("%s: %zu unit%s, all valid (nothing written)\n", file, n, n == 1 ? "" : "s");
    else
        rc = save(s, units, n, by, "imported");
    hl_units_free(&units, n);
    return rc;
}

static int
cmd_export(struct hl_config *cfg, const char *out)
{
    struct hl_buf b;
    hl_buf_init(&b);
    hl_units_to_json(&b, cfg->units, cfg->n_units);
    int rc = 0;
    if (out) {
        FILE *f = fopen(out, "w");
        if (f == NULL || fwrite(b.data, 1, b.len, f) != b.len) {
            fprintf(stderr, "hotlinectl unit: cannot write %s: %s\n", out, strerror(errno));
            rc = 1;
        }
        if (f && fclose(f) != 0 && rc == 0) {
            fprintf(stderr, "hotlinectl unit: cannot write %s: %s\n", out, strerror(errno));
            rc = 1;
        }
    } else {
        fputs(b.data, stdout);
    }
    hl_buf_fini(&b);
    return rc;
}

int
hl_ctl_unit(int argc, char **argv, const char *conf)
{
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        fputs(usage_text, argc < 2 ? stderr : stdout);
        return argc < 2 ? EX_USAGE : 0;
    }
    const char *cmd = argv[1];
    static const char *const cmds[] = {"list",  "show",  "add",    "edit",   "retire",
                                       "merge", "split", "import", "export", NULL};
    bool known = false;
    for (size_t i = 0; cmds[i] && !known; i++)
        known = strcmp(cmds[i], cmd) == 0;
    if (!known)
        return usage_error("unknown command \"%s\"", cmd);

    /* The arguments of the simple commands, checked before the database. */
    bool all = false, json = false, dry_run = false;
    const char *by = NULL, *out = NULL, *into = NULL, *rule_file = NULL;
    const char *pos[64];
    size_t n_pos = 0;
    bool fields = strcmp(cmd, "add") == 0 || strcmp(cmd, "edit") == 0;
    for (int i = 2; !fields && i < argc; i++) {
        const char *a = argv[i];
        const char **val = strcmp(a, "--by") == 0          ? &by
                           : strcmp(a, "--out") == 0       ? &out
                           : strcmp(a, "--into") == 0      ? &into
                           : strcmp(a, "--rule-file") == 0 ? &rule_file
                                                           : NULL;
        if (val) {
            if (i + 1 >= argc)
                return usage_error("%s needs a value", a);
            *val = argv[++i];
        } else if (strcmp(a, "--all") == 0 && strcmp(cmd, "list") == 0) {
            all = true;
        } else if (strcmp(a, "--json") == 0 &&
                   (strcmp(cmd, "list") == 0 || strcmp(cmd, "show") == 0)) {
            json = true;
        } else if (strcmp(a, "--dry-run") == 0 && strcmp(cmd, "import") == 0) {
            dry_run = true;
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage_error("unit %s: unknown option \"%s\"", cmd, a);
        } else if (n_pos < HL_NELEM(pos)) {
            pos[n_pos++] = a;
        } else {
            return usage_error("unit %s: too many arguments", cmd);
        }
    }
    if (!fields) {
        size_t want_min = 0, want_max = 0;
        if (strcmp(cmd, "show") == 0 || strcmp(cmd, "retire") == 0 || strcmp(cmd, "import") == 0 ||
            strcmp(cmd, "split") == 0)
            want_min = want_max = 1;
        else if (strcmp(cmd, "merge") == 0)
            want_min = 1, want_max = HL_NELEM(pos);
        if (n_pos < want_min)
            return usage_error("unit %s needs %s", cmd,
                               strcmp(cmd, "import") == 0 ? "a file (FILE.json)" : "a unit code");
        if (n_pos > want_max)
            return usage_error("unit %s: unexpected argument \"%s\"", cmd, pos[want_max]);
        bool needs_into = strcmp(cmd, "merge") == 0 || strcmp(cmd, "split") == 0;
        if (needs_into && into == NULL)
            return usage_error("unit %s needs --into", cmd);
        if (!needs_into && into)
            return usage_error("unit %s: --into is for merge and split", cmd);
        if (rule_file && strcmp(cmd, "split") != 0)
            return usage_error("unit %s: --rule-file is for split", cmd);
        if (out && strcmp(cmd, "export") != 0)
            return usage_error("unit %s: --out is for export", cmd);
    }

    struct hl_config *cfg;
    struct hl_store *s;
    int rc = hl_ctl_open(conf, "unit", &cfg, &s);
    if (rc != 0)
        return rc;
    if (strcmp(cmd, "list") == 0) {
        rc = cmd_list(cfg, all, json);
    } else if (strcmp(cmd, "show") == 0) {
        const struct hl_unit_cfg *u = hl_units_find(cfg->units, cfg->n_units, pos[0]);
        if (u == NULL) {
            rc = fail("no such unit (unit list --all shows them)");
        } else if (json) {
            struct hl_buf b;
            hl_buf_init(&b);
            hl_units_to_json(&b, u, 1);
            fputs(b.data, stdout);
            hl_buf_fini(&b);
        } else {
            print_unit(u);
            struct hl_err err = {0};
            struct hl_unit_detail d;
            if (hl_units_pg_detail(s, u->code, &d, &err) < 0)
                rc = fail(err.msg);
            else
                hl_ctl_print_unit_detail(stdout, &d);
            hl_unit_detail_fini(&d);
        }
    } else if (fields) {
        rc = cmd_add_edit(cfg, s, strcmp(cmd, "add") == 0, argc, argv);
    } else if (strcmp(cmd, "retire") == 0) {
        rc = cmd_retire(cfg, s, pos[0], by);
    } else if (strcmp(cmd, "merge") == 0) {
        rc = cmd_merge(cfg, s, pos, n_pos, into, by);
    } else if (strcmp(cmd, "split") == 0) {
        rc = cmd_split(cfg, s, pos[0], into, rule_file, by);
    } else if (strcmp(cmd, "import") == 0) {
        rc = cmd_import(cfg, s, pos[0], dry_run, by);
    } else {
        rc = cmd_export(cfg, out);
    }
    hl_ctl_close(&cfg, &s);
    return rc;
}
