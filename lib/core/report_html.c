/*
 * report_html: the report as one self-contained HTML file in Vietnamese for
 * inspectors: a summary, three SVG charts drawn here (on-time rate per unit,
 * received per week, topics), the tables and the overdue list.
 *
 * Self-contained: no external stylesheet, font, image or script, so the file
 * can be mailed, archived and opened offline.  One stylesheet serves a phone
 * (viewport meta, fluid widths, tables scroll sideways) and A4 paper (@media
 * print).  The charts are plain SVG: nothing needs JavaScript.
 *
 * Every string that comes from the data (unit names and codes, categories,
 * subjects, ward names) is escaped for HTML text and attributes (& < > " ').
 */
#include <math.h>
#include <string.h>

#include "html_page.h"
#include "report.h"

static const char style[] =
    "*{box-sizing:border-box}"
    "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;"
    "color:#1d2430;margin:0 auto;max-width:64rem;padding:1rem;line-height:1.4}"
    "h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.15rem;margin:1.4rem 0 .5rem;"
    "border-bottom:2px solid #b3261e;padding-bottom:.2rem}"
    ".muted{color:#5b6472;font-size:.9rem}"
    ".cards{display:flex;flex-wrap:wrap;gap:.5rem}"
    ".card{flex:1 1 9rem;border:1px solid #d5d9e0;border-radius:6px;padding:.5rem .7rem}"
    ".card b{display:block;font-size:1.5rem}.card small{color:#5b6472}"
    ".wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}"
    "table{border-collapse:collapse;width:100%;font-size:.85rem}"
    "th,td{border:1px solid #d5d9e0;padding:.25rem .4rem;text-align:right;vertical-align:top}"
    "th{background:#f1f3f6}th:first-child,td:first-child,td.t{text-align:left}"
    "td.u{min-width:9rem}td.u small{color:#5b6472}"
    "tr.total td{font-weight:bold;background:#f8f9fb}"
    ".bad{color:#b3261e;font-weight:bold}"
    "figure{margin:.5rem 0}figcaption{font-weight:bold;margin-bottom:.3rem}"
    "svg{width:100%;height:auto;max-width:48rem;display:block}"
    "svg text{font-size:12px;fill:#1d2430}"
    /* A chart is drawn 640 wide and shrinks to a phone's width: its
     * lettering grows to stay readable there. */
    "@media (max-width:40rem){svg text{font-size:19px}}"
    "@media print{@page{size:A4;margin:12mm}body{max-width:none;padding:0;font-size:10pt}"
    ".wrap{overflow:visible}table{font-size:8pt}h2{break-after:avoid}"
    "figure,tr,.card{break-inside:avoid}}";

static void
period(struct hl_buf *b, struct hl_sla_date d0, struct hl_sla_date d1)
{
    char a[16], z[16];
    hl_buf_printf(b, "%s – %s", hl_report_ddmmyyyy(d0, a, sizeof a),
                  hl_report_ddmmyyyy(d1, z, sizeof z));
}

static void
card(struct hl_buf *b, const char *label, const char *value, const char *prev)
{
    hl_buf_puts(b, "<div class=\"card\"><small>");
    hl_html_page_esc(b, label);
    hl_buf_puts(b, "</small><b>");
    hl_html_page_esc(b, value);
    hl_buf_puts(b, "</b>");
    if (prev) {
        hl_buf_puts(b, "<small>kỳ trước: ");
        hl_html_page_esc(b, prev);
        hl_buf_puts(b, "</small>");
    }
    hl_buf_puts(b, "</div>\n");
}

static char *
fmt_long(char *out, size_t n, long v)
{
    snprintf(out, n, "%ld", v);
    return out;
}

static char *
fmt_pct(char *out, size_t n, int v)
{
    if (v < 0)
        snprintf(out, n, "–");
    else
        snprintf(out, n, "%d%%", v);
    return out;
}

static char *
fmt_dec(char *out, size_t n, double v)
{
    if (isnan(v))
        snprintf(out, n, "–");
    else
        snprintf(out, n, "%.1f", v);
    return out;
}

