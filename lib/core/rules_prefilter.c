/*
 * rules_prefilter: what lets a message skip most rules without running a
 * regex.  At load time each rule's patterns are read for the literals every
 * match must contain (a conservative parse: syntax it does not model gives
 * up, and the rule is always evaluated); the literals of all rules become one
 * Aho-Corasick automaton over byte classes, which rules.c runs once over the
 * folded text of a message.
 */
#include "rules_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct litparse {
    const char *p;
    size_t i;
    bool give_up; /* syntax we do not model: (?x), verbs, recursion, conditionals */
};

void
hl_rules_litset_free(struct litset *s)
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
        hl_rules_litset_free(best);
        *best = *cand;
    } else {
        hl_rules_litset_free(cand);
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
                hl_rules_litset_free(&group);
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
            hl_rules_litset_free(&group);
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
            hl_rules_litset_free(&b);
        }
        if (lp->p[lp->i] != '|')
            break;
        lp->i++;
    }
    if (!all.known)
        hl_rules_litset_free(&all);
    return all;
}

static struct litset
pattern_literals(const char *pattern)
{
    struct litparse lp = {pattern, 0, false};
    struct litset s = parse_alt(&lp);
    if (lp.give_up || lp.p[lp.i] != '\0' || litset_score(&s) < MIN_LITERAL)
        hl_rules_litset_free(&s);
    return s;
}

/* The requirement of a condition tree: what the prefilter may rely on. */
struct litset
hl_rules_cond_literals(const struct cond *c, char *const *srcs, size_t *k)
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
        struct litset s = hl_rules_cond_literals(c->kids[0], srcs, k);
        hl_rules_litset_free(&s);
        return none;
    }
    case C_ALL: {
        struct litset best = none;
        for (size_t i = 0; i < c->n_kids; i++) {
            struct litset s = hl_rules_cond_literals(c->kids[i], srcs, k);
            litset_offer(&best, &s);
        }
        return best;
    }
    case C_ANY: {
        struct litset all = {NULL, 0, c->n_kids > 0};
        for (size_t i = 0; i < c->n_kids; i++) {
            struct litset s = hl_rules_cond_literals(c->kids[i], srcs, k);
            if (!s.known)
                all.known = false;
            if (all.known) {
                all.v = hl_xrealloc(all.v, (all.n + s.n) * sizeof *all.v);
                for (size_t j = 0; j < s.n; j++)
                    all.v[all.n++] = s.v[j];
                free(s.v);
            } else {
                hl_rules_litset_free(&s);
            }
        }
        if (!all.known)
            hl_rules_litset_free(&all);
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

void
hl_rules_build_prefilter(struct hl_rules *r, struct litset *reqs)
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
                r->lit_rules =
                    hl_rules_grow(r->lit_rules, &cap_lits, r->n_lits, sizeof *r->lit_rules);
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
