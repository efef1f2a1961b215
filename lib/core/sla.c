/* sla: see sla.h.  The calendar file is operator data, read with libconfig;
 * sizes are small (a few dozen days a year), so lookups are binary searches in
 * sorted arrays built at load time. */
#include "sla.h"

#include <libconfig.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Beyond this many working days something is wrong with the caller: no legal
 * deadline is longer than a few months, and the loops below walk day by day. */
#define MAX_WORKING_DAYS 3660

struct named_day {
    int64_t day; /* day number */
    char *name;
};

struct fixed_day {
    int month, day;
    char *name;
};

struct year_entry {
    int year;
    enum hl_sla_year_status status;
};

struct hl_sla_calendar {
    int open_min, close_min;
    struct fixed_day *fixed;
    size_t n_fixed;
    struct named_day *off; /* sorted by day, unique */
    size_t n_off;
    struct named_day *sat; /* working Saturdays, sorted, unique */
    size_t n_sat;
    struct year_entry *years;
    size_t n_years;
};

/* Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar. */
int64_t
hl_sla_day_number(struct hl_sla_date d)
{
    int64_t y = d.year - (d.month <= 2);
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t mp = (d.month + 9) % 12;
    int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct hl_sla_date
hl_sla_date_from_day_number(int64_t n)
{
    n += 719468;
    int64_t era = (n >= 0 ? n : n - 146096) / 146097;
    int64_t doe = n - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    struct hl_sla_date d;
    d.day = (int)(doy - (153 * mp + 2) / 5 + 1);
    d.month = (int)(mp < 10 ? mp + 3 : mp - 9);
    d.year = (int)(yoe + era * 400 + (d.month <= 2));
    return d;
}

static int64_t
floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

int
hl_sla_weekday(struct hl_sla_date d)
{
    /* 1970-01-01 was a Thursday (4). */
    return (int)((hl_sla_day_number(d) % 7 + 7 + 4) % 7);
}

struct hl_sla_date
hl_sla_local_date(int64_t at)
{
    return hl_sla_date_from_day_number(floor_div(at + HL_SLA_UTC_OFFSET_S, 86400));
}

int64_t
hl_sla_local_instant(struct hl_sla_date d, int minute_of_day)
{
    return hl_sla_day_number(d) * 86400 + (int64_t)minute_of_day * 60 - HL_SLA_UTC_OFFSET_S;
}

char *
hl_sla_format_date(struct hl_sla_date d, char *out, size_t out_size)
{
    snprintf(out, out_size, "%02d/%02d/%04d", d.day, d.month, d.year);
    return out;
}

static bool
valid_date(int y, int m, int d)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    int max = mdays[m - 1];
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        max = 29;
    return d <= max;
}

/* Reads 1-2 (or exactly 4) digits; returns the pointer after them or NULL. */
static const char *
read_num(const char *s, int min_digits, int max_digits, int *out)
{
    int v = 0, n = 0;
    while (n < max_digits && s[n] >= '0' && s[n] <= '9') {
        v = v * 10 + (s[n] - '0');
        n++;
    }
    if (n < min_digits)
        return NULL;
    *out = v;
    return s + n;
}

int
hl_sla_parse_date(const char *s, struct hl_sla_date *out)
{
    int d, m, y;
    if ((s = read_num(s, 1, 2, &d)) == NULL || *s++ != '/')
        return -1;
    if ((s = read_num(s, 1, 2, &m)) == NULL || *s++ != '/')
        return -1;
    if ((s = read_num(s, 4, 4, &y)) == NULL || *s != '\0')
        return -1;
    if (!valid_date(y, m, d))
        return -1;
    out->year = y;
    out->month = m;
    out->day = d;
    return 0;
}

static const struct named_day *
find_day(const struct named_day *arr, size_t n, int64_t day)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (arr[mid].day == day)
            return &arr[mid];
        if (arr[mid].day < day)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static const char *
fixed_name(const struct hl_sla_calendar *cal, struct hl_sla_date d)
{
    for (size_t i = 0; i < cal->n_fixed; i++)
        if (cal->fixed[i].month == d.month && cal->fixed[i].day == d.day)
            return cal->fixed[i].name;
    return NULL;
}

const char *
hl_sla_day_name(const struct hl_sla_calendar *cal, struct hl_sla_date d)
{
    int64_t n = hl_sla_day_number(d);
    const struct named_day *nd = find_day(cal->sat, cal->n_sat, n);
    if (nd == NULL)
        nd = find_day(cal->off, cal->n_off, n);
    if (nd != NULL)
        return nd->name;
    return fixed_name(cal, d);
}

