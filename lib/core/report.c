/*
 * report: the pure part of report.h: periods, the figures from the facts,
 * and the text, JSON and summary writers.  The facts are read in
 * report_pg.c; CSV and HTML are in report_csv.c and report_html.c.
 */
#include "report.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *const hl_report_channels[HL_REPORT_N_CHANNELS] = {"email", "phone", "box", "counter",
                                                              "portal"};
const char *const hl_report_channel_vi[HL_REPORT_N_CHANNELS] = {
    "Thư điện tử", "Điện thoại", "Hòm thư", "Trực tiếp", "Cổng thông tin"};
const char *const hl_report_kinds[HL_REPORT_N_KINDS] = {"feedback", "complaint", "denunciation"};
const char *const hl_report_kind_vi[HL_REPORT_N_KINDS] = {"Phản ánh, kiến nghị", "Khiếu nại",
                                                          "Tố cáo"};

/* ---- dates ---- */

/* The number written by the n digits at s, or -1 if one is not a digit. */
static int
digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

bool
hl_report_date_parse(const char *s, struct hl_sla_date *d)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    int y = digits(s, 4), m = digits(s + 5, 2), day = digits(s + 8, 2);
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1970 || m < 1 || m > 12 || day < 1 || day > days[m - 1])
        return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (m == 2 && day == 29 && !leap)
        return false;
    if (d)
        *d = (struct hl_sla_date){y, m, day};
    return true;
}

bool
hl_report_date_ok(const char *s)
{
    return hl_report_date_parse(s, NULL);
}

static struct hl_sla_date
add_days(struct hl_sla_date d, int64_t n)
{
    return hl_sla_date_from_day_number(hl_sla_day_number(d) + n);
}

void
hl_report_period(const char *from, const char *to, struct hl_sla_date today, struct hl_sla_date *d0,
                 struct hl_sla_date *d1)
{
    bool has0 = from && hl_report_date_parse(from, d0);
    bool has1 = to && hl_report_date_parse(to, d1);
    if (has0 && !has1)
        *d1 = hl_sla_day_number(today) >= hl_sla_day_number(*d0) ? today : *d0;
    else if (!has0 && has1)
        *d0 = (struct hl_sla_date){d1->year, d1->month, 1};
    else if (!has0 && !has1) {
        /* The last full month: the day before the first of this month, and
         * the first of that day's month. */
        *d1 = add_days((struct hl_sla_date){today.year, today.month, 1}, -1);
        *d0 = (struct hl_sla_date){d1->year, d1->month, 1};
    }
}

void
hl_report_prev_period(struct hl_sla_date d0, struct hl_sla_date d1, struct hl_sla_date *p0,
                      struct hl_sla_date *p1)
{
    int64_t len = hl_sla_day_number(d1) - hl_sla_day_number(d0) + 1;
    *p1 = add_days(d0, -1);
    *p0 = add_days(d0, -len);
}

const char *
hl_report_ddmmyyyy(struct hl_sla_date d, char *out, size_t n)
{
    snprintf(out, n, "%02d/%02d/%04d", d.day, d.month, d.year);
    return out;
}

const char *
hl_report_iso(struct hl_sla_date d, char *out, size_t n)
{
    snprintf(out, n, "%04d-%02d-%02d", d.year, d.month, d.day);
    return out;
}

const char *
hl_report_local_time(int64_t t, char *out, size_t n)
{
    struct hl_sla_date d = hl_sla_local_date(t);
    int64_t m = (t + HL_SLA_UTC_OFFSET_S) % 86400;
    if (m < 0)
        m += 86400;
    snprintf(out, n, "%04d-%02d-%02d %02d:%02d", d.year, d.month, d.day, (int)(m / 3600),
             (int)(m % 3600 / 60));
    return out;
}

int
hl_report_parse_instant(const char *s, int64_t *out)
{
    if (s[0] == '@') {
        int64_t v = 0;
        const char *p = s + 1;
        for (; *p >= '0' && *p <= '9' && v < INT64_MAX / 10 - 10; p++)
            v = v * 10 + (*p - '0');
        if (p == s + 1 || *p != '\0' || v <= 0)
            return -1;
        *out = v;
        return 0;
    }
    char day[11];
    struct hl_sla_date d;
    if (strlen(s) != 16 || s[10] != ' ' || s[13] != ':')
        return -1;
    memcpy(day, s, 10);
    day[10] = '\0';
    int h = digits(s + 11, 2), m = digits(s + 14, 2);
    if (!hl_report_date_parse(day, &d) || h < 0 || h > 23 || m < 0 || m > 59)
        return -1;
    *out = hl_sla_local_instant(d, h * 60 + m);
    return 0;
}

const char *
hl_report_title(const struct hl_report *r)
{
    for (size_t i = 0; i < r->n_units; i++)
        if (r->root ? strcmp(r->units[i].code, r->root) == 0 : r->units[i].parent[0] == '\0')
            return r->units[i].name;
    return NULL;
}

/* ---- the figures ---- */

static const char *
dup(struct hl_arena *a, const char *s)
{
    return hl_arena_strdup(a, s ? s : "");
}

