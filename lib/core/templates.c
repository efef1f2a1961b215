/* templates: see templates.h.  Template files are operator data of a few
 * kilobytes; a file over MAX_TEMPLATE_BYTES is refused before it is parsed. */
#include "templates.h"
#include "suggest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_TEMPLATE_BYTES (256 * 1024)
#define MAX_DEPTH 16
#define MAX_NAME 64

enum node_kind { N_TEXT, N_VAR, N_SECTION, N_INVERTED, N_END };

struct node {
    enum node_kind kind;
    const char *text; /* N_TEXT: into t->src; others: the name, NUL-terminated in t->src */
    size_t len;
    size_t end; /* N_SECTION/N_INVERTED: index of the matching N_END */
    int line;
};

struct part {
    struct node *nodes;
    size_t n, cap;
};

struct hl_template {
    char *file;
    char *src; /* private copy; names are NUL-terminated inside it */
    struct part subject, body;
};

struct hl_templates {
    struct hl_template *tpl[HL_TPL_NKINDS][2]; /* [kind][0 = vi, 1 = en] */
};

#define COMMON                                                                                     \
    "case_code", "unit_name", "unit_phone", "unit_address", "unit_email", "original_subject",      \
        "received_date", "due_date", "legal_basis", "body_marker", "category", "priority",         \
        "citizen_name", "citizen_email"

static const char *const vars_ack[] = {COMMON, "working_days", "received_unit_name", "channel_text",
                                       NULL};
static const char *const vars_forward[] = {
    COMMON,     "working_days",       "routing_rules", "summary",
    "problems", "received_unit_name", "reply_address", NULL};
static const char *const vars_reminder[] = {COMMON, "days_left", "assignee", NULL};
static const char *const vars_escalation[] = {
    COMMON, "days_overdue", "assignee", "step_name", "escalated_to", "previous_steps", NULL};
static const char *const vars_relay[] = {COMMON, "clerk_name", "answer", NULL};
static const char *const vars_notice[] = {COMMON, "addition", "assignee", "case_status", NULL};
static const char *const vars_transfer[] = {COMMON,
                                            "from_unit_name",
                                            "to_unit_name",
                                            "reason",
                                            "transfer_due_date",
                                            "transferred_by",
                                            "to_unit_phone",
                                            NULL};

static const char *const vars_unverified[] = {COMMON, "sender", "reason", NULL};
/* The owner of a case asked for its status, or someone asked for them. */
static const char *const vars_status[] = {COMMON, "case_status", "answered_date", "asked_elsewhere",
                                          NULL};
/* A stranger asked: nothing of the case, not even its subject. */
static const char *const vars_status_notice[] = {"case_code",  "unit_name",   "unit_phone",
                                                 "unit_email", "body_marker", NULL};
static const char *const vars_refusal[] = {COMMON, "refusal_where", "refused_by", NULL};

static const struct {
    const char *name;
    const char *const *vars;
} kinds[HL_TPL_NKINDS] = {
    [HL_TPL_ACK] = {"ack", vars_ack},
    [HL_TPL_FORWARD] = {"forward", vars_forward},
    [HL_TPL_REMINDER] = {"reminder", vars_reminder},
    [HL_TPL_ESCALATION] = {"escalation", vars_escalation},
    [HL_TPL_RELAY] = {"relay", vars_relay},
    [HL_TPL_TRANSFER] = {"transfer", vars_transfer},
    [HL_TPL_NOTICE] = {"notice", vars_notice},
    [HL_TPL_UNVERIFIED] = {"unverified", vars_unverified},
    [HL_TPL_STATUS] = {"status", vars_status},
    [HL_TPL_STATUS_NOTICE] = {"status_notice", vars_status_notice},
    [HL_TPL_REFUSAL_OUTSIDE] = {"refusal_outside", vars_refusal},
    [HL_TPL_REFUSAL_ANONYMOUS] = {"refusal_anonymous", vars_refusal},
    [HL_TPL_REFUSAL_DUPLICATE] = {"refusal_duplicate", vars_refusal},
    [HL_TPL_REFUSAL_NOT_FEEDBACK] = {"refusal_not_feedback", vars_refusal},
};

static const char *const langs[] = {"vi", "en"};

const char *
hl_templates_kind_name(enum hl_template_kind kind)
{
    return kind < HL_TPL_NKINDS ? kinds[kind].name : "?";
}

