/*
 * ctl_print: hotlinectl's tables and JSON (ctl_print.h).
 */
#include "ctl_print.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "util.h"

int
hl_ctl_text_width(const char *s)
{
    int w = 0;
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    while (*p) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
        if (n <= 0) {
            p++;
            w++;
            continue;
        }
        int cw = utf8proc_charwidth(cp);
        w += cw > 0 ? cw : 0;
        p += n;
    }
    return w;
}

/* Writes v cut at max_w display columns (never splitting a character, line
 * breaks as spaces); returns the columns written. */
static int
put_cell(const char *v, int max_w, FILE *out)
{
    int used = 0;
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)v;
    while (*p) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
        if (n <= 0)
            break;
        int cw = utf8proc_charwidth(cp);
        if (cw < 0)
            cw = 0;
        if (used + cw > max_w)
            break;
        if (cp == '\n' || cp == '\r' || cp == '\t') {
            fputc(' ', out);
            cw = 1;
        } else {
            fwrite(p, 1, (size_t)n, out);
        }
        used += cw;
        p += n;
    }
    return used;
}

void
hl_ctl_print_table(FILE *out, const struct hl_table *t, int max_w, int indent)
{
    size_t nf = t->n_cols, nr = t->n_rows;
    int *w = hl_xcalloc(nf ? nf : 1, sizeof *w);
    for (size_t f = 0; f < nf; f++) {
        w[f] = hl_ctl_text_width(hl_table_name(t, f));
        for (size_t r = 0; r < nr; r++) {
            int cw = hl_ctl_text_width(hl_table_get(t, r, f));
            if (cw > max_w)
                cw = max_w;
            if (cw > w[f])
                w[f] = cw;
        }
    }
    /* Row -1 is the header. */
    for (long r = -1; r < (long)nr; r++) {
        fprintf(out, "%*s", indent, "");
        for (size_t f = 0; f < nf; f++) {
            if (f)
                fputs("  ", out);
            const char *v = r < 0 ? hl_table_name(t, f) : hl_table_get(t, (size_t)r, f);
            int used = put_cell(v, max_w, out);
            if (f != nf - 1)
                for (int k = used; k < w[f]; k++)
                    fputc(' ', out);
        }
        fputc('\n', out);
    }
    free(w);
}

void
hl_ctl_print_cases(FILE *out, const struct hl_table *cases)
{
    hl_ctl_print_table(out, cases, 60, 0);
    fprintf(out, "(%zu case%s)\n", cases->n_rows, cases->n_rows == 1 ? "" : "s");
}

void
hl_ctl_print_mailboxes(FILE *out, const struct hl_table *mailboxes)
{
    hl_ctl_print_table(out, mailboxes, 120, 0);
}

void
hl_ctl_print_outbox(FILE *out, const struct hl_table *rows)
{
    fprintf(out, "%-6s %-8s %-15s %-40s %-8s %3s %-16s %s\n", "ID", "KIND", "CASE", "RCPT",
            "STATUS", "TRY", "NEXT ATTEMPT", "LAST REPLY");
    for (size_t i = 0; i < rows->n_rows && rows->n_cols >= 8; i++)
        fprintf(out, "%-6s %-8s %-15s %-40s %-8s %3s %-16s %s\n", hl_table_get(rows, i, 0),
                hl_table_get(rows, i, 1), hl_table_get(rows, i, 2), hl_table_get(rows, i, 3),
                hl_table_get(rows, i, 4), hl_table_get(rows, i, 5), hl_table_get(rows, i, 6),
                hl_table_get(rows, i, 7));
}

/* case show's duplicates: nothing when there is nothing to say. */
static void
print_dedup(FILE *out, const struct hl_dedup_view *v)
{
    const struct {
        const char *label;
        const char *value;
        const char *note;
    } lines[] = {
        {"Merged into", v->merged_into, " (this case was closed as its duplicate)"},
        {"Merged from", v->merged_from, ""},
        {"Related", v->related, ""},
    };
    bool any = false;
    for (size_t i = 0; i < HL_NELEM(lines); i++) {
        if (lines[i].value == NULL)
            continue;
        if (!any)
            fputc('\n', out);
        any = true;
        fprintf(out, "%-15s %s%s\n", lines[i].label, lines[i].value, lines[i].note);
    }
    /* The receipts: shown when the letter reached more than one unit. */
    if (v->receipts && v->receipts->n_rows > 1) {
        fprintf(out, "\nReceived in %zu mailboxes (one letter):\n", v->receipts->n_rows);
        hl_ctl_print_table(out, v->receipts, 60, 2);
    }
}

void
hl_ctl_print_case(FILE *out, const struct hl_case_report *r)
{
    for (size_t i = 0; i < r->n_fields; i++)
        fprintf(out, "%-15s %s\n", r->fields[i].label, r->fields[i].value);
    print_dedup(out, &r->dedup);
    fprintf(out, "\nMessages:\n");
    hl_ctl_print_table(out, r->messages, 60, 2);
    for (size_t i = 0; i < r->n_texts; i++) {
        const struct hl_case_text *t = &r->texts[i];
        fprintf(out, "\n--- message %s, %s, from %s, %s bytes\n", t->id, t->received, t->from,
                t->size);
        fprintf(out, "Subject: %s\nDecoded: %s\n\n%s\n", t->subject, t->charset_note, t->body);
    }
    if (r->attachments->n_rows > 0) {
        fprintf(out, "\nAttachments:\n");
        hl_ctl_print_table(out, r->attachments, 64, 2);
    }
    fprintf(out, "\nEvents:\n");
    hl_ctl_print_table(out, r->events, 400, 2);
    fprintf(out, "\nOutbox:\n");
    if (r->outbox->n_rows > 0)
        hl_ctl_print_table(out, r->outbox, 240, 2);
    else
        fprintf(out, "  (none)\n");
}

void
hl_ctl_print_unit_detail(FILE *out, const struct hl_unit_detail *d)
{
    fprintf(out, "cases: %lld open, %lld held, %lld received\n", d->open, d->held, d->received);
    for (size_t i = 0; i < d->n_aliases; i++)
        fprintf(out, "alias: %s\n", d->aliases[i]);
    fprintf(out, "history:\n");
    hl_ctl_print_table(out, d->history, 80, 2);
}

/* ---- JSON ---------------------------------------------------------------- */

json_t *
hl_ctl_json_str(const char *s)
{
    if (s == NULL)
        return json_null();
    /* jansson takes only UTF-8: a stray byte becomes U+FFFD first. */
    struct hl_buf b;
    hl_buf_init(&b);
    const unsigned char *p = (const unsigned char *)s, *end = p + strlen(s);
    while (p < end) {
        int32_t cp;
        size_t n = *p < 0x80 ? 1 : hl_utf8_next(p, (size_t)(end - p), &cp);
        if (n == 0) {
            hl_buf_puts(&b, "\xEF\xBF\xBD");
            p++;
        } else {
            hl_buf_append(&b, p, n);
            p += n;
        }
    }
    json_t *v = json_stringn(b.data ? b.data : "", b.len);
    hl_buf_fini(&b);
    return v ? v : json_string("");
}

json_t *
hl_ctl_json_raw(const char *json)
{
    json_error_t jerr;
    json_t *v = json ? json_loads(json, JSON_DECODE_ANY, &jerr) : NULL;
    return v ? v : json_null();
}

void
hl_ctl_json_print(FILE *out, json_t *v)
{
    json_dumpf(v, out, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY);
    json_decref(v);
}