static int
index_of(const char *const *names, int n, const char *s)
{
    for (int i = 0; s && i < n; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

/* Units sorted by code, for lookups. */
struct ukey {
    const char *code;
    size_t i;
};

static int
ukey_cmp(const void *a, const void *b)
{
    return strcmp(((const struct ukey *)a)->code, ((const struct ukey *)b)->code);
}

static size_t
ukey_find(const struct ukey *keys, size_t n, const char *code)
{
    if (code == NULL)
        return SIZE_MAX;
    struct ukey k = {code, 0};
    const struct ukey *hit = bsearch(&k, keys, n, sizeof *keys, ukey_cmp);
    return hit ? hit->i : SIZE_MAX;
}

/* An answered case's durations, for the medians of group g (a unit's index,
 * or n_units for the total). */
struct dur {
    size_t g;
    double h, wd;
};

static int
dur_cmp(const void *a, const void *b)
{
    const struct dur *x = a, *y = b;
    return x->g < y->g ? -1 : x->g > y->g;
}

static int
dbl_cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* PostgreSQL's percentile_cont over sorted v. */
static double
percentile(const double *v, size_t n, double p)
{
    if (n == 0)
        return NAN;
    double pos = p * (double)(n - 1);
    size_t lo = (size_t)pos;
    if (lo + 1 >= n)
        return v[n - 1];
    return v[lo] + (pos - (double)lo) * (v[lo + 1] - v[lo]);
}

static double
round1(double x)
{
    return isnan(x) ? x : floor(x * 10 + 0.5) / 10;
}

/* Sets the medians of every group from ds (sorted here). */
static void
medians(struct dur *ds, size_t n, struct hl_report_figures **figs)
{
    qsort(ds, n, sizeof *ds, dur_cmp);
    double *h = hl_xcalloc(n + 1, sizeof *h), *wd = hl_xcalloc(n + 1, sizeof *wd);
    for (size_t i = 0; i < n;) {
        size_t j = i, k = 0;
        for (; j < n && ds[j].g == ds[i].g; j++, k++) {
            h[k] = ds[j].h;
            wd[k] = ds[j].wd;
        }
        qsort(h, k, sizeof *h, dbl_cmp);
        qsort(wd, k, sizeof *wd, dbl_cmp);
        struct hl_report_figures *f = figs[ds[i].g];
        f->median_h = round1(percentile(h, k, 0.5));
        f->median_wd = round1(percentile(wd, k, 0.5));
        f->p90_wd = round1(percentile(wd, k, 0.9));
        i = j;
    }
    free(h);
    free(wd);
}

static void
fig_init(struct hl_report_figures *f)
{
    memset(f, 0, sizeof *f);
    f->median_h = f->median_wd = f->p90_wd = NAN;
    f->on_time_pct = -1;
}

static void
fig_pct(struct hl_report_figures *f)
{
    long den = f->on_time + f->late + f->overdue;
    f->on_time_pct = den > 0 ? (int)floor(100.0 * (double)f->on_time / (double)den + 0.5) : -1;
}

static bool
is_overdue(const struct hl_report_case_in *c, int64_t now)
{
    return c->first_response_at == HL_REPORT_NONE && strcmp(c->status, "resolved") != 0 &&
           strcmp(c->status, "refused") != 0 && c->due_at != HL_REPORT_NONE && c->due_at < now;
}

/* Adds case c to f. */
static void
fig_add(struct hl_report_figures *f, const struct hl_report_case_in *c, int64_t now)
{
    f->received++;
    int ch = index_of(hl_report_channels, HL_REPORT_N_CHANNELS, c->channel);
    int k = index_of(hl_report_kinds, HL_REPORT_N_KINDS, c->kind);
    if (ch >= 0)
        f->by_channel[ch]++;
    if (k >= 0)
        f->by_kind[k]++;
    bool answered = c->first_response_at != HL_REPORT_NONE;
    f->answered += answered;
    if (answered && c->due_at != HL_REPORT_NONE) {
        f->on_time += c->first_response_at <= c->due_at;
        f->late += c->first_response_at > c->due_at;
    }
    f->overdue += is_overdue(c, now);
    f->resolved += strcmp(c->status, "resolved") == 0;
    f->escalated += c->escalated;
    f->undeliverable += c->undeliverable;
    f->flagged += c->flagged;
}

static int
answer_wd(const struct hl_sla_calendar *cal, int64_t created, int64_t answered)
{
    int n = hl_sla_working_days_between(cal, hl_sla_receipt_day(cal, created),
                                        hl_sla_local_date(answered));
    return n < 0 ? 0 : n; /* answered on the day off it arrived */
}

/* Sorting helpers for topics and hotspots: indexes of current cases. */
struct tkey {
    const char *category, *ward;
    size_t c;
};

static int
tkey_cmp(const void *a, const void *b)
{
    const struct tkey *x = a, *y = b;
    int d = strcmp(x->category, y->category);
    return d ? d : strcmp(x->ward ? x->ward : "", y->ward ? y->ward : "");
}

static int
topic_cmp(const void *a, const void *b)
{
    const struct hl_report_topic *x = a, *y = b;
    if (x->received != y->received)
        return x->received > y->received ? -1 : 1;
    return strcmp(x->category, y->category);
}

static size_t
topic_pos(const struct hl_report *r, const char *category)
{
    for (size_t i = 0; i < r->n_topics; i++)
        if (strcmp(r->topics[i].category, category) == 0)
            return i;
    return SIZE_MAX;
}

static int
hotspot_cmp(const void *a, const void *b, void *rep)
{
    const struct hl_report_hotspot *x = a, *y = b;
    size_t px = topic_pos(rep, x->category), py = topic_pos(rep, y->category);
    if (px != py)
        return px < py ? -1 : 1;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    return strcmp(x->ward, y->ward);
}

static int
overdue_cmp(const void *a, const void *b)
{
    const struct hl_report_overdue *x = a, *y = b;
    if (x->late_wd != y->late_wd)
        return x->late_wd > y->late_wd ? -1 : 1;
    if (x->due_at != y->due_at)
        return x->due_at < y->due_at ? -1 : 1;
    return strcmp(x->code, y->code);
}

static int
rank_cmp(const void *a, const void *b, void *units)
{
    const struct hl_report_unit *rank_units = units;
    const struct hl_report_figures *x = &rank_units[*(const size_t *)a].cur;
    const struct hl_report_figures *y = &rank_units[*(const size_t *)b].cur;
    /* on_time / den compared exactly: x.on_time * y.den vs y.on_time * x.den */
    long dx = x->on_time + x->late + x->overdue, dy = y->on_time + y->late + y->overdue;
    long l = x->on_time * dy, r = y->on_time * dx;
    if (l != r)
        return l > r ? -1 : 1;
    if (dx != dy)
        return dx > dy ? -1 : 1;
    return strcmp(rank_units[*(const size_t *)a].code, rank_units[*(const size_t *)b].code);
}

static bool
is_ward_kind(const char *kind)
{
    return kind && (strcmp(kind, "ward") == 0 || strcmp(kind, "commune") == 0);
}

int
hl_report_compute(const struct hl_report_input *in, const struct hl_sla_calendar *cal,
                  struct hl_report *r, struct hl_err *err)
{
    memset(r, 0, sizeof *r);
    hl_arena_init(&r->arena);
    struct hl_arena *a = &r->arena;
    r->from = in->from;
    r->to = in->to;
    r->compare = in->compare;
    hl_report_prev_period(in->from, in->to, &r->prev_from, &r->prev_to);
    r->now = in->now;
    r->root = in->unit ? dup(a, in->unit) : NULL;
    r->rollup = in->rollup;
    int64_t t0 = hl_sla_local_instant(in->from, 0);
    int64_t t1 = hl_sla_local_instant(add_days(in->to, 1), 0);
    int64_t p0 = hl_sla_local_instant(r->prev_from, 0);

    /* Every unit by code; then the units the report covers. */
    size_t nu = in->n_units;
    struct ukey *all = hl_xcalloc(nu + 1, sizeof *all);
    for (size_t i = 0; i < nu; i++)
        all[i] = (struct ukey){in->units[i].code, i};
    qsort(all, nu, sizeof *all, ukey_cmp);
    size_t root = ukey_find(all, nu, in->unit);
    if (in->unit && root == SIZE_MAX) {
        free(all);
        hl_report_fini(r); /* nothing is left for the caller to free */
        return hl_err_set(err, HL_ERR_INPUT, "unknown unit \"%s\"", in->unit);
    }
    /* depth[i]: how far under the root unit i is, -1 when not covered.  A
     * parent loop cannot hang the walk: it stops after nu steps. */
    int *depth = hl_xcalloc(nu + 1, sizeof *depth);
    for (size_t i = 0; i < nu; i++) {
        depth[i] = -1;
        if (!in->unit) {
            depth[i] = 0;
            continue;
        }
        size_t u = i;
        for (int d = 0; u != SIZE_MAX && (size_t)d <= nu; d++) {
            if (u == root) {
                depth[i] = d;
                break;
            }
            if (!in->rollup)
                break;
            u = ukey_find(all, nu, in->units[u].parent);
        }
    }
    /* Which covered units have anything to show. */
    bool *busy = hl_xcalloc(nu + 1, sizeof *busy);
    for (size_t k = 0; k < in->n_cases; k++) {
        const struct hl_report_case_in *c = &in->cases[k];
        size_t u = ukey_find(all, nu, c->unit);
        if (u != SIZE_MAX && c->created_at >= (in->compare ? p0 : t0) && c->created_at < t1)
            busy[u] = true;
    }
    for (size_t k = 0; k < in->n_transfers; k++) {
        size_t u = ukey_find(all, nu, in->transfers[k].from);
        if (u != SIZE_MAX && in->transfers[k].at >= (in->compare ? p0 : t0) &&
            in->transfers[k].at < t1)
            busy[u] = true;
    }
    size_t *slot = hl_xcalloc(nu + 1, sizeof *slot); /* input index -> report index */
    r->units = hl_arena_alloc(a, (nu + 1) * sizeof *r->units);
    for (size_t j = 0; j < nu; j++) {
        size_t i = all[j].i;
        slot[i] = SIZE_MAX;
        const struct hl_report_unit_in *u = &in->units[i];
        if (depth[i] < 0 || !(u->active || busy[i] || i == root))
            continue;
        slot[i] = r->n_units;
        struct hl_report_unit *ru = &r->units[r->n_units++];
        ru->code = dup(a, u->code);
        ru->name = dup(a, u->name);
        ru->parent = dup(a, u->parent);
        ru->depth = depth[i];
        fig_init(&ru->cur);
        fig_init(&ru->prev);
    }
    fig_init(&r->total);
    fig_init(&r->prev_total);

    /* Weeks: from the Monday on or before the first day. */
    int64_t first = hl_sla_day_number(in->from), last = hl_sla_day_number(in->to);
    int64_t monday0 = first - (hl_sla_weekday(in->from) + 6) % 7;
    r->n_weeks = (size_t)((last - monday0) / 7 + 1);
    r->weeks = hl_arena_alloc(a, r->n_weeks * sizeof *r->weeks);
    for (size_t w = 0; w < r->n_weeks; w++)
        r->weeks[w] =
            (struct hl_report_week){hl_sla_date_from_day_number(monday0 + 7 * (int64_t)w), 0};

    struct dur *ds = hl_xcalloc(2 * in->n_cases + 1, sizeof *ds);
    struct dur *pds = hl_xcalloc(2 * in->n_cases + 1, sizeof *pds);
    size_t nd = 0, npd = 0;
    struct tkey *tk = hl_xcalloc(in->n_cases + 1, sizeof *tk);
    size_t ntk = 0;
    r->overdue = hl_arena_alloc(a, (in->n_cases + 1) * sizeof *r->overdue);
    struct hl_sla_date today = hl_sla_local_date(in->now);
    for (size_t k = 0; k < in->n_cases; k++) {
        const struct hl_report_case_in *c = &in->cases[k];
        size_t ui = ukey_find(all, nu, c->unit);
        size_t u = ui == SIZE_MAX ? SIZE_MAX : slot[ui];
        if (u == SIZE_MAX)
            continue;
        bool cur = c->created_at >= t0 && c->created_at < t1;
        bool prev = in->compare && c->created_at >= p0 && c->created_at < t0;
        if (!cur && !prev)
            continue;
        struct hl_report_figures *f = cur ? &r->units[u].cur : &r->units[u].prev;
        struct hl_report_figures *tot = cur ? &r->total : &r->prev_total;
        fig_add(f, c, in->now);
        fig_add(tot, c, in->now);
        if (c->first_response_at != HL_REPORT_NONE) {
            double h = (double)(c->first_response_at - c->created_at) / 3600.0;
            double wd = answer_wd(cal, c->created_at, c->first_response_at);
            struct dur *d = cur ? ds : pds;
            size_t *n = cur ? &nd : &npd;
            d[(*n)++] = (struct dur){u, h, wd};
            d[(*n)++] = (struct dur){r->n_units, h, wd};
        }
        if (!cur)
            continue;
        int64_t day = hl_sla_day_number(hl_sla_local_date(c->created_at));
        size_t w = (size_t)((day - monday0) / 7);
        if (w < r->n_weeks)
            r->weeks[w].received++;
        const char *ward = c->ward_field && *c->ward_field ? c->ward_field : NULL;
        if (ward == NULL && is_ward_kind(in->units[ui].kind))
            ward = in->units[ui].code;
        size_t ri = ukey_find(all, nu, c->received_unit);
        if (ward == NULL && ri != SIZE_MAX && is_ward_kind(in->units[ri].kind))
            ward = in->units[ri].code;
        tk[ntk++] = (struct tkey){c->category ? c->category : "", ward, k};
        if (is_overdue(c, in->now)) {
            struct hl_report_overdue *o = &r->overdue[r->n_overdue++];
            o->code = dup(a, c->code);
            o->unit = dup(a, c->unit);
            o->category = dup(a, c->category);
            o->subject = dup(a, c->subject);
            o->created_at = c->created_at;
            o->due_at = c->due_at;
            o->age_wd =
                hl_sla_working_days_between(cal, hl_sla_receipt_day(cal, c->created_at), today);
            o->late_wd = hl_sla_working_days_between(cal, hl_sla_local_date(c->due_at), today);
            if (o->age_wd < 0)
                o->age_wd = 0;
            if (o->late_wd < 0)
                o->late_wd = 0;
        }
    }
    /* Transfers away, by the unit they left. */
    for (size_t k = 0; k < in->n_transfers; k++) {
        const struct hl_report_transfer_in *x = &in->transfers[k];
        size_t ui = ukey_find(all, nu, x->from);
        size_t u = ui == SIZE_MAX ? SIZE_MAX : slot[ui];
        bool cur = x->at >= t0 && x->at < t1;
        bool prev = in->compare && x->at >= p0 && x->at < t0;
        if (u == SIZE_MAX || (!cur && !prev))
            continue;
        struct hl_report_figures *f = cur ? &r->units[u].cur : &r->units[u].prev;
        struct hl_report_figures *tot = cur ? &r->total : &r->prev_total;
        f->transferred++;
        tot->transferred++;
        f->transferred_late += x->late;
        tot->transferred_late += x->late;
    }
    /* Medians and rates. */
    struct hl_report_figures **figs = hl_xcalloc(r->n_units + 1, sizeof *figs);
    for (size_t u = 0; u < r->n_units; u++)
        figs[u] = &r->units[u].cur;
    figs[r->n_units] = &r->total;
    medians(ds, nd, figs);
    for (size_t u = 0; u < r->n_units; u++)
        figs[u] = &r->units[u].prev;
    figs[r->n_units] = &r->prev_total;
    medians(pds, npd, figs);
    free(figs);
    for (size_t u = 0; u < r->n_units; u++) {
        fig_pct(&r->units[u].cur);
        fig_pct(&r->units[u].prev);
    }
    fig_pct(&r->total);
    fig_pct(&r->prev_total);

    /* Topics: current cases by category, plus the previous period's count. */
    qsort(tk, ntk, sizeof *tk, tkey_cmp);
    r->topics = hl_arena_alloc(a, (ntk + 1) * sizeof *r->topics);
    r->hotspots = hl_arena_alloc(a, (ntk + 1) * sizeof *r->hotspots);
    for (size_t i = 0; i < ntk;) {
        struct hl_report_topic *t = &r->topics[r->n_topics++];
        memset(t, 0, sizeof *t);
        t->category = dup(a, tk[i].category);
        size_t j = i;
        for (; j < ntk && strcmp(tk[j].category, tk[i].category) == 0; j++) {
            struct hl_report_figures f;
            fig_init(&f);
            fig_add(&f, &in->cases[tk[j].c], in->now);
            t->received++;
            t->answered += f.answered;
            t->on_time += f.on_time;
            t->late += f.late;
            t->overdue += f.overdue;
            if (tk[j].ward && (j == i || tkey_cmp(&tk[j], &tk[j - 1]) != 0)) {
                struct hl_report_hotspot *h = &r->hotspots[r->n_hotspots++];
                size_t wu = ukey_find(all, nu, tk[j].ward);
                h->category = t->category;
                h->ward = dup(a, tk[j].ward);
                h->ward_name = wu != SIZE_MAX ? dup(a, in->units[wu].name) : h->ward;
                h->n = 0;
            }
            if (tk[j].ward)
                r->hotspots[r->n_hotspots - 1].n++;
        }
        i = j;
    }
    if (in->compare) {
        for (size_t k = 0; k < in->n_cases; k++) {
            const struct hl_report_case_in *c = &in->cases[k];
            size_t ui = ukey_find(all, nu, c->unit);
            if (ui == SIZE_MAX || slot[ui] == SIZE_MAX || c->created_at < p0 || c->created_at >= t0)
                continue;
            for (size_t i = 0; i < r->n_topics; i++)
                if (strcmp(r->topics[i].category, c->category ? c->category : "") == 0)
                    r->topics[i].prev_received++;
        }
    }
    qsort(r->topics, r->n_topics, sizeof *r->topics, topic_cmp);
    qsort_r(r->hotspots, r->n_hotspots, sizeof *r->hotspots, hotspot_cmp, r);
    /* Keep the first few wards of each topic. */
    size_t kept = 0;
    for (size_t i = 0; i < r->n_hotspots; i++) {
        int rank = kept > 0 && strcmp(r->hotspots[kept - 1].category, r->hotspots[i].category) == 0
                       ? r->hotspots[kept - 1].rank + 1
                       : 1;
        if (rank > HL_REPORT_HOTSPOTS_PER_TOPIC)
            continue;
        r->hotspots[kept] = r->hotspots[i];
        r->hotspots[kept++].rank = rank;
    }
    r->n_hotspots = kept;

    qsort(r->overdue, r->n_overdue, sizeof *r->overdue, overdue_cmp);
    r->ranking = hl_arena_alloc(a, (r->n_units + 1) * sizeof *r->ranking);
    for (size_t u = 0; u < r->n_units; u++)
        if (r->units[u].cur.on_time_pct >= 0)
            r->ranking[r->n_ranking++] = u;
    qsort_r(r->ranking, r->n_ranking, sizeof *r->ranking, rank_cmp, r->units);

    free(tk);
    free(ds);
    free(pds);
    free(slot);
    free(busy);
    free(depth);
    free(all);
    return 0;
}

void
hl_report_fini(struct hl_report *r)
{
    hl_arena_fini(&r->arena);
    memset(r, 0, sizeof *r);
}

/* ---- text ---- */

/* Display columns of UTF-8 s: code points, less combining marks. */
static int
text_width(const char *s)
{
    int w = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p & 0xC0) == 0x80)
            continue;
        /* U+0300..U+036F (combining diacritics) are 0xCC 0x80 .. 0xCD 0xAF. */
        if (*p == 0xCC || (*p == 0xCD && (p[1] & 0xFF) < 0xB0))
            continue;
        w++;
    }
    return w;
}

