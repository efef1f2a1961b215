/*
 * rules: see rules.h.  Layout of this file: pattern folding and literal
 * extraction (load time), the loader and its diagnostics, the prefilter
 * automaton, and the classifier.
 *
 * Limits: every match runs under the match context's match, depth and heap
 * limits; matched text quoted in traces is cut at MAX_QUOTE bytes; a rule's
 * hits are bounded by its number of conditions, fixed at load.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "rules.h"

#include "fold.h"
#include "issuer.h"
#include "kind.h"
#include "letter.h"

#include <dirent.h>
#include <libconfig.h>
#include <pcre2.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_QUOTE 200
#define HEAP_LIMIT_KIB 20000
#define MIN_LITERAL 2

enum field {
    F_FROM,
    F_FROM_NAME,
    F_TO,
    F_CC,
    F_SUBJECT,
    F_BODY,
    F_TEXT,
    F_HEADER,
    F_ATT_NAME,
    F_ATT_TYPE,
    F_MAILBOX,
    F_CATEGORY,
    F_UNIT,
    N_FIELDS
};

static const char *const field_names[N_FIELDS] = {
    "from",
    "from_name",
    "to",
    "cc",
    "subject",
    "body",
    "text",
    "header",
    "attachment_name",
    "attachment_type",
    "mailbox",
    "category",
    "unit",
};

static const char *const cond_keys[] = {
    "from",
    "from_name",
    "to",
    "cc",
    "subject",
    "body",
    "text",
    "header",
    "attachment_name",
    "attachment_type",
    "mailbox",
    "category",
    "unit",
    "all",
    "any",
    "not",
    "pattern",
    "fold",
    "case",
};

static const char *const action_keys[] = {
    "category", "unit", "priority", "tags",    "deadline_days", "no_ack",
    "spam",     "stop", "kind",     "accused", "issuer",
};

static const char *const rule_keys[] = {"name", "when", "then", "description"};
static const char *const category_keys[] = {"code", "name", "deadline_days", "legal_basis"};
static const char *const top_keys[] = {"categories", "rules"};
static const char *const prio_names[] = {"low", "normal", "high", "urgent"};

enum cond_kind { C_ALL, C_ANY, C_NOT, C_MATCH };

struct capname {
    char *name;
    uint32_t num;
};

struct cond {
    enum cond_kind kind;
    struct cond **kids;
    size_t n_kids;
    enum field field;
    size_t header; /* index into hl_rules.headers when field == F_HEADER */
    bool fold;
    pcre2_code *code;
    struct capname *caps;
    size_t n_caps;
    char *label; /* field name as shown in traces, e.g. "header:X-Mailer" */
};

struct rule {
    char *name;
    const char *file;
    int line;
    struct cond *when; /* NULL: always fires */
    size_t n_leaves;
    char *category, *unit;
    char *kind;    /* feedback | complaint | denunciation; NULL: unset */
    char *accused; /* "routed", or a unit code ("mailbox" is stored as NULL + accused_set) */
    bool accused_set;
    int priority;      /* -1: unset */
    int deadline_days; /* -1: unset */
    int no_ack, spam;  /* -1 unset, 0, 1 */
    int issuer;        /* -1 unset; 0: not routed to a decision's issuer; 1: routed */
    char **tags;
    size_t n_tags;
    bool stop;
    bool unit_place; /* unit = "place": the unit of the place the mail names */
    bool always;     /* the prefilter cannot rule it out */
    _Atomic uint64_t hits, evaluated, limit_hits;
};

struct ac {
    uint8_t cls[256];
    uint32_t n_cls;
    int32_t *delta; /* n_nodes * n_cls */
    int32_t *out;   /* literal id ending at node, -1 */
    int32_t *dict;  /* next suffix node with an output, -1 */
    size_t n_nodes, cap_nodes;
};

struct hl_rules {
    struct rule **rules;
    size_t n_rules;
    int budget_ms; /* hl_rules_env.budget_ms */
    struct hl_category *cats;
    size_t n_cats;
    char **files;
    size_t n_files;
    char **headers;
    size_t n_headers;
    bool used[N_FIELDS];
    size_t max_leaves;
    uint32_t max_ovec;
    pcre2_match_context *mctx;
    struct ac ac;
    uint32_t **lit_rules;
    uint32_t *lit_nrules;
    size_t n_lits;
    bool no_prefilter;
    struct hl_places *places;
};

/* ---------- small helpers ---------- */

static void *
grow(void *p, size_t *cap, size_t n, size_t elem)
{
    if (n < *cap)
        return p;
    *cap = *cap ? *cap * 2 : 8;
    return hl_xrealloc(p, *cap * elem);
}

static size_t
edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 40 || lb > 40)
        return 99;
    size_t d[41][41];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = j;
    for (size_t i = 1; i <= la; i++)
        for (size_t j = 1; j <= lb; j++) {
            size_t sub = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            size_t del = d[i - 1][j] + 1, ins = d[i][j - 1] + 1;
            size_t m = sub < del ? sub : del;
            d[i][j] = m < ins ? m : ins;
        }
    return d[la][lb];
}

/* Returns the closest of names to s when it is close enough to be a typo. */
static const char *
did_you_mean(const char *s, const char *const *names, size_t n)
{
    const char *best = NULL;
    size_t best_d = 99;
    for (size_t i = 0; i < n; i++) {
        size_t d = edit_distance(s, names[i]);
        if (d < best_d) {
            best_d = d;
            best = names[i];
        }
    }
    size_t len = strlen(s);
    size_t limit = len <= 4 ? 1 : len <= 8 ? 2 : 3;
    return best_d <= limit ? best : NULL;
}

static int
field_by_name(const char *s)
{
    for (int i = 0; i < N_FIELDS; i++)
        if (strcmp(s, field_names[i]) == 0)
            return i;
    return -1;
}

static void
json_str(struct hl_buf *b, const char *s, size_t len)
{
    hl_buf_putc(b, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            hl_buf_putc(b, '\\');
            hl_buf_putc(b, (char)c);
        } else if (c == '\n') {
            hl_buf_puts(b, "\\n");
        } else if (c == '\r') {
            hl_buf_puts(b, "\\r");
        } else if (c == '\t') {
            hl_buf_puts(b, "\\t");
        } else if (c < 0x20) {
            hl_buf_printf(b, "\\u%04x", c);
        } else {
            hl_buf_putc(b, (char)c);
        }
    }
    hl_buf_putc(b, '"');
}

/* Length of s cut to at most max bytes without splitting a UTF-8 sequence. */
static size_t
utf8_cut(const char *s, size_t len, size_t max)
{
    if (len <= max)
        return len;
    size_t n = max;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return n;
}

/* ---------- pattern folding ---------- */

static void
fold_append(struct hl_buf *out, const char *s, size_t n)
{
    if (n == 0)
        return;
    char *tmp = hl_xstrndup(s, n);
    char *f = hl_fold_str(tmp);
    hl_buf_puts(out, f);
    free(f);
    free(tmp);
}

/* Copies p[i..] up to and including the closing character, verbatim. */
static size_t
copy_until(struct hl_buf *out, const char *p, size_t i, char close)
{
    size_t j = i;
    while (p[j] && p[j] != close)
        j++;
    if (p[j])
        j++;
    hl_buf_append(out, p + i, j - i);
    return j;
}

/* Folds a pattern's literal text while keeping its syntax: escapes (\D is not
 * \d), group names and option letters are copied as written. */
static char *
fold_pattern(const char *p)
{
    struct hl_buf out;
    hl_buf_init(&out);
    size_t i = 0, plain = 0;
    while (p[i]) {
        if (p[i] == '\\' && p[i + 1]) {
            fold_append(&out, p + plain, i - plain);
            char e = p[i + 1];
            if (e == 'Q') {
                /* \Q...\E is literal text: fold its inside. */
                hl_buf_append(&out, p + i, 2);
                const char *end = strstr(p + i + 2, "\\E");
                size_t stop = end ? (size_t)(end - p) : strlen(p);
                fold_append(&out, p + i + 2, stop - (i + 2));
                i = stop;
                plain = i;
                continue;
            }
            hl_buf_append(&out, p + i, 2);
            i += 2;
            if (strchr("pPxNgko", e) && (p[i] == '{' || p[i] == '<' || p[i] == '\'')) {
                char close = p[i] == '{' ? '}' : p[i] == '<' ? '>' : '\'';
                i = copy_until(&out, p, i, close);
            } else if ((e == 'p' || e == 'P') && p[i]) {
                hl_buf_putc(&out, p[i++]);
            }
            plain = i;
        } else if (p[i] == '(' && (p[i + 1] == '?' || p[i + 1] == '*')) {
            fold_append(&out, p + plain, i - plain);
            hl_buf_append(&out, p + i, 2);
            bool verb = p[i + 1] == '*';
            i += 2;
            if (verb) {
                i = copy_until(&out, p, i, ')');
            } else if (p[i] == '<' && p[i + 1] != '=' && p[i + 1] != '!') {
                i = copy_until(&out, p, i, '>');
            } else if (p[i] == 'P' || p[i] == '&' || p[i] == '\'') {
                hl_buf_putc(&out, p[i++]);
                char close = p[i - 1] == '\'' ? '\'' : p[i] == '<' ? '>' : ')';
                if (close == ')' && p[i - 1] == 'P' && p[i] == '=')
                    close = ')';
                if (p[i - 1] == 'P' && p[i] == '<')
                    close = '>';
                i = copy_until(&out, p, i, close);
            } else {
                while (p[i] && (strchr("^-", p[i]) || (p[i] >= 'a' && p[i] <= 'z') ||
                                (p[i] >= 'A' && p[i] <= 'Z')))
                    hl_buf_putc(&out, p[i++]);
            }
            plain = i;
        } else {
            i++;
        }
    }
    fold_append(&out, p + plain, i - plain);
    return hl_buf_steal(&out);
}

/* ---------- literal extraction for the prefilter ---------- */

/* A set of literals at least one of which every match must contain; known is
 * false when nothing can be said. */
struct litset {
    char **v;
    size_t n;
    bool known;
};

struct litparse {
    const char *p;
    size_t i;
    bool give_up; /* syntax we do not model: (?x), verbs, recursion, conditionals */
};

static void
litset_free(struct litset *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->v[i]);
    free(s->v);
    s->v = NULL;
    s->n = 0;
    s->known = false;
}

