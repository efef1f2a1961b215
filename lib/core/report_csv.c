/*
 * report_csv: the report as CSV for a spreadsheet.  UTF-8 with a byte order
 * mark (Excel reads a file without one in the machine's legacy code page and
 * garbles Vietnamese), RFC 4180: CRLF line ends, a field with a comma, quote,
 * CR or LF is quoted and its quotes doubled.
 *
 * Several tables, one after the other, each a header row and its rows, with
 * an empty line between them; the first cell of every row names the table
 * ("units", "topics", "hotspots", "weeks", "ranking", "overdue").
 *
 * Text from outside (unit names, subjects, categories) that begins with = + -
 * @ or a tab is written behind an apostrophe, so a spreadsheet shows it and
 * never runs it as a formula.
 */
#include <math.h>
#include <string.h>

#include "report.h"

void
hl_report_csv_field(struct hl_buf *b, const char *s, bool text)
{
    if (s == NULL)
        s = "";
    bool formula = text && strchr("=+-@\t\r", s[0]) != NULL && s[0] != '\0';
    if (strpbrk(s, ",\"\r\n") == NULL && !formula) {
        hl_buf_puts(b, s);
        return;
    }
    hl_buf_putc(b, '"');
    if (formula)
        hl_buf_putc(b, '\'');
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            hl_buf_putc(b, '"');
        hl_buf_putc(b, *p);
    }
    hl_buf_putc(b, '"');
}

static void
field(struct hl_buf *b, const char *s, bool text)
{
    hl_report_csv_field(b, s, text);
}

static void
sep(struct hl_buf *b)
{
    hl_buf_putc(b, ',');
}

static void
eol(struct hl_buf *b)
{
    hl_buf_puts(b, "\r\n");
}

static void
headers(struct hl_buf *b, const char *const *h, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            sep(b);
        field(b, h[i], false);
    }
    eol(b);
}

static void
numf(struct hl_buf *b, long v)
{
    hl_buf_printf(b, ",%ld", v);
}

static void
decf(struct hl_buf *b, double v)
{
    if (isnan(v))
        hl_buf_putc(b, ',');
    else
        hl_buf_printf(b, ",%.1f", v);
}

static void
figures(struct hl_buf *b, const struct hl_report_figures *f)
{
    numf(b, f->received);
    for (int i = 0; i < HL_REPORT_N_CHANNELS; i++)
        numf(b, f->by_channel[i]);
    for (int i = 0; i < HL_REPORT_N_KINDS; i++)
        numf(b, f->by_kind[i]);
    numf(b, f->answered);
    numf(b, f->on_time);
    numf(b, f->late);
    numf(b, f->overdue);
    numf(b, f->resolved);
    numf(b, f->escalated);
    numf(b, f->transferred);
    numf(b, f->transferred_late);
    numf(b, f->undeliverable);
    numf(b, f->flagged);
    decf(b, f->median_h);
    decf(b, f->median_wd);
    decf(b, f->p90_wd);
    if (f->on_time_pct >= 0)
        numf(b, f->on_time_pct);
    else
        sep(b);
}

