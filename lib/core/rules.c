/*
 * rules: see rules.h.  The module is three files sharing rules_int.h: this
 * one classifies a message (the prefilter automaton, then the conditions of
 * the rules it could not rule out, in order), rules_load.c loads and checks
 * rule files, rules_prefilter.c builds the automaton at load time.
 *
 * Limits: every match runs under the match context's match, depth and heap
 * limits; matched text quoted in traces is cut at MAX_QUOTE bytes; a rule's
 * hits are bounded by its number of conditions, fixed at load.
 */
#include "rules_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fold.h"
#include "issuer.h"
#include "kind.h"
#include "letter.h"

const char *const hl_rules_field_names[N_FIELDS] = {
    "from",
    "from_name",
    "to",
    "cc",
    "subject",
    "body",
    "text",
    "header",
    "attachment_name",
    "attachment_type",
    "mailbox",
    "category",
    "unit",
};

/* ---------- small helpers ---------- */

void *
hl_rules_grow(void *p, size_t *cap, size_t n, size_t elem)
{
    if (n < *cap)
        return p;
    *cap = *cap ? *cap * 2 : 8;
    return hl_xrealloc(p, *cap * elem);
}

int
hl_rules_field_by_name(const char *s)
{
    for (int i = 0; i < N_FIELDS; i++)
        if (strcmp(s, hl_rules_field_names[i]) == 0)
            return i;
    return -1;
}

/* Length of s cut to at most max bytes without splitting a UTF-8 sequence. */
static size_t
utf8_cut(const char *s, size_t len, size_t max)
{
    if (len <= max)
        return len;
    size_t n = max;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return n;
}

/* ---------- classification ---------- */

struct fval {
    const char *raw;
    size_t raw_len;
    struct hl_folded f;
};

struct fvals {
    struct fval *v;
    size_t n;
};

struct hit {
    const struct cond *c;
    const char *matched;
    const char **cap_names;
    const char **cap_vals;
    size_t n_caps;
};

/* Values of one field a condition is tried on (a header repeated 5,000
 * times is tried 64 times): with the match limit, this bounds one
 * condition's work whatever the mail. */
#define MAX_FIELD_VALUES 64
/* Matches of one condition on one value set aside for their marks before it
 * counts as not matching: each is bounded by the match limit. */
#define MAX_MARK_TRIES 8

struct classify {
    int64_t deadline_ms; /* hl_now_mono_ms() after which nothing more is tried; 0: none */
    bool out_of_time;
    const struct hl_rules *r;
    struct hl_arena *a;
    struct fvals f[N_FIELDS];
    struct fvals *hdr;
    pcre2_match_data *md;
    struct hit *hits;
    size_t n_hits;
    bool limit;
    const char *category, *unit;
};

static void
add_value(struct classify *cx, struct fvals *fv, const char *s, size_t len)
{
    if (fv->n >= MAX_FIELD_VALUES)
        return;
    struct fval *v = &fv->v[fv->n++];
    hl_fold_text(cx->a, s, len, true, &v->f);
    /* PCRE2 is told the text is valid UTF-8, so make sure it is; mime
     * promises it, hand-built messages may not keep that promise.  Repair
     * keeps every offset, so the fold's map stays right. */
    if (!v->f.valid_utf8) {
        char *clean = hl_arena_memdup(cx->a, s, len);
        hl_fold_utf8_repair(clean, len);
        s = clean;
    }
    v->raw = s;
    v->raw_len = len;
}