const char *const *
hl_templates_kind_vars(enum hl_template_kind kind)
{
    static const char *const none[] = {NULL};
    return kind < HL_TPL_NKINDS ? kinds[kind].vars : none;
}

const char *
hl_templates_file(const struct hl_template *t)
{
    return t->file;
}

/* ---- parsing ---- */

struct parser {
    const char *file;
    struct hl_diag *diag;
    const char *const *vars;
    size_t errors;
};

static struct node *
push(struct part *p, enum node_kind kind, const char *text, size_t len, int line)
{
    if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 32;
        p->nodes = hl_xrealloc(p->nodes, p->cap * sizeof *p->nodes);
    }
    struct node *n = &p->nodes[p->n++];
    n->kind = kind;
    n->text = text;
    n->len = len;
    n->end = 0;
    n->line = line;
    return n;
}

static bool
known_var(const struct parser *ps, const char *name)
{
    for (const char *const *v = ps->vars; *v; v++)
        if (strcmp(*v, name) == 0)
            return true;
    return false;
}

static void
unknown_var(struct parser *ps, int line, const char *name)
{
    const char *best = hl_suggest(name, ps->vars, SIZE_MAX);
    if (best)
        hl_diag_add(ps->diag, ps->file, line, "unknown placeholder {{%s}} (did you mean {{%s}}?)",
                    name, best);
    else
        hl_diag_add(ps->diag, ps->file, line, "unknown placeholder {{%s}}", name);
    ps->errors++;
}

static bool
valid_name(const char *s, size_t n)
{
    if (n == 0 || n > MAX_NAME)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    return true;
}

/* Parses src[0..len) (NUL-terminated at len, writable) into part.  line is the
 * file line of src[0].  A section, inverted or comment tag alone on its line
 * removes its line: the leading blanks go from the previous text node, and the
 * line break after it is skipped. */
static void
parse_part(struct parser *ps, struct part *part, char *src, size_t len, int line)
{
    size_t stack[MAX_DEPTH];
    int depth = 0;
    size_t i = 0;
    while (i < len) {
        char *open = strstr(src + i, "{{");
        size_t tstart = open ? (size_t)(open - src) : len;
        if (tstart > i)
            push(part, N_TEXT, src + i, tstart - i, line);
        for (size_t k = i; k < tstart; k++)
            line += src[k] == '\n';
        if (open == NULL)
            break;
        char *close = strstr(open + 2, "}}");
        char sigil = open[2];
        char *nl = strchr(open + 2, '\n');
        if (close == NULL || (sigil != '!' && nl != NULL && nl < close)) {
            hl_diag_add(ps->diag, ps->file, line, "\"{{\" without \"}}\" on the same line");
            ps->errors++;
            return;
        }
        size_t tend = (size_t)(close - src) + 2;
        int tag_line = line;
        for (size_t k = tstart; k < tend; k++)
            line += src[k] == '\n';
        /* The tag body, trimmed. */
        char *b = open + 2;
        char *e = close;
        if (sigil == '#' || sigil == '^' || sigil == '/' || sigil == '!')
            b++;
        while (b < e && (*b == ' ' || *b == '\t'))
            b++;
        while (e > b && (e[-1] == ' ' || e[-1] == '\t'))
            e--;
        size_t nlen = (size_t)(e - b);
        if (sigil == '#' || sigil == '^' || sigil == '/' || sigil == '!') {
            size_t ls = tstart;
            while (ls > 0 && (src[ls - 1] == ' ' || src[ls - 1] == '\t'))
                ls--;
            size_t le = tend;
            while (le < len && (src[le] == ' ' || src[le] == '\t' || src[le] == '\r'))
                le++;
            if ((ls == 0 || src[ls - 1] == '\n') && (le == len || src[le] == '\n')) {
                struct node *prev = part->n ? &part->nodes[part->n - 1] : NULL;
                if (prev && prev->kind == N_TEXT && prev->text + prev->len == src + tstart)
                    prev->len -= tstart - ls;
                if (le < len) {
                    tend = le + 1;
                    line++;
                } else {
                    tend = le;
                }
            }
        }
        i = tend;
        if (sigil == '!')
            continue;
        if (!valid_name(b, nlen)) {
            hl_diag_add(ps->diag, ps->file, tag_line,
                        "bad placeholder \"%.*s\" (names are lower-case letters, digits and _)",
                        (int)(close - open + 2), open);
            ps->errors++;
            continue;
        }
        b[nlen] = '\0'; /* the closing braces are no longer needed */
        if (!known_var(ps, b)) {
            unknown_var(ps, tag_line, b);
            continue;
        }
        if (sigil == '#' || sigil == '^') {
            if (depth == MAX_DEPTH) {
                hl_diag_add(ps->diag, ps->file, tag_line, "sections nested too deep");
                ps->errors++;
                return;
            }
            stack[depth++] = part->n;
            push(part, sigil == '#' ? N_SECTION : N_INVERTED, b, nlen, tag_line);
        } else if (sigil == '/') {
            if (depth == 0 || strcmp(part->nodes[stack[depth - 1]].text, b) != 0) {
                if (depth == 0)
                    hl_diag_add(ps->diag, ps->file, tag_line, "{{/%s}} closes no section", b);
                else
                    hl_diag_add(ps->diag, ps->file, tag_line,
                                "{{/%s}} closes section {{#%s}} opened on line %d", b,
                                part->nodes[stack[depth - 1]].text,
                                part->nodes[stack[depth - 1]].line);
                ps->errors++;
                continue;
            }
            size_t at = part->n;
            push(part, N_END, b, nlen, tag_line);
            part->nodes[stack[--depth]].end = at;
        } else {
            push(part, N_VAR, b, nlen, tag_line);
        }
    }
    while (depth > 0) {
        const struct node *n = &part->nodes[stack[--depth]];
        hl_diag_add(ps->diag, ps->file, n->line, "section {{%s%s}} is never closed",
                    n->kind == N_SECTION ? "#" : "^", n->text);
        ps->errors++;
    }
}

