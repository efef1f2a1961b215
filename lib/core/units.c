/*
 * units: see units.h.  Unit lists are small (hundreds, a few thousand in a
 * province), so lookups are linear.
 */
#include "units.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "jsonpos.h"

static char *
dup_or_null(const char *s)
{
    return s ? hl_xstrdup(s) : NULL;
}

void
hl_unit_cfg_fini(struct hl_unit_cfg *u)
{
    free(u->code);
    free(u->name);
    free(u->parent);
    free(u->kind);
    free(u->feedback_email);
    free(u->hotline_phone);
    free(u->address);
    free(u->feedback_box);
    free(u->successor);
    for (size_t j = 0; j < u->n_clerks; j++)
        free(u->clerks[j]);
    free(u->clerks);
    free(u->head);
    free(u->mailbox.host);
    free(u->mailbox.user);
    free(u->mailbox.password.file);
    free(u->mailbox.password.env);
    free(u->mailbox.inbox);
    free(u->mailbox.processed);
    free(u->mailbox.trust.ca_file);
    free(u->mailbox.trust.pin_sha256);
    memset(u, 0, sizeof *u);
}

void
hl_unit_cfg_copy(struct hl_unit_cfg *d, const struct hl_unit_cfg *s)
{
    *d = *s;
    d->code = dup_or_null(s->code);
    d->name = dup_or_null(s->name);
    d->parent = dup_or_null(s->parent);
    d->kind = dup_or_null(s->kind);
    d->feedback_email = dup_or_null(s->feedback_email);
    d->hotline_phone = dup_or_null(s->hotline_phone);
    d->address = dup_or_null(s->address);
    d->feedback_box = dup_or_null(s->feedback_box);
    d->successor = dup_or_null(s->successor);
    d->clerks = hl_xcalloc(s->n_clerks ? s->n_clerks : 1, sizeof *d->clerks);
    for (size_t j = 0; j < s->n_clerks; j++)
        d->clerks[j] = hl_xstrdup(s->clerks[j]);
    d->head = dup_or_null(s->head);
    d->mailbox.host = dup_or_null(s->mailbox.host);
    d->mailbox.user = dup_or_null(s->mailbox.user);
    d->mailbox.password.file = dup_or_null(s->mailbox.password.file);
    d->mailbox.password.env = dup_or_null(s->mailbox.password.env);
    d->mailbox.inbox = dup_or_null(s->mailbox.inbox);
    d->mailbox.processed = dup_or_null(s->mailbox.processed);
    d->mailbox.trust.ca_file = dup_or_null(s->mailbox.trust.ca_file);
    d->mailbox.trust.pin_sha256 = dup_or_null(s->mailbox.trust.pin_sha256);
}

void
hl_units_free(struct hl_unit_cfg **units, size_t n)
{
    if (*units == NULL)
        return;
    for (size_t i = 0; i < n; i++)
        hl_unit_cfg_fini(&(*units)[i]);
    free(*units);
    *units = NULL;
}

bool
hl_unit_code_valid(const char *s)
{
    if (s == NULL || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= '0' && s[0] <= '9')) ||
        strlen(s) > 64)
        return false;
    for (const char *p = s; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
            return false;
    return true;
}

static const char *const kinds[] = {"city", "department", "district", "commune", "ward", "other"};

bool
hl_unit_kind_valid(const char *kind)
{
    for (size_t i = 0; kind && i < HL_NELEM(kinds); i++)
        if (strcmp(kind, kinds[i]) == 0)
            return true;
    return false;
}

const struct hl_unit_cfg *
hl_units_find(const struct hl_unit_cfg *units, size_t n, const char *code)
{
    for (size_t i = 0; code && i < n; i++)
        if (units[i].code && strcmp(units[i].code, code) == 0)
            return &units[i];
    return NULL;
}

const char *
hl_units_resolve(const struct hl_unit_cfg *units, size_t n, const char *code)
{
    const struct hl_unit_cfg *u = hl_units_find(units, n, code);
    /* At most n steps: a longer chain has a loop. */
    for (size_t step = 0; u && step <= n; step++) {
        if (!u->retired)
            return u->code;
        u = hl_units_find(units, n, u->successor);
    }
    return NULL;
}

