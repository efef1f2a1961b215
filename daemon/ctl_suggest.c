/*
 * hotlinectl rules suggest: learns from the clerks.  Every `case transfer`
 * is a labelled correction: the rules sent the case to one unit, a clerk
 * moved it to another.  This reads the stored mail of the period (the same
 * read-only cursor as rules replay), finds the words and place names that
 * predict the unit the transferred cases ended at, and writes a candidate
 * rule directory: a copy of the live set plus 48-suggested.conf (one rule
 * per proposal, routing to the unit) and suggested.places.tsv (names after
 * "phố/đường/ngõ/chợ/phường" that no places file knows).  Nothing changes by
 * itself: an administrator runs `rules replay --candidate DIR` to see how
 * many past cases each proposal routes better or worse, edits, and copies
 * what is good into the live set.
 *
 *   rules suggest [-c CONFIG] [--since 90d] [--out DIR] [--min N]
 *
 * A word or pair of words w is proposed for unit U when at least N (default
 * 3) transferred cases containing it were moved to U, and at least 80% of
 * all cases of the period containing it are in U now.  At most
 * MAX_PER_UNIT proposals per unit, the best supported first; a word inside
 * an already proposed pair is not proposed again.
 *
 * Refusals are labelled corrections too (suggest_rules.h): a case refused
 * as outside the unit's competence whose --where names one of our units X
 * counts as moved to X (a positive example for X, a negative one for the
 * unit that refused it); one whose --where names no unit of ours is a
 * negative example for the refusing unit only.  Nothing that would drop
 * mail is proposed from those: the words that predict them are listed in
 * the report ("letters refused as outside competence ... top words") for
 * the administrator.  Each proposal says which clerks' decisions it comes
 * from (transfers, refusals or both), in the report and in the candidate.
 *
 * Limits: at most MAX_GRAMS distinct words and pairs are counted (later new
 * ones are ignored); each message's text is read up to MAX_TEXT bytes.
 */
#include "config.h"
#include "ctl.h"
#include "fold.h"
#include "letter.h"
#include "mime.h"
#include "places.h"
#include "rules.h"
#include "rules_db.h"
#include "suggest_rules.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define MAX_GRAMS 200000
#define MAX_TEXT (256u << 10)
#define MAX_PER_UNIT 5
#define MIN_PRECISION 0.8

int hl_ctl_rules_suggest(int argc, char **argv);

#define usage_error(...)                                                                           \
    hl_ctl_usage("rules", "usage: rules suggest [--since 90d] [--out DIR] [--min N]", __VA_ARGS__)

/* Folded words too common to predict anything. */
static const char *const stopwords[] = {
    "toi",        "cua",      "va",     "la",        "co",       "khong",      "da",
    "duoc",       "cho",      "nay",    "theo",      "ve",       "voi",        "tai",
    "den",        "trong",    "nhung",  "mot",       "cac",      "nhu",        "de",
    "nhieu",      "kinh",     "gui",    "xin",       "cam",      "on",         "ubnd",
    "nguoi",      "nha",      "ngay",   "thang",     "nam",      "so",         "dan",
    "viec",       "hien",     "rat",    "con",       "len",      "ra",         "vao",
    "thi",        "ma",       "nen",    "vi",        "khi",      "sau",        "truoc",
    "tu",         "qua",      "lai",    "dang",      "se",       "bi",         "het",
    "van",        "chua",     "ong",    "ba",        "anh",      "chi",        "em",
    "chung",      "gia",      "dinh",   "de nghi",   "kinh gui", "xin cam",    "cam on",
    "tran trong", "phan anh", "uy ban", "nhan dan",  "re",       "fw",         "fwd",
    "the",        "and",      "ha noi", "thanh pho", "xu ly",    "giai quyet", "kiem tra",
    NULL,
};

static const char *const place_words[] = {"pho", "duong", "ngo",    "ngach",
                                          "hem", "cho",   "phuong", NULL};
static const char *const place_kinds[] = {"street", "street", "lane",       "lane",
                                          "lane",   "market", "former_ward"};

struct count {
    int unit; /* index into cfg->units */
    long n;
    long refused; /* of n, by a refusal naming the unit (not a transfer) */
};

