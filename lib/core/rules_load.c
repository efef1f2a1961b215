/*
 * rules_load: loads a rule directory and checks it, reporting every problem
 * as FILE:LINE: message (with a did-you-mean for misspelt names); patterns
 * are folded for diacritic-free matching and compiled here.  See rules.h.
 */
#include "rules_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <dirent.h>
#include <unistd.h>
#include <libconfig.h>

#include "conf_check.h"
#include "fold.h"
#include "topics.h"
#include "issuer.h"
#include "kind.h"
#include "letter.h"
#include "suggest.h"

/* What a condition may hold besides a field (hl_rules_field_names). */
static const char *const cond_extra_keys[] = {"all",  "any",  "not",  "pattern",
                                              "fold", "case", "marks"};

static const char *const action_keys[] = {
    "category", "unit", "priority", "tags",    "deadline_days", "no_ack",
    "spam",     "stop", "kind",     "accused", "issuer",        NULL,
};

static const char *const rule_keys[] = {"name", "when", "then", "description", NULL};
static const char *const category_keys[] = {"code",        "name",    "deadline_days",
                                            "legal_basis", "learned", NULL};
static const char *const top_keys[] = {"categories", "rules", NULL};
static const char *const prio_names[] = {"low", "normal", "high", "urgent"};

/* ---------- pattern folding ---------- */

static void
fold_append(struct hl_buf *out, const char *s, size_t n)
{
    if (n == 0)
        return;
    char *tmp = hl_xstrndup(s, n);
    char *f = hl_fold_str(tmp);
    hl_buf_puts(out, f);
    free(f);
    free(tmp);
}

/* Copies p[i..] up to and including the closing character, verbatim. */
static size_t
copy_until(struct hl_buf *out, const char *p, size_t i, char close)
{
    size_t j = i;
    while (p[j] && p[j] != close)
        j++;
    if (p[j])
        j++;
    hl_buf_append(out, p + i, j - i);
    return j;
}

/* Folds a pattern's literal text while keeping its syntax: escapes (\D is not
 * \d), group names and option letters are copied as written. */
static char *
fold_pattern(const char *p)
{
    struct hl_buf out;
    hl_buf_init(&out);
    size_t i = 0, plain = 0;
    while (p[i]) {
        if (p[i] == '\\' && p[i + 1]) {
            fold_append(&out, p + plain, i - plain);
            char e = p[i + 1];
            if (e == 'Q') {
                /* \Q...\E is literal text: fold its inside. */
                hl_buf_append(&out, p + i, 2);
                const char *end = strstr(p + i + 2, "\\E");
                size_t stop = end ? (size_t)(end - p) : strlen(p);
                fold_append(&out, p + i + 2, stop - (i + 2));
                i = stop;
                plain = i;
                continue;
            }
            hl_buf_append(&out, p + i, 2);
            i += 2;
            if (strchr("pPxNgko", e) && (p[i] == '{' || p[i] == '<' || p[i] == '\'')) {
                char close = p[i] == '{' ? '}' : p[i] == '<' ? '>' : '\'';
                i = copy_until(&out, p, i, close);
            } else if ((e == 'p' || e == 'P') && p[i]) {
                hl_buf_putc(&out, p[i++]);
            }
            plain = i;
        } else if (p[i] == '(' && (p[i + 1] == '?' || p[i + 1] == '*')) {
            fold_append(&out, p + plain, i - plain);
            hl_buf_append(&out, p + i, 2);
            bool verb = p[i + 1] == '*';
            i += 2;
            if (verb) {
                i = copy_until(&out, p, i, ')');
            } else if (p[i] == '<' && p[i + 1] != '=' && p[i + 1] != '!') {
                i = copy_until(&out, p, i, '>');
            } else if (p[i] == 'P' || p[i] == '&' || p[i] == '\'') {
                hl_buf_putc(&out, p[i++]);
                char close = p[i - 1] == '\'' ? '\'' : p[i] == '<' ? '>' : ')';
                if (close == ')' && p[i - 1] == 'P' && p[i] == '=')
                    close = ')';
                if (p[i - 1] == 'P' && p[i] == '<')
                    close = '>';
                i = copy_until(&out, p, i, close);
            } else {
                while (p[i] && (strchr("^-", p[i]) || (p[i] >= 'a' && p[i] <= 'z') ||
                                (p[i] >= 'A' && p[i] <= 'Z')))
                    hl_buf_putc(&out, p[i++]);
            }
            plain = i;
        } else {
            i++;
        }
    }
    fold_append(&out, p + plain, i - plain);
    return hl_buf_steal(&out);
}

/* ---------- loading ---------- */

struct loader {
    /* Every problem of the files, given in file order (conf_check.h);
     * ck.problems counts them. */
    struct hl_conf_check ck;
    const struct hl_rules_env *env;
    struct hl_rules *r;
    const char *file;
    size_t cap_rules, cap_cats, cap_headers;
    /* pattern sources per rule in leaf order, for the prefilter */
    char ***srcs;
    size_t *n_srcs;
    char **cur_srcs;
    size_t n_cur_srcs, cap_cur_srcs;
    bool cur_has_caps;
    char **cur_capnames;
    size_t n_cur_capnames;
};

