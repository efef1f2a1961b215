/*
 * places: see places.h.  Layout: names and their normal form, the file
 * reader and checker, the Aho-Corasick automaton, and the matcher that reads
 * each hit's context and keeps the most specific one.
 *
 * Limits: names over MAX_NAME bytes and files over MAX_FILE bytes are
 * refused; the automaton has one node per byte of distinct names, each
 * n_cls int32 wide (about 40 classes: a-z, 0-9, space).
 */
#include "places.h"

#include "fold.h"
#include "marks.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define MAX_NAME 200
#define MAX_FILE (16u << 20)
/* How far before a place an address line ("địa chỉ", "trú tại") is looked
 * for, in bytes of normal text. */
#define ADDRESS_WINDOW 48

static const char *const kind_names[HL_PLACE_N_KINDS] = {
    "street", "lane", "market", "school", "landmark", "former_ward", "ward", "alias",
};

/* How specific a kind is: higher wins.  A street whose range holds the
 * house number ranks RANK_STREET_RANGE. */
static const int kind_rank[HL_PLACE_N_KINDS] = {3, 6, 5, 5, 5, 2, 1, 0};
#define RANK_STREET_RANGE 4

struct hl_places {
    struct hl_place *v;
    size_t n, cap;
    char **owned; /* every string the places point at */
    size_t n_owned, cap_owned;
    /* automaton, after build */
    char **keys;         /* distinct keys */
    size_t *key_len;     /* bytes */
    size_t **key_places; /* indexes into v */
    size_t *key_nplaces;
    size_t n_keys;
    uint8_t cls[256];
    uint32_t n_cls;
    int32_t *delta; /* n_nodes * n_cls */
    int32_t *out;   /* key id ending at node, -1 */
    int32_t *dict;  /* next suffix node with an output, -1 */
    size_t n_nodes;
};

/* ---------- names ---------- */

const char *
hl_place_kind_name(enum hl_place_kind k)
{
    return (unsigned)k < HL_PLACE_N_KINDS ? kind_names[k] : NULL;
}

int
hl_place_kind_parse(const char *name)
{
    for (int i = 0; i < HL_PLACE_N_KINDS; i++)
        if (strcmp(name, kind_names[i]) == 0)
            return i;
    return -1;
}

