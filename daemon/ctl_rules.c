/*
 * hotlinectl rules: check a rule set, show how saved messages would be
 * classified by it, how often each rule fired, and what a candidate set
 * would change in the stored cases.
 *
 *   rules check [-c CONFIG] [--units UNITS.json] [--places DIR] [DIR]
 *   rules test [--json] [-c CONFIG] [--units UNITS.json] [--places DIR] [-r DIR] [--mailbox UNIT]
 *              MSG.eml...
 *   rules stats [-c CONFIG] [-r DIR] [--since 30d|7d|24h] [--json]
 *   rules replay [-c CONFIG] --candidate DIR [--since 30d] [--limit N] [--json]
 *   rules suggest [-c CONFIG] [--since 90d] [--out DIR] [--min N]     (ctl_suggest.c)
 *
 * stats and replay read PostgreSQL (lib/core/rules_db.h) and need a
 * configuration; they never write to it.
 *
 * Unit codes (to check "unit" actions, and to tell which mailbox received a
 * message from its Delivered-To) come from the configuration (-c, else
 * $HOTLINE_CONFIG, else ./hotline.conf when it exists) or from a units.json
 * directory listing (--units).  Without either, unit codes are not checked.
 * The rule directory is DIR / -r, else the configuration's rules_dir, else
 * ./rules; the places (data/places/README.md) come from --places, else the
 * configuration's places_dir, else ./data/places.
 *
 * Exit status: 0 fine, 1 a message could not be read, 2 bad usage, 78 the
 * rule set or the configuration has problems.
 */
#include "config.h"
#include "kind.h"
#include "ctl.h"
#include "ctl_print.h"
#include "mime.h"
#include "classify.h"
#include "rules.h"
#include "rules_db.h"
#include "suggest_rules.h"
#include "store.h"
#include "util.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define usage_error(...)                                                                           \
    hl_ctl_usage("rules",                                                                          \
                 "usage: rules check [DIR] | rules test [--json] MSG.eml... | rules stats "        \
                 "[--since 30d] | rules replay --candidate DIR [--since 30d] | rules suggest | "   \
                 "rules learn",                                                                    \
                 __VA_ARGS__)

int hl_ctl_rules(int argc, char **argv);
int hl_ctl_rules_suggest(int argc, char **argv); /* ctl_suggest.c */
int hl_ctl_rules_learn(int argc, char **argv);   /* ctl_learn.c */

struct unit_list {
    char **codes;
    char **emails; /* feedback_email of each, may be NULL */
    size_t n;
};

struct rules_opts {
    const char *config;
    const char *units;
    const char *rules_dir;
    const char *places;
    const char *mailbox;
    const char *candidate;
    const char *since; /* as given, for reports */
    long since_s;
    long limit; /* replay: changed cases listed at most; 0 = all */
    bool json;
    bool explicit_config;
};

static void
unit_add(struct unit_list *u, const char *code, const char *email)
{
    u->codes = hl_xrealloc(u->codes, (u->n + 1) * sizeof *u->codes);
    u->emails = hl_xrealloc(u->emails, (u->n + 1) * sizeof *u->emails);
    u->codes[u->n] = hl_xstrdup(code);
    u->emails[u->n] = email ? hl_xstrdup(email) : NULL;
    u->n++;
}

static void
units_free(struct unit_list *u)
{
    for (size_t i = 0; i < u->n; i++) {
        free(u->codes[i]);
        free(u->emails[i]);
    }
    free(u->codes);
    free(u->emails);
}

/* Reads the code and feedback_email of every unit in a units.json listing
 * (the corpus format: an array of unit objects, or an object whose "units"
 * member is one). */
static int
load_units_json(const char *path, struct unit_list *u)
{
    json_error_t jerr;
    json_t *root = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
    if (root == NULL) {
        fprintf(stderr, "hotlinectl rules: %s:%d: %s\n", path, jerr.line, jerr.text);
        return -1;
    }
    json_t *list = json_is_array(root) ? root : json_object_get(root, "units");
    size_t i;
    json_t *unit;
    json_array_foreach(list, i, unit)
    {
        const char *code = json_string_value(json_object_get(unit, "code"));
        if (code != NULL)
            unit_add(u, code, json_string_value(json_object_get(unit, "feedback_email")));
    }
    json_decref(root);
    if (u->n == 0) {
        fprintf(stderr, "hotlinectl rules: %s: no unit codes found\n", path);
        return -1;
    }
    return 0;
}

/* Loads units (and the configuration's rules_dir into *rules_dir_out).
 * Returns 0, or an exit status. */