/* A text table: ncol columns, cells row-major, the first row the headings.
 * The first column is left-aligned, the others right-aligned. */
static void
put_table(struct hl_buf *b, const char **cells, size_t nrow, size_t ncol)
{
    int *w = hl_xcalloc(ncol, sizeof *w);
    for (size_t r = 0; r < nrow; r++)
        for (size_t c = 0; c < ncol; c++) {
            int cw = text_width(cells[r * ncol + c]);
            if (cw > w[c])
                w[c] = cw;
        }
    for (size_t r = 0; r < nrow; r++) {
        for (size_t c = 0; c < ncol; c++) {
            const char *v = cells[r * ncol + c];
            int pad = w[c] - text_width(v);
            if (c)
                hl_buf_puts(b, "  ");
            if (c == 0) {
                hl_buf_puts(b, v);
                if (ncol > 1)
                    hl_buf_printf(b, "%*s", pad, "");
            } else {
                hl_buf_printf(b, "%*s%s", pad, "", v);
            }
        }
        hl_buf_putc(b, '\n');
    }
    free(w);
}

static const char *
num(struct hl_arena *a, long v)
{
    return hl_arena_printf(a, "%ld", v);
}

static const char *
dec(struct hl_arena *a, double v)
{
    return isnan(v) ? "-" : hl_arena_printf(a, "%.1f", v);
}

