/*
 * report: the figures an inspection asks for (hotlinectl report, the monthly
 * digest), for the cases received in a period, per responsible unit, per
 * topic and per ward, with the list of overdue cases.
 *
 * Three steps, so that the arithmetic is pure and tested without a database:
 *   1. report_pg.c reads the facts (units, one row per case, one row per
 *      transfer) in one REPEATABLE READ READ ONLY transaction: one snapshot,
 *      so the TOTAL is the sum of the rows above it.
 *   2. hl_report_compute turns the facts into figures.  Working days come from
 *      the calendar of lib/core/sla.h (data/holidays.conf): computing them here
 *      keeps one calendar, instead of a copy of it in a SQL table that would
 *      have to be kept in step with the file.
 *   3. The writers render the figures: text table, JSON, CSV (report_csv.c),
 *      HTML with SVG charts (report_html.c).
 *
 * Definitions (docs/hotlinectl.md repeats them for the reader; one place in
 * the code, hl_report_compute, computes each):
 *   received       cases created in the period (spam left out), by the unit
 *                  responsible now; by channel and by kind
 *   answered       a clerk's answer was recorded (first_response_at)
 *   on time / late answered by the due date / after it
 *   overdue        not answered, not resolved, due date before the report's
 *                  "now"
 *   resolved       status resolved
 *   escalated      a ladder step other than the reminder fired for the unit
 *   transferred    transfers away from the unit during the period; late: the
 *                  transfer event says it was not within the 5-working-day
 *                  transfer deadline
 *   undeliverable  our mail to the citizen bounced
 *   answer days    working days from the receipt day (lib/core/sla.h) to the local
 *                  day of the first answer; median and 90th percentile
 *                  (linear interpolation, as PostgreSQL's percentile_cont)
 *   on-time rate   on time / (on time + late + overdue)
 *   ward           the case's field "ward" if a rule captured one, else the
 *                  responsible unit when it is a ward or commune, else the
 *                  receiving unit when it is one; cases without are left out
 *                  of the hotspots
 *
 * Ownership: struct hl_report owns everything in it (an arena) and is freed
 * with hl_report_fini.  The input's strings are borrowed during compute only.
 */
#ifndef HL_REPORT_H
#define HL_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "sla.h"
#include "util.h"

struct hl_store;

enum { HL_REPORT_N_CHANNELS = 5, HL_REPORT_N_KINDS = 3 };
/* "email", "phone", "box", "counter", "portal" (schema 005), and the
 * Vietnamese labels the HTML report uses. */
extern const char *const hl_report_channels[HL_REPORT_N_CHANNELS];
extern const char *const hl_report_channel_vi[HL_REPORT_N_CHANNELS];
/* "feedback", "complaint", "denunciation". */
extern const char *const hl_report_kinds[HL_REPORT_N_KINDS];
extern const char *const hl_report_kind_vi[HL_REPORT_N_KINDS];

#define HL_REPORT_NONE INT64_MIN /* a timestamp that is NULL */

enum hl_report_format {
    HL_REPORT_TABLE,
    HL_REPORT_JSON,
    HL_REPORT_CSV,
    HL_REPORT_HTML,
};

/* What hotlinectl report (or the digest) asks for. */
struct hl_report_filter {
    const char *from; /* YYYY-MM-DD, first day (Asia/Ho_Chi_Minh); NULL: see hl_report_period */
    const char *to;   /* YYYY-MM-DD, last day, inclusive; NULL: see hl_report_period */
    const char *unit; /* one unit (and, with rollup, every unit under it); NULL: every unit */
    bool rollup;
    bool compare; /* the previous period of equal length beside */
    int64_t now;  /* the instant overdue is judged at; 0: the database's now() */
};

/* ---- the facts, as read from the database ---- */

struct hl_report_unit_in {
    const char *code, *name, *parent, *kind;
    bool active;
};

struct hl_report_case_in {
    const char *code, *unit, *received_unit, *category, *ward_field, *subject, *status;
    const char *channel, *kind;
    int64_t created_at, due_at, first_response_at; /* HL_REPORT_NONE when NULL */
    bool escalated, undeliverable, flagged;
};

struct hl_report_transfer_in {
    const char *from;
    int64_t at;
    bool late; /* not within the transfer deadline */
};

struct hl_report_input {
    struct hl_sla_date from, to; /* the period, both days included */
    bool compare;
    int64_t now;
    const char *unit; /* NULL: every unit */
    bool rollup;
    const struct hl_report_unit_in *units;
    size_t n_units;
    const struct hl_report_case_in *cases; /* may include cases outside the periods */
    size_t n_cases;
    const struct hl_report_transfer_in *transfers;
    size_t n_transfers;
};

/* ---- the figures ---- */

struct hl_report_figures {
    long received, by_channel[HL_REPORT_N_CHANNELS], by_kind[HL_REPORT_N_KINDS];
    long answered, on_time, late, overdue, resolved, escalated;
    long transferred, transferred_late, undeliverable, flagged;
    double median_h;  /* hours to the first answer; NaN without answers */
    double median_wd; /* working days to the first answer; NaN without answers */
    double p90_wd;
    int on_time_pct; /* rounded; -1 when nothing was due or answered */
};