static int
load_units(const struct rules_opts *o, struct unit_list *u, char **rules_dir_out, char **places_out)
{
    if (o->units)
        return load_units_json(o->units, u) < 0 ? EX_CONFIG : 0;
    const char *conf = o->config;
    if (conf == NULL && access("hotline.conf", R_OK) == 0)
        conf = "hotline.conf";
    if (conf == NULL)
        return 0;
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_config *cfg = hl_config_load(conf, &diag);
    if (cfg == NULL) {
        hl_diag_print(&diag);
        hl_diag_fini(&diag);
        return EX_CONFIG;
    }
    hl_diag_fini(&diag);
    if (cfg->n_units == 0) {
        /* Units are data in the database (units.h): read them there when it
         * answers; rules check and test still work offline without. */
        struct hl_err err = {0};
        struct hl_store *s = hl_store_open(cfg, &err);
        if (s)
            hl_ctl_units(cfg, s);
        hl_store_close(&s);
    }
    for (size_t i = 0; i < cfg->n_units; i++)
        unit_add(u, cfg->units[i].code, cfg->units[i].feedback_email);
    if (cfg->rules_dir)
        *rules_dir_out = hl_xstrdup(cfg->rules_dir);
    if (cfg->places_dir)
        *places_out = hl_xstrdup(cfg->places_dir);
    hl_config_free(&cfg);
    return 0;
}

static struct hl_rules *
load_rules(const char *dir, const struct unit_list *u, const char *places, size_t *n_problems)
{
    struct hl_rules_env env = {(const char *const *)u->codes, u->n, 0, 0, 0, places};
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_rules *r = hl_rules_load(dir, &env, &diag);
    *n_problems = hl_diag_print(&diag);
    hl_diag_fini(&diag);
    return r;
}

/* A JSON array of n strings. */
static json_t *
json_strs(const char *const *items, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(a, hl_ctl_json_str(items[i]));
    return a;
}

static const char *
prio_name(int p)
{
    static const char *const names[] = {"low", "normal", "high", "urgent"};
    return p >= 0 && p <= 3 ? names[p] : "?";
}

static const char *
guess_mailbox(const struct hl_message *m, const struct unit_list *u)
{
    for (size_t i = 0; i < u->n; i++) {
        if (u->emails[i] == NULL)
            continue;
        if (m->delivered_to && strcasecmp(m->delivered_to, u->emails[i]) == 0)
            return u->codes[i];
    }
    for (size_t i = 0; i < u->n; i++)
        for (size_t k = 0; k < m->n_to && u->emails[i]; k++)
            if (m->to[k].address && strcasecmp(m->to[k].address, u->emails[i]) == 0)
                return u->codes[i];
    return NULL;
}

static void
print_text(const struct hl_rules *r, const char *path, const struct hl_message *m,
           const char *mailbox, const struct hl_verdict *v)
{
    printf("== %s\n", path);
    printf("from:        %s%s%s%s\n", m->from.name ? m->from.name : "", m->from.name ? " <" : "",
           m->from.address ? m->from.address : "(no address)", m->from.name ? ">" : "");
    for (size_t i = 0; i < m->n_to; i++)
        printf("to:          %s\n", m->to[i].address ? m->to[i].address : "");
    for (size_t i = 0; i < m->n_cc; i++)
        printf("cc:          %s\n", m->cc[i].address ? m->cc[i].address : "");
    printf("subject:     %s\n", m->subject ? m->subject : "(none)");
    printf("mailbox:     %s\n", mailbox ? mailbox : "(unknown: use --mailbox UNIT)");
    for (size_t i = 0; i < m->n_atts; i++)
        printf("attachment:  %s (%s, %zu bytes)\n",
               m->atts[i].filename ? m->atts[i].filename : "(no name)",
               m->atts[i].content_type ? m->atts[i].content_type : "?", m->atts[i].size);
    size_t len = strlen(m->text);
    printf("body:        %zu bytes\n", len);
    /* The whole decoded body, indented, so an administrator sees what the
     * patterns saw. */
    const char *p = m->text;
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        printf("  | %.*s\n", (int)n, p);
        p += n + (e ? 1 : 0);
    }
    printf("matched:\n");
    if (v->n_hits == 0)
        printf("  (no rule matched)\n");
    for (size_t i = 0; i < v->n_hits; i++) {
        const struct hl_rule_hit *h = &v->hits[i];
        printf("  %s (%s:%d)", h->rule, h->file, h->line);
        if (h->field)
            printf(" %s: \"%s\"", h->field, h->matched ? h->matched : "");
        if (h->limit_hit)
            printf(" [PCRE2 limit hit: this condition counted as not matching]");
        printf("\n");
    }
    const struct hl_category *c = hl_rules_category(r, v->category);
    printf("verdict:\n");
    printf("  category   %s%s%s%s\n", v->category, c ? " (" : "", c ? c->name : "", c ? ")" : "");
    printf("  unit       %s\n", v->unit ? v->unit : "(none)");
    if (v->place)
        printf("  place      %s \"%s\" (%s:%d) from \"%s\"\n", v->place->kind, v->place->name,
               v->place->file, v->place->line, v->place->matched);
    if (v->issuer)
        printf("  issuer     %s (the unit that made the decision complained about)\n", v->issuer);
    if (v->kind)
        printf("  kind       %s\n", v->kind);
    if (v->accused && strcmp(v->accused, HL_ACCUSED_NONE) == 0)
        printf("  accused    none (set by a rule: handled where it is routed)\n");
    else if (v->accused)
        printf("  accused    %s (set by a rule)\n", v->accused);
    else if (v->kind && strcmp(v->kind, "denunciation") == 0)
        printf("  accused    %s (the mailbox; hotlined routes it to its handler)\n",
               mailbox ? mailbox : "(none)");
    printf("  priority   %s\n", prio_name(v->priority));
    if (v->deadline_days >= 0)
        printf("  deadline   %d working days (set by a rule)\n", v->deadline_days);
    else if (c)
        printf("  deadline   %d working days (category default)\n", c->deadline_days);
    printf("  tags      ");
    for (size_t i = 0; i < v->n_tags; i++)
        printf(" %s", v->tags[i]);
    printf("\n");
    for (size_t i = 0; i < v->n_fields; i++)
        printf("  field      %s\n", v->fields[i]);
    printf("  acknowledge %s\n", v->no_ack || v->spam ? "no" : "yes");
    printf("  spam       %s\n", v->spam ? "yes" : "no");
    if (v->limit_hit)
        printf("  limit hit  yes\n");
}