static const char *
pct(struct hl_arena *a, int v)
{
    return v < 0 ? "-" : hl_arena_printf(a, "%d%%", v);
}

/* The main table of one period (cur, or prev). */
static void
main_table(const struct hl_report *r, bool prev, struct hl_arena *a, struct hl_buf *b)
{
    static const char *const head[] = {"unit",        "received", "answered", "on time",
                                       "late",        "overdue",  "resolved", "escalated",
                                       "transferred", "flagged",  "undeliv.", "median answer (h)",
                                       "median (wd)", "p90 (wd)", "on time %"};
    enum { NC = HL_NELEM(head) };
    size_t nrow = r->n_units + 2;
    const char **cells = hl_arena_alloc(a, nrow * NC * sizeof *cells);
    memcpy(cells, head, sizeof head);
    for (size_t i = 0; i <= r->n_units; i++) {
        const char **row = cells + (i + 1) * NC;
        bool tot = i == r->n_units;
        const struct hl_report_figures *f = tot ? (prev ? &r->prev_total : &r->total)
                                                : (prev ? &r->units[i].prev : &r->units[i].cur);
        row[0] = tot ? "TOTAL" : r->units[i].code;
        row[1] = num(a, f->received);
        row[2] = num(a, f->answered);
        row[3] = num(a, f->on_time);
        row[4] = num(a, f->late);
        row[5] = num(a, f->overdue);
        row[6] = num(a, f->resolved);
        row[7] = num(a, f->escalated);
        row[8] = f->transferred_late
                     ? hl_arena_printf(a, "%ld (%ld late)", f->transferred, f->transferred_late)
                     : num(a, f->transferred);
        row[9] = num(a, f->flagged);
        row[10] = num(a, f->undeliverable);
        row[11] = dec(a, f->median_h);
        row[12] = dec(a, f->median_wd);
        row[13] = dec(a, f->p90_wd);
        row[14] = pct(a, f->on_time_pct);
    }
    put_table(b, cells, nrow, NC);
}

