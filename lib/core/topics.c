/* topics: see topics.h.  Layout: a letter's features, the model (load,
 * guess), the trainer (count, write). */
#include "topics.h"

#include "fold.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CLASSES 256
#define MAX_WORDS 4000
#define MAX_FILE (64u << 20)
#define ALPHA 0.5

/* ---------- features ---------- */

struct span {
    const char *s;
    size_t n;
};

static int
cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The distinct words and pairs of adjacent words of a letter's subject and
 * text, folded, sorted; *n their number.  In a. */
static char **
features(struct hl_arena *a, const char *subject, const char *text, size_t *n)
{
    const char *fields[2] = {subject ? subject : "", text ? text : ""};
    size_t cap = 2 * MAX_WORDS + 2, k = 0, words = 0;
    char **v = hl_arena_alloc(a, cap * sizeof *v);
    for (int fi = 0; fi < 2; fi++) {
        struct hl_folded f;
        hl_fold_text(a, fields[fi], strlen(fields[fi]), false, &f);
        struct span prev = {NULL, 0};
        size_t i = 0;
        while (i < f.len && words < MAX_WORDS) {
            int32_t cp;
            size_t step = 1;
            const unsigned char *u = (const unsigned char *)f.text + i;
            if (u[0] >= 0x80) {
                step = hl_utf8_next(u, f.len - i, &cp);
                if (step == 0) {
                    step = 1;
                    cp = '?';
                }
            } else {
                cp = u[0];
            }
            if (!hl_fold_is_word_cp(cp) && cp != '_') {
                i += step;
                continue;
            }
            size_t start = i;
            while (i < f.len) {
                u = (const unsigned char *)f.text + i;
                step = 1;
                if (u[0] >= 0x80) {
                    step = hl_utf8_next(u, f.len - i, &cp);
                    if (step == 0)
                        break;
                } else {
                    cp = u[0];
                }
                if (!hl_fold_is_word_cp(cp) && cp != '_')
                    break;
                i += step;
            }
            struct span w = {f.text + start, i - start};
            v[k++] = hl_arena_strndup(a, w.s, w.n);
            if (prev.s)
                v[k++] = hl_arena_printf(a, "%.*s_%.*s", (int)prev.n, prev.s, (int)w.n, w.s);
            prev = w;
            words++;
        }
    }
    qsort(v, k, sizeof *v, cmp_str);
    size_t u = 0;
    for (size_t i = 0; i < k; i++)
        if (u == 0 || strcmp(v[u - 1], v[i]) != 0)
            v[u++] = v[i];
    *n = u;
    return v;
}

static uint64_t
hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

/* ---------- the model ---------- */

struct fentry {
    char *key;
    uint32_t off, n; /* into the sparse arrays */
};

struct hl_topics {
    char **codes, **units;
    int *lines;            /* of each class in the file */
    double *prior, *deflt; /* log P(class); log of an unseen feature's share */
    size_t n_classes;
    double margin;
    struct fentry *tab; /* open addressing, n_tab a power of two */
    size_t n_tab, n_feats;
    uint16_t *cls;
    float *lg; /* log((count + a) / a) */
    size_t n_sparse, cap_sparse;
};

static struct fentry *
find(const struct hl_topics *t, const char *key)
{
    if (t->n_tab == 0)
        return NULL;
    for (size_t i = hash_str(key) & (t->n_tab - 1);; i = (i + 1) & (t->n_tab - 1)) {
        if (t->tab[i].key == NULL)
            return NULL;
        if (strcmp(t->tab[i].key, key) == 0)
            return &t->tab[i];
    }
}

void
hl_topics_free(struct hl_topics **tp)
{
    struct hl_topics *t = *tp;
    if (t == NULL)
        return;
    for (size_t i = 0; i < t->n_classes; i++) {
        free(t->codes[i]);
        free(t->units[i]);
    }
    for (size_t i = 0; i < t->n_tab; i++)
        free(t->tab[i].key);
    free(t->codes);
    free(t->units);
    free(t->lines);
    free(t->prior);
    free(t->deflt);
    free(t->tab);
    free(t->cls);
    free(t->lg);
    free(t);
    *tp = NULL;
}