static const char *
get_string(struct loader *ld, const config_setting_t *s, const char *what)
{
    if (config_setting_type(s) != CONFIG_TYPE_STRING) {
        hl_conf_report(&ld->ck, s, "%s must be a string", what);
        return NULL;
    }
    /* Names, tags and patterns end up in traces (jsonb), logs and mail. */
    const char *v = config_setting_get_string(s);
    if (!hl_fold_utf8_valid(v, strlen(v))) {
        hl_conf_report(&ld->ck, s, "%s is not valid UTF-8 (save the file as UTF-8)", what);
        return NULL;
    }
    return v;
}

static bool
valid_code(const char *s)
{
    if (*s == '\0')
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-' || *s == '_'))
            return false;
    return true;
}

static void
load_category(struct loader *ld, const config_setting_t *s)
{
    struct hl_rules *r = ld->r;
    if (!config_setting_is_group(s)) {
        hl_conf_report(&ld->ck, s, "a category must be a group { code = ...; name = ...; }");
        return;
    }
    const char *code = NULL, *name = NULL, *basis = "";
    int deadline = -1;
    bool fixed = false;
    for (int i = 0; i < config_setting_length(s); i++) {
        const config_setting_t *k = config_setting_get_elem(s, (unsigned)i);
        const char *key = config_setting_name(k);
        if (strcmp(key, "code") == 0)
            code = get_string(ld, k, "code");
        else if (strcmp(key, "name") == 0)
            name = get_string(ld, k, "name");
        else if (strcmp(key, "legal_basis") == 0)
            basis = get_string(ld, k, "legal_basis");
        else if (strcmp(key, "deadline_days") == 0) {
            if (config_setting_type(k) != CONFIG_TYPE_INT || config_setting_get_int(k) < 0 ||
                config_setting_get_int(k) > 365)
                hl_conf_report(&ld->ck, k,
                               "deadline_days must be an integer from 0 to 365 (working days)");
            else
                deadline = config_setting_get_int(k);
        } else if (strcmp(key, "learned") == 0) {
            if (config_setting_type(k) != CONFIG_TYPE_BOOL)
                hl_conf_report(&ld->ck, k, "learned must be true or false");
            else
                fixed = !config_setting_get_bool(k);
        } else
            hl_conf_unknown(&ld->ck, k, "category setting", category_keys);
    }
    if (code == NULL || name == NULL || deadline < 0) {
        hl_conf_report(&ld->ck, s, "a category needs code, name and deadline_days");
        return;
    }
    if (!valid_code(code)) {
        hl_conf_report(&ld->ck, s,
                       "category code \"%s\": use lower-case letters, digits, '-' and '_'", code);
        return;
    }
    for (size_t i = 0; i < r->n_cats; i++)
        if (strcmp(r->cats[i].code, code) == 0) {
            hl_conf_report(&ld->ck, s, "duplicate category \"%s\" (first declared at %s:%d)", code,
                           r->cats[i].file, r->cats[i].line);
            return;
        }
    r->cats = hl_rules_grow(r->cats, &ld->cap_cats, r->n_cats, sizeof *r->cats);
    struct hl_category *c = &r->cats[r->n_cats++];
    c->code = hl_xstrdup(code);
    c->name = hl_fold_nfc(name);
    c->deadline_days = deadline;
    c->legal_basis = hl_fold_nfc(basis ? basis : "");
    c->rules_only = fixed;
    c->file = ld->file;
    c->line = (int)config_setting_source_line(s);
}

static bool
known_category(const struct hl_rules *r, const char *code)
{
    if (strcmp(code, HL_RULES_UNCATEGORIZED) == 0)
        return true;
    for (size_t i = 0; i < r->n_cats; i++)
        if (strcmp(r->cats[i].code, code) == 0)
            return true;
    return false;
}

static bool
known_unit(const struct loader *ld, const char *code)
{
    if (ld->env == NULL || ld->env->n_units == 0)
        return true;
    for (size_t i = 0; i < ld->env->n_units; i++)
        if (strcmp(ld->env->unit_codes[i], code) == 0)
            return true;
    return false;
}

static size_t
header_index(struct loader *ld, const char *name)
{
    struct hl_rules *r = ld->r;
    for (size_t i = 0; i < r->n_headers; i++)
        if (strcasecmp(r->headers[i], name) == 0)
            return i;
    r->headers = hl_rules_grow(r->headers, &ld->cap_headers, r->n_headers, sizeof *r->headers);
    r->headers[r->n_headers] = hl_xstrdup(name);
    return r->n_headers++;
}

static void
cond_free(struct cond *c)
{
    if (c == NULL)
        return;
    for (size_t i = 0; i < c->n_kids; i++)
        cond_free(c->kids[i]);
    free(c->kids);
    pcre2_code_free(c->code);
    hl_marks_free(c->marks);
    for (size_t i = 0; i < c->n_caps; i++)
        free(c->caps[i].name);
    free(c->caps);
    free(c->label);
    free(c);
}