bool
hl_units_polled(const struct hl_unit_cfg *units, size_t n, const struct hl_unit_cfg *u,
                const char **route_out)
{
    *route_out = NULL;
    if (!u->has_mailbox)
        return false;
    *route_out = hl_units_resolve(units, n, u->code);
    return *route_out != NULL;
}

const char *
hl_units_route_address(const struct hl_unit_cfg *units, size_t n, const char *const *alias_addrs,
                       const char *const *alias_units, size_t n_aliases, const char *address)
{
    if (address == NULL)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (units[i].feedback_email && strcasecmp(units[i].feedback_email, address) == 0)
            return hl_units_resolve(units, n, units[i].code);
    for (size_t i = 0; i < n_aliases; i++)
        if (strcasecmp(alias_addrs[i], address) == 0)
            return hl_units_resolve(units, n, alias_units[i]);
    return NULL;
}

/* ---- checks shared by the file and by add/edit --------------------------- */

static bool
plausible_email(const char *s)
{
    const char *at = strchr(s, '@');
    if (at == NULL || at == s || at[1] == '\0' || strchr(at + 1, '@') || !strchr(at + 1, '.'))
        return false;
    for (const char *p = s; *p; p++)
        if ((unsigned char)*p <= ' ' || *p == '<' || *p == '>' || *p == ',' || *p == '"')
            return false;
    return true;
}

static bool
plausible_phone(const char *s)
{
    bool digit = false;
    for (const char *p = s; *p; p++) {
        if (*p >= '0' && *p <= '9')
            digit = true;
        else if (!strchr(" +()-.", *p))
            return false;
    }
    return digit;
}

/* One unit on its own: the first problem, or NULL.  buf holds the text. */
static const char *
unit_problem(const struct hl_unit_cfg *u, char *buf, size_t cap)
{
    if (!hl_unit_code_valid(u->code))
        return "a unit code must match [a-z0-9][a-z0-9-]* (at most 64 characters)";
    if (u->name == NULL || u->name[0] == '\0')
        return "a unit needs a name";
    if (u->kind && !hl_unit_kind_valid(u->kind)) {
        snprintf(buf, cap, "kind \"%s\" must be city, department, district, commune, ward or other",
                 u->kind);
        return buf;
    }
    if (u->parent && strcmp(u->parent, u->code) == 0)
        return "a unit cannot be its own parent";
    if (u->successor && strcmp(u->successor, u->code) == 0)
        return "a unit cannot be its own successor";
    if (u->successor && !u->retired)
        return "only a retired unit (\"active\": false) has a successor";
    if (u->feedback_email && !plausible_email(u->feedback_email)) {
        snprintf(buf, cap, "feedback_email \"%s\" is not an address (local@domain)",
                 u->feedback_email);
        return buf;
    }
    if (u->head && !plausible_email(u->head)) {
        snprintf(buf, cap, "head \"%s\" is not an address (local@domain)", u->head);
        return buf;
    }
    for (size_t i = 0; i < u->n_clerks; i++)
        if (!plausible_email(u->clerks[i])) {
            snprintf(buf, cap, "clerk \"%s\" is not an address (local@domain)", u->clerks[i]);
            return buf;
        }
    if (u->hotline_phone && !plausible_phone(u->hotline_phone)) {
        snprintf(buf, cap, "hotline_phone \"%s\" may hold only digits, spaces and + ( ) - .",
                 u->hotline_phone);
        return buf;
    }
    if (u->has_mailbox) {
        const struct hl_mailbox_cfg *m = &u->mailbox;
        if (m->host == NULL || m->host[0] == '\0')
            return "the mailbox needs a host";
        if (m->port < 1 || m->port > 65535)
            return "the mailbox port must be 1 to 65535";
        if (m->user == NULL || m->user[0] == '\0')
            return "the mailbox needs a user";
        if ((m->password.file == NULL) == (m->password.env == NULL))
            return "the mailbox needs exactly one of password_file and password_env";
        if (m->tls == HL_TLS_PLAIN && !m->allow_plain)
            return "the mailbox's tls \"plain\" needs allow_plain = true";
        if (u->feedback_email == NULL)
            return "a unit with a mailbox needs a feedback_email";
    }
    return NULL;
}

