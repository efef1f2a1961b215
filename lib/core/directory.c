/*
 * directory: see directory.h.  Units are laid out as a tree: a section per
 * unit that has units under it (the unit first, then those directly under
 * it); a unit whose parent is unknown or retired stands at the top.
 */
#include "directory.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "html_page.h"
#include "units.h"

static const char *
kind_vi(const char *kind)
{
    static const char *const k[][2] = {
        {"city", "Thành phố"},       {"department", "Sở, ban, ngành"},
        {"district", "Quận, huyện"}, {"commune", "Xã, phường"},
        {"ward", "Phường"},          {"other", "Khác"},
    };
    for (size_t i = 0; kind && i < HL_NELEM(k); i++)
        if (strcmp(kind, k[i][0]) == 0)
            return k[i][1];
    return "Khác";
}

struct tree {
    const struct hl_unit_cfg *units;
    size_t n;
    const struct hl_unit_cfg **order; /* active units, depth first */
    int *depth;
    size_t n_order;
};

static const struct hl_unit_cfg *
active_parent(const struct tree *t, const struct hl_unit_cfg *u)
{
    const struct hl_unit_cfg *p = hl_units_find(t->units, t->n, u->parent);
    return p && !p->retired ? p : NULL;
}

static void
visit(struct tree *t, const struct hl_unit_cfg *u, int depth)
{
    if (depth > 32) /* a loop in the parents: the checks prevent it, stop anyway */
        return;
    t->order[t->n_order] = u;
    t->depth[t->n_order++] = depth;
    for (size_t i = 0; i < t->n; i++) {
        const struct hl_unit_cfg *c = &t->units[i];
        if (!c->retired && active_parent(t, c) == u)
            visit(t, c, depth + 1);
    }
}

static void
tree_init(struct tree *t, const struct hl_unit_cfg *units, size_t n)
{
    t->units = units;
    t->n = n;
    t->order = hl_xcalloc(n + 1, sizeof *t->order);
    t->depth = hl_xcalloc(n + 1, sizeof *t->depth);
    t->n_order = 0;
    for (size_t i = 0; i < n; i++)
        if (!units[i].retired && active_parent(t, &units[i]) == NULL)
            visit(t, &units[i], 0);
}

static bool
has_children(const struct tree *t, const struct hl_unit_cfg *u)
{
    for (size_t i = 0; i < t->n; i++)
        if (!t->units[i].retired && active_parent(t, &t->units[i]) == u)
            return true;
    return false;
}

static void
date_vi(int64_t now, char *buf, size_t cap)
{
    time_t t = (time_t)now + 7 * 3600; /* Viet Nam, UTC+7 all year */
    struct tm tm;
    gmtime_r(&t, &tm);
    snprintf(buf, cap, "%02d/%02d/%04d", tm.tm_mday, tm.tm_mon + 1, tm.tm_year + 1900);
}

/* ---- HTML ---------------------------------------------------------------- */

static const char css[] =
    "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",Arial,"
    "sans-serif;margin:0 auto;max-width:72rem;padding:1rem;line-height:1.5;color:#1a1a1a;"
    "background:#fff}"
    "h1{font-size:1.6rem;margin:.2rem 0 .5rem}h2{font-size:1.25rem;margin:1.8rem 0 .4rem;"
    "border-bottom:2px solid #b3261e;padding-bottom:.2rem}"
    "p.note{color:#444;margin:.2rem 0}"
    "table{border-collapse:collapse;width:100%}caption{text-align:left;color:#444;"
    "padding:.2rem 0}"
    "th,td{border:1px solid #ccc;padding:.45rem .55rem;text-align:left;vertical-align:top}"
    "thead th{background:#f3f3f3}tbody th{font-weight:600}"
    "a{color:#0b57d0;text-decoration:underline}a:focus{outline:3px solid #f9ab00}"
    ".sub th{padding-left:1.6rem}"
    ".skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff}"
    "a.tel{white-space:nowrap}"
    "@media (max-width:40rem){table,thead,tbody,tr,th,td,caption{display:block}thead{position:"
    "absolute;left:-9999px}tr{border:1px solid #ccc;margin:0 0 .8rem;padding:.3rem}"
    "th,td{border:0;padding:.2rem .3rem}.sub th{padding-left:.3rem}"
    "td::before{content:attr(data-label) \": \";font-weight:600}}"
    "@media print{body{max-width:none;padding:0;font-size:10pt}a{color:#000;"
    "text-decoration:none}h2{break-after:avoid}tr{break-inside:avoid}.skip{display:none}"
    "@page{size:A4;margin:15mm}}";