static bool
parse_pairs(struct hl_topics *t, char *rest, double *tot, uint32_t *n)
{
    *n = 0;
    char *save = NULL;
    for (char *tok = strtok_r(rest, " \t", &save); tok; tok = strtok_r(NULL, " \t", &save)) {
        char *end;
        unsigned long k = strtoul(tok, &end, 10);
        if (*end != ':' || k >= t->n_classes)
            return false;
        unsigned long c = strtoul(end + 1, &end, 10);
        if (*end || c == 0 || c > 100000000ul)
            return false;
        if (t->n_sparse == t->cap_sparse) {
            t->cap_sparse = t->cap_sparse ? t->cap_sparse * 2 : 4096;
            t->cls = hl_xrealloc(t->cls, t->cap_sparse * sizeof *t->cls);
            t->lg = hl_xrealloc(t->lg, t->cap_sparse * sizeof *t->lg);
        }
        t->cls[t->n_sparse] = (uint16_t)k;
        t->lg[t->n_sparse] = (float)c; /* a count until every line is read */
        t->n_sparse++;
        tot[k] += (double)c;
        (*n)++;
    }
    return *n > 0;
}

static void
insert(struct hl_topics *t, char *key, uint32_t off, uint32_t n)
{
    if (2 * (t->n_feats + 1) > t->n_tab) {
        size_t nt = t->n_tab ? t->n_tab * 2 : 1024;
        struct fentry *old = t->tab;
        size_t on = t->n_tab;
        t->tab = hl_xcalloc(nt, sizeof *t->tab);
        t->n_tab = nt;
        for (size_t i = 0; i < on; i++)
            if (old[i].key) {
                size_t j = hash_str(old[i].key) & (nt - 1);
                while (t->tab[j].key)
                    j = (j + 1) & (nt - 1);
                t->tab[j] = old[i];
            }
        free(old);
    }
    size_t j = hash_str(key) & (t->n_tab - 1);
    while (t->tab[j].key)
        j = (j + 1) & (t->n_tab - 1);
    t->tab[j] = (struct fentry){key, off, n};
    t->n_feats++;
}

