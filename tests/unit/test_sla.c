/* Unit tests for lib/core/sla.c: working-day deadlines against data/holidays.conf. */
#include "sla.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "check.h"

static struct hl_sla_date
D(int d, int m, int y) {
    struct hl_sla_date r = {y, m, d};
    return r;
}

/* Local Vietnam time as a Unix instant, computed independently with timegm. */
static int64_t
vn(int y, int mo, int d, int h, int mi)
{
    struct tm tm = {0};
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    return (int64_t)timegm(&tm) - 7 * 3600;
}

static const char *
fmt(struct hl_sla_date d)
{
    static char buf[4][16];
    static int i;
    i = (i + 1) % 4;
    return hl_sla_format_date(d, buf[i], sizeof buf[i]);
}

/* Due instant rendered as local "dd/mm/yyyy HH:MM". */
static const char *
fmt_due(int64_t at)
{
    static char buf[32];
    struct hl_sla_date d = hl_sla_local_date(at);
    int64_t local = at + 7 * 3600;
    int64_t sec = ((local % 86400) + 86400) % 86400;
    snprintf(buf, sizeof buf, "%02d/%02d/%04d %02d:%02d", d.day, d.month, d.year, (int)(sec / 3600),
             (int)(sec / 60 % 60));
    return buf;
}

static void
test_dates(void)
{
    struct hl_sla_date d;
    CHECK(hl_sla_parse_date("1/9/2026", &d) == 0 && d.day == 1 && d.month == 9 && d.year == 2026);
    CHECK(hl_sla_parse_date("29/02/2024", &d) == 0);
    CHECK(hl_sla_parse_date("29/02/2025", &d) < 0);
    CHECK(hl_sla_parse_date("31/04/2026", &d) < 0);
    CHECK(hl_sla_parse_date("01/01/26", &d) < 0);
    CHECK(hl_sla_parse_date("01-01-2026", &d) < 0);
    CHECK(hl_sla_parse_date("01/01/2026x", &d) < 0);
    CHECK_STR(fmt(D(1, 9, 2026)), "01/09/2026");
    CHECK(hl_sla_weekday(D(17, 2, 2026)) == 2); /* Tuesday */
    CHECK(hl_sla_weekday(D(1, 1, 1970)) == 4);
    CHECK(hl_sla_weekday(D(31, 12, 1969)) == 3);
    for (int64_t n = -1000; n < 40000; n += 37)
        CHECK(hl_sla_day_number(hl_sla_date_from_day_number(n)) == n);
    /* 16/02/2026 17:30 UTC is already 17/02 00:30 in Hà Nội. */
    d = hl_sla_local_date(vn(2026, 2, 17, 0, 30));
    CHECK_STR(fmt(d), "17/02/2026");
    d = hl_sla_local_date(vn(2026, 2, 16, 23, 59));
    CHECK_STR(fmt(d), "16/02/2026");
    CHECK(hl_sla_local_instant(D(2, 3, 2026), 17 * 60) == vn(2026, 3, 2, 17, 0));
}

static void
test_normal_week(const struct hl_sla_calendar *cal)
{
    /* Monday 02/03/2026 10:00: receipt day is Monday, day 1 is Tuesday. */
    CHECK_STR(fmt(hl_sla_receipt_day(cal, vn(2026, 3, 2, 10, 0))), "02/03/2026");
    CHECK_STR(fmt_due(hl_sla_due(cal, vn(2026, 3, 2, 10, 0), 5)), "09/03/2026 17:00");
    CHECK_STR(fmt_due(hl_sla_due(cal, vn(2026, 3, 2, 10, 0), 1)), "03/03/2026 17:00");
    CHECK_STR(fmt_due(hl_sla_due(cal, vn(2026, 3, 2, 10, 0), 0)), "02/03/2026 17:00");
    /* Before opening counts as that day. */
    CHECK_STR(fmt(hl_sla_receipt_day(cal, vn(2026, 3, 2, 6, 31))), "02/03/2026");
    /* 17:00 sharp is after hours. */
    CHECK_STR(fmt(hl_sla_receipt_day(cal, vn(2026, 3, 2, 17, 0))), "03/03/2026");
    CHECK_STR(fmt(hl_sla_receipt_day(cal, vn(2026, 3, 2, 16, 59))), "02/03/2026");
    /* Due is closing time local, i.e. 10:00 UTC. */
    CHECK(hl_sla_due(cal, vn(2026, 3, 2, 10, 0), 5) == vn(2026, 3, 9, 17, 0));
    CHECK(hl_sla_working_days_between(cal, D(2, 3, 2026), D(9, 3, 2026)) == 5);
    CHECK(hl_sla_working_days_between(cal, D(9, 3, 2026), D(2, 3, 2026)) == -5);
    CHECK(hl_sla_working_days_between(cal, D(2, 3, 2026), D(2, 3, 2026)) == 0);
    CHECK(hl_sla_is_working_day(cal, D(6, 3, 2026)));
    CHECK(!hl_sla_is_working_day(cal, D(7, 3, 2026)));
    CHECK(!hl_sla_is_working_day(cal, D(8, 3, 2026)));
    /* 15 working days: three weeks. */
    CHECK_STR(fmt_due(hl_sla_due(cal, vn(2026, 3, 2, 10, 0), 15)), "23/03/2026 17:00");
}

