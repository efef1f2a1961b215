/*
 * outbox: rendering, the retry policy and the pass over the store seam.  No
 * I/O of its own: the store and the mailer are passed in.
 *
 * Limits: a forward quotes at most SUMMARY_MAX_BYTES of the decoded text (the
 * whole original is attached anyway); the To header names at most
 * HL_COMPOSE_MAX_RCPT clerks (the envelope still carries every one).
 */
#include "outbox.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bounce.h"
#include "clerkcmd.h"
#include "compose.h"
#include "kind.h"
#include "metrics.h"
#include "refuse.h"
#include "register.h"
#include "reply_text.h"
#include "rules.h"
#include "sla.h"
#include "templates.h"
#include "thread.h"
#include "trust.h"

#define SUMMARY_MAX_BYTES 1500
/* What an acknowledgement may quote of the citizen's subject. */
#define ACK_SUBJECT_MAX_CHARS 120

int64_t
hl_outbox_backoff_s(int attempts, uint32_t rnd)
{
    int64_t base = HL_OUTBOX_BACKOFF_FIRST_S;
    for (int i = 1; i < attempts && base < HL_OUTBOX_BACKOFF_MAX_S; i++)
        base *= 2;
    if (base > HL_OUTBOX_BACKOFF_MAX_S)
        base = HL_OUTBOX_BACKOFF_MAX_S;
    /* Jitter only shortens the wait, so the cap stays a cap. */
    return base - (int64_t)(rnd % (uint32_t)(base / 5 + 1));
}

/* Nominal (jitter-free) time spent waiting once `attempts` attempts failed. */
static int64_t
waited_s(int attempts)
{
    int64_t sum = 0;
    for (int i = 1; i <= attempts && sum < HL_OUTBOX_GIVE_UP_S; i++)
        sum += hl_outbox_backoff_s(i, 0);
    return sum;
}

void
hl_outbox_decide(const struct hl_outbox_row *row, enum hl_send_result r, const char *reply,
                 int64_t now, uint32_t rnd, struct hl_outbox_outcome *out)
{
    memset(out, 0, sizeof *out);
    out->reply = reply ? reply : "";
    bool ack = strcmp(row->kind, "ack") == 0;
    if (r == HL_SEND_OK) {
        out->status = HL_OUTBOX_SENT;
        snprintf(out->event, sizeof out->event, "%s_sent", row->kind);
        return;
    }
    /* The give-up horizon counts attempts, not wall time since creation, so
     * that an operator's "outbox retry" (which resets attempts) buys a
     * fresh three days. */
    if (r == HL_SEND_TEMP && waited_s(row->attempts) < HL_OUTBOX_GIVE_UP_S) {
        out->status = HL_OUTBOX_PENDING;
        out->next_attempt_at = now + hl_outbox_backoff_s(row->attempts, rnd);
        return;
    }
    out->status = HL_OUTBOX_FAILED;
    out->citizen_undeliverable = ack || strcmp(row->kind, "relay") == 0;
    snprintf(out->event, sizeof out->event, "%s_failed", row->kind);
}

/* ---- rendering ---- */

static const char *
domain_of(const char *address)
{
    const char *at = address ? strrchr(address, '@') : NULL;
    return at && at[1] ? at + 1 : NULL;
}

static const char *
priority_text(int p)
{
    switch (p) {
    case HL_PRIO_LOW:
        return "Thấp";
    case HL_PRIO_HIGH:
        return "Cao";
    case HL_PRIO_URGENT:
        return "Khẩn";
    default:
        return "Bình thường";
    }
}

static const char *
date_text(struct hl_arena *a, int64_t at)
{
    if (at <= 0)
        return NULL;
    char d[16];
    hl_sla_format_date(hl_sla_local_date(at), d, sizeof d);
    return hl_arena_strdup(a, d);
}