static void
summary(struct hl_buf *b, const struct hl_report *r)
{
    const struct hl_report_figures *f = &r->total, *p = r->compare ? &r->prev_total : NULL;
    char v[32], w[32];
    hl_buf_puts(b, "<section id=\"tom-tat\"><h2>Tóm tắt</h2><div class=\"cards\">\n");
    card(b, "Tiếp nhận", fmt_long(v, sizeof v, f->received),
         p ? fmt_long(w, sizeof w, p->received) : NULL);
    card(b, "Đã trả lời", fmt_long(v, sizeof v, f->answered),
         p ? fmt_long(w, sizeof w, p->answered) : NULL);
    card(b, "Trả lời đúng hạn", fmt_long(v, sizeof v, f->on_time),
         p ? fmt_long(w, sizeof w, p->on_time) : NULL);
    card(b, "Trả lời trễ hạn", fmt_long(v, sizeof v, f->late),
         p ? fmt_long(w, sizeof w, p->late) : NULL);
    card(b, "Quá hạn, chưa trả lời", fmt_long(v, sizeof v, f->overdue),
         p ? fmt_long(w, sizeof w, p->overdue) : NULL);
    card(b, "Tỷ lệ đúng hạn", fmt_pct(v, sizeof v, f->on_time_pct),
         p ? fmt_pct(w, sizeof w, p->on_time_pct) : NULL);
    card(b, "Trung vị thời gian trả lời (ngày làm việc)", fmt_dec(v, sizeof v, f->median_wd),
         p ? fmt_dec(w, sizeof w, p->median_wd) : NULL);
    snprintf(v, sizeof v, "%ld (%ld)", f->transferred, f->transferred_late);
    if (p)
        snprintf(w, sizeof w, "%ld (%ld)", p->transferred, p->transferred_late);
    card(b, "Chuyển đơn vị khác (quá 5 ngày làm việc)", v, p ? w : NULL);
    card(b, "Không gửi được thư cho công dân", fmt_long(v, sizeof v, f->undeliverable),
         p ? fmt_long(w, sizeof w, p->undeliverable) : NULL);
    hl_buf_puts(b, "</div></section>\n");
}

/* ---- charts ---- */

/* A round upper bound for an axis: 1, 2, 5 times a power of ten. */
static long
nice_max(long v)
{
    long m = 1;
    while (m * 10 <= v)
        m *= 10;
    return v <= m ? m : v <= 2 * m ? 2 * m : v <= 5 * m ? 5 * m : 10 * m;
}

/* Horizontal bars: one row per item, a label on the left, the bar, the value
 * written after it.  value_max: the full width's value. */
struct bar {
    const char *label, *tip, *value;
    double v;
};

static void
bars(struct hl_buf *b, const char *id, const char *caption, const struct bar *items, size_t n,
     double value_max, const char *fill)
{
    const int w = 640, left = 190, right = 60, row = 24, top = 8;
    int h = top * 2 + (int)(n ? n : 1) * row;
    hl_buf_printf(b, "<figure id=\"%s\"><figcaption>", id);
    hl_html_page_esc(b, caption);
    hl_buf_printf(b,
                  "</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                  "role=\"img\" aria-label=\"",
                  w, h);
    hl_html_page_esc(b, caption);
    hl_buf_puts(b, "\">\n");
    if (n == 0)
        hl_buf_printf(b, "<text x=\"%d\" y=\"%d\">Không có số liệu</text>\n", left, top + 16);
    double span = w - left - right;
    for (size_t i = 0; i < n; i++) {
        int y = top + (int)i * row;
        double bw = value_max > 0 ? span * items[i].v / value_max : 0;
        if (bw < 0)
            bw = 0;
        hl_buf_printf(b, "<g><title>");
        hl_html_page_esc(b, items[i].tip ? items[i].tip : items[i].label);
        hl_buf_printf(b, ": ");
        hl_html_page_esc(b, items[i].value);
        hl_buf_printf(b, "</title><text x=\"%d\" y=\"%d\" text-anchor=\"end\">", left - 6, y + 16);
        hl_html_page_esc(b, items[i].label);
        hl_buf_printf(b,
                      "</text><rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>"
                      "<text x=\"%.1f\" y=\"%d\">",
                      left, y + 4, bw, row - 8, fill, left + bw + 4, y + 16);
        hl_html_page_esc(b, items[i].value);
        hl_buf_puts(b, "</text></g>\n");
    }
    hl_buf_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#5b6472\"/>\n", left,
                  top, left, h - top);
    hl_buf_puts(b, "</svg></figure>\n");
}