static void
test_friday_evening(const struct hl_sla_calendar *cal)
{
    /* Friday 06/03/2026 18:30 counts as received Monday 09/03. */
    CHECK_STR(fmt(hl_sla_receipt_day(cal, vn(2026, 3, 6, 18, 30))), "09/03/2026");
    CHECK_STR(fmt_due(hl_sla_due(cal, vn(2026, 3, 6, 18, 30), 5)), "16/03/2026 17:00");
    /* The same Friday in office hours: one day earlier. */
    CHECK_STR(fmt_due(hl_sla_due(cal, vn(2026, 3, 6, 15, 0), 5)), "13/03/2026 17:00");
    /* Saturday and Sunday mail: same as Friday evening. */
    CHECK_STR(fmt_due(hl_sla_due(cal, vn(2026, 3, 7, 9, 0), 5)), "16/03/2026 17:00");
    CHECK_STR(fmt_due(hl_sla_due(cal, vn(2026, 3, 8, 23, 59), 5)), "16/03/2026 17:00");
}

static void
test_tet(const struct hl_sla_calendar *cal)
{
    /* Tết Bính Ngọ: off Saturday 14/02 to Sunday 22/02/2026. */
    for (int d = 14; d <= 22; d++)
        CHECK(!hl_sla_is_working_day(cal, D(d, 2, 2026)));
    CHECK(hl_sla_is_working_day(cal, D(13, 2, 2026)));
    CHECK(hl_sla_is_working_day(cal, D(23, 2, 2026)));
    const char *name = hl_sla_day_name(cal, D(17, 2, 2026));
    CHECK(name != NULL && strstr(name, "Tết Nguyên đán") != NULL);
    CHECK(hl_sla_day_name(cal, D(3, 3, 2026)) == NULL);
    /* Friday 13/02 morning, 5 days: 23, 24, 25, 26, 27/02. */
    CHECK_STR(fmt_due(hl_sla_due(cal, vn(2026, 2, 13, 9, 0), 5)), "27/02/2026 17:00");
    /* Mail during Tết counts from Monday 23/02. */
    CHECK_STR(fmt(hl_sla_receipt_day(cal, vn(2026, 2, 17, 10, 0))), "23/02/2026");
    CHECK_STR(fmt_due(hl_sla_due(cal, vn(2026, 2, 17, 10, 0), 5)), "02/03/2026 17:00");
    /* Reminder arithmetic across the span. */
    CHECK(hl_sla_working_days_between(cal, D(13, 2, 2026), D(23, 2, 2026)) == 1);
    CHECK_STR(fmt(hl_sla_add_working_days(cal, D(23, 2, 2026), -1)), "13/02/2026");
    CHECK_STR(fmt(hl_sla_add_working_days(cal, D(27, 2, 2026), -2)), "25/02/2026");
    CHECK_STR(fmt(hl_sla_add_working_days(cal, D(15, 2, 2026), 0)), "23/02/2026");
    CHECK_STR(fmt(hl_sla_add_working_days(cal, D(12, 2, 2026), 0)), "12/02/2026");
    /* Giỗ Tổ 2026 is a Sunday, compensated Monday 27/04; 30/04 and 01/05 fixed. */
    CHECK(!hl_sla_is_working_day(cal, D(27, 4, 2026)));
    CHECK(!hl_sla_is_working_day(cal, D(30, 4, 2026)));
    CHECK(!hl_sla_is_working_day(cal, D(1, 5, 2026)));
    CHECK(hl_sla_is_working_day(cal, D(28, 4, 2026)));
    CHECK_STR(fmt_due(hl_sla_due(cal, vn(2026, 4, 24, 11, 0), 5)), "06/05/2026 17:00");
}

