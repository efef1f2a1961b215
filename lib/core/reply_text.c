/* reply_text: see reply_text.h. */
#include "reply_text.h"

#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "thread.h"

struct text_line {
    const char *s;
    size_t n;
};

static bool
blank_line(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ' || s[i] == '\t')
            continue;
        if ((unsigned char)s[i] == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            i++; /* NO-BREAK SPACE, as Outlook writes empty lines */
            continue;
        }
        return false;
    }
    return true;
}

static bool
quoted_line(const struct text_line *l)
{
    size_t i = 0;
    while (i < l->n && (l->s[i] == ' ' || l->s[i] == '\t'))
        i++;
    return i < l->n && l->s[i] == '>';
}

/* The line folded (lower case, no diacritics) and trimmed; caller frees. */
static char *
fold_line(const struct text_line *l)
{
    char *raw = hl_xstrndup(l->s, l->n);
    char *f = hl_fold_str(raw);
    free(raw);
    char *b = f;
    while (*b == ' ' || *b == '\t' || *b == '*')
        b++;
    size_t n = strlen(b);
    while (n > 0 && (b[n - 1] == ' ' || b[n - 1] == '\t'))
        n--;
    memmove(f, b, n);
    f[n] = '\0';
    return f;
}

static bool
ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* "From:", "*Từ:*" ...: whether the line is a header field named one of
 * names (folded). */
static bool
field_line(const struct text_line *l, const char *const *names, size_t n_names)
{
    char *f = fold_line(l);
    char *colon = strchr(f, ':');
    bool hit = false;
    if (colon && colon - f <= 20) {
        *colon = '\0';
        size_t k = strlen(f);
        while (k > 0 && (f[k - 1] == ' ' || f[k - 1] == '*'))
            f[--k] = '\0';
        for (size_t i = 0; i < n_names && !hit; i++)
            hit = strcmp(f, names[i]) == 0;
    }
    free(f);
    return hit;
}

static const char *const from_names[] = {"from", "tu"};
static const char *const sent_names[] = {"sent", "date",     "da gui",   "gui",
                                         "ngay", "ngay gui", "thoi gian"};
static const char *const subject_names[] = {"subject", "chu de", "tieu de"};

/* Where the quoted original of an Outlook-style reply begins at line i:
 * "-----Original Message-----", "----- Thư gốc -----", a line of underscores
 * before "From:", or a From/Sent/Subject block. */
static bool
original_starts(const struct text_line *lines, size_t n, size_t i)
{
    static const char *const separators[] = {
        "original message",   "thu goc",         "tin nhan goc", "forwarded message",
        "thu da chuyen tiep", "thu chuyen tiep",
    };
    const struct text_line *l = &lines[i];
    char *f = fold_line(l);
    bool hit = false;
    if (strncmp(f, "--", 2) == 0) {
        char *b = f;
        while (*b == '-' || *b == ' ')
            b++;
        size_t k = strlen(b);
        while (k > 0 && (b[k - 1] == '-' || b[k - 1] == ' '))
            k--;
        b[k] = '\0';
        for (size_t s = 0; s < HL_NELEM(separators) && !hit; s++)
            hit = strcmp(b, separators[s]) == 0;
    } else if (strlen(f) >= 10 && strspn(f, "_") == strlen(f)) {
        for (size_t k = i + 1; k < n && k <= i + 3 && !hit; k++) {
            if (blank_line(lines[k].s, lines[k].n))
                continue;
            hit = field_line(&lines[k], from_names, HL_NELEM(from_names));
            break;
        }
    } else if (field_line(l, from_names, HL_NELEM(from_names))) {
        bool sent = false, subject = false;
        for (size_t k = i + 1; k < n && k <= i + 6; k++) {
            if (blank_line(lines[k].s, lines[k].n))
                break;
            sent = sent || field_line(&lines[k], sent_names, HL_NELEM(sent_names));
            subject = subject || field_line(&lines[k], subject_names, HL_NELEM(subject_names));
        }
        hit = sent && subject;
    }
    free(f);
    return hit;
}