static void
prepare(struct classify *cx, const struct hl_message *msg, const char *mailbox_unit,
        const char *letter)
{
    const struct hl_rules *r = cx->r;
    struct hl_arena *a = cx->a;
    for (int f = 0; f < N_FIELDS; f++) {
        if (!r->used[f] || f == F_CATEGORY || f == F_UNIT || f == F_HEADER || f == F_TEXT)
            continue;
        struct fvals *fv = &cx->f[f];
        size_t cap = f == F_TO                              ? msg->n_to
                     : f == F_CC                            ? msg->n_cc
                     : (f == F_ATT_NAME || f == F_ATT_TYPE) ? msg->n_atts
                                                            : 1;
        fv->v = hl_arena_alloc(a, (cap ? cap : 1) * sizeof *fv->v);
        switch ((enum field)f) {
        case F_FROM:
            if (msg->from.address)
                add_value(cx, fv, msg->from.address, strlen(msg->from.address));
            break;
        case F_FROM_NAME:
            if (msg->from.name)
                add_value(cx, fv, msg->from.name, strlen(msg->from.name));
            break;
        case F_TO:
        case F_CC: {
            const struct hl_addr *list = f == F_TO ? msg->to : msg->cc;
            for (size_t i = 0; i < cap; i++)
                if (list[i].address)
                    add_value(cx, fv, list[i].address, strlen(list[i].address));
            break;
        }
        case F_SUBJECT: {
            const char *s = msg->subject ? msg->subject : "";
            add_value(cx, fv, s, strlen(s));
            break;
        }
        case F_BODY:
            add_value(cx, fv, letter, strlen(letter));
            break;
        case F_ATT_NAME:
        case F_ATT_TYPE:
            for (size_t i = 0; i < cap; i++) {
                const char *s = f == F_ATT_NAME ? msg->atts[i].filename : msg->atts[i].content_type;
                if (s)
                    add_value(cx, fv, s, strlen(s));
            }
            break;
        case F_MAILBOX:
            if (mailbox_unit)
                add_value(cx, fv, mailbox_unit, strlen(mailbox_unit));
            break;
        default:
            break;
        }
    }
    if (r->used[F_TEXT]) {
        /* subject "\n" body, built from the already folded parts. */
        const struct fval *s = &cx->f[F_SUBJECT].v[0], *b = &cx->f[F_BODY].v[0];
        struct fvals *fv = &cx->f[F_TEXT];
        fv->v = hl_arena_alloc(a, sizeof *fv->v);
        fv->n = 1;
        struct fval *t = &fv->v[0];
        t->raw_len = s->raw_len + 1 + b->raw_len;
        char *raw = hl_arena_alloc(a, t->raw_len + 1);
        memcpy(raw, s->raw, s->raw_len);
        raw[s->raw_len] = '\n';
        memcpy(raw + s->raw_len + 1, b->raw, b->raw_len + 1);
        t->raw = raw;
        t->f.len = s->f.len + 1 + b->f.len;
        char *ft = hl_arena_alloc(a, t->f.len + 1);
        uint32_t *map = hl_arena_alloc(a, (t->f.len + 1) * sizeof *map);
        memcpy(ft, s->f.text, s->f.len);
        memcpy(map, s->f.map, s->f.len * sizeof *map);
        ft[s->f.len] = '\n';
        map[s->f.len] = (uint32_t)s->raw_len;
        memcpy(ft + s->f.len + 1, b->f.text, b->f.len + 1);
        for (size_t i = 0; i <= b->f.len; i++)
            map[s->f.len + 1 + i] = b->f.map[i] + (uint32_t)s->raw_len + 1;
        t->f.text = ft;
        t->f.map = map;
    }
    if (r->n_headers) {
        cx->hdr = hl_arena_alloc(a, r->n_headers * sizeof *cx->hdr);
        for (size_t h = 0; h < r->n_headers; h++) {
            struct fvals *fv = &cx->hdr[h];
            fv->n = 0;
            fv->v = hl_arena_alloc(a, (msg->n_headers ? msg->n_headers : 1) * sizeof *fv->v);
            for (size_t i = 0; i < msg->n_headers; i++)
                if (msg->headers[i].name && msg->headers[i].value &&
                    strcasecmp(msg->headers[i].name, r->headers[h]) == 0)
                    add_value(cx, fv, msg->headers[i].value, strlen(msg->headers[i].value));
        }
    }
}

