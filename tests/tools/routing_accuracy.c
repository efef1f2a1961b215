/*
 * routing_accuracy: how well a rule set routes labelled citizen mail.  For
 * every message of a set whose sidecar names a responsible_unit (new cases,
 * readable malformed mail) it classifies the decoded message as received by
 * the sidecar's to_unit and compares the unit the rules chose with
 * responsible_unit and the category with topic.  bench/routing.sh runs it
 * over the sample corpus and the held-out set (tests/data/routing).
 *
 *   routing_accuracy [-c CONF] -r RULESDIR -u UNITS.json
 *                    (-s SETDIR | -d SETDIR)...
 *
 * -s prints a set's accuracy: all mail, accented vs. diacritic-free mail
 * (the sidecar's "diacritics"), and, where sidecars say so, mail whose unit
 * a named place decides ("place") and complaints and denunciations
 * ("letter").  -d adds the confusion table (rows: the responsible unit,
 * columns: the unit chosen), the topic confusion table (rows: the topic,
 * columns: the category chosen) with its off-diagonal cells split into
 * accented and diacritic-free mail (aggregate counts only, all printed
 * before the "misses" section, so `sed '/^misses/,$d'` keeps them), and
 * every miss.  -c applies the daemon's
 * routing of complaints and denunciations (kind.h) with that config after
 * the rules, as intake does; without it the rules' own verdict is measured.
 *
 * Exits 0 whatever the figures (a measurement, not a test); 1 only when
 * the rules, the units or a set cannot be read.  Sidecars: sidecar.h.
 */
#include "config.h"
#include "kind.h"
#include "mime.h"
#include "rules.h"
#include "sidecar.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int
eml_filter(const struct dirent *d)
{
    size_t n = strlen(d->d_name);
    return n > 4 && strcmp(d->d_name + n - 4, ".eml") == 0;
}

/* One labelled message and what the rules made of it. */
struct outcome {
    char *file; /* without .eml */
    char *want_unit, *want_topic, *got_unit, *got_topic;
    char *got_kind; /* the rules' kind (NULL: feedback) */
    char *letter;   /* the sidecar's: feedback, complaint, denunciation; may be NULL */
    int diacritics; /* 1, 0, or -1 when the sidecar does not say */
    bool place;     /* a named place decides the unit */
};

struct tally {
    int n, unit, topic, both;
};

static void
tally_add(struct tally *t, const struct outcome *o)
{
    bool u = o->got_unit && strcmp(o->got_unit, o->want_unit) == 0;
    bool c = strcmp(o->got_topic, o->want_topic) == 0;
    t->n++;
    t->unit += u;
    t->topic += c;
    t->both += u && c;
}

static void
tally_print(const char *label, const struct tally *t)
{
    if (t->n == 0)
        return;
    printf("  %-22s %4d   unit %4d %5.1f%%   topic %4d %5.1f%%   both %4d %5.1f%%\n", label, t->n,
           t->unit, 100.0 * t->unit / t->n, t->topic, 100.0 * t->topic / t->n, t->both,
           100.0 * t->both / t->n);
}

struct ctx {
    const struct hl_rules *rules;
    const struct hl_config *cfg; /* NULL: the rules' verdict only */
    char **units;
    size_t n_units;
};