static void
test_swapped_saturday(const struct hl_sla_calendar *cal)
{
    /* 2025: Friday 02/05 off, swapped with Saturday 26/04 as a working day. */
    CHECK(hl_sla_is_working_day(cal, D(26, 4, 2025)));
    CHECK(!hl_sla_is_working_day(cal, D(2, 5, 2025)));
    CHECK(!hl_sla_is_working_day(cal, D(19, 4, 2025))); /* an ordinary Saturday */
    const char *name = hl_sla_day_name(cal, D(26, 4, 2025));
    CHECK(name != NULL && strstr(name, "Làm bù") != NULL);
    /* Thursday 24/04/2025, 2 days: Friday 25, Saturday 26. */
    CHECK_STR(fmt_due(hl_sla_due(cal, vn(2025, 4, 24, 10, 0), 2)), "26/04/2025 17:00");
    /* Mail on the working Saturday in office hours is received that day. */
    CHECK_STR(fmt(hl_sla_receipt_day(cal, vn(2025, 4, 26, 10, 0))), "26/04/2025");
    /* 26/04 (Sat) +1 = 28/04 (Mon), +2 = 29/04, then 30/04, 01/05, 02/05 off -> 05/05. */
    CHECK_STR(fmt(hl_sla_add_working_days(cal, D(26, 4, 2025), 3)), "05/05/2025");
    CHECK(hl_sla_working_days_between(cal, D(25, 4, 2025), D(28, 4, 2025)) == 2);
}

static void
test_year_end(const struct hl_sla_calendar *cal)
{
    /* Wednesday 31/12/2025 evening; 01/01/2026 is a holiday: counts from Friday 02/01. */
    CHECK_STR(fmt(hl_sla_receipt_day(cal, vn(2025, 12, 31, 18, 0))), "02/01/2026");
    CHECK_STR(fmt_due(hl_sla_due(cal, vn(2025, 12, 31, 18, 0), 3)), "07/01/2026 17:00");
    /* Same day in office hours: 02/01 (1), 05/01 (2), 06/01 (3). */
    CHECK_STR(fmt_due(hl_sla_due(cal, vn(2025, 12, 31, 10, 0), 3)), "06/01/2026 17:00");
    CHECK(hl_sla_working_days_between(cal, D(31, 12, 2025), D(2, 1, 2026)) == 1);
    /* 00:30 local on 01/01 is still 31/12 in UTC: the fixed offset must win. */
    CHECK_STR(fmt(hl_sla_receipt_day(cal, vn(2026, 1, 1, 0, 30))), "02/01/2026");
    CHECK(hl_sla_calendar_year(cal, 2026) == HL_SLA_YEAR_OFFICIAL);
    CHECK(hl_sla_calendar_year(cal, 2027) == HL_SLA_YEAR_PROVISIONAL);
    CHECK(hl_sla_calendar_year(cal, 2031) == HL_SLA_YEAR_MISSING);
    /* A missing year still knows weekends and fixed holidays. */
    CHECK(!hl_sla_is_working_day(cal, D(1, 1, 2031)));
    CHECK(!hl_sla_is_working_day(cal, D(2, 9, 2031)));
    CHECK(hl_sla_is_working_day(cal, D(3, 9, 2031)));
    /* National Day 2026: Monday 31/08 to Wednesday 02/09 off. */
    CHECK(!hl_sla_is_working_day(cal, D(31, 8, 2026)));
    CHECK(!hl_sla_is_working_day(cal, D(1, 9, 2026)));
    CHECK(!hl_sla_is_working_day(cal, D(2, 9, 2026)));
    CHECK(hl_sla_is_working_day(cal, D(3, 9, 2026)));
}

static void
test_empty_calendar(void)
{
    struct hl_sla_calendar *cal = hl_sla_calendar_new();
    CHECK(hl_sla_is_working_day(cal, D(17, 2, 2026))); /* knows nothing of Tết */
    CHECK(hl_sla_office_open_min(cal) == 480 && hl_sla_office_close_min(cal) == 1020);
    CHECK_STR(fmt_due(hl_sla_due(cal, vn(2026, 2, 13, 9, 0), 5)), "20/02/2026 17:00");
    hl_sla_calendar_free(&cal);
    CHECK(cal == NULL);
    hl_sla_calendar_free(&cal);
}

static char *
write_tmp(const char *text)
{
    char *path = hl_xstrdup("/tmp/hl-test-sla-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0) {
        perror("mkstemp");
        exit(2);
    }
    if (write(fd, text, strlen(text)) != (ssize_t)strlen(text))
        exit(2);
    close(fd);
    return path;
}

