/* marks: see marks.h. */
#include "marks.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define MAX_SIG 128

struct mword {
    char *fold; /* the word folded */
    char *sig;  /* its marks (hl_marks_sig); NULL: written without marks */
};

struct hl_marks {
    struct mword *w;
    size_t n;
};

/* The code point at s (n bytes left) and its length; an invalid byte is a
 * one-byte non-word. */
static size_t
cp_at(const char *s, size_t n, int32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    size_t k = hl_utf8_next(u, n, cp);
    if (k == 0) {
        *cp = '?';
        return 1;
    }
    return k;
}

/* What one code point contributes to a signature: its letters with their
 * vowel marks as symbols, its tone, and whether it carries any mark. */
struct piece {
    char body[14];
    uint8_t len;
    char tone;
    bool marked;
};

#define PIECE_TABLE 0x2000
static struct piece piece_table[PIECE_TABLE];
static pthread_once_t piece_once = PTHREAD_ONCE_INIT;

static void
make_piece(int32_t cp, struct piece *pc)
{
    memset(pc, 0, sizeof *pc);
    utf8proc_int32_t dec[8];
    utf8proc_ssize_t n = 1;
    if (cp < 0x80) {
        dec[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    } else {
        int bound = 0;
        n = utf8proc_decompose_char(cp, dec, 8, UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD, &bound);
        if (n < 0 || n > 8) {
            pc->body[0] = '?';
            pc->len = 1;
            return;
        }
    }
    for (utf8proc_ssize_t k = 0; k < n; k++) {
        int32_t d = dec[k];
        char t = d == 0x300 || d == 0x340   ? '1' /* huyền */
                 : d == 0x301 || d == 0x341 ? '2' /* sắc */
                 : d == 0x309               ? '3' /* hỏi */
                 : d == 0x303               ? '4' /* ngã */
                 : d == 0x323               ? '5' /* nặng */
                                            : 0;
        if (t) {
            pc->tone = t;
            pc->marked = true;
            continue;
        }
        char put[8];
        size_t plen;
        const char *q = d == 0x302                                     ? "^"
                        : d == 0x306                                   ? "("
                        : d == 0x31B                                   ? "+"
                        : d == 0x111                                   ? "d-"
                        : utf8proc_category(d) == UTF8PROC_CATEGORY_MN ? "*"
                                                                       : NULL;
        if (q) {
            pc->marked = true;
            plen = strlen(q);
            memcpy(put, q, plen);
        } else {
            plen = (size_t)utf8proc_encode_char(d, (utf8proc_uint8_t *)put);
        }
        if (pc->len + plen > sizeof pc->body)
            break;
        memcpy(pc->body + pc->len, put, plen);
        pc->len = (uint8_t)(pc->len + plen);
    }
}

static void
build_pieces(void)
{
    for (int32_t cp = 0; cp < PIECE_TABLE; cp++)
        make_piece(cp, &piece_table[cp]);
}

size_t
hl_marks_sig(const char *s, size_t len, char *sig, size_t cap)
{
    pthread_once(&piece_once, build_pieces);
    size_t o = 0;
    char tone = 0;
    bool marked = false;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        i += cp_at(s + i, len - i, &cp);
        struct piece slow;
        const struct piece *pc = &slow;
        if (cp >= 0 && cp < PIECE_TABLE)
            pc = &piece_table[cp];
        else
            make_piece(cp, &slow);
        if (pc->tone)
            tone = pc->tone;
        marked = marked || pc->marked;
        if (o + pc->len + 3 > cap)
            return 0;
        memcpy(sig + o, pc->body, pc->len);
        o += pc->len;
    }
    if (!marked)
        return 0;
    if (tone) {
        sig[o++] = '#';
        sig[o++] = tone;
    }
    sig[o] = '\0';
    return o;
}

static int
mword_cmp(const void *pa, const void *pb)
{
    const struct mword *a = pa, *b = pb;
    int c = strcmp(a->fold, b->fold);
    if (c)
        return c;
    if (a->sig == NULL || b->sig == NULL)
        return (a->sig != NULL) - (b->sig != NULL);
    return strcmp(a->sig, b->sig);
}