static bool
is_working(const struct hl_sla_calendar *cal, int64_t n)
{
    if (find_day(cal->sat, cal->n_sat, n) != NULL)
        return true;
    int wd = (int)((n % 7 + 7 + 4) % 7);
    if (wd == 0 || wd == 6)
        return false;
    if (find_day(cal->off, cal->n_off, n) != NULL)
        return false;
    return fixed_name(cal, hl_sla_date_from_day_number(n)) == NULL;
}

bool
hl_sla_is_working_day(const struct hl_sla_calendar *cal, struct hl_sla_date d)
{
    return is_working(cal, hl_sla_day_number(d));
}

/* A calendar with every day off would loop forever; a year has at most a few
 * dozen days off, so ~40 consecutive non-working days means corrupt data. */
static int64_t
step_working(const struct hl_sla_calendar *cal, int64_t n, int dir)
{
    for (int guard = 0; guard < 400; guard++) {
        n += dir;
        if (is_working(cal, n))
            return n;
    }
    hl_panic("no working day within 400 days: the calendar loader lets no such calendar in");
}

struct hl_sla_date
hl_sla_add_working_days(const struct hl_sla_calendar *cal, struct hl_sla_date d, int n)
{
    int64_t day = hl_sla_day_number(d);
    if (n > MAX_WORKING_DAYS)
        n = MAX_WORKING_DAYS;
    if (n < -MAX_WORKING_DAYS)
        n = -MAX_WORKING_DAYS;
    if (n == 0) {
        if (!is_working(cal, day))
            day = step_working(cal, day, 1);
        return hl_sla_date_from_day_number(day);
    }
    int dir = n > 0 ? 1 : -1;
    for (int i = 0; i != n; i += dir)
        day = step_working(cal, day, dir);
    return hl_sla_date_from_day_number(day);
}

int
hl_sla_working_days_between(const struct hl_sla_calendar *cal, struct hl_sla_date from,
                            struct hl_sla_date to)
{
    int64_t a = hl_sla_day_number(from), b = hl_sla_day_number(to);
    int sign = 1;
    if (b < a) {
        int64_t t = a;
        a = b;
        b = t;
        sign = -1;
    }
    /* Deadlines are weeks away; cap the walk so a garbage date cannot spin. */
    if (b - a > 366 * 20)
        b = a + 366 * 20;
    int count = 0;
    for (int64_t n = a + 1; n <= b; n++)
        count += is_working(cal, n);
    return sign * count;
}

struct hl_sla_date
hl_sla_receipt_day(const struct hl_sla_calendar *cal, int64_t received_at)
{
    int64_t local = received_at + HL_SLA_UTC_OFFSET_S;
    int64_t day = floor_div(local, 86400);
    int64_t minute = (local - day * 86400) / 60;
    if (!is_working(cal, day) || minute >= cal->close_min)
        day = step_working(cal, day, 1);
    return hl_sla_date_from_day_number(day);
}

int64_t
hl_sla_due(const struct hl_sla_calendar *cal, int64_t received_at, int working_days)
{
    struct hl_sla_date r = hl_sla_receipt_day(cal, received_at);
    if (working_days < 0)
        working_days = 0;
    struct hl_sla_date due = hl_sla_add_working_days(cal, r, working_days);
    return hl_sla_local_instant(due, cal->close_min);
}

enum hl_sla_year_status
hl_sla_calendar_year(const struct hl_sla_calendar *cal, int year)
{
    for (size_t i = 0; i < cal->n_years; i++)
        if (cal->years[i].year == year)
            return cal->years[i].status;
    return HL_SLA_YEAR_MISSING;
}

int
hl_sla_office_open_min(const struct hl_sla_calendar *cal)
{
    return cal->open_min;
}

int
hl_sla_office_close_min(const struct hl_sla_calendar *cal)
{
    return cal->close_min;
}

struct hl_sla_calendar *
hl_sla_calendar_new(void)
{
    struct hl_sla_calendar *cal = hl_xcalloc(1, sizeof *cal);
    cal->open_min = 8 * 60;
    cal->close_min = 17 * 60;
    return cal;
}

void
hl_sla_calendar_free(struct hl_sla_calendar **calp)
{
    struct hl_sla_calendar *cal = calp ? *calp : NULL;
    if (cal == NULL)
        return;
    for (size_t i = 0; i < cal->n_fixed; i++)
        free(cal->fixed[i].name);
    for (size_t i = 0; i < cal->n_off; i++)
        free(cal->off[i].name);
    for (size_t i = 0; i < cal->n_sat; i++)
        free(cal->sat[i].name);
    free(cal->fixed);
    free(cal->off);
    free(cal->sat);
    free(cal->years);
    free(cal);
    *calp = NULL;
}