int
hl_unit_check(const struct hl_unit_cfg *u, const struct hl_unit_cfg *units, size_t n,
              struct hl_err *err)
{
    char buf[512];
    const char *why = unit_problem(u, buf, sizeof buf);
    if (why)
        return hl_err_set(err, HL_ERR_INPUT, "unit %s: %s", u->code ? u->code : "?", why);
    if (u->parent && hl_units_find(units, n, u->parent) == NULL)
        return hl_err_set(err, HL_ERR_INPUT, "unit %s: parent %s is not the code of any unit",
                          u->code, u->parent);
    if (u->successor && hl_units_find(units, n, u->successor) == NULL)
        return hl_err_set(err, HL_ERR_INPUT, "unit %s: successor %s is not the code of any unit",
                          u->code, u->successor);
    for (size_t i = 0; u->feedback_email && i < n; i++)
        if (strcmp(units[i].code, u->code) != 0 && units[i].feedback_email &&
            strcasecmp(units[i].feedback_email, u->feedback_email) == 0)
            return hl_err_set(err, HL_ERR_INPUT,
                              "unit %s: feedback_email %s is already the address of unit %s",
                              u->code, u->feedback_email, units[i].code);
    /* The parent chain must end: walk up at most n + 1 steps. */
    const char *p = u->parent;
    for (size_t step = 0; p; step++) {
        if (strcmp(p, u->code) == 0 || step > n)
            return hl_err_set(err, HL_ERR_INPUT, "unit %s: its parents form a loop", u->code);
        const struct hl_unit_cfg *pu = hl_units_find(units, n, p);
        p = pu ? pu->parent : NULL;
    }
    return 0;
}

/* ---- the units file ------------------------------------------------------ */

struct reader {
    const char *file;
    const char *base_dir;
    struct hl_diag *diag;
    const struct hl_jsonpos *pos;
    int problems;
};

/* The line of member key's value in o (of its key with value=false). */
static int
line_of(const struct reader *r, const json_t *o, const char *key, bool value)
{
    return hl_jsonpos_member_line(r->pos, o, key, value);
}

static void HL_PRINTF(3, 4) bad(struct reader *r, int line, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    hl_diag_add(r->diag, r->file, line, "%s", msg);
    r->problems++;
}

/* A string member (or null/absent: NULL).  Reports a wrong type. */
static char *
str_of(struct reader *r, const json_t *o, const char *key, const char *code)
{
    const json_t *v = json_object_get(o, key);
    if (v == NULL || json_is_null(v))
        return NULL;
    if (!json_is_string(v)) {
        bad(r, line_of(r, o, key, true), "unit %s: \"%s\" must be a string, not %s", code, key,
            hl_jsonpos_type_name(v));
        return NULL;
    }
    return hl_xstrdup(json_string_value(v));
}

static char *
path_of(struct reader *r, const json_t *o, const char *key, const char *code)
{
    char *p = str_of(r, o, key, code);
    if (p && p[0] != '/' && r->base_dir) {
        char *abs = hl_xasprintf("%s/%s", r->base_dir, p);
        free(p);
        p = abs;
    }
    return p;
}

static void
unknown_keys(struct reader *r, const json_t *o, const char *const *known, const char *what,
             const char *code)
{
    const char *key;
    json_t *v;
    json_object_foreach((json_t *)o, key, v)
    {
        bool ok = false;
        for (size_t k = 0; known[k] && !ok; k++)
            ok = strcmp(key, known[k]) == 0;
        if (!ok)
            bad(r, line_of(r, o, key, false), "unit %s: unknown %s field \"%s\"", code, what, key);
    }
}

static const char *const unit_keys[] = {
    "code",   "name", "parent", "kind",      "feedback_email", "hotline_phone", "address",
    "clerks", "head", "active", "successor", "feedback_box",   "mailbox",       NULL,
};
static const char *const mailbox_keys[] = {
    "host",          "port",         "tls",   "allow_plain", "user",
    "password_file", "password_env", "inbox", "processed",   "folders",
    "ca_file",       "pin_sha256",   NULL,
};