/* Loads text; returns the joined diagnostics (caller frees) and frees the calendar. */
static char *
load_errors(const char *text, char **path_out, bool *loaded)
{
    char *path = write_tmp(text);
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_sla_calendar *cal = hl_sla_calendar_load(path, &diag);
    *loaded = cal != NULL;
    hl_sla_calendar_free(&cal);
    struct hl_buf b;
    hl_buf_init(&b);
    for (size_t i = 0; i < diag.n; i++)
        hl_buf_printf(&b, "%s\n", diag.lines[i]);
    hl_diag_fini(&diag);
    unlink(path);
    *path_out = path;
    return hl_buf_steal(&b);
}

static bool
has_line(const char *errors, const char *path, int line, const char *text)
{
    char want[512];
    snprintf(want, sizeof want, "%s:%d: ", path, line);
    for (const char *p = errors; (p = strstr(p, want)) != NULL; p++) {
        const char *eol = strchr(p, '\n');
        const char *hit = strstr(p, text);
        if (hit && (eol == NULL || hit < eol))
            return true;
    }
    return false;
}

static void
test_load_errors(void)
{
    char *path, *errs;
    bool loaded;
    errs =
        load_errors("years = (\n"
                    "  { year = 2026; status = \"official\"; source = \"x\";\n"
                    "    days_off = ( { date = \"31/02/2026\"; name = \"bad\"; },\n"
                    "                 { date = \"01/03/2025\"; name = \"wrong year\"; } );\n"
                    "    working_saturdays = ( { date = \"02/03/2026\"; name = \"a Monday\"; } );\n"
                    "    colour = \"red\";\n"
                    "  }\n"
                    ");\n",
                    &path, &loaded);
    CHECK(!loaded);
    CHECK(has_line(errs, path, 3, "bad date \"31/02/2026\""));
    CHECK(has_line(errs, path, 4, "not in year 2026"));
    CHECK(has_line(errs, path, 5, "is not a Saturday"));
    CHECK(has_line(errs, path, 6, "unknown setting \"colour\""));
    free(errs);
    free(path);

    errs = load_errors("fixed = ( { date = \"1/1\"; name = \"x\"; } );\n"
                       "years = ( { year = 2026; status = ; source = \"x\"; } );\n",
                       &path, &loaded);
    CHECK(!loaded);
    CHECK(has_line(errs, path, 2, "syntax error"));
    free(errs);
    free(path);

    errs = load_errors("office_hours = { open = \"8h\"; close = \"17:00\"; };\n", &path, &loaded);
    CHECK(!loaded && has_line(errs, path, 1, "bad time \"8h\""));
    free(errs);
    free(path);

    errs =
        load_errors("years = ( { year = 2026; status = \"maybe\"; source = \"x\";\n"
                    "  days_off = ( { date = \"07/03/2026\"; name = \"Sat\"; } );\n"
                    "  working_saturdays = ( { date = \"07/03/2026\"; name = \"Sat\"; } ); } );\n",
                    &path, &loaded);
    CHECK(!loaded);
    CHECK(has_line(errs, path, 1, "status must be"));
    CHECK(strstr(errs, "07/03/2026 is both a day off and a working Saturday") != NULL);
    free(errs);
    free(path);

    /* A good file with custom hours loads and the hours apply. */
    path = write_tmp("office_hours = { open = \"07:30\"; close = \"16:30\"; };\n");
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_sla_calendar *cal = hl_sla_calendar_load(path, &diag);
    CHECK(cal != NULL && diag.n == 0);
    if (cal) {
        CHECK(hl_sla_office_close_min(cal) == 16 * 60 + 30);
        CHECK_STR(fmt(hl_sla_receipt_day(cal, vn(2026, 3, 2, 16, 45))), "03/03/2026");
    }
    hl_sla_calendar_free(&cal);
    hl_diag_fini(&diag);
    unlink(path);
    free(path);

    hl_diag_init(&diag);
    cal = hl_sla_calendar_load("/nonexistent/holidays.conf", &diag);
    CHECK(cal == NULL && diag.n == 1);
    hl_diag_fini(&diag);
}

int
main(void)
{
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_sla_calendar *cal = hl_sla_calendar_load("data/holidays.conf", &diag);
    hl_diag_print(&diag);
    CHECK(cal != NULL && diag.n == 0);
    hl_diag_fini(&diag);
    test_dates();
    if (cal) {
        test_normal_week(cal);
        test_friday_evening(cal);
        test_tet(cal);
        test_swapped_saturday(cal);
        test_year_end(cal);
    }
    hl_sla_calendar_free(&cal);
    test_empty_calendar();
    test_load_errors();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
