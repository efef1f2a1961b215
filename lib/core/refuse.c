/* refuse: see refuse.h. */
#include "refuse.h"

#include <string.h>

#include "charset.h"
#include "rules.h"
#include "sla.h"

static const struct {
    const char *reason;
    enum hl_template_kind tk;
} reasons[] = {
    {"outside", HL_TPL_REFUSAL_OUTSIDE},
    {"anonymous", HL_TPL_REFUSAL_ANONYMOUS},
    {"duplicate", HL_TPL_REFUSAL_DUPLICATE},
    {"not_feedback", HL_TPL_REFUSAL_NOT_FEEDBACK},
};

bool
hl_refuse_reason_valid(const char *reason)
{
    enum hl_template_kind tk;
    return hl_refuse_template(reason, &tk);
}

bool
hl_refuse_template(const char *reason, enum hl_template_kind *out)
{
    for (size_t i = 0; reason && i < HL_NELEM(reasons); i++)
        if (strcmp(reason, reasons[i].reason) == 0) {
            *out = reasons[i].tk;
            return true;
        }
    return false;
}

/* A status a clerk's decision may still change. */
static bool
still_open(const char *status)
{
    return strcmp(status, "open") == 0 || strcmp(status, "answered") == 0;
}

int
hl_refuse_check(const char *code, const char *status, const char *reason, const char *where,
                const char *citizen_address, bool undeliverable, struct hl_refuse_plan *plan,
                struct hl_err *err)
{
    memset(plan, 0, sizeof *plan);
    if (!hl_refuse_reason_valid(reason))
        return hl_err_set(err, HL_ERR_INPUT,
                          "--reason must be outside, anonymous, duplicate or not_feedback, not "
                          "\"%s\"",
                          reason ? reason : "");
    if (!still_open(status))
        return hl_err_set(err, HL_ERR_INPUT,
                          "case %s is %s: only an open or answered case can "
                          "be refused",
                          code, status);
    if (where && *where) {
        size_t n = strlen(where);
        bool ok = n <= HL_REFUSE_WHERE_MAX && hl_utf8_valid((const unsigned char *)where, n);
        for (const unsigned char *p = (const unsigned char *)where; ok && *p; p++)
            ok = *p >= 0x20 && *p != 0x7f;
        if (!ok)
            return hl_err_set(err, HL_ERR_INPUT,
                              "--where must be one line of UTF-8 text of at most %d bytes",
                              HL_REFUSE_WHERE_MAX);
    } else if (strcmp(reason, "outside") == 0) {
        return hl_err_set(err, HL_ERR_INPUT,
                          "a case outside the unit's competence needs --where: the citizen "
                          "must be told where to go instead");
    }
    if (citizen_address == NULL || *citizen_address == '\0')
        plan->why_not = "the citizen gave no e-mail address: tell them by phone or letter";
    else if (undeliverable)
        plan->why_not = "the citizen's address bounces: tell them by phone or letter";
    else
        plan->tell_citizen = true;
    return 0;
}

bool
hl_urgency_valid(const char *name)
{
    return name && (strcmp(name, "urgent") == 0 || strcmp(name, "normal") == 0 ||
                    strcmp(name, "complex") == 0);
}

int
hl_urgency_check(const char *code, const char *status, const char *urgency, struct hl_err *err)
{
    if (!hl_urgency_valid(urgency))
        return hl_err_set(err, HL_ERR_INPUT,
                          "priority must be urgent, normal or complex, not "
                          "\"%s\"",
                          urgency ? urgency : "");
    if (!still_open(status))
        return hl_err_set(err, HL_ERR_INPUT, "case %s is %s: its deadline no longer runs", code,
                          status);
    return 0;
}

int64_t
hl_sla_due_hours(const struct hl_sla_calendar *cal, int64_t received_at, int hours)
{
    int open = hl_sla_office_open_min(cal), close = hl_sla_office_close_min(cal);
    int64_t left = (int64_t)hours * 3600;
    struct hl_sla_date d = hl_sla_local_date(received_at);
    int64_t cur = received_at;
    /* At most a few years of days off in a row: the calendar's loop bound. */
    for (int guard = 0; guard < 3660; guard++) {
        if (hl_sla_is_working_day(cal, d)) {
            int64_t start = hl_sla_local_instant(d, open), end = hl_sla_local_instant(d, close);
            if (cur < start)
                cur = start;
            if (cur < end) {
                if (cur + left <= end)
                    return cur + left;
                left -= end - cur;
            }
        }
        d = hl_sla_date_from_day_number(hl_sla_day_number(d) + 1);
        cur = hl_sla_local_instant(d, open);
    }
    return cur;
}

int64_t
hl_urgency_due(const struct hl_sla_calendar *cal, const char *urgency, int64_t received_at,
               int urgent_hours, int normal_days, int own_limit_days, int extension_days)
{
    bool urgent = urgency && strcmp(urgency, "urgent") == 0;
    bool complex = urgency && strcmp(urgency, "complex") == 0;
    if (urgent)
        return hl_sla_due_hours(cal, received_at, urgent_hours > 0 ? urgent_hours : 24);
    if (own_limit_days > 0)
        return received_at + (int64_t)(own_limit_days + (complex ? extension_days : 0)) * 86400;
    if (normal_days < 0)
        return 0;
    return hl_sla_due(cal, received_at, complex ? 2 * normal_days : normal_days);
}

int64_t
hl_urgency_due_for(const struct hl_config *cfg, const struct hl_rules *rules,
                   const struct hl_sla_calendar *cal, const char *urgency, int64_t received_at,
                   const char *kind, const char *category, int deadline_days)
{
    const struct hl_category *cat = rules && category ? hl_rules_category(rules, category) : NULL;
    if (deadline_days < 0 && cat)
        deadline_days = cat->deadline_days;
    const struct hl_kind_cfg *limits = kind && strcmp(kind, "complaint") == 0 ? &cfg->complaints
                                       : kind && strcmp(kind, "denunciation") == 0
                                           ? &cfg->denunciations.limits
                                           : NULL;
    return hl_urgency_due(cal, urgency, received_at, cfg->urgent_hours, deadline_days,
                          limits ? limits->deadline_days : 0, limits ? limits->extension_days : 0);
}
