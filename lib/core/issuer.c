/*
 * issuer: see issuer.h.  Works on the folded text (lib/base/fold), whose
 * offset map gives back the citizen's own words for the trace and the
 * windows handed to the place matcher.
 */
#include "issuer.h"

#include "fold.h"

#include <string.h>

/* How near "khiếu nại" a weak decision word must be, either side. */
#define DECISION_WINDOW 150
/* How far before a verb the citizen's request for it is looked for. */
#define REQUEST_WINDOW 40
/* How far the issuer is looked for after and before a decision word, at
 * most (the sentence ends first in letters), and how many decision words
 * are read: a long letter costs no more than a short one. */
#define AFTER_WINDOW 400
#define BEFORE_WINDOW 300
#define MAX_DECISIONS 32

enum strength { WEAK, STRONG, ACT };

struct word {
    const char *w;
    enum strength s;
};

/* Decision and act words, folded, whole words.  STRONG words name a
 * decision wherever the complaint puts them; ACT words too, unless the
 * citizen asks for the act ("đề nghị xử phạt": a request, not a decision
 * complained of); WEAK words ("biên bản", "thông báo") are everyday
 * paperwork and count only next to "khiếu nại". */
static const struct word decision_words[] = {
    {"quyet dinh", STRONG},
    {"qd", STRONG},
    {"van ban tra loi", STRONG},
    {"cong van tra loi", STRONG},
    {"van ban tu choi", STRONG},
    {"tu choi", STRONG},
    {"cap doi", STRONG},
    {"bi phat", STRONG},
    {"phat nguoi", STRONG},
    {"xu phat", ACT},
    {"thu hoi", ACT},
    {"cuong che", ACT},
    {"bien ban", WEAK},
    {"thong bao", WEAK},
    {"van ban", WEAK},
    {"cong van", WEAK},
    {"ket luan", WEAK},
    {NULL, WEAK},
};

/* Words that ask for what follows them. */
static const char *const request_words[] = {"de nghi", "yeu cau", "kien nghi", "mong",
                                            "xin",     "can",     "phai",      NULL};

/* Words after which a "quyết định" is the writer's own ("tôi quyết định làm đơn"). */
static const char *const own_words[] = {"toi ", "minh ", "tu ", NULL};

/* Where the sender's address, or the complaint's own words, begin: the
 * issuer is never looked for before them. */
static const char *const cut_words[] = {"khieu nai", "tru tai", "dia chi", "o tai",   "song tai",
                                        "cu tru",    "toi o",   "nha o",   "nha toi", NULL};

static bool
alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static bool
word_at(const char *s, size_t len, size_t i, const char *w)
{
    size_t n = strlen(w);
    if (i + n > len || strncmp(s + i, w, n) != 0)
        return false;
    return (i == 0 || !alnum((unsigned char)s[i - 1])) &&
           (i + n == len || !alnum((unsigned char)s[i + n]) || w[n - 1] == ' ');
}

/* Whether a sentence ends at f[i]: a blank line, the subject's end (the
 * first newline), or . ! ? before a space unless it ends an abbreviation of
 * one or two letters ("TP. Hà Nội", "P. Hàng Bông").  A single newline is
 * not an end: plain-text mail wraps its lines. */
static bool
sentence_end(const char *f, size_t len, size_t i, size_t first_nl)
{
    char c = f[i];
    if (c == '\n') {
        if (i == first_nl)
            return true;
        size_t j = i + 1;
        while (j < len && (f[j] == ' ' || f[j] == '\t' || f[j] == '\r'))
            j++;
        return j < len && f[j] == '\n';
    }
    if (c != '.' && c != '!' && c != '?')
        return false;
    if (i + 1 < len && f[i + 1] != ' ' && f[i + 1] != '\n' && f[i + 1] != '\r')
        return false;
    size_t run = 0;
    while (run < i && alnum((unsigned char)f[i - 1 - run]))
        run++;
    return run == 0 || run > 2;
}

/* The last occurrence in f[from, to) of one of words; returns the offset
 * just after it, or from. */
static size_t
after_last(const char *f, size_t len, size_t from, size_t to, const char *const *words)
{
    size_t cut = from;
    for (size_t i = from; i < to; i++)
        for (size_t w = 0; words[w]; w++)
            if (word_at(f, len, i, words[w]) && i + strlen(words[w]) <= to)
                cut = i + strlen(words[w]);
    return cut;
}

static bool
any_in(const char *f, size_t len, size_t from, size_t to, const char *const *words)
{
    for (size_t i = from; i < to; i++)
        for (size_t w = 0; words[w]; w++)
            if (word_at(f, len, i, words[w]))
                return true;
    return false;
}

struct ctx {
    const char *text;
    struct hl_folded f;
    const struct hl_places *places;
    struct hl_arena *a;
};