struct gram {
    char *key;  /* folded */
    char *text; /* the citizen's words the first time */
    int place;  /* index into place_words + 1 when it followed one; 0: no */
    long df;    /* cases of the period with it */
    struct count *in_unit, *moved;
    size_t n_in, n_moved;
    struct count *not_ours; /* refused by the unit, naming no unit of ours */
    size_t n_not_ours;
    char *category; /* the category of the first supporting case */
    bool proper;    /* every word of text begins with a capital: a name */
};

struct suggest {
    const struct hl_config *cfg;
    const struct hl_places *places;
    struct gram *g;
    size_t n, cap; /* open addressing, cap a power of two */
    long examined, transferred;
    long refused_ours, refused_not_ours; /* outside competence: to one of ours, to none */
    long *not_ours_by;                   /* per unit: its refusals naming none of ours */
};

static bool
is_stop(const char *w)
{
    for (size_t i = 0; stopwords[i]; i++)
        if (strcmp(w, stopwords[i]) == 0)
            return true;
    return false;
}

static uint64_t
hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static struct gram *
lookup(struct suggest *sg, const char *key, bool create)
{
    if (sg->cap == 0) {
        sg->cap = 1u << 12;
        sg->g = hl_xcalloc(sg->cap, sizeof *sg->g);
    }
    if (create && (sg->n + 1) * 2 > sg->cap) {
        size_t ncap = sg->cap * 2;
        struct gram *ng = hl_xcalloc(ncap, sizeof *ng);
        for (size_t i = 0; i < sg->cap; i++) {
            if (sg->g[i].key == NULL)
                continue;
            size_t j = hash(sg->g[i].key) & (ncap - 1);
            while (ng[j].key)
                j = (j + 1) & (ncap - 1);
            ng[j] = sg->g[i];
        }
        free(sg->g);
        sg->g = ng;
        sg->cap = ncap;
    }
    size_t j = hash(key) & (sg->cap - 1);
    while (sg->g[j].key && strcmp(sg->g[j].key, key) != 0)
        j = (j + 1) & (sg->cap - 1);
    if (sg->g[j].key)
        return &sg->g[j];
    if (!create || sg->n >= MAX_GRAMS)
        return NULL;
    sg->g[j].key = hl_xstrdup(key);
    sg->n++;
    return &sg->g[j];
}

static void
bump(struct count **v, size_t *n, int unit, bool refused)
{
    for (size_t i = 0; i < *n; i++)
        if ((*v)[i].unit == unit) {
            (*v)[i].n++;
            (*v)[i].refused += refused;
            return;
        }
    *v = hl_xrealloc(*v, (*n + 1) * sizeof **v);
    (*v)[(*n)++] = (struct count){unit, 1, refused};
}

static long
count_of(const struct count *v, size_t n, int unit)
{
    for (size_t i = 0; i < n; i++)
        if (v[i].unit == unit)
            return v[i].n;
    return 0;
}

static int
unit_index(const struct hl_config *cfg, const char *code)
{
    for (size_t i = 0; i < cfg->n_units; i++)
        if (strcmp(cfg->units[i].code, code) == 0)
            return (int)i;
    return -1;
}

struct word {
    size_t fs, fe; /* in the folded text */
};

static bool
word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static bool
all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

/* Whether every word of s begins with a capital letter (Vietnamese
 * capitals included: their folded form differs from the lower-cased one). */