static void
print_json(const char *path, const struct hl_message *m, const char *mailbox,
           const struct hl_verdict *v, bool first)
{
    json_t *to = json_array(), *cc = json_array(), *atts = json_array();
    for (size_t i = 0; i < m->n_to; i++)
        json_array_append_new(to, hl_ctl_json_str(m->to[i].address));
    for (size_t i = 0; i < m->n_cc; i++)
        json_array_append_new(cc, hl_ctl_json_str(m->cc[i].address));
    for (size_t i = 0; i < m->n_atts; i++)
        json_array_append_new(atts,
                              json_pack("{s:o,s:o}", "name", hl_ctl_json_str(m->atts[i].filename),
                                        "type", hl_ctl_json_str(m->atts[i].content_type)));
    json_t *message = json_pack(
        "{s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o}", "from", hl_ctl_json_str(m->from.address), "from_name",
        hl_ctl_json_str(m->from.name), "to", to, "cc", cc, "subject", hl_ctl_json_str(m->subject),
        "mailbox", hl_ctl_json_str(mailbox), "attachments", atts, "body", hl_ctl_json_str(m->text));
    json_t *place = json_null();
    if (v->place)
        place = json_pack("{s:o,s:o,s:o,s:o}", "unit", hl_ctl_json_str(v->place->unit), "kind",
                          hl_ctl_json_str(v->place->kind), "name", hl_ctl_json_str(v->place->name),
                          "matched", hl_ctl_json_str(v->place->matched));
    json_t *verdict =
        json_pack("{s:o,s:o,s:o,s:o,s:o,s:o,s:i,s:i,s:o,s:o,s:b,s:b,s:b}", "category",
                  hl_ctl_json_str(v->category), "unit", hl_ctl_json_str(v->unit), "kind",
                  hl_ctl_json_str(v->kind ? v->kind : "feedback"), "accused",
                  hl_ctl_json_str(
                      v->accused && strcmp(v->accused, HL_ACCUSED_NONE) == 0 ? "none" : v->accused),
                  "place", place, "issuer", hl_ctl_json_str(v->issuer), "priority", v->priority,
                  "deadline_days", v->deadline_days, "tags", json_strs(v->tags, v->n_tags),
                  "fields", json_strs(v->fields, v->n_fields), "no_ack", v->no_ack, "spam", v->spam,
                  "limit_hit", v->limit_hit);
    fputs(first ? "" : ",\n", stdout);
    hl_ctl_json_print(stdout, json_pack("{s:o,s:o,s:o,s:o}", "file", hl_ctl_json_str(path),
                                        "message", message, "matched",
                                        hl_ctl_json_raw(v->trace_json), "verdict", verdict));
}

