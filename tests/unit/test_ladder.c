/* The deadline ladder's decision (hl_ladder_due) on a weekends-only calendar
 * with fixed dates, and the clerks' mail commands (hl_clerkcmd_parse). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "clerkcmd.h"
#include "config.h"
#include "ladder.h"
#include "sla.h"

static struct hl_ladder_step steps[] = {
    {"head", 0, HL_LADDER_HEAD, NULL},
    {"parent", 2, HL_LADDER_PARENT, NULL},
    {"inspectorate", 5, HL_LADDER_ADDRESS, "thanhtra@example.vn"},
};

static int64_t
at(int y, int m, int d, int hh, int mm)
{
    return hl_sla_local_instant((struct hl_sla_date){y, m, d}, hh * 60 + mm);
}

/* Names of the due actions, space-separated, into buf. */
static const char *
due(const struct hl_config *cfg, const struct hl_sla_calendar *cal, int64_t due_at,
    const char *fired_list, int64_t now, char *buf, size_t size)
{
    const char *fired[8];
    size_t n_fired = 0;
    char copy[128];
    snprintf(copy, sizeof copy, "%s", fired_list);
    for (char *tok = strtok(copy, " "); tok && n_fired < 8; tok = strtok(NULL, " "))
        fired[n_fired++] = tok;
    struct hl_ladder_action out[8];
    size_t n = hl_ladder_due(cfg, cal, due_at, fired, n_fired, now, out);
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++)
        snprintf(buf + strlen(buf), size - strlen(buf), "%s%s:%d", i ? " " : "", out[i].name,
                 out[i].days);
    return buf;
}

static void
test_due(void)
{
    struct hl_config cfg = {
        .reminder_before_days = 2, .ladder = steps, .n_ladder = HL_NELEM(steps)};
    struct hl_sla_calendar *cal = hl_sla_calendar_new();
    char b[256];
    /* Due Wednesday 16/12/2026 17:00 (closing time). */
    int64_t d = at(2026, 12, 16, 17, 0);
    CHECK_STR(due(&cfg, cal, d, "", at(2026, 12, 10, 9, 0), b, sizeof b), "");
    /* Monday: Tue and Wed are left, 2 working days. */
    CHECK_STR(due(&cfg, cal, d, "", at(2026, 12, 14, 9, 0), b, sizeof b), "reminder:2");
    CHECK_STR(due(&cfg, cal, d, "reminder", at(2026, 12, 14, 9, 0), b, sizeof b), "");
    /* Friday before: 3 working days left, too early. */
    CHECK_STR(due(&cfg, cal, d, "", at(2026, 12, 11, 16, 0), b, sizeof b), "");
    /* The due day, before closing: still a reminder, 0 days left. */
    CHECK_STR(due(&cfg, cal, d, "", at(2026, 12, 16, 10, 0), b, sizeof b), "reminder:0");
    /* After closing: late by less than a day: the head only. */
    CHECK_STR(due(&cfg, cal, d, "reminder", at(2026, 12, 16, 18, 0), b, sizeof b), "head:0");
    CHECK_STR(due(&cfg, cal, d, "reminder head", at(2026, 12, 17, 9, 0), b, sizeof b), "");
    /* Friday 18/12: 2 working days late: the parent. */
    CHECK_STR(due(&cfg, cal, d, "reminder head", at(2026, 12, 18, 9, 0), b, sizeof b), "parent:2");
    /* The weekend does not count: Sunday 20/12 is still 2 late. */
    CHECK_STR(due(&cfg, cal, d, "reminder head parent", at(2026, 12, 20, 9, 0), b, sizeof b), "");
    /* Found late for the first time (daemon down for a week): no reminder,
     * every step that is due, in order. */
    CHECK_STR(due(&cfg, cal, d, "", at(2026, 12, 23, 9, 0), b, sizeof b),
              "head:5 parent:5 inspectorate:5");
    /* No reminder configured. */
    cfg.reminder_before_days = 0;
    CHECK_STR(due(&cfg, cal, d, "", at(2026, 12, 16, 10, 0), b, sizeof b), "");
    /* No deadline: nothing. */
    CHECK_STR(due(&cfg, cal, 0, "", at(2026, 12, 23, 9, 0), b, sizeof b), "");
    hl_sla_calendar_free(&cal);
}