static size_t
litset_score(const struct litset *s)
{
    if (!s->known || s->n == 0)
        return 0;
    size_t m = SIZE_MAX;
    for (size_t i = 0; i < s->n; i++) {
        size_t l = strlen(s->v[i]);
        if (l < m)
            m = l;
    }
    return m;
}

/* Keeps the better of best and cand (frees the other). */
static void
litset_offer(struct litset *best, struct litset *cand)
{
    size_t sb = litset_score(best), sc = litset_score(cand);
    if (sc > sb || (sc == sb && sc > 0 && cand->n < best->n)) {
        litset_free(best);
        *best = *cand;
    } else {
        litset_free(cand);
    }
    cand->v = NULL;
    cand->n = 0;
    cand->known = false;
}

static void
flush_run(struct hl_buf *run, struct litset *best)
{
    if (run->len >= MIN_LITERAL) {
        struct litset c = {hl_xmalloc(sizeof(char *)), 1, true};
        c.v[0] = hl_xstrndup(run->data, run->len);
        litset_offer(best, &c);
    }
    hl_buf_reset(run);
}

/* Parses a quantifier at lp->i if any; returns its minimum, or -1 for none. */
static long
parse_quant(struct litparse *lp)
{
    const char *p = lp->p;
    size_t i = lp->i;
    long min = -1;
    if (p[i] == '*' || p[i] == '?') {
        min = 0;
        i++;
    } else if (p[i] == '+') {
        min = 1;
        i++;
    } else if (p[i] == '{') {
        size_t j = i + 1;
        long n = 0;
        bool digits = false;
        while (p[j] >= '0' && p[j] <= '9') {
            n = n * 10 + (p[j] - '0');
            if (n > 100000)
                n = 100000;
            j++;
            digits = true;
        }
        if (!digits)
            return -1; /* "{" that is not a quantifier is a literal */
        if (p[j] == ',') {
            j++;
            while (p[j] >= '0' && p[j] <= '9')
                j++;
        }
        if (p[j] != '}')
            return -1;
        min = n;
        i = j + 1;
    } else {
        return -1;
    }
    if (p[i] == '?' || p[i] == '+')
        i++;
    lp->i = i;
    return min;
}

static struct litset parse_alt(struct litparse *lp);

/* Skips a character class starting at '['. */
static void
skip_class(struct litparse *lp)
{
    const char *p = lp->p;
    size_t i = lp->i + 1;
    if (p[i] == '^')
        i++;
    if (p[i] == ']')
        i++;
    while (p[i] && p[i] != ']') {
        if (p[i] == '\\' && p[i + 1])
            i += 2;
        else if (p[i] == '[' && p[i + 1] == ':') {
            const char *e = strstr(p + i + 2, ":]");
            i = e ? (size_t)(e - p) + 2 : i + 1;
        } else
            i++;
    }
    lp->i = p[i] ? i + 1 : i;
}

static void
skip_braced(struct litparse *lp, char open, char close)
{
    if (lp->p[lp->i] == open) {
        while (lp->p[lp->i] && lp->p[lp->i] != close)
            lp->i++;
        if (lp->p[lp->i])
            lp->i++;
    }
}