static int
cmd_test(const struct rules_opts *o, const struct hl_rules *r, const struct unit_list *u, int n,
         char **files)
{
    int rc = 0;
    if (o->json)
        printf("[");
    for (int i = 0; i < n; i++) {
        struct hl_err err = {0};
        size_t len;
        char *raw = hl_read_file(files[i], &len, &err);
        if (raw == NULL) {
            fprintf(stderr, "hotlinectl rules: %s\n", err.msg);
            rc = 1;
            continue;
        }
        struct hl_mime_limits lim;
        hl_mime_limits_default(&lim);
        struct hl_message *m = hl_mime_parse((const unsigned char *)raw, len, &lim);
        const char *mailbox = o->mailbox ? o->mailbox : guess_mailbox(m, u);
        struct hl_arena a;
        hl_arena_init(&a);
        /* The daemon's own function; without a configuration there is no
         * complaint routing to show, only the rules' verdict. */
        struct hl_classify_ctx cx = {.rules = r};
        struct hl_class cls = {.category = "uncategorized", .unit = mailbox, .deadline_days = -1};
        struct hl_verdict v;
        hl_classify(&cx, 0, m, mailbox, &a, &cls, &v);
        if (o->json)
            print_json(files[i], m, mailbox, &v, i == 0);
        else
            print_text(r, files[i], m, mailbox, &v);
        hl_arena_fini(&a);
        hl_message_free(&m);
        free(raw);
    }
    if (o->json)
        printf("]\n");
    return rc;
}

/* "30d", "7d", "24h": a period in seconds, or -1.  Up to ten years. */
static long
parse_since(const char *s)
{
    char *end;
    if (*s < '1' || *s > '9')
        return -1;
    long v = strtol(s, &end, 10);
    if (end[0] == '\0' || end[1] != '\0')
        return -1;
    long unit = end[0] == 'd' ? 86400 : end[0] == 'h' ? 3600 : -1;
    if (unit < 0 || v > 3650L * 86400 / unit)
        return -1;
    return v * unit;
}

/* Opens the configuration and its store for stats and replay.  Returns 0, or
 * an exit status. */
static int
open_db(const struct rules_opts *o, struct hl_config **cfg_out, struct hl_store **s_out)
{
    const char *conf = o->config;
    if (conf == NULL && access("hotline.conf", R_OK) == 0)
        conf = "hotline.conf";
    if (conf == NULL) {
        fprintf(stderr, "hotlinectl rules: no configuration: use -c CONFIG\n");
        return EX_CONFIG;
    }
    return hl_ctl_open(conf, "rules", cfg_out, s_out);
}

static struct hl_rules *
load_rules_cfg(const char *dir, const struct hl_config *cfg, size_t *n_problems)
{
    const char **codes = hl_xcalloc(cfg->n_units ? cfg->n_units : 1, sizeof *codes);
    for (size_t i = 0; i < cfg->n_units; i++)
        codes[i] = cfg->units[i].code;
    struct hl_rules_env env = {codes,
                               cfg->n_units,
                               cfg->limits.match_limit,
                               cfg->limits.depth_limit,
                               cfg->limits.message_budget_ms,
                               cfg->places_dir};
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_rules *r = hl_rules_load(dir, &env, &diag);
    *n_problems = hl_diag_print(&diag);
    hl_diag_fini(&diag);
    free(codes);
    return r;
}

struct stats_ctx {
    const struct rules_opts *o;
    char **fired; /* distinct rule names seen, in order */
    size_t n_fired;
    long total;
    size_t n_rows;
};

static int
stats_row(void *p, const struct hl_rule_day *row)
{
    struct stats_ctx *sc = p;
    if (sc->n_fired == 0 || strcmp(sc->fired[sc->n_fired - 1], row->rule) != 0) {
        sc->fired = hl_xrealloc(sc->fired, (sc->n_fired + 1) * sizeof *sc->fired);
        sc->fired[sc->n_fired++] = hl_xstrdup(row->rule);
    }
    if (sc->o->json) {
        fputs(sc->n_rows ? "," : "", stdout);
        hl_ctl_json_print(stdout,
                          json_pack("{s:o,s:o,s:I,s:I}", "rule", hl_ctl_json_str(row->rule), "day",
                                    hl_ctl_json_str(row->day), "hits", (json_int_t)row->hits,
                                    "limit_hits", (json_int_t)row->limit_hits));
    } else {
        if (sc->n_rows == 0)
            printf("%-32s %-10s %6s %6s\n", "RULE", "DAY", "HITS", "LIMIT");
        printf("%-32s %-10s %6ld %6ld\n", row->rule, row->day, row->hits, row->limit_hits);
    }
    sc->total += row->hits;
    sc->n_rows++;
    return 0;
}

static bool
has_fired(const struct stats_ctx *sc, const char *name)
{
    for (size_t i = 0; i < sc->n_fired; i++)
        if (strcmp(sc->fired[i], name) == 0)
            return true;
    return false;
}

