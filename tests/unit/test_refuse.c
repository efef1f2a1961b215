/*
 * test_refuse: a clerk's refusal and a case's urgency (lib/core/refuse.c):
 * the checks, who is told, and deadlines in working hours and days.
 */
#include <string.h>

#include "check.h"
#include "refuse.h"
#include "sla.h"
#include "util.h"

static void
test_reasons(void)
{
    enum hl_template_kind tk;
    CHECK(hl_refuse_template("outside", &tk) && tk == HL_TPL_REFUSAL_OUTSIDE);
    CHECK(hl_refuse_template("anonymous", &tk) && tk == HL_TPL_REFUSAL_ANONYMOUS);
    CHECK(hl_refuse_template("duplicate", &tk) && tk == HL_TPL_REFUSAL_DUPLICATE);
    CHECK(hl_refuse_template("not_feedback", &tk) && tk == HL_TPL_REFUSAL_NOT_FEEDBACK);
    CHECK(!hl_refuse_reason_valid("Outside") && !hl_refuse_reason_valid("") &&
          !hl_refuse_reason_valid(NULL));
}

static void
test_check(void)
{
    struct hl_refuse_plan p;
    struct hl_err err = {0};
    const char *a = "an@example.net";
    CHECK(hl_refuse_check("HL-1", "open", "outside", "Tòa án quận", a, false, &p, &err) == 0);
    CHECK(p.tell_citizen && p.why_not == NULL);
    CHECK(hl_refuse_check("HL-1", "answered", "duplicate", NULL, a, false, &p, &err) == 0);
    /* Outside needs where to go. */
    CHECK(hl_refuse_check("HL-1", "open", "outside", NULL, a, false, &p, &err) < 0);
    CHECK(strstr(err.msg, "--where") != NULL);
    CHECK(hl_refuse_check("HL-1", "open", "outside", "", a, false, &p, &err) < 0);
    /* --where is one line. */
    CHECK(hl_refuse_check("HL-1", "open", "outside", "a\nb", a, false, &p, &err) < 0);
    char longw[HL_REFUSE_WHERE_MAX + 2];
    memset(longw, 'x', sizeof longw - 1);
    longw[sizeof longw - 1] = '\0';
    CHECK(hl_refuse_check("HL-1", "open", "outside", longw, a, false, &p, &err) < 0);
    /* Only an open or answered case. */
    const char *closed[] = {"resolved", "refused", "spam"};
    for (size_t i = 0; i < HL_NELEM(closed); i++) {
        memset(&err, 0, sizeof err);
        CHECK(hl_refuse_check("HL-9", closed[i], "duplicate", NULL, a, false, &p, &err) < 0);
        CHECK(err.kind == HL_ERR_INPUT && strstr(err.msg, "HL-9") && strstr(err.msg, closed[i]));
    }
    CHECK(hl_refuse_check("HL-1", "open", "bogus", NULL, a, false, &p, &err) < 0);
    /* Who is told. */
    CHECK(hl_refuse_check("HL-1", "open", "anonymous", NULL, NULL, false, &p, &err) == 0);
    CHECK(!p.tell_citizen && p.why_not && strstr(p.why_not, "no e-mail"));
    CHECK(hl_refuse_check("HL-1", "open", "anonymous", NULL, a, true, &p, &err) == 0);
    CHECK(!p.tell_citizen && p.why_not && strstr(p.why_not, "bounces"));

    CHECK(hl_urgency_valid("urgent") && hl_urgency_valid("normal") && hl_urgency_valid("complex"));
    CHECK(!hl_urgency_valid("high") && !hl_urgency_valid(NULL));
    CHECK(hl_urgency_check("HL-1", "open", "urgent", &err) == 0);
    CHECK(hl_urgency_check("HL-1", "resolved", "urgent", &err) < 0);
    CHECK(hl_urgency_check("HL-1", "open", "soon", &err) < 0);
}

static int64_t
at(int y, int m, int d, int h, int min)
{
    struct hl_sla_date date = {y, m, d};
    return hl_sla_local_instant(date, h * 60 + min);
}

static void
test_hours(void)
{
    /* Office 08:00-17:00, no holidays: 9 working hours a day. */
    struct hl_sla_calendar *cal = hl_sla_calendar_new();
    /* Monday 7 Dec 2026 09:00 + 24 h: 8 Mon, 9 Tue, 7 Wed -> Wed 15:00. */
    CHECK(hl_sla_due_hours(cal, at(2026, 12, 7, 9, 0), 24) == at(2026, 12, 9, 15, 0));
    /* Within the day. */
    CHECK(hl_sla_due_hours(cal, at(2026, 12, 7, 9, 0), 2) == at(2026, 12, 7, 11, 0));
    /* Exactly to closing time stays on that day. */
    CHECK(hl_sla_due_hours(cal, at(2026, 12, 7, 8, 0), 9) == at(2026, 12, 7, 17, 0));
    /* Received at night: counts from the next opening. */
    CHECK(hl_sla_due_hours(cal, at(2026, 12, 7, 22, 0), 1) == at(2026, 12, 8, 9, 0));
    CHECK(hl_sla_due_hours(cal, at(2026, 12, 8, 6, 30), 1) == at(2026, 12, 8, 9, 0));
    /* Friday afternoon runs over the weekend. */
    CHECK(hl_sla_due_hours(cal, at(2026, 12, 11, 16, 0), 3) == at(2026, 12, 14, 10, 0));
    /* Saturday: from Monday's opening. */
    CHECK(hl_sla_due_hours(cal, at(2026, 12, 12, 10, 0), 4) == at(2026, 12, 14, 12, 0));

    /* Urgency on the deadline. */
    int64_t r = at(2026, 12, 7, 9, 0);
    int64_t normal = hl_urgency_due(cal, "normal", r, 24, 10, 0, 0);
    CHECK(normal == hl_sla_due(cal, r, 10));
    CHECK(hl_urgency_due(cal, "complex", r, 24, 10, 0, 0) == hl_sla_due(cal, r, 20));
    CHECK(hl_urgency_due(cal, "urgent", r, 24, 10, 0, 0) == at(2026, 12, 9, 15, 0));
    CHECK(hl_urgency_due(cal, "urgent", r, 4, 10, 0, 0) == at(2026, 12, 7, 13, 0));
    /* The law's own limit in calendar days, and its extension for complex. */
    CHECK(hl_urgency_due(cal, "normal", r, 24, 10, 30, 15) == r + 30 * 86400);
    CHECK(hl_urgency_due(cal, "complex", r, 24, 10, 30, 15) == r + 45 * 86400);
    /* No deadline stays none, unless urgent. */
    CHECK(hl_urgency_due(cal, "normal", r, 24, -1, 0, 0) == 0);
    CHECK(hl_urgency_due(cal, "urgent", r, 24, -1, 0, 0) > 0);
    hl_sla_calendar_free(&cal);
}

int
main(void)
{
    test_reasons();
    test_check();
    test_hours();
    return check_report();
}