static void
read_mailbox(struct reader *r, const json_t *o, struct hl_unit_cfg *u)
{
    const char *code = u->code ? u->code : "?";
    struct hl_mailbox_cfg *m = &u->mailbox;
    unknown_keys(r, o, mailbox_keys, "mailbox", code);
    u->has_mailbox = true;
    m->host = str_of(r, o, "host", code);
    m->user = str_of(r, o, "user", code);
    m->password.file = path_of(r, o, "password_file", code);
    m->password.env = str_of(r, o, "password_env", code);
    m->trust.ca_file = path_of(r, o, "ca_file", code);
    m->trust.pin_sha256 = str_of(r, o, "pin_sha256", code);
    char *tls = str_of(r, o, "tls", code);
    m->tls = HL_TLS_IMPLICIT;
    if (tls && strcmp(tls, "starttls") == 0)
        m->tls = HL_TLS_STARTTLS;
    else if (tls && strcmp(tls, "plain") == 0)
        m->tls = HL_TLS_PLAIN;
    else if (tls && strcmp(tls, "implicit") != 0)
        bad(r, line_of(r, o, "tls", true),
            "unit %s: mailbox tls \"%s\" must be implicit, starttls or plain", code, tls);
    free(tls);
    const json_t *ap = json_object_get(o, "allow_plain");
    if (json_is_boolean(ap))
        m->allow_plain = json_is_true(ap);
    else if (ap)
        bad(r, line_of(r, o, "allow_plain", true),
            "unit %s: mailbox allow_plain must be true or false", code);
    const json_t *port = json_object_get(o, "port");
    m->port = m->tls == HL_TLS_IMPLICIT ? 993 : 143;
    /* A whole number that fits an int (993.0 is 993); unit_problem checks
     * the range. */
    double pn = json_is_number(port) ? json_number_value(port) : 0.5;
    if (port && !(pn >= INT_MIN && pn <= INT_MAX && pn == (int)pn))
        bad(r, line_of(r, o, "port", true), "unit %s: mailbox port must be a whole number", code);
    else if (port)
        m->port = (int)pn;
    /* The folders: inbox and processed, or "folders": {inbox, processed}. */
    const json_t *f = json_object_get(o, "folders");
    const json_t *fo = json_is_object(f) ? f : o;
    if (f && !json_is_object(f))
        bad(r, line_of(r, o, "folders", true),
            "unit %s: mailbox folders must be {\"inbox\": ..., \"processed\": ...}", code);
    m->inbox = str_of(r, fo, "inbox", code);
    m->processed = str_of(r, fo, "processed", code);
    if (m->inbox == NULL)
        m->inbox = hl_xstrdup("INBOX");
    if (m->processed == NULL)
        m->processed = hl_xstrdup("Processed");
}

static void
read_unit(struct reader *r, const json_t *o, struct hl_unit_cfg *u)
{
    u->line = hl_jsonpos_line(r->pos, o);
    u->code = str_of(r, o, "code", "?");
    const char *code = u->code ? u->code : "?";
    if (u->code == NULL)
        bad(r, u->line, "a unit without a \"code\"");
    unknown_keys(r, o, unit_keys, "unit", code);
    u->name = str_of(r, o, "name", code);
    u->parent = str_of(r, o, "parent", code);
    u->kind = str_of(r, o, "kind", code);
    if (u->kind == NULL)
        u->kind = hl_xstrdup("other");
    u->feedback_email = str_of(r, o, "feedback_email", code);
    u->hotline_phone = str_of(r, o, "hotline_phone", code);
    u->address = str_of(r, o, "address", code);
    u->feedback_box = str_of(r, o, "feedback_box", code);
    u->head = str_of(r, o, "head", code);
    u->successor = str_of(r, o, "successor", code);
    const json_t *act = json_object_get(o, "active");
    if (json_is_boolean(act))
        u->retired = json_is_false(act);
    else if (act)
        bad(r, line_of(r, o, "active", true), "unit %s: \"active\" must be true or false", code);
    const json_t *cl = json_object_get(o, "clerks");
    size_t n_cl = json_array_size(cl); /* 0 when cl is not an array */
    u->clerks = hl_xcalloc(n_cl ? n_cl : 1, sizeof *u->clerks);
    if (json_is_array(cl)) {
        for (size_t i = 0; i < n_cl; i++) {
            const json_t *c = json_array_get(cl, i);
            if (json_is_string(c))
                u->clerks[u->n_clerks++] = hl_xstrdup(json_string_value(c));
            else
                bad(r, hl_jsonpos_item_line(r->pos, cl, i),
                    "unit %s: clerks must be addresses (strings)", code);
        }
    } else if (cl && !json_is_null(cl)) {
        bad(r, line_of(r, o, "clerks", true), "unit %s: \"clerks\" must be an array of addresses",
            code);
    }
    const json_t *mb = json_object_get(o, "mailbox");
    if (json_is_object(mb))
        read_mailbox(r, mb, u);
    else if (mb && !json_is_null(mb))
        bad(r, line_of(r, o, "mailbox", true), "unit %s: \"mailbox\" must be an object or null",
            code);
    char buf[512];
    const char *why = u->code ? unit_problem(u, buf, sizeof buf) : NULL;
    if (why)
        bad(r, u->line, "unit %s: %s", code, why);
}