static void
scan_text(const struct ac *ac, const char *s, size_t len, uint8_t *seen)
{
    int32_t st = 0;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < len; i++) {
        st = ac->delta[(size_t)st * ac->n_cls + ac->cls[u[i]]];
        for (int32_t o = ac->out[st] >= 0 ? st : ac->dict[st]; o >= 0; o = ac->dict[o])
            seen[(size_t)ac->out[o] >> 3] |= (uint8_t)(1u << (ac->out[o] & 7));
    }
}

/* Marks the rules that the prefilter cannot rule out. */
static uint8_t *
candidates(struct classify *cx)
{
    const struct hl_rules *r = cx->r;
    uint8_t *seen = hl_arena_alloc(cx->a, r->n_lits / 8 + 1);
    memset(seen, 0, r->n_lits / 8 + 1);
    for (int f = 0; f < N_FIELDS; f++) {
        if (f == F_TEXT)
            continue; /* subject and body are scanned on their own */
        for (size_t i = 0; i < cx->f[f].n; i++)
            scan_text(&r->ac, cx->f[f].v[i].f.text, cx->f[f].v[i].f.len, seen);
    }
    for (size_t h = 0; h < r->n_headers; h++)
        for (size_t i = 0; i < cx->hdr[h].n; i++)
            scan_text(&r->ac, cx->hdr[h].v[i].f.text, cx->hdr[h].v[i].f.len, seen);
    uint8_t *cand = hl_arena_alloc(cx->a, r->n_rules + 1);
    for (size_t i = 0; i < r->n_rules; i++)
        cand[i] = r->rules[i]->always;
    for (size_t l = 0; l < r->n_lits; l++)
        if (seen[l >> 3] & (1u << (l & 7)))
            for (uint32_t k = 0; k < r->lit_nrules[l]; k++)
                cand[r->lit_rules[l][k]] = 1;
    return cand;
}

static bool
match_value(struct classify *cx, const struct cond *c, const struct fval *v, bool *limit)
{
    /* The budget is a deadline checked between matches: one match is
     * bounded by the PCRE2 limits, the number of matches by the rules and
     * MAX_FIELD_VALUES, and their sum by this. */
    if (cx->deadline_ms && hl_now_mono_ms() > cx->deadline_ms) {
        cx->out_of_time = true;
        *limit = true;
        return false;
    }
    const char *subj = c->fold ? v->f.text : v->raw;
    size_t len = c->fold ? v->f.len : v->raw_len;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(cx->md);
    int rc;
    /* A folded match whose end words the citizen typed with other marks than
     * the pattern's ("thông báo từ chối" for "báo tử") is a different word:
     * look further on, a bounded number of times. */
    for (size_t start = 0, tries = 0;; tries++) {
        rc = pcre2_match(c->code, (PCRE2_SPTR)subj, len, start, PCRE2_NO_UTF_CHECK, cx->md,
                         cx->r->mctx);
        if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
            rc = pcre2_match(c->code, (PCRE2_SPTR)subj, len, start,
                             PCRE2_NO_UTF_CHECK | PCRE2_NO_JIT, cx->md, cx->r->mctx);
        if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
            rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT) {
            *limit = true;
            return false;
        }
        if (rc < 0)
            return false;
        if (!c->fold || hl_marks_agree(c->marks, &v->f, v->raw, ov[0], ov[1]))
            break;
        if (tries == MAX_MARK_TRIES || ov[0] >= len)
            return false;
        start = ov[0] + 1;
        while (start < len && ((unsigned char)subj[start] & 0xC0) == 0x80)
            start++;
    }
    uint32_t n_ov = pcre2_get_ovector_count(cx->md);
    /* Quote the citizen's own words: map folded offsets back to the original. */
    size_t s0 = ov[0], e0 = ov[1];
    if (c->fold) {
        s0 = v->f.map[s0];
        e0 = v->f.map[e0];
    }
    struct hit *h = &cx->hits[cx->n_hits++];
    h->c = c;
    h->matched = hl_arena_strndup(cx->a, v->raw + s0, utf8_cut(v->raw + s0, e0 - s0, MAX_QUOTE));
    h->n_caps = 0;
    h->cap_names = hl_arena_alloc(cx->a, (c->n_caps + 1) * sizeof *h->cap_names);
    h->cap_vals = hl_arena_alloc(cx->a, (c->n_caps + 1) * sizeof *h->cap_vals);
    for (size_t i = 0; i < c->n_caps; i++) {
        uint32_t num = c->caps[i].num;
        if (num >= n_ov || num >= (uint32_t)rc || ov[2 * num] == PCRE2_UNSET)
            continue;
        size_t cs = ov[2 * num], ce = ov[2 * num + 1];
        if (c->fold) {
            cs = v->f.map[cs];
            ce = v->f.map[ce];
        }
        h->cap_names[h->n_caps] = c->caps[i].name;
        h->cap_vals[h->n_caps++] =
            hl_arena_strndup(cx->a, v->raw + cs, utf8_cut(v->raw + cs, ce - cs, MAX_QUOTE));
    }
    return true;
}