void
hl_report_write_csv(const struct hl_report *r, struct hl_buf *b)
{
    char d[16], p0[16], p1[16], t[32];
    hl_buf_puts(b, "\xEF\xBB\xBF");
    static const char *const uh[] = {"table",
                                     "unit",
                                     "name",
                                     "parent",
                                     "period_from",
                                     "period_to",
                                     "received",
                                     "email",
                                     "phone",
                                     "box",
                                     "counter",
                                     "portal",
                                     "feedback",
                                     "complaint",
                                     "denunciation",
                                     "answered",
                                     "on_time",
                                     "late",
                                     "overdue",
                                     "resolved",
                                     "escalated",
                                     "transferred",
                                     "transferred_late",
                                     "undeliverable",
                                     "flagged",
                                     "median_response_h",
                                     "median_answer_wd",
                                     "p90_answer_wd",
                                     "on_time_pct"};
    headers(b, uh, HL_NELEM(uh));
    hl_report_iso(r->from, p0, sizeof p0);
    hl_report_iso(r->to, p1, sizeof p1);
    for (int prev = 0; prev <= (r->compare ? 1 : 0); prev++) {
        if (prev) {
            hl_report_iso(r->prev_from, p0, sizeof p0);
            hl_report_iso(r->prev_to, p1, sizeof p1);
        }
        for (size_t i = 0; i <= r->n_units; i++) {
            bool tot = i == r->n_units;
            const struct hl_report_unit *u = tot ? NULL : &r->units[i];
            hl_buf_puts(b, "units,");
            field(b, tot ? "TOTAL" : u->code, true);
            sep(b);
            field(b, tot ? "" : u->name, true);
            sep(b);
            field(b, tot ? "" : u->parent, true);
            hl_buf_printf(b, ",%s,%s", p0, p1);
            figures(b, tot ? (prev ? &r->prev_total : &r->total) : (prev ? &u->prev : &u->cur));
            eol(b);
        }
    }
    eol(b);

    static const char *const th[] = {"table",   "category", "received", "answered",
                                     "on_time", "late",     "overdue",  "previous_received"};
    headers(b, th, r->compare ? HL_NELEM(th) : HL_NELEM(th) - 1);
    for (size_t i = 0; i < r->n_topics; i++) {
        const struct hl_report_topic *x = &r->topics[i];
        hl_buf_puts(b, "topics,");
        field(b, x->category, true);
        numf(b, x->received);
        numf(b, x->answered);
        numf(b, x->on_time);
        numf(b, x->late);
        numf(b, x->overdue);
        if (r->compare)
            numf(b, x->prev_received);
        eol(b);
    }
    eol(b);

    static const char *const hh[] = {"table", "category", "rank", "ward", "ward_name", "cases"};
    headers(b, hh, HL_NELEM(hh));
    for (size_t i = 0; i < r->n_hotspots; i++) {
        const struct hl_report_hotspot *h = &r->hotspots[i];
        hl_buf_puts(b, "hotspots,");
        field(b, h->category, true);
        numf(b, h->rank);
        sep(b);
        field(b, h->ward, true);
        sep(b);
        field(b, h->ward_name, true);
        numf(b, h->n);
        eol(b);
    }
    eol(b);

    static const char *const wh[] = {"table", "week_monday", "received"};
    headers(b, wh, HL_NELEM(wh));
    for (size_t i = 0; i < r->n_weeks; i++) {
        hl_buf_printf(b, "weeks,%s", hl_report_iso(r->weeks[i].monday, d, sizeof d));
        numf(b, r->weeks[i].received);
        eol(b);
    }
    eol(b);

    static const char *const rh[] = {"table", "rank", "unit", "on_time_pct"};
    headers(b, rh, HL_NELEM(rh));
    for (size_t i = 0; i < r->n_ranking; i++) {
        const struct hl_report_unit *u = &r->units[r->ranking[i]];
        hl_buf_printf(b, "ranking,%zu,", i + 1);
        field(b, u->code, true);
        numf(b, u->cur.on_time_pct);
        eol(b);
    }
    eol(b);

    static const char *const oh[] = {"table",    "code", "unit",   "category", "subject",
                                     "received", "due",  "age_wd", "late_wd"};
    headers(b, oh, HL_NELEM(oh));
    for (size_t i = 0; i < r->n_overdue; i++) {
        const struct hl_report_overdue *o = &r->overdue[i];
        hl_buf_puts(b, "overdue,");
        field(b, o->code, true);
        sep(b);
        field(b, o->unit, true);
        sep(b);
        field(b, o->category, true);
        sep(b);
        field(b, o->subject, true);
        hl_buf_printf(b, ",%s", hl_report_local_time(o->created_at, t, sizeof t));
        hl_buf_printf(b, ",%s", hl_report_local_time(o->due_at, t, sizeof t));
        numf(b, o->age_wd);
        numf(b, o->late_wd);
        eol(b);
    }
}