/* The list of rule names for a forward, each once, in the order they fired. */
static const char *
rules_text(struct hl_arena *a, const char *names)
{
    struct hl_buf b;
    hl_buf_init(&b);
    const char *p = names ? names : "";
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (n > 0) {
            char *name = hl_arena_strndup(a, p, n);
            char *line = hl_arena_printf(a, "    - %s\n", name);
            if (b.len == 0 || strstr(b.data, line) == NULL)
                hl_buf_puts(&b, line);
        }
        p += n + (nl != NULL);
    }
    if (b.len == 0)
        hl_buf_puts(&b, "    (không có quy tắc nào khớp; chuyển theo hộp thư đã nhận thư)\n");
    /* The template puts its own line break after the placeholder. */
    b.data[--b.len] = '\0';
    char *out = hl_arena_strdup(a, b.data);
    hl_buf_fini(&b);
    return out;
}

/* At most max bytes of s, cut at a UTF-8 character boundary, with an ellipsis. */
static const char *
cut_text(struct hl_arena *a, const char *s, size_t max)
{
    if (s == NULL || *s == '\0')
        return NULL;
    size_t n = strlen(s);
    if (n <= max)
        return s;
    while (n > max || (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80))
        n--;
    return hl_arena_printf(a, "%.*s …", (int)n, s);
}

static const char *
one_line(struct hl_arena *a, const char *s)
{
    if (s == NULL)
        return NULL;
    size_t n = strlen(s) + 1;
    return hl_compose_sanitize(s, hl_arena_alloc(a, n), n);
}

static int
unit_or_fail(const struct hl_config *cfg, const char *code, const struct hl_unit_cfg **out,
             struct hl_err *err)
{
    *out = code ? hl_config_unit(cfg, code) : NULL;
    if (*out == NULL)
        return hl_err_set(err, HL_ERR_CONFIG, "unit %s is not configured", code ? code : "(none)");
    if (domain_of((*out)->feedback_email) == NULL)
        return hl_err_set(err, HL_ERR_CONFIG, "unit %s has no feedback_email", code);
    return 0;
}

static bool
kind_template(const char *kind, enum hl_template_kind *out)
{
    static const struct {
        const char *name;
        enum hl_template_kind tk;
    } map[] = {
        {"ack", HL_TPL_ACK},           {"forward", HL_TPL_FORWARD},
        {"reminder", HL_TPL_REMINDER}, {"escalation", HL_TPL_ESCALATION},
        {"relay", HL_TPL_RELAY},       {"transfer", HL_TPL_TRANSFER},
        {"notice", HL_TPL_NOTICE},     {"unverified", HL_TPL_UNVERIFIED},
        {"status", HL_TPL_STATUS},     {"status_notice", HL_TPL_STATUS_NOTICE},
    };
    for (size_t i = 0; i < HL_NELEM(map); i++)
        if (strcmp(kind, map[i].name) == 0) {
            *out = map[i].tk;
            return true;
        }
    return false;
}

/* The value of key in a row's "key US value RS ..." vars, or NULL. */
static const char *
row_var(struct hl_arena *a, const char *vars, const char *key)
{
    size_t klen = strlen(key);
    for (const char *p = vars; p && *p;) {
        const char *rs = strchr(p, '\x1e');
        size_t n = rs ? (size_t)(rs - p) : strlen(p);
        if (n > klen && p[klen] == '\x1f' && strncmp(p, key, klen) == 0)
            return hl_arena_strndup(a, p + klen + 1, n - klen - 1);
        p += n + (rs != NULL);
    }
    return NULL;
}

static const char *
unit_name(const struct hl_config *cfg, const char *code)
{
    const struct hl_unit_cfg *u = code ? hl_config_unit(cfg, code) : NULL;
    return u ? u->name : code;
}

static const char *
status_text(const char *status)
{
    if (status == NULL)
        return NULL;
    if (strcmp(status, "open") == 0)
        return "đang xử lý, chưa trả lời";
    if (strcmp(status, "answered") == 0)
        return "đơn vị đã trả lời";
    if (strcmp(status, "resolved") == 0)
        return "đã giải quyết xong (người dân tiếp tục có ý kiến: xem xét mở lại)";
    if (strcmp(status, "refused") == 0)
        return "không thụ lý (lý do đã được thông báo cho người gửi)";
    return status;
}

/* The clerk's answer as the citizen will read it: without the command line,
 * the quoted forward (internal routing details) and our marker. */