static bool
eval(struct classify *cx, const struct cond *c, bool *limit)
{
    switch (c->kind) {
    case C_MATCH: {
        struct fval dyn;
        const struct fvals *fv;
        struct fvals one = {&dyn, 1};
        if (c->field == F_CATEGORY || c->field == F_UNIT) {
            const char *s = c->field == F_CATEGORY ? cx->category : cx->unit;
            if (s == NULL)
                return false;
            dyn.raw = s;
            dyn.raw_len = strlen(s);
            hl_fold_text(cx->a, s, dyn.raw_len, true, &dyn.f);
            fv = &one;
        } else if (c->field == F_HEADER) {
            fv = &cx->hdr[c->header];
        } else {
            fv = &cx->f[c->field];
        }
        /* A condition stops at its first limit hit: a pattern that
         * explodes on one value will on the next ones too. */
        for (size_t i = 0; i < fv->n && !*limit; i++)
            if (match_value(cx, c, &fv->v[i], limit))
                return true;
        return false;
    }
    case C_ALL: {
        size_t save = cx->n_hits;
        for (size_t i = 0; i < c->n_kids; i++)
            if (!eval(cx, c->kids[i], limit)) {
                cx->n_hits = save;
                return false;
            }
        return true;
    }
    case C_ANY:
        for (size_t i = 0; i < c->n_kids; i++) {
            size_t save = cx->n_hits;
            if (eval(cx, c->kids[i], limit))
                return true;
            cx->n_hits = save;
        }
        return false;
    case C_NOT: {
        size_t save = cx->n_hits;
        bool m = eval(cx, c->kids[0], limit);
        cx->n_hits = save; /* what a negated condition matched decided nothing */
        return !m;
    }
    }
    return false;
}

struct strvec {
    const char **v;
    size_t n, cap;
};

static void
strvec_add_unique(struct strvec *sv, const char *s, size_t key_len)
{
    for (size_t i = 0; i < sv->n; i++)
        if (strncmp(sv->v[i], s, key_len) == 0 && sv->v[i][key_len] == s[key_len]) {
            sv->v[i] = s; /* a later rule's value for the same field wins */
            return;
        }
    sv->v = hl_rules_grow(sv->v, &sv->cap, sv->n, sizeof *sv->v);
    sv->v[sv->n++] = s;
}