/* Classifies every labelled message of dir; returns how many (-1: unreadable). */
static int
run_set(const struct ctx *cx, const char *dir, struct outcome **out)
{
    struct dirent **names;
    int n = scandir(dir, &names, eml_filter, alphasort);
    if (n < 0) {
        perror(dir);
        return -1;
    }
    int k = 0;
    *out = hl_xcalloc((size_t)n + 1, sizeof **out);
    for (int i = 0; i < n; i++) {
        char *eml = hl_xasprintf("%s/%s", dir, names[i]->d_name);
        struct sidecar sc;
        if (sidecar_read(eml, &sc) && sidecar_labelled(&sc)) {
            struct outcome *o = &(*out)[k++];
            const char *to_unit = sc.to_unit;
            o->file = hl_xstrndup(names[i]->d_name, strlen(names[i]->d_name) - 4);
            o->want_unit = sc.responsible_unit;
            sc.responsible_unit = NULL;
            o->want_topic = sc.topic ? sc.topic : hl_xstrndup("-", 1);
            sc.topic = NULL;
            o->letter = sc.letter;
            sc.letter = NULL;
            o->diacritics = sc.diacritics;
            o->place = sc.place != NULL;
            size_t len;
            char *raw = hl_read_file(eml, &len, NULL);
            struct hl_mime_limits lim;
            hl_mime_limits_default(&lim);
            struct hl_message *msg =
                hl_mime_parse((const unsigned char *)(raw ? raw : ""), raw ? len : 0, &lim);
            struct hl_arena a;
            hl_arena_init(&a);
            struct hl_verdict v;
            hl_rules_classify(cx->rules, msg, to_unit, &a, &v);
            const char *unit = v.unit;
            if (cx->cfg) {
                struct hl_kind_route kr;
                hl_kind_route(cx->cfg, v.kind, v.accused, to_unit, v.unit, msg->from.address, &kr);
                unit = kr.unit;
            }
            o->got_unit = unit ? hl_xstrndup(unit, strlen(unit)) : NULL;
            o->got_topic = hl_xstrndup(v.category, strlen(v.category));
            o->got_kind = v.kind ? hl_xstrndup(v.kind, strlen(v.kind)) : NULL;
            hl_arena_fini(&a);
            hl_message_free(&msg);
            free(raw);
        }
        sidecar_fini(&sc);
        free(eml);
        free(names[i]);
    }
    free(names);
    return k;
}

static void
print_summary(const char *dir, const struct outcome *o, int n)
{
    struct tally all = {0}, acc = {0}, plain = {0}, place = {0}, compl = {0}, denun = {0};
    for (int i = 0; i < n; i++) {
        tally_add(&all, &o[i]);
        if (o[i].diacritics == 1)
            tally_add(&acc, &o[i]);
        else if (o[i].diacritics == 0)
            tally_add(&plain, &o[i]);
        if (o[i].place)
            tally_add(&place, &o[i]);
        if (o[i].letter && strcmp(o[i].letter, "complaint") == 0)
            tally_add(&compl, &o[i]);
        if (o[i].letter && strcmp(o[i].letter, "denunciation") == 0)
            tally_add(&denun, &o[i]);
    }
    printf("%s: %d labelled messages\n", dir, n);
    tally_print("all", &all);
    tally_print("accented", &acc);
    tally_print("without diacritics", &plain);
    tally_print("a place decides", &place);
    tally_print("complaints", &compl );
    tally_print("denunciations", &denun);
}

static size_t
unit_index(const struct ctx *cx, const char *unit)
{
    for (size_t i = 0; unit && i < cx->n_units; i++)
        if (strcmp(cx->units[i], unit) == 0)
            return i;
    return cx->n_units; /* the "other" column: no unit, or one not in units.json */
}

static int
cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static size_t
topic_index(char **topics, size_t n, const char *t)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(topics[i], t) == 0)
            return i;
    return n;
}

/* The topic confusion table (rows: the sidecar's topic, columns: the
 * category the rules chose), aggregate counts only, then its off-diagonal
 * cells split into accented and diacritic-free mail. */
