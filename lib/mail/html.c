/*
 * html: HTML to visible text (see html.h).
 *
 * Limits: one forward pass over the input; skipping a script/style/head
 * element or a comment searches forward once from the current position, so
 * the work stays linear even for unterminated elements (an unterminated
 * <script> swallows the rest, which is what a browser shows too).  Tag names
 * longer than 15 bytes are treated as unknown inline tags.
 */
#include "html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct entity {
    const char *name;
    unsigned cp;
};

/* Sorted by name (strcmp order) for bsearch.  HTML 4 Latin-1 set, the common
 * punctuation, and the HTML5 names Vietnamese text uses (ă đ ĩ ũ). */
static const struct entity ENTITIES[] = {
    {"AElig", 0xC6},   {"Aacute", 0xC1},   {"Abreve", 0x102},  {"Acirc", 0xC2},
    {"Agrave", 0xC0},  {"Aring", 0xC5},    {"Atilde", 0xC3},   {"Auml", 0xC4},
    {"Ccedil", 0xC7},  {"Dstrok", 0x110},  {"ETH", 0xD0},      {"Eacute", 0xC9},
    {"Ecirc", 0xCA},   {"Egrave", 0xC8},   {"Euml", 0xCB},     {"Iacute", 0xCD},
    {"Icirc", 0xCE},   {"Igrave", 0xCC},   {"Itilde", 0x128},  {"Iuml", 0xCF},
    {"Ntilde", 0xD1},  {"Oacute", 0xD3},   {"Ocirc", 0xD4},    {"Ograve", 0xD2},
    {"Oslash", 0xD8},  {"Otilde", 0xD5},   {"Ouml", 0xD6},     {"THORN", 0xDE},
    {"Uacute", 0xDA},  {"Ucirc", 0xDB},    {"Ugrave", 0xD9},   {"Utilde", 0x168},
    {"Uuml", 0xDC},    {"Yacute", 0xDD},   {"aacute", 0xE1},   {"abreve", 0x103},
    {"acirc", 0xE2},   {"acute", 0xB4},    {"aelig", 0xE6},    {"agrave", 0xE0},
    {"amp", 0x26},     {"apos", 0x27},     {"aring", 0xE5},    {"atilde", 0xE3},
    {"auml", 0xE4},    {"bdquo", 0x201E},  {"brvbar", 0xA6},   {"bull", 0x2022},
    {"ccedil", 0xE7},  {"cedil", 0xB8},    {"cent", 0xA2},     {"copy", 0xA9},
    {"curren", 0xA4},  {"dagger", 0x2020}, {"deg", 0xB0},      {"divide", 0xF7},
    {"dstrok", 0x111}, {"eacute", 0xE9},   {"ecirc", 0xEA},    {"egrave", 0xE8},
    {"emsp", 0x2003},  {"ensp", 0x2002},   {"eth", 0xF0},      {"euml", 0xEB},
    {"euro", 0x20AC},  {"frac12", 0xBD},   {"frac14", 0xBC},   {"frac34", 0xBE},
    {"gt", 0x3E},      {"hellip", 0x2026}, {"iacute", 0xED},   {"icirc", 0xEE},
    {"iexcl", 0xA1},   {"igrave", 0xEC},   {"iquest", 0xBF},   {"itilde", 0x129},
    {"iuml", 0xEF},    {"laquo", 0xAB},    {"ldquo", 0x201C},  {"lsaquo", 0x2039},
    {"lsquo", 0x2018}, {"lt", 0x3C},       {"macr", 0xAF},     {"mdash", 0x2014},
    {"micro", 0xB5},   {"middot", 0xB7},   {"nbsp", 0xA0},     {"ndash", 0x2013},
    {"not", 0xAC},     {"ntilde", 0xF1},   {"oacute", 0xF3},   {"ocirc", 0xF4},
    {"ograve", 0xF2},  {"ordf", 0xAA},     {"ordm", 0xBA},     {"oslash", 0xF8},
    {"otilde", 0xF5},  {"ouml", 0xF6},     {"para", 0xB6},     {"permil", 0x2030},
    {"plusmn", 0xB1},  {"pound", 0xA3},    {"quot", 0x22},     {"raquo", 0xBB},
    {"rdquo", 0x201D}, {"reg", 0xAE},      {"rsaquo", 0x203A}, {"rsquo", 0x2019},
    {"sbquo", 0x201A}, {"sect", 0xA7},     {"shy", 0xAD},      {"sup1", 0xB9},
    {"sup2", 0xB2},    {"sup3", 0xB3},     {"szlig", 0xDF},    {"thinsp", 0x2009},
    {"thorn", 0xFE},   {"times", 0xD7},    {"trade", 0x2122},  {"uacute", 0xFA},
    {"ucirc", 0xFB},   {"ugrave", 0xF9},   {"uml", 0xA8},      {"utilde", 0x169},
    {"uuml", 0xFC},    {"yacute", 0xFD},   {"yen", 0xA5},      {"yuml", 0xFF},
};