/* Expands ${name} in a tag from the captures of this rule's hits. */
static const char *
expand_tag(struct classify *cx, const char *tag, const struct hit *hits, size_t n_hits)
{
    if (strstr(tag, "${") == NULL)
        return hl_arena_strdup(cx->a, tag);
    struct hl_buf b;
    hl_buf_init(&b);
    const char *p = tag;
    for (const char *q; (q = strstr(p, "${")) != NULL;) {
        const char *end = strchr(q, '}');
        hl_buf_append(&b, p, (size_t)(q - p));
        size_t nl = (size_t)(end - q - 2);
        for (size_t i = 0; i < n_hits; i++)
            for (size_t k = 0; k < hits[i].n_caps; k++)
                if (strlen(hits[i].cap_names[k]) == nl &&
                    strncmp(hits[i].cap_names[k], q + 2, nl) == 0) {
                    hl_buf_puts(&b, hits[i].cap_vals[k]);
                    goto next;
                }
    next:
        p = end + 1;
    }
    hl_buf_puts(&b, p);
    const char *s = hl_arena_strdup(cx->a, b.data ? b.data : "");
    hl_buf_fini(&b);
    return s;
}

/* A unit code from the text that names it: folded (no diacritics, lower
 * case), runs of other characters as one '-' ("phường Cầu Giấy" ->
 * "phuong-cau-giay").  NULL when nothing is left. */
static const char *
unit_slug(struct hl_arena *a, const char *text)
{
    char *f = hl_fold_str(text ? text : "");
    struct hl_buf b;
    hl_buf_init(&b);
    bool dash = false;
    for (const char *p = f; *p; p++) {
        char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (dash && b.len)
                hl_buf_putc(&b, '-');
            hl_buf_putc(&b, c);
            dash = false;
        } else {
            dash = true;
        }
    }
    const char *out = b.len ? hl_arena_strdup(a, b.data) : NULL;
    hl_buf_fini(&b);
    free(f);
    return out;
}

struct hitvec {
    struct hl_rule_hit *v;
    size_t n, cap;
};

static void
trace_entry(struct hl_buf *t, struct hitvec *hv, const struct rule *ru, const char *field,
            const char *matched, bool limit)
{
    hv->v = hl_rules_grow(hv->v, &hv->cap, hv->n, sizeof *hv->v);
    hv->v[hv->n++] = (struct hl_rule_hit){ru->name, ru->file, ru->line, field, matched, limit};
    if (t->len > 1)
        hl_buf_putc(t, ',');
    hl_buf_puts(t, "{\"rule\":");
    hl_buf_json_strn(t, ru->name, strlen(ru->name));
    hl_buf_puts(t, ",\"file\":");
    hl_buf_json_strn(t, ru->file, strlen(ru->file));
    hl_buf_printf(t, ",\"line\":%d,\"field\":", ru->line);
    if (field)
        hl_buf_json_strn(t, field, strlen(field));
    else
        hl_buf_puts(t, "null");
    hl_buf_puts(t, ",\"matched\":");
    if (matched)
        hl_buf_json_strn(t, matched, strlen(matched));
    else
        hl_buf_puts(t, "null");
    if (limit)
        hl_buf_puts(t, ",\"limit_hit\":true");
    hl_buf_putc(t, '}');
}

/* The trace entry of a place that routed: the rule, the citizen's words and
 * the place's line in its file. */
static void
place_trace(struct hl_buf *t, struct hitvec *hv, const struct rule *ru,
            const struct hl_place_match *pm)
{
    trace_entry(t, hv, ru, "place", pm->matched, false);
    t->len--; /* reopen the entry */
    t->data[t->len] = '\0';
    hl_buf_puts(t, ",\"place\":{\"unit\":");
    hl_buf_json_strn(t, pm->unit, strlen(pm->unit));
    hl_buf_puts(t, ",\"kind\":");
    hl_buf_json_strn(t, pm->kind, strlen(pm->kind));
    hl_buf_puts(t, ",\"name\":");
    hl_buf_json_strn(t, pm->name, strlen(pm->name));
    hl_buf_puts(t, ",\"file\":");
    hl_buf_json_strn(t, pm->file, strlen(pm->file));
    hl_buf_printf(t, ",\"line\":%d}}", pm->line);
}

/* Where the letter stood before the rule that set its topic: the unit a
 * place, a ward or the mailbox gave it. */