/* Number of lines (1 or 2) of an attribution "On <date>, X wrote:" / "Vào
 * <date>, X đã viết:" at line i, else 0.  It must name a date (a digit). */
static size_t
attribution_lines(const struct text_line *lines, size_t n, size_t i)
{
    char *a = fold_line(&lines[i]);
    size_t res = 0;
    if (strncmp(a, "on ", 3) == 0 || strncmp(a, "vao ", 4) == 0) {
        char *b = i + 1 < n && !quoted_line(&lines[i + 1]) ? fold_line(&lines[i + 1]) : NULL;
        bool digit = strpbrk(a, "0123456789") != NULL;
        if ((ends_with(a, "wrote:") || ends_with(a, "da viet:")) && digit)
            res = 1;
        else if (b && (ends_with(b, "wrote:") || ends_with(b, "da viet:")) &&
                 (digit || strpbrk(b, "0123456789")))
            res = 2;
        free(b);
    }
    free(a);
    return res;
}

/* Appends the line without our markers; false when nothing but markers and
 * blanks was on it (the line is then dropped). */
static bool
put_unmarked(struct hl_buf *out, const struct text_line *l)
{
    char *s = hl_xstrndup(l->s, l->n);
    struct hl_buf b;
    hl_buf_init(&b);
    bool marker = false;
    const char *p = s;
    for (const char *q = strchr(p, '['); q; q = strchr(q + 1, '[')) {
        const char *code;
        size_t cl;
        size_t ml = hl_thread_marker_at(q, NULL, &code, &cl);
        if (ml == 0)
            continue;
        /* "về phản ánh [Mã phản ánh: X], Sở..." -> "về phản ánh, Sở..." */
        const char *e = q > p && q[-1] == ' ' ? q - 1 : q;
        hl_buf_append(&b, p, (size_t)(e - p));
        p = q + ml;
        q = p - 1;
        marker = true;
    }
    hl_buf_puts(&b, p);
    bool keep = !(marker && blank_line(b.data, b.len));
    if (keep)
        hl_buf_append(out, b.data, b.len);
    hl_buf_fini(&b);
    free(s);
    return keep;
}

/* Lines [0, end) without quotes (and attributions when drop_attr), blank
 * runs squeezed, into out. */
static void
put_answer(const struct text_line *lines, size_t n, size_t end, bool drop_attr, struct hl_buf *out)
{
    size_t start = out->len;
    size_t last_text = out->len; /* out length after the last non-blank line */
    bool pending_blank = false, any = false;
    for (size_t i = 0; i < end; i++) {
        if (quoted_line(&lines[i]))
            continue;
        size_t al = drop_attr ? attribution_lines(lines, n, i) : 0;
        if (al > 0) {
            i += al - 1;
            continue;
        }
        if (blank_line(lines[i].s, lines[i].n)) {
            pending_blank = any;
            continue;
        }
        size_t before = out->len;
        if (pending_blank)
            hl_buf_putc(out, '\n');
        if (!put_unmarked(out, &lines[i])) {
            out->len = before;
            continue;
        }
        hl_buf_putc(out, '\n');
        last_text = out->len;
        pending_blank = false;
        any = true;
    }
    out->len = any ? last_text : start;
    if (out->data)
        out->data[out->len] = '\0';
}

void
hl_reply_text_extract(const char *body, struct hl_buf *out)
{
    struct text_line *lines = NULL;
    size_t n = 0, cap = 0;
    for (const char *p = body ? body : ""; *p;) {
        size_t k = strcspn(p, "\r\n");
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            lines = hl_xrealloc(lines, cap * sizeof *lines);
        }
        lines[n++] = (struct text_line){p, k};
        p += k;
        if (*p == '\r' && p[1] == '\n')
            p += 2;
        else if (*p)
            p++;
    }
    size_t end = n;
    for (size_t i = 0; i < n && end == n; i++)
        if (!quoted_line(&lines[i]) && original_starts(lines, n, i))
            end = i;
    size_t before = out->len;
    put_answer(lines, n, end, true, out);
    if (out->len == before)
        put_answer(lines, n, n, false, out);
    free(lines);
}
