/*
 * sla: working-day arithmetic for deadlines, in Asia/Ho_Chi_Minh.
 *
 * Viet Nam has kept UTC+7 without daylight saving since 1975, so local time is
 * computed with a fixed offset and never through the system TZ database (which
 * a container may lack or a host may set differently).
 *
 * A working day is Monday to Friday, minus the days off of the calendar, plus
 * the Saturdays the Government turned into working days.  The calendar is data
 * (data/holidays.conf): fixed solar holidays apply every year; lunar holidays
 * (Tết, Giỗ Tổ Hùng Vương), compensatory days and swaps are listed per year,
 * because the Prime Minister decides them year by year.
 *
 * How a deadline counts (Bộ luật Dân sự 2015, Điều 147: the day of the event
 * is not counted): mail received on a working day before closing time is
 * received that day; mail received after closing time or on a day off is
 * received on the next working day.  A deadline of N working days falls on the
 * N-th working day after that receipt day, at closing time.
 *
 * Does not: know about cases, categories or the clock; the caller passes
 * instants.  Instants are Unix seconds (int64_t, UTC).
 *
 * Ownership: hl_sla_calendar_load returns a calendar the caller frees with
 * hl_sla_calendar_free.  It is immutable after loading, so threads may share it.
 */
#ifndef HL_SLA_H
#define HL_SLA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

#define HL_SLA_UTC_OFFSET_S (7 * 3600)

/* A civil date in Viet Nam. */
struct hl_sla_date {
    int year;
    int month; /* 1..12 */
    int day;   /* 1..31 */
};

struct hl_sla_calendar;

/* How much the calendar knows about a year. */
enum hl_sla_year_status {
    HL_SLA_YEAR_MISSING,     /* no entry: only weekends and fixed holidays apply */
    HL_SLA_YEAR_PROVISIONAL, /* entered from the law before the official notice */
    HL_SLA_YEAR_OFFICIAL,    /* entered from the Government's announcement */
};

/* Reads a calendar file (format: data/holidays.conf).  Returns NULL when any
 * problem was found; every problem is in diag as "FILE:LINE: message". */
struct hl_sla_calendar *hl_sla_calendar_load(const char *path, struct hl_diag *diag);

/* A calendar with no holidays, office hours 08:00-17:00: for tests and as a
 * fallback that only knows weekends. */
struct hl_sla_calendar *hl_sla_calendar_new(void);
void hl_sla_calendar_free(struct hl_sla_calendar **cal);

enum hl_sla_year_status hl_sla_calendar_year(const struct hl_sla_calendar *cal, int year);
/* Office hours in minutes after local midnight. */
int hl_sla_office_open_min(const struct hl_sla_calendar *cal);
int hl_sla_office_close_min(const struct hl_sla_calendar *cal);

/* Name of the day off ("Tết Nguyên đán ...") or of the swap, NULL for an
 * ordinary day.  Borrowed from the calendar. */
const char *hl_sla_day_name(const struct hl_sla_calendar *cal, struct hl_sla_date d);

bool hl_sla_is_working_day(const struct hl_sla_calendar *cal, struct hl_sla_date d);

/* The n-th working day after d (n > 0), before d (n < 0), or d itself when it is
 * a working day and n == 0 (else the next working day). */
struct hl_sla_date hl_sla_add_working_days(const struct hl_sla_calendar *cal, struct hl_sla_date d,
                                           int n);

/* Number of working days w with from < w <= to; negative when to is before
 * from.  "Due in 2 working days" is hl_sla_working_days_between(today, due) == 2. */
int hl_sla_working_days_between(const struct hl_sla_calendar *cal, struct hl_sla_date from,
                                struct hl_sla_date to);

/* The working day a message received at received_at counts as received. */
struct hl_sla_date hl_sla_receipt_day(const struct hl_sla_calendar *cal, int64_t received_at);

/* Deadline: closing time of the working_days-th working day after the
 * receipt day, as a Unix instant.  working_days >= 0. */
int64_t hl_sla_due(const struct hl_sla_calendar *cal, int64_t received_at, int working_days);

/* Local date of an instant, and the instant of a local date and minute. */
struct hl_sla_date hl_sla_local_date(int64_t at);
int64_t hl_sla_local_instant(struct hl_sla_date d, int minute_of_day);

/* 0 = Sunday .. 6 = Saturday. */
int hl_sla_weekday(struct hl_sla_date d);
/* Days since 1970-01-01 (proleptic Gregorian), and back. */
int64_t hl_sla_day_number(struct hl_sla_date d);
struct hl_sla_date hl_sla_date_from_day_number(int64_t n);

/* "dd/mm/yyyy" into out (at least 11 bytes).  Returns out. */
char *hl_sla_format_date(struct hl_sla_date d, char *out, size_t out_size);
/* Parses "dd/mm/yyyy" (one-digit day and month accepted).  Returns 0, or -1
 * when s is not a real calendar date. */
int hl_sla_parse_date(const char *s, struct hl_sla_date *out);

#endif
