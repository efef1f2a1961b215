/*
 * export: the writers of export.h (JSON and CSV).
 */
#include "export.h"

#include <string.h>

#include "report.h"

static const char *const fmt_name = "hotline-pakn-export";

const char *
hl_export_status_vi(const char *status)
{
    if (status && strcmp(status, "answered") == 0)
        return "Đã trả lời";
    if (status && strcmp(status, "resolved") == 0)
        return "Đã giải quyết";
    return "Đang xử lý";
}

/* ISO 8601 in Viet Nam time: "2026-11-02T09:00:00+07:00". */
static const char *
iso_time(int64_t t, char *out, size_t n)
{
    struct hl_sla_date d = hl_sla_local_date(t);
    int64_t s = (t + HL_SLA_UTC_OFFSET_S) % 86400;
    if (s < 0)
        s += 86400;
    snprintf(out, n, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", d.year, d.month, d.day, (int)(s / 3600),
             (int)(s % 3600 / 60), (int)(s % 60));
    return out;
}

void
hl_export_fini(struct hl_export *x)
{
    hl_arena_fini(&x->arena);
    memset(x, 0, sizeof *x);
}

static void
key(struct hl_buf *b, const char *k, const char *v)
{
    hl_buf_printf(b, ", \"%s\": ", k);
    hl_buf_json_str(b, v);
}

static void
unit(struct hl_buf *b, const char *k, const char *code, const char *name)
{
    hl_buf_printf(b, ", \"%s\": {\"code\": ", k);
    hl_buf_json_str(b, code);
    hl_buf_puts(b, ", \"name\": ");
    hl_buf_json_str(b, name);
    hl_buf_putc(b, '}');
}

void
hl_export_write_json(const struct hl_export *x, struct hl_buf *b)
{
    char d0[16], d1[16], t[40];
    hl_buf_printf(b,
                  "{\"format\": \"%s\", \"version\": %d, \"status\": \"proposal\", "
                  "\"from\": \"%s\", \"to\": \"%s\", \"timezone\": \"Asia/Ho_Chi_Minh\", "
                  "\"generated_at\": \"%s\", \"cases\": [",
                  fmt_name, HL_EXPORT_FORMAT_VERSION, hl_report_iso(x->from, d0, sizeof d0),
                  hl_report_iso(x->to, d1, sizeof d1), iso_time(x->generated_at, t, sizeof t));
    for (size_t i = 0; i < x->n_cases; i++) {
        const struct hl_export_case *k = &x->cases[i];
        hl_buf_puts(b, i ? ",\n  {\"case_code\": " : "\n  {\"case_code\": ");
        hl_buf_json_str(b, k->code);
        key(b, "received_at", iso_time(k->received_at, t, sizeof t));
        key(b, "channel", k->channel);
        key(b, "kind", k->kind);
        if (strcmp(k->kind, "denunciation") != 0) {
            hl_buf_puts(b, ", \"sender\": {\"name\": ");
            hl_buf_json_str(b, k->sender_name);
            key(b, "email", k->sender_email);
            key(b, "phone", k->sender_phone);
            key(b, "address", k->sender_address);
            hl_buf_putc(b, '}');
        }
        key(b, "title", k->title);
        key(b, "content", k->content ? k->content : "");
        key(b, "field", k->field);
        unit(b, "receiving_unit", k->receiving_unit, k->receiving_unit_name);
        unit(b, "responsible_unit", k->responsible_unit, k->responsible_unit_name);
        key(b, "status", k->status);
        key(b, "status_label", hl_export_status_vi(k->status));
        if (k->answered_at) {
            hl_buf_puts(b, ", \"answer\": {\"text\": ");
            hl_buf_json_str(b, k->answer_text);
            key(b, "answered_at", iso_time(k->answered_at, t, sizeof t));
            hl_buf_putc(b, '}');
        } else {
            hl_buf_puts(b, ", \"answer\": null");
        }
        hl_buf_printf(b, ", \"published\": %s}", k->published ? "true" : "false");
    }
    hl_buf_puts(b, "\n]}\n");
}

void
hl_export_write_csv(const struct hl_export *x, struct hl_buf *b)
{
    static const char *const head[] = {"case_code",
                                       "received_at",
                                       "channel",
                                       "kind",
                                       "sender_name",
                                       "sender_email",
                                       "sender_phone",
                                       "sender_address",
                                       "title",
                                       "content",
                                       "field",
                                       "receiving_unit",
                                       "receiving_unit_name",
                                       "responsible_unit",
                                       "responsible_unit_name",
                                       "status",
                                       "status_label",
                                       "answer_text",
                                       "answered_at",
                                       "published"};
    hl_buf_puts(b, "\xEF\xBB\xBF");
    for (size_t i = 0; i < HL_NELEM(head); i++)
        hl_buf_printf(b, "%s%s", i ? "," : "", head[i]);
    hl_buf_puts(b, "\r\n");
    char t[40];
    for (size_t i = 0; i < x->n_cases; i++) {
        const struct hl_export_case *k = &x->cases[i];
        const char *cells[HL_NELEM(head)] = {
            k->code,
            NULL, /* received_at, below */
            k->channel,
            k->kind,
            k->sender_name,
            k->sender_email,
            k->sender_phone,
            k->sender_address,
            k->title,
            k->content,
            k->field,
            k->receiving_unit,
            k->receiving_unit_name,
            k->responsible_unit,
            k->responsible_unit_name,
            k->status,
            hl_export_status_vi(k->status),
            k->answer_text,
            NULL, /* answered_at */
            k->published ? "true" : "false",
        };
        for (size_t c = 0; c < HL_NELEM(head); c++) {
            if (c)
                hl_buf_putc(b, ',');
            if (c == 1)
                hl_buf_puts(b, iso_time(k->received_at, t, sizeof t));
            else if (c == 18)
                hl_buf_puts(b, k->answered_at ? iso_time(k->answered_at, t, sizeof t) : "");
            else
                hl_report_csv_field(b, cells[c], true);
        }
        hl_buf_puts(b, "\r\n");
    }
}