struct hl_report_unit {
    const char *code, *name, *parent;
    int depth; /* under the report's root unit (0 without --unit) */
    struct hl_report_figures cur, prev;
};

struct hl_report_topic {
    const char *category;
    long received, answered, on_time, late, overdue, prev_received;
};

struct hl_report_hotspot {
    const char *category, *ward, *ward_name; /* ward_name: the unit's, or the ward itself */
    long n;
    int rank; /* 1.. within the category */
};

struct hl_report_week {
    struct hl_sla_date monday;
    long received;
};

struct hl_report_overdue {
    const char *code, *unit, *category, *subject;
    int64_t created_at, due_at;
    int age_wd;  /* working days since the receipt day */
    int late_wd; /* working days since the due day */
};

struct hl_report {
    struct hl_sla_date from, to, prev_from, prev_to;
    bool compare;
    int64_t now;
    const char *root; /* --unit, or NULL */
    bool rollup;
    struct hl_report_unit *units; /* in code order (tree order with --rollup) */
    size_t n_units;
    struct hl_report_figures total, prev_total;
    struct hl_report_topic *topics; /* most received first */
    size_t n_topics;
    struct hl_report_hotspot *hotspots; /* by topic as above, then most cases first */
    size_t n_hotspots;
    struct hl_report_week *weeks; /* every week that meets the period */
    size_t n_weeks;
    size_t *ranking; /* indexes into units with an on-time rate, best first */
    size_t n_ranking;
    struct hl_report_overdue *overdue; /* most working days late first */
    size_t n_overdue;
    struct hl_arena arena;
};

/* Hotspots kept per topic. */
#define HL_REPORT_HOTSPOTS_PER_TOPIC 3

/* Whether s is a real date written YYYY-MM-DD; parsed into d when not NULL. */
bool hl_report_date_ok(const char *s);
bool hl_report_date_parse(const char *s, struct hl_sla_date *d);

/* The period of a filter: --from/--to; with one missing, a period of the
 * same calendar month as the other...: from alone runs to today, to alone
 * starts on the first of its month; neither: the last full calendar month
 * before today.  today is the local date of now. */
void hl_report_period(const char *from, const char *to, struct hl_sla_date today,
                      struct hl_sla_date *d0, struct hl_sla_date *d1);
/* The period of equal length that ends the day before d0. */
void hl_report_prev_period(struct hl_sla_date d0, struct hl_sla_date d1, struct hl_sla_date *p0,
                           struct hl_sla_date *p1);

/* Computes the figures.  Returns 0, or -1 with err (HL_ERR_INPUT) when
 * in->unit is not among in->units; out then holds nothing (hl_report_fini
 * is harmless). */
int hl_report_compute(const struct hl_report_input *in, const struct hl_sla_calendar *cal,
                      struct hl_report *out, struct hl_err *err);
void hl_report_fini(struct hl_report *r);

/* Reads the facts in one snapshot and computes the report (report_pg.c).
 * Returns 0, or -1 with err: HL_ERR_INPUT for an unknown unit, otherwise
 * what hl_pg_fail reports. */
int hl_report_load(struct hl_store *s, const struct hl_report_filter *f,
                   const struct hl_sla_calendar *cal, struct hl_report *out, struct hl_err *err);

/* The writers append to b. */
void hl_report_write_table(const struct hl_report *r, struct hl_buf *b);
void hl_report_write_json(const struct hl_report *r, struct hl_buf *b);
void hl_report_write_csv(const struct hl_report *r, struct hl_buf *b);
/* title: the heading's unit line (e.g. the city's or the unit's name); NULL:
 * a generic title. */
void hl_report_write_html(const struct hl_report *r, const char *title, struct hl_buf *b);
/* A few plain-text lines summing up the report (the digest's body). */
void hl_report_write_summary(const struct hl_report *r, struct hl_buf *b);

/* The HTML report's heading: the name of the --unit, else of the unit
 * without a parent (the city), else NULL.  Borrowed from r. */
const char *hl_report_title(const struct hl_report *r);

/* "YYYY-MM-DD HH:MM" (Viet Nam time) or "@UNIX-SECONDS" into *out; 0 or -1. */
int hl_report_parse_instant(const char *s, int64_t *out);

/* One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF;
 * text (from outside) that starts with = + - @ tab or CR gets an apostrophe
 * in front so that a spreadsheet never runs it as a formula. */
void hl_report_csv_field(struct hl_buf *b, const char *s, bool text);

/* Helpers the writers share (report.c). */
/* "dd/mm/yyyy" of a date, into out (at least 11 bytes). */
const char *hl_report_ddmmyyyy(struct hl_sla_date d, char *out, size_t n);
/* "YYYY-MM-DD" of a date. */
const char *hl_report_iso(struct hl_sla_date d, char *out, size_t n);
/* Local "YYYY-MM-DD HH:MM" of an instant. */
const char *hl_report_local_time(int64_t t, char *out, size_t n);

#endif