static const char *
answer_text(struct hl_arena *a, const char *text)
{
    const char *rest = text;
    hl_clerkcmd_parse(text, &rest);
    struct hl_buf b;
    hl_buf_init(&b);
    hl_reply_text_extract(rest ? rest : "", &b);
    const char *out = b.len ? hl_arena_strdup(a, b.data) : NULL;
    hl_buf_fini(&b);
    return out;
}

int
hl_outbox_render(const struct hl_outbox_env *env, const struct hl_outbox_row *row, int64_t now,
                 struct hl_buf *data_out, struct hl_buf *mail_from_out, struct hl_err *err)
{
    enum hl_template_kind tk;
    if (strcmp(row->kind, "refusal") == 0) {
        /* One text per reason (refuse.h): what the citizen is told differs. */
        if (!hl_refuse_template(row->refusal_reason, &tk))
            return hl_err_set(err, HL_ERR_INPUT, "refusal without a known reason");
    } else if (!kind_template(row->kind, &tk)) {
        return hl_err_set(err, HL_ERR_INPUT, "no renderer for outbox kind %s", row->kind);
    }
    bool is_refusal = tk >= HL_TPL_REFUSAL_OUTSIDE && tk <= HL_TPL_REFUSAL_NOT_FEEDBACK;
    /* An automatic answer to whoever wrote: quotes no text of theirs. */
    bool auto_reply = tk == HL_TPL_ACK || tk == HL_TPL_STATUS || tk == HL_TPL_STATUS_NOTICE;
    bool to_citizen = auto_reply || tk == HL_TPL_RELAY || is_refusal;
    if (row->case_code == NULL)
        return hl_err_set(err, HL_ERR_INPUT, "the row belongs to no case");
    if (row->n_rcpt == 0)
        return hl_err_set(err, HL_ERR_INPUT, "no recipient");

    const struct hl_unit_cfg *sender, *responsible, *received = NULL;
    if (unit_or_fail(env->cfg, row->unit_code, &sender, err) < 0 ||
        unit_or_fail(env->cfg, row->case_unit, &responsible, err) < 0)
        return -1;
    if (row->received_unit && strcmp(row->received_unit, row->case_unit) != 0)
        received = hl_config_unit(env->cfg, row->received_unit);
    /* A stranger's status question is answered by the unit they asked,
     * which says nothing of who handles the case (status.h). */
    if (tk == HL_TPL_STATUS_NOTICE) {
        responsible = sender;
        received = NULL;
    }
    const struct hl_template *tpl = hl_templates_get(env->templates, tk, row->lang);
    if (tpl == NULL)
        return hl_err_set(err, HL_ERR_CONFIG, "no %s template", row->kind);
    /* Answers must reach a mailbox we poll: the responsible unit's when it
     * has one, else the one that received the mail. */
    const struct hl_unit_cfg *reply = responsible;
    if (!reply->has_mailbox && row->received_unit) {
        const struct hl_unit_cfg *r = hl_config_unit(env->cfg, row->received_unit);
        if (r && r->has_mailbox && domain_of(r->feedback_email))
            reply = r;
    }

    const struct hl_category *cat =
        env->rules ? hl_rules_category(env->rules, row->category ? row->category : "") : NULL;
    int days = row->deadline_days >= 0 ? row->deadline_days : cat ? cat->deadline_days : -1;

    int rc = -1;
    struct hl_arena a;
    hl_arena_init(&a);
    struct hl_buf subject, body, marker, refs;
    hl_buf_init(&subject);
    hl_buf_init(&body);
    hl_buf_init(&marker);
    hl_buf_init(&refs);
    hl_thread_marker(row->case_code, &marker);

    /* Mail to one clerk: what they answer carries a tag only they were
     * given, for this case (trust.h), in the reply address; the Message-ID
     * carries it too, for clients that reply to another address.  The expiry
     * counts from the row's creation, so a retry renders the same mail. */
    const char *reply_addr = reply->feedback_email;
    bool signed_reply = !to_citizen && env->reply_key && row->n_rcpt == 1;
    int64_t expires = (row->created_at > 0 ? row->created_at : now) +
                      (int64_t)env->cfg->trust.reply_valid_days * 86400;
    if (signed_reply) {
        struct hl_buf ra;
        hl_buf_init(&ra);
        if (hl_trust_reply_address(env->reply_key, reply->feedback_email, row->case_code,
                                   row->rcpt[0], expires, &ra, err) < 0) {
            hl_buf_fini(&ra);
            goto out;
        }
        reply_addr = hl_arena_strdup(&a, ra.data);
        hl_buf_fini(&ra);
    }