/* Received per week as a line, each point labelled with its Monday. */
static void
weeks_chart(struct hl_buf *b, const struct hl_report *r)
{
    const int w = 640, h = 240, left = 44, right = 36, top = 16, bottom = 40;
    long max = 0;
    for (size_t i = 0; i < r->n_weeks; i++)
        if (r->weeks[i].received > max)
            max = r->weeks[i].received;
    long ymax = nice_max(max > 0 ? max : 1);
    double pw = w - left - right, ph = h - top - bottom;
    const char *cap = "Số phản ánh tiếp nhận theo tuần (tuần bắt đầu thứ Hai)";
    hl_buf_printf(b, "<figure id=\"bieu-do-tuan\"><figcaption>%s</figcaption>\n", cap);
    hl_buf_printf(b,
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" "
                  "aria-label=\"%s\">\n",
                  w, h, cap);
    /* The y axis with grid lines at whole numbers: halves of an even top,
     * ones up to 5, or just 0 and 1. */
    int steps = ymax % 2 == 0 ? 2 : ymax == 5 ? 5 : 1;
    for (int k = 0; k <= steps; k++) {
        double y = top + ph - ph * k / (double)steps;
        hl_buf_printf(b,
                      "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d5d9e0\"/>"
                      "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%ld</text>\n",
                      left, y, w - right, y, left - 6, y + 4, ymax * k / steps);
    }
    size_t n = r->n_weeks;
    struct hl_buf pts;
    hl_buf_init(&pts);
    for (size_t i = 0; i < n; i++) {
        double x = left + (n > 1 ? pw * (double)i / (double)(n - 1) : pw / 2);
        double y = top + ph - ph * (double)r->weeks[i].received / (double)ymax;
        hl_buf_printf(&pts, "%s%.1f,%.1f", i ? " " : "", x, y);
    }
    hl_buf_printf(b,
                  "<polyline points=\"%s\" fill=\"none\" stroke=\"#1f5fa8\" "
                  "stroke-width=\"2.5\"/>\n",
                  pts.data ? pts.data : "");
    hl_buf_fini(&pts);
    for (size_t i = 0; i < n; i++) {
        double x = left + (n > 1 ? pw * (double)i / (double)(n - 1) : pw / 2);
        double y = top + ph - ph * (double)r->weeks[i].received / (double)ymax;
        struct hl_sla_date d = r->weeks[i].monday;
        hl_buf_printf(b,
                      "<g><title>Tuần từ %02d/%02d/%04d: %ld</title><circle cx=\"%.1f\" "
                      "cy=\"%.1f\" r=\"4\" fill=\"#1f5fa8\"/><text x=\"%.1f\" y=\"%d\" "
                      "text-anchor=\"middle\">%02d/%02d</text></g>\n",
                      d.day, d.month, d.year, r->weeks[i].received, x, y, x, h - bottom + 18, d.day,
                      d.month);
    }
    hl_buf_puts(b, "</svg></figure>\n");
}

static void
charts(struct hl_buf *b, const struct hl_report *r)
{
    struct hl_arena a;
    hl_arena_init(&a);
    hl_buf_puts(b, "<section id=\"bieu-do\"><h2>Biểu đồ</h2>\n");
    size_t n = r->n_ranking;
    struct bar *items = hl_arena_alloc(&a, (n + r->n_topics + 1) * sizeof *items);
    for (size_t i = 0; i < n; i++) {
        const struct hl_report_unit *u = &r->units[r->ranking[i]];
        items[i] = (struct bar){u->code, u->name, hl_arena_printf(&a, "%d%%", u->cur.on_time_pct),
                                u->cur.on_time_pct};
    }
    bars(b, "bieu-do-dung-han", "Tỷ lệ trả lời đúng hạn theo đơn vị", items, n, 100, "#2e7d32");
    weeks_chart(b, r);
    long max = 0;
    for (size_t i = 0; i < r->n_topics; i++) {
        const struct hl_report_topic *t = &r->topics[i];
        items[i] = (struct bar){t->category, NULL, hl_arena_printf(&a, "%ld", t->received),
                                (double)t->received};
        if (t->received > max)
            max = t->received;
    }
    bars(b, "bieu-do-linh-vuc", "Số phản ánh theo lĩnh vực", items, r->n_topics,
         (double)nice_max(max > 0 ? max : 1), "#1f5fa8");
    hl_buf_puts(b, "</section>\n");
    hl_arena_fini(&a);
}