/* Hits per rule per day, then the current rules that never fired. */
static int
cmd_stats(const struct rules_opts *o)
{
    struct hl_config *cfg = NULL;
    struct hl_store *s = NULL;
    struct hl_rules *r = NULL;
    struct stats_ctx sc = {.o = o};
    int status = open_db(o, &cfg, &s);
    if (status != 0)
        return status;
    const char *dir = o->rules_dir ? o->rules_dir : cfg->rules_dir ? cfg->rules_dir : "rules";
    size_t problems = 0;
    r = load_rules_cfg(dir, cfg, &problems);
    if (r == NULL) {
        fprintf(stderr, "hotlinectl rules: %s: %zu problem%s\n", dir, problems,
                problems == 1 ? "" : "s");
        status = EX_CONFIG;
        goto out;
    }
    if (o->json) {
        printf("{\"since\":");
        hl_ctl_json_print(stdout, hl_ctl_json_str(o->since));
        printf(",\"rules_dir\":");
        hl_ctl_json_print(stdout, hl_ctl_json_str(dir));
        printf(",\"hits\":[");
    } else {
        printf("rule hits in the last %s (days in Asia/Ho_Chi_Minh):\n", o->since);
    }
    struct hl_err err = {0};
    if (hl_rules_db_stats(s, o->since_s, stats_row, &sc, &err) < 0) {
        if (o->json)
            printf("]}\n");
        fprintf(stderr, "hotlinectl rules: stats: %s\n", err.msg);
        status = 1;
        goto out;
    }
    size_t n = hl_rules_count(r), never = 0;
    if (o->json) {
        printf("],\"never_fired\":[");
    } else {
        if (sc.n_rows == 0)
            printf("  (no rule fired)\n");
        printf("\nrules of %s that never fired in the last %s:\n", dir, o->since);
    }
    for (size_t i = 0; i < n; i++) {
        struct hl_rule_stat st;
        hl_rules_stat(r, i, &st);
        if (has_fired(&sc, st.name))
            continue;
        if (o->json) {
            fputs(never ? "," : "", stdout);
            hl_ctl_json_print(stdout, json_pack("{s:o,s:o,s:i}", "rule", hl_ctl_json_str(st.name),
                                                "file", hl_ctl_json_str(st.file), "line", st.line));
        } else {
            printf("  %-32s %s:%d\n", st.name, st.file, st.line);
        }
        never++;
    }
    if (o->json)
        printf("],\"total_hits\":%ld,\"rules\":%zu,\"never_fired_count\":%zu}\n", sc.total, n,
               never);
    else
        printf("%s%zu of %zu rules never fired; %ld hits in all\n", never ? "" : "  (none)\n",
               never, n, sc.total);
out:
    for (size_t i = 0; i < sc.n_fired; i++)
        free(sc.fired[i]);
    free(sc.fired);
    hl_rules_free(&r);
    hl_store_close(&s);
    hl_config_free(&cfg);
    return status;
}

struct replay_ctx {
    const struct rules_opts *o;
    const struct hl_rules *r;
    const struct hl_config *cfg;
    const struct hl_mime_limits *lim;
    long examined, changed, listed;
    /* Against where the clerks left each case (its unit now): cases the
     * candidate routes there that the rules had not (better), and cases the
     * rules had routed there that the candidate does not (worse), in all and
     * per deciding rule. */
    long better, worse;
    struct rule_tally *tally;
    size_t n_tally;
};

struct rule_tally {
    char *rule, *file;
    int line;
    long changed, better, worse;
};

static void
tally_add(struct replay_ctx *rc, const struct hl_rule_hit *h, int better, int worse)
{
    const char *name = h ? h->rule : "(no rule)";
    size_t i = 0;
    while (i < rc->n_tally && strcmp(rc->tally[i].rule, name) != 0)
        i++;
    if (i == rc->n_tally) {
        rc->tally = hl_xrealloc(rc->tally, (rc->n_tally + 1) * sizeof *rc->tally);
        rc->tally[i] = (struct rule_tally){
            hl_xstrdup(name), hl_xstrdup(h ? h->file : ""), h ? h->line : 0, 0, 0, 0};
        rc->n_tally++;
    }
    rc->tally[i].changed++;
    rc->tally[i].better += better;
    rc->tally[i].worse += worse;
}

/* The rule that decided the verdict: the last one that fired. */
static const struct hl_rule_hit *
deciding_hit(const struct hl_verdict *v)
{
    for (size_t i = v->n_hits; i > 0; i--)
        if (!v->hits[i - 1].limit_hit)
            return &v->hits[i - 1];
    return NULL;
}