static void
test_holidays(void)
{
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_sla_calendar *cal = hl_sla_calendar_load("data/holidays.conf", &diag);
    CHECK(cal != NULL);
    if (cal == NULL)
        return;
    struct hl_config cfg = {.reminder_before_days = 2, .ladder = steps, .n_ladder = 2};
    char b[256];
    /* Tết 2026 runs from Saturday 14/02 to Sunday 22/02.  Due Thursday
     * 12/02/2026: on Friday 13/02 it is 1 day late and stays so through the
     * whole break; the parent step waits for Monday 23/02. */
    int64_t d = at(2026, 2, 12, 17, 0);
    CHECK_STR(due(&cfg, cal, d, "reminder head", at(2026, 2, 20, 9, 0), b, sizeof b), "");
    CHECK_STR(due(&cfg, cal, d, "reminder head", at(2026, 2, 23, 9, 0), b, sizeof b), "parent:2");
    hl_sla_calendar_free(&cal);
    hl_diag_fini(&diag);
}

static void
test_clerkcmd(void)
{
    const char *rest;
    CHECK(hl_clerkcmd_parse("#noibo\nĐã giao anh Đức.", &rest) == HL_CLERKCMD_INTERNAL);
    CHECK_STR(rest, "Đã giao anh Đức.");
    CHECK(hl_clerkcmd_parse("\n  #Nội bộ \r\nghi chú", NULL) == HL_CLERKCMD_INTERNAL);
    CHECK(hl_clerkcmd_parse("#NOI-BO:\nx", NULL) == HL_CLERKCMD_INTERNAL);
    CHECK(hl_clerkcmd_parse("#internal", &rest) == HL_CLERKCMD_INTERNAL);
    CHECK_STR(rest, "");
    CHECK(hl_clerkcmd_parse("#xong\nKính gửi ông,", &rest) == HL_CLERKCMD_RESOLVE);
    CHECK_STR(rest, "Kính gửi ông,");
    CHECK(hl_clerkcmd_parse("# Giải quyết\nx", NULL) == HL_CLERKCMD_RESOLVE);
    CHECK(hl_clerkcmd_parse("#resolve", NULL) == HL_CLERKCMD_RESOLVE);
    /* Ordinary text, even when it starts with "#". */
    CHECK(hl_clerkcmd_parse("Kính gửi ông,\n#xong", &rest) == HL_CLERKCMD_NONE);
    CHECK_STR(rest, "Kính gửi ông,\n#xong");
    CHECK(hl_clerkcmd_parse("#1 Về việc ngập úng:", NULL) == HL_CLERKCMD_NONE);
    CHECK(hl_clerkcmd_parse("#xong việc rồi", NULL) == HL_CLERKCMD_NONE);
    CHECK(hl_clerkcmd_parse("#noibo/xong", NULL) == HL_CLERKCMD_NONE);
    CHECK(hl_clerkcmd_parse("#", NULL) == HL_CLERKCMD_NONE);
    CHECK(hl_clerkcmd_parse("", NULL) == HL_CLERKCMD_NONE);
    CHECK(hl_clerkcmd_parse(NULL, NULL) == HL_CLERKCMD_NONE);
    char longline[300];
    memset(longline, 'x', sizeof longline - 1);
    longline[0] = '#';
    longline[sizeof longline - 1] = '\0';
    CHECK(hl_clerkcmd_parse(longline, NULL) == HL_CLERKCMD_NONE);
    CHECK_STR(hl_clerkcmd_name(HL_CLERKCMD_RESOLVE), "resolve");
    CHECK(hl_clerkcmd_name(HL_CLERKCMD_NONE) == NULL);
}