static bool
is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Text in normal form: folded, every run of other bytes one space, no space
 * at either end.  map[i] is the offset in the source of norm[i] (map[len] =
 * the source's length) when raw_map is asked for. */
struct norm {
    char *s;
    size_t len;
    uint32_t *map;
};

static void
normalize(struct hl_arena *a, const char *src, struct norm *out)
{
    struct hl_folded f;
    size_t slen = strlen(src);
    hl_fold_text(a, src, slen, true, &f);
    out->s = hl_arena_alloc(a, f.len + 1);
    out->map = hl_arena_alloc(a, (f.len + 1) * sizeof *out->map);
    size_t n = 0;
    bool space = false;
    uint32_t word_end = 0; /* source offset just after the last word byte */
    for (size_t i = 0; i < f.len; i++) {
        unsigned char c = (unsigned char)f.text[i];
        if (is_word_byte(c)) {
            if (space && n) {
                out->map[n] = word_end;
                out->s[n++] = ' ';
            }
            space = false;
            out->map[n] = f.map[i];
            out->s[n++] = (char)c;
            word_end = f.map[i + 1];
        } else {
            space = true;
        }
    }
    out->s[n] = '\0';
    out->map[n] = n ? word_end : (uint32_t)slen;
    out->len = n;
}

/* The source offset just after norm byte i (the end of a quote). */
static uint32_t
raw_end(const struct norm *nm, size_t e)
{
    return e < nm->len ? nm->map[e] : nm->map[nm->len];
}

static bool
word_in(const char *w, size_t n, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
            return true;
    return false;
}

static const char *const lane_words[] = {"ngo", "ngach", "hem", "kiet", "hxh", NULL};
static const char *const street_words[] = {"pho", "duong", "d", "tuyen", NULL};
static const char *const ward_words[] = {"phuong", "xa", "p", "x", "thi tran", "tt", NULL};
static const char *const district_words[] = {"quan", "q", "huyen", "h", "thi xa", "tx", NULL};
static const char *const market_words[] = {"cho", NULL};
static const char *const number_words[] = {"so", "nha", "sn", "can", NULL};

/* The type words a name may begin with in its file, per kind. */
static const char *const *const strip_words[HL_PLACE_N_KINDS] = {
    street_words, lane_words, market_words, NULL, NULL, ward_words, ward_words, NULL,
};

/* The key of a name: normal form, leading type word removed. */
static char *
name_key(const char *name, enum hl_place_kind kind)
{
    struct hl_arena a;
    hl_arena_init(&a);
    struct norm nm;
    normalize(&a, name, &nm);
    const char *s = nm.s;
    const char *const *strip = strip_words[kind];
    if (strip) {
        const char *sp = strchr(s, ' ');
        if (sp && word_in(s, (size_t)(sp - s), strip))
            s = sp + 1;
    }
    char *k = hl_xstrdup(s);
    hl_arena_fini(&a);
    return k;
}

/* ---------- the set ---------- */

struct hl_places *
hl_places_new(void)
{
    return hl_xcalloc(1, sizeof(struct hl_places));
}

static const char *
own(struct hl_places *p, char *s)
{
    if (p->n_owned == p->cap_owned) {
        p->cap_owned = p->cap_owned ? 2 * p->cap_owned : 64;
        p->owned = hl_xrealloc(p->owned, p->cap_owned * sizeof *p->owned);
    }
    p->owned[p->n_owned++] = s;
    return s;
}

static void
free_automaton(struct hl_places *p)
{
    for (size_t i = 0; i < p->n_keys; i++)
        free(p->key_places[i]);
    free(p->keys); /* the keys themselves are the places' */
    free(p->key_len);
    free(p->key_places);
    free(p->key_nplaces);
    free(p->delta);
    free(p->out);
    free(p->dict);
    p->keys = NULL;
    p->key_len = NULL;
    p->key_places = NULL;
    p->key_nplaces = NULL;
    p->delta = p->out = p->dict = NULL;
    p->n_keys = p->n_nodes = 0;
}

void
hl_places_free(struct hl_places **pp)
{
    struct hl_places *p = pp ? *pp : NULL;
    if (p == NULL)
        return;
    free_automaton(p);
    for (size_t i = 0; i < p->n_owned; i++)
        free(p->owned[i]);
    free(p->owned);
    free(p->v);
    free(p);
    *pp = NULL;
}

size_t
hl_places_count(const struct hl_places *p)
{
    return p ? p->n : 0;
}

const struct hl_place *
hl_places_at(const struct hl_places *p, size_t i)
{
    return &p->v[i];
}

/* "1-99", "2-98 even", "100-", "1-99 odd".  Returns 0 or -1. */
static int
parse_numbers(const char *s, int *lo, int *hi, enum hl_place_parity *par)
{
    char *end;
    long a = strtol(s, &end, 10);
    if (end == s || a < 1 || a > 100000 || *end != '-')
        return -1;
    const char *q = end + 1;
    long b = 0;
    if (*q >= '0' && *q <= '9') {
        b = strtol(q, &end, 10);
        if (b < a || b > 100000)
            return -1;
        q = end;
    }
    while (*q == ' ')
        q++;
    *par = HL_PARITY_ALL;
    if (strcmp(q, "odd") == 0 || strcmp(q, "lẻ") == 0)
        *par = HL_PARITY_ODD;
    else if (strcmp(q, "even") == 0 || strcmp(q, "chẵn") == 0)
        *par = HL_PARITY_EVEN;
    else if (*q)
        return -1;
    *lo = (int)a;
    *hi = (int)b;
    return 0;
}

int
hl_places_add(struct hl_places *p, const char *unit, const char *kind, const char *name,
              const char *numbers, const char *file, int line, struct hl_diag *diag)
{
    int k = hl_place_kind_parse(kind);
    if (k < 0) {
        hl_diag_add(diag, file, line,
                    "unknown kind \"%s\" (street, lane, market, school, landmark, former_ward, "
                    "ward or alias)",
                    kind);
        return -1;
    }
    if (*name == '\0' || strlen(name) > MAX_NAME) {
        hl_diag_add(diag, file, line, "a name must have 1 to %d bytes", MAX_NAME);
        return -1;
    }
    struct hl_place pl = {.kind = (enum hl_place_kind)k, .file = file, .line = line};
    if (numbers && *numbers) {
        if (k != HL_PLACE_STREET && k != HL_PLACE_LANE) {
            hl_diag_add(diag, file, line, "only a street or a lane has house numbers");
            return -1;
        }
        if (parse_numbers(numbers, &pl.lo, &pl.hi, &pl.parity) < 0) {
            hl_diag_add(diag, file, line,
                        "house numbers must be FROM-TO, FROM- or either with odd/even, not "
                        "\"%s\"",
                        numbers);
            return -1;
        }
    }
    char *key = name_key(name, pl.kind);
    if (*key == '\0') {
        hl_diag_add(diag, file, line, "name \"%s\" has no letters or digits", name);
        free(key);
        return -1;
    }
    for (size_t i = 0; i < p->n; i++) {
        const struct hl_place *o = &p->v[i];
        if (o->kind == pl.kind && strcmp(o->key, key) == 0 && strcmp(o->unit, unit) == 0 &&
            o->lo == pl.lo && o->hi == pl.hi && o->parity == pl.parity) {
            hl_diag_add(diag, file, line, "duplicate place \"%s\" (first at %s:%d)", name, o->file,
                        o->line);
            free(key);
            return -1;
        }
    }
    pl.key = own(p, key);
    pl.unit = own(p, hl_xstrdup(unit));
    pl.name = own(p, hl_xstrdup(name));
    if (p->n == p->cap) {
        p->cap = p->cap ? 2 * p->cap : 64;
        p->v = hl_xrealloc(p->v, p->cap * sizeof *p->v);
    }
    p->v[p->n++] = pl;
    return 0;
}

static char *
trim(char *s)
{
    while (*s == ' ' || *s == '\r')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

size_t
hl_places_add_file(struct hl_places *p, const char *path, const char *const *units, size_t n_units,
                   struct hl_diag *diag)
{
    struct hl_err err;
    size_t len = 0;
    char *data = hl_read_file(path, &len, &err);
    if (data == NULL) {
        hl_diag_add(diag, path, 0, "cannot read places file: %s", err.msg);
        return 1;
    }
    if (len > MAX_FILE) {
        hl_diag_add(diag, path, 0, "places file over %u bytes", MAX_FILE);
        free(data);
        return 1;
    }
    const char *file = own(p, hl_xstrdup(path));
    size_t problems = 0;
    int lineno = 0;
    for (char *line = data, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        lineno++;
        char *s = trim(line);
        if (*s == '\0' || *s == '#')
            continue;
        char *col[5] = {0};
        int nc = 0;
        for (char *c = s; c && nc < 5; nc++) {
            col[nc] = c;
            c = strchr(c, '\t');
            if (c)
                *c++ = '\0';
        }
        if (nc < 3 || nc > 4) {
            hl_diag_add(diag, file, lineno,
                        "expected unit<TAB>kind<TAB>name[<TAB>numbers], found %d column%s", nc,
                        nc == 1 ? "" : "s");
            problems++;
            continue;
        }
        for (int i = 0; i < nc; i++)
            col[i] = trim(col[i]);
        if (!hl_fold_utf8_valid(col[2], strlen(col[2]))) {
            hl_diag_add(diag, file, lineno, "name is not UTF-8");
            problems++;
            continue;
        }
        bool known = n_units == 0;
        for (size_t i = 0; i < n_units && !known; i++)
            known = strcmp(units[i], col[0]) == 0;
        if (!known) {
            hl_diag_add(diag, file, lineno, "unknown unit \"%s\"", col[0]);
            problems++;
            continue;
        }
        if (hl_places_add(p, col[0], col[1], col[2], nc == 4 ? col[3] : NULL, file, lineno, diag) <
            0)
            problems++;
    }
    free(data);
    return problems;
}

static int
tsv_filter(const struct dirent *d)
{
    size_t n = strlen(d->d_name);
    return d->d_name[0] != '.' && n > 4 && strcmp(d->d_name + n - 4, ".tsv") == 0;
}

static int
places_tsv_filter(const struct dirent *d)
{
    size_t n = strlen(d->d_name);
    return d->d_name[0] != '.' && n > 11 && strcmp(d->d_name + n - 11, ".places.tsv") == 0;
}

size_t
hl_places_add_dir(struct hl_places *p, const char *dir, bool only_places_tsv,
                  const char *const *units, size_t n_units, struct hl_diag *diag)
{
    struct dirent **names = NULL;
    int n = scandir(dir, &names, only_places_tsv ? places_tsv_filter : tsv_filter, alphasort);
    if (n < 0) {
        if (errno == ENOENT)
            return 0;
        hl_diag_add(diag, dir, 0, "cannot read places directory: %s", strerror(errno));
        return 1;
    }
    size_t problems = 0;
    for (int i = 0; i < n; i++) {
        size_t dl = strlen(dir);
        char *path = dl && dir[dl - 1] == '/' ? hl_xasprintf("%s%s", dir, names[i]->d_name)
                                              : hl_xasprintf("%s/%s", dir, names[i]->d_name);
        problems += hl_places_add_file(p, path, units, n_units, diag);
        free(path);
        free(names[i]);
    }
    free(names);
    return problems;
}

static int
cmp_by_key(const void *a, const void *b, void *ctx)
{
    const struct hl_places *p = ctx;
    const struct hl_place *x = &p->v[*(const size_t *)a], *y = &p->v[*(const size_t *)b];
    int c = strcmp(x->key, y->key);
    if (c == 0)
        c = (*(const size_t *)a > *(const size_t *)b) - (*(const size_t *)a < *(const size_t *)b);
    return c;
}

/* Place indexes sorted by key (then file order). */
static size_t *
sorted_by_key(const struct hl_places *p)
{
    size_t *idx = hl_xcalloc(p->n ? p->n : 1, sizeof *idx);
    for (size_t i = 0; i < p->n; i++)
        idx[i] = i;
    qsort_r(idx, p->n, sizeof *idx, cmp_by_key, (void *)p);
    return idx;
}

size_t
hl_places_check(const struct hl_places *p, struct hl_diag *diag)
{
    size_t problems = 0;
    size_t *idx = sorted_by_key(p);
    for (size_t i = 0; i < p->n;) {
        size_t j = i;
        while (j < p->n && strcmp(p->v[idx[j]].key, p->v[idx[i]].key) == 0)
            j++;
        /* Within one key, of the kinds that route (not aliases): a unit
         * other than the first's, where one of the two has no range. */
        for (size_t x = i; x < j; x++) {
            const struct hl_place *b = &p->v[idx[x]];
            if (b->kind == HL_PLACE_ALIAS)
                continue;
            for (size_t y = i; y < x; y++) {
                const struct hl_place *a = &p->v[idx[y]];
                if (a->kind == HL_PLACE_ALIAS || strcmp(a->unit, b->unit) == 0 ||
                    kind_rank[a->kind] != kind_rank[b->kind])
                    continue;
                if (a->lo == 0 || b->lo == 0) {
                    hl_diag_add(diag, b->file, b->line,
                                "\"%s\" is in %s and %s (%s:%d) and one of them has no house "
                                "number range: mail naming it cannot be routed",
                                b->name, b->unit, a->unit, a->file, a->line);
                    problems++;
                    break;
                }
            }
        }
        i = j;
    }
    free(idx);
    return problems;
}

/* ---------- the automaton ---------- */

void
hl_places_build(struct hl_places *p)
{
    free_automaton(p);
    size_t *idx = sorted_by_key(p);
    p->keys = hl_xcalloc(p->n + 1, sizeof *p->keys);
    p->key_len = hl_xcalloc(p->n + 1, sizeof *p->key_len);
    p->key_places = hl_xcalloc(p->n + 1, sizeof *p->key_places);
    p->key_nplaces = hl_xcalloc(p->n + 1, sizeof *p->key_nplaces);
    size_t total = 1;
    for (size_t i = 0; i < p->n;) {
        size_t j = i;
        while (j < p->n && strcmp(p->v[idx[j]].key, p->v[idx[i]].key) == 0)
            j++;
        size_t k = p->n_keys++;
        p->keys[k] = (char *)p->v[idx[i]].key;
        p->key_len[k] = strlen(p->keys[k]);
        p->key_nplaces[k] = j - i;
        p->key_places[k] = hl_xmalloc((j - i) * sizeof **p->key_places);
        memcpy(p->key_places[k], idx + i, (j - i) * sizeof *idx);
        total += p->key_len[k];
        i = j;
    }
    free(idx);
    /* Byte classes: class 0 for every byte no key uses. */
    memset(p->cls, 0, sizeof p->cls);
    p->n_cls = 1;
    for (size_t k = 0; k < p->n_keys; k++)
        for (size_t i = 0; i < p->key_len[k]; i++) {
            unsigned char c = (unsigned char)p->keys[k][i];
            if (p->cls[c] == 0)
                p->cls[c] = (uint8_t)p->n_cls++;
        }
    size_t w = p->n_cls;
    p->delta = hl_xmalloc(total * w * sizeof *p->delta);
    for (size_t i = 0; i < total * w; i++)
        p->delta[i] = -1;
    p->out = hl_xmalloc(total * sizeof *p->out);
    p->dict = hl_xmalloc(total * sizeof *p->dict);
    for (size_t i = 0; i < total; i++)
        p->out[i] = p->dict[i] = -1;
    p->n_nodes = 1;
    for (size_t k = 0; k < p->n_keys; k++) {
        int32_t st = 0;
        for (size_t i = 0; i < p->key_len[k]; i++) {
            size_t c = p->cls[(unsigned char)p->keys[k][i]];
            if (p->delta[(size_t)st * w + c] < 0)
                p->delta[(size_t)st * w + c] = (int32_t)p->n_nodes++;
            st = p->delta[(size_t)st * w + c];
        }
        p->out[st] = (int32_t)k;
    }
    /* Breadth first: failure links folded into delta, dict links to the
     * next shorter suffix that ends a key. */
    int32_t *fail = hl_xcalloc(p->n_nodes, sizeof *fail);
    int32_t *queue = hl_xmalloc(p->n_nodes * sizeof *queue);
    size_t qh = 0, qt = 0;
    for (size_t c = 0; c < w; c++) {
        int32_t v = p->delta[c];
        if (v < 0) {
            p->delta[c] = 0;
        } else {
            fail[v] = 0;
            queue[qt++] = v;
        }
    }
    while (qh < qt) {
        int32_t u = queue[qh++];
        for (size_t c = 0; c < w; c++) {
            int32_t v = p->delta[(size_t)u * w + c];
            int32_t f = p->delta[(size_t)fail[u] * w + c];
            if (v < 0) {
                p->delta[(size_t)u * w + c] = f;
            } else {
                fail[v] = f;
                p->dict[v] = p->out[f] >= 0 ? f : p->dict[f];
                queue[qt++] = v;
            }
        }
    }
    free(fail);
    free(queue);
}

/* ---------- matching ---------- */

struct tok {
    size_t s, e;
};

/* The word ending before pos (skipping one space), or {0,0} at the start. */
static bool
prev_tok(const struct norm *nm, size_t pos, struct tok *t)
{
    size_t e = pos;
    while (e > 0 && nm->s[e - 1] == ' ')
        e--;
    if (e == 0)
        return false;
    size_t s = e;
    while (s > 0 && nm->s[s - 1] != ' ')
        s--;
    t->s = s;
    t->e = e;
    return true;
}

static bool
tok_in(const struct norm *nm, const struct tok *t, const char *const *list)
{
    return word_in(nm->s + t->s, t->e - t->s, list);
}

/* Two-word type words ("thi tran", "thi xa"). */
static bool
tok2_in(const struct norm *nm, const struct tok *t, const char *const *list)
{
    struct tok t0;
    if (!prev_tok(nm, t->s, &t0))
        return false;
    return word_in(nm->s + t0.s, t->e - t0.s, list);
}

static bool
is_num(const struct norm *nm, const struct tok *t)
{
    return nm->s[t->s] >= '0' && nm->s[t->s] <= '9';
}

struct context {
    bool lane, street, ward, district, market, address;
    int number;
    size_t qs; /* where the quote starts */
};

static bool
has_before(const struct norm *nm, size_t pos, const char *needle)
{
    size_t from = pos > ADDRESS_WINDOW ? pos - ADDRESS_WINDOW : 0;
    size_t nl = strlen(needle);
    for (size_t i = from; i + nl <= pos; i++)
        if (memcmp(nm->s + i, needle, nl) == 0 && (i == 0 || nm->s[i - 1] == ' '))
            return true;
    return false;
}

static void
read_context(const struct norm *nm, size_t s, struct context *cx)
{
    memset(cx, 0, sizeof *cx);
    cx->number = -1;
    cx->qs = s;
    struct tok t;
    if (!prev_tok(nm, s, &t))
        return;
    if (tok_in(nm, &t, street_words)) {
        cx->street = true;
        cx->qs = t.s;
        if (!prev_tok(nm, t.s, &t))
            goto address;
    }
    if (is_num(nm, &t)) {
        /* "40/12", "số 40": the leftmost of a run of numbers is the house
         * number, unless a lane word stands before it ("ngõ 12"). */
        struct tok first = t, u;
        while (prev_tok(nm, first.s, &u) && is_num(nm, &u))
            first = u;
        cx->qs = first.s;
        if (prev_tok(nm, first.s, &u) && tok_in(nm, &u, lane_words)) {
            cx->lane = true;
            cx->qs = u.s;
        } else {
            cx->number = (int)strtol(nm->s + first.s, NULL, 10);
            if (prev_tok(nm, first.s, &u) && tok_in(nm, &u, number_words))
                cx->qs = u.s;
        }
    } else if (!cx->street) {
        if (tok_in(nm, &t, lane_words)) {
            cx->lane = true;
        } else if (tok_in(nm, &t, ward_words) || tok2_in(nm, &t, ward_words)) {
            cx->ward = true;
        } else if (tok_in(nm, &t, district_words) || tok2_in(nm, &t, district_words)) {
            cx->district = true;
        } else if (tok_in(nm, &t, market_words)) {
            cx->market = true;
        }
        if (cx->lane || cx->ward || cx->district || cx->market)
            cx->qs = t.s;
    }
address:
    cx->address = has_before(nm, cx->qs, "dia chi") || has_before(nm, cx->qs, "tru tai") ||
                  has_before(nm, cx->qs, "cu ngu tai");
}

static bool
in_range(const struct hl_place *pl, int n)
{
    if (n < pl->lo || (pl->hi && n > pl->hi))
        return false;
    return pl->parity == HL_PARITY_ALL || (pl->parity == HL_PARITY_ODD) == (n % 2 == 1);
}

/* The rank of place pl in context cx; -1 when it does not apply there. */
static int
rank_of(const struct hl_place *pl, const struct context *cx)
{
    switch (pl->kind) {
    case HL_PLACE_ALIAS:
        return -1;
    case HL_PLACE_WARD:
        return cx->ward ? kind_rank[pl->kind] : -1;
    case HL_PLACE_FORMER_WARD:
        /* Only after a ward word: many old ward names are also a province,
         * a season or a street ("Điện Biên", "Đông Xuân"). */
        return cx->ward ? kind_rank[pl->kind] : -1;
    case HL_PLACE_MARKET:
        /* Only after "chợ": a market's name alone is usually its street. */
        return cx->market ? kind_rank[pl->kind] : -1;
    case HL_PLACE_LANE:
        /* Only after a lane word: "Ngõ Gạch" without it is a brick, and
         * "12 Đội Cấn" a house. */
        if (!cx->lane)
            return -1;
        /* fall through */
    case HL_PLACE_STREET:
        if (pl->lo == 0)
            return kind_rank[pl->kind];
        if (cx->number < 0 || !in_range(pl, cx->number))
            return -1;
        return pl->kind == HL_PLACE_STREET ? RANK_STREET_RANGE : kind_rank[pl->kind] + 1;
    default:
        return cx->district ? -1 : kind_rank[pl->kind];
    }
}

struct cand {
    const struct hl_place *pl;
    int field; /* 1: subject, 0: body */
    bool address;
    int rank;
    size_t len, s, qs, e;
    int number;
    const struct norm *nm;
    const char *raw;
};

/* Whether a beats b. */
static bool
better(const struct cand *a, const struct cand *b)
{
    if (b->pl == NULL)
        return true;
    if (a->field != b->field)
        return a->field > b->field;
    if (a->address != b->address)
        return !a->address;
    if (a->rank != b->rank)
        return a->rank > b->rank;
    if (a->len != b->len)
        return a->len > b->len;
    return a->s < b->s;
}

/* Calls fn for every hit of a key at word boundaries. */
static void
scan(const struct hl_places *p, const struct norm *nm,
     void (*fn)(void *ctx, size_t key, size_t s, size_t e), void *ctx)
{
    int32_t st = 0;
    const unsigned char *u = (const unsigned char *)nm->s;
    for (size_t i = 0; i < nm->len; i++) {
        st = p->delta[(size_t)st * p->n_cls + p->cls[u[i]]];
        for (int32_t o = p->out[st] >= 0 ? st : p->dict[st]; o >= 0; o = p->dict[o]) {
            size_t k = (size_t)p->out[o];
            size_t e = i + 1, s = e - p->key_len[k];
            if ((s == 0 || u[s - 1] == ' ') && (e == nm->len || u[e] == ' '))
                fn(ctx, k, s, e);
        }
    }
}

struct match_ctx {
    const struct hl_places *p;
    const struct norm *nm;
    const char *raw;
    int field;
    struct hl_arena *a;
    struct cand best;
};

/* The word of nm ending at or before e: [*ws, *we) in nm, e at a word end. */
static void
word_before(const struct norm *nm, size_t e, size_t *ws)
{
    size_t s = e;
    while (s > 0 && nm->s[s - 1] != ' ')
        s--;
    *ws = s;
}

/* Whether the words the citizen typed at [s, e) of nm carry the diacritics
 * of pl's name, word by word from the end (the name may begin with a type
 * word the key has not): "Hàng Đậu" is not "hàng đầu".  A word typed or
 * listed without diacritics agrees with anything (marks.h). */
static bool
name_marks_agree(struct hl_arena *a, const struct hl_place *pl, const struct norm *nm,
                 const char *raw, size_t s, size_t e)
{
    struct norm nn;
    normalize(a, pl->name, &nn);
    size_t te = e, ne = nn.len;
    while (te > s && ne > 0) {
        size_t ts, ns;
        word_before(nm, te, &ts);
        word_before(&nn, ne, &ns);
        char ts_sig[128], ns_sig[128];
        uint32_t r0 = nm->map[ts], r1 = raw_end(nm, te);
        uint32_t n0 = nn.map[ns], n1 = raw_end(&nn, ne);
        size_t tl = hl_marks_sig(raw + r0, r1 - r0, ts_sig, sizeof ts_sig);
        size_t nl = hl_marks_sig(pl->name + n0, n1 - n0, ns_sig, sizeof ns_sig);
        if (tl && nl && strcmp(ts_sig, ns_sig) != 0)
            return false;
        te = ts > s ? ts - 1 : s;
        ne = ns > 0 ? ns - 1 : 0;
    }
    return true;
}

/* Whether the name at [s, e) was typed all in lower case by someone who
 * types diacritics: such a writer capitalises names ("đền Sóc", "phố Cầu
 * Giấy"), so "yêu cầu giấy tờ" holds no "Cầu Giấy".  Mail typed without
 * diacritics is often all lower case and is not judged so. */
static bool
lower_with_marks(const struct norm *nm, const char *raw, size_t s, size_t e)
{
    bool marks = false;
    char sig[128];
    for (size_t ws = s; ws < e;) {
        size_t we = ws;
        while (we < e && nm->s[we] != ' ')
            we++;
        uint32_t w0 = nm->map[ws], w1 = raw_end(nm, we);
        int32_t cp;
        if (w1 <= w0 || hl_utf8_next((const unsigned char *)raw + w0, w1 - w0, &cp) == 0 ||
            utf8proc_toupper(cp) == cp)
            return false; /* a capital, a digit or a stray byte */
        marks = marks || hl_marks_sig(raw + w0, w1 - w0, sig, sizeof sig) > 0;
        ws = we + 1;
    }
    return marks;
}

static void
on_place(void *vctx, size_t k, size_t s, size_t e)
{
    struct match_ctx *m = vctx;
    struct context cx;
    read_context(m->nm, s, &cx);
    const struct hl_place *top = NULL;
    int top_rank = -1;
    bool ambiguous = false;
    bool bare = !cx.lane && !cx.street && !cx.ward && !cx.district && !cx.market && cx.number < 0;
    if (bare && lower_with_marks(m->nm, m->raw, s, e))
        return;
    for (size_t i = 0; i < m->p->key_nplaces[k]; i++) {
        const struct hl_place *pl = &m->p->v[m->p->key_places[k][i]];
        int r = rank_of(pl, &cx);
        if (r < 0 || r < top_rank || !name_marks_agree(m->a, pl, m->nm, m->raw, s, e))
            continue;
        if (r > top_rank) {
            top = pl;
            top_rank = r;
            ambiguous = false;
        } else if (strcmp(pl->unit, top->unit) != 0) {
            ambiguous = true;
        }
    }
    if (top == NULL || ambiguous)
        return;
    struct cand c = {top,   m->field, cx.address, top_rank, e - s, s,
                     cx.qs, e,        cx.number,  m->nm,    m->raw};
    if (better(&c, &m->best))
        m->best = c;
}

bool
hl_places_match(const struct hl_places *p, const char *subject, const char *body,
                struct hl_arena *a, struct hl_place_match *out)
{
    memset(out, 0, sizeof *out);
    if (p == NULL || p->n_keys == 0)
        return false;
    struct norm nms[2];
    struct match_ctx m = {.p = p, .a = a};
    const char *fields[2] = {body, subject};
    for (int f = 0; f < 2; f++) {
        if (fields[f] == NULL)
            continue;
        normalize(a, fields[f], &nms[f]);
        m.nm = &nms[f];
        m.raw = fields[f];
        m.field = f;
        scan(p, &nms[f], on_place, &m);
    }
    const struct cand *b = &m.best;
    if (b->pl == NULL)
        return false;
    out->unit = hl_arena_strdup(a, b->pl->unit);
    out->kind = kind_names[b->pl->kind];
    out->name = hl_arena_strdup(a, b->pl->name);
    out->file = hl_arena_strdup(a, b->pl->file);
    out->line = b->pl->line;
    out->field = b->field ? "subject" : "body";
    uint32_t rs = b->nm->map[b->qs], re = raw_end(b->nm, b->e);
    out->matched = hl_arena_strndup(a, b->raw + rs, re - rs);
    out->number = b->number;
    return true;
}

struct unit_ctx {
    const struct hl_places *p;
    const struct norm *nm;
    const char *unit;
    size_t s, qs, e;
};

static void
on_unit(void *vctx, size_t k, size_t s, size_t e)
{
    struct unit_ctx *u = vctx;
    if (u->unit && (s > u->s || (s == u->s && e <= u->e)))
        return;
    struct context cx;
    read_context(u->nm, s, &cx);
    const char *unit = NULL;
    for (size_t i = 0; i < u->p->key_nplaces[k]; i++) {
        const struct hl_place *pl = &u->p->v[u->p->key_places[k][i]];
        bool ok = pl->kind == HL_PLACE_ALIAS ||
                  ((pl->kind == HL_PLACE_WARD || pl->kind == HL_PLACE_FORMER_WARD) && cx.ward);
        if (!ok)
            continue;
        if (unit && strcmp(unit, pl->unit) != 0)
            return; /* two units by one name: says nothing */
        unit = pl->unit;
    }
    if (unit == NULL)
        return;
    u->unit = unit;
    u->s = s;
    u->qs = cx.ward ? cx.qs : s;
    u->e = e;
}

const char *
hl_places_find_unit(const struct hl_places *p, const char *text, struct hl_arena *a,
                    const char **matched_out)
{
    if (matched_out)
        *matched_out = NULL;
    if (p == NULL || p->n_keys == 0 || text == NULL)
        return NULL;
    struct norm nm;
    normalize(a, text, &nm);
    struct unit_ctx u = {.p = p, .nm = &nm};
    scan(p, &nm, on_unit, &u);
    if (u.unit && matched_out) {
        uint32_t rs = nm.map[u.qs], re = raw_end(&nm, u.e);
        *matched_out = hl_arena_strndup(a, text + rs, re - rs);
    }
    return u.unit;
}