/* ---- loading ---- */

struct loader {
    const char *path;
    struct hl_diag *diag;
    size_t errors;
    struct hl_sla_calendar *cal;
    size_t cap_off, cap_sat;
};

static void HL_PRINTF(3, 4)
    problem(struct loader *ld, const config_setting_t *s, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *file = s ? config_setting_source_file(s) : NULL;
    hl_diag_add(ld->diag, file ? file : ld->path, s ? (int)config_setting_source_line(s) : 0, "%s",
                msg);
    ld->errors++;
}

static bool
check_keys(struct loader *ld, const config_setting_t *group, const char *const *allowed)
{
    bool ok = true;
    for (int i = 0; i < config_setting_length(group); i++) {
        const config_setting_t *s = config_setting_get_elem(group, (unsigned)i);
        const char *name = config_setting_name(s);
        bool known = false;
        for (const char *const *a = allowed; *a; a++)
            if (name && strcmp(name, *a) == 0)
                known = true;
        if (!known) {
            problem(ld, s, "unknown setting \"%s\"", name ? name : "?");
            ok = false;
        }
    }
    return ok;
}

static const char *
get_string(struct loader *ld, const config_setting_t *group, const char *key, bool required)
{
    const config_setting_t *s = config_setting_get_member(group, key);
    if (s == NULL) {
        if (required)
            problem(ld, group, "missing \"%s\"", key);
        return NULL;
    }
    if (config_setting_type(s) != CONFIG_TYPE_STRING) {
        problem(ld, s, "\"%s\" must be a string", key);
        return NULL;
    }
    return config_setting_get_string(s);
}

static int
parse_hhmm(const char *s)
{
    int h, m;
    if ((s = read_num(s, 2, 2, &h)) == NULL || *s++ != ':')
        return -1;
    if ((s = read_num(s, 2, 2, &m)) == NULL || *s != '\0')
        return -1;
    if (h > 24 || m > 59 || h * 60 + m > 24 * 60)
        return -1;
    return h * 60 + m;
}

static void
load_hours(struct loader *ld, const config_setting_t *root)
{
    const config_setting_t *g = config_setting_get_member(root, "office_hours");
    if (g == NULL)
        return;
    if (!config_setting_is_group(g)) {
        problem(ld, g, "\"office_hours\" must be a group { open = \"08:00\"; close = \"17:00\"; }");
        return;
    }
    static const char *const keys[] = {"open", "close", NULL};
    check_keys(ld, g, keys);
    const char *open = get_string(ld, g, "open", false);
    const char *close = get_string(ld, g, "close", false);
    int o = ld->cal->open_min, c = ld->cal->close_min;
    if (open && (o = parse_hhmm(open)) < 0)
        problem(ld, config_setting_get_member(g, "open"), "bad time \"%s\" (want HH:MM)", open);
    if (close && (c = parse_hhmm(close)) < 0)
        problem(ld, config_setting_get_member(g, "close"), "bad time \"%s\" (want HH:MM)", close);
    if (o >= 0 && c >= 0 && o >= c)
        problem(ld, g, "office hours open at %s but close at %s", open ? open : "08:00",
                close ? close : "17:00");
    if (o >= 0 && c >= 0 && o < c) {
        ld->cal->open_min = o;
        ld->cal->close_min = c;
    }
}

static void
load_fixed(struct loader *ld, const config_setting_t *root)
{
    const config_setting_t *list = config_setting_get_member(root, "fixed");
    if (list == NULL)
        return;
    if (!config_setting_is_list(list)) {
        problem(ld, list, "\"fixed\" must be a list of { date = \"dd/mm\"; name = \"...\"; }");
        return;
    }
    int n = config_setting_length(list);
    ld->cal->fixed = hl_xcalloc((size_t)n, sizeof *ld->cal->fixed);
    for (int i = 0; i < n; i++) {
        const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
        if (!config_setting_is_group(e)) {
            problem(ld, e, "each fixed holiday must be { date = \"dd/mm\"; name = \"...\"; }");
            continue;
        }
        static const char *const keys[] = {"date", "name", NULL};
        check_keys(ld, e, keys);
        const char *date = get_string(ld, e, "date", true);
        const char *name = get_string(ld, e, "name", true);
        int d, m;
        const char *p = date;
        if (p && (p = read_num(p, 1, 2, &d)) && *p == '/' && (p = read_num(p + 1, 1, 2, &m)) &&
            *p == '\0' && valid_date(2000, m, d)) {
            struct fixed_day *f = &ld->cal->fixed[ld->cal->n_fixed++];
            f->month = m;
            f->day = d;
            f->name = hl_xstrdup(name ? name : "");
        } else if (date) {
            problem(ld, config_setting_get_member(e, "date"), "bad fixed date \"%s\" (want dd/mm)",
                    date);
        }
    }
}