static void
push_src(struct loader *ld, char *src)
{
    ld->cur_srcs =
        hl_rules_grow(ld->cur_srcs, &ld->cap_cur_srcs, ld->n_cur_srcs, sizeof *ld->cur_srcs);
    ld->cur_srcs[ld->n_cur_srcs++] = src;
}

static bool
compile_leaf(struct loader *ld, struct cond *c, const config_setting_t *ps, const char *pattern,
             bool caseless)
{
    char *nfc = hl_fold_nfc(pattern);
    uint32_t opts = PCRE2_UTF | PCRE2_UCP | (caseless ? PCRE2_CASELESS : 0);
    int errcode;
    PCRE2_SIZE off;
    /* Compile the text as written first so error offsets point into what the
     * administrator typed, then the folded form that actually runs. */
    pcre2_code *code =
        pcre2_compile((PCRE2_SPTR)nfc, PCRE2_ZERO_TERMINATED, opts, &errcode, &off, NULL);
    char *run = NULL;
    if (code && c->fold) {
        pcre2_code_free(code);
        run = fold_pattern(nfc);
        code = pcre2_compile((PCRE2_SPTR)run, PCRE2_ZERO_TERMINATED, opts, &errcode, &off, NULL);
    }
    if (code == NULL) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        /* PCRE2 counts bytes; an administrator counts letters. */
        const char *text = run ? run : nfc;
        size_t chars = 0;
        for (size_t i = 0; i < off && text[i]; i++)
            chars += ((unsigned char)text[i] & 0xC0) != 0x80;
        hl_conf_report(&ld->ck, ps, "pattern error at offset %zu: %s%s", chars, (const char *)msg,
                       run ? " (in the diacritic-folded form)" : "");
        free(nfc);
        free(run);
        push_src(ld, NULL);
        return false;
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); /* failure only means the interpreter runs */
    c->code = code;
    if (c->use_marks)
        c->marks = hl_marks_from_pattern(nfc);
    uint32_t ncap = 0, nnames = 0, esize = 0;
    PCRE2_SPTR table;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &ncap);
    if (ncap + 1 > ld->r->max_ovec)
        ld->r->max_ovec = ncap + 1;
    pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &nnames);
    pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &esize);
    pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
    c->caps = hl_xcalloc(nnames, sizeof *c->caps);
    for (uint32_t i = 0; i < nnames; i++) {
        PCRE2_SPTR e = table + (size_t)i * esize;
        c->caps[i].num = (uint32_t)((e[0] << 8) | e[1]);
        c->caps[i].name = hl_xstrdup((const char *)e + 2);
        ld->cur_capnames =
            hl_xrealloc(ld->cur_capnames, (ld->n_cur_capnames + 1) * sizeof *ld->cur_capnames);
        ld->cur_capnames[ld->n_cur_capnames++] = c->caps[i].name;
    }
    c->n_caps = nnames;
    if (run == NULL)
        run = hl_xstrdup(nfc);
    /* The prefilter reads the lower-cased form, matched against folded text. */
    if (!c->fold) {
        char *low = hl_fold_str(run);
        free(run);
        run = low;
    }
    push_src(ld, run);
    free(nfc);
    return true;
}

static struct cond *load_cond(struct loader *ld, const config_setting_t *s, int depth);

static struct cond *
load_cond_list(struct loader *ld, const config_setting_t *s, enum cond_kind kind, int depth)
{
    struct cond *c = hl_xcalloc(1, sizeof *c);
    c->kind = kind;
    if (config_setting_is_group(s)) {
        c->kids = hl_xmalloc(sizeof *c->kids);
        c->kids[0] = load_cond(ld, s, depth + 1);
        c->n_kids = 1;
        return c;
    }
    if (!config_setting_is_list(s)) {
        hl_conf_report(&ld->ck, s, "%s takes a list of conditions: ( { ... }, { ... } )",
                       config_setting_name(s) ? config_setting_name(s) : "when");
        return c;
    }
    int n = config_setting_length(s);
    c->kids = hl_xcalloc((size_t)n, sizeof *c->kids);
    for (int i = 0; i < n; i++)
        c->kids[c->n_kids++] = load_cond(ld, config_setting_get_elem(s, (unsigned)i), depth + 1);
    return c;
}

