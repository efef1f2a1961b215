/*
 * conf_check: checks libconfig files the way an operator wants to hear about
 * them -- every problem, in file order, as FILE:LINE: message, with strings
 * from the file shown escaped and a did-you-mean for misspelt names.  See
 * conf_check.h.
 */
#include "conf_check.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "suggest.h"

/* A problem held back so that all of them can be given in file order. */
struct hl_conf_pending {
    const char *file; /* in checker.scratch */
    int line;
    size_t seq;
    size_t rank; /* 0 for the main file, then included files as first named */
    char *msg;
};

/* --- Reporting ------------------------------------------------------------ */

/* libconfig names an included file as written in @include, relative to the
 * include directory; an editor needs the path from where we run. */
static const char *
diag_file(struct hl_conf_check *ck, const char *file)
{
    if (file == NULL)
        return ck->path;
    if (strcmp(file, ck->path) == 0 || file[0] == '/' || strcmp(ck->include_dir, ".") == 0)
        return file;
    return hl_arena_printf(&ck->scratch, "%s/%s", ck->include_dir, file);
}

static void vreport_at(struct hl_conf_check *ck, const char *file, int line, const char *fmt,
                       va_list ap) HL_PRINTF(4, 0);

static void
vreport_at(struct hl_conf_check *ck, const char *file, int line, const char *fmt, va_list ap)
{
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    if (ck->n_pending == ck->cap_pending) {
        ck->cap_pending = ck->cap_pending ? 2 * ck->cap_pending : 16;
        ck->pending = hl_xrealloc(ck->pending, ck->cap_pending * sizeof *ck->pending);
    }
    ck->pending[ck->n_pending++] = (struct hl_conf_pending){
        .file = hl_arena_strdup(&ck->scratch, diag_file(ck, file)),
        .line = line,
        .seq = ck->n_pending,
        .msg = hl_arena_strdup(&ck->scratch, msg),
    };
    ck->problems++;
}