struct pre_topic {
    const char *unit;
    const struct hl_place_match *place;
    bool set;
    bool routed; /* the letter's unit came from a rule that set no topic */
};

/* The topic model's second opinion (topics.h): when it is sure of another
 * topic than the rules', the letter takes that topic, and the unit that
 * topic goes to (a department's), or for a ward's topic the unit the letter
 * had before the rules' topic routed it.  Never into or out of a category
 * declared `learned = false` (thanks, officials' abuse: they route by who is
 * praised or accused), and never out of one a rule chose with no model
 * class for it. */
static void
second_opinion(struct classify *cx, const struct hl_message *msg, const char *letter,
               const struct pre_topic *pre, struct hl_verdict *out, struct hl_buf *trace,
               struct hitvec *hv)
{
    struct hl_topic_guess g;
    hl_topics_guess(cx->r->topics, msg->subject, letter, &g);
    if (g.code == NULL || !g.sure || strcmp(g.code, cx->category) == 0)
        return;
    const struct hl_category *from = hl_rules_category(cx->r, cx->category);
    const struct hl_category *to = hl_rules_category(cx->r, g.code);
    if (from == NULL || to == NULL || from->rules_only || to->rules_only)
        return;
    const char *was = cx->category;
    cx->category = to->code;
    if (pre->routed) {
        /* A place, a ward or an administrator's rule routed the letter, not
         * its topic: the unit stands. */
    } else if (g.unit) {
        cx->unit = g.unit;
        out->place = NULL;
    } else if (pre->set) {
        cx->unit = pre->unit;
        out->place = pre->place;
    }
    static const struct rule model_rule = {.name = "(topic-model)", .file = "", .line = 0};
    trace_entry(trace, hv, &model_rule, "model",
                hl_arena_printf(cx->a, "%s, not %s (margin %.1f)", to->code, was, g.margin), false);
    out->unit_rule = model_rule.name;
    out->unit_rule_file = model_rule.file;
    out->unit_rule_line = 0;
}