static void
print_topics(const struct outcome *o, int n)
{
    char **t = hl_xcalloc(2 * (size_t)n + 1, sizeof *t);
    size_t nt = 0;
    for (int i = 0; i < n; i++) {
        const char *both[2] = {o[i].want_topic, o[i].got_topic};
        for (int k = 0; k < 2; k++)
            if (topic_index(t, nt, both[k]) == nt)
                t[nt++] = (char *)both[k];
    }
    qsort(t, nt, sizeof *t, cmp_str);
    int *m = hl_xcalloc(nt * nt * 3, sizeof *m); /* [all, accented, plain] */
    for (int i = 0; i < n; i++) {
        size_t c =
            (topic_index(t, nt, o[i].want_topic) * nt + topic_index(t, nt, o[i].got_topic)) * 3;
        m[c]++;
        if (o[i].diacritics == 1)
            m[c + 1]++;
        else if (o[i].diacritics == 0)
            m[c + 2]++;
    }
    printf("\ntopics (rows: topic of the letter, columns: category chosen by the rules)\n");
    printf("  columns:");
    for (size_t j = 0; j < nt; j++)
        printf(" %zu=%s", j + 1, t[j]);
    printf("\n  %-24s", "");
    for (size_t j = 0; j < nt; j++)
        printf("%4zu", j + 1);
    printf("  total  right\n");
    for (size_t i = 0; i < nt; i++) {
        int total = 0;
        for (size_t j = 0; j < nt; j++)
            total += m[(i * nt + j) * 3];
        if (total == 0)
            continue;
        printf("  %2zu %-21s", i + 1, t[i]);
        for (size_t j = 0; j < nt; j++) {
            if (m[(i * nt + j) * 3])
                printf("%4d", m[(i * nt + j) * 3]);
            else
                printf("%4s", ".");
        }
        printf("  %5d  %4.0f%%\n", total, 100.0 * m[(i * nt + i) * 3] / total);
    }
    printf("\ntopic confusions (topic -> chosen: all, accented / without diacritics)\n");
    int cells = 0;
    for (size_t i = 0; i < nt; i++)
        for (size_t j = 0; j < nt; j++) {
            const int *c = &m[(i * nt + j) * 3];
            if (i == j || c[0] == 0)
                continue;
            cells++;
            printf("  %-22s -> %-22s %3d   %3d / %3d\n", t[i], t[j], c[0], c[1], c[2]);
        }
    if (cells == 0)
        printf("  none\n");
    free(m);
    free(t);
}

static void
print_details(const struct ctx *cx, const struct outcome *o, int n)
{
    size_t w = cx->n_units + 1;
    int *m = hl_xcalloc(w * w, sizeof *m);
    for (int i = 0; i < n; i++)
        m[unit_index(cx, o[i].want_unit) * w + unit_index(cx, o[i].got_unit)]++;
    printf("\nconfusion (rows: responsible unit, columns: unit chosen by the rules)\n");
    printf("  columns:");
    for (size_t j = 0; j < cx->n_units; j++)
        printf(" %zu=%s", j + 1, cx->units[j]);
    printf(" ?=none or unknown\n");
    printf("  %-18s", "");
    for (size_t j = 0; j < cx->n_units; j++)
        printf("%4zu", j + 1);
    printf("%4s", "?");
    printf("  total  right\n");
    for (size_t i = 0; i < w; i++) {
        int total = 0;
        for (size_t j = 0; j < w; j++)
            total += m[i * w + j];
        if (total == 0)
            continue;
        printf("  %-18s", i < cx->n_units ? cx->units[i] : "?");
        for (size_t j = 0; j < w; j++) {
            if (m[i * w + j])
                printf("%4d", m[i * w + j]);
            else
                printf("%4s", ".");
        }
        printf("  %5d  %4.0f%%\n", total, 100.0 * m[i * w + i] / total);
    }
    free(m);
    print_topics(o, n);
    printf("\nmisses (file: unit expected -> chosen; topic expected -> chosen; for complaints and\n"
           "denunciations whether the rules' kind agreed; a rule's kind on feedback shows as "
           "differs)\n");
    int misses = 0;
    for (int i = 0; i < n; i++) {
        bool u = o[i].got_unit && strcmp(o[i].got_unit, o[i].want_unit) == 0;
        bool t = strcmp(o[i].got_topic, o[i].want_topic) == 0;
        if (u && t)
            continue;
        misses++;
        printf("  %-48s unit %s%s%s  topic %s%s%s%s%s%s\n", o[i].file, o[i].want_unit,
               u ? "" : " -> ", u ? "" : (o[i].got_unit ? o[i].got_unit : "-"), o[i].want_topic,
               t ? "" : " -> ", t ? "" : o[i].got_topic,
               o[i].letter && strcmp(o[i].letter, "feedback") != 0 ? "  letter " : "",
               o[i].letter && strcmp(o[i].letter, "feedback") != 0 ? o[i].letter : "",
               o[i].got_kind ? (strcmp(o[i].got_kind, o[i].letter ? o[i].letter : "") == 0
                                    ? " (kind seen)"
                                    : " (kind differs)")
                             : "");
    }
    printf("  %d of %d missed unit or topic\n", misses, n);
}