static int
pending_cmp(const void *a, const void *b)
{
    const struct hl_conf_pending *x = a, *y = b;
    if (x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Checks run group by group, not line by line; the operator reads the file
 * top to bottom, so that is the order the problems are given in. */
void
hl_conf_flush(struct hl_conf_check *ck)
{
    for (size_t i = 0; i < ck->n_pending; i++) {
        struct hl_conf_pending *p = &ck->pending[i];
        if (strcmp(p->file, ck->path) == 0) {
            p->rank = 0;
            continue;
        }
        p->rank = i + 1;
        for (size_t j = 0; j < i; j++) {
            if (strcmp(ck->pending[j].file, p->file) == 0) {
                p->rank = ck->pending[j].rank;
                break;
            }
        }
    }
    if (ck->n_pending > 1)
        qsort(ck->pending, ck->n_pending, sizeof *ck->pending, pending_cmp);
    for (size_t i = 0; i < ck->n_pending; i++)
        hl_diag_add(ck->diag, ck->pending[i].file, ck->pending[i].line, "%s", ck->pending[i].msg);
    free(ck->pending);
    ck->pending = NULL;
    ck->n_pending = ck->cap_pending = 0;
}

void hl_conf_report_at(struct hl_conf_check *ck, const char *file, int line, const char *fmt, ...)
    HL_PRINTF(4, 5);

void
hl_conf_report_at(struct hl_conf_check *ck, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport_at(ck, file, line, fmt, ap);
    va_end(ap);
}

void hl_conf_report(struct hl_conf_check *ck, const config_setting_t *s, const char *fmt, ...)
    HL_PRINTF(3, 4);

/* Reports at the line where setting s was written. */
void
hl_conf_report(struct hl_conf_check *ck, const config_setting_t *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport_at(ck, config_setting_source_file(s), config_setting_source_line(s), fmt, ap);
    va_end(ap);
}

/* "FILE:LINE" of a setting, for messages that point at a second place. */
const char *
hl_conf_where(struct hl_conf_check *ck, const config_setting_t *s)
{
    return hl_arena_printf(&ck->scratch, "%s:%d", diag_file(ck, config_setting_source_file(s)),
                           config_setting_source_line(s));
}

/* A string from the file made safe to print: quoted, control bytes escaped. */
const char *
hl_conf_shown(struct hl_conf_check *ck, const char *s)
{
    struct hl_buf b;
    hl_buf_init(&b);
    hl_buf_putc(&b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            hl_buf_printf(&b, "\\%c", *p);
        else if (*p < 0x20 || *p == 0x7f)
            hl_buf_printf(&b, "\\x%02x", *p);
        else
            hl_buf_putc(&b, (char)*p);
    }
    hl_buf_putc(&b, '"');
    char *out = hl_arena_strdup(&ck->scratch, b.data);
    hl_buf_fini(&b);
    return out;
}

/* "database", "units[2].mailbox": where a missing setting should have been. */
void
hl_conf_label(struct hl_buf *b, const config_setting_t *s)
{
    const config_setting_t *parent = config_setting_parent(s);
    if (parent == NULL)
        return;
    hl_conf_label(b, parent);
    const char *name = config_setting_name(s);
    if (name != NULL) {
        if (b->len > 0)
            hl_buf_putc(b, '.');
        hl_buf_puts(b, name);
    } else {
        hl_buf_printf(b, "[%d]", config_setting_index(s));
    }
}

void
hl_conf_missing(struct hl_conf_check *ck, const config_setting_t *group, const char *name)
{
    struct hl_buf b;
    hl_buf_init(&b);
    hl_conf_label(&b, group);
    if (b.len == 0)
        hl_conf_report(ck, group, "missing required setting \"%s\"", name);
    else
        hl_conf_report(ck, group, "missing required setting \"%s\" in \"%s\"", name, b.data);
    hl_buf_fini(&b);
}

/* --- Did you mean --------------------------------------------------------- */

bool
hl_conf_in_list(const char *s, const char *const *list)
{
    for (size_t i = 0; list[i] != NULL; i++)
        if (strcmp(s, list[i]) == 0)
            return true;
    return false;
}

void
hl_conf_unknown(struct hl_conf_check *ck, const config_setting_t *s, const char *what,
                const char *const *known)
{
    const char *name = config_setting_name(s);
    const char *hint = hl_suggest(name, known, SIZE_MAX);
    if (hint != NULL)
        hl_conf_report(ck, s, "unknown %s %s (did you mean \"%s\"?)", what, hl_conf_shown(ck, name),
                       hint);
    else
        hl_conf_report(ck, s, "unknown %s %s", what, hl_conf_shown(ck, name));
}

void
hl_conf_check_unknown(struct hl_conf_check *ck, const config_setting_t *group,
                      const char *const *known)
{
    for (int i = 0; i < config_setting_length(group); i++) {
        const config_setting_t *s = config_setting_get_elem(group, (unsigned)i);
        const char *name = config_setting_name(s);
        if (name != NULL && !hl_conf_in_list(name, known))
            hl_conf_unknown(ck, s, "setting", known);
    }
}

/* --- Typed getters: 1 found and valid, 0 absent, -1 reported ------------- */

const char *
hl_conf_type_name(int type)
{
    switch (type) {
    case CONFIG_TYPE_GROUP:
        return "a group";
    case CONFIG_TYPE_INT:
    case CONFIG_TYPE_INT64:
        return "an integer";
    case CONFIG_TYPE_FLOAT:
        return "a number with a fraction";
    case CONFIG_TYPE_STRING:
        return "a string";
    case CONFIG_TYPE_BOOL:
        return "a boolean";
    case CONFIG_TYPE_ARRAY:
        return "an array";
    case CONFIG_TYPE_LIST:
        return "a list";
    default:
        return "empty";
    }
}

/* Returns the member if it has the wanted type (INT also accepts INT64). */
config_setting_t *
hl_conf_member(struct hl_conf_check *ck, const config_setting_t *group, const char *name, int type,
               int *rc)
{
    config_setting_t *s = config_setting_get_member(group, name);
    if (s == NULL) {
        *rc = 0;
        return NULL;
    }
    int have = config_setting_type(s);
    if (have == type || (type == CONFIG_TYPE_INT && have == CONFIG_TYPE_INT64)) {
        *rc = 1;
        return s;
    }
    hl_conf_report(ck, s, "\"%s\" must be %s, not %s", name, hl_conf_type_name(type),
                   hl_conf_type_name(have));
    *rc = -1;
    return NULL;
}

/* Valid UTF-8 (no overlongs, no surrogates) without control characters:
 * these strings end up in mail headers and log lines. */
bool
hl_conf_clean_text(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        unsigned c = *p;
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7f)
                return false;
            p++;
            continue;
        }
        int n;
        unsigned cp;
        if (c >= 0xc2 && c <= 0xdf) {
            n = 1;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            n = 2;
            cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        for (int i = 1; i <= n; i++) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3f);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10ffff ||
            (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0x80 && cp < 0xa0))
            return false;
        p += n + 1;
    }
    return true;
}