int
hl_rules_classify(const struct hl_rules *r, const struct hl_message *msg, const char *mailbox_unit,
                  struct hl_arena *a, struct hl_verdict *out)
{
    struct classify cx;
    memset(&cx, 0, sizeof cx);
    cx.r = r;
    cx.a = a;
    if (r->budget_ms > 0)
        cx.deadline_ms = hl_now_mono_ms() + r->budget_ms;
    memset(out, 0, sizeof *out);
    out->priority = HL_PRIO_NORMAL;
    out->deadline_days = -1;
    cx.category = HL_RULES_UNCATEGORIZED;
    cx.unit = mailbox_unit;
    /* What a clerk reads: a forwarded letter's text, an attachment-only
     * mail's file names (letter.h). */
    const char *letter = hl_letter_text(msg, a);
    prepare(&cx, msg, mailbox_unit, letter);
    const struct hl_place_match *place = NULL;
    bool place_tried = false;
    bool to_issuer = true;
    struct pre_topic pre = {mailbox_unit, NULL, false, false};
    uint8_t *cand = candidates(&cx);
    cx.md = pcre2_match_data_create(r->max_ovec, NULL);
    cx.hits = hl_arena_alloc(a, (r->max_leaves + 1) * sizeof *cx.hits);
    struct strvec tags = {0}, fields = {0};
    struct hitvec hv = {0};
    struct hl_buf trace;
    hl_buf_init(&trace);
    hl_buf_putc(&trace, '[');
    for (size_t i = 0; i < r->n_rules; i++) {
        struct rule *ru = r->rules[i];
        if (!cand[i] && !r->no_prefilter)
            continue;
        if (cx.out_of_time) {
            /* Out of time: the remaining rules are not tried. */
            out->limit_hit = true;
            out->out_of_time = true;
            break;
        }
        bool limit = false;
        cx.n_hits = 0;
        bool fired = true;
        if (ru->when) {
            atomic_fetch_add_explicit(&ru->evaluated, 1, memory_order_relaxed);
            fired = eval(&cx, ru->when, &limit);
        }
        if (limit) {
            out->limit_hit = true;
            atomic_fetch_add_explicit(&ru->limit_hits, 1, memory_order_relaxed);
            if (!fired)
                trace_entry(&trace, &hv, ru, NULL, NULL, true);
        }
        if (!fired)
            continue;
        if (ru->unit_place) {
            /* The place is looked for once, and only when a rule asks: a
             * `unit = "place"` rule fires only when the letter names one. */
            if (!place_tried) {
                struct hl_place_match *pm = hl_arena_alloc(a, sizeof *pm);
                place = hl_places_match(r->places, msg->subject, letter, a, pm) ? pm : NULL;
                place_tried = true;
            }
            if (place == NULL)
                continue;
        }
        atomic_fetch_add_explicit(&ru->hits, 1, memory_order_relaxed);
        if (ru->unit_place)
            place_trace(&trace, &hv, ru, place);
        else if (cx.n_hits == 0)
            trace_entry(&trace, &hv, ru, NULL, NULL, limit);
        for (size_t h = 0; h < cx.n_hits; h++) {
            trace_entry(&trace, &hv, ru, cx.hits[h].c->label, cx.hits[h].matched, limit);
            for (size_t k = 0; k < cx.hits[h].n_caps; k++) {
                const char *f =
                    hl_arena_printf(a, "%s=%s", cx.hits[h].cap_names[k], cx.hits[h].cap_vals[k]);
                strvec_add_unique(&fields, f, strlen(cx.hits[h].cap_names[k]));
            }
        }
        if (ru->category) {
            cx.category = ru->category;
            pre.unit = cx.unit;
            pre.place = out->place;
            pre.set = true;
        }
        if (ru->kind)
            out->kind = ru->kind;
        if (ru->accused_set)
            out->accused = ru->accused == NULL                  ? mailbox_unit
                           : strcmp(ru->accused, "routed") == 0 ? cx.unit
                           : strcmp(ru->accused, "none") == 0   ? HL_ACCUSED_NONE
                           : ru->accused[0] == '$'
                               ? unit_slug(a, expand_tag(&cx, ru->accused, cx.hits, cx.n_hits))
                               : ru->accused;
        if (ru->unit) {
            cx.unit = ru->unit;
            out->place = NULL;
        }
        if (ru->unit_place) {
            cx.unit = place->unit;
            out->place = place;
        }
        if (ru->unit || ru->unit_place) {
            pre.routed = ru->category == NULL;
            out->unit_rule = hl_arena_strdup(a, ru->name);
            out->unit_rule_file = hl_arena_strdup(a, ru->file);
            out->unit_rule_line = ru->line;
        }
        if (ru->issuer >= 0)
            to_issuer = ru->issuer;
        if (ru->priority >= 0)
            out->priority = ru->priority;
        if (ru->deadline_days >= 0)
            out->deadline_days = ru->deadline_days;
        if (ru->no_ack >= 0)
            out->no_ack = ru->no_ack;
        if (ru->spam >= 0)
            out->spam = ru->spam;
        for (size_t k = 0; k < ru->n_tags; k++) {
            const char *t = expand_tag(&cx, ru->tags[k], cx.hits, cx.n_hits);
            bool dup = false;
            for (size_t j = 0; j < tags.n; j++)
                dup = dup || strcmp(tags.v[j], t) == 0;
            if (!dup && *t) {
                tags.v = hl_rules_grow(tags.v, &tags.cap, tags.n, sizeof *tags.v);
                tags.v[tags.n++] = t;
            }
        }
        if (ru->stop)
            break;
    }
    if (r->topics && !out->spam)
        second_opinion(&cx, msg, letter, &pre, out, &trace, &hv);
    /* A complaint about a decision goes to whoever decided (issuer.h); a
     * denunciation keeps kind.h's rule, applied by the caller. */
    if (to_issuer && out->kind && strcmp(out->kind, HL_KIND_COMPLAINT) == 0) {
        const char *text = hl_arena_printf(a, "%s\n%s", msg->subject ? msg->subject : "", letter);
        struct hl_issuer is;
        if (hl_issuer_find(text, r->places, a, &is)) {
            cx.unit = is.unit ? is.unit : mailbox_unit;
            out->issuer = is.unit;
            out->place = NULL;
            static const struct rule issuer_rule = {
                .name = "(decision-issuer)", .file = "", .line = 0};
            trace_entry(&trace, &hv, &issuer_rule, is.unit ? "issuer" : "decision",
                        is.unit ? is.named : is.decision, false);
            out->unit_rule = issuer_rule.name;
            out->unit_rule_file = issuer_rule.file;
            out->unit_rule_line = 0;
        }
    }
    /* Whom a letter accuses means something only for a denunciation. */
    if (!hl_kind_is_denunciation(out->kind))
        out->accused = NULL;
    hl_buf_putc(&trace, ']');
    out->category = hl_arena_strdup(a, cx.category);
    out->unit = cx.unit ? hl_arena_strdup(a, cx.unit) : NULL;
    out->trace_json = hl_arena_strdup(a, trace.data);
    out->tags = hl_arena_memdup(a, tags.v, tags.n * sizeof *tags.v);
    out->n_tags = tags.n;
    out->fields = hl_arena_memdup(a, fields.v, fields.n * sizeof *fields.v);
    out->n_fields = fields.n;
    /* Hits point at rule names and files: copy them, the set may be reloaded. */
    struct hl_rule_hit *hits = hl_arena_alloc(a, (hv.n + 1) * sizeof *hits);
    for (size_t i = 0; i < hv.n; i++) {
        hits[i] = hv.v[i];
        hits[i].rule = hl_arena_strdup(a, hv.v[i].rule);
        hits[i].file = hl_arena_strdup(a, hv.v[i].file);
        hits[i].field = hl_arena_strdup(a, hv.v[i].field);
    }
    out->hits = hits;
    out->n_hits = hv.n;
    free(hv.v);
    free(tags.v);
    free(fields.v);
    hl_buf_fini(&trace);
    pcre2_match_data_free(cx.md);
    return 0;
}

