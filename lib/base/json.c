/*
 * json: see json.h.  A recursive-descent reader over a byte range, with the
 * depth bounded so that hostile nesting cannot exhaust the stack.
 */
#include "json.h"

#include "fold.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define MAX_DEPTH 64

struct reader {
    const char *p, *end;
    int line;
    int err_line;
    char *msg;
    size_t cap;
    bool failed;
};

static void HL_PRINTF(2, 3) fail(struct reader *r, const char *fmt, ...)
{
    if (r->failed)
        return;
    r->failed = true;
    r->err_line = r->line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->msg, r->cap, fmt, ap);
    va_end(ap);
}

static void
skip_ws(struct reader *r)
{
    while (r->p < r->end) {
        char c = *r->p;
        if (c == '\n')
            r->line++;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        r->p++;
    }
}

static struct hl_json *
node(enum hl_json_type t, int line)
{
    struct hl_json *j = hl_xcalloc(1, sizeof *j);
    j->type = t;
    j->line = line;
    return j;
}

static void
put_utf8(struct hl_buf *b, unsigned cp)
{
    if (cp < 0x80) {
        hl_buf_putc(b, (char)cp);
    } else if (cp < 0x800) {
        hl_buf_putc(b, (char)(0xC0 | (cp >> 6)));
        hl_buf_putc(b, (char)(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        hl_buf_putc(b, (char)(0xE0 | (cp >> 12)));
        hl_buf_putc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
        hl_buf_putc(b, (char)(0x80 | (cp & 0x3F)));
    } else {
        hl_buf_putc(b, (char)(0xF0 | (cp >> 18)));
        hl_buf_putc(b, (char)(0x80 | ((cp >> 12) & 0x3F)));
        hl_buf_putc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
        hl_buf_putc(b, (char)(0x80 | (cp & 0x3F)));
    }
}

static int
hex4(struct reader *r, unsigned *out)
{
    if (r->end - r->p < 4) {
        fail(r, "incomplete \\u escape");
        return -1;
    }
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = r->p[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else {
            fail(r, "\\u must be followed by four hex digits");
            return -1;
        }
    }
    r->p += 4;
    *out = v;
    return 0;
}

/* At the opening quote.  Returns a heap string or NULL (r failed). */
static char *
read_string(struct reader *r)
{
    struct hl_buf b;
    hl_buf_init(&b);
    r->p++;
    while (r->p < r->end && *r->p != '"') {
        unsigned char c = (unsigned char)*r->p;
        if (c < 0x20) {
            fail(r, "a string must not contain a raw control character or line break");
            goto bad;
        }
        if (c >= 0x80) {
            /* JSON text is UTF-8 (RFC 8259); a file saved in a legacy code
             * page would put bytes no mail header or jsonb accepts. */
            int32_t cp;
            size_t n = hl_utf8_next((const unsigned char *)r->p, (size_t)(r->end - r->p), &cp);
            if (n == 0) {
                fail(r, "a string is not valid UTF-8 (save the file as UTF-8)");
                goto bad;
            }
            hl_buf_append(&b, r->p, n);
            r->p += n;
            continue;
        }
        if (c != '\\') {
            hl_buf_putc(&b, (char)c);
            r->p++;
            continue;
        }
        if (++r->p >= r->end)
            break;
        char e = *r->p++;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            hl_buf_putc(&b, e);
            break;
        case 'b':
            hl_buf_putc(&b, '\b');
            break;
        case 'f':
            hl_buf_putc(&b, '\f');
            break;
        case 'n':
            hl_buf_putc(&b, '\n');
            break;
        case 'r':
            hl_buf_putc(&b, '\r');
            break;
        case 't':
            hl_buf_putc(&b, '\t');
            break;
        case 'u': {
            unsigned cp;
            if (hex4(r, &cp) < 0)
                goto bad;
            if (cp >= 0xD800 && cp < 0xDC00) {
                unsigned lo;
                if (r->end - r->p < 2 || r->p[0] != '\\' || r->p[1] != 'u') {
                    fail(r, "a \\u high surrogate must be followed by a low one");
                    goto bad;
                }
                r->p += 2;
                if (hex4(r, &lo) < 0)
                    goto bad;
                if (lo < 0xDC00 || lo > 0xDFFF) {
                    fail(r, "a \\u high surrogate must be followed by a low one");
                    goto bad;
                }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else if (cp >= 0xDC00 && cp < 0xE000) {
                fail(r, "a lone \\u low surrogate");
                goto bad;
            } else if (cp == 0) {
                fail(r, "\\u0000 is not allowed in a string");
                goto bad;
            }
            put_utf8(&b, cp);
            break;
        }
        default:
            fail(r, "unknown escape \\%c in a string", e);
            goto bad;
        }
    }
    if (r->p >= r->end) {
        fail(r, "unterminated string");
        goto bad;
    }
    r->p++;
    if (b.data == NULL)
        hl_buf_puts(&b, "");
    return hl_buf_steal(&b);
bad:
    hl_buf_fini(&b);
    return NULL;
}

static struct hl_json *value(struct reader *r, int depth);

static struct hl_json *
container(struct reader *r, int depth, bool object)
{
    struct hl_json *j = node(object ? HL_JSON_OBJECT : HL_JSON_ARRAY, r->line);
    size_t cap = 0;
    char close = object ? '}' : ']';
    r->p++;
    skip_ws(r);
    if (r->p < r->end && *r->p == close) {
        r->p++;
        return j;
    }
    for (;;) {
        skip_ws(r);
        char *key = NULL;
        int key_line = r->line;
        if (object) {
            if (r->p >= r->end || *r->p != '"') {
                fail(r, "expected a key in double quotes");
                goto bad;
            }
            if ((key = read_string(r)) == NULL)
                goto bad;
            skip_ws(r);
            if (r->p >= r->end || *r->p != ':') {
                fail(r, "expected ':' after the key \"%s\"", key);
                free(key);
                goto bad;
            }
            r->p++;
        }
        struct hl_json *v = value(r, depth + 1);
        if (v == NULL) {
            free(key);
            goto bad;
        }
        if (j->n == cap) {
            cap = cap ? cap * 2 : 8;
            j->items = hl_xrealloc(j->items, cap * sizeof *j->items);
            if (object) {
                j->keys = hl_xrealloc(j->keys, cap * sizeof *j->keys);
                j->key_lines = hl_xrealloc(j->key_lines, cap * sizeof *j->key_lines);
            }
        }
        if (object) {
            j->keys[j->n] = key;
            j->key_lines[j->n] = key_line;
        }
        j->items[j->n++] = v;
        skip_ws(r);
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            continue;
        }
        if (r->p < r->end && *r->p == close) {
            r->p++;
            return j;
        }
        fail(r, "expected ',' or '%c'", close);
        goto bad;
    }
bad:
    hl_json_free(&j);
    return NULL;
}

static bool
word(struct reader *r, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(r->end - r->p) >= n && memcmp(r->p, w, n) == 0) {
        r->p += n;
        return true;
    }
    return false;
}