struct hl_template *
hl_templates_parse(const char *file, const char *text, size_t len, const char *const *vars,
                   struct hl_diag *diag)
{
    struct parser ps = {.file = file, .diag = diag, .vars = vars};
    struct hl_template *t = hl_xcalloc(1, sizeof *t);
    t->file = hl_xstrdup(file);
    if (len > MAX_TEMPLATE_BYTES) {
        hl_diag_add(diag, file, 0, "template larger than %d bytes", MAX_TEMPLATE_BYTES);
        hl_templates_free_one(&t);
        return NULL;
    }
    if (memchr(text, '\0', len) != NULL) {
        hl_diag_add(diag, file, 0, "template contains a NUL byte");
        hl_templates_free_one(&t);
        return NULL;
    }
    t->src = hl_xstrndup(text, len);
    char *s = t->src;
    /* Windows editors: accept CRLF files, render LF. */
    size_t w = 0;
    for (size_t r = 0; r < len; r++)
        if (!(s[r] == '\r' && r + 1 < len && s[r + 1] == '\n'))
            s[w++] = s[r];
    s[w] = '\0';
    len = w;
    if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) /* BOM from Notepad */
        s += 3, len -= 3;

    char *eol = strchr(s, '\n');
    if (strncasecmp(s, "Subject:", 8) != 0 || eol == NULL) {
        hl_diag_add(diag, file, 1, "first line must be \"Subject: ...\", then a blank line");
        hl_templates_free_one(&t);
        return NULL;
    }
    char *subj = s + 8;
    while (*subj == ' ' || *subj == '\t')
        subj++;
    char *subj_end = eol;
    while (subj_end > subj && (subj_end[-1] == ' ' || subj_end[-1] == '\t'))
        subj_end--;
    *eol = '\0';
    size_t subj_len = (size_t)(subj_end - subj);
    subj[subj_len] = '\0';
    char *body = eol + 1;
    if (*body != '\n') {
        hl_diag_add(diag, file, 2, "line 2 must be blank (it separates the subject from the body)");
        ps.errors++;
    } else {
        body++;
    }
    parse_part(&ps, &t->subject, subj, subj_len, 1);
    for (size_t i = 0; i < t->subject.n; i++)
        if (t->subject.nodes[i].kind == N_TEXT &&
            memchr(t->subject.nodes[i].text, '\n', t->subject.nodes[i].len) != NULL) {
            hl_diag_add(diag, file, 1, "the subject must stay on one line");
            ps.errors++;
        }
    parse_part(&ps, &t->body, body, len - (size_t)(body - s), 3);
    if (ps.errors > 0)
        hl_templates_free_one(&t);
    return t;
}