/* ---- tables ---- */

static void
th_row(struct hl_buf *b, const char *const *h, size_t n)
{
    hl_buf_puts(b, "<thead><tr>");
    for (size_t i = 0; i < n; i++) {
        hl_buf_puts(b, "<th scope=\"col\">");
        hl_html_page_esc(b, h[i]);
        hl_buf_puts(b, "</th>");
    }
    hl_buf_puts(b, "</tr></thead>\n");
}

static void
td_text(struct hl_buf *b, const char *s)
{
    hl_buf_puts(b, "<td class=\"t\">");
    hl_html_page_esc(b, s);
    hl_buf_puts(b, "</td>");
}

static void
td_num(struct hl_buf *b, long v)
{
    hl_buf_printf(b, "<td>%ld</td>", v);
}

static void
td_dec(struct hl_buf *b, double v)
{
    char s[32];
    hl_buf_printf(b, "<td>%s</td>", fmt_dec(s, sizeof s, v));
}

static void
td_pct(struct hl_buf *b, int v)
{
    char s[32];
    hl_buf_printf(b, "<td>%s</td>", fmt_pct(s, sizeof s, v));
}

/* A unit: its code, and its name under it in small type (names are long:
 * a column of their own squeezes the figures on a phone). */
static void
unit_cell(struct hl_buf *b, const char *code, const char *name)
{
    hl_buf_puts(b, "<td class=\"t u\">");
    hl_html_page_esc(b, code);
    if (name && *name) {
        hl_buf_puts(b, "<br><small>");
        hl_html_page_esc(b, name);
        hl_buf_puts(b, "</small>");
    }
    hl_buf_puts(b, "</td>");
}

static void
units_table(struct hl_buf *b, const struct hl_report *r)
{
    static const char *const h[] = {"Đơn vị",
                                    "Tiếp nhận",
                                    "Đã trả lời",
                                    "Đúng hạn",
                                    "Trễ hạn",
                                    "Quá hạn, chưa trả lời",
                                    "Đã giải quyết",
                                    "Đã báo cấp trên",
                                    "Chuyển đơn vị khác",
                                    "Chuyển quá 5 ngày",
                                    "Không gửi được",
                                    "Trung vị (ngày LV)",
                                    "90% trong (ngày LV)",
                                    "Tỷ lệ đúng hạn",
                                    "Tiếp nhận kỳ trước",
                                    "Đúng hạn kỳ trước"};
    hl_buf_puts(b, "<section id=\"don-vi\"><h2>Kết quả theo đơn vị</h2><div class=\"wrap\">"
                   "<table>\n");
    th_row(b, h, r->compare ? HL_NELEM(h) : HL_NELEM(h) - 2);
    hl_buf_puts(b, "<tbody>\n");
    for (size_t i = 0; i <= r->n_units; i++) {
        bool tot = i == r->n_units;
        const struct hl_report_unit *u = tot ? NULL : &r->units[i];
        const struct hl_report_figures *f = tot ? &r->total : &u->cur;
        const struct hl_report_figures *p = tot ? &r->prev_total : &u->prev;
        hl_buf_puts(b, tot ? "<tr class=\"total\">" : "<tr>");
        unit_cell(b, tot ? "Tổng cộng" : u->code, tot ? NULL : u->name);
        td_num(b, f->received);
        td_num(b, f->answered);
        td_num(b, f->on_time);
        td_num(b, f->late);
        hl_buf_printf(b, "<td%s>%ld</td>", f->overdue ? " class=\"bad\"" : "", f->overdue);
        td_num(b, f->resolved);
        td_num(b, f->escalated);
        td_num(b, f->transferred);
        td_num(b, f->transferred_late);
        td_num(b, f->undeliverable);
        td_dec(b, f->median_wd);
        td_dec(b, f->p90_wd);
        td_pct(b, f->on_time_pct);
        if (r->compare) {
            td_num(b, p->received);
            td_pct(b, p->on_time_pct);
        }
        hl_buf_puts(b, "</tr>\n");
    }
    hl_buf_puts(b, "</tbody></table></div></section>\n");
}

