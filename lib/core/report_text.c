/*
 * report_text: the report as text tables for a terminal (hotlinectl report),
 * and the few lines that sum it up in the digest.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* Display columns of UTF-8 s: code points, less combining marks. */
static int
text_width(const char *s)
{
    int w = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p & 0xC0) == 0x80)
            continue;
        /* U+0300..U+036F (combining diacritics) are 0xCC 0x80 .. 0xCD 0xAF. */
        if (*p == 0xCC || (*p == 0xCD && (p[1] & 0xFF) < 0xB0))
            continue;
        w++;
    }
    return w;
}

/* A text table: ncol columns, cells row-major, the first row the headings.
 * The first column is left-aligned, the others right-aligned. */
static void
put_table(struct hl_buf *b, const char **cells, size_t nrow, size_t ncol)
{
    int *w = hl_xcalloc(ncol, sizeof *w);
    for (size_t r = 0; r < nrow; r++)
        for (size_t c = 0; c < ncol; c++) {
            int cw = text_width(cells[r * ncol + c]);
            if (cw > w[c])
                w[c] = cw;
        }
    for (size_t r = 0; r < nrow; r++) {
        for (size_t c = 0; c < ncol; c++) {
            const char *v = cells[r * ncol + c];
            int pad = w[c] - text_width(v);
            if (c)
                hl_buf_puts(b, "  ");
            if (c == 0) {
                hl_buf_puts(b, v);
                if (ncol > 1)
                    hl_buf_printf(b, "%*s", pad, "");
            } else {
                hl_buf_printf(b, "%*s%s", pad, "", v);
            }
        }
        hl_buf_putc(b, '\n');
    }
    free(w);
}

static const char *
num(struct hl_arena *a, long v)
{
    return hl_arena_printf(a, "%ld", v);
}

static const char *
dec(struct hl_arena *a, double v)
{
    return isnan(v) ? "-" : hl_arena_printf(a, "%.1f", v);
}

static const char *
pct(struct hl_arena *a, int v)
{
    return v < 0 ? "-" : hl_arena_printf(a, "%d%%", v);
}

/* The main table of one period (cur, or prev). */
static void
main_table(const struct hl_report *r, bool prev, struct hl_arena *a, struct hl_buf *b)
{
    static const char *const head[] = {"unit",        "received", "answered", "on time",
                                       "late",        "overdue",  "resolved", "escalated",
                                       "transferred", "flagged",  "undeliv.", "median answer (h)",
                                       "median (wd)", "p90 (wd)", "on time %"};
    enum { NC = HL_NELEM(head) };
    size_t nrow = r->n_units + 2;
    const char **cells = hl_arena_alloc(a, nrow * NC * sizeof *cells);
    memcpy(cells, head, sizeof head);
    for (size_t i = 0; i <= r->n_units; i++) {
        const char **row = cells + (i + 1) * NC;
        bool tot = i == r->n_units;
        const struct hl_report_figures *f = tot ? (prev ? &r->prev_total : &r->total)
                                                : (prev ? &r->units[i].prev : &r->units[i].cur);
        row[0] = tot ? "TOTAL" : r->units[i].code;
        row[1] = num(a, f->received);
        row[2] = num(a, f->answered);
        row[3] = num(a, f->on_time);
        row[4] = num(a, f->late);
        row[5] = num(a, f->overdue);
        row[6] = num(a, f->resolved);
        row[7] = num(a, f->escalated);
        row[8] = f->transferred_late
                     ? hl_arena_printf(a, "%ld (%ld late)", f->transferred, f->transferred_late)
                     : num(a, f->transferred);
        row[9] = num(a, f->flagged);
        row[10] = num(a, f->undeliverable);
        row[11] = dec(a, f->median_h);
        row[12] = dec(a, f->median_wd);
        row[13] = dec(a, f->p90_wd);
        row[14] = pct(a, f->on_time_pct);
    }
    put_table(b, cells, nrow, NC);
}