    /* One-line values stay one line in the body too.  An acknowledgement
     * goes to whatever address a stranger wrote in From: it must not carry
     * their text (a name like "Pay the fee at ..."), so it quotes only the
     * subject, cut and with its links defanged. */
    const char *subject_1 = one_line(&a, row->subject);
    const char *name_1 = tk == HL_TPL_ACK ? NULL : one_line(&a, row->citizen_name);
    if (auto_reply && subject_1) {
        struct hl_buf d;
        hl_buf_init(&d);
        hl_trust_defang(subject_1, ACK_SUBJECT_MAX_CHARS, &d);
        subject_1 = d.len ? hl_arena_strdup(&a, d.data) : NULL;
        hl_buf_fini(&d);
    }
    const char *citizen_email = row->citizen_address;
    const char *summary = cut_text(&a, row->msg_text, SUMMARY_MAX_BYTES);
    const char *addition =
        tk == HL_TPL_NOTICE ? cut_text(&a, row->msg_text, SUMMARY_MAX_BYTES) : NULL;
    const char *problems = row->msg_problems;
    const char *legal_basis = row->legal_basis && *row->legal_basis ? row->legal_basis
                              : cat && cat->legal_basis && *cat->legal_basis
                                  ? cat->legal_basis
                                  : "theo quy định hiện hành về tiếp nhận, xử lý phản ánh, kiến "
                                    "nghị";
    /* The law's own limits are counted in days, not working days. */
    bool own_limit = row->legal_basis && *row->legal_basis;
    /* A denunciation's author is confidential (Luật Tố cáo 2018, Điều 9, 56):
     * only a designated handler receives who wrote it and the original. */
    const char *to_unit_code = tk == HL_TPL_FORWARD || tk == HL_TPL_NOTICE || tk == HL_TPL_REMINDER
                                   ? row->case_unit
                                   : NULL;
    bool redact = !to_citizen && hl_kind_redact(env->cfg, row->case_kind, to_unit_code);
    if (redact) {
        static const char hidden[] = "(giữ bí mật theo Luật Tố cáo 2018)";
        struct hl_buf t;
        hl_buf_init(&t);
        const char *needles[] = {row->citizen_address, row->citizen_name, row->msg_from_address,
                                 name_1};
        for (int pass = 0; pass < 2; pass++) {
            const char **text = pass == 0 ? &summary : &addition;
            for (size_t i = 0; *text && i < HL_NELEM(needles); i++) {
                hl_kind_mask(*text, needles[i], hidden, &t);
                *text = hl_arena_strdup(&a, t.data ? t.data : "");
            }
        }
        hl_buf_fini(&t);
        name_1 = hidden;
        citizen_email = "ẩn";
        problems = hl_arena_printf(&a,
                                   "%s%sĐơn tố cáo: thông tin người tố cáo và thư gốc không "
                                   "được chuyển kèm để giữ bí mật (Luật Tố cáo 2018, Điều 9, "
                                   "56); đơn vị được giao giải quyết xem tại hệ thống.",
                                   problems ? problems : "", problems ? "\n" : "");
    }
    const char *to_unit = row_var(&a, row->vars, "to_unit");
    const char *tdue = row_var(&a, row->vars, "transfer_due_at");
    const struct hl_unit_cfg *to_u = to_unit ? hl_config_unit(env->cfg, to_unit) : NULL;
    const struct hl_tvar vars[] = {
        {"case_code", row->case_code},
        {"unit_name", responsible->name},
        {"unit_phone", responsible->hotline_phone},
        {"unit_address", responsible->address},
        {"unit_email", responsible->feedback_email},
        {"original_subject", subject_1},
        {"received_date", date_text(&a, row->received_at)},
        {"due_date", row->due_at > 0 ? date_text(&a, row->due_at) : "(đang xác định)"},
        {"legal_basis", legal_basis},
        {"body_marker", marker.data},
        {"category", cat && cat->name ? cat->name : row->category},
        {"priority", priority_text(row->priority)},
        {"citizen_name", name_1},
        {"citizen_email", citizen_email},
        {"working_days", days > 0 && !own_limit ? hl_arena_printf(&a, "%02d", days) : NULL},
        {"received_unit_name", received ? received->name : NULL},
        {"routing_rules", rules_text(&a, row->rules)},
        {"summary", summary},
        {"problems", problems},
        {"reply_address", reply_addr},
        {"assignee", one_line(&a, row->assignee)},
        {"days_left", row_var(&a, row->vars, "days_left")},
        {"days_overdue", row_var(&a, row->vars, "days_overdue")},
        {"step_name", row_var(&a, row->vars, "step_name")},
        {"escalated_to", row_var(&a, row->vars, "escalated_to")},
        {"previous_steps", row_var(&a, row->vars, "previous_steps")},
        {"clerk_name", one_line(&a, row->msg_from_name)},
        {"answer", tk == HL_TPL_RELAY ? answer_text(&a, row->msg_text) : NULL},
        {"addition", addition},
        {"case_status", status_text(row->case_status)},
        {"from_unit_name", unit_name(env->cfg, row_var(&a, row->vars, "from_unit"))},
        {"to_unit_name", to_u ? to_u->name : to_unit},
        {"to_unit_phone", to_u ? to_u->hotline_phone : NULL},
        {"reason", one_line(&a, row_var(&a, row->vars, "reason"))},
        {"transferred_by", one_line(&a, row_var(&a, row->vars, "by"))},
        {"transfer_due_date", tdue ? date_text(&a, strtoll(tdue, NULL, 10)) : NULL},
        {"sender", one_line(&a, row_var(&a, row->vars, "sender"))},
        {"channel_text", row->case_channel && strcmp(row->case_channel, "email") != 0
                             ? hl_register_channel_text(row->case_channel)
                             : NULL},
        {"answered_date", date_text(&a, row->first_response_at)},
        {"asked_elsewhere", row_var(&a, row->vars, "asked_elsewhere")},
        {"refusal_where", one_line(&a, row->refusal_where)},
        {"refused_by", one_line(&a, row_var(&a, row->vars, "by"))},
    };
    /* A template may name only the variables its kind declares: pass those. */
    struct hl_tvar used[HL_NELEM(vars)];
    size_t n_used = 0;
    for (const char *const *k = hl_templates_kind_vars(tk); *k; k++)
        for (size_t i = 0; i < HL_NELEM(vars); i++)
            if (strcmp(vars[i].name, *k) == 0)
                used[n_used++] = vars[i];
    if (hl_templates_render(tpl, used, n_used, &subject, &body, err) < 0) {
        hl_err_prefix(err, "%s", hl_templates_file(tpl));
        goto out;
    }