void
hl_report_write_table(const struct hl_report *r, struct hl_buf *b)
{
    struct hl_arena a;
    hl_arena_init(&a);
    char d0[16], d1[16], p0[16], p1[16], now[32];
    hl_buf_printf(b,
                  "Cases received %s – %s (Asia/Ho_Chi_Minh), by responsible unit; overdue as of "
                  "%s\n\n",
                  hl_report_ddmmyyyy(r->from, d0, sizeof d0),
                  hl_report_ddmmyyyy(r->to, d1, sizeof d1),
                  hl_report_local_time(r->now, now, sizeof now));
    main_table(r, false, &a, b);
    if (r->compare) {
        hl_buf_printf(b, "\nPrevious period %s – %s\n\n",
                      hl_report_ddmmyyyy(r->prev_from, p0, sizeof p0),
                      hl_report_ddmmyyyy(r->prev_to, p1, sizeof p1));
        main_table(r, true, &a, b);
    }

    /* Channels and kinds. */
    hl_buf_puts(b, "\nReceived by channel and kind\n\n");
    enum { NC2 = 1 + HL_REPORT_N_CHANNELS + HL_REPORT_N_KINDS };
    size_t nrow = r->n_units + 2;
    const char **cells = hl_arena_alloc(&a, nrow * NC2 * sizeof *cells);
    cells[0] = "unit";
    for (int i = 0; i < HL_REPORT_N_CHANNELS; i++)
        cells[1 + i] = hl_report_channels[i];
    for (int i = 0; i < HL_REPORT_N_KINDS; i++)
        cells[1 + HL_REPORT_N_CHANNELS + i] = hl_report_kinds[i];
    for (size_t u = 0; u <= r->n_units; u++) {
        const char **row = cells + (u + 1) * NC2;
        const struct hl_report_figures *f = u == r->n_units ? &r->total : &r->units[u].cur;
        row[0] = u == r->n_units ? "TOTAL" : r->units[u].code;
        for (int i = 0; i < HL_REPORT_N_CHANNELS; i++)
            row[1 + i] = num(&a, f->by_channel[i]);
        for (int i = 0; i < HL_REPORT_N_KINDS; i++)
            row[1 + HL_REPORT_N_CHANNELS + i] = num(&a, f->by_kind[i]);
    }
    put_table(b, cells, nrow, NC2);

    hl_buf_puts(b, "\nBy topic\n\n");
    enum { NC3 = 7 };
    nrow = r->n_topics + 1;
    cells = hl_arena_alloc(&a, nrow * NC3 * sizeof *cells);
    const char *th[NC3] = {"topic",
                           "received",
                           "answered",
                           "on time",
                           "late",
                           "overdue",
                           r->compare ? "previous" : ""};
    memcpy(cells, th, sizeof th);
    for (size_t i = 0; i < r->n_topics; i++) {
        const struct hl_report_topic *t = &r->topics[i];
        const char **row = cells + (i + 1) * NC3;
        row[0] = t->category;
        row[1] = num(&a, t->received);
        row[2] = num(&a, t->answered);
        row[3] = num(&a, t->on_time);
        row[4] = num(&a, t->late);
        row[5] = num(&a, t->overdue);
        row[6] = r->compare ? num(&a, t->prev_received) : "";
    }
    put_table(b, cells, nrow, NC3);

    hl_buf_puts(b, "\nHotspots: the wards with the most cases per topic\n\n");
    nrow = r->n_hotspots + 1;
    cells = hl_arena_alloc(&a, nrow * 4 * sizeof *cells);
    cells[0] = "topic";
    cells[1] = "rank";
    cells[2] = "ward";
    cells[3] = "cases";
    for (size_t i = 0; i < r->n_hotspots; i++) {
        const struct hl_report_hotspot *h = &r->hotspots[i];
        const char **row = cells + (i + 1) * 4;
        row[0] = h->category;
        row[1] = num(&a, h->rank);
        row[2] = h->ward;
        row[3] = num(&a, h->n);
    }
    put_table(b, cells, nrow, 4);

    hl_buf_puts(b, "\nUnits ranked by on-time rate\n\n");
    nrow = r->n_ranking + 1;
    cells = hl_arena_alloc(&a, nrow * 4 * sizeof *cells);
    cells[0] = "rank";
    cells[1] = "unit";
    cells[2] = "on time %";
    cells[3] = "due or answered";
    for (size_t i = 0; i < r->n_ranking; i++) {
        const struct hl_report_unit *u = &r->units[r->ranking[i]];
        const char **row = cells + (i + 1) * 4;
        row[0] = num(&a, (long)i + 1);
        row[1] = u->code;
        row[2] = pct(&a, u->cur.on_time_pct);
        row[3] = num(&a, u->cur.on_time + u->cur.late + u->cur.overdue);
    }
    put_table(b, cells, nrow, 4);

    hl_buf_printf(b, "\nOverdue cases (%zu)\n\n", r->n_overdue);
    nrow = r->n_overdue + 1;
    enum { NC5 = 7 };
    cells = hl_arena_alloc(&a, nrow * NC5 * sizeof *cells);
    const char *oh[NC5] = {"case", "unit", "topic", "received", "due", "age (wd)", "late (wd)"};
    memcpy(cells, oh, sizeof oh);
    for (size_t i = 0; i < r->n_overdue; i++) {
        const struct hl_report_overdue *o = &r->overdue[i];
        const char **row = cells + (i + 1) * NC5;
        char t[32];
        row[0] = o->code;
        row[1] = o->unit;
        row[2] = o->category;
        row[3] = hl_arena_strdup(&a, hl_report_local_time(o->created_at, t, sizeof t));
        row[4] = hl_arena_strdup(&a, hl_report_local_time(o->due_at, t, sizeof t));
        row[5] = num(&a, o->age_wd);
        row[6] = num(&a, o->late_wd);
    }
    put_table(b, cells, nrow, NC5);
    hl_buf_puts(b, "\non time % = on time / (on time + late + overdue); overdue = unanswered past "
                   "the due date, as of the time above; wd = working days (docs/hotlinectl.md).\n");
    hl_arena_fini(&a);
}