/* One sequence up to '|' or ')' or the end: the best requirement found in it. */
static struct litset
parse_seq(struct litparse *lp)
{
    struct litset best = {NULL, 0, false};
    struct hl_buf run;
    hl_buf_init(&run);
    const char *p = lp->p;
    while (p[lp->i] && p[lp->i] != '|' && p[lp->i] != ')' && !lp->give_up) {
        unsigned char c = (unsigned char)p[lp->i];
        int lit = -1; /* the literal byte this atom stands for, or -1 */
        struct litset group = {NULL, 0, false};
        bool zero_width = false;
        if (c == '\\') {
            char e = p[lp->i + 1];
            lp->i += e ? 2 : 1;
            if (e == 'Q') {
                const char *end = strstr(p + lp->i, "\\E");
                lp->i = end ? (size_t)(end - p) + 2 : strlen(p);
            } else if (e == 'E' || e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' ||
                       e == 'G' || e == 'K') {
                zero_width = true;
            } else if (e == 'p' || e == 'P' || e == 'x' || e == 'o' || e == 'N') {
                if (p[lp->i] == '{')
                    skip_braced(lp, '{', '}');
                else if ((e == 'p' || e == 'P') && p[lp->i])
                    lp->i++;
                else if (e == 'x')
                    while (lp->i < strlen(p) && strchr("0123456789abcdefABCDEF", p[lp->i]) &&
                           p[lp->i])
                        lp->i++;
            } else if (e == 'g' || e == 'k') {
                skip_braced(lp, '{', '}');
                skip_braced(lp, '<', '>');
                skip_braced(lp, '\'', '\'');
            } else if (e == 'c' && p[lp->i]) {
                lp->i++;
            } else if (e &&
                       !((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') ||
                         (e >= '0' && e <= '9')) &&
                       (unsigned char)e >= 0x20 && (unsigned char)e < 0x80) {
                lit = e;
            }
        } else if (c == '[') {
            skip_class(lp);
        } else if (c == '^' || c == '$') {
            lp->i++;
            zero_width = true;
        } else if (c == '(') {
            lp->i++;
            bool lookaround = false;
            if (p[lp->i] == '*') {
                lp->give_up = true;
                break;
            }
            if (p[lp->i] == '?') {
                lp->i++;
                char g = p[lp->i];
                if (g == '#') {
                    while (p[lp->i] && p[lp->i] != ')')
                        lp->i++;
                    if (p[lp->i])
                        lp->i++;
                    continue;
                } else if (g == '=' || g == '!') {
                    lookaround = true;
                    lp->i++;
                } else if (g == '<' && (p[lp->i + 1] == '=' || p[lp->i + 1] == '!')) {
                    lookaround = true;
                    lp->i += 2;
                } else if (g == ':' || g == '|' || g == '>') {
                    lp->i++;
                } else if (g == '<' || g == '\'') {
                    char close = g == '<' ? '>' : '\'';
                    lp->i++;
                    while (p[lp->i] && p[lp->i] != close)
                        lp->i++;
                    if (p[lp->i])
                        lp->i++;
                } else if (g == 'P' && p[lp->i + 1] == '<') {
                    lp->i += 2;
                    while (p[lp->i] && p[lp->i] != '>')
                        lp->i++;
                    if (p[lp->i])
                        lp->i++;
                } else {
                    /* Option letters: (?i) alone, or (?i: ...).  Anything else
                     * (recursion, conditionals, (?x)) is beyond this model. */
                    while (p[lp->i] &&
                           (strchr("^-", p[lp->i]) || (p[lp->i] >= 'a' && p[lp->i] <= 'z') ||
                            (p[lp->i] >= 'A' && p[lp->i] <= 'Z'))) {
                        if (p[lp->i] == 'x')
                            lp->give_up = true;
                        lp->i++;
                    }
                    if (lp->give_up)
                        break;
                    if (p[lp->i] == ')') {
                        lp->i++;
                        continue;
                    }
                    if (p[lp->i] != ':') {
                        lp->give_up = true;
                        break;
                    }
                    lp->i++;
                }
            }
            group = parse_alt(lp);
            if (p[lp->i] == ')')
                lp->i++;
            if (lookaround) {
                litset_free(&group);
                zero_width = true;
            }
        } else if (c < 0x20) {
            lp->i++;
        } else if (c >= 0x80) {
            lp->i++;
            while (((unsigned char)p[lp->i] & 0xC0) == 0x80)
                lp->i++;
        } else if (c == '.') {
            lp->i++;
        } else if (c == '*' || c == '+' || c == '?') {
            lp->i++; /* stray quantifier: PCRE2 rejects it; compile reports it */
        } else {
            lit = c >= 'A' && c <= 'Z' ? c + 32 : c;
            lp->i++;
        }
        if (zero_width) {
            flush_run(&run, &best);
            continue;
        }
        long min = parse_quant(lp);
        if (lit >= 0) {
            if (min == 0) {
                flush_run(&run, &best);
            } else {
                hl_buf_putc(&run, (char)lit);
                if (min > 0)
                    flush_run(&run, &best);
            }
        } else {
            flush_run(&run, &best);
            if (min != 0 && group.known)
                litset_offer(&best, &group);
            litset_free(&group);
        }
    }
    flush_run(&run, &best);
    hl_buf_fini(&run);
    return best;
}

static struct litset
parse_alt(struct litparse *lp)
{
    struct litset all = {NULL, 0, true};
    for (;;) {
        struct litset b = parse_seq(lp);
        if (!b.known || b.n == 0)
            all.known = false;
        if (all.known) {
            all.v = hl_xrealloc(all.v, (all.n + b.n) * sizeof *all.v);
            for (size_t k = 0; k < b.n; k++)
                all.v[all.n++] = b.v[k];
            free(b.v);
        } else {
            litset_free(&b);
        }
        if (lp->p[lp->i] != '|')
            break;
        lp->i++;
    }
    if (!all.known)
        litset_free(&all);
    return all;
}

static struct litset
pattern_literals(const char *pattern)
{
    struct litparse lp = {pattern, 0, false};
    struct litset s = parse_alt(&lp);
    if (lp.give_up || lp.p[lp.i] != '\0' || litset_score(&s) < MIN_LITERAL)
        litset_free(&s);
    return s;
}

/* The requirement of a condition tree: what the prefilter may rely on. */
static struct litset
cond_literals(const struct cond *c, char *const *srcs, size_t *k)
{
    struct litset none = {NULL, 0, false};
    switch (c->kind) {
    case C_MATCH: {
        const char *src = srcs[(*k)++];
        if (c->field == F_CATEGORY || c->field == F_UNIT || src == NULL)
            return none;
        return pattern_literals(src);
    }
    case C_NOT: {
        struct litset s = cond_literals(c->kids[0], srcs, k);
        litset_free(&s);
        return none;
    }
    case C_ALL: {
        struct litset best = none;
        for (size_t i = 0; i < c->n_kids; i++) {
            struct litset s = cond_literals(c->kids[i], srcs, k);
            litset_offer(&best, &s);
        }
        return best;
    }
    case C_ANY: {
        struct litset all = {NULL, 0, c->n_kids > 0};
        for (size_t i = 0; i < c->n_kids; i++) {
            struct litset s = cond_literals(c->kids[i], srcs, k);
            if (!s.known)
                all.known = false;
            if (all.known) {
                all.v = hl_xrealloc(all.v, (all.n + s.n) * sizeof *all.v);
                for (size_t j = 0; j < s.n; j++)
                    all.v[all.n++] = s.v[j];
                free(s.v);
            } else {
                litset_free(&s);
            }
        }
        if (!all.known)
            litset_free(&all);
        return all;
    }
    }
    return none;
}

/* ---------- the prefilter automaton (Aho-Corasick over byte classes) ---------- */

static int32_t
ac_new_node(struct ac *ac)
{
    if (ac->n_nodes == ac->cap_nodes) {
        ac->cap_nodes = ac->cap_nodes ? ac->cap_nodes * 2 : 256;
        ac->delta = hl_xrealloc(ac->delta, ac->cap_nodes * ac->n_cls * sizeof *ac->delta);
        ac->out = hl_xrealloc(ac->out, ac->cap_nodes * sizeof *ac->out);
        ac->dict = hl_xrealloc(ac->dict, ac->cap_nodes * sizeof *ac->dict);
    }
    size_t n = ac->n_nodes++;
    for (uint32_t c = 0; c < ac->n_cls; c++)
        ac->delta[n * ac->n_cls + c] = -1;
    ac->out[n] = -1;
    ac->dict[n] = -1;
    return (int32_t)n;
}

static void
build_prefilter(struct hl_rules *r, struct litset *reqs)
{
    struct ac *ac = &r->ac;
    memset(ac->cls, 0, sizeof ac->cls);
    ac->n_cls = 1;
    for (size_t i = 0; i < r->n_rules; i++)
        for (size_t k = 0; k < reqs[i].n; k++)
            for (const unsigned char *s = (const unsigned char *)reqs[i].v[k]; *s; s++)
                if (ac->cls[*s] == 0)
                    ac->cls[*s] = (uint8_t)ac->n_cls++;
    ac_new_node(ac);
    size_t cap_lits = 0;
    for (size_t i = 0; i < r->n_rules; i++) {
        for (size_t k = 0; k < reqs[i].n; k++) {
            int32_t node = 0;
            for (const unsigned char *s = (const unsigned char *)reqs[i].v[k]; *s; s++) {
                size_t slot = (size_t)node * ac->n_cls + ac->cls[*s];
                if (ac->delta[slot] < 0) {
                    int32_t nn = ac_new_node(ac);
                    ac->delta[slot] = nn;
                }
                node = ac->delta[slot];
            }
            if (ac->out[node] < 0) {
                r->lit_rules = grow(r->lit_rules, &cap_lits, r->n_lits, sizeof *r->lit_rules);
                r->lit_nrules = hl_xrealloc(r->lit_nrules, cap_lits * sizeof *r->lit_nrules);
                r->lit_rules[r->n_lits] = NULL;
                r->lit_nrules[r->n_lits] = 0;
                ac->out[node] = (int32_t)r->n_lits++;
            }
            size_t lit = (size_t)ac->out[node];
            size_t nr = r->lit_nrules[lit];
            if (nr == 0 || r->lit_rules[lit][nr - 1] != i) {
                r->lit_rules[lit] = hl_xrealloc(r->lit_rules[lit], (nr + 1) * sizeof(uint32_t));
                r->lit_rules[lit][nr] = (uint32_t)i;
                r->lit_nrules[lit] = (uint32_t)(nr + 1);
            }
        }
    }
    /* Breadth-first: failure links, then complete the transition table. */
    int32_t *fail = hl_xcalloc(ac->n_nodes, sizeof *fail);
    int32_t *queue = hl_xmalloc(ac->n_nodes * sizeof *queue);
    size_t qh = 0, qt = 0;
    for (uint32_t c = 0; c < ac->n_cls; c++) {
        int32_t s = ac->delta[c];
        if (s < 0) {
            ac->delta[c] = 0;
        } else {
            fail[s] = 0;
            queue[qt++] = s;
        }
    }
    while (qh < qt) {
        int32_t s = queue[qh++];
        ac->dict[s] = ac->out[fail[s]] >= 0 ? fail[s] : ac->dict[fail[s]];
        for (uint32_t c = 0; c < ac->n_cls; c++) {
            size_t slot = (size_t)s * ac->n_cls + c;
            int32_t t = ac->delta[slot];
            int32_t via = ac->delta[(size_t)fail[s] * ac->n_cls + c];
            if (t < 0) {
                ac->delta[slot] = via;
            } else {
                fail[t] = via;
                queue[qt++] = t;
            }
        }
    }
    free(fail);
    free(queue);
}

/* ---------- loading ---------- */

struct loader {
    struct hl_diag *diag;
    const struct hl_rules_env *env;
    struct hl_rules *r;
    size_t errors;
    const char *file;
    size_t cap_rules, cap_cats, cap_headers;
    /* pattern sources per rule in leaf order, for the prefilter */
    char ***srcs;
    size_t *n_srcs;
    char **cur_srcs;
    size_t n_cur_srcs, cap_cur_srcs;
    bool cur_has_caps;
    char **cur_capnames;
    size_t n_cur_capnames;
};

static void err_at(struct loader *ld, const config_setting_t *s, const char *fmt, ...)
    HL_PRINTF(3, 4);

static void
err_at(struct loader *ld, const config_setting_t *s, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    hl_diag_add(ld->diag, ld->file, s ? (int)config_setting_source_line(s) : 0, "%s", msg);
    ld->errors++;
}

static void
unknown_key(struct loader *ld, const config_setting_t *s, const char *what,
            const char *const *names, size_t n)
{
    const char *name = config_setting_name(s);
    const char *hint = did_you_mean(name, names, n);
    if (hint)
        err_at(ld, s, "unknown %s \"%s\" (did you mean \"%s\"?)", what, name, hint);
    else
        err_at(ld, s, "unknown %s \"%s\"", what, name);
}

static const char *
get_string(struct loader *ld, const config_setting_t *s, const char *what)
{
    if (config_setting_type(s) != CONFIG_TYPE_STRING) {
        err_at(ld, s, "%s must be a string", what);
        return NULL;
    }
    return config_setting_get_string(s);
}

static bool
valid_code(const char *s)
{
    if (*s == '\0')
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-' || *s == '_'))
            return false;
    return true;
}

static void
load_category(struct loader *ld, const config_setting_t *s)
{
    struct hl_rules *r = ld->r;
    if (!config_setting_is_group(s)) {
        err_at(ld, s, "a category must be a group { code = ...; name = ...; }");
        return;
    }
    const char *code = NULL, *name = NULL, *basis = "";
    int deadline = -1;
    for (int i = 0; i < config_setting_length(s); i++) {
        const config_setting_t *k = config_setting_get_elem(s, (unsigned)i);
        const char *key = config_setting_name(k);
        if (strcmp(key, "code") == 0)
            code = get_string(ld, k, "code");
        else if (strcmp(key, "name") == 0)
            name = get_string(ld, k, "name");
        else if (strcmp(key, "legal_basis") == 0)
            basis = get_string(ld, k, "legal_basis");
        else if (strcmp(key, "deadline_days") == 0) {
            if (config_setting_type(k) != CONFIG_TYPE_INT || config_setting_get_int(k) < 0 ||
                config_setting_get_int(k) > 365)
                err_at(ld, k, "deadline_days must be an integer from 0 to 365 (working days)");
            else
                deadline = config_setting_get_int(k);
        } else
            unknown_key(ld, k, "category setting", category_keys, HL_NELEM(category_keys));
    }
    if (code == NULL || name == NULL || deadline < 0) {
        err_at(ld, s, "a category needs code, name and deadline_days");
        return;
    }
    if (!valid_code(code)) {
        err_at(ld, s, "category code \"%s\": use lower-case letters, digits, '-' and '_'", code);
        return;
    }
    for (size_t i = 0; i < r->n_cats; i++)
        if (strcmp(r->cats[i].code, code) == 0) {
            err_at(ld, s, "duplicate category \"%s\" (first declared at %s:%d)", code,
                   r->cats[i].file, r->cats[i].line);
            return;
        }
    r->cats = grow(r->cats, &ld->cap_cats, r->n_cats, sizeof *r->cats);
    struct hl_category *c = &r->cats[r->n_cats++];
    c->code = hl_xstrdup(code);
    c->name = hl_fold_nfc(name);
    c->deadline_days = deadline;
    c->legal_basis = hl_fold_nfc(basis ? basis : "");
    c->file = ld->file;
    c->line = (int)config_setting_source_line(s);
}

static bool
known_category(const struct hl_rules *r, const char *code)
{
    if (strcmp(code, HL_RULES_UNCATEGORIZED) == 0)
        return true;
    for (size_t i = 0; i < r->n_cats; i++)
        if (strcmp(r->cats[i].code, code) == 0)
            return true;
    return false;
}

static bool
known_unit(const struct loader *ld, const char *code)
{
    if (ld->env == NULL || ld->env->n_units == 0)
        return true;
    for (size_t i = 0; i < ld->env->n_units; i++)
        if (strcmp(ld->env->unit_codes[i], code) == 0)
            return true;
    return false;
}

static size_t
header_index(struct loader *ld, const char *name)
{
    struct hl_rules *r = ld->r;
    for (size_t i = 0; i < r->n_headers; i++)
        if (strcasecmp(r->headers[i], name) == 0)
            return i;
    r->headers = grow(r->headers, &ld->cap_headers, r->n_headers, sizeof *r->headers);
    r->headers[r->n_headers] = hl_xstrdup(name);
    return r->n_headers++;
}

static void
cond_free(struct cond *c)
{
    if (c == NULL)
        return;
    for (size_t i = 0; i < c->n_kids; i++)
        cond_free(c->kids[i]);
    free(c->kids);
    pcre2_code_free(c->code);
    for (size_t i = 0; i < c->n_caps; i++)
        free(c->caps[i].name);
    free(c->caps);
    free(c->label);
    free(c);
}

static void
push_src(struct loader *ld, char *src)
{
    ld->cur_srcs = grow(ld->cur_srcs, &ld->cap_cur_srcs, ld->n_cur_srcs, sizeof *ld->cur_srcs);
    ld->cur_srcs[ld->n_cur_srcs++] = src;
}

static bool
compile_leaf(struct loader *ld, struct cond *c, const config_setting_t *ps, const char *pattern,
             bool caseless)
{
    char *nfc = hl_fold_nfc(pattern);
    uint32_t opts = PCRE2_UTF | PCRE2_UCP | (caseless ? PCRE2_CASELESS : 0);
    int errcode;
    PCRE2_SIZE off;
    /* Compile the text as written first so error offsets point into what the
     * administrator typed, then the folded form that actually runs. */
    pcre2_code *code =
        pcre2_compile((PCRE2_SPTR)nfc, PCRE2_ZERO_TERMINATED, opts, &errcode, &off, NULL);
    char *run = NULL;
    if (code && c->fold) {
        pcre2_code_free(code);
        run = fold_pattern(nfc);
        code = pcre2_compile((PCRE2_SPTR)run, PCRE2_ZERO_TERMINATED, opts, &errcode, &off, NULL);
    }
    if (code == NULL) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        /* PCRE2 counts bytes; an administrator counts letters. */
        const char *text = run ? run : nfc;
        size_t chars = 0;
        for (size_t i = 0; i < off && text[i]; i++)
            chars += ((unsigned char)text[i] & 0xC0) != 0x80;
        err_at(ld, ps, "pattern error at offset %zu: %s%s", chars, (const char *)msg,
               run ? " (in the diacritic-folded form)" : "");
        free(nfc);
        free(run);
        push_src(ld, NULL);
        return false;
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); /* failure only means the interpreter runs */
    c->code = code;
    uint32_t ncap = 0, nnames = 0, esize = 0;
    PCRE2_SPTR table;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &ncap);
    if (ncap + 1 > ld->r->max_ovec)
        ld->r->max_ovec = ncap + 1;
    pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &nnames);
    pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &esize);
    pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
    c->caps = hl_xcalloc(nnames, sizeof *c->caps);
    for (uint32_t i = 0; i < nnames; i++) {
        PCRE2_SPTR e = table + (size_t)i * esize;
        c->caps[i].num = (uint32_t)((e[0] << 8) | e[1]);
        c->caps[i].name = hl_xstrdup((const char *)e + 2);
        ld->cur_capnames =
            hl_xrealloc(ld->cur_capnames, (ld->n_cur_capnames + 1) * sizeof *ld->cur_capnames);
        ld->cur_capnames[ld->n_cur_capnames++] = c->caps[i].name;
    }
    c->n_caps = nnames;
    if (run == NULL)
        run = hl_xstrdup(nfc);
    /* The prefilter reads the lower-cased form, matched against folded text. */
    if (!c->fold) {
        char *low = hl_fold_str(run);
        free(run);
        run = low;
    }
    push_src(ld, run);
    free(nfc);
    return true;
}