    const char *domain = domain_of(sender->feedback_email);
    char id[24];
    snprintf(id, sizeof id, "%lld", (long long)row->id);
    struct hl_buf mid;
    hl_buf_init(&mid);
    /* A Message-ID's kind is letters only. */
    const char *id_kind = tk == HL_TPL_STATUS_NOTICE ? "statusnotice" : row->kind;
    if (hl_thread_message_id(row->case_code, id_kind, id, domain, &mid, err) < 0) {
        hl_buf_fini(&mid);
        goto out;
    }
    char *message_id = hl_arena_strdup(&a, mid.data);
    hl_buf_fini(&mid);
    if (signed_reply) {
        char token[HL_TRUST_TOKEN_SIZE];
        hl_trust_token(env->reply_key, row->case_code, row->rcpt[0], expires, token);
        char *at = strrchr(message_id, '@');
        message_id =
            hl_arena_printf(&a, "%.*s.%s%s", (int)(at - message_id), message_id, token, at);
    }

    struct hl_compose_mail m = {
        .from = {sender->name, sender->feedback_email},
        .subject = subject.data,
        .date = now,
        .message_id = message_id,
        .loop_domain = domain,
        .body = body.data,
        .cte = HL_COMPOSE_QP,
        /* Whatever the recipient answers must come back to the case. */
        .reply_to = {reply->name, reply_addr},
    };
    /* The parts array's type is compose's; the row's mirrors it. */
    struct hl_compose_part *parts = NULL;
    if (to_citizen) {
        m.to[0] = (struct hl_compose_addr){auto_reply ? NULL : row->citizen_name, row->rcpt[0]};
        m.n_to = 1;
        m.auto_submitted = auto_reply ? HL_COMPOSE_AUTO_REPLIED : HL_COMPOSE_HUMAN;
        /* The citizen's mail client threads the answer under their mail.
         * compose rebuilds ids from their printable characters, so a hostile
         * one cannot inject anything.  A status answer threads under the
         * question, unless it goes to the owner for someone else's. */
        bool under_msg = tk == HL_TPL_ACK || tk == HL_TPL_STATUS_NOTICE ||
                         (tk == HL_TPL_STATUS && !row_var(&a, row->vars, "asked_elsewhere"));
        const char *answered = under_msg ? row->msg_message_id : row->case_first_message_id;
        if (answered && *answered) {
            m.in_reply_to = answered;
            if (under_msg && row->msg_references && *row->msg_references)
                hl_buf_printf(&refs, "%s %s", row->msg_references, answered);
            else
                hl_buf_puts(&refs, answered);
            m.references = refs.data;
        }
        if (tk == HL_TPL_RELAY && row->n_parts > 0) {
            /* Only documents and pictures go out under the city's name; the
             * rest stays on the case, where the clerk sees it. */
            parts = hl_arena_alloc(&a, row->n_parts * sizeof *parts);
            for (size_t i = 0; i < row->n_parts; i++) {
                const struct hl_outbox_part *p = &row->parts[i];
                if (!hl_trust_relay_allowed(env->cfg->trust.relay_types, p->content_type,
                                            p->filename)) {
                    hl_info("case=%s outbox=%lld: attachment %zu (%s) not relayed: not an "
                            "allowed type",
                            row->case_code, (long long)row->id, i + 1,
                            p->content_type ? p->content_type : "no type");
                    continue;
                }
                parts[m.n_parts++] =
                    (struct hl_compose_part){p->filename, p->content_type, p->data, p->len};
            }
            m.parts = parts;
        }
    } else {
        for (size_t i = 0; i < row->n_rcpt && i < HL_COMPOSE_MAX_RCPT; i++)
            m.to[m.n_to++] = (struct hl_compose_addr){NULL, row->rcpt[i]};
        m.auto_submitted = HL_COMPOSE_AUTO_GENERATED;
        if ((tk == HL_TPL_FORWARD || tk == HL_TPL_NOTICE) && !redact) {
            m.original = row->raw;
            m.original_len = row->raw_len;
        }
        if (row->msg_message_id && *row->msg_message_id)
            m.references = row->msg_message_id;
    }
    for (size_t i = 0; i < row->n_rcpt; i++) {
        if (!hl_compose_addr_valid(row->rcpt[i])) {
            hl_err_set(err, HL_ERR_INPUT, "unusable recipient address");
            goto out;
        }
        /* The last gate: whatever queued it, nothing of a denunciation goes
         * to the unit it accuses. */
        if (!to_citizen &&
            hl_kind_address_barred(env->cfg, row->case_kind, row->accused_unit, row->rcpt[i])) {
            hl_err_set(err, HL_ERR_INPUT,
                       "a denunciation of %s is never sent to that unit's staff (%s)",
                       row->accused_unit, row->rcpt[i]);
            goto out;
        }
    }
    if (hl_compose_build(&m, data_out, err) < 0)
        goto out;
    hl_buf_reset(mail_from_out);
    hl_bounce_address(env->bounce_key, row->id, domain, mail_from_out);
    rc = 0;
out:
    hl_buf_fini(&subject);
    hl_buf_fini(&body);
    hl_buf_fini(&marker);
    hl_buf_fini(&refs);
    hl_arena_fini(&a);
    return rc;
}