bool
hl_conf_check_string(struct hl_conf_check *ck, const config_setting_t *s, const char *name,
                     const char *v)
{
    if (!hl_conf_clean_text(v)) {
        hl_conf_report(ck, s, "\"%s\" must be UTF-8 text without control characters", name);
        return false;
    }
    return true;
}

/* *out is borrowed from libconfig and lives until config_destroy. */
int
hl_conf_get_str(struct hl_conf_check *ck, const config_setting_t *group, const char *name,
                const char **out)
{
    int rc;
    config_setting_t *s = hl_conf_member(ck, group, name, CONFIG_TYPE_STRING, &rc);
    if (rc != 1)
        return rc;
    const char *v = config_setting_get_string(s);
    if (!hl_conf_check_string(ck, s, name, v))
        return -1;
    if (v[0] == '\0') {
        hl_conf_report(ck, s, "\"%s\" must not be empty", name);
        return -1;
    }
    *out = v;
    return 1;
}

int
hl_conf_get_int(struct hl_conf_check *ck, const config_setting_t *group, const char *name,
                long long lo, long long hi, long long *out)
{
    int rc;
    config_setting_t *s = hl_conf_member(ck, group, name, CONFIG_TYPE_INT, &rc);
    if (rc != 1)
        return rc;
    long long v = config_setting_get_int64(s);
    if (v < lo || v > hi) {
        hl_conf_report(ck, s, "\"%s\" must be between %lld and %lld, not %lld", name, lo, hi, v);
        return -1;
    }
    *out = v;
    return 1;
}

int
hl_conf_get_bool(struct hl_conf_check *ck, const config_setting_t *group, const char *name,
                 bool *out)
{
    int rc;
    config_setting_t *s = hl_conf_member(ck, group, name, CONFIG_TYPE_BOOL, &rc);
    if (rc == 1)
        *out = config_setting_get_bool(s) != 0;
    return rc;
}

/* Returns the index of the value in choices, -1 when absent or reported. */
int
hl_conf_get_choice(struct hl_conf_check *ck, const config_setting_t *group, const char *name,
                   const char *const *choices)
{
    const char *v;
    if (hl_conf_get_str(ck, group, name, &v) != 1)
        return -1;
    for (int i = 0; choices[i] != NULL; i++)
        if (strcmp(v, choices[i]) == 0)
            return i;
    struct hl_buf b;
    hl_buf_init(&b);
    for (int i = 0; choices[i] != NULL; i++)
        hl_buf_printf(&b, "%s%s", i ? ", " : "", choices[i]);
    const char *hint = hl_suggest(v, choices, SIZE_MAX);
    if (hint != NULL)
        hl_conf_report(ck, config_setting_get_member(group, name),
                       "\"%s\" must be one of %s, not %s (did you mean \"%s\"?)", name, b.data,
                       hl_conf_shown(ck, v), hint);
    else
        hl_conf_report(ck, config_setting_get_member(group, name),
                       "\"%s\" must be one of %s, not %s", name, b.data, hl_conf_shown(ck, v));
    hl_buf_fini(&b);
    return -1;
}