static struct cond *load_cond(struct loader *ld, const config_setting_t *s, int depth);

static struct cond *
load_cond_list(struct loader *ld, const config_setting_t *s, enum cond_kind kind, int depth)
{
    struct cond *c = hl_xcalloc(1, sizeof *c);
    c->kind = kind;
    if (config_setting_is_group(s)) {
        c->kids = hl_xmalloc(sizeof *c->kids);
        c->kids[0] = load_cond(ld, s, depth + 1);
        c->n_kids = 1;
        return c;
    }
    if (!config_setting_is_list(s)) {
        err_at(ld, s, "%s takes a list of conditions: ( { ... }, { ... } )",
               config_setting_name(s) ? config_setting_name(s) : "when");
        return c;
    }
    int n = config_setting_length(s);
    c->kids = hl_xcalloc((size_t)n, sizeof *c->kids);
    for (int i = 0; i < n; i++)
        c->kids[c->n_kids++] = load_cond(ld, config_setting_get_elem(s, (unsigned)i), depth + 1);
    return c;
}

static struct cond *
load_cond(struct loader *ld, const config_setting_t *s, int depth)
{
    if (depth > 32) {
        err_at(ld, s, "conditions nested deeper than 32 levels");
        return NULL;
    }
    if (!config_setting_is_group(s)) {
        err_at(ld, s, "a condition must be a group, e.g. { subject = \"ngập\"; }");
        return NULL;
    }
    int n = config_setting_length(s);
    const config_setting_t *field_s = NULL, *pattern_s = NULL, *comb = NULL;
    int fold = -1, case_sens = -1;
    bool bad = false;
    for (int i = 0; i < n; i++) {
        const config_setting_t *k = config_setting_get_elem(s, (unsigned)i);
        const char *key = config_setting_name(k);
        if (strcmp(key, "all") == 0 || strcmp(key, "any") == 0 || strcmp(key, "not") == 0) {
            if (comb || field_s) {
                err_at(ld, k,
                       "a condition holds one field or one of all/any/not; "
                       "wrap several in all = ( ... )");
                bad = true;
            }
            comb = k;
        } else if (strcmp(key, "pattern") == 0) {
            pattern_s = k;
        } else if (strcmp(key, "fold") == 0 || strcmp(key, "case") == 0) {
            if (config_setting_type(k) != CONFIG_TYPE_BOOL) {
                err_at(ld, k, "%s must be true or false", key);
                bad = true;
            } else if (key[0] == 'f') {
                fold = config_setting_get_bool(k);
            } else {
                case_sens = config_setting_get_bool(k);
            }
        } else if (field_by_name(key) >= 0) {
            if (comb || field_s) {
                err_at(ld, k,
                       "a condition holds one field or one of all/any/not; "
                       "wrap several in all = ( ... )");
                bad = true;
            }
            field_s = k;
        } else {
            unknown_key(ld, k, "field", cond_keys, HL_NELEM(cond_keys));
            bad = true;
        }
    }
    if (comb) {
        const char *key = config_setting_name(comb);
        if (key[0] == 'n') {
            struct cond *inner = config_setting_is_list(comb)
                                     ? load_cond_list(ld, comb, C_ALL, depth)
                                     : load_cond(ld, comb, depth + 1);
            struct cond *c = hl_xcalloc(1, sizeof *c);
            c->kind = C_NOT;
            c->kids = hl_xmalloc(sizeof *c->kids);
            c->kids[0] = inner;
            c->n_kids = 1;
            return c;
        }
        return load_cond_list(ld, comb, key[1] == 'l' ? C_ALL : C_ANY, depth);
    }
    if (field_s == NULL) {
        if (!bad)
            err_at(ld, s,
                   "empty condition: name a field (subject, body, from, ...) or all/any/not");
        return NULL;
    }
    struct cond *c = hl_xcalloc(1, sizeof *c);
    c->kind = C_MATCH;
    c->field = (enum field)field_by_name(config_setting_name(field_s));
    const char *pattern;
    const config_setting_t *where = field_s;
    if (c->field == F_HEADER) {
        const char *hname = get_string(ld, field_s, "header");
        if (pattern_s == NULL) {
            err_at(ld, field_s,
                   "header needs pattern: { header = \"X-Name\"; pattern = \"...\"; }");
            cond_free(c);
            return NULL;
        }
        if (hname == NULL) {
            cond_free(c);
            return NULL;
        }
        c->header = header_index(ld, hname);
        c->label = hl_xasprintf("header:%s", hname);
        pattern = get_string(ld, pattern_s, "pattern");
        where = pattern_s;
    } else {
        if (pattern_s)
            err_at(ld, pattern_s, "pattern is only for header; write { %s = \"...\"; }",
                   field_names[c->field]);
        pattern = get_string(ld, field_s, field_names[c->field]);
        c->label = hl_xstrdup(field_names[c->field]);
    }
    if (pattern == NULL || bad) {
        push_src(ld, NULL);
        cond_free(c);
        return NULL;
    }
    /* Codes are ASCII: folding them would only cost time. */
    bool codes = c->field == F_MAILBOX || c->field == F_CATEGORY || c->field == F_UNIT;
    c->fold = fold >= 0 ? fold != 0 : !codes;
    ld->r->used[c->field] = true;
    if (c->field == F_TEXT)
        ld->r->used[F_SUBJECT] = ld->r->used[F_BODY] = true;
    if (!compile_leaf(ld, c, where, pattern, case_sens != 1)) {
        cond_free(c);
        return NULL;
    }
    return c;
}

static size_t
count_leaves(const struct cond *c)
{
    if (c == NULL)
        return 0;
    if (c->kind == C_MATCH)
        return 1;
    size_t n = 0;
    for (size_t i = 0; i < c->n_kids; i++)
        n += count_leaves(c->kids[i]);
    return n;
}

static bool
tag_refs_ok(struct loader *ld, const config_setting_t *s, const char *tag)
{
    for (const char *p = strstr(tag, "${"); p; p = strstr(p + 2, "${")) {
        const char *end = strchr(p, '}');
        if (end == NULL) {
            err_at(ld, s, "tag \"%s\": \"${\" without closing \"}\"", tag);
            return false;
        }
        bool found = false;
        for (size_t i = 0; i < ld->n_cur_capnames; i++)
            if (strlen(ld->cur_capnames[i]) == (size_t)(end - p - 2) &&
                strncmp(ld->cur_capnames[i], p + 2, (size_t)(end - p - 2)) == 0)
                found = true;
        if (!found) {
            err_at(ld, s, "tag \"%s\" uses capture \"%.*s\" that no pattern of this rule names",
                   tag, (int)(end - p - 2), p + 2);
            return false;
        }
    }
    return true;
}

