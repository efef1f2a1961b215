/* hotlinectl report's date check (hl_report_date_ok): only real dates,
 * written YYYY-MM-DD, pass. */
#include "check.h"
#include "report.h"

int
main(void)
{
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