static bool
proper_name(const char *s)
{
    bool start = true, lower_seen = false;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        bool word = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p >= 0x80 ||
                    (*p >= '0' && *p <= '9');
        if (!word) {
            start = true;
            continue;
        }
        if (start) {
            /* A two-byte UTF-8 capital (Đ, Ư, Ơ, Â...) or ASCII A-Z; bare
             * lower-case letters and digits are not names. */
            bool upper =
                (*p >= 'A' && *p <= 'Z') || *p == 0xc3 || *p == 0xc4 || *p == 0xc6 || *p == 0xe1;
            if (*p >= 0x80 && p[1]) {
                /* Lower-case forms of the same lead bytes: check the next
                 * byte's range for Latin-1 (À-Þ = 0x80-0x9e after 0xc3). */
                if (*p == 0xc3)
                    upper = p[1] < 0xa0;
                else if (*p == 0xc6 && (p[1] == 0xaf || p[1] == 0xb0))
                    upper = p[1] == 0xaf; /* Ư, ư */
                else if (*p == 0xc4 || *p == 0xc6)
                    upper = (p[1] & 1) == 0;
                else if (*p == 0xe1 && p[1] == 0xba)
                    upper = (p[2] & 1) == 0;
                else if (*p == 0xe1 && p[1] == 0xbb)
                    upper = (p[2] & 1) == 0;
            }
            if (!upper)
                return false;
            start = false;
        } else if (*p >= 'a' && *p <= 'z') {
            lower_seen = true;
        }
    }
    /* All capitals ("LEARN", "UBND") is an acronym or a shout, not a name. */
    return lower_seen;
}

/* Counts one case's words and pairs (each once per case): final, the unit
 * it belongs to (-1: none of ours); moved_to, where a clerk's transfer or
 * refusal (by_refusal) says it belongs (-1: no correction); not_ours, the
 * unit that refused it naming none of ours (-1: none). */
static void
count_case(struct suggest *sg, const char *text, int final, int moved_to, bool by_refusal,
           int not_ours, const char *category, struct hl_arena *a)
{
    struct hl_folded f;
    size_t len = strlen(text);
    hl_fold_text(a, text, len > MAX_TEXT ? MAX_TEXT : len, true, &f);
    struct word *w = hl_arena_alloc(a, (f.len / 2 + 2) * sizeof *w);
    size_t nw = 0;
    for (size_t i = 0; i < f.len;) {
        if (!word_byte((unsigned char)f.text[i])) {
            i++;
            continue;
        }
        size_t s = i;
        while (i < f.len && word_byte((unsigned char)f.text[i]))
            i++;
        w[nw++] = (struct word){s, i};
    }
    /* Seen in this case already: a second mention counts nothing. */
    const char **seen = hl_arena_alloc(a, (2 * nw + 1) * sizeof *seen);
    size_t n_seen = 0;
    for (size_t i = 0; i < nw; i++) {
        for (size_t k = 1; k <= 2 && i + k <= nw; k++) {
            size_t fs = w[i].fs, fe = w[i + k - 1].fe;
            char *key = hl_arena_alloc(a, fe - fs + 1);
            size_t kl = 0;
            for (size_t j = i; j < i + k; j++) {
                if (kl)
                    key[kl++] = ' ';
                memcpy(key + kl, f.text + w[j].fs, w[j].fe - w[j].fs);
                kl += w[j].fe - w[j].fs;
            }
            key[kl] = '\0';
            bool skip = kl < 3 || is_stop(key) || all_digits(key, kl);
            for (size_t j = i; j < i + k && !skip; j++) {
                char one[64];
                size_t ol = w[j].fe - w[j].fs;
                if (ol >= sizeof one)
                    continue;
                memcpy(one, f.text + w[j].fs, ol);
                one[ol] = '\0';
                /* a pair with a function word or a one-letter word ("ở") */
                skip = k == 2 && (is_stop(one) || all_digits(one, ol) || ol < 2);
            }
            for (size_t j = 0; j < n_seen && !skip; j++)
                skip = strcmp(seen[j], key) == 0;
            if (skip)
                continue;
            seen[n_seen++] = key;
            struct gram *g = lookup(sg, key, true);
            if (g == NULL)
                continue;
            g->df++;
            if (final >= 0)
                bump(&g->in_unit, &g->n_in, final, false);
            if (moved_to >= 0)
                bump(&g->moved, &g->n_moved, moved_to, by_refusal);
            if (not_ours >= 0)
                bump(&g->not_ours, &g->n_not_ours, not_ours, true);
            if ((moved_to >= 0 || not_ours >= 0) && g->text == NULL) {
                size_t rs = f.map[fs], re = f.map[fe];
                g->text = hl_xstrndup(text + rs, re - rs);
                g->proper = proper_name(g->text);
            }
            if (moved_to >= 0 && g->category == NULL)
                g->category = hl_xstrdup(category);
            if (g->place == 0 && i > 0) {
                char prev[16];
                size_t pl = w[i - 1].fe - w[i - 1].fs;
                if (pl < sizeof prev) {
                    memcpy(prev, f.text + w[i - 1].fs, pl);
                    prev[pl] = '\0';
                    for (int p = 0; place_words[p]; p++)
                        if (strcmp(prev, place_words[p]) == 0)
                            g->place = p + 1;
                }
            }
        }
    }
}

