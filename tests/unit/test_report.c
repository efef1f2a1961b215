/* The report's pure part: the date check (only real dates, written
 * YYYY-MM-DD, pass), periods, the figures computed from hand-made facts
 * (without a database), and the writers: CSV (BOM, RFC 4180 quoting, no
 * formulas) and HTML (self-contained, escaped, balanced, one <svg> per
 * chart), and the page skeleton and escaper they share with the directory
 * (html_page.c). */
#include <math.h>
#include <stdlib.h>

#include "check.h"
#include "html_page.h"
#include "report.h"
#include "sla.h"

static int64_t
at(int y, int mo, int d, int h, int mi)
{
    return hl_sla_local_instant((struct hl_sla_date){y, mo, d}, h * 60 + mi);
}

static size_t
count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        n++;
    return n;
}

static const char nasty[] = "=HYPERLINK(\"x\") <b>&amp; \"Láng\", 'quận'";

static void
test_periods(void)
{
    struct hl_sla_date d0, d1, p0, p1, today = {2026, 12, 5};
    hl_report_period(NULL, NULL, today, &d0, &d1);
    CHECK(d0.year == 2026 && d0.month == 11 && d0.day == 1 && d1.month == 11 && d1.day == 30);
    hl_report_period(NULL, NULL, (struct hl_sla_date){2027, 1, 1}, &d0, &d1);
    CHECK(d0.year == 2026 && d0.month == 12 && d0.day == 1 && d1.day == 31);
    hl_report_period(NULL, NULL, (struct hl_sla_date){2028, 3, 10}, &d0, &d1);
    CHECK(d0.month == 2 && d1.month == 2 && d1.day == 29); /* leap year */
    hl_report_period("2026-11-20", NULL, today, &d0, &d1);
    CHECK(d0.day == 20 && d1.month == 12 && d1.day == 5);
    hl_report_period(NULL, "2026-10-15", today, &d0, &d1);
    CHECK(d0.month == 10 && d0.day == 1 && d1.day == 15);
    hl_report_prev_period((struct hl_sla_date){2026, 11, 1}, (struct hl_sla_date){2026, 11, 30},
                          &p0, &p1);
    CHECK(p0.month == 10 && p0.day == 2 && p1.month == 10 && p1.day == 31);
    int64_t t;
    CHECK(hl_report_parse_instant("2026-12-01 09:00", &t) == 0 && t == at(2026, 12, 1, 9, 0));
    CHECK(hl_report_parse_instant("@1767225600", &t) == 0 && t == 1767225600);
    CHECK(hl_report_parse_instant("2026-12-01", &t) < 0);
    CHECK(hl_report_parse_instant("2026-12-01 24:00", &t) < 0);
    CHECK(hl_report_parse_instant("@", &t) < 0);
}