static void
load_actions(struct loader *ld, struct rule *ru, const config_setting_t *s)
{
    if (!config_setting_is_group(s)) {
        err_at(ld, s, "then must be a group { category = ...; unit = ...; }");
        return;
    }
    for (int i = 0; i < config_setting_length(s); i++) {
        const config_setting_t *k = config_setting_get_elem(s, (unsigned)i);
        const char *key = config_setting_name(k);
        int type = config_setting_type(k);
        if (strcmp(key, "category") == 0) {
            const char *v = get_string(ld, k, "category");
            if (v && !known_category(ld->r, v)) {
                const char *names[256];
                size_t nn = 0;
                for (size_t j = 0; j < ld->r->n_cats && nn < HL_NELEM(names); j++)
                    names[nn++] = ld->r->cats[j].code;
                const char *hint = did_you_mean(v, names, nn);
                if (hint)
                    err_at(ld, k, "unknown category \"%s\" (did you mean \"%s\"?)", v, hint);
                else
                    err_at(ld, k, "unknown category \"%s\": declare it in categories", v);
            } else if (v) {
                ru->category = hl_xstrdup(v);
            }
        } else if (strcmp(key, "unit") == 0) {
            const char *v = get_string(ld, k, "unit");
            if (v && strcmp(v, "place") == 0) {
                ru->unit_place = true;
            } else if (v && !known_unit(ld, v)) {
                const char *hint =
                    did_you_mean(v, (const char *const *)ld->env->unit_codes, ld->env->n_units);
                if (hint)
                    err_at(ld, k, "unknown unit \"%s\" (did you mean \"%s\"?)", v, hint);
                else
                    err_at(ld, k, "unknown unit \"%s\"", v);
            } else if (v) {
                ru->unit = hl_xstrdup(v);
            }
        } else if (strcmp(key, "kind") == 0) {
            const char *v = get_string(ld, k, "kind");
            if (v && !hl_kind_valid(v))
                err_at(ld, k, "kind must be \"feedback\", \"complaint\" or \"denunciation\"");
            else if (v)
                ru->kind = hl_xstrdup(v);
        } else if (strcmp(key, "accused") == 0) {
            /* Whom a denunciation accuses: the unit whose mailbox received
             * it (the default), the unit earlier rules routed it to, or a
             * named unit. */
            const char *v = get_string(ld, k, "accused");
            if (v == NULL)
                continue;
            if (strcmp(v, "mailbox") == 0) {
                ru->accused_set = true;
            } else if (strncmp(v, "${", 2) == 0 && v[strlen(v) - 1] == '}' &&
                       strchr(v + 2, '$') == NULL) {
                /* A capture naming the unit ("phường Cầu Giấy" becomes
                 * phuong-cau-giay); hotlined checks that it is one. */
                if (tag_refs_ok(ld, k, v)) {
                    ru->accused = hl_xstrdup(v);
                    ru->accused_set = true;
                }
            } else if (strcmp(v, "routed") == 0 || known_unit(ld, v)) {
                ru->accused = hl_xstrdup(v);
                ru->accused_set = true;
            } else {
                err_at(ld, k, "accused must be \"mailbox\", \"routed\" or a unit code, not \"%s\"",
                       v);
            }
        } else if (strcmp(key, "priority") == 0) {
            int p = -1;
            if (type == CONFIG_TYPE_INT && config_setting_get_int(k) >= 0 &&
                config_setting_get_int(k) <= 3)
                p = config_setting_get_int(k);
            else if (type == CONFIG_TYPE_STRING)
                for (int j = 0; j < 4; j++)
                    if (strcmp(config_setting_get_string(k), prio_names[j]) == 0)
                        p = j;
            if (p < 0)
                err_at(ld, k,
                       "priority must be 0..3 or one of \"low\", \"normal\", \"high\", "
                       "\"urgent\"");
            ru->priority = p;
        } else if (strcmp(key, "deadline_days") == 0) {
            if (type != CONFIG_TYPE_INT || config_setting_get_int(k) < 0 ||
                config_setting_get_int(k) > 365)
                err_at(ld, k, "deadline_days must be an integer from 0 to 365 (working days)");
            else
                ru->deadline_days = config_setting_get_int(k);
        } else if (strcmp(key, "issuer") == 0) {
            /* Whether a complaint about a decision goes to its issuer
             * (issuer.h); false where another rule must decide (bribes). */
            if (type != CONFIG_TYPE_BOOL)
                err_at(ld, k, "issuer must be true or false");
            else
                ru->issuer = config_setting_get_bool(k);
        } else if (strcmp(key, "no_ack") == 0 || strcmp(key, "spam") == 0 ||
                   strcmp(key, "stop") == 0) {
            if (type != CONFIG_TYPE_BOOL) {
                err_at(ld, k, "%s must be true or false", key);
                continue;
            }
            int v = config_setting_get_bool(k);
            if (key[0] == 'n')
                ru->no_ack = v;
            else if (key[1] == 'p')
                ru->spam = v;
            else
                ru->stop = v;
        } else if (strcmp(key, "tags") == 0) {
            if (type == CONFIG_TYPE_STRING) {
                if (tag_refs_ok(ld, k, config_setting_get_string(k))) {
                    ru->tags = hl_xrealloc(ru->tags, (ru->n_tags + 1) * sizeof *ru->tags);
                    ru->tags[ru->n_tags++] = hl_fold_nfc(config_setting_get_string(k));
                }
                continue;
            }
            if (!config_setting_is_aggregate(k) || config_setting_is_group(k)) {
                err_at(ld, k, "tags must be a string or an array of strings");
                continue;
            }
            for (int j = 0; j < config_setting_length(k); j++) {
                const config_setting_t *t = config_setting_get_elem(k, (unsigned)j);
                const char *v = get_string(ld, t, "a tag");
                if (v && tag_refs_ok(ld, t, v)) {
                    ru->tags = hl_xrealloc(ru->tags, (ru->n_tags + 1) * sizeof *ru->tags);
                    ru->tags[ru->n_tags++] = hl_fold_nfc(v);
                }
            }
        } else {
            unknown_key(ld, k, "action", action_keys, HL_NELEM(action_keys));
        }
    }
}

static void
rule_free(struct rule *ru)
{
    if (ru == NULL)
        return;
    free(ru->name);
    cond_free(ru->when);
    free(ru->category);
    free(ru->unit);
    free(ru->kind);
    free(ru->accused);
    for (size_t i = 0; i < ru->n_tags; i++)
        free(ru->tags[i]);
    free(ru->tags);
    free(ru);
}

static void
load_rule(struct loader *ld, const config_setting_t *s)
{
    struct hl_rules *r = ld->r;
    if (!config_setting_is_group(s)) {
        err_at(ld, s, "a rule must be a group { name = ...; when = ...; then = { ... }; }");
        return;
    }
    struct rule *ru = hl_xcalloc(1, sizeof *ru);
    ru->file = ld->file;
    ru->line = (int)config_setting_source_line(s);
    ru->priority = ru->deadline_days = ru->no_ack = ru->spam = ru->issuer = -1;
    ld->n_cur_srcs = 0;
    ld->n_cur_capnames = 0;
    const config_setting_t *when = NULL, *then = NULL;
    for (int i = 0; i < config_setting_length(s); i++) {
        const config_setting_t *k = config_setting_get_elem(s, (unsigned)i);
        const char *key = config_setting_name(k);
        if (strcmp(key, "name") == 0) {
            const char *v = get_string(ld, k, "name");
            if (v)
                ru->name = hl_xstrdup(v);
        } else if (strcmp(key, "when") == 0) {
            when = k;
        } else if (strcmp(key, "then") == 0) {
            then = k;
        } else if (strcmp(key, "description") == 0) {
            get_string(ld, k, "description");
        } else {
            unknown_key(ld, k, "rule setting", rule_keys, HL_NELEM(rule_keys));
        }
    }
    if (ru->name == NULL) {
        err_at(ld, s, "rule without a name");
        ru->name = hl_xasprintf("%s:%d", ld->file, ru->line);
    }
    for (size_t i = 0; i < r->n_rules; i++)
        if (strcmp(r->rules[i]->name, ru->name) == 0)
            err_at(ld, s, "duplicate rule name \"%s\" (first defined at %s:%d)", ru->name,
                   r->rules[i]->file, r->rules[i]->line);
    if (when) {
        ru->when = config_setting_is_list(when) ? load_cond_list(ld, when, C_ALL, 0)
                                                : load_cond(ld, when, 0);
    }
    if (then == NULL)
        err_at(ld, s, "rule \"%s\" has no then = { ... } actions", ru->name);
    else
        load_actions(ld, ru, then);
    ru->n_leaves = count_leaves(ru->when);
    if (ru->n_leaves > r->max_leaves)
        r->max_leaves = ru->n_leaves;
    /* Keep the rule even when broken so later checks (duplicates, reachability)
     * still see it; the set as a whole is refused anyway. */
    r->rules = grow(r->rules, &ld->cap_rules, r->n_rules, sizeof *r->rules);
    ld->srcs = hl_xrealloc(ld->srcs, ld->cap_rules * sizeof *ld->srcs);
    ld->n_srcs = hl_xrealloc(ld->n_srcs, ld->cap_rules * sizeof *ld->n_srcs);
    char **srcs = hl_xcalloc(ld->n_cur_srcs + 1, sizeof *srcs);
    if (ld->n_cur_srcs)
        memcpy(srcs, ld->cur_srcs, ld->n_cur_srcs * sizeof *srcs);
    ld->srcs[r->n_rules] = srcs;
    ld->n_srcs[r->n_rules] = ld->n_cur_srcs;
    r->rules[r->n_rules++] = ru;
}

static int
conf_filter(const struct dirent *d)
{
    size_t n = strlen(d->d_name);
    return d->d_name[0] != '.' && n > 5 && strcmp(d->d_name + n - 5, ".conf") == 0;
}