static struct cond *
load_cond(struct loader *ld, const config_setting_t *s, int depth)
{
    if (depth > 32) {
        hl_conf_report(&ld->ck, s, "conditions nested deeper than 32 levels");
        return NULL;
    }
    if (!config_setting_is_group(s)) {
        hl_conf_report(&ld->ck, s, "a condition must be a group, e.g. { subject = \"ngập\"; }");
        return NULL;
    }
    int n = config_setting_length(s);
    const config_setting_t *field_s = NULL, *pattern_s = NULL, *comb = NULL;
    int fold = -1, case_sens = -1, marks = -1;
    bool bad = false;
    for (int i = 0; i < n; i++) {
        const config_setting_t *k = config_setting_get_elem(s, (unsigned)i);
        const char *key = config_setting_name(k);
        if (strcmp(key, "all") == 0 || strcmp(key, "any") == 0 || strcmp(key, "not") == 0) {
            if (comb || field_s) {
                hl_conf_report(&ld->ck, k,
                               "a condition holds one field or one of all/any/not; "
                               "wrap several in all = ( ... )");
                bad = true;
            }
            comb = k;
        } else if (strcmp(key, "pattern") == 0) {
            pattern_s = k;
        } else if (strcmp(key, "fold") == 0 || strcmp(key, "case") == 0 ||
                   strcmp(key, "marks") == 0) {
            if (config_setting_type(k) != CONFIG_TYPE_BOOL) {
                hl_conf_report(&ld->ck, k, "%s must be true or false", key);
                bad = true;
            } else if (key[0] == 'f') {
                fold = config_setting_get_bool(k);
            } else if (key[0] == 'm') {
                marks = config_setting_get_bool(k);
            } else {
                case_sens = config_setting_get_bool(k);
            }
        } else if (hl_rules_field_by_name(key) >= 0) {
            if (comb || field_s) {
                hl_conf_report(&ld->ck, k,
                               "a condition holds one field or one of all/any/not; "
                               "wrap several in all = ( ... )");
                bad = true;
            }
            field_s = k;
        } else {
            /* Every key a condition may hold, for "did you mean". */
            const char *keys[N_FIELDS + HL_NELEM(cond_extra_keys) + 1];
            memcpy(keys, hl_rules_field_names, sizeof hl_rules_field_names);
            memcpy(keys + N_FIELDS, cond_extra_keys, sizeof cond_extra_keys);
            keys[HL_NELEM(keys) - 1] = NULL;
            hl_conf_unknown(&ld->ck, k, "field", keys);
            bad = true;
        }
    }
    if (comb) {
        const char *key = config_setting_name(comb);
        if (key[0] == 'n') {
            struct cond *inner = config_setting_is_list(comb)
                                     ? load_cond_list(ld, comb, C_ALL, depth)
                                     : load_cond(ld, comb, depth + 1);
            struct cond *c = hl_xcalloc(1, sizeof *c);
            c->kind = C_NOT;
            c->kids = hl_xmalloc(sizeof *c->kids);
            c->kids[0] = inner;
            c->n_kids = 1;
            return c;
        }
        return load_cond_list(ld, comb, key[1] == 'l' ? C_ALL : C_ANY, depth);
    }
    if (field_s == NULL) {
        if (!bad)
            hl_conf_report(
                &ld->ck, s,
                "empty condition: name a field (subject, body, from, ...) or all/any/not");
        return NULL;
    }
    struct cond *c = hl_xcalloc(1, sizeof *c);
    c->kind = C_MATCH;
    c->field = (enum field)hl_rules_field_by_name(config_setting_name(field_s));
    const char *pattern;
    const config_setting_t *where = field_s;
    if (c->field == F_HEADER) {
        const char *hname = get_string(ld, field_s, "header");
        if (pattern_s == NULL) {
            hl_conf_report(&ld->ck, field_s,
                           "header needs pattern: { header = \"X-Name\"; pattern = \"...\"; }");
            cond_free(c);
            return NULL;
        }
        if (hname == NULL) {
            cond_free(c);
            return NULL;
        }
        c->header = header_index(ld, hname);
        c->label = hl_xasprintf("header:%s", hname);
        pattern = get_string(ld, pattern_s, "pattern");
        where = pattern_s;
    } else {
        if (pattern_s)
            hl_conf_report(&ld->ck, pattern_s,
                           "pattern is only for header; write { %s = \"...\"; }",
                           hl_rules_field_names[c->field]);
        pattern = get_string(ld, field_s, hl_rules_field_names[c->field]);
        c->label = hl_xstrdup(hl_rules_field_names[c->field]);
    }
    if (pattern == NULL || bad) {
        push_src(ld, NULL);
        cond_free(c);
        return NULL;
    }
    /* Codes are ASCII: folding them would only cost time. */
    bool codes = c->field == F_MAILBOX || c->field == F_CATEGORY || c->field == F_UNIT;
    c->fold = fold >= 0 ? fold != 0 : !codes;
    c->use_marks = c->fold && marks != 0;
    ld->r->used[c->field] = true;
    if (c->field == F_TEXT)
        ld->r->used[F_SUBJECT] = ld->r->used[F_BODY] = true;
    if (!compile_leaf(ld, c, where, pattern, case_sens != 1)) {
        cond_free(c);
        return NULL;
    }
    return c;
}

static size_t
count_leaves(const struct cond *c)
{
    if (c == NULL)
        return 0;
    if (c->kind == C_MATCH)
        return 1;
    size_t n = 0;
    for (size_t i = 0; i < c->n_kids; i++)
        n += count_leaves(c->kids[i]);
    return n;
}