char *
hl_conf_resolve(struct hl_conf_check *ck, const char *p)
{
    if (p[0] == '/')
        return hl_xstrdup(p);
    return hl_xasprintf("%s/%s", ck->base_dir, p);
}

/* A path setting, resolved against the config file's directory. */
int
hl_conf_get_path(struct hl_conf_check *ck, const config_setting_t *group, const char *name,
                 char **out)
{
    const char *v;
    int rc = hl_conf_get_str(ck, group, name, &v);
    if (rc == 1)
        *out = hl_conf_resolve(ck, v);
    return rc;
}

/* Opens the file to prove it is readable, and never reads it.  Returns
 * whether it is a readable regular file. */
bool
hl_conf_check_readable(struct hl_conf_check *ck, const config_setting_t *s, const char *name,
                       const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        hl_conf_report(ck, s, "%s %s is not readable: %s", name, hl_conf_shown(ck, path),
                       strerror(errno));
        return false;
    }
    struct stat st;
    bool ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    if (!ok)
        hl_conf_report(ck, s, "%s %s is not a regular file", name, hl_conf_shown(ck, path));
    close(fd);
    return ok;
}

/* --- Value checks ----------------------------------------------------------- */

static bool
is_alnum(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* local@domain, nothing a mail header or SMTP command could trip over. */
bool
hl_conf_plausible_email(const char *s)
{
    const char *at = strchr(s, '@');
    if (at == NULL || at == s || strchr(at + 1, '@') != NULL || strlen(s) > 254 || at - s > 64)
        return false;
    for (const char *p = s; p < at; p++) {
        unsigned char c = (unsigned char)*p;
        if (c <= 0x20 || c >= 0x7f || strchr("<>()[],;:\\\"", c) != NULL)
            return false;
    }
    if (s[0] == '.' || at[-1] == '.' || memmem(s, (size_t)(at - s), "..", 2) != NULL)
        return false;
    const char *dom = at + 1;
    size_t dlen = strlen(dom);
    if (dlen == 0 || dom[0] == '.' || dom[0] == '-' || dom[dlen - 1] == '.' ||
        dom[dlen - 1] == '-' || strstr(dom, "..") != NULL)
        return false;
    for (const char *p = dom; *p; p++) {
        unsigned char c = (unsigned char)*p;
        /* Bytes >= 0x80: an internationalised domain in UTF-8. */
        if (!is_alnum(c) && c != '.' && c != '-' && c < 0x80)
            return false;
    }
    return true;
}

bool
hl_conf_plausible_host(const char *s)
{
    if (strlen(s) > 253)
        return false;
    for (const char *p = s; *p; p++)
        if (!is_alnum((unsigned char)*p) && strchr(".-:_", *p) == NULL)
            return false;
    return true;
}

bool
hl_conf_is_loopback(const char *host)
{
    if (strcasecmp(host, "localhost") == 0)
        return true;
    struct in_addr a4;
    struct in6_addr a6;
    if (inet_pton(AF_INET, host, &a4) == 1)
        return (ntohl(a4.s_addr) >> 24) == 127;
    if (inet_pton(AF_INET6, host, &a6) == 1)
        return IN6_IS_ADDR_LOOPBACK(&a6);
    return false;
}

bool
hl_conf_valid_code(const char *s)
{
    if (!((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= '0' && s[0] <= '9')) || strlen(s) > 64)
        return false;
    for (const char *p = s; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
            return false;
    return true;
}

bool
hl_conf_valid_env_name(const char *s)
{
    if (!((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z') || s[0] == '_'))
        return false;
    for (const char *p = s; *p; p++)
        if (!is_alnum((unsigned char)*p) && *p != '_')
            return false;
    return true;
}