static void
push_day(struct loader *ld, bool saturday, int64_t day, const char *name)
{
    struct named_day **arr = saturday ? &ld->cal->sat : &ld->cal->off;
    size_t *n = saturday ? &ld->cal->n_sat : &ld->cal->n_off;
    size_t *cap = saturday ? &ld->cap_sat : &ld->cap_off;
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        *arr = hl_xrealloc(*arr, *cap * sizeof **arr);
    }
    (*arr)[*n].day = day;
    (*arr)[*n].name = hl_xstrdup(name);
    (*n)++;
}

/* Reads "date" or "from"/"to" of one entry; returns the number of days (0 on error). */
static int
entry_span(struct loader *ld, const config_setting_t *e, int year, int64_t *first)
{
    const char *date = get_string(ld, e, "date", false);
    const char *from = get_string(ld, e, "from", false);
    const char *to = get_string(ld, e, "to", false);
    struct hl_sla_date a, b;
    if (date && (from || to)) {
        problem(ld, e, "give either \"date\" or \"from\"/\"to\", not both");
        return 0;
    }
    if (date) {
        from = to = date;
    } else if (!from || !to) {
        problem(ld, e, "missing \"date\" (or \"from\" and \"to\")");
        return 0;
    }
    if (hl_sla_parse_date(from, &a) < 0 || hl_sla_parse_date(to, &b) < 0) {
        problem(ld, e, "bad date \"%s\" (want dd/mm/yyyy)",
                hl_sla_parse_date(from, &a) < 0 ? from : to);
        return 0;
    }
    if (a.year != year || b.year != year) {
        problem(ld, e, "date %s is not in year %d", a.year != year ? from : to, year);
        return 0;
    }
    int64_t na = hl_sla_day_number(a), nb = hl_sla_day_number(b);
    if (nb < na) {
        problem(ld, e, "\"to\" %s is before \"from\" %s", to, from);
        return 0;
    }
    if (nb - na > 31) {
        problem(ld, e, "a span of %d days off is not plausible", (int)(nb - na + 1));
        return 0;
    }
    *first = na;
    return (int)(nb - na + 1);
}

static void
load_days(struct loader *ld, const config_setting_t *y, int year, bool saturdays)
{
    const char *key = saturdays ? "working_saturdays" : "days_off";
    const config_setting_t *list = config_setting_get_member(y, key);
    if (list == NULL)
        return;
    if (!config_setting_is_list(list)) {
        problem(ld, list, "\"%s\" must be a list of { date = \"dd/mm/yyyy\"; name = \"...\"; }",
                key);
        return;
    }
    for (int i = 0; i < config_setting_length(list); i++) {
        const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
        if (!config_setting_is_group(e)) {
            problem(ld, e, "each entry of \"%s\" must be a group", key);
            continue;
        }
        static const char *const keys[] = {"date", "from", "to", "name", NULL};
        check_keys(ld, e, keys);
        const char *name = get_string(ld, e, "name", true);
        int64_t first;
        int n = entry_span(ld, e, year, &first);
        for (int k = 0; k < n; k++) {
            int64_t day = first + k;
            struct hl_sla_date d = hl_sla_date_from_day_number(day);
            if (saturdays && hl_sla_weekday(d) != 6) {
                char buf[16];
                problem(ld, e, "%s is not a Saturday", hl_sla_format_date(d, buf, sizeof buf));
                continue;
            }
            push_day(ld, saturdays, day, name ? name : "");
        }
    }
}