struct hl_rules *
hl_rules_load(const char *dir, const struct hl_rules_env *env, struct hl_diag *diag)
{
    struct hl_rules *r = hl_xcalloc(1, sizeof *r);
    struct loader ld = {.diag = diag, .env = env, .r = r};
    struct dirent **names = NULL;
    config_t *cfgs = NULL;
    int n = scandir(dir, &names, conf_filter, alphasort);
    if (n < 0) {
        hl_diag_add(diag, dir, 0, "cannot read rules directory: %m");
        ld.errors++;
        goto out;
    }
    if (n == 0) {
        hl_diag_add(diag, dir, 0, "no *.conf rule files");
        ld.errors++;
        goto out;
    }
    r->files = hl_xcalloc((size_t)n, sizeof *r->files);
    cfgs = hl_xcalloc((size_t)n, sizeof *cfgs);
    for (int i = 0; i < n; i++) {
        size_t dl = strlen(dir);
        r->files[i] = dl && dir[dl - 1] == '/' ? hl_xasprintf("%s%s", dir, names[i]->d_name)
                                               : hl_xasprintf("%s/%s", dir, names[i]->d_name);
        r->n_files++;
        config_init(&cfgs[i]);
        if (!config_read_file(&cfgs[i], r->files[i])) {
            int line = config_error_line(&cfgs[i]);
            const char *text = config_error_text(&cfgs[i]);
            hl_diag_add(diag, r->files[i], line, "%s", text ? text : "cannot read file");
            ld.errors++;
        }
    }
    /* Categories first, from every file, so rules may use any declared code. */
    for (int i = 0; i < n; i++) {
        ld.file = r->files[i];
        const config_setting_t *root = config_root_setting(&cfgs[i]);
        for (int j = 0; j < config_setting_length(root); j++) {
            const config_setting_t *k = config_setting_get_elem(root, (unsigned)j);
            const char *key = config_setting_name(k);
            if (strcmp(key, "categories") == 0) {
                if (!config_setting_is_list(k) && !config_setting_is_array(k)) {
                    err_at(&ld, k, "categories must be a list ( { ... }, ... )");
                    continue;
                }
                for (int c = 0; c < config_setting_length(k); c++)
                    load_category(&ld, config_setting_get_elem(k, (unsigned)c));
            } else if (strcmp(key, "rules") != 0) {
                unknown_key(&ld, k, "top-level setting", top_keys, HL_NELEM(top_keys));
            }
        }
    }
    for (int i = 0; i < n; i++) {
        ld.file = r->files[i];
        const config_setting_t *rules = config_lookup(&cfgs[i], "rules");
        if (rules == NULL)
            continue;
        if (!config_setting_is_list(rules)) {
            err_at(&ld, rules, "rules must be a list ( { ... }, ... )");
            continue;
        }
        for (int j = 0; j < config_setting_length(rules); j++)
            load_rule(&ld, config_setting_get_elem(rules, (unsigned)j));
    }
    /* A rule after an unconditional stop can never fire. */
    const struct rule *stopper = NULL;
    for (size_t i = 0; i < r->n_rules; i++) {
        const struct rule *ru = r->rules[i];
        if (stopper) {
            hl_diag_add(diag, ru->file, ru->line,
                        "rule \"%s\" can never fire: rule \"%s\" at %s:%d stops unconditionally",
                        ru->name, stopper->name, stopper->file, stopper->line);
            ld.errors++;
        } else if (ru->when == NULL && ru->stop) {
            stopper = ru;
        }
    }
    /* Places: the configured directory, then the rule directory's own. */
    r->places = hl_places_new();
    {
        const char *const *codes = env ? env->unit_codes : NULL;
        size_t nu = env ? env->n_units : 0;
        if (env && env->places_dir)
            ld.errors += hl_places_add_dir(r->places, env->places_dir, false, codes, nu, diag);
        ld.errors += hl_places_add_dir(r->places, dir, true, codes, nu, diag);
        hl_places_build(r->places);
    }
    if (ld.errors == 0) {
        struct litset *reqs = hl_xcalloc(r->n_rules ? r->n_rules : 1, sizeof *reqs);
        for (size_t i = 0; i < r->n_rules; i++) {
            size_t k = 0;
            if (r->rules[i]->when)
                reqs[i] = cond_literals(r->rules[i]->when, ld.srcs[i], &k);
            r->rules[i]->always = !reqs[i].known;
        }
        build_prefilter(r, reqs);
        for (size_t i = 0; i < r->n_rules; i++)
            litset_free(&reqs[i]);
        free(reqs);
        r->mctx = pcre2_match_context_create(NULL);
        pcre2_set_match_limit(r->mctx, env && env->match_limit ? env->match_limit : 1000000);
        pcre2_set_depth_limit(r->mctx, env && env->depth_limit ? env->depth_limit : 10000);
        pcre2_set_heap_limit(r->mctx, HEAP_LIMIT_KIB);
        r->budget_ms = env ? env->budget_ms : 0;
        if (r->max_ovec == 0)
            r->max_ovec = 1;
    }
out:
    for (size_t i = 0; i < r->n_rules && ld.srcs; i++) {
        for (size_t k = 0; k < ld.n_srcs[i]; k++)
            free(ld.srcs[i][k]);
        free(ld.srcs[i]);
    }
    free(ld.srcs);
    free(ld.n_srcs);
    free(ld.cur_srcs);
    free(ld.cur_capnames);
    for (int i = 0; i < n; i++) {
        if (cfgs)
            config_destroy(&cfgs[i]);
        free(names[i]);
    }
    free(cfgs);
    free(names);
    if (ld.errors > 0)
        hl_rules_free(&r);
    return r;
}

void
hl_rules_free(struct hl_rules **rp)
{
    struct hl_rules *r = rp ? *rp : NULL;
    if (r == NULL)
        return;
    for (size_t i = 0; i < r->n_rules; i++)
        rule_free(r->rules[i]);
    free(r->rules);
    for (size_t i = 0; i < r->n_cats; i++) {
        free((char *)r->cats[i].code);
        free((char *)r->cats[i].name);
        free((char *)r->cats[i].legal_basis);
    }
    free(r->cats);
    for (size_t i = 0; i < r->n_files; i++)
        free(r->files[i]);
    free(r->files);
    for (size_t i = 0; i < r->n_headers; i++)
        free(r->headers[i]);
    free(r->headers);
    pcre2_match_context_free(r->mctx);
    free(r->ac.delta);
    free(r->ac.out);
    free(r->ac.dict);
    for (size_t i = 0; i < r->n_lits; i++)
        free(r->lit_rules[i]);
    free(r->lit_rules);
    free(r->lit_nrules);
    hl_places_free(&r->places);
    free(r);
    *rp = NULL;
}

/* ---------- classification ---------- */

struct fval {
    const char *raw;
    size_t raw_len;
    struct hl_folded f;
};

struct fvals {
    struct fval *v;
    size_t n;
};

struct hit {
    const struct cond *c;
    const char *matched;
    const char **cap_names;
    const char **cap_vals;
    size_t n_caps;
};

/* Values of one field a condition is tried on (a header repeated 5,000
 * times is tried 64 times): with the match limit, this bounds one
 * condition's work whatever the mail. */
#define MAX_FIELD_VALUES 64

struct classify {
    int64_t deadline_ms; /* hl_now_mono_ms() after which nothing more is tried; 0: none */
    bool out_of_time;
    const struct hl_rules *r;
    struct hl_arena *a;
    struct fvals f[N_FIELDS];
    struct fvals *hdr;
    pcre2_match_data *md;
    struct hit *hits;
    size_t n_hits;
    bool limit;
    const char *category, *unit;
};

static void
add_value(struct classify *cx, struct fvals *fv, const char *s, size_t len)
{
    if (fv->n >= MAX_FIELD_VALUES)
        return;
    struct fval *v = &fv->v[fv->n++];
    hl_fold_text(cx->a, s, len, true, &v->f);
    /* PCRE2 is told the text is valid UTF-8, so make sure it is; mime
     * promises it, hand-built messages may not keep that promise.  Repair
     * keeps every offset, so the fold's map stays right. */
    if (!v->f.valid_utf8) {
        char *clean = hl_arena_memdup(cx->a, s, len);
        hl_fold_utf8_repair(clean, len);
        s = clean;
    }
    v->raw = s;
    v->raw_len = len;
}

static void
prepare(struct classify *cx, const struct hl_message *msg, const char *mailbox_unit,
        const char *letter)
{
    const struct hl_rules *r = cx->r;
    struct hl_arena *a = cx->a;
    for (int f = 0; f < N_FIELDS; f++) {
        if (!r->used[f] || f == F_CATEGORY || f == F_UNIT || f == F_HEADER || f == F_TEXT)
            continue;
        struct fvals *fv = &cx->f[f];
        size_t cap = f == F_TO                              ? msg->n_to
                     : f == F_CC                            ? msg->n_cc
                     : (f == F_ATT_NAME || f == F_ATT_TYPE) ? msg->n_atts
                                                            : 1;
        fv->v = hl_arena_alloc(a, (cap ? cap : 1) * sizeof *fv->v);
        switch ((enum field)f) {
        case F_FROM:
            if (msg->from.address)
                add_value(cx, fv, msg->from.address, strlen(msg->from.address));
            break;
        case F_FROM_NAME:
            if (msg->from.name)
                add_value(cx, fv, msg->from.name, strlen(msg->from.name));
            break;
        case F_TO:
        case F_CC: {
            const struct hl_addr *list = f == F_TO ? msg->to : msg->cc;
            for (size_t i = 0; i < cap; i++)
                if (list[i].address)
                    add_value(cx, fv, list[i].address, strlen(list[i].address));
            break;
        }
        case F_SUBJECT: {
            const char *s = msg->subject ? msg->subject : "";
            add_value(cx, fv, s, strlen(s));
            break;
        }
        case F_BODY:
            add_value(cx, fv, letter, strlen(letter));
            break;
        case F_ATT_NAME:
        case F_ATT_TYPE:
            for (size_t i = 0; i < cap; i++) {
                const char *s = f == F_ATT_NAME ? msg->atts[i].filename : msg->atts[i].content_type;
                if (s)
                    add_value(cx, fv, s, strlen(s));
            }
            break;
        case F_MAILBOX:
            if (mailbox_unit)
                add_value(cx, fv, mailbox_unit, strlen(mailbox_unit));
            break;
        default:
            break;
        }
    }
    if (r->used[F_TEXT]) {
        /* subject "\n" body, built from the already folded parts. */
        const struct fval *s = &cx->f[F_SUBJECT].v[0], *b = &cx->f[F_BODY].v[0];
        struct fvals *fv = &cx->f[F_TEXT];
        fv->v = hl_arena_alloc(a, sizeof *fv->v);
        fv->n = 1;
        struct fval *t = &fv->v[0];
        t->raw_len = s->raw_len + 1 + b->raw_len;
        char *raw = hl_arena_alloc(a, t->raw_len + 1);
        memcpy(raw, s->raw, s->raw_len);
        raw[s->raw_len] = '\n';
        memcpy(raw + s->raw_len + 1, b->raw, b->raw_len + 1);
        t->raw = raw;
        t->f.len = s->f.len + 1 + b->f.len;
        char *ft = hl_arena_alloc(a, t->f.len + 1);
        uint32_t *map = hl_arena_alloc(a, (t->f.len + 1) * sizeof *map);
        memcpy(ft, s->f.text, s->f.len);
        memcpy(map, s->f.map, s->f.len * sizeof *map);
        ft[s->f.len] = '\n';
        map[s->f.len] = (uint32_t)s->raw_len;
        memcpy(ft + s->f.len + 1, b->f.text, b->f.len + 1);
        for (size_t i = 0; i <= b->f.len; i++)
            map[s->f.len + 1 + i] = b->f.map[i] + (uint32_t)s->raw_len + 1;
        t->f.text = ft;
        t->f.map = map;
    }
    if (r->n_headers) {
        cx->hdr = hl_arena_alloc(a, r->n_headers * sizeof *cx->hdr);
        for (size_t h = 0; h < r->n_headers; h++) {
            struct fvals *fv = &cx->hdr[h];
            fv->n = 0;
            fv->v = hl_arena_alloc(a, (msg->n_headers ? msg->n_headers : 1) * sizeof *fv->v);
            for (size_t i = 0; i < msg->n_headers; i++)
                if (msg->headers[i].name && msg->headers[i].value &&
                    strcasecmp(msg->headers[i].name, r->headers[h]) == 0)
                    add_value(cx, fv, msg->headers[i].value, strlen(msg->headers[i].value));
        }
    }
}