static bool
tag_refs_ok(struct loader *ld, const config_setting_t *s, const char *tag)
{
    for (const char *p = strstr(tag, "${"); p; p = strstr(p + 2, "${")) {
        const char *end = strchr(p, '}');
        if (end == NULL) {
            hl_conf_report(&ld->ck, s, "tag \"%s\": \"${\" without closing \"}\"", tag);
            return false;
        }
        bool found = false;
        for (size_t i = 0; i < ld->n_cur_capnames; i++)
            if (strlen(ld->cur_capnames[i]) == (size_t)(end - p - 2) &&
                strncmp(ld->cur_capnames[i], p + 2, (size_t)(end - p - 2)) == 0)
                found = true;
        if (!found) {
            hl_conf_report(&ld->ck, s,
                           "tag \"%s\" uses capture \"%.*s\" that no pattern of this rule names",
                           tag, (int)(end - p - 2), p + 2);
            return false;
        }
    }
    return true;
}

static void
load_actions(struct loader *ld, struct rule *ru, const config_setting_t *s)
{
    if (!config_setting_is_group(s)) {
        hl_conf_report(&ld->ck, s, "then must be a group { category = ...; unit = ...; }");
        return;
    }
    for (int i = 0; i < config_setting_length(s); i++) {
        const config_setting_t *k = config_setting_get_elem(s, (unsigned)i);
        const char *key = config_setting_name(k);
        int type = config_setting_type(k);
        if (strcmp(key, "category") == 0) {
            const char *v = get_string(ld, k, "category");
            if (v && !known_category(ld->r, v)) {
                const char *names[256];
                size_t nn = 0;
                for (size_t j = 0; j < ld->r->n_cats && nn < HL_NELEM(names); j++)
                    names[nn++] = ld->r->cats[j].code;
                const char *hint = hl_suggest(v, names, nn);
                if (hint)
                    hl_conf_report(&ld->ck, k, "unknown category \"%s\" (did you mean \"%s\"?)", v,
                                   hint);
                else
                    hl_conf_report(&ld->ck, k, "unknown category \"%s\": declare it in categories",
                                   v);
            } else if (v) {
                ru->category = hl_xstrdup(v);
            }
        } else if (strcmp(key, "unit") == 0) {
            const char *v = get_string(ld, k, "unit");
            if (v && strcmp(v, "place") == 0) {
                ru->unit_place = true;
            } else if (v && !known_unit(ld, v)) {
                const char *hint =
                    hl_suggest(v, (const char *const *)ld->env->unit_codes, ld->env->n_units);
                if (hint)
                    hl_conf_report(&ld->ck, k, "unknown unit \"%s\" (did you mean \"%s\"?)", v,
                                   hint);
                else
                    hl_conf_report(&ld->ck, k, "unknown unit \"%s\"", v);
            } else if (v) {
                ru->unit = hl_xstrdup(v);
            }
        } else if (strcmp(key, "kind") == 0) {
            const char *v = get_string(ld, k, "kind");
            if (v && !hl_kind_valid(v))
                hl_conf_report(&ld->ck, k,
                               "kind must be \"feedback\", \"complaint\" or \"denunciation\"");
            else if (v)
                ru->kind = hl_xstrdup(v);
        } else if (strcmp(key, "accused") == 0) {
            /* Whom a denunciation accuses: the unit whose mailbox received
             * it (the default), the unit earlier rules routed it to, a
             * named unit, or none (a household's or a business's acts:
             * handled where the letter is routed). */
            const char *v = get_string(ld, k, "accused");
            if (v == NULL)
                continue;
            if (strcmp(v, "mailbox") == 0) {
                ru->accused_set = true;
            } else if (strncmp(v, "${", 2) == 0 && v[strlen(v) - 1] == '}' &&
                       strchr(v + 2, '$') == NULL) {
                /* A capture naming the unit ("phường Cầu Giấy" becomes
                 * phuong-cau-giay); hotlined checks that it is one. */
                if (tag_refs_ok(ld, k, v)) {
                    ru->accused = hl_xstrdup(v);
                    ru->accused_set = true;
                }
            } else if (strcmp(v, "routed") == 0 || strcmp(v, "none") == 0 || known_unit(ld, v)) {
                ru->accused = hl_xstrdup(v);
                ru->accused_set = true;
            } else {
                hl_conf_report(&ld->ck, k,
                               "accused must be \"mailbox\", \"routed\", \"none\" or a unit code, "
                               "not \"%s\"",
                               v);
            }
        } else if (strcmp(key, "priority") == 0) {
            int p = -1;
            if (type == CONFIG_TYPE_INT && config_setting_get_int(k) >= 0 &&
                config_setting_get_int(k) <= 3)
                p = config_setting_get_int(k);
            else if (type == CONFIG_TYPE_STRING)
                for (int j = 0; j < 4; j++)
                    if (strcmp(config_setting_get_string(k), prio_names[j]) == 0)
                        p = j;
            if (p < 0)
                hl_conf_report(&ld->ck, k,
                               "priority must be 0..3 or one of \"low\", \"normal\", \"high\", "
                               "\"urgent\"");
            ru->priority = p;
        } else if (strcmp(key, "deadline_days") == 0) {
            if (type != CONFIG_TYPE_INT || config_setting_get_int(k) < 0 ||
                config_setting_get_int(k) > 365)
                hl_conf_report(&ld->ck, k,
                               "deadline_days must be an integer from 0 to 365 (working days)");
            else
                ru->deadline_days = config_setting_get_int(k);
        } else if (strcmp(key, "issuer") == 0) {
            /* Whether a complaint about a decision goes to its issuer
             * (issuer.h); false where another rule must decide (bribes). */
            if (type != CONFIG_TYPE_BOOL)
                hl_conf_report(&ld->ck, k, "issuer must be true or false");
            else
                ru->issuer = config_setting_get_bool(k);
        } else if (strcmp(key, "no_ack") == 0 || strcmp(key, "spam") == 0 ||
                   strcmp(key, "stop") == 0) {
            if (type != CONFIG_TYPE_BOOL) {
                hl_conf_report(&ld->ck, k, "%s must be true or false", key);
                continue;
            }
            int v = config_setting_get_bool(k);
            if (key[0] == 'n')
                ru->no_ack = v;
            else if (key[1] == 'p')
                ru->spam = v;
            else
                ru->stop = v;
        } else if (strcmp(key, "tags") == 0) {
            if (type == CONFIG_TYPE_STRING) {
                const char *v = get_string(ld, k, "a tag");
                if (v && tag_refs_ok(ld, k, v)) {
                    ru->tags = hl_xrealloc(ru->tags, (ru->n_tags + 1) * sizeof *ru->tags);
                    ru->tags[ru->n_tags++] = hl_fold_nfc(v);
                }
                continue;
            }
            if (!config_setting_is_aggregate(k) || config_setting_is_group(k)) {
                hl_conf_report(&ld->ck, k, "tags must be a string or an array of strings");
                continue;
            }
            for (int j = 0; j < config_setting_length(k); j++) {
                const config_setting_t *t = config_setting_get_elem(k, (unsigned)j);
                const char *v = get_string(ld, t, "a tag");
                if (v && tag_refs_ok(ld, t, v)) {
                    ru->tags = hl_xrealloc(ru->tags, (ru->n_tags + 1) * sizeof *ru->tags);
                    ru->tags[ru->n_tags++] = hl_fold_nfc(v);
                }
            }
        } else {
            hl_conf_unknown(&ld->ck, k, "action", action_keys);
        }
    }
}