static void
load_years(struct loader *ld, const config_setting_t *root)
{
    const config_setting_t *list = config_setting_get_member(root, "years");
    if (list == NULL)
        return;
    if (!config_setting_is_list(list)) {
        problem(ld, list, "\"years\" must be a list of groups");
        return;
    }
    int n = config_setting_length(list);
    ld->cal->years = hl_xcalloc((size_t)n, sizeof *ld->cal->years);
    for (int i = 0; i < n; i++) {
        const config_setting_t *y = config_setting_get_elem(list, (unsigned)i);
        if (!config_setting_is_group(y)) {
            problem(ld, y, "each year must be a group");
            continue;
        }
        static const char *const keys[] = {
            "year", "status", "source", "days_off", "working_saturdays", NULL};
        check_keys(ld, y, keys);
        int year = 0;
        const config_setting_t *ys = config_setting_get_member(y, "year");
        if (ys == NULL || config_setting_type(ys) != CONFIG_TYPE_INT ||
            (year = config_setting_get_int(ys)) < 1976 || year > 9999) {
            problem(ld, ys ? ys : y, "\"year\" must be an integer year (e.g. year = 2026;)");
            continue;
        }
        if (hl_sla_calendar_year(ld->cal, year) != HL_SLA_YEAR_MISSING) {
            problem(ld, ys, "year %d is listed twice", year);
            continue;
        }
        const char *status = get_string(ld, y, "status", true);
        enum hl_sla_year_status st = HL_SLA_YEAR_PROVISIONAL;
        if (status && strcmp(status, "official") == 0)
            st = HL_SLA_YEAR_OFFICIAL;
        else if (status && strcmp(status, "provisional") != 0)
            problem(ld, config_setting_get_member(y, "status"),
                    "status must be \"official\" or \"provisional\", not \"%s\"", status);
        get_string(ld, y, "source", true);
        ld->cal->years[ld->cal->n_years].year = year;
        ld->cal->years[ld->cal->n_years].status = st;
        ld->cal->n_years++;
        load_days(ld, y, year, false);
        load_days(ld, y, year, true);
    }
}

static int
cmp_named(const void *a, const void *b)
{
    const struct named_day *x = a, *y = b;
    return (x->day > y->day) - (x->day < y->day);
}

/* Sorts, reports duplicates, and rejects a day both off and working. */
static void
finish(struct loader *ld)
{
    struct hl_sla_calendar *cal = ld->cal;
    if (cal->n_off > 0)
        qsort(cal->off, cal->n_off, sizeof *cal->off, cmp_named);
    if (cal->n_sat > 0)
        qsort(cal->sat, cal->n_sat, sizeof *cal->sat, cmp_named);
    char buf[16];
    for (int pass = 0; pass < 2; pass++) {
        struct named_day *arr = pass ? cal->sat : cal->off;
        size_t *n = pass ? &cal->n_sat : &cal->n_off;
        size_t w = 0;
        for (size_t i = 0; i < *n; i++) {
            if (w > 0 && arr[w - 1].day == arr[i].day) {
                free(arr[i].name); /* listed twice: harmless, keep the first name */
                continue;
            }
            arr[w++] = arr[i];
        }
        *n = w;
    }
    for (size_t i = 0; i < cal->n_sat; i++) {
        if (find_day(cal->off, cal->n_off, cal->sat[i].day) != NULL) {
            struct hl_sla_date d = hl_sla_date_from_day_number(cal->sat[i].day);
            hl_diag_add(ld->diag, ld->path, 0, "%s is both a day off and a working Saturday",
                        hl_sla_format_date(d, buf, sizeof buf));
            ld->errors++;
        }
    }
    /* step_working gives up after 400 days off in a row; refuse long before. */
    for (size_t i = 0; i < cal->n_off; i++) {
        int run = 0;
        for (int64_t n = cal->off[i].day; run <= 60 && !is_working(cal, n); n++)
            run++;
        if (run > 60) {
            struct hl_sla_date d = hl_sla_date_from_day_number(cal->off[i].day);
            hl_diag_add(ld->diag, ld->path, 0, "more than 60 days off in a row from %s",
                        hl_sla_format_date(d, buf, sizeof buf));
            ld->errors++;
            break;
        }
    }
}

struct hl_sla_calendar *
hl_sla_calendar_load(const char *path, struct hl_diag *diag)
{
    config_t cfg;
    config_init(&cfg);
    struct loader ld = {.path = path, .diag = diag, .cal = hl_sla_calendar_new()};
    if (config_read_file(&cfg, path) != CONFIG_TRUE) {
        const char *file = config_error_file(&cfg);
        if (config_error_type(&cfg) == CONFIG_ERR_FILE_IO)
            hl_diag_add(diag, path, 0, "cannot read the holiday calendar");
        else
            hl_diag_add(diag, file ? file : path, config_error_line(&cfg), "%s",
                        config_error_text(&cfg));
        ld.errors++;
        goto out;
    }
    const config_setting_t *root = config_root_setting(&cfg);
    static const char *const keys[] = {"office_hours", "fixed", "years", NULL};
    check_keys(&ld, root, keys);
    load_hours(&ld, root);
    load_fixed(&ld, root);
    load_years(&ld, root);
    finish(&ld);
out:
    config_destroy(&cfg);
    if (ld.errors > 0)
        hl_sla_calendar_free(&ld.cal);
    return ld.cal;
}
