/* classify: see classify.h. */
#include "classify.h"

#include <stdlib.h>
#include <string.h>

#include "clerkcmd.h"
#include "dsn.h"
#include "kind.h"
#include "status.h"
#include "thread.h"

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

/* Machine-written mail (auto-replies, bounces, list mail, loops) is kept
 * but opens no case; a human message that must not be answered (two From
 * headers, a From without an address) opens a case without acknowledgement. */
static void
screen_machine_mail(const struct hl_classify_ctx *cx, const struct hl_message *msg,
                    const char *mailbox_unit, struct hl_arena *a, struct hl_class *out)
{
    struct hl_autoreply_verdict v;
    enum hl_autoreply_check c = hl_autoreply_check(msg, cx->autoreply, &v);
    const char *kind = NULL;
    switch (c) {
    case HL_AR_OK:
    case HL_AR_AMBIGUOUS_SENDER:
        break;
    case HL_AR_NULL_SENDER:
        /* an empty envelope sender with a From address is a bounce; a From
         * with no address at all is a person's broken mail client */
        if (msg->from.address != NULL)
            kind = "bounce";
        break;
    case HL_AR_REPORT:
        kind = "bounce";
        break;
    case HL_AR_PRECEDENCE:
    case HL_AR_MAILING_LIST:
        kind = "list";
        break;
    case HL_AR_SPAM_VERDICT:
        kind = "spam";
        break;
    default:
        kind = "auto_reply";
        break;
    }
    /* A bounce of mail we sent names its outbox row: the case learns that
     * the citizen's (or a clerk's) address does not work. */
    struct hl_dsn dsn;
    bool is_dsn =
        c != HL_AR_OK && c != HL_AR_OWN_LOOP &&
        hl_dsn_read_keyed(msg, cx->mail_domains, cx->n_mail_domains, cx->bounce_key, &dsn);
    const char *untrusted = NULL;
    if (is_dsn && dsn.outbox_id == 0 && dsn.untrusted_id > 0) {
        /* Forged, or a bounce of mail sent before the key was set: kept as
         * a bounce without a case, and the case it names is not touched. */
        kind = "bounce";
        untrusted = hl_arena_printf(a,
                                    "bounce names outbox row %lld by its %s without a valid "
                                    "signature: not trusted",
                                    (long long)dsn.untrusted_id, dsn.untrusted_how);
        hl_warn("mbox=%s: %s", mailbox_unit ? mailbox_unit : "-", untrusted);
    }
    if (is_dsn && dsn.outbox_id > 0) {
        kind = "bounce";
        out->bounce_outbox_id = dsn.outbox_id;
        out->bounce_permanent = dsn.permanent;
        out->bounce_detail =
            hl_arena_printf(a, "%s%s%s%s%s (found by %s)", dsn.status[0] ? dsn.status : dsn.action,
                            dsn.recipient[0] ? " " : "", dsn.recipient,
                            dsn.diagnostic[0] ? ": " : "", dsn.diagnostic, dsn.how);
    }
    if (c != HL_AR_OK) {
        out->no_ack = true;
        out->no_ack_reason = hl_arena_printf(a, "%s: %s", hl_autoreply_check_name(c), v.reason);
    }
    if (kind && out->no_case == NULL) {
        out->no_case = kind;
        out->no_case_reason = untrusted ? untrusted : out->no_ack_reason;
    }
}

int
hl_classify(const struct hl_classify_ctx *cx, int64_t now, const struct hl_message *msg,
            const char *mailbox_unit, struct hl_arena *a, struct hl_class *out,
            struct hl_verdict *verdict_out)
{
    if (cx->autoreply)
        screen_machine_mail(cx, msg, mailbox_unit, a, out);
    /* A citizen asking how their case stands opens nothing and joins
     * nothing: the status pass answers it (status.h).  Never machine mail,
     * and only for mail (a context that screens). */
    char code[HL_CASE_CODE_MAX];
    if (cx->autoreply && cx->config && out->no_case == NULL && !out->no_ack &&
        hl_status_is_query(msg->subject, msg->text, msg->n_atts > 0, cx->config->case_prefix, code,
                           sizeof code)) {
        out->no_case = "status_query";
        out->no_case_reason = hl_arena_strdup(a, code);
        out->no_ack = true;
        out->no_ack_reason = "a status question is answered by the status pass";
        return 0;
    }
    out->clerk_command = hl_clerkcmd_name(hl_clerkcmd_parse(msg->text, NULL));
    struct hl_verdict v;
    int rc = hl_rules_classify(cx->rules, msg, mailbox_unit, a, &v);
    if (verdict_out)
        *verdict_out = v;
    if (rc == 0) {
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
        const struct hl_category *cat = hl_rules_category(cx->rules, v.category);
        if (days < 0 && cat)
            days = cat->deadline_days;
        if (days >= 0 && cx->calendar)
            out->due_at = hl_sla_due(cx->calendar, now, days);
        if (cx->calendar && cx->config)
            out->transfer_due_at = hl_sla_due(cx->calendar, now, cx->config->transfer_days);
        /* Complaints and denunciations: their handler, and the law's own
         * limit in calendar days (kind.h). */
        if (cx->config) {
            struct hl_kind_route kr;
            hl_kind_route(cx->config, v.kind, v.accused, mailbox_unit, v.unit, msg->from.address,
                          &kr);
            out->kind = kr.kind;
            out->accused_unit = kr.accused;
            out->unit = kr.unit;
            out->legal_basis = kr.legal_basis;
            out->review = kr.review;
            if (kr.deadline_days > 0)
                out->due_at = now + (int64_t)kr.deadline_days * 86400;
        }
        if (v.spam && out->no_case == NULL) {
            out->no_case = "spam";
            out->no_case_reason = "a rule marked it as spam";
        }
    }
    return rc;
}

int
hl_classify_apply(const struct hl_config *cfg, const struct hl_rules *rules,
                  const struct hl_sla_calendar *calendar, const struct hl_message *msg,
                  const char *mailbox_unit, int64_t received_at, struct hl_arena *a,
                  struct hl_class *out)
{
    struct hl_classify_ctx cx = {.rules = rules, .config = cfg, .calendar = calendar};
    int rc = hl_classify(&cx, received_at, msg, mailbox_unit, a, out, NULL);
    out->clerk_command = NULL;
    out->no_case = NULL;
    out->no_case_reason = NULL;
    return rc;
}