static void
test_compute_and_write(void)
{
    struct hl_sla_calendar *cal = hl_sla_calendar_new();
    const struct hl_report_unit_in units[] = {
        {"city", "Thành phố", "", "city", true},
        {"dept", nasty, "city", "department", true},
        {"ward", "Phường <A>", "city", "ward", true},
        {"old", "Đơn vị cũ", "city", "other", false},
    };
    /* November 2026: no holiday in the empty calendar; weekends count. */
    const struct hl_report_case_in cases[] = {
        /* on time: Mon 09:00 -> Tue 10:00: 25 h, 1 wd */
        {"A", "dept", "dept", "roads", NULL, "ok", "answered", "email", "feedback",
         at(2026, 11, 2, 9, 0), at(2026, 11, 6, 17, 0), at(2026, 11, 3, 10, 0), true, false, false},
        /* late: after closing on Mon (receipt Tue) -> next Mon: 4 wd */
        {"B", "dept", "dept", "roads", NULL, "ok", "answered", "phone", "complaint",
         at(2026, 11, 2, 18, 0), at(2026, 11, 5, 17, 0), at(2026, 11, 9, 9, 0), false, false,
         false},
        /* overdue, with a subject that must be escaped */
        {"C", "dept", "dept", "roads", NULL, nasty, "open", "portal", "denunciation",
         at(2026, 11, 10, 8, 30), at(2026, 11, 20, 17, 0), HL_REPORT_NONE, false, true, true},
        /* a ward's case, not due yet */
        {"D", "ward", "ward", "noise", NULL, "ok", "open", "email", "feedback",
         at(2026, 11, 30, 23, 59), at(2026, 12, 20, 17, 0), HL_REPORT_NONE, false, false, false},
        /* the first day after the period: left out */
        {"E", "dept", "dept", "roads", NULL, "ok", "open", "email", "feedback",
         at(2026, 12, 1, 0, 0), at(2026, 12, 20, 17, 0), HL_REPORT_NONE, false, false, false},
        /* the previous period: counted only with compare */
        {"F", "dept", "dept", "roads", "ward", "ok", "answered", "email", "feedback",
         at(2026, 10, 31, 23, 59), at(2026, 11, 6, 17, 0), at(2026, 11, 2, 9, 0), false, false,
         false},
    };
    const struct hl_report_transfer_in moves[] = {
        {"dept", at(2026, 11, 12, 10, 0), true},
        {"dept", at(2026, 11, 5, 10, 0), false},
        {"dept", at(2026, 10, 5, 10, 0), true},
    };
    struct hl_report_input in = {
        .from = {2026, 11, 1},
        .to = {2026, 11, 30},
        .compare = true,
        .now = at(2026, 12, 1, 9, 0),
        .units = units,
        .n_units = HL_NELEM(units),
        .cases = cases,
        .n_cases = HL_NELEM(cases),
        .transfers = moves,
        .n_transfers = HL_NELEM(moves),
    };
    struct hl_report r;
    struct hl_err err = {0};
    CHECK(hl_report_compute(&in, cal, &r, &err) == 0);
    /* city, dept, ward; the inactive unit without cases is left out */
    CHECK(r.n_units == 3);
    CHECK_STR(r.units[0].code, "city");
    const struct hl_report_unit *dept = &r.units[1];
    CHECK_STR(dept->code, "dept");
    CHECK(dept->cur.received == 3 && dept->cur.answered == 2 && dept->cur.on_time == 1);
    CHECK(dept->cur.late == 1 && dept->cur.overdue == 1 && dept->cur.escalated == 1);
    CHECK(dept->cur.by_channel[1] == 1 && dept->cur.by_channel[4] == 1);
    CHECK(dept->cur.by_kind[2] == 1 && dept->cur.undeliverable == 1 && dept->cur.flagged == 1);
    CHECK(dept->cur.transferred == 2 && dept->cur.transferred_late == 1);
    CHECK(dept->cur.median_h == 92.0); /* (25 + 159) / 2 */
    CHECK(dept->cur.median_wd == 2.5 && fabs(dept->cur.p90_wd - 3.7) < 1e-9);
    CHECK(dept->cur.on_time_pct == 33);
    CHECK(dept->prev.received == 1 && dept->prev.on_time == 1 && dept->prev.transferred == 1);
    /* 31/10 is a Saturday: the receipt day is Monday 2/11, answered that day. */
    CHECK(dept->prev.median_wd == 0.0 && dept->prev.median_h == 33.0);
    CHECK(r.total.received == 4 && r.total.on_time_pct == 33 && r.prev_total.received == 1);
    CHECK(r.n_overdue == 1 && strcmp(r.overdue[0].code, "C") == 0);
    CHECK(r.overdue[0].age_wd == 15 && r.overdue[0].late_wd == 7);
    CHECK(r.n_topics == 2 && strcmp(r.topics[0].category, "roads") == 0);
    CHECK(r.topics[0].received == 3 && r.topics[0].prev_received == 1);
    CHECK(r.n_hotspots == 1 && strcmp(r.hotspots[0].ward, "ward") == 0);
    CHECK(r.n_weeks == 6 && r.weeks[5].received == 1 && r.weeks[1].received == 2);
    CHECK(r.n_ranking == 1 && r.ranking[0] == 1);

    struct hl_buf b;
    hl_buf_init(&b);
    hl_report_write_csv(&r, &b);
    CHECK(strncmp(b.data, "\xEF\xBB\xBF", 3) == 0);
    CHECK(count(b.data, "\n") == count(b.data, "\r\n")); /* CRLF only */
    /* quoted, quotes doubled, and kept from being a formula */
    CHECK(strstr(b.data, ",\"'=HYPERLINK(\"\"x\"\") <b>&amp; \"\"Láng\"\", 'quận'\",") != NULL);
    CHECK(strstr(b.data, "\r\n\r\ntable,category,received") != NULL);
    hl_buf_reset(&b);

    hl_report_write_html(&r, "Thành phố <Hà Nội>", &b);
    const char *h = b.data;
    CHECK(strncmp(h, "<!DOCTYPE html>\n<html lang=\"vi\">", 30) == 0);
    CHECK(strstr(h, "name=\"viewport\"") && strstr(h, "@media print"));
    CHECK(count(h, "<svg") == 3 && count(h, "</svg>") == 3);
    CHECK(count(h, "<table") == count(h, "</table>") && count(h, "<tr") == count(h, "</tr>"));
    CHECK(count(h, "<td") == count(h, "</td>") && count(h, "<g>") == count(h, "</g>"));
    CHECK(strstr(h, "<b>&amp;") == NULL && strstr(h, "<A>") == NULL && !strstr(h, "<script"));
    CHECK(
        strstr(h, "=HYPERLINK(&quot;x&quot;) &lt;b&gt;&amp;amp; &quot;Láng&quot;, &#39;quận&#39;"));
    CHECK(strstr(h, "Thành phố &lt;Hà Nội&gt;"));
    CHECK(!strstr(h, "src=") && !strstr(h, "href=") && !strstr(h, "@import"));
    hl_buf_reset(&b);

    hl_report_write_table(&r, &b);
    CHECK(strstr(b.data, "Cases received 01/11/2026 – 30/11/2026") == b.data);
    hl_buf_reset(&b);
    hl_report_write_json(&r, &b);
    CHECK(strstr(b.data, "\"median_answer_wd\": 2.5, \"p90_answer_wd\": 3.7"));
    hl_buf_fini(&b);
    hl_report_fini(&r);

    in.unit = "nowhere";
    CHECK(hl_report_compute(&in, cal, &r, &err) < 0 && err.kind == HL_ERR_INPUT);
    hl_report_fini(&r);
    hl_sla_calendar_free(&cal);
}