static void
phone_cell(struct hl_buf *b, const char *phone)
{
    hl_buf_puts(b, "<td data-label=\"Đường dây nóng\">");
    if (phone && *phone) {
        hl_buf_puts(b, "<a class=\"tel\" href=\"tel:");
        for (const char *p = phone; *p; p++)
            if ((*p >= '0' && *p <= '9') || *p == '+')
                hl_buf_putc(b, *p);
        hl_buf_puts(b, "\">");
        hl_html_page_esc(b, phone);
        hl_buf_puts(b, "</a>");
    } else {
        hl_buf_puts(b, "<span aria-label=\"không có\">—</span>");
    }
    hl_buf_puts(b, "</td>");
}

static void
text_cell(struct hl_buf *b, const char *label, const char *v)
{
    hl_buf_printf(b, "<td data-label=\"%s\">", label);
    if (v && *v)
        hl_html_page_esc(b, v);
    else
        hl_buf_puts(b, "<span aria-label=\"không có\">—</span>");
    hl_buf_puts(b, "</td>");
}

static void
html_row(struct hl_buf *b, const struct hl_unit_cfg *u, bool sub)
{
    hl_buf_printf(b, "<tr%s><th scope=\"row\" id=\"u-%s\">", sub ? " class=\"sub\"" : "", u->code);
    hl_html_page_esc(b, u->name);
    hl_buf_puts(b, "</th>");
    phone_cell(b, u->hotline_phone);
    hl_buf_puts(b, "<td data-label=\"Thư điện tử\">");
    if (u->feedback_email) {
        hl_buf_puts(b, "<a href=\"mailto:");
        hl_html_page_esc(b, u->feedback_email);
        hl_buf_puts(b, "\">");
        hl_html_page_esc(b, u->feedback_email);
        hl_buf_puts(b, "</a>");
    } else {
        hl_buf_puts(b, "<span aria-label=\"không có\">—</span>");
    }
    hl_buf_puts(b, "</td>");
    text_cell(b, "Địa chỉ", u->address);
    text_cell(b, "Hòm thư góp ý", u->feedback_box);
    hl_buf_puts(b, "</tr>\n");
}

static void
html_table(struct hl_buf *b, const struct tree *t, const struct hl_unit_cfg *head)
{
    hl_buf_printf(b, "<section aria-labelledby=\"h-%s\">\n<h2 id=\"h-%s\">", head->code,
                  head->code);
    hl_html_page_esc(b, head->name);
    hl_buf_puts(b, "</h2>\n");
    const struct hl_unit_cfg *p = active_parent(t, head);
    if (p) {
        hl_buf_puts(b, "<p class=\"note\">Trực thuộc: <a href=\"#h-");
        hl_html_page_esc(b, p->code);
        hl_buf_puts(b, "\">");
        hl_html_page_esc(b, p->name);
        hl_buf_puts(b, "</a></p>\n");
    }
    hl_buf_puts(b, "<table>\n<caption>");
    hl_html_page_esc(b, head->name);
    hl_buf_puts(b, " và các đơn vị trực thuộc</caption>\n"
                   "<thead><tr><th scope=\"col\">Đơn vị</th><th scope=\"col\">Đường dây nóng"
                   "</th><th scope=\"col\">Thư điện tử tiếp nhận phản ánh</th><th scope=\"col\">"
                   "Địa chỉ</th><th scope=\"col\">Hòm thư góp ý</th></tr></thead>\n<tbody>\n");
    html_row(b, head, false);
    for (size_t i = 0; i < t->n_order; i++)
        if (active_parent(t, t->order[i]) == head)
            html_row(b, t->order[i], true);
    hl_buf_puts(b, "</tbody>\n</table>\n</section>\n");
}

static void
render_html(struct hl_buf *b, const struct tree *t, int64_t now)
{
    char date[32];
    date_vi(now, date, sizeof date);
    hl_html_page_open(b, "Danh bạ đường dây nóng và địa chỉ tiếp nhận phản ánh, kiến nghị", css);
    hl_buf_puts(b, "<a class=\"skip\" href=\"#noi-dung\">Bỏ qua, "
                   "đến danh bạ</a>\n<header>\n<h1>Danh bạ đường dây nóng và địa chỉ tiếp nhận "
                   "phản ánh, kiến nghị</h1>\n");
    hl_buf_printf(b,
                  "<p class=\"note\">Cập nhật ngày %s. Người dân, doanh nghiệp gửi phản ánh, "
                  "kiến nghị đến thư điện tử của đơn vị, gọi đường dây nóng, hoặc bỏ thư vào hòm "
                  "thư góp ý. Mỗi phản ánh được cấp một mã hồ sơ để tra cứu.</p>\n",
                  date);
    size_t n_active = t->n_order;
    hl_buf_printf(b, "<p class=\"note\">%zu đơn vị.</p>\n</header>\n<main id=\"noi-dung\">\n",
                  n_active);
    for (size_t i = 0; i < t->n_order; i++) {
        const struct hl_unit_cfg *u = t->order[i];
        if (has_children(t, u) || active_parent(t, u) == NULL)
            html_table(b, t, u);
    }
    hl_buf_puts(b, "</main>\n");
    hl_html_page_close(b);
}

