/*
 * report: the pure part of report.h: periods and the figures from the facts.
 * The facts are read in report_pg.c; the writers are report_text.c (the
 * text tables and the digest's summary), report_json.c, report_csv.c and
 * report_html.c.
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