/* The one escaper of the report and the directory, and the frame. */
static void
test_html_page(void)
{
    struct hl_buf b;
    hl_buf_init(&b);
    hl_html_page_esc(&b, "<a href=\"x\">O'Neil & Co</a>\x01\t\n");
    CHECK_STR(b.data, "&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; Co&lt;/a&gt; \t\n");
    hl_buf_reset(&b);
    hl_html_page_esc(&b, NULL);
    CHECK(b.len == 0);
    hl_html_page_open(&b, "Danh bạ <1>", "p{color:red}");
    hl_html_page_close(&b);
    CHECK_STR(b.data, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<title>Danh bạ &lt;1&gt;</title>\n<style>p{color:red}</style>\n</head>\n"
                      "<body>\n</body>\n</html>\n");
    hl_buf_fini(&b);
}

int
main(void)
{
    test_periods();
    test_html_page();
    test_compute_and_write();
    CHECK(hl_report_date_ok("2026-12-02"));
    CHECK(hl_report_date_ok("2026-01-31"));
    CHECK(hl_report_date_ok("2028-02-29"));  /* leap year */
    CHECK(hl_report_date_ok("2000-02-29"));  /* divisible by 400 */
    CHECK(!hl_report_date_ok("2100-02-29")); /* divisible by 100 only */
    CHECK(!hl_report_date_ok("2026-02-29"));
    CHECK(!hl_report_date_ok("2026-02-30"));
    CHECK(!hl_report_date_ok("2026-04-31"));
    CHECK(!hl_report_date_ok("2026-13-01"));
    CHECK(!hl_report_date_ok("2026-00-10"));
    CHECK(!hl_report_date_ok("2026-12-00"));
    CHECK(!hl_report_date_ok("2026-12-2"));  /* not zero-padded */
    CHECK(!hl_report_date_ok("02/12/2026")); /* the table's way, not the argument's */
    CHECK(!hl_report_date_ok("2026-12-02x"));
    CHECK(!hl_report_date_ok("2026-1a-02"));
    CHECK(!hl_report_date_ok("+026-12-02"));
    CHECK(!hl_report_date_ok("2026- 1-02")); /* sscanf would take it */
    CHECK(!hl_report_date_ok("1969-12-31"));
    CHECK(!hl_report_date_ok(""));
    CHECK(!hl_report_date_ok("yesterday"));
    return check_report();
}