/* ---- JSON ---- */

static void
json_num(struct hl_buf *b, double v)
{
    if (isnan(v))
        hl_buf_puts(b, "null");
    else
        hl_buf_printf(b, "%.1f", v);
}

static void
json_figures(struct hl_buf *b, const struct hl_report_figures *f)
{
    hl_buf_printf(b,
                  "\"received\": %ld, \"answered\": %ld, \"on_time\": %ld, \"late\": %ld, "
                  "\"overdue\": %ld, \"resolved\": %ld, \"escalated\": %ld, \"transferred\": %ld, "
                  "\"transferred_late\": %ld, \"flagged\": %ld, \"undeliverable\": %ld, ",
                  f->received, f->answered, f->on_time, f->late, f->overdue, f->resolved,
                  f->escalated, f->transferred, f->transferred_late, f->flagged, f->undeliverable);
    hl_buf_puts(b, "\"by_channel\": {");
    for (int i = 0; i < HL_REPORT_N_CHANNELS; i++)
        hl_buf_printf(b, "%s\"%s\": %ld", i ? ", " : "", hl_report_channels[i], f->by_channel[i]);
    hl_buf_puts(b, "}, \"by_kind\": {");
    for (int i = 0; i < HL_REPORT_N_KINDS; i++)
        hl_buf_printf(b, "%s\"%s\": %ld", i ? ", " : "", hl_report_kinds[i], f->by_kind[i]);
    hl_buf_puts(b, "}, \"median_response_h\": ");
    json_num(b, f->median_h);
    hl_buf_puts(b, ", \"median_answer_wd\": ");
    json_num(b, f->median_wd);
    hl_buf_puts(b, ", \"p90_answer_wd\": ");
    json_num(b, f->p90_wd);
    if (f->on_time_pct < 0)
        hl_buf_puts(b, ", \"on_time_pct\": null");
    else
        hl_buf_printf(b, ", \"on_time_pct\": %d", f->on_time_pct);
}