static void
replay_print(const struct replay_ctx *rc, const struct hl_replay_row *row,
             const struct hl_verdict *v, const struct hl_case_label *l)
{
    const char *unit = v->unit ? v->unit : "";
    const struct hl_rule_hit *h = deciding_hit(v);
    /* A routing difference is the doing of the rule that set the unit. */
    struct hl_rule_hit uh = {v->unit_rule, v->unit_rule_file, v->unit_rule_line, NULL, NULL, false};
    if (v->unit_rule && (strcmp(row->unit, unit) != 0 || l->source != HL_LABEL_KEPT))
        h = &uh;
    /* better: where the clerk's transfer or refusal says it belongs */
    bool better = l->from && l->unit && strcmp(l->unit, unit) == 0;
    bool worse = l->source == HL_LABEL_KEPT && strcmp(row->unit, unit) != 0;
    if (rc->o->json) {
        json_t *o = json_pack("{s:o}", "code", hl_ctl_json_str(row->code));
        if (l->source != HL_LABEL_KEPT)
            json_object_set_new(o, "label", json_string(hl_label_source_name(l->source)));
        if (better) {
            json_object_set_new(
                o, "unit", json_pack("[o,o]", hl_ctl_json_str(l->from), hl_ctl_json_str(unit)));
            json_object_set_new(o, "better", json_true());
        } else if (strcmp(row->unit, unit) != 0) {
            json_object_set_new(
                o, "unit", json_pack("[o,o]", hl_ctl_json_str(row->unit), hl_ctl_json_str(unit)));
        }
        if (strcmp(row->category, v->category) != 0)
            json_object_set_new(
                o, "category",
                json_pack("[o,o]", hl_ctl_json_str(row->category), hl_ctl_json_str(v->category)));
        if (row->priority != v->priority)
            json_object_set_new(
                o, "priority",
                json_pack("[s,s]", prio_name(row->priority), prio_name(v->priority)));
        if (v->spam)
            json_object_set_new(o, "spam", json_true());
        json_object_set_new(o, "rule", hl_ctl_json_str(h ? h->rule : NULL));
        json_object_set_new(o, "file", hl_ctl_json_str(h ? h->file : NULL));
        json_object_set_new(o, "line", json_integer(h ? h->line : 0));
        json_object_set_new(o, "old_rules", hl_ctl_json_raw(row->old_rules));
        json_object_set_new(o, "new_rules", hl_ctl_json_raw(v->trace_json));
        fputs(rc->listed ? ",\n" : "", stdout);
        hl_ctl_json_print(stdout, o);
        return;
    }
    printf("%s", row->code);
    if (better)
        printf("  unit %s -> %s", l->from, unit);
    else if (strcmp(row->unit, unit) != 0)
        printf("  unit %s -> %s", row->unit, unit);
    if (strcmp(row->category, v->category) != 0)
        printf("  category %s -> %s", row->category, v->category);
    if (row->priority != v->priority)
        printf("  priority %s -> %s", prio_name(row->priority), prio_name(v->priority));
    if (v->spam)
        printf("  spam (would open no case)");
    if (h)
        printf("  by %s (%s:%d)", h->rule, h->file, h->line);
    else
        printf("  (no rule fired)");
    printf("%s\n", better && l->source == HL_LABEL_REFUSAL
                       ? "  [better: where the clerk's refusal sent the citizen]"
                   : better ? "  [better: where a clerk moved it]"
                   : worse  ? "  [worse: the clerks kept it where it is]"
                            : "");
}

static int
replay_row(void *p, const struct hl_replay_row *row)
{
    struct replay_ctx *rc = p;
    struct hl_message *m = hl_mime_parse(row->raw, row->raw_len, rc->lim);
    /* As at intake: the daemon's function, with its routing of complaints
     * and denunciations. */
    struct hl_classify_ctx cx = {.rules = rc->r, .config = rc->cfg};
    struct hl_class cls = {
        .category = "uncategorized", .unit = row->mailbox_unit, .deadline_days = -1};
    struct hl_verdict v;
    hl_classify(&cx, 0, m, row->mailbox_unit, &m->arena, &cls, &v);
    rc->examined++;
    v.unit = cls.unit;
    const char *unit = v.unit ? v.unit : "";
    /* The case's unit now is the clerks' verdict: kept where the rules sent
     * it, or moved by a transfer.  A transferred case the candidate sends
     * where the clerk moved it is better (and listed, though its unit would
     * not change now); one the rules had right that it sends elsewhere is
     * worse. */
    struct hl_case_label l;
    hl_case_label(rc->cfg->units, rc->cfg->n_units, row->unit, row->transferred_from, row->status,
                  row->refusal_reason, row->refusal_where, &l);
    /* A case refused as outside competence to one of our units belongs
     * there; one refused to none of ours belongs to no unit: neither better
     * nor worse wherever the candidate sends it. */
    bool was_right = l.source == HL_LABEL_KEPT;
    bool now_right = l.unit && strcmp(l.unit, unit) == 0;
    int better = !was_right && now_right, worse = was_right && !now_right;
    bool changed = strcmp(row->unit, unit) != 0 || strcmp(row->category, v.category) != 0 ||
                   row->priority != v.priority || v.spam || better;
    if (changed) {
        rc->better += better;
        rc->worse += worse;
        /* Credit a routing difference to the rule that set the unit. */
        const struct hl_rule_hit *h = deciding_hit(&v);
        struct hl_rule_hit uh = {v.unit_rule, v.unit_rule_file, v.unit_rule_line, NULL, NULL,
                                 false};
        if ((better || worse) && v.unit_rule)
            h = &uh;
        tally_add(rc, h, better, worse);
        if (rc->o->limit == 0 || rc->listed < rc->o->limit) {
            replay_print(rc, row, &v, &l);
            rc->listed++;
        }
        rc->changed++;
    }
    hl_message_free(&m);
    return 0;
}