void
hl_report_write_table(const struct hl_report *r, struct hl_buf *b)
{
    struct hl_arena a;
    hl_arena_init(&a);
    char d0[16], d1[16], p0[16], p1[16], now[32];
    hl_buf_printf(b,
                  "Cases received %s – %s (Asia/Ho_Chi_Minh), by responsible unit; overdue as of "
                  "%s\n\n",
                  hl_report_ddmmyyyy(r->from, d0, sizeof d0),
                  hl_report_ddmmyyyy(r->to, d1, sizeof d1),
                  hl_report_local_time(r->now, now, sizeof now));
    main_table(r, false, &a, b);
    if (r->compare) {
        hl_buf_printf(b, "\nPrevious period %s – %s\n\n",
                      hl_report_ddmmyyyy(r->prev_from, p0, sizeof p0),
                      hl_report_ddmmyyyy(r->prev_to, p1, sizeof p1));
        main_table(r, true, &a, b);
    }

    /* Channels and kinds. */
    hl_buf_puts(b, "\nReceived by channel and kind\n\n");
    enum { NC2 = 1 + HL_REPORT_N_CHANNELS + HL_REPORT_N_KINDS };
    size_t nrow = r->n_units + 2;
    const char **cells = hl_arena_alloc(&a, nrow * NC2 * sizeof *cells);
    cells[0] = "unit";
    for (int i = 0; i < HL_REPORT_N_CHANNELS; i++)
        cells[1 + i] = hl_report_channels[i];
    for (int i = 0; i < HL_REPORT_N_KINDS; i++)
        cells[1 + HL_REPORT_N_CHANNELS + i] = hl_report_kinds[i];
    for (size_t u = 0; u <= r->n_units; u++) {
        const char **row = cells + (u + 1) * NC2;
        const struct hl_report_figures *f = u == r->n_units ? &r->total : &r->units[u].cur;
        row[0] = u == r->n_units ? "TOTAL" : r->units[u].code;
        for (int i = 0; i < HL_REPORT_N_CHANNELS; i++)
            row[1 + i] = num(&a, f->by_channel[i]);
        for (int i = 0; i < HL_REPORT_N_KINDS; i++)
            row[1 + HL_REPORT_N_CHANNELS + i] = num(&a, f->by_kind[i]);
    }
    put_table(b, cells, nrow, NC2);

    hl_buf_puts(b, "\nBy topic\n\n");
    enum { NC3 = 7 };
    nrow = r->n_topics + 1;
    cells = hl_arena_alloc(&a, nrow * NC3 * sizeof *cells);
    const char *th[NC3] = {"topic",
                           "received",
                           "answered",
                           "on time",
                           "late",
                           "overdue",
                           r->compare ? "previous" : ""};
    memcpy(cells, th, sizeof th);
    for (size_t i = 0; i < r->n_topics; i++) {
        const struct hl_report_topic *t = &r->topics[i];
        const char **row = cells + (i + 1) * NC3;
        row[0] = t->category;
        row[1] = num(&a, t->received);
        row[2] = num(&a, t->answered);
        row[3] = num(&a, t->on_time);
        row[4] = num(&a, t->late);
        row[5] = num(&a, t->overdue);
        row[6] = r->compare ? num(&a, t->prev_received) : "";
    }
    put_table(b, cells, nrow, NC3);

    hl_buf_puts(b, "\nHotspots: the wards with the most cases per topic\n\n");
    nrow = r->n_hotspots + 1;
    cells = hl_arena_alloc(&a, nrow * 4 * sizeof *cells);
    cells[0] = "topic";
    cells[1] = "rank";
    cells[2] = "ward";
    cells[3] = "cases";
    for (size_t i = 0; i < r->n_hotspots; i++) {
        const struct hl_report_hotspot *h = &r->hotspots[i];
        const char **row = cells + (i + 1) * 4;
        row[0] = h->category;
        row[1] = num(&a, h->rank);
        row[2] = h->ward;
        row[3] = num(&a, h->n);
    }
    put_table(b, cells, nrow, 4);

    hl_buf_puts(b, "\nUnits ranked by on-time rate\n\n");
    nrow = r->n_ranking + 1;
    cells = hl_arena_alloc(&a, nrow * 4 * sizeof *cells);
    cells[0] = "rank";
    cells[1] = "unit";
    cells[2] = "on time %";
    cells[3] = "due or answered";
    for (size_t i = 0; i < r->n_ranking; i++) {
        const struct hl_report_unit *u = &r->units[r->ranking[i]];
        const char **row = cells + (i + 1) * 4;
        row[0] = num(&a, (long)i + 1);
        row[1] = u->code;
        row[2] = pct(&a, u->cur.on_time_pct);
        row[3] = num(&a, u->cur.on_time + u->cur.late + u->cur.overdue);
    }
    put_table(b, cells, nrow, 4);

    hl_buf_printf(b, "\nOverdue cases (%zu)\n\n", r->n_overdue);
    nrow = r->n_overdue + 1;
    enum { NC5 = 7 };
    cells = hl_arena_alloc(&a, nrow * NC5 * sizeof *cells);
    const char *oh[NC5] = {"case", "unit", "topic", "received", "due", "age (wd)", "late (wd)"};
    memcpy(cells, oh, sizeof oh);
    for (size_t i = 0; i < r->n_overdue; i++) {
        const struct hl_report_overdue *o = &r->overdue[i];
        const char **row = cells + (i + 1) * NC5;
        char t[32];
        row[0] = o->code;
        row[1] = o->unit;
        row[2] = o->category;
        row[3] = hl_arena_strdup(&a, hl_report_local_time(o->created_at, t, sizeof t));
        row[4] = hl_arena_strdup(&a, hl_report_local_time(o->due_at, t, sizeof t));
        row[5] = num(&a, o->age_wd);
        row[6] = num(&a, o->late_wd);
    }
    put_table(b, cells, nrow, NC5);
    hl_buf_puts(b, "\non time % = on time / (on time + late + overdue); overdue = unanswered past "
                   "the due date, as of the time above; wd = working days (docs/hotlinectl.md).\n");
    hl_arena_fini(&a);
}

/* ---- the digest's text ---- */

void
hl_report_write_summary(const struct hl_report *r, struct hl_buf *b)
{
    char d0[16], d1[16];
    const struct hl_report_figures *f = &r->total;
    hl_buf_printf(b, "Báo cáo tiếp nhận, xử lý phản ánh, kiến nghị từ %s đến %s\n\n",
                  hl_report_ddmmyyyy(r->from, d0, sizeof d0),
                  hl_report_ddmmyyyy(r->to, d1, sizeof d1));
    hl_buf_printf(b, "Tiếp nhận: %ld\nĐã trả lời: %ld (đúng hạn %ld, quá hạn %ld)\n", f->received,
                  f->answered, f->on_time, f->late);
    hl_buf_printf(b, "Chưa trả lời, đã quá hạn: %ld\n", f->overdue);
    if (f->on_time_pct >= 0)
        hl_buf_printf(b, "Tỷ lệ đúng hạn: %d%%\n", f->on_time_pct);
    if (!isnan(f->median_wd))
        hl_buf_printf(b, "Thời gian trả lời (trung vị): %.1f ngày làm việc\n", f->median_wd);
    hl_buf_printf(b, "Chuyển đơn vị khác: %ld (quá 5 ngày làm việc: %ld)\n", f->transferred,
                  f->transferred_late);
    hl_buf_puts(b, "\nChi tiết trong tệp báo cáo đính kèm (HTML).\n");
}