struct hl_topics *
hl_topics_load(const char *path, struct hl_diag *diag)
{
    FILE *fp = fopen(path, "r");
    if (fp == NULL) {
        hl_diag_add(diag, path, 0, "cannot read: %s", strerror(errno));
        return NULL;
    }
    struct hl_topics *t = hl_xcalloc(1, sizeof *t);
    t->margin = -1;
    double tot[MAX_CLASSES] = {0};
    size_t docs_all = 0, problems = diag->n, bytes = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int ln = 0;
    bool version = false;
    while ((len = getline(&line, &cap, fp)) >= 0) {
        ln++;
        bytes += (size_t)len;
        if (bytes > MAX_FILE) {
            hl_diag_add(diag, path, ln, "the model is over %u MiB", MAX_FILE >> 20);
            break;
        }
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        char *sp = strchr(line, ' ');
        char *rest = sp ? sp + 1 : line + strlen(line);
        if (sp)
            *sp = '\0';
        if (strcmp(line, "model") == 0) {
            version = strcmp(rest, "1") == 0;
            if (!version)
                hl_diag_add(diag, path, ln, "unknown model version \"%s\" (this hotline reads 1)",
                            rest);
        } else if (strcmp(line, "margin") == 0) {
            char *end;
            t->margin = strtod(rest, &end);
            if (*end || !(t->margin >= 0 && t->margin < 1e6))
                hl_diag_add(diag, path, ln, "margin must be a number >= 0");
        } else if (strcmp(line, "class") == 0) {
            char code[128], unit[128];
            unsigned long docs;
            char extra;
            if (t->n_sparse) {
                hl_diag_add(diag, path, ln, "a class after the features");
            } else if (sscanf(rest, "%127s %lu %127s %c", code, &docs, unit, &extra) != 3 ||
                       docs == 0) {
                hl_diag_add(diag, path, ln, "expected: class CODE LETTERS UNIT");
            } else if (t->n_classes == MAX_CLASSES) {
                hl_diag_add(diag, path, ln, "more than %d classes", MAX_CLASSES);
            } else {
                t->codes = hl_xrealloc(t->codes, (t->n_classes + 1) * sizeof *t->codes);
                t->units = hl_xrealloc(t->units, (t->n_classes + 1) * sizeof *t->units);
                t->prior = hl_xrealloc(t->prior, (t->n_classes + 1) * sizeof *t->prior);
                t->lines = hl_xrealloc(t->lines, (t->n_classes + 1) * sizeof *t->lines);
                t->lines[t->n_classes] = ln;
                t->codes[t->n_classes] = hl_xstrdup(code);
                t->units[t->n_classes] = strcmp(unit, "-") == 0 ? NULL : hl_xstrdup(unit);
                t->prior[t->n_classes] = (double)docs;
                docs_all += docs;
                t->n_classes++;
            }
        } else if (strcmp(line, "f") == 0) {
            char *key = rest, *pairs = strchr(rest, ' ');
            uint32_t off = (uint32_t)t->n_sparse, n;
            if (pairs)
                *pairs++ = '\0';
            if (*key == '\0' || pairs == NULL || !parse_pairs(t, pairs, tot, &n)) {
                hl_diag_add(diag, path, ln, "expected: f FEATURE CLASS:COUNT... (classes first)");
                t->n_sparse = off;
            } else if (find(t, key)) {
                hl_diag_add(diag, path, ln, "feature \"%s\" given twice", key);
            } else {
                insert(t, hl_xstrdup(key), off, n);
            }
        } else {
            hl_diag_add(diag, path, ln, "unknown line \"%s\" (model, margin, class or f)", line);
        }
    }
    free(line);
    fclose(fp);
    if (diag->n == problems && (!version || t->margin < 0 || t->n_classes < 2))
        hl_diag_add(diag, path, ln, "a model needs \"model 1\", a margin and two classes");
    if (diag->n > problems) {
        hl_topics_free(&t);
        return NULL;
    }
    double v = (double)t->n_feats;
    t->deflt = hl_xcalloc(t->n_classes, sizeof *t->deflt);
    for (size_t c = 0; c < t->n_classes; c++) {
        t->prior[c] = log(t->prior[c] / (double)docs_all);
        t->deflt[c] = log(ALPHA) - log(tot[c] + ALPHA * v);
    }
    for (size_t i = 0; i < t->n_sparse; i++)
        t->lg[i] = (float)(log((double)t->lg[i] + ALPHA) - log(ALPHA));
    return t;
}

void
hl_topics_guess(const struct hl_topics *t, const char *subject, const char *text,
                struct hl_topic_guess *out)
{
    memset(out, 0, sizeof *out);
    /* The words are needed only here: a scratch arena, not the caller's,
     * which may hold a whole batch of letters until it commits. */
    struct hl_arena scratch;
    hl_arena_init(&scratch);
    size_t n;
    char **f = features(&scratch, subject, text, &n);
    double *score = hl_arena_alloc(&scratch, t->n_classes * sizeof *score);
    size_t known = 0;
    for (size_t c = 0; c < t->n_classes; c++)
        score[c] = t->prior[c];
    for (size_t i = 0; i < n; i++) {
        const struct fentry *e = find(t, f[i]);
        if (e == NULL)
            continue;
        known++;
        for (uint32_t k = 0; k < e->n; k++)
            score[t->cls[e->off + k]] += t->lg[e->off + k];
    }
    if (known == 0) {
        hl_arena_fini(&scratch);
        return;
    }
    size_t best = 0, second = 1;
    for (size_t c = 0; c < t->n_classes; c++)
        score[c] += (double)known * t->deflt[c];
    if (score[1] > score[0]) {
        best = 1;
        second = 0;
    }
    for (size_t c = 2; c < t->n_classes; c++) {
        if (score[c] > score[best]) {
            second = best;
            best = c;
        } else if (score[c] > score[second]) {
            second = c;
        }
    }
    out->code = t->codes[best];
    out->unit = t->units[best];
    out->second = t->codes[second];
    out->margin = score[best] - score[second];
    out->sure = out->margin > t->margin;
    hl_arena_fini(&scratch);
}