/* Re-classifies the stored mail of the period with a candidate set. */
static int
cmd_replay(const struct rules_opts *o)
{
    struct hl_config *cfg = NULL;
    struct hl_store *s = NULL;
    struct hl_rules *r = NULL;
    int status = open_db(o, &cfg, &s);
    if (status != 0)
        return status;
    size_t problems = 0;
    r = load_rules_cfg(o->candidate, cfg, &problems);
    if (r == NULL) {
        fprintf(stderr, "hotlinectl rules: %s: %zu problem%s\n", o->candidate, problems,
                problems == 1 ? "" : "s");
        status = EX_CONFIG;
        goto out;
    }
    struct replay_ctx rc = {.o = o, .r = r, .cfg = cfg, .lim = &cfg->limits.mime};
    if (o->json) {
        printf("{\"since\":");
        hl_ctl_json_print(stdout, hl_ctl_json_str(o->since));
        printf(",\"candidate\":");
        hl_ctl_json_print(stdout, hl_ctl_json_str(o->candidate));
        printf(",\"changes\":[");
    } else {
        printf("replaying the cases of the last %s with %s (nothing is changed):\n", o->since,
               o->candidate);
    }
    struct hl_err err = {0};
    if (hl_rules_db_replay(s, o->since_s, replay_row, &rc, &err) < 0) {
        if (o->json)
            printf("]}\n");
        fprintf(stderr, "hotlinectl rules: replay: %s\n", err.msg);
        status = 1;
        goto out;
    }
    if (o->json) {
        printf("],\"examined\":%ld,\"would_change\":%ld,\"better\":%ld,\"worse\":%ld,"
               "\"by_rule\":[",
               rc.examined, rc.changed, rc.better, rc.worse);
        for (size_t i = 0; i < rc.n_tally; i++) {
            fputs(i ? "," : "", stdout);
            hl_ctl_json_print(
                stdout,
                json_pack("{s:o,s:o,s:i,s:I,s:I,s:I}", "rule", hl_ctl_json_str(rc.tally[i].rule),
                          "file", hl_ctl_json_str(rc.tally[i].file), "line", rc.tally[i].line,
                          "changed", (json_int_t)rc.tally[i].changed, "better",
                          (json_int_t)rc.tally[i].better, "worse", (json_int_t)rc.tally[i].worse));
        }
        printf("]}\n");
    } else {
        if (rc.listed < rc.changed)
            printf("(%ld more not listed: --limit %ld)\n", rc.changed - rc.listed, o->limit);
        for (size_t i = 0; i < rc.n_tally; i++)
            printf("  %-28s %4ld change%s  %4ld better  %4ld worse  (%s:%d)\n", rc.tally[i].rule,
                   rc.tally[i].changed, rc.tally[i].changed == 1 ? " " : "s", rc.tally[i].better,
                   rc.tally[i].worse, rc.tally[i].file, rc.tally[i].line);
        printf("%ld examined, %ld would change: %ld better, %ld worse (against where the "
               "clerks left each case)\n",
               rc.examined, rc.changed, rc.better, rc.worse);
    }
    for (size_t i = 0; i < rc.n_tally; i++) {
        free(rc.tally[i].rule);
        free(rc.tally[i].file);
    }
    free(rc.tally);
out:
    hl_rules_free(&r);
    hl_store_close(&s);
    hl_config_free(&cfg);
    return status;
}