static void
json_date(struct hl_buf *b, const char *key, struct hl_sla_date d)
{
    char s[16];
    hl_buf_printf(b, "\"%s\": \"%s\"", key, hl_report_iso(d, s, sizeof s));
}

void
hl_report_write_json(const struct hl_report *r, struct hl_buf *b)
{
    char t[32];
    hl_buf_putc(b, '{');
    json_date(b, "from", r->from);
    hl_buf_puts(b, ", ");
    json_date(b, "to", r->to);
    hl_buf_printf(b, ", \"timezone\": \"Asia/Ho_Chi_Minh\", \"as_of\": \"%s\", \"unit\": ",
                  hl_report_local_time(r->now, t, sizeof t));
    hl_buf_json_str(b, r->root);
    hl_buf_printf(b, ", \"rollup\": %s", r->rollup ? "true" : "false");
    if (r->compare) {
        hl_buf_puts(b, ", \"previous\": {");
        json_date(b, "from", r->prev_from);
        hl_buf_puts(b, ", ");
        json_date(b, "to", r->prev_to);
        hl_buf_putc(b, '}');
    }
    hl_buf_puts(b, ", \"units\": [");
    for (size_t i = 0; i <= r->n_units; i++) {
        bool tot = i == r->n_units;
        const struct hl_report_unit *u = tot ? NULL : &r->units[i];
        hl_buf_puts(b, i ? ",\n  {\"unit\": " : "\n  {\"unit\": ");
        hl_buf_json_str(b, tot ? "TOTAL" : u->code);
        hl_buf_puts(b, ", \"name\": ");
        hl_buf_json_str(b, tot ? "" : u->name);
        hl_buf_puts(b, ", \"parent\": ");
        hl_buf_json_str(b, tot ? "" : u->parent);
        hl_buf_printf(b, ", \"depth\": %d, ", tot ? 0 : u->depth);
        json_figures(b, tot ? &r->total : &u->cur);
        if (r->compare) {
            hl_buf_puts(b, ", \"previous\": {");
            json_figures(b, tot ? &r->prev_total : &u->prev);
            hl_buf_putc(b, '}');
        }
        hl_buf_putc(b, '}');
    }
    hl_buf_puts(b, "\n], \"topics\": [");
    for (size_t i = 0; i < r->n_topics; i++) {
        const struct hl_report_topic *x = &r->topics[i];
        hl_buf_puts(b, i ? ",\n  {\"category\": " : "\n  {\"category\": ");
        hl_buf_json_str(b, x->category);
        hl_buf_printf(b,
                      ", \"received\": %ld, \"answered\": %ld, \"on_time\": %ld, \"late\": %ld, "
                      "\"overdue\": %ld",
                      x->received, x->answered, x->on_time, x->late, x->overdue);
        if (r->compare)
            hl_buf_printf(b, ", \"previous_received\": %ld", x->prev_received);
        hl_buf_putc(b, '}');
    }
    hl_buf_puts(b, "\n], \"hotspots\": [");
    for (size_t i = 0; i < r->n_hotspots; i++) {
        const struct hl_report_hotspot *h = &r->hotspots[i];
        hl_buf_puts(b, i ? ",\n  {\"category\": " : "\n  {\"category\": ");
        hl_buf_json_str(b, h->category);
        hl_buf_printf(b, ", \"rank\": %d, \"ward\": ", h->rank);
        hl_buf_json_str(b, h->ward);
        hl_buf_puts(b, ", \"ward_name\": ");
        hl_buf_json_str(b, h->ward_name);
        hl_buf_printf(b, ", \"cases\": %ld}", h->n);
    }
    hl_buf_puts(b, "\n], \"weeks\": [");
    for (size_t i = 0; i < r->n_weeks; i++) {
        hl_buf_puts(b, i ? ", {" : "{");
        json_date(b, "monday", r->weeks[i].monday);
        hl_buf_printf(b, ", \"received\": %ld}", r->weeks[i].received);
    }
    hl_buf_puts(b, "], \"ranking\": [");
    for (size_t i = 0; i < r->n_ranking; i++) {
        const struct hl_report_unit *u = &r->units[r->ranking[i]];
        hl_buf_printf(b, "%s{\"rank\": %zu, \"unit\": ", i ? ", " : "", i + 1);
        hl_buf_json_str(b, u->code);
        hl_buf_printf(b, ", \"on_time_pct\": %d}", u->cur.on_time_pct);
    }
    hl_buf_puts(b, "], \"overdue_cases\": [");
    for (size_t i = 0; i < r->n_overdue; i++) {
        const struct hl_report_overdue *o = &r->overdue[i];
        hl_buf_puts(b, i ? ",\n  {\"code\": " : "\n  {\"code\": ");
        hl_buf_json_str(b, o->code);
        hl_buf_puts(b, ", \"unit\": ");
        hl_buf_json_str(b, o->unit);
        hl_buf_puts(b, ", \"category\": ");
        hl_buf_json_str(b, o->category);
        hl_buf_puts(b, ", \"subject\": ");
        hl_buf_json_str(b, o->subject);
        hl_buf_printf(b, ", \"received\": \"%s\"",
                      hl_report_local_time(o->created_at, t, sizeof t));
        hl_buf_printf(b, ", \"due\": \"%s\", \"age_wd\": %d, \"late_wd\": %d}",
                      hl_report_local_time(o->due_at, t, sizeof t), o->age_wd, o->late_wd);
    }
    hl_buf_puts(b, "\n]}\n");
}