size_t
hl_topics_n_classes(const struct hl_topics *t)
{
    return t->n_classes;
}

const char *
hl_topics_class(const struct hl_topics *t, size_t i)
{
    return t->codes[i];
}

int
hl_topics_class_line(const struct hl_topics *t, size_t i)
{
    return t->lines[i];
}

const char *
hl_topics_class_unit(const struct hl_topics *t, size_t i)
{
    return t->units[i];
}

double
hl_topics_margin(const struct hl_topics *t)
{
    return t->margin;
}

/* ---------- training ---------- */

struct tclass {
    char *code;
    size_t docs;
    char **units;
    size_t *unit_n, n_units;
};

struct tfeat {
    char *key;
    uint32_t *count; /* per class index, grown with the classes */
    size_t n_count;
};

struct hl_topics_trainer {
    struct tclass *cls;
    size_t n_cls;
    struct tfeat *tab;
    size_t n_tab, n_feats, letters;
};

struct hl_topics_trainer *
hl_topics_trainer_new(void)
{
    return hl_xcalloc(1, sizeof(struct hl_topics_trainer));
}

void
hl_topics_trainer_free(struct hl_topics_trainer **trp)
{
    struct hl_topics_trainer *tr = *trp;
    if (tr == NULL)
        return;
    for (size_t i = 0; i < tr->n_cls; i++) {
        free(tr->cls[i].code);
        for (size_t u = 0; u < tr->cls[i].n_units; u++)
            free(tr->cls[i].units[u]);
        free(tr->cls[i].units);
        free(tr->cls[i].unit_n);
    }
    for (size_t i = 0; i < tr->n_tab; i++) {
        free(tr->tab[i].key);
        free(tr->tab[i].count);
    }
    free(tr->cls);
    free(tr->tab);
    free(tr);
    *trp = NULL;
}

static struct tfeat *
tfind(struct hl_topics_trainer *tr, const char *key)
{
    if (2 * (tr->n_feats + 1) > tr->n_tab) {
        size_t nt = tr->n_tab ? tr->n_tab * 2 : 4096;
        struct tfeat *old = tr->tab;
        size_t on = tr->n_tab;
        tr->tab = hl_xcalloc(nt, sizeof *tr->tab);
        tr->n_tab = nt;
        for (size_t i = 0; i < on; i++)
            if (old[i].key) {
                size_t j = hash_str(old[i].key) & (nt - 1);
                while (tr->tab[j].key)
                    j = (j + 1) & (nt - 1);
                tr->tab[j] = old[i];
            }
        free(old);
    }
    size_t j = hash_str(key) & (tr->n_tab - 1);
    while (tr->tab[j].key && strcmp(tr->tab[j].key, key) != 0)
        j = (j + 1) & (tr->n_tab - 1);
    if (tr->tab[j].key == NULL) {
        tr->tab[j].key = hl_xstrdup(key);
        tr->n_feats++;
    }
    return &tr->tab[j];
}