/* The unit named in the source text behind f[from, to): the first one, or
 * with last the last one.  *named gets the citizen's words. */
static const char *
unit_in(struct ctx *c, size_t from, size_t to, bool last, const char **named)
{
    if (from >= to)
        return NULL;
    size_t rs = c->f.map[from], re = c->f.map[to];
    const char *w = hl_arena_strndup(c->a, c->text + rs, re - rs);
    const char *unit = NULL;
    for (int guard = 0; guard < 8 && *w; guard++) {
        const char *m = NULL;
        const char *u = hl_places_find_unit(c->places, w, c->a, &m);
        if (u == NULL)
            break;
        unit = u;
        *named = m;
        const char *at = m ? strstr(w, m) : NULL;
        if (!last || at == NULL)
            break;
        w = at + strlen(m);
    }
    return unit;
}

bool
hl_issuer_find(const char *text, const struct hl_places *places, struct hl_arena *a,
               struct hl_issuer *out)
{
    memset(out, 0, sizeof *out);
    if (text == NULL)
        return false;
    struct ctx c = {.text = text, .places = places, .a = a};
    hl_fold_text(a, text, strlen(text), true, &c.f);
    const char *f = c.f.text;
    size_t len = c.f.len;
    const char *nl = strchr(f, '\n');
    size_t first_nl = nl ? (size_t)(nl - f) : len;

    /* Where "khiếu nại" is: no complaint, no decision complained of. */
    size_t *kn = hl_arena_alloc(a, (len / 9 + 1) * sizeof *kn);
    size_t n_kn = 0;
    for (size_t i = 0; i + 9 <= len; i++)
        if (word_at(f, len, i, "khieu nai"))
            kn[n_kn++] = i;
    if (n_kn == 0)
        return false;

    size_t ss = 0; /* the current sentence's start */
    int n_read = 0;
    for (size_t i = 0; i < len && n_read < MAX_DECISIONS; i++) {
        if (sentence_end(f, len, i, first_nl)) {
            ss = i + 1;
            continue;
        }
        const struct word *dw = NULL;
        for (const struct word *w = decision_words; w->w && dw == NULL; w++)
            if (word_at(f, len, i, w->w))
                dw = w;
        if (dw == NULL)
            continue;
        size_t n = strlen(dw->w);
        size_t rs = i > REQUEST_WINDOW && i - REQUEST_WINDOW > ss ? i - REQUEST_WINDOW : ss;
        if (dw->s == ACT && any_in(f, len, rs, i, request_words))
            continue;
        if (strcmp(dw->w, "quyet dinh") == 0 && i >= ss + 3) {
            bool own = false;
            for (size_t w = 0; own_words[w]; w++) {
                size_t l = strlen(own_words[w]);
                own = own || (i >= ss + l && word_at(f, len, i - l, own_words[w]));
            }
            if (own)
                continue;
        }
        if (dw->s == WEAK) {
            bool near = false;
            for (size_t k = 0; k < n_kn && !near; k++)
                near = (kn[k] < i ? i - kn[k] : kn[k] - i) <= DECISION_WINDOW;
            if (!near)
                continue;
        }
        n_read++;
        size_t se = i + n, se_max = i + n + AFTER_WINDOW < len ? i + n + AFTER_WINDOW : len;
        while (se < se_max && !sentence_end(f, len, se, first_nl))
            se++;
        if (!out->about_decision) {
            out->about_decision = true;
            /* Quoted from the "khiếu nại" just before it, if any. */
            size_t from = i;
            for (size_t k = 0; k < n_kn; k++)
                if (kn[k] < i && i - kn[k] <= DECISION_WINDOW)
                    from = kn[k];
            size_t ds = c.f.map[from], de = c.f.map[i + n];
            out->decision = hl_arena_strndup(a, text + ds, de - ds);
        }
        /* The issuer: the first unit named after the decision word in its
         * sentence ("Quyết định số 123/QĐ-UBND ... của UBND phường X", "do
         * Thanh tra Sở Xây dựng lập"), else the last one before it there,
         * after the sender's address and "khiếu nại" ("Chủ tịch UBND xã Sóc
         * Sơn ký quyết định").  A unit's other name right after "QĐ-" is in
         * the window after ("45/QĐ-STNMT"). */
        const char *named = NULL;
        const char *unit = unit_in(&c, i + n, se, false, &named);
        if (unit == NULL) {
            size_t from = i > BEFORE_WINDOW && i - BEFORE_WINDOW > ss ? i - BEFORE_WINDOW : ss;
            size_t bs = after_last(f, len, from, i, cut_words);
            unit = unit_in(&c, bs, i, true, &named);
        }
        if (unit) {
            out->unit = unit;
            out->named = named;
            return true;
        }
        i += n - 1;
    }
    return out->about_decision;
}