static void
rule_free(struct rule *ru)
{
    if (ru == NULL)
        return;
    free(ru->name);
    cond_free(ru->when);
    free(ru->category);
    free(ru->unit);
    free(ru->kind);
    free(ru->accused);
    for (size_t i = 0; i < ru->n_tags; i++)
        free(ru->tags[i]);
    free(ru->tags);
    free(ru);
}

static void
load_rule(struct loader *ld, const config_setting_t *s)
{
    struct hl_rules *r = ld->r;
    if (!config_setting_is_group(s)) {
        hl_conf_report(&ld->ck, s,
                       "a rule must be a group { name = ...; when = ...; then = { ... }; }");
        return;
    }
    struct rule *ru = hl_xcalloc(1, sizeof *ru);
    ru->file = ld->file;
    ru->line = (int)config_setting_source_line(s);
    ru->priority = ru->deadline_days = ru->no_ack = ru->spam = ru->issuer = -1;
    ld->n_cur_srcs = 0;
    ld->n_cur_capnames = 0;
    const config_setting_t *when = NULL, *then = NULL;
    bool named = false; /* a name, even one already reported as bad */
    for (int i = 0; i < config_setting_length(s); i++) {
        const config_setting_t *k = config_setting_get_elem(s, (unsigned)i);
        const char *key = config_setting_name(k);
        if (strcmp(key, "name") == 0) {
            const char *v = get_string(ld, k, "name");
            named = true;
            if (v)
                ru->name = hl_xstrdup(v);
        } else if (strcmp(key, "when") == 0) {
            when = k;
        } else if (strcmp(key, "then") == 0) {
            then = k;
        } else if (strcmp(key, "description") == 0) {
            get_string(ld, k, "description");
        } else {
            hl_conf_unknown(&ld->ck, k, "rule setting", rule_keys);
        }
    }
    if (ru->name == NULL) {
        if (!named)
            hl_conf_report(&ld->ck, s, "rule without a name");
        ru->name = hl_xasprintf("%s:%d", ld->file, ru->line);
    }
    for (size_t i = 0; i < r->n_rules; i++)
        if (strcmp(r->rules[i]->name, ru->name) == 0)
            hl_conf_report(&ld->ck, s, "duplicate rule name \"%s\" (first defined at %s:%d)",
                           ru->name, r->rules[i]->file, r->rules[i]->line);
    if (when) {
        ru->when = config_setting_is_list(when) ? load_cond_list(ld, when, C_ALL, 0)
                                                : load_cond(ld, when, 0);
    }
    if (then == NULL)
        hl_conf_report(&ld->ck, s, "rule \"%s\" has no then = { ... } actions", ru->name);
    else
        load_actions(ld, ru, then);
    ru->n_leaves = count_leaves(ru->when);
    if (ru->n_leaves > r->max_leaves)
        r->max_leaves = ru->n_leaves;
    /* Keep the rule even when broken so later checks (duplicates, reachability)
     * still see it; the set as a whole is refused anyway. */
    r->rules = hl_rules_grow(r->rules, &ld->cap_rules, r->n_rules, sizeof *r->rules);
    ld->srcs = hl_xrealloc(ld->srcs, ld->cap_rules * sizeof *ld->srcs);
    ld->n_srcs = hl_xrealloc(ld->n_srcs, ld->cap_rules * sizeof *ld->n_srcs);
    char **srcs = hl_xcalloc(ld->n_cur_srcs + 1, sizeof *srcs);
    if (ld->n_cur_srcs)
        memcpy(srcs, ld->cur_srcs, ld->n_cur_srcs * sizeof *srcs);
    ld->srcs[r->n_rules] = srcs;
    ld->n_srcs[r->n_rules] = ld->n_cur_srcs;
    r->rules[r->n_rules++] = ru;
}