static int
entity_cmp(const void *key, const void *elem)
{
    return strcmp(key, ((const struct entity *)elem)->name);
}

/* UTF-8 encoding of cp into u; returns its length. */
static size_t
encode_cp(unsigned cp, char u[4])
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp == 0xA0)
        cp = ' '; /* a non-breaking space reads as a space */
    if (cp < 0x80) {
        u[0] = (char)cp;
        return 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        return 4;
    }
}

/* Decodes the character reference at s[0] == '&'; returns bytes consumed,
 * or 0 when it is not one (the '&' is then literal text). */
static size_t
entity_decode(const char *s, size_t left, unsigned *cp_out)
{
    size_t i = 1;
    if (i < left && s[i] == '#') {
        i++;
        unsigned base = 10;
        if (i < left && (s[i] == 'x' || s[i] == 'X')) {
            base = 16;
            i++;
        }
        unsigned long v = 0;
        size_t digits = 0;
        for (; i < left && digits < 8; i++, digits++) {
            char c = s[i];
            unsigned d;
            if (c >= '0' && c <= '9')
                d = (unsigned)(c - '0');
            else if (base == 16 && c >= 'a' && c <= 'f')
                d = (unsigned)(c - 'a' + 10);
            else if (base == 16 && c >= 'A' && c <= 'F')
                d = (unsigned)(c - 'A' + 10);
            else
                break;
            v = v * base + d;
        }
        if (digits == 0)
            return 0;
        if (i < left && s[i] == ';')
            i++;
        *cp_out = v > 0x10FFFF ? 0xFFFD : (unsigned)v;
        return i;
    }
    char name[12];
    size_t n = 0;
    while (i < left && n < sizeof name - 1 &&
           ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
            (s[i] >= '0' && s[i] <= '9')))
        name[n++] = s[i++];
    name[n] = '\0';
    if (n == 0 || i >= left || s[i] != ';')
        return 0;
    const struct entity *e =
        bsearch(name, ENTITIES, HL_NELEM(ENTITIES), sizeof ENTITIES[0], entity_cmp);
    if (e == NULL)
        return 0;
    *cp_out = e->cp;
    return i + 1;
}

static bool
is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool
is_block_tag(const char *t)
{
    static const char *const block[] = {
        "address", "article", "aside",    "blockquote", "br",      "center", "dd",    "div",
        "dl",      "dt",      "fieldset", "figure",     "footer",  "form",   "h1",    "h2",
        "h3",      "h4",      "h5",       "h6",         "header",  "hr",     "li",    "main",
        "nav",     "ol",      "p",        "pre",        "section", "table",  "tbody", "tfoot",
        "thead",   "tr",      "ul",       "body",       "html",    "caption"};
    for (size_t i = 0; i < HL_NELEM(block); i++)
        if (strcmp(t, block[i]) == 0)
            return true;
    return false;
}

static bool
is_hidden_tag(const char *t)
{
    return strcmp(t, "script") == 0 || strcmp(t, "style") == 0 || strcmp(t, "head") == 0 ||
           strcmp(t, "title") == 0 || strcmp(t, "template") == 0 || strcmp(t, "noscript") == 0;
}

/* Case-insensitive search for needle (ASCII, lower case) in s[0..len). */
static const char *
find_ci(const char *s, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    if (n == 0 || len < n)
        return NULL;
    for (size_t i = 0; i + n <= len; i++) {
        const char *p = memchr(s + i, '<', len - i - n + 1);
        if (p == NULL)
            return NULL;
        i = (size_t)(p - s);
        if (strncasecmp(p, needle, n) == 0)
            return p;
    }
    return NULL;
}

/* Output state: pending whitespace is emitted lazily so that runs collapse
 * and no line starts or ends with a space. */
struct out {
    struct hl_buf b;
    int pending_nl; /* 0, 1 or 2 line breaks waiting */
    bool pending_sp;
};

static void
out_text(struct out *o, const char *s, size_t n)
{
    if (n == 0)
        return;
    if (o->b.len > 0) {
        if (o->pending_nl)
            hl_buf_append(&o->b, "\n\n", (size_t)o->pending_nl);
        else if (o->pending_sp)
            hl_buf_putc(&o->b, ' ');
    }
    o->pending_nl = 0;
    o->pending_sp = false;
    hl_buf_append(&o->b, s, n);
}

static void
out_break(struct out *o, int n)
{
    if (o->pending_nl < n)
        o->pending_nl = n;
}

