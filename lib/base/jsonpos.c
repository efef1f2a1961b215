/*
 * jsonpos: see jsonpos.h.  jansson reads the text; then one pass over the
 * same bytes, beside the document jansson built, notes the line of every
 * container, key and member value.  The pass trusts the text (jansson has
 * accepted it) and that jansson keeps an object's keys in the order of the
 * file (it does since 2.8; duplicates are refused, so none is replaced), but
 * it never reads past the end, so a broken trust gives wrong lines, not a
 * crash.  Its recursion is as deep as jansson's (JSON_PARSER_MAX_DEPTH).
 */
#include "jsonpos.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* One container: its line, and per member (in the file's order) the line of
 * the key (objects) and of the value. */
struct spot {
    const json_t *c;
    int line;
    size_t n;
    int *key_lines;
    int *value_lines;
};

struct hl_jsonpos {
    struct spot *spots; /* sorted by c once the pass is done */
    size_t n, cap;
    const json_t *root; /* the document, and where it starts (also a scalar) */
    int root_line;
};

struct pass {
    const char *p, *end;
    int line;
    struct hl_jsonpos *pos;
};

static void
ws(struct pass *w)
{
    for (; w->p < w->end; w->p++) {
        if (*w->p == '\n')
            w->line++;
        else if (*w->p != ' ' && *w->p != '\t' && *w->p != '\r')
            return;
    }
}

/* Past one token: a string (from its opening quote) or a number or word. */
static void
skip_token(struct pass *w)
{
    if (w->p < w->end && *w->p == '"') {
        for (w->p++; w->p < w->end && *w->p != '"'; w->p++)
            if (*w->p == '\\')
                w->p++;
        w->p++;
    } else {
        while (w->p < w->end && !strchr(" \t\r\n,:]}", *w->p))
            w->p++;
    }
    if (w->p > w->end)
        w->p = w->end;
}

/* Past one expected punctuation mark, if it is there. */
static void
expect(struct pass *w, char c)
{
    ws(w);
    if (w->p < w->end && *w->p == c)
        w->p++;
}

static size_t
add_spot(struct hl_jsonpos *pos, const json_t *c, int line, size_t n)
{
    if (pos->n == pos->cap) {
        pos->cap = pos->cap ? pos->cap * 2 : 16;
        pos->spots = hl_xrealloc(pos->spots, pos->cap * sizeof *pos->spots);
    }
    struct spot *s = &pos->spots[pos->n];
    s->c = c;
    s->line = line;
    s->n = n;
    s->key_lines = json_is_object(c) ? hl_xcalloc(n ? n : 1, sizeof *s->key_lines) : NULL;
    s->value_lines = hl_xcalloc(n ? n : 1, sizeof *s->value_lines);
    return pos->n++;
}

static void
walk(struct pass *w, const json_t *v)
{
    ws(w);
    if (!json_is_object(v) && !json_is_array(v)) {
        skip_token(w);
        return;
    }
    bool object = json_is_object(v);
    size_t n = object ? json_object_size(v) : json_array_size(v);
    size_t at = add_spot(w->pos, v, w->line, n);
    w->p++; /* '{' or '[' */
    void *it = object ? json_object_iter((json_t *)v) : NULL;
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            expect(w, ',');
        ws(w);
        if (object) {
            w->pos->spots[at].key_lines[i] = w->line;
            skip_token(w);
            expect(w, ':');
            ws(w);
        }
        /* The spots array may move while the value is walked. */
        w->pos->spots[at].value_lines[i] = w->line;
        if (object) {
            walk(w, json_object_iter_value(it));
            it = json_object_iter_next((json_t *)v, it);
        } else {
            walk(w, json_array_get(v, i));
        }
    }
    expect(w, object ? '}' : ']');
}

static int
by_container(const void *a, const void *b)
{
    const struct spot *x = a, *y = b;
    return x->c < y->c ? -1 : x->c > y->c;
}

json_t *
hl_jsonpos_parse(const char *text, size_t len, struct hl_jsonpos **pos_out, int *line_out,
                 char *msg, size_t cap)
{
    *pos_out = NULL;
    /* A UTF-8 byte order mark, as some editors write. */
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        text += 3;
        len -= 3;
    }
    json_error_t e;
    json_t *doc = json_loadb(text, len, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, &e);
    if (doc == NULL) {
        *line_out = e.line > 0 ? e.line : 1;
        /* What the person who saved the file can act on, not the byte. */
        static const char no_key[] = "string or '}' expected";
        if (json_error_code(&e) == json_error_invalid_utf8)
            snprintf(msg, cap, "a string is not valid UTF-8 (save the file as UTF-8)");
        else if (strncmp(e.text, no_key, strlen(no_key)) == 0)
            /* Mostly a trailing comma: "expected a key" says where to look. */
            snprintf(msg, cap, "expected a key%s (column %d)", e.text + strlen(no_key), e.column);
        else if (e.column > 0)
            snprintf(msg, cap, "%s (column %d)", e.text, e.column);
        else
            snprintf(msg, cap, "%s", e.text);
        return NULL;
    }
    struct hl_jsonpos *pos = hl_xcalloc(1, sizeof *pos);
    struct pass w = {.p = text, .end = text + len, .line = 1, .pos = pos};
    ws(&w);
    pos->root = doc;
    pos->root_line = w.line;
    walk(&w, doc);
    if (pos->n > 1)
        qsort(pos->spots, pos->n, sizeof *pos->spots, by_container);
    *pos_out = pos;
    return doc;
}

void
hl_jsonpos_free(struct hl_jsonpos **pp)
{
    struct hl_jsonpos *pos = *pp;
    if (pos == NULL)
        return;
    for (size_t i = 0; i < pos->n; i++) {
        free(pos->spots[i].key_lines);
        free(pos->spots[i].value_lines);
    }
    free(pos->spots);
    free(pos);
    *pp = NULL;
}

static const struct spot *
find(const struct hl_jsonpos *pos, const json_t *c)
{
    if (pos == NULL || c == NULL || pos->n == 0)
        return NULL;
    struct spot key = {.c = c};
    return bsearch(&key, pos->spots, pos->n, sizeof *pos->spots, by_container);
}

int
hl_jsonpos_line(const struct hl_jsonpos *pos, const json_t *v)
{
    const struct spot *s = find(pos, v);
    if (s == NULL)
        return pos && v == pos->root ? pos->root_line : 1;
    return s->line;
}

int
hl_jsonpos_member_line(const struct hl_jsonpos *pos, const json_t *o, const char *key, bool value)
{
    const struct spot *s = find(pos, o);
    if (s == NULL || s->key_lines == NULL)
        return 1;
    size_t i = 0;
    for (void *it = json_object_iter((json_t *)o); it && i < s->n;
         it = json_object_iter_next((json_t *)o, it), i++)
        if (strcmp(json_object_iter_key(it), key) == 0)
            return value ? s->value_lines[i] : s->key_lines[i];
    return s->line;
}

int
hl_jsonpos_item_line(const struct hl_jsonpos *pos, const json_t *a, size_t i)
{
    const struct spot *s = find(pos, a);
    return s && i < s->n ? s->value_lines[i] : 1;
}

const char *
hl_jsonpos_type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT:
        return "an object";
    case JSON_ARRAY:
        return "an array";
    case JSON_STRING:
        return "a string";
    case JSON_INTEGER:
    case JSON_REAL:
        return "a number";
    case JSON_TRUE:
    case JSON_FALSE:
        return "a boolean";
    case JSON_NULL:
        break;
    }
    return "null";
}