static int
conf_filter(const struct dirent *d)
{
    size_t n = strlen(d->d_name);
    return d->d_name[0] != '.' && n > 5 && strcmp(d->d_name + n - 5, ".conf") == 0;
}

/* The set's topic model (dir/topics.model), when it has one: its classes
 * must be categories of the set and its units configured units.  Returns
 * the number of problems. */
static size_t
load_topics(struct hl_rules *r, const char *dir, const struct hl_rules_env *env,
            struct hl_diag *diag)
{
    char *path = hl_xasprintf("%s/topics.model", dir);
    size_t before = diag->n;
    if (access(path, F_OK) == 0) {
        r->topics = hl_topics_load(path, diag);
        for (size_t i = 0; r->topics && i < hl_topics_n_classes(r->topics); i++) {
            const char *code = hl_topics_class(r->topics, i);
            const char *unit = hl_topics_class_unit(r->topics, i);
            if (hl_rules_category(r, code) == NULL)
                hl_diag_add(diag, path, hl_topics_class_line(r->topics, i),
                            "class \"%s\" is not a category of the rules", code);
            bool known = unit == NULL || env == NULL || env->n_units == 0;
            for (size_t u = 0; !known && u < env->n_units; u++)
                known = strcmp(env->unit_codes[u], unit) == 0;
            if (!known)
                hl_diag_add(diag, path, hl_topics_class_line(r->topics, i),
                            "class \"%s\": unknown unit \"%s\"", code, unit);
        }
    }
    free(path);
    return diag->n - before;
}