static void
free_outcomes(struct outcome *o, int n)
{
    for (int i = 0; i < n; i++) {
        free(o[i].file);
        free(o[i].want_unit);
        free(o[i].want_topic);
        free(o[i].got_unit);
        free(o[i].got_topic);
        free(o[i].got_kind);
        free(o[i].letter);
    }
    free(o);
}

static int
usage(void)
{
    fprintf(stderr, "usage: routing_accuracy [-c CONF] -r RULESDIR -u UNITS.json "
                    "(-s SETDIR | -d SETDIR)...\n");
    return 2;
}

int
main(int argc, char **argv)
{
    const char *rules_dir = NULL, *units_path = NULL, *conf = NULL;
    int opt;
    /* First pass: what to load; the sets are run in a second pass, in order. */
    while ((opt = getopt(argc, argv, "c:r:u:s:d:")) != -1) {
        if (opt == 'c')
            conf = optarg;
        else if (opt == 'r')
            rules_dir = optarg;
        else if (opt == 'u')
            units_path = optarg;
        else if (opt != 's' && opt != 'd')
            return usage();
    }
    if (rules_dir == NULL || units_path == NULL || optind != argc)
        return usage();
    struct ctx cx;
    memset(&cx, 0, sizeof cx);
    cx.n_units = sidecar_units(units_path, &cx.units);
    if (cx.n_units == 0) {
        fprintf(stderr, "%s: no units\n", units_path);
        return 1;
    }
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_config *cfg = NULL;
    if (conf && (cfg = hl_config_load(conf, &diag)) == NULL) {
        hl_diag_print(&diag);
        return 1;
    }
    cx.cfg = cfg;
    /* The places the daemon would load: the configuration's, else the
     * shipped sample (HL_PLACES_DIR overrides both). */
    const char *places = getenv("HL_PLACES_DIR");
    if (places == NULL)
        places = cfg && cfg->places_dir ? cfg->places_dir : "data/places";
    struct hl_rules_env env = {(const char *const *)cx.units, cx.n_units, 0, 0, 0, places};
    struct hl_rules *r = hl_rules_load(rules_dir, &env, &diag);
    if (r == NULL) {
        hl_diag_print(&diag);
        return 1;
    }
    hl_diag_fini(&diag);
    cx.rules = r;
    printf("rules: %s (%zu rules)%s\n", rules_dir, hl_rules_count(r),
           cfg ? ", then the config's complaint and denunciation routing" : "");
    int rc = 0;
    optind = 1;
    while ((opt = getopt(argc, argv, "c:r:u:s:d:")) != -1) {
        if (opt != 's' && opt != 'd')
            continue;
        struct outcome *o;
        int n = run_set(&cx, optarg, &o);
        if (n < 0) {
            rc = 1;
            continue;
        }
        printf("\n");
        print_summary(optarg, o, n);
        if (opt == 'd')
            print_details(&cx, o, n);
        free_outcomes(o, n);
    }
    hl_rules_free(&r);
    hl_config_free(&cfg);
    for (size_t i = 0; i < cx.n_units; i++)
        free(cx.units[i]);
    free(cx.units);
    return rc;
}