static bool
known(const char *code, const struct hl_unit_cfg *units, size_t n, const char *const *codes,
      size_t n_codes)
{
    if (hl_units_find(units, n, code))
        return true;
    for (size_t i = 0; i < n_codes; i++)
        if (strcmp(codes[i], code) == 0)
            return true;
    return false;
}

int
hl_units_from_json(const char *file, const char *text, size_t len, const char *base_dir,
                   const char *const *known_codes, size_t n_known, struct hl_unit_cfg **units_out,
                   size_t *n_out, struct hl_diag *diag)
{
    *units_out = NULL;
    *n_out = 0;
    struct reader r = {file, base_dir, diag, NULL, 0};
    if (len > HL_UNITS_FILE_MAX_BYTES) {
        hl_diag_add(diag, file, 1, "the file is over %u bytes", HL_UNITS_FILE_MAX_BYTES);
        return -1;
    }
    int line = 0;
    char msg[256];
    struct hl_jsonpos *pos = NULL;
    json_t *doc = hl_jsonpos_parse(text, len, &pos, &line, msg, sizeof msg);
    if (doc == NULL) {
        hl_diag_add(diag, file, line, "%s", msg);
        return -1;
    }
    r.pos = pos;
    const json_t *list = doc;
    if (json_is_object(doc))
        list = json_object_get(doc, "units");
    if (!json_is_array(list)) {
        hl_diag_add(diag, file, hl_jsonpos_line(pos, doc),
                    "a units file is an array of units (or {\"units\": [...]})");
        json_decref(doc);
        hl_jsonpos_free(&pos);
        return -1;
    }
    size_t n_list = json_array_size(list);
    struct hl_unit_cfg *u = hl_xcalloc(n_list ? n_list : 1, sizeof *u);
    size_t n = 0;
    for (size_t i = 0; i < n_list; i++) {
        const json_t *item = json_array_get(list, i);
        if (!json_is_object(item)) {
            bad(&r, hl_jsonpos_item_line(pos, list, i), "each unit must be an object, not %s",
                hl_jsonpos_type_name(item));
            continue;
        }
        read_unit(&r, item, &u[n++]);
    }
    /* Across units: codes and addresses once, parents and successors known. */
    for (size_t i = 0; i < n; i++) {
        if (u[i].code == NULL)
            continue;
        for (size_t j = 0; j < i; j++) {
            if (u[j].code && strcmp(u[i].code, u[j].code) == 0)
                bad(&r, u[i].line, "unit %s: the code is already used at line %d", u[i].code,
                    u[j].line);
            else if (u[i].feedback_email && u[j].feedback_email &&
                     strcasecmp(u[i].feedback_email, u[j].feedback_email) == 0)
                bad(&r, u[i].line,
                    "unit %s: feedback_email %s is already the address of unit %s (line %d)",
                    u[i].code, u[i].feedback_email, u[j].code, u[j].line);
        }
        if (u[i].parent && !known(u[i].parent, u, n, known_codes, n_known))
            bad(&r, u[i].line, "unit %s: parent %s is not the code of any unit", u[i].code,
                u[i].parent);
        const char *p = u[i].parent;
        for (size_t step = 0; p && step <= n; step++) {
            if (strcmp(p, u[i].code) == 0) {
                bad(&r, u[i].line, "unit %s: its parents form a loop", u[i].code);
                break;
            }
            const struct hl_unit_cfg *pu = hl_units_find(u, n, p);
            p = pu ? pu->parent : NULL;
        }
        if (u[i].successor && !known(u[i].successor, u, n, known_codes, n_known))
            bad(&r, u[i].line, "unit %s: successor %s is not the code of any unit", u[i].code,
                u[i].successor);
    }
    json_decref(doc);
    hl_jsonpos_free(&pos);
    if (r.problems > 0) {
        hl_units_free(&u, n);
        return -1;
    }
    *units_out = u;
    *n_out = n;
    return 0;
}