struct hl_rules *
hl_rules_load(const char *dir, const struct hl_rules_env *env, struct hl_diag *diag)
{
    struct hl_rules *r = hl_xcalloc(1, sizeof *r);
    struct loader ld = {
        .ck = {.diag = diag, .path = dir, .include_dir = hl_xstrdup(".")}, .env = env, .r = r};
    hl_arena_init(&ld.ck.scratch);
    size_t place_errors = 0;
    struct dirent **names = NULL;
    config_t *cfgs = NULL;
    int n = scandir(dir, &names, conf_filter, alphasort);
    if (n < 0) {
        hl_conf_report_at(&ld.ck, dir, 0, "cannot read rules directory: %m");
        goto out;
    }
    if (n == 0) {
        hl_conf_report_at(&ld.ck, dir, 0, "no *.conf rule files");
        goto out;
    }
    r->files = hl_xcalloc((size_t)n, sizeof *r->files);
    cfgs = hl_xcalloc((size_t)n, sizeof *cfgs);
    for (int i = 0; i < n; i++) {
        size_t dl = strlen(dir);
        r->files[i] = dl && dir[dl - 1] == '/' ? hl_xasprintf("%s%s", dir, names[i]->d_name)
                                               : hl_xasprintf("%s/%s", dir, names[i]->d_name);
        r->n_files++;
        config_init(&cfgs[i]);
        if (!config_read_file(&cfgs[i], r->files[i])) {
            int line = config_error_line(&cfgs[i]);
            const char *text = config_error_text(&cfgs[i]);
            hl_conf_report_at(&ld.ck, r->files[i], line, "%s", text ? text : "cannot read file");
        }
    }
    /* Categories first, from every file, so rules may use any declared code. */
    for (int i = 0; i < n; i++) {
        ld.file = r->files[i];
        const config_setting_t *root = config_root_setting(&cfgs[i]);
        for (int j = 0; j < config_setting_length(root); j++) {
            const config_setting_t *k = config_setting_get_elem(root, (unsigned)j);
            const char *key = config_setting_name(k);
            if (strcmp(key, "categories") == 0) {
                if (!config_setting_is_list(k) && !config_setting_is_array(k)) {
                    hl_conf_report(&ld.ck, k, "categories must be a list ( { ... }, ... )");
                    continue;
                }
                for (int c = 0; c < config_setting_length(k); c++)
                    load_category(&ld, config_setting_get_elem(k, (unsigned)c));
            } else if (strcmp(key, "rules") != 0) {
                hl_conf_unknown(&ld.ck, k, "top-level setting", top_keys);
            }
        }
    }
    for (int i = 0; i < n; i++) {
        ld.file = r->files[i];
        const config_setting_t *rules = config_lookup(&cfgs[i], "rules");
        if (rules == NULL)
            continue;
        if (!config_setting_is_list(rules)) {
            hl_conf_report(&ld.ck, rules, "rules must be a list ( { ... }, ... )");
            continue;
        }
        for (int j = 0; j < config_setting_length(rules); j++)
            load_rule(&ld, config_setting_get_elem(rules, (unsigned)j));
    }
    /* A rule after an unconditional stop can never fire. */
    const struct rule *stopper = NULL;
    for (size_t i = 0; i < r->n_rules; i++) {
        const struct rule *ru = r->rules[i];
        if (stopper) {
            hl_conf_report_at(
                &ld.ck, ru->file, ru->line,
                "rule \"%s\" can never fire: rule \"%s\" at %s:%d stops unconditionally", ru->name,
                stopper->name, stopper->file, stopper->line);
        } else if (ru->when == NULL && ru->stop) {
            stopper = ru;
        }
    }
    /* The rule files' problems, then the places files'. */
    hl_conf_flush(&ld.ck);
    /* Places: the configured directory, then the rule directory's own. */
    r->places = hl_places_new();
    {
        const char *const *codes = env ? env->unit_codes : NULL;
        size_t nu = env ? env->n_units : 0;
        if (env && env->places_dir)
            place_errors += hl_places_add_dir(r->places, env->places_dir, false, codes, nu, diag);
        place_errors += hl_places_add_dir(r->places, dir, true, codes, nu, diag);
        hl_places_build(r->places);
    }
    place_errors += load_topics(r, dir, env, diag);
    if (ld.ck.problems == 0 && place_errors == 0) {
        struct litset *reqs = hl_xcalloc(r->n_rules ? r->n_rules : 1, sizeof *reqs);
        for (size_t i = 0; i < r->n_rules; i++) {
            size_t k = 0;
            if (r->rules[i]->when)
                reqs[i] = hl_rules_cond_literals(r->rules[i]->when, ld.srcs[i], &k);
            r->rules[i]->always = !reqs[i].known;
        }
        hl_rules_build_prefilter(r, reqs);
        for (size_t i = 0; i < r->n_rules; i++)
            hl_rules_litset_free(&reqs[i]);
        free(reqs);
        r->mctx = pcre2_match_context_create(NULL);
        pcre2_set_match_limit(r->mctx, env && env->match_limit ? env->match_limit : 1000000);
        pcre2_set_depth_limit(r->mctx, env && env->depth_limit ? env->depth_limit : 10000);
        pcre2_set_heap_limit(r->mctx, HEAP_LIMIT_KIB);
        r->budget_ms = env ? env->budget_ms : 0;
        if (r->max_ovec == 0)
            r->max_ovec = 1;
    }
out:
    hl_conf_flush(&ld.ck);
    hl_arena_fini(&ld.ck.scratch);
    free(ld.ck.include_dir);
    for (size_t i = 0; i < r->n_rules && ld.srcs; i++) {
        for (size_t k = 0; k < ld.n_srcs[i]; k++)
            free(ld.srcs[i][k]);
        free(ld.srcs[i]);
    }
    free(ld.srcs);
    free(ld.n_srcs);
    free(ld.cur_srcs);
    free(ld.cur_capnames);
    for (int i = 0; i < n; i++) {
        if (cfgs)
            config_destroy(&cfgs[i]);
        free(names[i]);
    }
    free(cfgs);
    free(names);
    if (ld.ck.problems > 0 || place_errors > 0)
        hl_rules_free(&r);
    return r;
}

void
hl_rules_free(struct hl_rules **rp)
{
    struct hl_rules *r = rp ? *rp : NULL;
    if (r == NULL)
        return;
    for (size_t i = 0; i < r->n_rules; i++)
        rule_free(r->rules[i]);
    free(r->rules);
    for (size_t i = 0; i < r->n_cats; i++) {
        free((char *)r->cats[i].code);
        free((char *)r->cats[i].name);
        free((char *)r->cats[i].legal_basis);
    }
    free(r->cats);
    for (size_t i = 0; i < r->n_files; i++)
        free(r->files[i]);
    free(r->files);
    for (size_t i = 0; i < r->n_headers; i++)
        free(r->headers[i]);
    free(r->headers);
    pcre2_match_context_free(r->mctx);
    free(r->ac.delta);
    free(r->ac.out);
    free(r->ac.dict);
    for (size_t i = 0; i < r->n_lits; i++)
        free(r->lit_rules[i]);
    free(r->lit_rules);
    free(r->lit_nrules);
    hl_places_free(&r->places);
    hl_topics_free(&r->topics);
    free(r);
    *rp = NULL;
}