char *
hl_html_to_text(struct hl_arena *a, const char *html, size_t len)
{
    struct out o = {.pending_nl = 0, .pending_sp = false};
    hl_buf_init(&o.b);
    size_t i = 0;
    while (i < len) {
        char c = html[i];
        if (c == '<') {
            /* Comments, doctype, processing instructions. */
            if (i + 3 < len && html[i + 1] == '!' && html[i + 2] == '-' && html[i + 3] == '-') {
                const char *e = memmem(html + i + 4, len - i - 4, "-->", 3);
                i = e ? (size_t)(e - html) + 3 : len;
                continue;
            }
            size_t j = i + 1;
            bool closing = false;
            if (j < len && html[j] == '/') {
                closing = true;
                j++;
            }
            char tag[16];
            size_t tn = 0;
            bool long_name = false;
            while (j < len &&
                   ((html[j] >= 'a' && html[j] <= 'z') || (html[j] >= 'A' && html[j] <= 'Z') ||
                    (html[j] >= '0' && html[j] <= '9'))) {
                if (tn < sizeof tag - 1)
                    tag[tn++] = (char)(html[j] | 0x20);
                else
                    long_name = true;
                j++;
            }
            tag[tn] = '\0';
            bool markup = tn > 0 || (j < len && (html[j] == '!' || html[j] == '?'));
            if (!markup) {
                /* "a < b": a literal less-than sign. */
                out_text(&o, "<", 1);
                i++;
                continue;
            }
            /* Find the tag's end, respecting quoted attribute values. */
            char quote = 0;
            while (j < len) {
                char d = html[j];
                if (quote) {
                    if (d == quote)
                        quote = 0;
                } else if (d == '"' || d == '\'') {
                    quote = d;
                } else if (d == '>') {
                    break;
                }
                j++;
            }
            i = j < len ? j + 1 : len;
            if (long_name || tn == 0)
                continue;
            if (!closing && is_hidden_tag(tag)) {
                char endtag[20];
                snprintf(endtag, sizeof endtag, "</%s", tag);
                const char *e = find_ci(html + i, len - i, endtag);
                if (e == NULL) {
                    /* An unclosed <head> usually still contains the body;
                     * an unclosed <script> or <style> does not. */
                    if (strcmp(tag, "head") == 0)
                        continue;
                    i = len;
                    continue;
                }
                i = (size_t)(e - html);
                const char *gt = memchr(e, '>', len - i);
                i = gt ? (size_t)(gt - html) + 1 : len;
                continue;
            }
            if (strcmp(tag, "br") == 0)
                out_break(&o, 1);
            else if (strcmp(tag, "p") == 0)
                out_break(&o, 2);
            else if (is_block_tag(tag))
                out_break(&o, 1);
            else if (strcmp(tag, "td") == 0 || strcmp(tag, "th") == 0)
                o.pending_sp = true;
            continue;
        }
        if (is_space(c)) {
            o.pending_sp = true;
            i++;
            continue;
        }
        if (c == '&') {
            unsigned cp;
            size_t n = entity_decode(html + i, len - i, &cp);
            if (n > 0) {
                i += n;
                if (cp == 0xA0 || cp == ' ') {
                    o.pending_sp = true;
                    continue;
                }
                char u[4];
                out_text(&o, u, encode_cp(cp, u));
                continue;
            }
        }
        /* A run of plain text up to the next markup, space or reference. */
        size_t j = i + 1;
        while (j < len && html[j] != '<' && html[j] != '&' && !is_space(html[j]))
            j++;
        out_text(&o, html + i, j - i);
        i = j;
    }
    char *res = hl_arena_strndup(a, o.b.data ? o.b.data : "", o.b.len);
    hl_buf_fini(&o.b);
    return res;
}

char *
hl_html_meta_charset(struct hl_arena *a, const unsigned char *html, size_t len)
{
    const char *s = (const char *)html;
    size_t lim = len < 4096 ? len : 4096;
    size_t off = 0;
    while (off < lim) {
        const char *m = find_ci(s + off, lim - off, "<meta");
        if (m == NULL)
            return NULL;
        size_t at = (size_t)(m - s);
        const char *gt = memchr(m, '>', lim - at);
        size_t end = gt ? (size_t)(gt - s) : lim;
        for (size_t k = at; k + 8 <= end; k++) {
            if (strncasecmp(s + k, "charset=", 8) != 0)
                continue;
            size_t v = k + 8;
            while (v < end && (s[v] == '"' || s[v] == '\'' || s[v] == ' '))
                v++;
            size_t w = v;
            while (w < end && w - v < 40 &&
                   ((s[w] >= 'a' && s[w] <= 'z') || (s[w] >= 'A' && s[w] <= 'Z') ||
                    (s[w] >= '0' && s[w] <= '9') || s[w] == '-' || s[w] == '_' || s[w] == '.' ||
                    s[w] == ':'))
                w++;
            if (w > v)
                return hl_arena_strndup(a, s + v, w - v);
        }
        off = end + 1;
    }
    return NULL;
}