static void
field(struct hl_buf *b, const char *key, const char *value, bool always)
{
    if (value == NULL && !always)
        return;
    hl_buf_printf(b, ",\n    \"%s\": ", key);
    hl_buf_json_str(b, value);
}

void
hl_units_to_json(struct hl_buf *b, const struct hl_unit_cfg *units, size_t n)
{
    hl_buf_puts(b, "[");
    for (size_t i = 0; i < n; i++) {
        const struct hl_unit_cfg *u = &units[i];
        hl_buf_puts(b, i ? ",\n  {\n    \"code\": " : "\n  {\n    \"code\": ");
        hl_buf_json_str(b, u->code);
        field(b, "name", u->name, true);
        field(b, "parent", u->parent, true);
        field(b, "kind", u->kind ? u->kind : "other", true);
        field(b, "feedback_email", u->feedback_email, true);
        field(b, "hotline_phone", u->hotline_phone, true);
        field(b, "address", u->address, false);
        field(b, "feedback_box", u->feedback_box, false);
        hl_buf_puts(b, ",\n    \"clerks\": [");
        for (size_t j = 0; j < u->n_clerks; j++) {
            hl_buf_puts(b, j ? ", " : "");
            hl_buf_json_str(b, u->clerks[j]);
        }
        hl_buf_puts(b, "]");
        field(b, "head", u->head, true);
        if (u->retired) {
            hl_buf_puts(b, ",\n    \"active\": false");
            field(b, "successor", u->successor, true);
        }
        if (u->has_mailbox) {
            const struct hl_mailbox_cfg *m = &u->mailbox;
            hl_buf_puts(b, ",\n    \"mailbox\": {\"host\": ");
            hl_buf_json_str(b, m->host);
            hl_buf_printf(b, ", \"port\": %d, \"tls\": \"%s\"", m->port, hl_tls_mode_name(m->tls));
            if (m->allow_plain)
                hl_buf_puts(b, ", \"allow_plain\": true");
            hl_buf_puts(b, ", \"user\": ");
            hl_buf_json_str(b, m->user);
            if (m->password.file) {
                hl_buf_puts(b, ", \"password_file\": ");
                hl_buf_json_str(b, m->password.file);
            } else {
                hl_buf_puts(b, ", \"password_env\": ");
                hl_buf_json_str(b, m->password.env);
            }
            hl_buf_puts(b, ", \"inbox\": ");
            hl_buf_json_str(b, m->inbox ? m->inbox : "INBOX");
            hl_buf_puts(b, ", \"processed\": ");
            hl_buf_json_str(b, m->processed ? m->processed : "Processed");
            if (m->trust.ca_file) {
                hl_buf_puts(b, ", \"ca_file\": ");
                hl_buf_json_str(b, m->trust.ca_file);
            }
            if (m->trust.pin_sha256) {
                hl_buf_puts(b, ", \"pin_sha256\": ");
                hl_buf_json_str(b, m->trust.pin_sha256);
            }
            hl_buf_puts(b, "}");
        }
        hl_buf_puts(b, "\n  }");
    }
    hl_buf_puts(b, n ? "\n]\n" : "]\n");
}

/* ---- merge and split ----------------------------------------------------- */

static void
push(char ***arr, size_t *n, const char *s)
{
    *arr = hl_xrealloc(*arr, (*n + 1) * sizeof **arr);
    (*arr)[(*n)++] = hl_xstrdup(s);
}

static bool
in_list(char *const *arr, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(arr[i], s) == 0)
            return true;
    return false;
}