static void
channels_table(struct hl_buf *b, const struct hl_report *r)
{
    hl_buf_puts(b, "<section id=\"kenh\"><h2>Tiếp nhận theo kênh và loại đơn</h2>"
                   "<div class=\"wrap\"><table>\n<thead><tr><th scope=\"col\">Đơn vị</th>");
    for (int i = 0; i < HL_REPORT_N_CHANNELS; i++)
        hl_buf_printf(b, "<th scope=\"col\">%s</th>", hl_report_channel_vi[i]);
    for (int i = 0; i < HL_REPORT_N_KINDS; i++)
        hl_buf_printf(b, "<th scope=\"col\">%s</th>", hl_report_kind_vi[i]);
    hl_buf_puts(b, "</tr></thead><tbody>\n");
    for (size_t i = 0; i <= r->n_units; i++) {
        bool tot = i == r->n_units;
        const struct hl_report_figures *f = tot ? &r->total : &r->units[i].cur;
        hl_buf_puts(b, tot ? "<tr class=\"total\">" : "<tr>");
        td_text(b, tot ? "Tổng cộng" : r->units[i].code);
        for (int k = 0; k < HL_REPORT_N_CHANNELS; k++)
            td_num(b, f->by_channel[k]);
        for (int k = 0; k < HL_REPORT_N_KINDS; k++)
            td_num(b, f->by_kind[k]);
        hl_buf_puts(b, "</tr>\n");
    }
    hl_buf_puts(b, "</tbody></table></div></section>\n");
}

static void
topics_table(struct hl_buf *b, const struct hl_report *r)
{
    static const char *const h[] = {"Lĩnh vực",          "Tiếp nhận", "Đã trả lời",
                                    "Đúng hạn",          "Trễ hạn",   "Quá hạn, chưa trả lời",
                                    "Tiếp nhận kỳ trước"};
    hl_buf_puts(b, "<section id=\"linh-vuc\"><h2>Theo lĩnh vực</h2><div class=\"wrap\"><table>\n");
    th_row(b, h, r->compare ? HL_NELEM(h) : HL_NELEM(h) - 1);
    hl_buf_puts(b, "<tbody>\n");
    for (size_t i = 0; i < r->n_topics; i++) {
        const struct hl_report_topic *t = &r->topics[i];
        hl_buf_puts(b, "<tr>");
        td_text(b, t->category);
        td_num(b, t->received);
        td_num(b, t->answered);
        td_num(b, t->on_time);
        td_num(b, t->late);
        td_num(b, t->overdue);
        if (r->compare)
            td_num(b, t->prev_received);
        hl_buf_puts(b, "</tr>\n");
    }
    hl_buf_puts(b, "</tbody></table></div></section>\n");

    static const char *const hh[] = {"Lĩnh vực", "Thứ hạng", "Phường, xã", "Số phản ánh"};
    hl_buf_puts(b, "<section id=\"diem-nong\"><h2>Điểm nóng: phường, xã có nhiều phản ánh nhất "
                   "theo lĩnh vực</h2><div class=\"wrap\"><table>\n");
    th_row(b, hh, HL_NELEM(hh));
    hl_buf_puts(b, "<tbody>\n");
    for (size_t i = 0; i < r->n_hotspots; i++) {
        const struct hl_report_hotspot *x = &r->hotspots[i];
        hl_buf_puts(b, "<tr>");
        td_text(b, x->category);
        td_num(b, x->rank);
        td_text(b, x->ward_name);
        td_num(b, x->n);
        hl_buf_puts(b, "</tr>\n");
    }
    hl_buf_puts(b, "</tbody></table></div></section>\n");
}

static void
ranking_table(struct hl_buf *b, const struct hl_report *r)
{
    static const char *const h[] = {"Hạng",     "Đơn vị",  "Tỷ lệ đúng hạn",
                                    "Đúng hạn", "Trễ hạn", "Quá hạn, chưa trả lời"};
    hl_buf_puts(b, "<section id=\"xep-hang\"><h2>Xếp hạng đơn vị theo tỷ lệ đúng hạn</h2>"
                   "<div class=\"wrap\"><table>\n");
    th_row(b, h, HL_NELEM(h));
    hl_buf_puts(b, "<tbody>\n");
    for (size_t i = 0; i < r->n_ranking; i++) {
        const struct hl_report_unit *u = &r->units[r->ranking[i]];
        hl_buf_printf(b, "<tr><td class=\"t\">%zu</td>", i + 1);
        unit_cell(b, u->code, u->name);
        td_pct(b, u->cur.on_time_pct);
        td_num(b, u->cur.on_time);
        td_num(b, u->cur.late);
        td_num(b, u->cur.overdue);
        hl_buf_puts(b, "</tr>\n");
    }
    hl_buf_puts(b, "</tbody></table></div></section>\n");
}

