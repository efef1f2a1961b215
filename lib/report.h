/*
 * report: per-unit figures for inspection (hotlinectl report): for the cases
 * received in a period, how many each responsible unit got, answered on time
 * or late, left unanswered past the deadline, resolved, escalated and
 * transferred away, and its median first-response time.
 *
 * Definitions (docs/hotlinectl.md repeats them for the reader):
 *   received      cases created in the period, by responsible unit now
 *   answered      a clerk's answer was recorded (first_response_at)
 *   on time       answered by the due date
 *   late          answered after it
 *   overdue       not answered, not resolved, due date passed
 *   resolved      status resolved
 *   escalated     a ladder step other than the reminder fired for the unit
 *   transferred   transferred away from the unit in the period
 * Every active unit appears, with zeros if it received nothing, and a TOTAL
 * row ends the table.
 *
 * Ownership: nothing is kept; the filter's strings are borrowed.
 */
#ifndef HL_REPORT_H
#define HL_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "util.h"

struct hl_store;

struct hl_report_filter {
    const char *from; /* YYYY-MM-DD, first day (Asia/Ho_Chi_Minh); NULL: 29 days before to */
    const char *to;   /* YYYY-MM-DD, last day, inclusive; NULL: today */
    const char *unit; /* one unit's row (and TOTAL); NULL: every unit */
    bool json;        /* a JSON object instead of the table */
};

/* Whether s is a real date written YYYY-MM-DD. */
bool hl_report_date_ok(const char *s);

/* Prints the report.  Returns 0, or -1 with err: HL_ERR_INPUT for an unknown
 * unit, otherwise what hl_pg_fail reports. */
int hl_report_print(struct hl_store *s, const struct hl_report_filter *f, FILE *out,
                    struct hl_err *err);

#endif
