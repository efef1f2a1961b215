/*
 * report_json: the report as one JSON document (hotlinectl report --format json).
 */
#include <math.h>

#include "report.h"

static void
json_num(struct hl_buf *b, double v)
{
    if (isnan(v))
        hl_buf_puts(b, "null");
    else
        hl_buf_printf(b, "%.1f", v);
}

static void
json_figures(struct hl_buf *b, const struct hl_report_figures *f)
{
    hl_buf_printf(b,
                  "\"received\": %ld, \"answered\": %ld, \"on_time\": %ld, \"late\": %ld, "
                  "\"overdue\": %ld, \"resolved\": %ld, \"escalated\": %ld, \"transferred\": %ld, "
                  "\"transferred_late\": %ld, \"flagged\": %ld, \"undeliverable\": %ld, ",
                  f->received, f->answered, f->on_time, f->late, f->overdue, f->resolved,
                  f->escalated, f->transferred, f->transferred_late, f->flagged, f->undeliverable);
    hl_buf_puts(b, "\"by_channel\": {");
    for (int i = 0; i < HL_REPORT_N_CHANNELS; i++)
        hl_buf_printf(b, "%s\"%s\": %ld", i ? ", " : "", hl_report_channels[i], f->by_channel[i]);
    hl_buf_puts(b, "}, \"by_kind\": {");
    for (int i = 0; i < HL_REPORT_N_KINDS; i++)
        hl_buf_printf(b, "%s\"%s\": %ld", i ? ", " : "", hl_report_kinds[i], f->by_kind[i]);
    hl_buf_puts(b, "}, \"median_response_h\": ");
    json_num(b, f->median_h);
    hl_buf_puts(b, ", \"median_answer_wd\": ");
    json_num(b, f->median_wd);
    hl_buf_puts(b, ", \"p90_answer_wd\": ");
    json_num(b, f->p90_wd);
    if (f->on_time_pct < 0)
        hl_buf_puts(b, ", \"on_time_pct\": null");
    else
        hl_buf_printf(b, ", \"on_time_pct\": %d", f->on_time_pct);
}

static void
json_date(struct hl_buf *b, const char *key, struct hl_sla_date d)
{
    char s[16];
    hl_buf_printf(b, "\"%s\": \"%s\"", key, hl_report_iso(d, s, sizeof s));
}

void
hl_report_write_json(const struct hl_report *r, struct hl_buf *b)
{
    char t[32];
    hl_buf_putc(b, '{');
    json_date(b, "from", r->from);
    hl_buf_puts(b, ", ");
    json_date(b, "to", r->to);
    hl_buf_printf(b, ", \"timezone\": \"Asia/Ho_Chi_Minh\", \"as_of\": \"%s\", \"unit\": ",
                  hl_report_local_time(r->now, t, sizeof t));
    hl_buf_json_str(b, r->root);
    hl_buf_printf(b, ", \"rollup\": %s", r->rollup ? "true" : "false");
    if (r->compare) {
        hl_buf_puts(b, ", \"previous\": {");
        json_date(b, "from", r->prev_from);
        hl_buf_puts(b, ", ");
        json_date(b, "to", r->prev_to);
        hl_buf_putc(b, '}');
    }
    hl_buf_puts(b, ", \"units\": [");
    for (size_t i = 0; i <= r->n_units; i++) {
        bool tot = i == r->n_units;
        const struct hl_report_unit *u = tot ? NULL : &r->units[i];
        hl_buf_puts(b, i ? ",\n  {\"unit\": " : "\n  {\"unit\": ");
        hl_buf_json_str(b, tot ? "TOTAL" : u->code);
        hl_buf_puts(b, ", \"name\": ");
        hl_buf_json_str(b, tot ? "" : u->name);
        hl_buf_puts(b, ", \"parent\": ");
        hl_buf_json_str(b, tot ? "" : u->parent);
        hl_buf_printf(b, ", \"depth\": %d, ", tot ? 0 : u->depth);
        json_figures(b, tot ? &r->total : &u->cur);
        if (r->compare) {
            hl_buf_puts(b, ", \"previous\": {");
            json_figures(b, tot ? &r->prev_total : &u->prev);
            hl_buf_putc(b, '}');
        }
        hl_buf_putc(b, '}');
    }
    hl_buf_puts(b, "\n], \"topics\": [");
    for (size_t i = 0; i < r->n_topics; i++) {
        const struct hl_report_topic *x = &r->topics[i];
        hl_buf_puts(b, i ? ",\n  {\"category\": " : "\n  {\"category\": ");
        hl_buf_json_str(b, x->category);
        hl_buf_printf(b,
                      ", \"received\": %ld, \"answered\": %ld, \"on_time\": %ld, \"late\": %ld, "
                      "\"overdue\": %ld",
                      x->received, x->answered, x->on_time, x->late, x->overdue);
        if (r->compare)
            hl_buf_printf(b, ", \"previous_received\": %ld", x->prev_received);
        hl_buf_putc(b, '}');
    }
    hl_buf_puts(b, "\n], \"hotspots\": [");
    for (size_t i = 0; i < r->n_hotspots; i++) {
        const struct hl_report_hotspot *h = &r->hotspots[i];
        hl_buf_puts(b, i ? ",\n  {\"category\": " : "\n  {\"category\": ");
        hl_buf_json_str(b, h->category);
        hl_buf_printf(b, ", \"rank\": %d, \"ward\": ", h->rank);
        hl_buf_json_str(b, h->ward);
        hl_buf_puts(b, ", \"ward_name\": ");
        hl_buf_json_str(b, h->ward_name);
        hl_buf_printf(b, ", \"cases\": %ld}", h->n);
    }
    hl_buf_puts(b, "\n], \"weeks\": [");
    for (size_t i = 0; i < r->n_weeks; i++) {
        hl_buf_puts(b, i ? ", {" : "{");
        json_date(b, "monday", r->weeks[i].monday);
        hl_buf_printf(b, ", \"received\": %ld}", r->weeks[i].received);
    }
    hl_buf_puts(b, "], \"ranking\": [");
    for (size_t i = 0; i < r->n_ranking; i++) {
        const struct hl_report_unit *u = &r->units[r->ranking[i]];
        hl_buf_printf(b, "%s{\"rank\": %zu, \"unit\": ", i ? ", " : "", i + 1);
        hl_buf_json_str(b, u->code);
        hl_buf_printf(b, ", \"on_time_pct\": %d}", u->cur.on_time_pct);
    }
    hl_buf_puts(b, "], \"overdue_cases\": [");
    for (size_t i = 0; i < r->n_overdue; i++) {
        const struct hl_report_overdue *o = &r->overdue[i];
        hl_buf_puts(b, i ? ",\n  {\"code\": " : "\n  {\"code\": ");
        hl_buf_json_str(b, o->code);
        hl_buf_puts(b, ", \"unit\": ");
        hl_buf_json_str(b, o->unit);
        hl_buf_puts(b, ", \"category\": ");
        hl_buf_json_str(b, o->category);
        hl_buf_puts(b, ", \"subject\": ");
        hl_buf_json_str(b, o->subject);
        hl_buf_printf(b, ", \"received\": \"%s\"",
                      hl_report_local_time(o->created_at, t, sizeof t));
        hl_buf_printf(b, ", \"due\": \"%s\", \"age_wd\": %d, \"late_wd\": %d}",
                      hl_report_local_time(o->due_at, t, sizeof t), o->age_wd, o->late_wd);
    }
    hl_buf_puts(b, "\n]}\n");
}
