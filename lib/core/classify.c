/* classify: see classify.h. */
#include "classify.h"

#include <stdlib.h>
#include <string.h>

#include "kind.h"

/* The rules' named captures ("key=value") as one JSON object. */
static void
json_obj_of_pairs(struct hl_buf *b, const char **pairs, size_t n)
{
    hl_buf_putc(b, '{');
    for (size_t i = 0; i < n; i++) {
        const char *eq = strchr(pairs[i], '=');
        if (eq == NULL)
            continue;
        char *key = hl_xstrndup(pairs[i], (size_t)(eq - pairs[i]));
        if (b->len > 1)
            hl_buf_putc(b, ',');
        hl_buf_json_str(b, key);
        hl_buf_putc(b, ':');
        hl_buf_json_str(b, eq + 1);
        free(key);
    }
    hl_buf_putc(b, '}');
}

int
hl_classify_apply(const struct hl_config *cfg, const struct hl_rules *rules,
                  const struct hl_sla_calendar *calendar, const struct hl_message *msg,
                  const char *mailbox_unit, int64_t received_at, struct hl_arena *a,
                  struct hl_class *out)
{
    struct hl_verdict v;
    if (hl_rules_classify(rules, msg, mailbox_unit, a, &v) < 0)
        return -1;
    out->category = v.category;
    out->unit = v.unit;
    out->priority = v.priority;
    out->tags = v.tags;
    out->n_tags = v.n_tags;
    out->deadline_days = v.deadline_days;
    out->no_ack |= v.no_ack;
    out->spam = v.spam;
    out->limit_hit = v.limit_hit;
    out->trace_json = v.trace_json ? v.trace_json : "[]";
    struct hl_buf f;
    hl_buf_init(&f);
    json_obj_of_pairs(&f, v.fields, v.n_fields);
    out->fields_json = hl_arena_strdup(a, f.data);
    hl_buf_fini(&f);
    /* The deadline is counted in working days from receipt. */
    int days = v.deadline_days;
    const struct hl_category *cat = hl_rules_category(rules, v.category);
    if (days < 0 && cat)
        days = cat->deadline_days;
    if (days >= 0 && calendar)
        out->due_at = hl_sla_due(calendar, received_at, days);
    if (calendar)
        out->transfer_due_at = hl_sla_due(calendar, received_at, cfg->transfer_days);
    /* Complaints and denunciations: their handler, and the law's own limit
     * in calendar days (kind.h). */
    struct hl_kind_route kr;
    hl_kind_route(cfg, v.kind, v.accused, mailbox_unit, v.unit, msg->from.address, &kr);
    out->kind = kr.kind;
    out->accused_unit = kr.accused;
    out->unit = kr.unit;
    out->legal_basis = kr.legal_basis;
    out->review = kr.review;
    if (kr.deadline_days > 0)
        out->due_at = received_at + (int64_t)kr.deadline_days * 86400;
    if (v.spam && out->no_case == NULL) {
        out->no_case = "spam";
        out->no_case_reason = "a rule marked it as spam";
    }
    return 0;
}