static struct hl_json *
value(struct reader *r, int depth)
{
    skip_ws(r);
    if (depth > MAX_DEPTH) {
        fail(r, "nested deeper than %d levels", MAX_DEPTH);
        return NULL;
    }
    if (r->p >= r->end) {
        fail(r, "unexpected end of the file");
        return NULL;
    }
    int line = r->line;
    char c = *r->p;
    if (c == '{' || c == '[')
        return container(r, depth, c == '{');
    if (c == '"') {
        char *s = read_string(r);
        if (s == NULL)
            return NULL;
        struct hl_json *j = node(HL_JSON_STRING, line);
        j->string = s;
        return j;
    }
    if (word(r, "null"))
        return node(HL_JSON_NULL, line);
    if (word(r, "true") || word(r, "false")) {
        struct hl_json *j = node(HL_JSON_BOOL, line);
        j->boolean = r->p[-1] == 'e' && r->p[-2] == 'u';
        return j;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        char buf[64];
        size_t n = 0;
        while (r->p + n < r->end && n < sizeof buf - 1 && r->p[n] != '\0' &&
               strchr("+-0123456789.eE", r->p[n]))
            n++;
        memcpy(buf, r->p, n);
        buf[n] = '\0';
        char *end;
        double d = strtod(buf, &end);
        if (end != buf + n || n == sizeof buf - 1) {
            fail(r, "malformed number");
            return NULL;
        }
        r->p += n;
        struct hl_json *j = node(HL_JSON_NUMBER, line);
        j->number = d;
        return j;
    }
    if (c == '\'')
        fail(r, "strings must be in double quotes");
    else
        fail(r, "unexpected character '%c'", c);
    return NULL;
}

struct hl_json *
hl_json_parse(const char *text, size_t len, int *line_out, char *msg, size_t cap)
{
    struct reader r = {.p = text, .end = text + len, .line = 1, .msg = msg, .cap = cap};
    /* A UTF-8 byte order mark, as some editors write. */
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        r.p += 3;
    struct hl_json *j = value(&r, 0);
    if (j) {
        skip_ws(&r);
        if (r.p < r.end) {
            fail(&r, "unexpected text after the end of the document");
            hl_json_free(&j);
        }
    }
    if (j == NULL)
        *line_out = r.err_line;
    return j;
}

void
hl_json_free(struct hl_json **jp)
{
    struct hl_json *j = *jp;
    if (j == NULL)
        return;
    for (size_t i = 0; i < j->n; i++) {
        hl_json_free(&j->items[i]);
        if (j->keys)
            free(j->keys[i]);
    }
    free(j->items);
    free(j->keys);
    free(j->key_lines);
    free(j->string);
    free(j);
    *jp = NULL;
}

const struct hl_json *
hl_json_get(const struct hl_json *o, const char *key)
{
    if (o == NULL || o->type != HL_JSON_OBJECT)
        return NULL;
    for (size_t i = 0; i < o->n; i++)
        if (strcmp(o->keys[i], key) == 0)
            return o->items[i];
    return NULL;
}

const char *
hl_json_type_name(enum hl_json_type t)
{
    static const char *const names[] = {"null",     "a boolean", "a number",
                                        "a string", "an array",  "an object"};
    return names[t];
}