/* Skips a pattern's group syntax after "(": "?:", "?<name>", "?i)", "*VERB)". */
static size_t
skip_group_open(const char *p, size_t i)
{
    if (p[i] == '*') {
        while (p[i] && p[i] != ')')
            i++;
        return p[i] ? i + 1 : i;
    }
    if (p[i] != '?')
        return i;
    i++;
    if ((p[i] == '<' && p[i + 1] != '=' && p[i + 1] != '!') || (p[i] == 'P' && p[i + 1] == '<')) {
        while (p[i] && p[i] != '>')
            i++;
        return p[i] ? i + 1 : i;
    }
    while (p[i] && (p[i] == '-' || p[i] == '^' || (p[i] >= 'a' && p[i] <= 'z') ||
                    (p[i] >= 'A' && p[i] <= 'Z')))
        i++;
    if (p[i] == '<' && (p[i + 1] == '=' || p[i + 1] == '!'))
        return i + 2;
    if (p[i] == ':' || p[i] == '=' || p[i] == '!' || p[i] == ')')
        return i + 1;
    return i;
}

/* Skips a character class starting at p[i] == '['. */
static size_t
skip_class(const char *p, size_t i)
{
    i++;
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
    return p[i] ? i + 1 : i;
}

/* Whether an escape \e stands between words (\b, \s, \W, \d, an escaped
 * punctuation mark) rather than for part of one (\w, \p{L}, \x{...}). */