void
hl_templates_free_one(struct hl_template **tp)
{
    struct hl_template *t = tp ? *tp : NULL;
    if (t == NULL)
        return;
    free(t->subject.nodes);
    free(t->body.nodes);
    free(t->src);
    free(t->file);
    free(t);
    *tp = NULL;
}

/* ---- rendering ---- */

static const struct hl_tvar *
lookup(const struct hl_tvar *vars, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (vars[i].name && strcmp(vars[i].name, name) == 0)
            return &vars[i];
    return NULL;
}

static int
render_part(const struct hl_template *t, const struct part *p, const struct hl_tvar *vars,
            size_t n_vars, struct hl_buf *out, struct hl_err *err)
{
    for (size_t i = 0; i < p->n; i++) {
        const struct node *n = &p->nodes[i];
        if (n->kind == N_TEXT) {
            hl_buf_append(out, n->text, n->len);
            continue;
        }
        if (n->kind == N_END)
            continue;
        const struct hl_tvar *v = lookup(vars, n_vars, n->text);
        if (v == NULL)
            return hl_err_set(err, HL_ERR_CONFIG, "%s:%d: no value given for {{%s}}", t->file,
                              n->line, n->text);
        bool empty = v->value == NULL || v->value[0] == '\0';
        if (n->kind == N_VAR) {
            if (!empty)
                hl_buf_puts(out, v->value);
        } else if ((n->kind == N_SECTION) == empty) {
            i = n->end; /* skip the section's content */
        }
    }
    return 0;
}

int
hl_templates_render(const struct hl_template *t, const struct hl_tvar *vars, size_t n_vars,
                    struct hl_buf *subject_out, struct hl_buf *body_out, struct hl_err *err)
{
    struct hl_buf subj;
    hl_buf_init(&subj);
    int rc = render_part(t, &t->subject, vars, n_vars, &subj, err);
    if (rc == 0)
        rc = render_part(t, &t->body, vars, n_vars, body_out, err);
    if (rc == 0) {
        /* One line: every control byte becomes a space, runs of blanks collapse. */
        bool space = true;
        size_t start = subject_out->len;
        for (size_t i = 0; i < subj.len; i++) {
            unsigned char c = (unsigned char)subj.data[i];
            if (c < 0x20 || c == 0x7f || c == ' ') {
                if (!space)
                    hl_buf_putc(subject_out, ' ');
                space = true;
            } else {
                hl_buf_putc(subject_out, (char)c);
                space = false;
            }
        }
        if (subject_out->len > start && subject_out->data[subject_out->len - 1] == ' ')
            subject_out->data[--subject_out->len] = '\0';
    }
    hl_buf_fini(&subj);
    return rc;
}

/* ---- the set ---- */

struct hl_templates *
hl_templates_load_dir(const char *dir, struct hl_diag *diag)
{
    struct hl_templates *set = hl_xcalloc(1, sizeof *set);
    size_t before = diag->n;
    for (int k = 0; k < HL_TPL_NKINDS; k++) {
        for (size_t l = 0; l < HL_NELEM(langs); l++) {
            char *path = hl_xasprintf("%s/%s.%s.txt", dir, kinds[k].name, langs[l]);
            struct hl_err err = {0};
            size_t len = 0;
            char *text = hl_read_file(path, &len, &err);
            if (text == NULL) {
                if (l == 0)
                    hl_diag_add(diag, path, 0, "missing template (the Vietnamese one is required)");
                free(path);
                continue;
            }
            set->tpl[k][l] = hl_templates_parse(path, text, len, kinds[k].vars, diag);
            free(text);
            free(path);
        }
    }
    if (diag->n > before)
        hl_templates_free(&set);
    return set;
}

void
hl_templates_free(struct hl_templates **setp)
{
    struct hl_templates *set = setp ? *setp : NULL;
    if (set == NULL)
        return;
    for (int k = 0; k < HL_TPL_NKINDS; k++)
        for (size_t l = 0; l < HL_NELEM(langs); l++)
            hl_templates_free_one(&set->tpl[k][l]);
    free(set);
    *setp = NULL;
}

const struct hl_template *
hl_templates_get(const struct hl_templates *set, enum hl_template_kind kind, const char *lang)
{
    if (kind >= HL_TPL_NKINDS)
        return NULL;
    for (size_t l = 0; l < HL_NELEM(langs); l++)
        if (lang && strcmp(lang, langs[l]) == 0 && set->tpl[kind][l])
            return set->tpl[kind][l];
    return set->tpl[kind][0];
}