static void
scan_text(const struct ac *ac, const char *s, size_t len, uint8_t *seen)
{
    int32_t st = 0;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < len; i++) {
        st = ac->delta[(size_t)st * ac->n_cls + ac->cls[u[i]]];
        for (int32_t o = ac->out[st] >= 0 ? st : ac->dict[st]; o >= 0; o = ac->dict[o])
            seen[(size_t)ac->out[o] >> 3] |= (uint8_t)(1u << (ac->out[o] & 7));
    }
}

/* Marks the rules that the prefilter cannot rule out. */
static uint8_t *
candidates(struct classify *cx)
{
    const struct hl_rules *r = cx->r;
    uint8_t *seen = hl_arena_alloc(cx->a, r->n_lits / 8 + 1);
    memset(seen, 0, r->n_lits / 8 + 1);
    for (int f = 0; f < N_FIELDS; f++) {
        if (f == F_TEXT)
            continue; /* subject and body are scanned on their own */
        for (size_t i = 0; i < cx->f[f].n; i++)
            scan_text(&r->ac, cx->f[f].v[i].f.text, cx->f[f].v[i].f.len, seen);
    }
    for (size_t h = 0; h < r->n_headers; h++)
        for (size_t i = 0; i < cx->hdr[h].n; i++)
            scan_text(&r->ac, cx->hdr[h].v[i].f.text, cx->hdr[h].v[i].f.len, seen);
    uint8_t *cand = hl_arena_alloc(cx->a, r->n_rules + 1);
    for (size_t i = 0; i < r->n_rules; i++)
        cand[i] = r->rules[i]->always;
    for (size_t l = 0; l < r->n_lits; l++)
        if (seen[l >> 3] & (1u << (l & 7)))
            for (uint32_t k = 0; k < r->lit_nrules[l]; k++)
                cand[r->lit_rules[l][k]] = 1;
    return cand;
}

static bool
match_value(struct classify *cx, const struct cond *c, const struct fval *v, bool *limit)
{
    /* The budget is a deadline checked between matches: one match is
     * bounded by the PCRE2 limits, the number of matches by the rules and
     * MAX_FIELD_VALUES, and their sum by this. */
    if (cx->deadline_ms && hl_now_mono_ms() > cx->deadline_ms) {
        cx->out_of_time = true;
        *limit = true;
        return false;
    }
    const char *subj = c->fold ? v->f.text : v->raw;
    size_t len = c->fold ? v->f.len : v->raw_len;
    int rc =
        pcre2_match(c->code, (PCRE2_SPTR)subj, len, 0, PCRE2_NO_UTF_CHECK, cx->md, cx->r->mctx);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
        rc = pcre2_match(c->code, (PCRE2_SPTR)subj, len, 0, PCRE2_NO_UTF_CHECK | PCRE2_NO_JIT,
                         cx->md, cx->r->mctx);
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
        rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT) {
        *limit = true;
        return false;
    }
    if (rc < 0)
        return false;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(cx->md);
    uint32_t n_ov = pcre2_get_ovector_count(cx->md);
    /* Quote the citizen's own words: map folded offsets back to the original. */
    size_t s0 = ov[0], e0 = ov[1];
    if (c->fold) {
        s0 = v->f.map[s0];
        e0 = v->f.map[e0];
    }
    struct hit *h = &cx->hits[cx->n_hits++];
    h->c = c;
    h->matched = hl_arena_strndup(cx->a, v->raw + s0, utf8_cut(v->raw + s0, e0 - s0, MAX_QUOTE));
    h->n_caps = 0;
    h->cap_names = hl_arena_alloc(cx->a, (c->n_caps + 1) * sizeof *h->cap_names);
    h->cap_vals = hl_arena_alloc(cx->a, (c->n_caps + 1) * sizeof *h->cap_vals);
    for (size_t i = 0; i < c->n_caps; i++) {
        uint32_t num = c->caps[i].num;
        if (num >= n_ov || num >= (uint32_t)rc || ov[2 * num] == PCRE2_UNSET)
            continue;
        size_t cs = ov[2 * num], ce = ov[2 * num + 1];
        if (c->fold) {
            cs = v->f.map[cs];
            ce = v->f.map[ce];
        }
        h->cap_names[h->n_caps] = c->caps[i].name;
        h->cap_vals[h->n_caps++] =
            hl_arena_strndup(cx->a, v->raw + cs, utf8_cut(v->raw + cs, ce - cs, MAX_QUOTE));
    }
    return true;
}

static bool
eval(struct classify *cx, const struct cond *c, bool *limit)
{
    switch (c->kind) {
    case C_MATCH: {
        struct fval dyn;
        const struct fvals *fv;
        struct fvals one = {&dyn, 1};
        if (c->field == F_CATEGORY || c->field == F_UNIT) {
            const char *s = c->field == F_CATEGORY ? cx->category : cx->unit;
            if (s == NULL)
                return false;
            dyn.raw = s;
            dyn.raw_len = strlen(s);
            hl_fold_text(cx->a, s, dyn.raw_len, true, &dyn.f);
            fv = &one;
        } else if (c->field == F_HEADER) {
            fv = &cx->hdr[c->header];
        } else {
            fv = &cx->f[c->field];
        }
        /* A condition stops at its first limit hit: a pattern that
         * explodes on one value will on the next ones too. */
        for (size_t i = 0; i < fv->n && !*limit; i++)
            if (match_value(cx, c, &fv->v[i], limit))
                return true;
        return false;
    }
    case C_ALL: {
        size_t save = cx->n_hits;
        for (size_t i = 0; i < c->n_kids; i++)
            if (!eval(cx, c->kids[i], limit)) {
                cx->n_hits = save;
                return false;
            }
        return true;
    }
    case C_ANY:
        for (size_t i = 0; i < c->n_kids; i++) {
            size_t save = cx->n_hits;
            if (eval(cx, c->kids[i], limit))
                return true;
            cx->n_hits = save;
        }
        return false;
    case C_NOT: {
        size_t save = cx->n_hits;
        bool m = eval(cx, c->kids[0], limit);
        cx->n_hits = save; /* what a negated condition matched decided nothing */
        return !m;
    }
    }
    return false;
}

struct strvec {
    const char **v;
    size_t n, cap;
};

static void
strvec_add_unique(struct strvec *sv, const char *s, size_t key_len)
{
    for (size_t i = 0; i < sv->n; i++)
        if (strncmp(sv->v[i], s, key_len) == 0 && sv->v[i][key_len] == s[key_len]) {
            sv->v[i] = s; /* a later rule's value for the same field wins */
            return;
        }
    sv->v = grow(sv->v, &sv->cap, sv->n, sizeof *sv->v);
    sv->v[sv->n++] = s;
}

/* Expands ${name} in a tag from the captures of this rule's hits. */
static const char *
expand_tag(struct classify *cx, const char *tag, const struct hit *hits, size_t n_hits)
{
    if (strstr(tag, "${") == NULL)
        return hl_arena_strdup(cx->a, tag);
    struct hl_buf b;
    hl_buf_init(&b);
    const char *p = tag;
    for (const char *q; (q = strstr(p, "${")) != NULL;) {
        const char *end = strchr(q, '}');
        hl_buf_append(&b, p, (size_t)(q - p));
        size_t nl = (size_t)(end - q - 2);
        for (size_t i = 0; i < n_hits; i++)
            for (size_t k = 0; k < hits[i].n_caps; k++)
                if (strlen(hits[i].cap_names[k]) == nl &&
                    strncmp(hits[i].cap_names[k], q + 2, nl) == 0) {
                    hl_buf_puts(&b, hits[i].cap_vals[k]);
                    goto next;
                }
    next:
        p = end + 1;
    }
    hl_buf_puts(&b, p);
    const char *s = hl_arena_strdup(cx->a, b.data ? b.data : "");
    hl_buf_fini(&b);
    return s;
}

/* A unit code from the text that names it: folded (no diacritics, lower
 * case), runs of other characters as one '-' ("phường Cầu Giấy" ->
 * "phuong-cau-giay").  NULL when nothing is left. */
static const char *
unit_slug(struct hl_arena *a, const char *text)
{
    char *f = hl_fold_str(text ? text : "");
    struct hl_buf b;
    hl_buf_init(&b);
    bool dash = false;
    for (const char *p = f; *p; p++) {
        char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (dash && b.len)
                hl_buf_putc(&b, '-');
            hl_buf_putc(&b, c);
            dash = false;
        } else {
            dash = true;
        }
    }
    const char *out = b.len ? hl_arena_strdup(a, b.data) : NULL;
    hl_buf_fini(&b);
    free(f);
    return out;
}

struct hitvec {
    struct hl_rule_hit *v;
    size_t n, cap;
};

static void
trace_entry(struct hl_buf *t, struct hitvec *hv, const struct rule *ru, const char *field,
            const char *matched, bool limit)
{
    hv->v = grow(hv->v, &hv->cap, hv->n, sizeof *hv->v);
    hv->v[hv->n++] = (struct hl_rule_hit){ru->name, ru->file, ru->line, field, matched, limit};
    if (t->len > 1)
        hl_buf_putc(t, ',');
    hl_buf_puts(t, "{\"rule\":");
    json_str(t, ru->name, strlen(ru->name));
    hl_buf_puts(t, ",\"file\":");
    json_str(t, ru->file, strlen(ru->file));
    hl_buf_printf(t, ",\"line\":%d,\"field\":", ru->line);
    if (field)
        json_str(t, field, strlen(field));
    else
        hl_buf_puts(t, "null");
    hl_buf_puts(t, ",\"matched\":");
    if (matched)
        json_str(t, matched, strlen(matched));
    else
        hl_buf_puts(t, "null");
    if (limit)
        hl_buf_puts(t, ",\"limit_hit\":true");
    hl_buf_putc(t, '}');
}