static int
suggest_row(void *p, const struct hl_replay_row *row)
{
    struct suggest *sg = p;
    sg->examined++;
    struct hl_case_label l;
    hl_case_label(sg->cfg->units, sg->cfg->n_units, row->unit, row->transferred_from, row->status,
                  row->refusal_reason, row->refusal_where, &l);
    int final = l.unit ? unit_index(sg->cfg, l.unit) : -1;
    int moved_to = -1, not_ours = -1;
    if (l.source == HL_LABEL_NOT_OURS) {
        not_ours = unit_index(sg->cfg, l.from);
        if (not_ours < 0)
            return 0;
        sg->refused_not_ours++;
        sg->not_ours_by[not_ours]++;
    } else if (final < 0) {
        return 0;
    } else if (l.source == HL_LABEL_TRANSFER) {
        moved_to = final;
        sg->transferred++;
    } else if (l.source == HL_LABEL_REFUSAL) {
        moved_to = final;
        sg->refused_ours++;
    }
    struct hl_message *m = hl_mime_parse(row->raw, row->raw_len, &sg->cfg->limits.mime);
    const char *letter = hl_letter_text(m, &m->arena);
    const char *text = hl_arena_printf(&m->arena, "%s\n%s", m->subject ? m->subject : "", letter);
    count_case(sg, text, final, moved_to, l.source == HL_LABEL_REFUSAL, not_ours, row->category,
               &m->arena);
    hl_message_free(&m);
    return 0;
}

struct proposal {
    const struct gram *g;
    int unit;
    long moved, in_unit;
    long refused; /* of moved, by refusals */
};

/* Which clerks' decisions a proposal comes from. */
static const char *
source_of(const struct proposal *p)
{
    return p->refused == 0          ? "transfers"
           : p->refused == p->moved ? "refusals"
                                    : "transfers and refusals";
}

static int
cmp_proposal(const void *a, const void *b)
{
    const struct proposal *x = a, *y = b;
    if (x->unit != y->unit)
        return x->unit - y->unit;
    if (x->moved != y->moved)
        return x->moved < y->moved ? 1 : -1;
    /* Names first ("Nghĩa Tân"): a clerk moves a case for where it is. */
    if (x->g->proper != y->g->proper)
        return x->g->proper ? -1 : 1;
    bool xp = strchr(x->g->key, ' ') != NULL, yp = strchr(y->g->key, ' ') != NULL;
    if (xp != yp)
        return xp ? -1 : 1;
    return strcmp(x->g->key, y->g->key);
}

/* Copies the live set's *.conf and *.places.tsv into out. */
static int
copy_set(const char *from, const char *out)
{
    DIR *d = opendir(from);
    if (d == NULL) {
        fprintf(stderr, "hotlinectl rules: %s: %s\n", from, strerror(errno));
        return -1;
    }
    int rc = 0;
    for (struct dirent *e; rc == 0 && (e = readdir(d)) != NULL;) {
        size_t n = strlen(e->d_name);
        bool conf = n > 5 && strcmp(e->d_name + n - 5, ".conf") == 0;
        bool places = n > 11 && strcmp(e->d_name + n - 11, ".places.tsv") == 0;
        if (e->d_name[0] == '.' || (!conf && !places) ||
            strcmp(e->d_name, "48-suggested.conf") == 0)
            continue;
        char *src = hl_xasprintf("%s/%s", from, e->d_name);
        char *dst = hl_xasprintf("%s/%s", out, e->d_name);
        struct hl_err err = {0};
        size_t len = 0;
        char *data = hl_read_file(src, &len, &err);
        FILE *f = data ? fopen(dst, "w") : NULL;
        if (f == NULL || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
            fprintf(stderr, "hotlinectl rules: %s: %s\n", data ? dst : src,
                    data ? strerror(errno) : err.msg);
            rc = -1;
        }
        free(data);
        free(src);
        free(dst);
    }
    closedir(d);
    return rc;
}