/* Who is told (hl_ladder_recipients): the clerks and the assignee for a
 * reminder, without duplicates whatever the case; the head, the parent's head
 * (else its address) or a fixed address for a step; never the accused unit of
 * a denunciation. */
static void
test_recipients(void)
{
    char *clerks_a[] = {"Lan@A.vn", "minh@a.vn"};
    struct hl_unit_cfg units[] = {
        {.code = "city", .name = "UBND", .feedback_email = "pa@city.vn"},
        {.code = "ward-a",
         .name = "Phường A",
         .parent = "city",
         .feedback_email = "pa@a.vn",
         .clerks = clerks_a,
         .n_clerks = 2,
         .head = "chutich@a.vn"},
        {.code = "ward-b", .name = "Phường B", .parent = "city", .feedback_email = "pa@b.vn"},
    };
    struct hl_config cfg = {.units = units, .n_units = 3, .ladder = steps, .n_ladder = 3};
    struct hl_ladder_about feedback = {NULL, NULL};
    struct hl_arena a;
    hl_arena_init(&a);
    struct hl_buf arr;
    hl_buf_init(&arr);

    struct hl_ladder_action reminder = {HL_LADDER_REMINDER, "reminder", 2};
    struct hl_ladder_target t =
        hl_ladder_recipients(&cfg, &units[1], "LAN@a.vn", &reminder, &feedback, &a, &arr);
    CHECK_STR(arr.data, "{\"lan@a.vn\",\"minh@a.vn\"}");
    CHECK(t.why_not == NULL);
    /* A unit without clerks: its feedback address. */
    hl_ladder_recipients(&cfg, &units[2], NULL, &reminder, &feedback, &a, &arr);
    CHECK_STR(arr.data, "{\"pa@b.vn\"}");

    struct hl_ladder_action head = {0, "head", 1}, parent = {1, "parent", 3},
                            fixed = {2, "inspectorate", 6};
    t = hl_ladder_recipients(&cfg, &units[1], NULL, &head, &feedback, &a, &arr);
    CHECK_STR(arr.data, "{\"chutich@a.vn\"}");
    CHECK_STR(t.unit, "ward-a");
    /* No head: nobody, and the event says why. */
    t = hl_ladder_recipients(&cfg, &units[2], NULL, &head, &feedback, &a, &arr);
    CHECK_STR(arr.data, "{}");
    CHECK(t.why_not != NULL && strstr(t.why_not, "no head") != NULL);
    /* The parent has no head: its feedback address. */
    t = hl_ladder_recipients(&cfg, &units[1], NULL, &parent, &feedback, &a, &arr);
    CHECK_STR(arr.data, "{\"pa@city.vn\"}");
    CHECK_STR(t.unit, "city");
    t = hl_ladder_recipients(&cfg, &units[1], NULL, &fixed, &feedback, &a, &arr);
    CHECK_STR(arr.data, "{\"thanhtra@example.vn\"}");

    /* A denunciation of ward-a held by ward-a's parent climbs, but never to
     * ward-a's own head. */
    struct hl_ladder_about den = {"denunciation", "ward-a"};
    t = hl_ladder_recipients(&cfg, &units[1], NULL, &head, &den, &a, &arr);
    CHECK_STR(arr.data, "{}");
    CHECK(t.why_not != NULL && strstr(t.why_not, "never escalated") != NULL);
    t = hl_ladder_recipients(&cfg, &units[0], NULL, &fixed, &den, &a, &arr);
    CHECK_STR(arr.data, "{\"thanhtra@example.vn\"}");

    hl_buf_fini(&arr);
    hl_arena_fini(&a);
}

int
main(void)
{
    test_due();
    test_recipients();
    test_holidays();
    test_clerkcmd();
    return check_report();
}