const struct hl_category *
hl_rules_category(const struct hl_rules *r, const char *code)
{
    static const struct hl_category uncategorized = {
        HL_RULES_UNCATEGORIZED, "Chưa phân loại", 15, "", false, "(built in)", 0};
    for (size_t i = 0; i < r->n_cats; i++)
        if (strcmp(r->cats[i].code, code) == 0)
            return &r->cats[i];
    if (strcmp(code, HL_RULES_UNCATEGORIZED) == 0)
        return &uncategorized;
    return NULL;
}

size_t
hl_rules_count(const struct hl_rules *r)
{
    return r->n_rules;
}

void
hl_rules_stat(const struct hl_rules *r, size_t i, struct hl_rule_stat *st)
{
    const struct rule *ru = r->rules[i];
    st->name = ru->name;
    st->file = ru->file;
    st->line = ru->line;
    st->hits = atomic_load_explicit(&ru->hits, memory_order_relaxed);
    st->evaluated = atomic_load_explicit(&ru->evaluated, memory_order_relaxed);
    st->limit_hits = atomic_load_explicit(&ru->limit_hits, memory_order_relaxed);
}

void
hl_rules_set_prefilter(struct hl_rules *r, bool on)
{
    r->no_prefilter = !on;
}

const struct hl_places *
hl_rules_places(const struct hl_rules *r)
{
    return r->places;
}

size_t
hl_rules_n_categories(const struct hl_rules *r)
{
    return r->n_cats;
}

const struct hl_category *
hl_rules_category_at(const struct hl_rules *r, size_t i)
{
    return &r->cats[i];
}