/* ---- the pass ---- */

static uint32_t
jitter_seed(int64_t id, int64_t now)
{
    uint64_t x = (uint64_t)id * 0x9E3779B97F4A7C15ull ^ (uint64_t)now ^ ((uint64_t)getpid() << 32);
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return (uint32_t)x;
}

/* Server replies and our errors go to a text column and to logs: one line of
 * printable ASCII. */
static void
clean_reply(char *s)
{
    for (unsigned char *p = (unsigned char *)s; *p; p++)
        if (*p < 0x20 || *p >= 0x7F)
            *p = (*p == '\r' || *p == '\n' || *p == '\t') ? ' ' : '?';
}

static int
send_row(const struct hl_outbox_store_ops *ops, void *st, const struct hl_outbox_env *env,
         const struct hl_outbox_row *row, int64_t now, struct hl_err *err)
{
    int rc = -1;
    struct hl_buf data, from;
    hl_buf_init(&data);
    hl_buf_init(&from);
    char reply[sizeof((struct hl_err *)0)->msg + 32] = "";
    enum hl_send_result r;
    const unsigned char *bytes = row->data;
    size_t len = row->data_len;
    const char *mail_from = row->mail_from;

    if (bytes == NULL) {
        struct hl_err rerr = {0};
        if (hl_outbox_render(env, row, now, &data, &from, &rerr) < 0) {
            /* Input that cannot be rendered never will be; a configuration
             * problem may be fixed by the operator, so it waits and retries. */
            r = rerr.kind == HL_ERR_INPUT ? HL_SEND_PERM : HL_SEND_TEMP;
            snprintf(reply, sizeof reply, "not rendered: %s", rerr.msg);
            hl_warn("case=%s outbox=%lld kind=%s: %s", row->case_code ? row->case_code : "-",
                    (long long)row->id, row->kind, reply);
            goto record;
        }
        if (ops->save(st, row->id, (const unsigned char *)data.data, data.len, from.data, err) < 0)
            goto out;
        bytes = (const unsigned char *)data.data;
        len = data.len;
        mail_from = from.data;
    }

    /* Computed at each attempt, not saved: a row rendered before a key was
     * configured still gets a signed ENVID on its retries. */
    char envid[HL_BOUNCE_ENVID_SIZE];
    hl_bounce_envid(env->bounce_key, row->id, envid);
    struct hl_envelope e = {
        .mail_from = mail_from ? mail_from : "",
        .rcpt = row->rcpt,
        .n_rcpt = row->n_rcpt,
        .envid = envid,
    };
    r = env->mailer->send(env->mailer_conn, &e, bytes, len, reply, sizeof reply);

record:
    clean_reply(reply);
    struct hl_outbox_outcome o;
    hl_outbox_decide(row, r, reply, now, jitter_seed(row->id, now), &o);
    if (ops->mark(st, row, &o, now, err) < 0)
        goto out;
    hl_metrics_add(HL_M_OUTBOX_SENT, row->kind,
                   r == HL_SEND_OK     ? "sent"
                   : r == HL_SEND_TEMP ? "temporary"
                                       : "permanent",
                   1);
    static const char *const names[] = {"pending", "sent", "failed"};
    hl_log(o.status == HL_OUTBOX_SENT ? HL_LOG_INFO : HL_LOG_WARN,
           "case=%s outbox=%lld kind=%s attempt=%d: %s: %s", row->case_code ? row->case_code : "-",
           (long long)row->id, row->kind, row->attempts, names[o.status], reply);
    rc = 0;
out:
    hl_buf_fini(&data);
    hl_buf_fini(&from);
    return rc;
}

int
hl_outbox_run(const struct hl_outbox_store_ops *ops, void *st, const struct hl_outbox_env *env,
              int batch, int *processed_out, struct hl_err *err)
{
    int64_t now = env->now ? env->now : (int64_t)time(NULL);
    struct hl_arena a;
    hl_arena_init(&a);
    struct hl_outbox_row *rows = NULL;
    size_t n = 0, done = 0;
    int rc = -1;
    if (processed_out)
        *processed_out = 0;
    if (ops->claim(st, env->owner, now, batch > 0 ? batch : 1, &a, &rows, &n, err) < 0) {
        hl_err_prefix(err, "outbox: claim");
        goto out;
    }
    for (; done < n; done++)
        if (send_row(ops, st, env, &rows[done], now, err) < 0) {
            hl_err_prefix(err, "outbox=%lld", (long long)rows[done].id);
            goto out;
        }
    rc = 0;
out:
    if (processed_out)
        *processed_out = (int)done;
    hl_arena_fini(&a);
    return rc;
}
