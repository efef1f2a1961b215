/*
 * rules_accuracy: measures the default rule set against the shared corpus.
 * For every message whose sidecar has a responsible_unit (new cases and
 * readable malformed mail), it classifies the decoded message as received by
 * the sidecar's to_unit and compares the category with the sidecar's topic
 * and the unit with its responsible_unit.
 *
 *   rules_accuracy [-v] [RULESDIR [CORPUSDIR]]     (defaults: rules tests/data/corpus)
 *
 * Places come from $HL_PLACES_DIR, else data/places.
 *
 * It then does the same for tests/data/rules/heldout.tsv (when present):
 * messages written after the rules, not taken from the corpus, to show
 * whether the rules generalise rather than fit the corpus; then for
 * tests/data/rules/probes.tsv (the rule author's own probes of a class of
 * letters) and $HL_PROBE_TSV.
 *
 * Prints one line per miss and the two percentages; exits 0 (a measurement,
 * not a test).  Sidecars: sidecar.h.
 */
#include "mime.h"
#include "rules.h"
#include "sidecar.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
eml_filter(const struct dirent *d)
{
    size_t n = strlen(d->d_name);
    return n > 4 && strcmp(d->d_name + n - 4, ".eml") == 0;
}

/* topic TAB mailbox TAB unit TAB subject TAB body, one message a line. */
static void
heldout(const struct hl_rules *r, const char *path, bool verbose)
{
    char *data = hl_read_file(path, NULL, NULL);
    if (data == NULL)
        return;
    int total = 0, topic_ok = 0, unit_ok = 0;
    for (char *line = data, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        char *col[5];
        int n = 0;
        for (char *p = line; n < 5; n++) {
            col[n] = p;
            char *tab = strchr(p, '\t');
            if (tab == NULL) {
                n++;
                break;
            }
            *tab = '\0';
            p = tab + 1;
        }
        if (n < 5)
            continue;
        struct hl_message m;
        memset(&m, 0, sizeof m);
        m.subject = col[3];
        m.text = col[4];
        struct hl_arena a;
        hl_arena_init(&a);
        struct hl_verdict v;
        hl_rules_classify(r, &m, col[1], &a, &v);
        bool t = strcmp(v.category, col[0]) == 0, u = v.unit && strcmp(v.unit, col[2]) == 0;
        total++;
        topic_ok += t;
        unit_ok += u;
        if (!t || !u || verbose)
            printf("%s held-out %-40.40s topic %s%s%s  unit %s%s%s\n", t && u ? "ok  " : "MISS",
                   col[3], v.category, t ? "" : " want ", t ? "" : col[0], v.unit ? v.unit : "-",
                   u ? "" : " want ", u ? "" : col[2]);
        hl_arena_fini(&a);
    }
    if (total > 0)
        printf("held-out %d  topic %d/%d = %.1f%%  unit %d/%d = %.1f%%\n", total, topic_ok, total,
               100.0 * topic_ok / total, unit_ok, total, 100.0 * unit_ok / total);
    free(data);
}

int
main(int argc, char **argv)
{
    bool verbose = false;
    int ai = 1;
    if (ai < argc && strcmp(argv[ai], "-v") == 0) {
        verbose = true;
        ai++;
    }
    const char *rules_dir = ai < argc ? argv[ai++] : "rules";
    const char *corpus = ai < argc ? argv[ai++] : "tests/data/corpus";
    char *units_path = hl_xasprintf("%s/units.json", corpus);
    char **units;
    size_t n_units = sidecar_units(units_path, &units);
    free(units_path);
    const char *places = getenv("HL_PLACES_DIR") ? getenv("HL_PLACES_DIR") : "data/places";
    struct hl_rules_env env = {(const char *const *)units, n_units, 0, 0, 0, places};
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_rules *r = hl_rules_load(rules_dir, &env, &diag);
    if (r == NULL) {
        hl_diag_print(&diag);
        return 1;
    }
    hl_diag_fini(&diag);
    struct dirent **names;
    int n = scandir(corpus, &names, eml_filter, alphasort);
    if (n < 0) {
        perror(corpus);
        return 1;
    }
    int total = 0, topic_ok = 0, unit_ok = 0, both_ok = 0;
    for (int i = 0; i < n; i++) {
        char *eml = hl_xasprintf("%s/%s", corpus, names[i]->d_name);
        struct sidecar sc;
        if (sidecar_read(eml, &sc) && sidecar_labelled(&sc)) {
            const char *want_unit = sc.responsible_unit;
            const char *want_topic = sc.topic ? sc.topic : "-";
            const char *to_unit = sc.to_unit;
            size_t len;
            char *raw = hl_read_file(eml, &len, NULL);
            struct hl_mime_limits lim;
            hl_mime_limits_default(&lim);
            struct hl_message *msg = hl_mime_parse((const unsigned char *)raw, len, &lim);
            struct hl_arena a;
            hl_arena_init(&a);
            struct hl_verdict v;
            hl_rules_classify(r, msg, to_unit, &a, &v);
            bool t = strcmp(v.category, want_topic) == 0;
            bool u = v.unit && strcmp(v.unit, want_unit) == 0;
            total++;
            topic_ok += t;
            unit_ok += u;
            both_ok += t && u;
            if (!t || !u || verbose)
                printf("%s %-40.40s topic %s%s%s  unit %s%s%s\n", t && u ? "ok  " : "MISS",
                       names[i]->d_name, v.category, t ? "" : " want ", t ? "" : want_topic,
                       v.unit ? v.unit : "-", u ? "" : " want ", u ? "" : want_unit);
            if (verbose && (!t || !u))
                printf("     trace %s\n", v.trace_json);
            hl_arena_fini(&a);
            hl_message_free(&msg);
            free(raw);
        }
        sidecar_fini(&sc);
        free(eml);
        free(names[i]);
    }
    free(names);
    if (total > 0)
        printf("messages %d  topic %d/%d = %.1f%%  unit %d/%d = %.1f%%  both %d/%d = %.1f%%\n",
               total, topic_ok, total, 100.0 * topic_ok / total, unit_ok, total,
               100.0 * unit_ok / total, both_ok, total, 100.0 * both_ok / total);
    heldout(r, "tests/data/rules/heldout.tsv", verbose);
    /* The rule author's probes, and HL_PROBE_TSV: more in the same format. */
    heldout(r, "tests/data/rules/probes.tsv", verbose);
    if (getenv("HL_PROBE_TSV"))
        heldout(r, getenv("HL_PROBE_TSV"), verbose);
    hl_rules_free(&r);
    for (size_t i = 0; i < n_units; i++)
        free(units[i]);
    free(units);
    return 0;
}