/* ---- the digest's text ---- */

void
hl_report_write_summary(const struct hl_report *r, struct hl_buf *b)
{
    char d0[16], d1[16];
    const struct hl_report_figures *f = &r->total;
    hl_buf_printf(b, "Báo cáo tiếp nhận, xử lý phản ánh, kiến nghị từ %s đến %s\n\n",
                  hl_report_ddmmyyyy(r->from, d0, sizeof d0),
                  hl_report_ddmmyyyy(r->to, d1, sizeof d1));
    hl_buf_printf(b, "Tiếp nhận: %ld\nĐã trả lời: %ld (đúng hạn %ld, quá hạn %ld)\n", f->received,
                  f->answered, f->on_time, f->late);
    hl_buf_printf(b, "Chưa trả lời, đã quá hạn: %ld\n", f->overdue);
    if (f->on_time_pct >= 0)
        hl_buf_printf(b, "Tỷ lệ đúng hạn: %d%%\n", f->on_time_pct);
    if (!isnan(f->median_wd))
        hl_buf_printf(b, "Thời gian trả lời (trung vị): %.1f ngày làm việc\n", f->median_wd);
    hl_buf_printf(b, "Chuyển đơn vị khác: %ld (quá 5 ngày làm việc: %ld)\n", f->transferred,
                  f->transferred_late);
    hl_buf_puts(b, "\nChi tiết trong tệp báo cáo đính kèm (HTML).\n");
}