/* Whether `code` lies under `top` (or is it). */
static bool
under(const struct hl_unit_cfg *units, size_t n, const char *code, const char *top)
{
    const char *p = code;
    for (size_t step = 0; p && step <= n; step++) {
        if (strcmp(p, top) == 0)
            return true;
        const struct hl_unit_cfg *u = hl_units_find(units, n, p);
        p = u ? u->parent : NULL;
    }
    return false;
}

static int
active_unit(const struct hl_unit_cfg *units, size_t n, const char *code, const char *role,
            struct hl_err *err)
{
    const struct hl_unit_cfg *u = hl_units_find(units, n, code);
    if (u == NULL)
        return hl_err_set(err, HL_ERR_INPUT, "%s %s is not the code of any unit", role, code);
    if (u->retired)
        return hl_err_set(err, HL_ERR_INPUT, "%s %s is retired%s%s", role, code,
                          u->successor ? " (its successor is " : "",
                          u->successor ? u->successor : "");
    return 0;
}

/* What follows from retiring plan->retire into plan->successor. */
static void
plan_consequences(const struct hl_unit_cfg *units, size_t n, struct hl_unit_plan *plan)
{
    for (size_t i = 0; i < n; i++) {
        const struct hl_unit_cfg *u = &units[i];
        if (u->retired || u->parent == NULL || !in_list(plan->retire, plan->n_retire, u->parent) ||
            in_list(plan->retire, plan->n_retire, u->code))
            continue;
        /* A unit the cases go to (a split's new units, often created under
         * the old one) takes the old one's place under its parent; the
         * others go under the successor. */
        const char *to = plan->successor;
        if (in_list(plan->targets, plan->n_targets, u->code))
            to = hl_units_find(units, n, u->parent)->parent;
        push(&plan->reparent, &plan->n_reparent, u->code);
        plan->reparent_to = hl_xrealloc(plan->reparent_to, plan->n_reparent * sizeof(char *));
        plan->reparent_to[plan->n_reparent - 1] = to ? hl_xstrdup(to) : NULL;
    }
    for (size_t r = 0; r < plan->n_retire; r++) {
        const struct hl_unit_cfg *u = hl_units_find(units, n, plan->retire[r]);
        if (u->feedback_email == NULL)
            continue;
        char *low = hl_xstrdup(u->feedback_email);
        for (char *p = low; *p; p++)
            if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p - 'A' + 'a');
        plan->alias_of = hl_xrealloc(plan->alias_of, (plan->n_aliases + 1) * sizeof(size_t));
        plan->alias_of[plan->n_aliases] = r;
        push(&plan->aliases, &plan->n_aliases, low);
        free(low);
    }
}

int
hl_units_plan_merge(const struct hl_unit_cfg *units, size_t n, const char *const *olds,
                    size_t n_olds, const char *into, struct hl_unit_plan *plan, struct hl_err *err)
{
    memset(plan, 0, sizeof *plan);
    if (n_olds == 0)
        return hl_err_set(err, HL_ERR_INPUT, "merge needs at least one unit to merge");
    if (active_unit(units, n, into, "the successor", err) < 0)
        return -1;
    for (size_t i = 0; i < n_olds; i++) {
        /* Merged into the same unit before: merged again, which moves what
         * reached it since (mail committed by a daemon in the seconds
         * before it took up the merge). */
        const struct hl_unit_cfg *o = hl_units_find(units, n, olds[i]);
        bool again = o && o->retired && o->successor && strcmp(o->successor, into) == 0;
        if (!again && active_unit(units, n, olds[i], "unit", err) < 0)
            goto fail;
        if (strcmp(olds[i], into) == 0) {
            hl_err_set(err, HL_ERR_INPUT, "unit %s cannot be merged into itself", into);
            goto fail;
        }
        if (in_list(plan->retire, plan->n_retire, olds[i])) {
            hl_err_set(err, HL_ERR_INPUT, "unit %s is named twice", olds[i]);
            goto fail;
        }
        if (under(units, n, into, olds[i])) {
            hl_err_set(err, HL_ERR_INPUT,
                       "%s lies under %s: move it first (unit edit %s --parent ...)", into, olds[i],
                       into);
            goto fail;
        }
        push(&plan->retire, &plan->n_retire, olds[i]);
    }
    plan->successor = hl_xstrdup(into);
    push(&plan->targets, &plan->n_targets, into);
    plan_consequences(units, n, plan);
    return 0;
fail:
    hl_unit_plan_fini(plan);
    return -1;
}