/* The trace entry of a place that routed: the rule, the citizen's words and
 * the place's line in its file. */
static void
place_trace(struct hl_buf *t, struct hitvec *hv, const struct rule *ru,
            const struct hl_place_match *pm)
{
    trace_entry(t, hv, ru, "place", pm->matched, false);
    t->len--; /* reopen the entry */
    t->data[t->len] = '\0';
    hl_buf_puts(t, ",\"place\":{\"unit\":");
    json_str(t, pm->unit, strlen(pm->unit));
    hl_buf_puts(t, ",\"kind\":");
    json_str(t, pm->kind, strlen(pm->kind));
    hl_buf_puts(t, ",\"name\":");
    json_str(t, pm->name, strlen(pm->name));
    hl_buf_puts(t, ",\"file\":");
    json_str(t, pm->file, strlen(pm->file));
    hl_buf_printf(t, ",\"line\":%d}}", pm->line);
}

int
hl_rules_classify(const struct hl_rules *r, const struct hl_message *msg, const char *mailbox_unit,
                  struct hl_arena *a, struct hl_verdict *out)
{
    struct classify cx;
    memset(&cx, 0, sizeof cx);
    cx.r = r;
    cx.a = a;
    if (r->budget_ms > 0)
        cx.deadline_ms = hl_now_mono_ms() + r->budget_ms;
    memset(out, 0, sizeof *out);
    out->priority = HL_PRIO_NORMAL;
    out->deadline_days = -1;
    cx.category = HL_RULES_UNCATEGORIZED;
    cx.unit = mailbox_unit;
    /* What a clerk reads: a forwarded letter's text, an attachment-only
     * mail's file names (letter.h). */
    const char *letter = hl_letter_text(msg, a);
    prepare(&cx, msg, mailbox_unit, letter);
    const struct hl_place_match *place = NULL;
    bool place_tried = false;
    bool to_issuer = true;
    uint8_t *cand = candidates(&cx);
    cx.md = pcre2_match_data_create(r->max_ovec, NULL);
    cx.hits = hl_arena_alloc(a, (r->max_leaves + 1) * sizeof *cx.hits);
    struct strvec tags = {0}, fields = {0};
    struct hitvec hv = {0};
    struct hl_buf trace;
    hl_buf_init(&trace);
    hl_buf_putc(&trace, '[');
    for (size_t i = 0; i < r->n_rules; i++) {
        struct rule *ru = r->rules[i];
        if (!cand[i] && !r->no_prefilter)
            continue;
        if (cx.out_of_time) {
            /* Out of time: the remaining rules are not tried. */
            out->limit_hit = true;
            out->out_of_time = true;
            break;
        }
        bool limit = false;
        cx.n_hits = 0;
        bool fired = true;
        if (ru->when) {
            atomic_fetch_add_explicit(&ru->evaluated, 1, memory_order_relaxed);
            fired = eval(&cx, ru->when, &limit);
        }
        if (limit) {
            out->limit_hit = true;
            atomic_fetch_add_explicit(&ru->limit_hits, 1, memory_order_relaxed);
            if (!fired)
                trace_entry(&trace, &hv, ru, NULL, NULL, true);
        }
        if (!fired)
            continue;
        if (ru->unit_place) {
            /* The place is looked for once, and only when a rule asks: a
             * `unit = "place"` rule fires only when the letter names one. */
            if (!place_tried) {
                struct hl_place_match *pm = hl_arena_alloc(a, sizeof *pm);
                place = hl_places_match(r->places, msg->subject, letter, a, pm) ? pm : NULL;
                place_tried = true;
            }
            if (place == NULL)
                continue;
        }
        atomic_fetch_add_explicit(&ru->hits, 1, memory_order_relaxed);
        if (ru->unit_place)
            place_trace(&trace, &hv, ru, place);
        else if (cx.n_hits == 0)
            trace_entry(&trace, &hv, ru, NULL, NULL, limit);
        for (size_t h = 0; h < cx.n_hits; h++) {
            trace_entry(&trace, &hv, ru, cx.hits[h].c->label, cx.hits[h].matched, limit);
            for (size_t k = 0; k < cx.hits[h].n_caps; k++) {
                const char *f =
                    hl_arena_printf(a, "%s=%s", cx.hits[h].cap_names[k], cx.hits[h].cap_vals[k]);
                strvec_add_unique(&fields, f, strlen(cx.hits[h].cap_names[k]));
            }
        }
        if (ru->category)
            cx.category = ru->category;
        if (ru->kind)
            out->kind = ru->kind;
        if (ru->accused_set)
            out->accused = ru->accused == NULL                  ? mailbox_unit
                           : strcmp(ru->accused, "routed") == 0 ? cx.unit
                           : ru->accused[0] == '$'
                               ? unit_slug(a, expand_tag(&cx, ru->accused, cx.hits, cx.n_hits))
                               : ru->accused;
        if (ru->unit) {
            cx.unit = ru->unit;
            out->place = NULL;
        }
        if (ru->unit_place) {
            cx.unit = place->unit;
            out->place = place;
        }
        if (ru->unit || ru->unit_place) {
            out->unit_rule = hl_arena_strdup(a, ru->name);
            out->unit_rule_file = hl_arena_strdup(a, ru->file);
            out->unit_rule_line = ru->line;
        }
        if (ru->issuer >= 0)
            to_issuer = ru->issuer;
        if (ru->priority >= 0)
            out->priority = ru->priority;
        if (ru->deadline_days >= 0)
            out->deadline_days = ru->deadline_days;
        if (ru->no_ack >= 0)
            out->no_ack = ru->no_ack;
        if (ru->spam >= 0)
            out->spam = ru->spam;
        for (size_t k = 0; k < ru->n_tags; k++) {
            const char *t = expand_tag(&cx, ru->tags[k], cx.hits, cx.n_hits);
            bool dup = false;
            for (size_t j = 0; j < tags.n; j++)
                dup = dup || strcmp(tags.v[j], t) == 0;
            if (!dup && *t) {
                tags.v = grow(tags.v, &tags.cap, tags.n, sizeof *tags.v);
                tags.v[tags.n++] = t;
            }
        }
        if (ru->stop)
            break;
    }
    /* A complaint about a decision goes to whoever decided (issuer.h); a
     * denunciation keeps kind.h's rule, applied by the caller. */
    if (to_issuer && out->kind && strcmp(out->kind, HL_KIND_COMPLAINT) == 0) {
        const char *text = hl_arena_printf(a, "%s\n%s", msg->subject ? msg->subject : "", letter);
        struct hl_issuer is;
        if (hl_issuer_find(text, r->places, a, &is)) {
            cx.unit = is.unit ? is.unit : mailbox_unit;
            out->issuer = is.unit;
            out->place = NULL;
            static const struct rule issuer_rule = {
                .name = "(decision-issuer)", .file = "", .line = 0};
            trace_entry(&trace, &hv, &issuer_rule, is.unit ? "issuer" : "decision",
                        is.unit ? is.named : is.decision, false);
            out->unit_rule = issuer_rule.name;
            out->unit_rule_file = issuer_rule.file;
            out->unit_rule_line = 0;
        }
    }
    hl_buf_putc(&trace, ']');
    out->category = hl_arena_strdup(a, cx.category);
    out->unit = cx.unit ? hl_arena_strdup(a, cx.unit) : NULL;
    out->trace_json = hl_arena_strdup(a, trace.data);
    out->tags = hl_arena_memdup(a, tags.v, tags.n * sizeof *tags.v);
    out->n_tags = tags.n;
    out->fields = hl_arena_memdup(a, fields.v, fields.n * sizeof *fields.v);
    out->n_fields = fields.n;
    /* Hits point at rule names and files: copy them, the set may be reloaded. */
    struct hl_rule_hit *hits = hl_arena_alloc(a, (hv.n + 1) * sizeof *hits);
    for (size_t i = 0; i < hv.n; i++) {
        hits[i] = hv.v[i];
        hits[i].rule = hl_arena_strdup(a, hv.v[i].rule);
        hits[i].file = hl_arena_strdup(a, hv.v[i].file);
        hits[i].field = hl_arena_strdup(a, hv.v[i].field);
    }
    out->hits = hits;
    out->n_hits = hv.n;
    free(hv.v);
    free(tags.v);
    free(fields.v);
    hl_buf_fini(&trace);
    pcre2_match_data_free(cx.md);
    return 0;
}

const struct hl_category *
hl_rules_category(const struct hl_rules *r, const char *code)
{
    static const struct hl_category uncategorized = {
        HL_RULES_UNCATEGORIZED, "Chưa phân loại", 15, "", "(built in)", 0};
    for (size_t i = 0; i < r->n_cats; i++)
        if (strcmp(r->cats[i].code, code) == 0)
            return &r->cats[i];
    if (strcmp(code, HL_RULES_UNCATEGORIZED) == 0)
        return &uncategorized;
    return NULL;
}

size_t
hl_rules_count(const struct hl_rules *r)
{
    return r->n_rules;
}

void
hl_rules_stat(const struct hl_rules *r, size_t i, struct hl_rule_stat *st)
{
    const struct rule *ru = r->rules[i];
    st->name = ru->name;
    st->file = ru->file;
    st->line = ru->line;
    st->hits = atomic_load_explicit(&ru->hits, memory_order_relaxed);
    st->evaluated = atomic_load_explicit(&ru->evaluated, memory_order_relaxed);
    st->limit_hits = atomic_load_explicit(&ru->limit_hits, memory_order_relaxed);
}

void
hl_rules_set_prefilter(struct hl_rules *r, bool on)
{
    r->no_prefilter = !on;
}

const struct hl_places *
hl_rules_places(const struct hl_rules *r)
{
    return r->places;
}

size_t
hl_rules_n_categories(const struct hl_rules *r)
{
    return r->n_cats;
}

const struct hl_category *
hl_rules_category_at(const struct hl_rules *r, size_t i)
{
    return &r->cats[i];
}