static bool
escape_separates(char e)
{
    if (e == 0)
        return false;
    if (strchr("bBsSWdDhHvVnrtR", e))
        return true;
    unsigned char u = (unsigned char)e;
    return u < 0x80 &&
           !((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'));
}

/* Adds a word of the pattern; returns whether it carries marks. */
static bool
add_word(struct hl_marks *m, size_t *cap, struct hl_arena *a, const char *s, size_t len)
{
    char sig[MAX_SIG];
    size_t sl = hl_marks_sig(s, len, sig, sizeof sig);
    if (*cap == m->n) {
        *cap = *cap ? *cap * 2 : 16;
        m->w = hl_xrealloc(m->w, *cap * sizeof *m->w);
    }
    struct hl_folded f;
    hl_fold_text(a, s, len, false, &f);
    m->w[m->n].fold = hl_xstrndup(f.text, f.len);
    m->w[m->n].sig = sl ? hl_xstrdup(sig) : NULL;
    m->n++;
    return sl != 0;
}

struct hl_marks *
hl_marks_from_pattern(const char *p)
{
    struct hl_marks *m = hl_xcalloc(1, sizeof *m);
    size_t cap = 0, i = 0, plen = strlen(p);
    struct hl_arena a; /* the folded words, until each is copied */
    hl_arena_init(&a);
    /* before_ok: a word starting here starts a word of the text; after_word:
     * the last atom was a word (a quantifier then cuts it). */
    bool before_ok = true, after_word = false, any_marked = false;
    while (p[i]) {
        char c = p[i];
        if (c == '\\') {
            char e = p[i + 1];
            if (e == 0)
                break;
            i += 2;
            if (strchr("pPxNgko", e) && (p[i] == '{' || p[i] == '<' || p[i] == '\'')) {
                char close = p[i] == '{' ? '}' : p[i] == '<' ? '>' : '\'';
                while (p[i] && p[i] != close)
                    i++;
                if (p[i])
                    i++;
            } else if ((e == 'p' || e == 'P') && p[i]) {
                i++;
            } else if (e == 'Q') {
                const char *end = strstr(p + i, "\\E");
                i = end ? (size_t)(end - p) + 2 : plen;
            }
            before_ok = escape_separates(e) && e != 'Q' && e != 'p' && e != 'P' && e != 'x';
            after_word = false;
            continue;
        }
        if (c == '[') {
            i = skip_class(p, i);
            before_ok = after_word = false;
            continue;
        }
        if (c == '(') {
            i = skip_group_open(p, i + 1);
            before_ok = true;
            after_word = false;
            continue;
        }
        if (c == '{') {
            while (p[i] && p[i] != '}')
                i++;
            if (p[i])
                i++;
            before_ok = !after_word; /* ".{0,40}sở": sở begins a word */
            after_word = false;
            continue;
        }
        int32_t cp;
        size_t n = cp_at(p + i, plen - i, &cp);
        if (!hl_fold_is_word_cp(cp)) {
            before_ok = strchr("*+?", c) ? !after_word : !strchr(").", c);
            after_word = false;
            i += n;
            continue;
        }
        size_t start = i, j = i;
        while (p[j]) {
            size_t k = cp_at(p + j, plen - j, &cp);
            if (!hl_fold_is_word_cp(cp) && !(cp >= 0x300 && cp < 0x370))
                break;
            j += k;
        }
        char nx = p[j];
        bool after_ok = nx == 0 || nx == ' ' || nx == '|' || nx == ')' || nx == '$' ||
                        (nx == '\\' && escape_separates(p[j + 1]) && p[j + 1] != 'Q') ||
                        ((unsigned char)nx < 0x80 && !strchr("[({.*+?\\", nx));
        if (before_ok && after_ok && add_word(m, &cap, &a, p + start, j - start))
            any_marked = true;
        before_ok = false;
        after_word = true;
        i = j;
    }
    hl_arena_fini(&a);
    if (!any_marked) {
        hl_marks_free(m);
        return NULL;
    }
    qsort(m->w, m->n, sizeof *m->w, mword_cmp);
    return m;
}

void
hl_marks_free(struct hl_marks *m)
{
    if (m == NULL)
        return;
    for (size_t i = 0; i < m->n; i++) {
        free(m->w[i].fold);
        free(m->w[i].sig);
    }
    free(m->w);
    free(m);
}

size_t
hl_marks_count(const struct hl_marks *m)
{
    return m ? m->n : 0;
}

/* Whether the folded word f->text[a, b) agrees with the table. */
static bool
word_agrees(const struct hl_marks *m, const struct hl_folded *f, const char *raw, size_t a,
            size_t b)
{
    const char *key = f->text + a;
    size_t klen = b - a;
    size_t lo = 0, hi = m->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *w = m->w[mid].fold;
        size_t wl = strlen(w);
        int c = memcmp(w, key, wl < klen ? wl : klen);
        if (c < 0 || (c == 0 && wl < klen))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == m->n || strlen(m->w[lo].fold) != klen || memcmp(m->w[lo].fold, key, klen) != 0)
        return true; /* the pattern has no word spelled so */
    char sig[MAX_SIG];
    size_t ra = f->map[a], rb = f->map[b];
    if (hl_marks_sig(raw + ra, rb - ra, sig, sizeof sig) == 0)
        return true; /* typed without marks: it may be any of them */
    for (size_t i = lo;
         i < m->n && strlen(m->w[i].fold) == klen && memcmp(m->w[i].fold, key, klen) == 0; i++)
        if (m->w[i].sig == NULL || strcmp(m->w[i].sig, sig) == 0)
            return true;
    return false;
}

static bool
word_byte_at(const struct hl_folded *f, size_t i)
{
    int32_t cp;
    cp_at(f->text + i, f->len - i, &cp);
    return hl_fold_is_word_cp(cp);
}

/* The start of the code point before offset i of f (i > 0). */
static size_t
prev_cp(const struct hl_folded *f, size_t i)
{
    size_t k = i - 1;
    while (k > 0 && ((unsigned char)f->text[k] & 0xC0) == 0x80)
        k--;
    return k;
}

bool
hl_marks_agree(const struct hl_marks *m, const struct hl_folded *f, const char *raw, size_t f0,
               size_t f1)
{
    if (m == NULL || f->map == NULL || f1 <= f0 || f1 > f->len)
        return true;
    /* The first word of the match, from its first word character on. */
    size_t a = f0;
    while (a < f1 && !word_byte_at(f, a)) {
        int32_t cp;
        a += cp_at(f->text + a, f->len - a, &cp);
    }
    if (a >= f1)
        return true;
    size_t b = a;
    while (b < f1 && word_byte_at(f, b)) {
        int32_t cp;
        b += cp_at(f->text + b, f->len - b, &cp);
    }
    if (b > f1)
        b = f1;
    if (!word_agrees(m, f, raw, a, b))
        return false;
    /* The last word, back from the end of the match. */
    size_t e = f1;
    while (e > b && !word_byte_at(f, prev_cp(f, e)))
        e = prev_cp(f, e);
    if (e <= b)
        return true;
    size_t s = e;
    while (s > b && word_byte_at(f, prev_cp(f, s)))
        s = prev_cp(f, s);
    return word_agrees(m, f, raw, s, e);
}