static void
overdue_table(struct hl_buf *b, const struct hl_report *r)
{
    static const char *const h[] = {"Mã hồ sơ",       "Đơn vị",           "Lĩnh vực",
                                    "Tiêu đề",        "Tiếp nhận",        "Hạn trả lời",
                                    "Tuổi (ngày LV)", "Quá hạn (ngày LV)"};
    hl_buf_printf(b,
                  "<section id=\"qua-han\"><h2>Danh sách phản ánh quá hạn chưa trả lời (%zu)"
                  "</h2><div class=\"wrap\"><table>\n",
                  r->n_overdue);
    th_row(b, h, HL_NELEM(h));
    hl_buf_puts(b, "<tbody>\n");
    for (size_t i = 0; i < r->n_overdue; i++) {
        const struct hl_report_overdue *o = &r->overdue[i];
        char t0[32], t1[32];
        struct hl_sla_date d0 = hl_sla_local_date(o->created_at), d1 = hl_sla_local_date(o->due_at);
        hl_buf_puts(b, "<tr>");
        td_text(b, o->code);
        td_text(b, o->unit);
        td_text(b, o->category);
        td_text(b, o->subject);
        td_text(b, hl_report_ddmmyyyy(d0, t0, sizeof t0));
        td_text(b, hl_report_ddmmyyyy(d1, t1, sizeof t1));
        td_num(b, o->age_wd);
        hl_buf_printf(b, "<td class=\"bad\">%d</td></tr>\n", o->late_wd);
    }
    hl_buf_puts(b, "</tbody></table></div></section>\n");
}

void
hl_report_write_html(const struct hl_report *r, const char *title, struct hl_buf *b)
{
    char now[32];
    struct hl_buf t;
    hl_buf_init(&t);
    hl_buf_puts(&t, "Báo cáo tiếp nhận, xử lý phản ánh, kiến nghị ");
    period(&t, r->from, r->to);
    hl_html_page_open(b, t.data, style);
    hl_buf_fini(&t);
    hl_buf_puts(b, "<header>\n");
    hl_buf_puts(b, "<h1>Báo cáo tiếp nhận, xử lý phản ánh, kiến nghị</h1>\n<p>");
    hl_html_page_esc(b, title ? title : "Toàn thành phố");
    if (r->root && r->rollup)
        hl_buf_puts(b, " và các đơn vị trực thuộc");
    hl_buf_puts(b, "</p>\n<p class=\"muted\">Kỳ báo cáo: ");
    period(b, r->from, r->to);
    if (r->compare) {
        hl_buf_puts(b, "; so sánh với kỳ trước: ");
        period(b, r->prev_from, r->prev_to);
    }
    hl_buf_printf(b, ". Số liệu quá hạn tính đến %s (giờ Việt Nam).</p>\n</header>\n",
                  hl_report_local_time(r->now, now, sizeof now));
    summary(b, r);
    charts(b, r);
    units_table(b, r);
    channels_table(b, r);
    topics_table(b, r);
    ranking_table(b, r);
    overdue_table(b, r);
    hl_buf_puts(b,
                "<footer class=\"muted\"><h2>Cách tính</h2><p>Tiếp nhận: phản ánh nhận trong kỳ, "
                "tính cho đơn vị đang chịu trách nhiệm (không tính thư rác). Đúng hạn / trễ hạn: "
                "trả lời lần đầu trước / sau hạn trả lời. Quá hạn, chưa trả lời: chưa trả lời, "
                "chưa giải quyết xong, đã qua hạn tại thời điểm lập báo cáo. Tỷ lệ đúng hạn = "
                "đúng hạn / (đúng hạn + trễ hạn + quá hạn). Ngày LV: ngày làm việc theo lịch "
                "nghỉ lễ. Chuyển quá 5 ngày: chuyển đơn vị sau thời hạn 5 ngày làm việc. Báo cáo "
                "do hệ thống hotline lập.</p></footer>\n");
    hl_html_page_close(b);
}