int
hl_ctl_rules(int argc, char **argv)
{
    if (argc < 2)
        return usage_error("missing subcommand: check, test, stats, replay, suggest or learn");
    const char *sub = argv[1];
    if (strcmp(sub, "suggest") == 0)
        return hl_ctl_rules_suggest(argc, argv);
    if (strcmp(sub, "learn") == 0)
        return hl_ctl_rules_learn(argc, argv);
    bool is_check = strcmp(sub, "check") == 0, is_test = strcmp(sub, "test") == 0;
    bool is_stats = strcmp(sub, "stats") == 0, is_replay = strcmp(sub, "replay") == 0;
    if (!is_check && !is_test && !is_stats && !is_replay)
        return usage_error("unknown subcommand \"%s\"", sub);
    struct rules_opts o = {0};
    o.config = getenv("HOTLINE_CONFIG");
    o.since = "30d";
    o.since_s = 30L * 86400;
    char **rest = hl_xcalloc((size_t)argc, sizeof *rest);
    int n_rest = 0;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        bool takes = strcmp(a, "-c") == 0 || strcmp(a, "--config") == 0 ||
                     strcmp(a, "--units") == 0 || strcmp(a, "-r") == 0 ||
                     strcmp(a, "--rules") == 0 || strcmp(a, "--mailbox") == 0 ||
                     strcmp(a, "--since") == 0 || strcmp(a, "--candidate") == 0 ||
                     strcmp(a, "--limit") == 0 || strcmp(a, "--places") == 0;
        if (takes && i + 1 >= argc) {
            free(rest);
            return usage_error("%s needs a value", a);
        }
        if (strcmp(a, "-c") == 0 || strcmp(a, "--config") == 0)
            o.config = argv[++i];
        else if (strcmp(a, "--units") == 0)
            o.units = argv[++i];
        else if ((is_check || is_test) && strcmp(a, "--places") == 0)
            o.places = argv[++i];
        else if (strcmp(a, "-r") == 0 || strcmp(a, "--rules") == 0)
            o.rules_dir = argv[++i];
        else if (is_test && strcmp(a, "--mailbox") == 0)
            o.mailbox = argv[++i];
        else if ((is_test || is_stats || is_replay) && strcmp(a, "--json") == 0)
            o.json = true;
        else if ((is_stats || is_replay) && strcmp(a, "--since") == 0) {
            o.since = argv[++i];
            o.since_s = parse_since(o.since);
            if (o.since_s < 0) {
                free(rest);
                return usage_error("--since needs a period like 30d, 7d or 24h, not \"%s\"",
                                   o.since);
            }
        } else if (is_replay && strcmp(a, "--candidate") == 0)
            o.candidate = argv[++i];
        else if (is_replay && strcmp(a, "--limit") == 0) {
            char *end;
            o.limit = strtol(argv[++i], &end, 10);
            if (argv[i][0] < '1' || argv[i][0] > '9' || *end != '\0' || o.limit > 1000000) {
                free(rest);
                return usage_error("--limit needs a number from 1 to 1000000, not \"%s\"", argv[i]);
            }
        } else if (a[0] == '-' && a[1] != '\0') {
            free(rest);
            return usage_error("unknown option \"%s\" for rules %s", a, sub);
        } else
            rest[n_rest++] = argv[i];
    }
    if ((is_stats || is_replay) && n_rest > 0) {
        const char *extra = rest[0];
        free(rest);
        return usage_error("unexpected argument \"%s\" for rules %s", extra, sub);
    }
    if (is_replay && o.candidate == NULL) {
        free(rest);
        return usage_error("replay needs --candidate DIR");
    }
    if (is_stats || is_replay) {
        free(rest);
        return is_stats ? cmd_stats(&o) : cmd_replay(&o);
    }
    if (is_check && n_rest > 1) {
        free(rest);
        return usage_error("check takes at most one directory");
    }
    if (is_check && n_rest == 1) {
        if (o.rules_dir) {
            free(rest);
            return usage_error("give the directory either as DIR or with -r, not both");
        }
        o.rules_dir = rest[0];
    }
    if (is_test && n_rest == 0) {
        free(rest);
        return usage_error("test needs at least one MSG.eml");
    }
    struct unit_list units = {0};
    char *conf_rules = NULL, *conf_places = NULL;
    int status = load_units(&o, &units, &conf_rules, &conf_places);
    if (status != 0)
        goto out;
    const char *dir = o.rules_dir ? o.rules_dir : conf_rules ? conf_rules : "rules";
    const char *places = o.places ? o.places : conf_places ? conf_places : "data/places";
    size_t problems = 0;
    struct hl_rules *r = load_rules(dir, &units, places, &problems);
    if (r == NULL) {
        fprintf(stderr, "hotlinectl rules: %s: %zu problem%s\n", dir, problems,
                problems == 1 ? "" : "s");
        status = EX_CONFIG;
        goto out;
    }
    if (is_check) {
        printf("%s: %zu rules, %zu categories, %zu places: ok%s\n", dir, hl_rules_count(r),
               hl_rules_n_categories(r), hl_places_count(hl_rules_places(r)),
               units.n ? "" : " (unit codes not checked: no -c or --units)");
    } else {
        status = cmd_test(&o, r, &units, n_rest, rest);
    }
    hl_rules_free(&r);
out:
    free(conf_rules);
    free(conf_places);
    units_free(&units);
    free(rest);
    return status;
}