/* ---- CSV ----------------------------------------------------------------- */

static void
csv_field(struct hl_buf *b, const char *v, bool last)
{
    v = v ? v : "";
    /* A leading = + - @ would be a formula in Excel: quoted and prefixed. */
    bool formula = strchr("=+-@", v[0]) && v[0] != '\0' && !(v[0] == '+' && v[1] >= '0');
    if (strpbrk(v, ",\"\r\n") || formula) {
        hl_buf_putc(b, '"');
        if (formula)
            hl_buf_putc(b, '\'');
        for (const char *p = v; *p; p++) {
            if (*p == '"')
                hl_buf_putc(b, '"');
            hl_buf_putc(b, *p);
        }
        hl_buf_putc(b, '"');
    } else {
        hl_buf_puts(b, v);
    }
    hl_buf_puts(b, last ? "\r\n" : ",");
}

static void
render_csv(struct hl_buf *b, const struct tree *t)
{
    hl_buf_puts(b, "\xEF\xBB\xBF");
    hl_buf_puts(b, "Mã đơn vị,Tên đơn vị,Đơn vị cấp trên,Loại,Đường dây nóng,Thư điện tử,"
                   "Địa chỉ,Hòm thư góp ý\r\n");
    for (size_t i = 0; i < t->n_order; i++) {
        const struct hl_unit_cfg *u = t->order[i];
        const struct hl_unit_cfg *p = active_parent(t, u);
        csv_field(b, u->code, false);
        csv_field(b, u->name, false);
        csv_field(b, p ? p->name : "", false);
        csv_field(b, kind_vi(u->kind), false);
        csv_field(b, u->hotline_phone, false);
        csv_field(b, u->feedback_email, false);
        csv_field(b, u->address, false);
        csv_field(b, u->feedback_box, true);
    }
}

/* ---- JSON ---------------------------------------------------------------- */

static void
json_kv(struct hl_buf *b, const char *k, const char *v, bool first)
{
    hl_buf_printf(b, "%s\"%s\": ", first ? "" : ", ", k);
    hl_buf_json_str(b, v);
}

static void
render_json(struct hl_buf *b, const struct tree *t, int64_t now)
{
    char date[32];
    date_vi(now, date, sizeof date);
    hl_buf_printf(b, "{\"as_of\": \"%.4s-%.2s-%.2s\", \"units\": [", date + 6, date + 3, date);
    for (size_t i = 0; i < t->n_order; i++) {
        const struct hl_unit_cfg *u = t->order[i];
        const struct hl_unit_cfg *p = active_parent(t, u);
        hl_buf_puts(b, i ? ",\n  {" : "\n  {");
        json_kv(b, "code", u->code, true);
        json_kv(b, "name", u->name, false);
        json_kv(b, "parent", p ? p->code : NULL, false);
        json_kv(b, "parent_name", p ? p->name : NULL, false);
        json_kv(b, "kind", u->kind, false);
        json_kv(b, "kind_vi", kind_vi(u->kind), false);
        json_kv(b, "hotline_phone", u->hotline_phone, false);
        json_kv(b, "feedback_email", u->feedback_email, false);
        json_kv(b, "address", u->address, false);
        json_kv(b, "feedback_box", u->feedback_box, false);
        hl_buf_printf(b, ", \"depth\": %d}", t->depth[i]);
    }
    hl_buf_puts(b, t->n_order ? "\n]}\n" : "]}\n");
}

void
hl_directory_render(struct hl_buf *b, const struct hl_unit_cfg *units, size_t n,
                    enum hl_directory_format format, int64_t now)
{
    struct tree t;
    tree_init(&t, units, n);
    if (format == HL_DIRECTORY_HTML)
        render_html(b, &t, now);
    else if (format == HL_DIRECTORY_CSV)
        render_csv(b, &t);
    else
        render_json(b, &t, now);
    free(t.order);
    free(t.depth);
}