int
hl_units_plan_split(const struct hl_unit_cfg *units, size_t n, const char *old,
                    const char *const *into, size_t n_into, struct hl_unit_plan *plan,
                    struct hl_err *err)
{
    memset(plan, 0, sizeof *plan);
    if (n_into == 0)
        return hl_err_set(err, HL_ERR_INPUT, "split needs the units to split into");
    if (active_unit(units, n, old, "unit", err) < 0)
        return -1;
    for (size_t i = 0; i < n_into; i++) {
        if (active_unit(units, n, into[i], "unit", err) < 0)
            goto fail;
        if (strcmp(into[i], old) == 0) {
            hl_err_set(err, HL_ERR_INPUT, "unit %s cannot be split into itself", old);
            goto fail;
        }
        if (in_list(plan->targets, plan->n_targets, into[i])) {
            hl_err_set(err, HL_ERR_INPUT, "unit %s is named twice", into[i]);
            goto fail;
        }
        push(&plan->targets, &plan->n_targets, into[i]);
    }
    /* The first successor takes what cannot be shared: the old address,
     * the units under the old one, the cases no rule assigns. */
    plan->successor = hl_xstrdup(into[0]);
    push(&plan->retire, &plan->n_retire, old);
    plan_consequences(units, n, plan);
    return 0;
fail:
    hl_unit_plan_fini(plan);
    return -1;
}

static void
free_list(char ***arr, size_t *n)
{
    for (size_t i = 0; i < *n; i++)
        free((*arr)[i]);
    free(*arr);
    *arr = NULL;
    *n = 0;
}

void
hl_unit_plan_fini(struct hl_unit_plan *plan)
{
    free(plan->successor);
    free_list(&plan->retire, &plan->n_retire);
    for (size_t i = 0; i < plan->n_reparent; i++)
        free(plan->reparent_to[i]);
    free(plan->reparent_to);
    free_list(&plan->reparent, &plan->n_reparent);
    free_list(&plan->aliases, &plan->n_aliases);
    free_list(&plan->targets, &plan->n_targets);
    free(plan->alias_of);
    memset(plan, 0, sizeof *plan);
}

void
hl_units_install(struct hl_config *cfg, struct hl_unit_cfg *units, size_t n)
{
    hl_units_free(&cfg->units, cfg->n_units);
    cfg->units = units;
    cfg->n_units = n;
}

struct hl_unit_cfg *
hl_units_overlay(const struct hl_unit_cfg *db, size_t n_db, const struct hl_unit_cfg *conf,
                 size_t n_conf, size_t *n_out)
{
    struct hl_unit_cfg *out = hl_xcalloc(n_db + n_conf + 1, sizeof *out);
    size_t n = 0;
    for (size_t i = 0; i < n_conf; i++) {
        struct hl_unit_cfg *u = &out[n++];
        hl_unit_cfg_copy(u, &conf[i]);
        /* The configuration knows nothing of merges and feedback boxes:
         * those stay the database's. */
        const struct hl_unit_cfg *d = hl_units_find(db, n_db, u->code);
        if (d) {
            u->retired = d->retired;
            if (u->successor == NULL && d->successor)
                u->successor = hl_xstrdup(d->successor);
            if (u->feedback_box == NULL && d->feedback_box)
                u->feedback_box = hl_xstrdup(d->feedback_box);
        }
    }
    for (size_t i = 0; i < n_db; i++)
        if (hl_units_find(conf, n_conf, db[i].code) == NULL)
            hl_unit_cfg_copy(&out[n++], &db[i]);
    *n_out = n;
    return out;
}

size_t
hl_units_add_mail_domains(const struct hl_unit_cfg *units, size_t n, const char **domains,
                          size_t n_known, size_t max)
{
    size_t k = n_known;
    for (size_t i = 0; i < n && k < max; i++) {
        const char *e = units[i].feedback_email;
        const char *at = e ? strrchr(e, '@') : NULL;
        if (at == NULL)
            continue;
        bool known = false;
        for (size_t j = 0; j < k && !known; j++)
            known = strcasecmp(domains[j], at + 1) == 0;
        if (!known)
            domains[k++] = hl_xstrdup(at + 1);
    }
    return k;
}