void
hl_topics_train(struct hl_topics_trainer *tr, const char *topic, const char *unit,
                const char *subject, const char *text)
{
    size_t c = 0;
    while (c < tr->n_cls && strcmp(tr->cls[c].code, topic) != 0)
        c++;
    if (c == tr->n_cls) {
        if (c == MAX_CLASSES)
            return;
        tr->cls = hl_xrealloc(tr->cls, (c + 1) * sizeof *tr->cls);
        memset(&tr->cls[c], 0, sizeof tr->cls[c]);
        tr->cls[c].code = hl_xstrdup(topic);
        tr->n_cls++;
    }
    struct tclass *k = &tr->cls[c];
    k->docs++;
    if (unit && *unit) {
        size_t u = 0;
        while (u < k->n_units && strcmp(k->units[u], unit) != 0)
            u++;
        if (u == k->n_units) {
            k->units = hl_xrealloc(k->units, (u + 1) * sizeof *k->units);
            k->unit_n = hl_xrealloc(k->unit_n, (u + 1) * sizeof *k->unit_n);
            k->units[u] = hl_xstrdup(unit);
            k->unit_n[u] = 0;
            k->n_units++;
        }
        k->unit_n[u]++;
    }
    struct hl_arena a;
    hl_arena_init(&a);
    size_t n;
    char **f = features(&a, subject, text, &n);
    for (size_t i = 0; i < n; i++) {
        struct tfeat *e = tfind(tr, f[i]);
        if (e->n_count <= c) {
            e->count = hl_xrealloc(e->count, (c + 1) * sizeof *e->count);
            memset(e->count + e->n_count, 0, (c + 1 - e->n_count) * sizeof *e->count);
            e->n_count = c + 1;
        }
        e->count[c]++;
    }
    hl_arena_fini(&a);
    tr->letters++;
}

size_t
hl_topics_trainer_letters(const struct hl_topics_trainer *tr)
{
    return tr->letters;
}

static int
cmp_class(const void *a, const void *b)
{
    return strcmp((*(const struct tclass *const *)a)->code,
                  (*(const struct tclass *const *)b)->code);
}

static int
cmp_feat(const void *a, const void *b)
{
    return strcmp((*(const struct tfeat *const *)a)->key, (*(const struct tfeat *const *)b)->key);
}

/* The unit four in five letters of the class went to, or "-". */
static const char *
class_unit(const struct tclass *k)
{
    for (size_t u = 0; u < k->n_units; u++)
        if (5 * k->unit_n[u] >= 4 * k->docs)
            return k->units[u];
    return "-";
}

int
hl_topics_write(const struct hl_topics_trainer *tr, const char *path, double margin,
                const char *comment)
{
    const struct tclass **cls = hl_xcalloc(tr->n_cls + 1, sizeof *cls);
    size_t *order = hl_xcalloc(tr->n_cls + 1, sizeof *order); /* old index -> written index */
    for (size_t i = 0; i < tr->n_cls; i++)
        cls[i] = &tr->cls[i];
    qsort(cls, tr->n_cls, sizeof *cls, cmp_class);
    for (size_t i = 0; i < tr->n_cls; i++)
        order[cls[i] - tr->cls] = i;
    const struct tfeat **fs = hl_xcalloc(tr->n_feats + 1, sizeof *fs);
    size_t nf = 0;
    for (size_t i = 0; i < tr->n_tab; i++)
        if (tr->tab[i].key)
            fs[nf++] = &tr->tab[i];
    qsort(fs, nf, sizeof *fs, cmp_feat);
    FILE *fp = fopen(path, "w");
    int rc = -1;
    if (fp) {
        fprintf(fp, "# %s\nmodel 1\nmargin %g\n", comment ? comment : "hotline topic model",
                margin);
        for (size_t i = 0; i < tr->n_cls; i++)
            fprintf(fp, "class %s %zu %s\n", cls[i]->code, cls[i]->docs, class_unit(cls[i]));
        uint32_t *row = hl_xcalloc(tr->n_cls + 1, sizeof *row);
        for (size_t i = 0; i < nf; i++) {
            memset(row, 0, tr->n_cls * sizeof *row);
            for (size_t c = 0; c < fs[i]->n_count; c++)
                row[order[c]] = fs[i]->count[c];
            fprintf(fp, "f %s", fs[i]->key);
            for (size_t c = 0; c < tr->n_cls; c++)
                if (row[c])
                    fprintf(fp, " %zu:%u", c, row[c]);
            fputc('\n', fp);
        }
        free(row);
        rc = ferror(fp) ? -1 : 0;
        if (fclose(fp) != 0)
            rc = -1;
    }
    free(fs);
    free(order);
    free(cls);
    return rc;
}