/* The pattern for a proposal's words: each word as the citizen wrote it,
 * any non-word run between them, whole words (libconfig doubles '\'). */
static void
pattern_of(struct hl_buf *b, const char *text)
{
    hl_buf_puts(b, "\\\\b");
    bool gap = false;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        bool word = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                    (*p >= '0' && *p <= '9') || *p >= 0x80;
        if (!word) {
            gap = true;
            continue;
        }
        if (gap)
            hl_buf_puts(b, "\\\\W+");
        gap = false;
        hl_buf_putc(b, (char)*p);
    }
    hl_buf_puts(b, "\\\\b");
}

static long
parse_days(const char *s)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*s < '1' || *s > '9' || end[1] != '\0' || (end[0] != 'd' && end[0] != 'h') || v > 3650)
        return -1;
    return end[0] == 'd' ? v * 86400 : v * 3600;
}

int
hl_ctl_rules_suggest(int argc, char **argv)
{
    const char *conf = getenv("HOTLINE_CONFIG"), *since = "90d", *out = "rules.suggested";
    long min = 3;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (i + 1 >= argc && a[0] == '-')
            return usage_error("%s needs a value", a);
        if (strcmp(a, "-c") == 0 || strcmp(a, "--config") == 0)
            conf = argv[++i];
        else if (strcmp(a, "--since") == 0)
            since = argv[++i];
        else if (strcmp(a, "--out") == 0)
            out = argv[++i];
        else if (strcmp(a, "--min") == 0) {
            char *end;
            min = strtol(argv[++i], &end, 10);
            if (*end != '\0' || min < 1 || min > 100000)
                return usage_error("--min needs a number from 1 to 100000, not \"%s\"", argv[i]);
        } else
            return usage_error("unknown argument \"%s\" for rules suggest", a);
    }
    long since_s = parse_days(since);
    if (since_s < 0)
        return usage_error("--since needs a period like 90d or 24h, not \"%s\"", since);
    if (conf == NULL)
        conf = "hotline.conf";
    struct hl_config *cfg;
    struct hl_store *s;
    int status = hl_ctl_open(conf, "rules", &cfg, &s);
    if (status != 0)
        return status;
    /* The live set's places, to propose only names no places file knows. */
    const char **codes = hl_xcalloc(cfg->n_units + 1, sizeof *codes);
    for (size_t i = 0; i < cfg->n_units; i++)
        codes[i] = cfg->units[i].code;
    struct hl_rules_env env = {
        .unit_codes = codes, .n_units = cfg->n_units, .places_dir = cfg->places_dir};
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_rules *live = hl_rules_load(cfg->rules_dir, &env, &diag);
    hl_diag_print(&diag);
    hl_diag_fini(&diag);
    struct suggest sg = {.cfg = cfg};
    sg.not_ours_by = hl_xcalloc(cfg->n_units + 1, sizeof *sg.not_ours_by);
    struct proposal *nv = NULL; /* words of refusals naming none of ours */
    size_t n_nv = 0;
    struct proposal *pv = NULL;
    size_t n_pv = 0;
    FILE *rf = NULL, *pf = NULL;
    if (live == NULL) {
        fprintf(stderr, "hotlinectl rules: the live set %s has problems\n", cfg->rules_dir);
        status = EX_CONFIG;
        goto out;
    }
    sg.places = hl_rules_places(live);
    struct hl_err err = {0};
    if (hl_rules_db_replay(s, since_s, suggest_row, &sg, &err) < 0) {
        fprintf(stderr, "hotlinectl rules: suggest: %s\n", err.msg);
        status = 1;
        goto out;
    }
    for (size_t i = 0; i < sg.cap; i++) {
        const struct gram *g = &sg.g[i];
        if (g->key == NULL)
            continue;
        for (size_t k = 0; k < g->n_moved; k++) {
            long in_unit = count_of(g->in_unit, g->n_in, g->moved[k].unit);
            if (g->moved[k].n >= min && (double)in_unit >= MIN_PRECISION * (double)g->df) {
                pv = hl_xrealloc(pv, (n_pv + 1) * sizeof *pv);
                pv[n_pv++] = (struct proposal){g, g->moved[k].unit, g->moved[k].n, in_unit,
                                               g->moved[k].refused};
            }
        }
        /* Listed, never proposed: a rule cannot send mail to "not ours". */
        for (size_t k = 0; k < g->n_not_ours; k++) {
            long n = g->not_ours[k].n;
            if (n >= min && (double)n >= MIN_PRECISION * (double)g->df) {
                nv = hl_xrealloc(nv, (n_nv + 1) * sizeof *nv);
                nv[n_nv++] = (struct proposal){g, g->not_ours[k].unit, n, n, n};
            }
        }
    }
    qsort(pv, n_pv, sizeof *pv, cmp_proposal);
    if (n_nv)
        qsort(nv, n_nv, sizeof *nv, cmp_proposal);
    if (mkdir(out, 0755) < 0 && errno != EEXIST) {
        fprintf(stderr, "hotlinectl rules: %s: %s\n", out, strerror(errno));
        status = 1;
        goto out;
    }
    if (copy_set(cfg->rules_dir, out) < 0) {
        status = 1;
        goto out;
    }
    char *rpath = hl_xasprintf("%s/48-suggested.conf", out);
    char *ppath = hl_xasprintf("%s/suggested.places.tsv", out);
    rf = fopen(rpath, "w");
    pf = fopen(ppath, "w");
    if (rf == NULL || pf == NULL) {
        fprintf(stderr, "hotlinectl rules: %s: %s\n", rf ? ppath : rpath, strerror(errno));
        free(rpath);
        free(ppath);
        status = 1;
        goto out;
    }
    char day[16];
    time_t now = time(NULL);
    strftime(day, sizeof day, "%Y-%m-%d", localtime(&now));
    fprintf(rf,
            "# Proposed by `hotlinectl rules suggest --since %s` on %s from %ld transferred and\n"
            "# %ld refused (outside competence, to one of our units) of %ld cases; each rule\n"
            "# says which (# from transfers / refusals).  Review every rule: keep, edit or\n"
            "# delete it, then check the set with `hotlinectl rules replay --candidate %s`\n"
            "# before copying it into the live set.\n"
            "rules = (\n",
            since, day, sg.transferred, sg.refused_ours, sg.examined, out);
    fprintf(pf,
            "# Proposed by `hotlinectl rules suggest --since %s` on %s: names after\n"
            "# phố/đường/ngõ/chợ/phường that cases moved to one unit share.  Review.\n",
            since, day);
    printf("%ld cases of the last %s examined, %ld transferred by clerks, %ld refused as outside "
           "competence (%ld to one of our units, %ld to none)\n",
           sg.examined, since, sg.transferred, sg.refused_ours + sg.refused_not_ours,
           sg.refused_ours, sg.refused_not_ours);
    size_t n_rules = 0, n_places = 0;
    int per_unit = 0, last_unit = -1;
    for (size_t i = 0; i < n_pv; i++) {
        const struct proposal *p = &pv[i];
        if (p->unit != last_unit)
            per_unit = 0;
        last_unit = p->unit;
        bool inside = false; /* a word of a pair already proposed for the unit */
        for (size_t j = 0; j < i && !inside; j++)
            inside = pv[j].unit == p->unit && strstr(pv[j].g->key, p->g->key) != NULL;
        if (inside || per_unit >= MAX_PER_UNIT)
            continue;
        per_unit++;
        const struct hl_unit_cfg *u = &cfg->units[p->unit];
        struct hl_arena a;
        hl_arena_init(&a);
        struct hl_place_match pm;
        const char *pw = p->g->place ? place_words[p->g->place - 1] : NULL;
        const char *probe = pw ? hl_arena_printf(&a, "%s %s", pw, p->g->text) : NULL;
        if (pw && !hl_places_match(sg.places, NULL, probe, &a, &pm)) {
            fprintf(pf, "%s\t%s\t%s\n", u->code, place_kinds[p->g->place - 1], p->g->text);
            printf("  place  %-18s %-8s \"%s\": from %s: moved there %ld times; %ld of %ld cases "
                   "with it are there\n",
                   u->code, place_kinds[p->g->place - 1], p->g->text, source_of(p), p->moved,
                   p->in_unit, p->g->df);
            n_places++;
        } else {
            struct hl_buf pat;
            hl_buf_init(&pat);
            pattern_of(&pat, p->g->text);
            bool ward =
                u->kind && (strcmp(u->kind, "commune") == 0 || strcmp(u->kind, "ward") == 0);
            fprintf(rf,
                    "%s  { name = \"suggest-%s-%d\";  # from %s\n"
                    "    description = \"%ld moved there (%ld by transfer, %ld by refusal); %ld of "
                    "%ld cases with it are there\";\n"
                    "    when = { text = \"%s\"; };\n",
                    n_rules ? ",\n" : "", u->code, per_unit, source_of(p), p->moved,
                    p->moved - p->refused, p->refused, p->in_unit, p->g->df, pat.data);
            /* A ward's matter is still categorised by the topic rules
             * after this file; a department's is decided here. */
            if (ward || p->g->category == NULL || strcmp(p->g->category, "uncategorized") == 0)
                fprintf(rf, "    then = { unit = \"%s\"; }; }", u->code);
            else
                fprintf(rf, "    then = { category = \"%s\"; unit = \"%s\"; stop = true; }; }",
                        p->g->category, u->code);
            printf("  rule   %-18s suggest-%s-%d \"%s\": from %s: moved there %ld times; %ld of "
                   "%ld cases with it are there\n",
                   u->code, u->code, per_unit, p->g->text, source_of(p), p->moved, p->in_unit,
                   p->g->df);
            hl_buf_fini(&pat);
            n_rules++;
        }
        hl_arena_fini(&a);
    }
    fprintf(rf, "%s);\n", n_rules ? "\n" : "");
    /* The words of letters a unit refused naming no unit of ours: for the
     * administrator to read (a reply template, a notice on the site), not a
     * rule: no rule may drop a citizen's letter. */
    last_unit = -1;
    for (size_t i = 0; i < n_nv; i++) {
        const struct proposal *p = &nv[i];
        if (p->unit != last_unit) {
            per_unit = 0;
            printf("letters refused as outside competence by %s, to no unit of ours (%ld): top "
                   "words (listed only, nothing proposed):\n",
                   cfg->units[p->unit].code, sg.not_ours_by[p->unit]);
        }
        last_unit = p->unit;
        bool inside = false;
        for (size_t j = 0; j < i && !inside; j++)
            inside = nv[j].unit == p->unit && strstr(nv[j].g->key, p->g->key) != NULL;
        if (inside || per_unit >= MAX_PER_UNIT)
            continue;
        per_unit++;
        printf("  \"%s\": in %ld refused; %ld of %ld cases with it\n", p->g->text, p->moved,
               p->moved, p->g->df);
    }
    printf("%zu rule%s, %zu place%s proposed in %s (48-suggested.conf, suggested.places.tsv)\n"
           "see what they would change: hotlinectl rules replay --candidate %s --since %s\n",
           n_rules, n_rules == 1 ? "" : "s", n_places, n_places == 1 ? "" : "s", out, out, since);
    free(rpath);
    free(ppath);
out:
    if (rf && fclose(rf) != 0)
        status = 1;
    if (pf && fclose(pf) != 0)
        status = 1;
    for (size_t i = 0; i < sg.cap; i++) {
        free(sg.g[i].key);
        free(sg.g[i].text);
        free(sg.g[i].category);
        free(sg.g[i].in_unit);
        free(sg.g[i].moved);
        free(sg.g[i].not_ours);
    }
    free(sg.g);
    free(sg.not_ours_by);
    free(pv);
    free(nv);
    free(codes);
    hl_rules_free(&live);
    hl_ctl_close(&cfg, &s);
    return status;
}
