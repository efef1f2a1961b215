/*
 * config: see config.h.  The file is read by libconfig, then every setting is
 * checked against the schema below.  Checking never stops at the first
 * problem: each helper reports what is wrong with its own setting and the load
 * goes on, so that --check-config lists everything in one run.
 *
 * Secrets: this file only records where a secret lives.  The load checks that
 * a password_file can be opened (it never reads it) and that a password_env is
 * set (it never looks at the value); hl_config_secret is the only reader, and
 * nothing here puts a secret or the conninfo into a message.  The bounce key
 * is the exception: a key too short to resist guessing must be refused by
 * --check-config, so the load reads it once, measures it and wipes it.
 *
 * Strings from the file are shown in messages through shown(), which escapes
 * control characters, so a hostile config cannot forge extra diagnostic lines.
 */
#include "config.h"
#include "units.h"

#include <arpa/inet.h>
#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <libconfig.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bounce.h"
#include "trust.h"
#include "metrics.h"

/* A secret larger than this is certainly not a password file. */
#define MAX_SECRET_BYTES 65536

/* A problem held back so that all of them can be given in file order. */
struct pending {
    const char *file; /* in checker.scratch */
    int line;
    size_t seq;
    size_t rank; /* 0 for the main file, then included files as first named */
    char *msg;
};

struct checker {
    struct hl_diag *diag;
    struct pending *pending;
    size_t n_pending, cap_pending;
    const char *path;        /* as the caller gave it: diagnostics name it so */
    char *include_dir;       /* dirname(path): libconfig resolves @include here */
    char *base_dir;          /* absolute form of include_dir: relative paths resolve here */
    struct hl_arena scratch; /* quoted strings for messages; freed with the checker */
    size_t problems;
};

/* --- The schema: which names may appear in which group ------------------- */

static const char *const root_keys[] = {
    "database",      "case_prefix", "rules_dir",       "templates_dir",  "log_level",
    "calendar",      "intake",      "limits",          "smtp",           "units",
    "acks",          "deadlines",   "bounce_key_file", "bounce_key_env", "complaints",
    "denunciations", "trust",       "reports",         "metrics",        NULL,
};
static const char *const metrics_keys[] = {"listen", "stale_after", NULL};
static const char *const report_keys[] = {"name", "unit", "rollup", "compare", "to", "day", NULL};
static const char *const acks_keys[] = {"max_per_sender", "window", "max_per_unit_hour", NULL};
static const char *const trust_keys[] = {
    "reply_key_file", "reply_key_env", "authserv_id", "reply_valid_days", "relay_types", NULL,
};
/* The names trust.relay_types may list, in the order of the HL_RELAY_ bits. */
static const char *const relay_type_names[] = {"pdf", "image", "office", "text", NULL};
static const char *const deadlines_keys[] = {"reminder_before", "transfer_days", "ladder", NULL};
static const char *const ladder_keys[] = {"step", "after", "to", NULL};
static const char *const database_keys[] = {"conninfo",  "password_file",   "password_env",
                                            "pool_size", "report_conninfo", NULL};
static const char *const intake_keys[] = {
    "poll_interval",
    "idle",
    "fetch_batch",
    "backoff_max",
    "workers",
    "idle_max",
    "max_connections_per_server",
    "lease_seconds",
    "idle_refresh",
    "batch_bytes",
    NULL,
};
static const char *const complaints_keys[] = {"deadline_days", "extension_days", "legal_basis",
                                              NULL};
static const char *const denunciations_keys[] = {
    "handler", "fallback", "designated", "deadline_days", "extension_days", "legal_basis", NULL,
};
static const char *const limits_keys[] = {
    "max_message_bytes", "max_mime_depth",    "max_parts",         "max_header_bytes",
    "message_budget_ms", "regex_match_limit", "regex_depth_limit", NULL,
};
static const char *const smtp_keys[] = {
    "host",         "port",    "tls",        "allow_plain", "user", "password_file",
    "password_env", "ca_file", "pin_sha256", "helo",        NULL,
};
static const char *const unit_keys[] = {
    "code",    "name",   "parent", "kind",    "feedback_email", "hotline_phone",
    "address", "clerks", "head",   "mailbox", "feedback_box",   NULL,
};
static const char *const mailbox_keys[] = {
    "host",         "port",  "tls",       "allow_plain", "user",       "password_file",
    "password_env", "inbox", "processed", "ca_file",     "pin_sha256", NULL,
};

static const char *const log_levels[] = {"debug", "info", "warning", "error", NULL};
static const char *const unit_kinds[] = {"city", "department", "district", "commune",
                                         "ward", "other",      NULL};
static const char *const tls_modes[] = {"implicit", "starttls", "plain", NULL};

/* --- Reporting ------------------------------------------------------------ */

/* libconfig names an included file as written in @include, relative to the
 * include directory; an editor needs the path from where we run. */
static const char *
diag_file(struct checker *ck, const char *file)
{
    if (file == NULL)
        return ck->path;
    if (strcmp(file, ck->path) == 0 || file[0] == '/' || strcmp(ck->include_dir, ".") == 0)
        return file;
    return hl_arena_printf(&ck->scratch, "%s/%s", ck->include_dir, file);
}

static void vreport_at(struct checker *ck, const char *file, int line, const char *fmt, va_list ap)
    HL_PRINTF(4, 0);

static void
vreport_at(struct checker *ck, const char *file, int line, const char *fmt, va_list ap)
{
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    if (ck->n_pending == ck->cap_pending) {
        ck->cap_pending = ck->cap_pending ? 2 * ck->cap_pending : 16;
        ck->pending = hl_xrealloc(ck->pending, ck->cap_pending * sizeof *ck->pending);
    }
    ck->pending[ck->n_pending++] = (struct pending){
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
    const struct pending *x = a, *y = b;
    if (x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Checks run group by group, not line by line; the operator reads the file
 * top to bottom, so that is the order the problems are given in. */
static void
flush_pending(struct checker *ck)
{
    for (size_t i = 0; i < ck->n_pending; i++) {
        struct pending *p = &ck->pending[i];
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

static void report_at(struct checker *ck, const char *file, int line, const char *fmt, ...)
    HL_PRINTF(4, 5);

static void
report_at(struct checker *ck, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport_at(ck, file, line, fmt, ap);
    va_end(ap);
}

static void report(struct checker *ck, const config_setting_t *s, const char *fmt, ...)
    HL_PRINTF(3, 4);

/* Reports at the line where setting s was written. */
static void
report(struct checker *ck, const config_setting_t *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport_at(ck, config_setting_source_file(s), config_setting_source_line(s), fmt, ap);
    va_end(ap);
}

/* "FILE:LINE" of a setting, for messages that point at a second place. */
static const char *
where(struct checker *ck, const config_setting_t *s)
{
    return hl_arena_printf(&ck->scratch, "%s:%d", diag_file(ck, config_setting_source_file(s)),
                           config_setting_source_line(s));
}

/* A string from the file made safe to print: quoted, control bytes escaped. */
static const char *
shown(struct checker *ck, const char *s)
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
static void
append_label(struct hl_buf *b, const config_setting_t *s)
{
    const config_setting_t *parent = config_setting_parent(s);
    if (parent == NULL)
        return;
    append_label(b, parent);
    const char *name = config_setting_name(s);
    if (name != NULL) {
        if (b->len > 0)
            hl_buf_putc(b, '.');
        hl_buf_puts(b, name);
    } else {
        hl_buf_printf(b, "[%d]", config_setting_index(s));
    }
}

static void
missing(struct checker *ck, const config_setting_t *group, const char *name)
{
    struct hl_buf b;
    hl_buf_init(&b);
    append_label(&b, group);
    if (b.len == 0)
        report(ck, group, "missing required setting \"%s\"", name);
    else
        report(ck, group, "missing required setting \"%s\" in \"%s\"", name, b.data);
    hl_buf_fini(&b);
}

/* --- Did you mean --------------------------------------------------------- */

#define MAX_SUGGEST_LEN 64

static int
lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Optimal string alignment distance (Levenshtein plus adjacent swaps), case
 * folded: "tsl" is one edit from "tls", "Host" none from "host". */
static int
edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > MAX_SUGGEST_LEN || lb > MAX_SUGGEST_LEN)
        return INT_MAX;
    static_assert(MAX_SUGGEST_LEN < 100, "the table below lives on the stack");
    int d[MAX_SUGGEST_LEN + 1][MAX_SUGGEST_LEN + 1];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = (int)i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        for (size_t j = 1; j <= lb; j++) {
            int cost = lower(a[i - 1]) != lower(b[j - 1]);
            int best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best)
                best = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < best)
                best = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
                lower(a[i - 2]) == lower(b[j - 1]) && d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    }
    return d[la][lb];
}

/* The known name closest to name, if it is close enough to be a typo. */
static const char *
suggest(const char *name, const char *const *known)
{
    const char *best = NULL;
    int best_d = INT_MAX;
    for (size_t i = 0; known[i] != NULL; i++) {
        int d = edit_distance(name, known[i]);
        if (d < best_d) {
            best_d = d;
            best = known[i];
        }
    }
    /* Two edits, and never more than a third of the word: "post" suggests
     * "port", "x" suggests nothing. */
    if (best != NULL && best_d <= 2 && (size_t)best_d * 3 <= strlen(best))
        return best;
    return NULL;
}

static bool
in_list(const char *s, const char *const *list)
{
    for (size_t i = 0; list[i] != NULL; i++)
        if (strcmp(s, list[i]) == 0)
            return true;
    return false;
}

static void
check_unknown(struct checker *ck, const config_setting_t *group, const char *const *known)
{
    for (int i = 0; i < config_setting_length(group); i++) {
        const config_setting_t *s = config_setting_get_elem(group, (unsigned)i);
        const char *name = config_setting_name(s);
        if (name == NULL || in_list(name, known))
            continue;
        const char *hint = suggest(name, known);
        if (hint != NULL)
            report(ck, s, "unknown setting %s (did you mean \"%s\"?)", shown(ck, name), hint);
        else
            report(ck, s, "unknown setting %s", shown(ck, name));
    }
}

/* --- Typed getters: 1 found and valid, 0 absent, -1 reported ------------- */

static const char *
type_name(int type)
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
static config_setting_t *
member(struct checker *ck, const config_setting_t *group, const char *name, int type, int *rc)
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
    report(ck, s, "\"%s\" must be %s, not %s", name, type_name(type), type_name(have));
    *rc = -1;
    return NULL;
}

/* Valid UTF-8 (no overlongs, no surrogates) without control characters:
 * these strings end up in mail headers and log lines. */
static bool
clean_text(const char *s)
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

static bool
check_string_value(struct checker *ck, const config_setting_t *s, const char *name, const char *v)
{
    if (!clean_text(v)) {
        report(ck, s, "\"%s\" must be UTF-8 text without control characters", name);
        return false;
    }
    return true;
}

/* *out is borrowed from libconfig and lives until config_destroy. */
static int
get_str(struct checker *ck, const config_setting_t *group, const char *name, const char **out)
{
    int rc;
    config_setting_t *s = member(ck, group, name, CONFIG_TYPE_STRING, &rc);
    if (rc != 1)
        return rc;
    const char *v = config_setting_get_string(s);
    if (!check_string_value(ck, s, name, v))
        return -1;
    if (v[0] == '\0') {
        report(ck, s, "\"%s\" must not be empty", name);
        return -1;
    }
    *out = v;
    return 1;
}

static int
get_int(struct checker *ck, const config_setting_t *group, const char *name, long long lo,
        long long hi, long long *out)
{
    int rc;
    config_setting_t *s = member(ck, group, name, CONFIG_TYPE_INT, &rc);
    if (rc != 1)
        return rc;
    long long v = config_setting_get_int64(s);
    if (v < lo || v > hi) {
        report(ck, s, "\"%s\" must be between %lld and %lld, not %lld", name, lo, hi, v);
        return -1;
    }
    *out = v;
    return 1;
}

static int
get_bool(struct checker *ck, const config_setting_t *group, const char *name, bool *out)
{
    int rc;
    config_setting_t *s = member(ck, group, name, CONFIG_TYPE_BOOL, &rc);
    if (rc == 1)
        *out = config_setting_get_bool(s) != 0;
    return rc;
}

/* Returns the index of the value in choices, -1 when absent or reported. */
static int
get_choice(struct checker *ck, const config_setting_t *group, const char *name,
           const char *const *choices)
{
    const char *v;
    if (get_str(ck, group, name, &v) != 1)
        return -1;
    for (int i = 0; choices[i] != NULL; i++)
        if (strcmp(v, choices[i]) == 0)
            return i;
    struct hl_buf b;
    hl_buf_init(&b);
    for (int i = 0; choices[i] != NULL; i++)
        hl_buf_printf(&b, "%s%s", i ? ", " : "", choices[i]);
    const char *hint = suggest(v, choices);
    if (hint != NULL)
        report(ck, config_setting_get_member(group, name),
               "\"%s\" must be one of %s, not %s (did you mean \"%s\"?)", name, b.data,
               shown(ck, v), hint);
    else
        report(ck, config_setting_get_member(group, name), "\"%s\" must be one of %s, not %s", name,
               b.data, shown(ck, v));
    hl_buf_fini(&b);
    return -1;
}

static char *
resolve(struct checker *ck, const char *p)
{
    if (p[0] == '/')
        return hl_xstrdup(p);
    return hl_xasprintf("%s/%s", ck->base_dir, p);
}

/* The shipped rules, templates and calendar: PREFIX/share/hotline once
 * installed (the build says where), absent from a plain checkout build. */
#ifndef HL_DATADIR
#define HL_DATADIR ""
#endif

/* Where a path setting the file leaves out is found: next to the config file
 * when it exists there (a repository checkout, or an administrator's own
 * copy), else in the installed data directory, else next to the config file
 * again so that the error names the place the documentation names first. */
static char *
default_path(struct checker *ck, const char *rel)
{
    char *local = resolve(ck, rel);
    if (access(local, F_OK) == 0 || HL_DATADIR[0] == '\0')
        return local;
    char *shared = hl_xasprintf("%s/%s", HL_DATADIR, rel);
    if (access(shared, F_OK) != 0) {
        free(shared);
        return local;
    }
    free(local);
    return shared;
}

/* A path setting, resolved against the config file's directory. */
static int
get_path(struct checker *ck, const config_setting_t *group, const char *name, char **out)
{
    const char *v;
    int rc = get_str(ck, group, name, &v);
    if (rc == 1)
        *out = resolve(ck, v);
    return rc;
}

/* Opens the file to prove it is readable, and never reads it.  Returns
 * whether it is a readable regular file. */
static bool
check_readable(struct checker *ck, const config_setting_t *s, const char *name, const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        report(ck, s, "%s %s is not readable: %s", name, shown(ck, path), strerror(errno));
        return false;
    }
    struct stat st;
    bool ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    if (!ok)
        report(ck, s, "%s %s is not a regular file", name, shown(ck, path));
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
static bool
plausible_email(const char *s)
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

static bool
plausible_host(const char *s)
{
    if (strlen(s) > 253)
        return false;
    for (const char *p = s; *p; p++)
        if (!is_alnum((unsigned char)*p) && strchr(".-:_", *p) == NULL)
            return false;
    return true;
}

static bool
is_loopback(const char *host)
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

static bool
is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* libpq takes a password from "password = x" or a URI's user:pass@ or
 * ?password=; any of them puts a secret into a file people copy around. */
static bool
conninfo_has_password(const char *ci)
{
    for (const char *p = ci; (p = strcasestr(p, "password")) != NULL; p += 8) {
        const char *q = p + 8;
        while (is_space(*q))
            q++;
        bool word_start = p == ci || is_space(p[-1]) || p[-1] == '?' || p[-1] == '&';
        if (word_start && *q == '=')
            return true;
    }
    const char *auth = NULL;
    if (hl_str_has_prefix_ci(ci, "postgresql://"))
        auth = ci + strlen("postgresql://");
    else if (hl_str_has_prefix_ci(ci, "postgres://"))
        auth = ci + strlen("postgres://");
    if (auth != NULL) {
        size_t n = strcspn(auth, "/?#");
        const char *at = memrchr(auth, '@', n);
        if (at != NULL && memchr(auth, ':', (size_t)(at - auth)) != NULL)
            return true;
    }
    return false;
}

static bool
plausible_phone(const char *s)
{
    int digits = 0;
    for (const char *p = s; *p; p++) {
        if (*p >= '0' && *p <= '9')
            digits++;
        else if (strchr("+ ()-.", *p) == NULL)
            return false;
    }
    return digits >= 3;
}

static bool
valid_unit_code(const char *s)
{
    if (!((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= '0' && s[0] <= '9')) || strlen(s) > 64)
        return false;
    for (const char *p = s; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
            return false;
    return true;
}

static bool
valid_env_name(const char *s)
{
    if (!((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z') || s[0] == '_'))
        return false;
    for (const char *p = s; *p; p++)
        if (!is_alnum((unsigned char)*p) && *p != '_')
            return false;
    return true;
}

/* --- Groups ---------------------------------------------------------------- */

static const char *
get_email(struct checker *ck, const config_setting_t *group, const char *name, bool required)
{
    const char *v = NULL;
    int rc = get_str(ck, group, name, &v);
    if (rc == 0 && required)
        missing(ck, group, name);
    if (rc != 1)
        return NULL;
    if (!plausible_email(v)) {
        report(ck, config_setting_get_member(group, name),
               "\"%s\" is not a plausible email address (local@domain): %s", name, shown(ck, v));
        return NULL;
    }
    return v;
}

/* A secret's source: "<base>_file" or "<base>_env" in group ("password" for
 * passwords).  Returns the setting that names the source when one is set and
 * passed its checks, else NULL. */
static const config_setting_t *
parse_secret(struct checker *ck, const config_setting_t *group, const char *base, bool required,
             struct hl_secret_ref *out)
{
    char file_name[32], env_name[32];
    snprintf(file_name, sizeof file_name, "%s_file", base);
    snprintf(env_name, sizeof env_name, "%s_env", base);
    const char *file = NULL, *env = NULL;
    int has_file = get_str(ck, group, file_name, &file);
    int has_env = get_str(ck, group, env_name, &env);
    if (has_file < 0 || has_env < 0)
        return NULL;
    if (has_file && has_env) {
        report(ck, config_setting_get_member(group, env_name), "set only one of \"%s\" and \"%s\"",
               file_name, env_name);
        return NULL;
    }
    if (!has_file && !has_env) {
        if (required) {
            struct hl_buf b;
            hl_buf_init(&b);
            append_label(&b, group);
            report(ck, group, "missing %s in \"%s\": set \"%s\" or \"%s\"", base, b.data, file_name,
                   env_name);
            hl_buf_fini(&b);
        }
        return NULL;
    }
    if (has_file) {
        const config_setting_t *s = config_setting_get_member(group, file_name);
        out->file = resolve(ck, file);
        return check_readable(ck, s, file_name, out->file) ? s : NULL;
    }
    const config_setting_t *s = config_setting_get_member(group, env_name);
    if (!valid_env_name(env)) {
        report(ck, s, "\"%s\" must name an environment variable, not %s", env_name, shown(ck, env));
        return NULL;
    }
    out->env = hl_xstrdup(env);
    /* Only whether it is set: its value is the secret. */
    if (getenv(env) == NULL) {
        report(ck, s, "environment variable %s (%s) is not set", env, env_name);
        return NULL;
    }
    return s;
}

/* What mailbox and smtp share: where to connect and how to trust it. */
struct endpoint {
    char **host;
    int *port;
    enum hl_tls_mode *tls;
    bool *allow_plain;
    struct hl_tls_cfg *trust;
    const int *default_port; /* indexed by hl_tls_mode */
};

static void
parse_endpoint(struct checker *ck, const config_setting_t *g, const struct endpoint *ep)
{
    const char *host = NULL;
    int rc = get_str(ck, g, "host", &host);
    if (rc == 0)
        missing(ck, g, "host");
    if (rc == 1 && !plausible_host(host)) {
        report(ck, config_setting_get_member(g, "host"),
               "\"host\" is not a host name or IP address: %s", shown(ck, host));
        host = NULL;
    }
    if (host != NULL)
        *ep->host = hl_xstrdup(host);

    bool tls_ok = true;
    if (config_setting_get_member(g, "tls") != NULL) {
        int t = get_choice(ck, g, "tls", tls_modes);
        if (t >= 0)
            *ep->tls = (enum hl_tls_mode)t;
        else
            tls_ok = false;
    }
    get_bool(ck, g, "allow_plain", ep->allow_plain);

    long long port;
    if (get_int(ck, g, "port", 1, 65535, &port) == 1)
        *ep->port = (int)port;
    else
        *ep->port = ep->default_port[*ep->tls];

    if (tls_ok && *ep->tls == HL_TLS_PLAIN) {
        const config_setting_t *ts = config_setting_get_member(g, "tls");
        if (!*ep->allow_plain)
            report(ck, ts,
                   "tls = \"plain\" sends passwords in clear text: it needs allow_plain = true");
        if (host != NULL && !is_loopback(host))
            report(ck, ts,
                   "tls = \"plain\" is only allowed to a loopback host (127.x.x.x, ::1, "
                   "localhost), not %s",
                   shown(ck, host));
    }

    get_path(ck, g, "ca_file", &ep->trust->ca_file);
    if (ep->trust->ca_file != NULL)
        check_readable(ck, config_setting_get_member(g, "ca_file"), "ca_file", ep->trust->ca_file);
    const char *pin;
    if (get_str(ck, g, "pin_sha256", &pin) == 1) {
        bool ok = strlen(pin) == 64;
        for (size_t i = 0; ok && pin[i]; i++)
            ok = strchr("0123456789abcdefABCDEF", pin[i]) != NULL;
        if (!ok) {
            report(ck, config_setting_get_member(g, "pin_sha256"),
                   "\"pin_sha256\" must be 64 hex digits (SHA-256 of the certificate's DER)");
        } else {
            /* hl_sha256_hex produces lower case; compare like with like. */
            char *p = hl_xstrdup(pin);
            for (char *c = p; *c; c++)
                *c = (char)lower(*c);
            ep->trust->pin_sha256 = p;
        }
    }
}

static void
parse_mailbox(struct checker *ck, const config_setting_t *g, struct hl_mailbox_cfg *mb)
{
    static const int ports[] = {
        [HL_TLS_IMPLICIT] = 993, [HL_TLS_STARTTLS] = 143, [HL_TLS_PLAIN] = 143};
    check_unknown(ck, g, mailbox_keys);
    mb->tls = HL_TLS_IMPLICIT;
    struct endpoint ep = {&mb->host, &mb->port, &mb->tls, &mb->allow_plain, &mb->trust, ports};
    parse_endpoint(ck, g, &ep);

    const char *user;
    int rc = get_str(ck, g, "user", &user);
    if (rc == 0)
        missing(ck, g, "user");
    if (rc == 1)
        mb->user = hl_xstrdup(user);
    parse_secret(ck, g, "password", true, &mb->password);

    const char *inbox = "INBOX", *processed = "Processed";
    get_str(ck, g, "inbox", &inbox);
    get_str(ck, g, "processed", &processed);
    mb->inbox = hl_xstrdup(inbox);
    mb->processed = hl_xstrdup(processed);
    if (strcmp(inbox, processed) == 0)
        report(ck, g, "\"processed\" must differ from \"inbox\" (%s)", shown(ck, inbox));
}

static void
parse_smtp(struct checker *ck, const config_setting_t *g, struct hl_smtp_cfg *smtp)
{
    static const int ports[] = {
        [HL_TLS_IMPLICIT] = 465, [HL_TLS_STARTTLS] = 587, [HL_TLS_PLAIN] = 25};
    check_unknown(ck, g, smtp_keys);
    smtp->tls = HL_TLS_STARTTLS;
    struct endpoint ep = {&smtp->host,        &smtp->port,  &smtp->tls,
                          &smtp->allow_plain, &smtp->trust, ports};
    parse_endpoint(ck, g, &ep);

    const char *user;
    int rc = get_str(ck, g, "user", &user);
    if (rc == 1)
        smtp->user = hl_xstrdup(user);
    /* No user: no AUTH, so a password would be a mistake worth pointing at. */
    if (rc == 0 && (config_setting_get_member(g, "password_file") != NULL ||
                    config_setting_get_member(g, "password_env") != NULL))
        report(ck, g, "a password is set but \"user\" is not");
    else if (rc == 1)
        parse_secret(ck, g, "password", true, &smtp->password);

    const char *helo;
    rc = get_str(ck, g, "helo", &helo);
    if (rc == 1 && !plausible_host(helo))
        report(ck, config_setting_get_member(g, "helo"), "\"helo\" is not a host name: %s",
               shown(ck, helo));
    else if (rc == 1)
        smtp->helo = hl_xstrdup(helo);
    if (rc == 0) {
        char name[256];
        if (gethostname(name, sizeof name) == 0 && name[0] != '\0' && plausible_host(name))
            smtp->helo = hl_xstrndup(name, strnlen(name, sizeof name - 1));
        else
            smtp->helo = hl_xstrdup("localhost");
    }
}

static void
parse_unit(struct checker *ck, const config_setting_t *g, struct hl_unit_cfg *u)
{
    check_unknown(ck, g, unit_keys);
    u->line = config_setting_source_line(g);

    const char *code;
    int rc = get_str(ck, g, "code", &code);
    if (rc == 0)
        missing(ck, g, "code");
    if (rc == 1 && !valid_unit_code(code))
        report(ck, config_setting_get_member(g, "code"),
               "unit code %s must match [a-z0-9][a-z0-9-]* (at most 64 characters)",
               shown(ck, code));
    else if (rc == 1)
        u->code = hl_xstrdup(code);

    const char *s;
    rc = get_str(ck, g, "name", &s);
    if (rc == 0)
        missing(ck, g, "name");
    if (rc == 1)
        u->name = hl_xstrdup(s);

    if (get_str(ck, g, "parent", &s) == 1)
        u->parent = hl_xstrdup(s);
    int kind = config_setting_get_member(g, "kind") ? get_choice(ck, g, "kind", unit_kinds) : 5;
    u->kind = hl_xstrdup(kind >= 0 ? unit_kinds[kind] : "other");

    if ((s = get_email(ck, g, "feedback_email", true)) != NULL)
        u->feedback_email = hl_xstrdup(s);
    if ((s = get_email(ck, g, "head", false)) != NULL)
        u->head = hl_xstrdup(s);

    if (get_str(ck, g, "hotline_phone", &s) == 1) {
        if (plausible_phone(s))
            u->hotline_phone = hl_xstrdup(s);
        else
            report(ck, config_setting_get_member(g, "hotline_phone"),
                   "\"hotline_phone\" may hold only digits, spaces and + ( ) - ., not %s",
                   shown(ck, s));
    }
    if (get_str(ck, g, "address", &s) == 1)
        u->address = hl_xstrdup(s);
    if (get_str(ck, g, "feedback_box", &s) == 1)
        u->feedback_box = hl_xstrdup(s);

    const config_setting_t *clerks = config_setting_get_member(g, "clerks");
    if (clerks != NULL) {
        if (!config_setting_is_array(clerks) && !config_setting_is_list(clerks)) {
            report(ck, clerks, "\"clerks\" must be an array of email addresses, not %s",
                   type_name(config_setting_type(clerks)));
        } else {
            int n = config_setting_length(clerks);
            u->clerks = hl_xcalloc((size_t)n, sizeof *u->clerks);
            for (int i = 0; i < n; i++) {
                const config_setting_t *c = config_setting_get_elem(clerks, (unsigned)i);
                const char *v = config_setting_get_string(c);
                if (v == NULL || !clean_text(v) || !plausible_email(v))
                    report(ck, c, "clerk %d is not a plausible email address (local@domain)%s%s",
                           i + 1, v ? ": " : "", v ? shown(ck, v) : "");
                else
                    u->clerks[u->n_clerks++] = hl_xstrdup(v);
            }
        }
    }

    int mrc;
    const config_setting_t *mb = member(ck, g, "mailbox", CONFIG_TYPE_GROUP, &mrc);
    if (mrc == 1) {
        u->has_mailbox = true;
        parse_mailbox(ck, mb, &u->mailbox);
    }
}

static bool
same_folder(const char *a, const char *b)
{
    /* RFC 3501: INBOX is case-insensitive, every other name is not. */
    if (strcasecmp(a, "INBOX") == 0 && strcasecmp(b, "INBOX") == 0)
        return true;
    return strcmp(a, b) == 0;
}

/* Checks that need every unit: unique codes and addresses, parents, cycles,
 * one poller per mailbox.  us[i] is the libconfig group of units[i]. */
static void
check_units(struct checker *ck, struct hl_config *cfg, config_setting_t *const *us)
{
    size_t n = cfg->n_units;
    struct hl_unit_cfg *u = cfg->units;
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < i; j++) {
            if (u[i].code && u[j].code && strcmp(u[i].code, u[j].code) == 0) {
                report(ck, config_setting_get_member(us[i], "code"),
                       "duplicate unit code %s (first declared at %s)", shown(ck, u[i].code),
                       where(ck, us[j]));
                break;
            }
        }
        for (size_t j = 0; j < i; j++) {
            if (u[i].feedback_email && u[j].feedback_email &&
                strcasecmp(u[i].feedback_email, u[j].feedback_email) == 0) {
                report(ck, config_setting_get_member(us[i], "feedback_email"),
                       "feedback_email %s is already the address of unit %s (%s): mail to it "
                       "could not be routed",
                       shown(ck, u[i].feedback_email), shown(ck, u[j].code ? u[j].code : "?"),
                       where(ck, us[j]));
                break;
            }
        }
        const struct hl_mailbox_cfg *a = &u[i].mailbox;
        for (size_t j = 0; u[i].has_mailbox && a->host && a->user && j < i; j++) {
            const struct hl_mailbox_cfg *b = &u[j].mailbox;
            if (u[j].has_mailbox && b->host && b->user && strcasecmp(a->host, b->host) == 0 &&
                a->port == b->port && strcmp(a->user, b->user) == 0 &&
                same_folder(a->inbox, b->inbox)) {
                report(ck, config_setting_get_member(us[i], "mailbox"),
                       "mailbox %s:%d user %s folder %s is already polled by unit %s (%s)", a->host,
                       a->port, shown(ck, a->user), shown(ck, a->inbox),
                       shown(ck, u[j].code ? u[j].code : "?"),
                       where(ck, config_setting_get_member(us[j], "mailbox")));
                break;
            }
        }
    }

    /* parent_of[i]: index of the parent, n for a root or an unknown parent. */
    size_t *parent_of = hl_xcalloc(n ? n : 1, sizeof *parent_of);
    for (size_t i = 0; i < n; i++) {
        parent_of[i] = n;
        if (u[i].parent == NULL)
            continue;
        for (size_t j = 0; j < n; j++)
            if (u[j].code && strcmp(u[j].code, u[i].parent) == 0)
                parent_of[i] = j;
        if (parent_of[i] == n)
            report(ck, config_setting_get_member(us[i], "parent"),
                   "parent %s is not the code of any unit", shown(ck, u[i].parent));
    }

    /* Walk up from each unit; 1 = on the current path, 2 = known to reach a
     * root or a reported cycle.  Each cycle is reported once, at its member
     * declared first. */
    unsigned char *state = hl_xcalloc(n ? n : 1, 1);
    for (size_t i = 0; i < n; i++) {
        size_t k = i;
        while (k < n && state[k] == 0) {
            state[k] = 1;
            k = parent_of[k];
        }
        if (k < n && state[k] == 1) {
            size_t first = k;
            for (size_t m = parent_of[k]; m != k; m = parent_of[m])
                if (m < first)
                    first = m;
            struct hl_buf b;
            hl_buf_init(&b);
            size_t m = first;
            do {
                hl_buf_printf(&b, "%s -> ", u[m].code);
                m = parent_of[m];
            } while (m != first);
            hl_buf_puts(&b, u[first].code);
            report(ck, config_setting_get_member(us[first], "parent"), "parent cycle: %s", b.data);
            hl_buf_fini(&b);
        }
        for (k = i; k < n && state[k] == 1; k = parent_of[k])
            state[k] = 2;
    }
    free(state);
    free(parent_of);
}

static void
parse_units(struct checker *ck, const config_setting_t *root, struct hl_config *cfg)
{
    int rc;
    const config_setting_t *list = member(ck, root, "units", CONFIG_TYPE_LIST, &rc);
    /* Units are data in the database (units.h, `hotlinectl unit import`);
     * units listed here are still read, and hotlined writes them there. */
    if (rc != 1)
        return;
    int n = config_setting_length(list);
    if (n == 0)
        return;
    cfg->units = hl_xcalloc((size_t)n, sizeof *cfg->units);
    config_setting_t **us = hl_xcalloc((size_t)n, sizeof *us);
    for (int i = 0; i < n; i++) {
        config_setting_t *g = config_setting_get_elem(list, (unsigned)i);
        if (!config_setting_is_group(g)) {
            report(ck, g, "each unit must be a group { ... }, not %s",
                   type_name(config_setting_type(g)));
            continue;
        }
        us[cfg->n_units] = g;
        parse_unit(ck, g, &cfg->units[cfg->n_units++]);
    }
    check_units(ck, cfg, us);
    free(us);
}

static void
parse_database(struct checker *ck, const config_setting_t *root, struct hl_config *cfg)
{
    int rc;
    const config_setting_t *g = member(ck, root, "database", CONFIG_TYPE_GROUP, &rc);
    if (rc == 0)
        missing(ck, root, "database");
    if (rc != 1)
        return;
    check_unknown(ck, g, database_keys);
    const char *ci;
    rc = get_str(ck, g, "conninfo", &ci);
    if (rc == 0)
        missing(ck, g, "conninfo");
    /* The conninfo itself is never shown: it may hold the very password. */
    if (rc == 1 && conninfo_has_password(ci))
        report(ck, config_setting_get_member(g, "conninfo"),
               "conninfo must not contain a password: put the password in password_file or "
               "password_env");
    else if (rc == 1)
        cfg->conninfo = hl_xstrdup(ci);
    parse_secret(ck, g, "password", false, &cfg->db_password);
    /* Two connections are the sender's and the lease keeper's; intake
     * workers share the rest, so at least one is left for them. */
    long long v;
    if (get_int(ck, g, "pool_size", 3, 1000, &v) == 1)
        cfg->pool_size = (int)v;
    /* Reports, the export and the digest read from here (a hot standby), so
     * that inspections never load the primary.  Same password source. */
    if (get_str(ck, g, "report_conninfo", &ci) == 1) {
        if (conninfo_has_password(ci))
            report(ck, config_setting_get_member(g, "report_conninfo"),
                   "report_conninfo must not contain a password: put the password in "
                   "password_file or password_env");
        else
            cfg->report_conninfo = hl_xstrdup(ci);
    }
}

static void
parse_intake(struct checker *ck, const config_setting_t *root, struct hl_config *cfg)
{
    int rc;
    const config_setting_t *g = member(ck, root, "intake", CONFIG_TYPE_GROUP, &rc);
    if (rc != 1)
        return;
    check_unknown(ck, g, intake_keys);
    long long v;
    if (get_int(ck, g, "poll_interval", 1, 86400, &v) == 1)
        cfg->poll_interval_s = (int)v;
    get_bool(ck, g, "idle", &cfg->idle);
    if (get_int(ck, g, "fetch_batch", 1, 10000, &v) == 1)
        cfg->fetch_batch = (int)v;
    if (get_int(ck, g, "backoff_max", 1, 86400, &v) == 1)
        cfg->backoff_max_s = (int)v;
    if (get_int(ck, g, "workers", 1, 256, &v) == 1)
        cfg->workers = (int)v;
    if (get_int(ck, g, "idle_max", 0, 100000, &v) == 1)
        cfg->idle_max = (int)v;
    if (get_int(ck, g, "max_connections_per_server", 1, 100000, &v) == 1)
        cfg->max_conn_per_server = (int)v;
    /* Under 5 s a heartbeat every third of it would load the database for
     * nothing; over an hour a dead daemon's mailboxes wait too long. */
    if (get_int(ck, g, "lease_seconds", 5, 3600, &v) == 1)
        cfg->lease_s = (int)v;
    /* RFC 2177: servers may drop an IDLE after 30 minutes. */
    if (get_int(ck, g, "idle_refresh", 10, 1740, &v) == 1)
        cfg->idle_refresh_s = (int)v;
    if (get_int(ck, g, "batch_bytes", 65536, 1LL << 34, &v) == 1)
        cfg->batch_bytes = v;
}

/* metrics = { listen = "127.0.0.1:9154"; stale_after = 90; }: numeric
 * addresses only, so that the check needs no DNS and the daemon binds what
 * the file says. */
static void
parse_metrics(struct checker *ck, const config_setting_t *root, struct hl_config *cfg)
{
    int rc;
    cfg->metrics_stale_after_s = 3 * cfg->poll_interval_s < 10 ? 10 : 3 * cfg->poll_interval_s;
    const config_setting_t *g = member(ck, root, "metrics", CONFIG_TYPE_GROUP, &rc);
    if (rc != 1)
        return;
    check_unknown(ck, g, metrics_keys);
    const char *listen;
    if (get_str(ck, g, "listen", &listen) == 1) {
        char host[64];
        int port;
        if (hl_metrics_parse_listen(listen, host, sizeof host, &port) < 0)
            report(ck, config_setting_get_member(g, "listen"),
                   "\"listen\" must be a numeric HOST:PORT such as \"127.0.0.1:9154\" or "
                   "\"[::1]:9154\", not %s",
                   shown(ck, listen));
        else
            cfg->metrics_listen = hl_xstrdup(listen);
    }
    long long v;
    if (get_int(ck, g, "stale_after", 10, 86400, &v) == 1)
        cfg->metrics_stale_after_s = (int)v;
}

static void
parse_acks(struct checker *ck, const config_setting_t *root, struct hl_config *cfg)
{
    int rc;
    cfg->ack_max_per_sender = 3;
    cfg->ack_max_per_unit_hour = 500;
    cfg->ack_window_s = 86400;
    const config_setting_t *g = member(ck, root, "acks", CONFIG_TYPE_GROUP, &rc);
    if (rc != 1)
        return;
    check_unknown(ck, g, acks_keys);
    long long v;
    if (get_int(ck, g, "max_per_sender", 0, 1000, &v) == 1)
        cfg->ack_max_per_sender = (int)v;
    if (get_int(ck, g, "window", 60, 366 * 86400, &v) == 1)
        cfg->ack_window_s = (int)v;
    if (get_int(ck, g, "max_per_unit_hour", 0, 1000000, &v) == 1)
        cfg->ack_max_per_unit_hour = (int)v;
}

/* An authserv-id is a token (RFC 8601 value): printable ASCII, no spaces,
 * no ';' or '(' that would end or comment it. */
static bool
authserv_id_ok(const char *s)
{
    for (; *s; s++)
        if (*s <= ' ' || *s >= 0x7f || strchr(";()\"\\", *s) != NULL)
            return false;
    return true;
}

static void
parse_trust(struct checker *ck, const config_setting_t *root, struct hl_config *cfg)
{
    struct hl_trust_cfg *t = &cfg->trust;
    t->reply_valid_days = 180;
    t->relay_types = HL_RELAY_PDF | HL_RELAY_IMAGE | HL_RELAY_OFFICE;
    int rc;
    const config_setting_t *g = member(ck, root, "trust", CONFIG_TYPE_GROUP, &rc);
    if (rc != 1)
        return;
    check_unknown(ck, g, trust_keys);
    const config_setting_t *key = parse_secret(ck, g, "reply_key", false, &t->reply_key);
    if (key != NULL) {
        struct hl_err err = {0};
        char *k = hl_config_reply_key(cfg, &err);
        if (k == NULL)
            report(ck, key, "%s", err.msg);
        else
            explicit_bzero(k, strlen(k));
        free(k);
    }
    const char *id = NULL;
    if (get_str(ck, g, "authserv_id", &id) == 1) {
        if (!authserv_id_ok(id))
            report(ck, config_setting_get_member(g, "authserv_id"),
                   "\"authserv_id\" must be one token without spaces, ';' or '(', as the mail "
                   "server writes it first in Authentication-Results, not %s",
                   shown(ck, id));
        else
            t->authserv_id = hl_xstrdup(id);
    }
    long long v;
    if (get_int(ck, g, "reply_valid_days", 1, 3660, &v) == 1)
        t->reply_valid_days = (int)v;
    const config_setting_t *types = config_setting_get_member(g, "relay_types");
    if (types != NULL) {
        if (!config_setting_is_array(types) && !config_setting_is_list(types)) {
            report(ck, types, "\"relay_types\" must be an array of names (%s), not %s",
                   "pdf, image, office, text", type_name(config_setting_type(types)));
            return;
        }
        t->relay_types = 0;
        for (int i = 0; i < config_setting_length(types); i++) {
            const config_setting_t *e = config_setting_get_elem(types, (unsigned)i);
            const char *name =
                config_setting_type(e) == CONFIG_TYPE_STRING ? config_setting_get_string(e) : NULL;
            int k = -1;
            for (int j = 0; name && relay_type_names[j]; j++)
                if (strcmp(name, relay_type_names[j]) == 0)
                    k = j;
            if (k < 0)
                report(ck, e, "\"relay_types\": unknown type %s (known: pdf, image, office, text)",
                       name ? shown(ck, name) : "(not a string)");
            else
                t->relay_types |= 1u << k;
        }
    }
}

static bool
step_name_ok(const char *s)
{
    if (*s == '\0' || strlen(s) > 32)
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_' || *s == '-'))
            return false;
    return true;
}

static void
default_ladder(struct hl_config *cfg)
{
    cfg->ladder = hl_xcalloc(2, sizeof *cfg->ladder);
    cfg->ladder[0] = (struct hl_ladder_step){hl_xstrdup("head"), 0, HL_LADDER_HEAD, NULL};
    cfg->ladder[1] = (struct hl_ladder_step){hl_xstrdup("parent"), 2, HL_LADDER_PARENT, NULL};
    cfg->n_ladder = 2;
}

/* The ladder is an ordered list: each step later than the one before, so
 * that "each step once, in order" needs no sorting and no tie-breaking. */
static void
parse_ladder(struct checker *ck, const config_setting_t *list, struct hl_config *cfg)
{
    int n = config_setting_length(list);
    cfg->ladder = hl_xcalloc((size_t)(n ? n : 1), sizeof *cfg->ladder);
    for (int i = 0; i < n; i++) {
        config_setting_t *g = config_setting_get_elem(list, (unsigned)i);
        if (!config_setting_is_group(g)) {
            report(ck, g,
                   "each ladder step must be a group { step = ...; after = ...; to = ...; }");
            continue;
        }
        check_unknown(ck, g, ladder_keys);
        const char *name = NULL, *to = NULL;
        long long after = -1;
        int rn = get_str(ck, g, "step", &name), ra = get_int(ck, g, "after", 0, 365, &after),
            rt = get_str(ck, g, "to", &to);
        if (rn == 0)
            missing(ck, g, "step");
        if (ra == 0)
            missing(ck, g, "after");
        if (rt == 0)
            missing(ck, g, "to");
        if (rn != 1 || ra != 1 || rt != 1)
            continue;
        if (strcmp(name, "reminder") == 0) {
            report(ck, config_setting_get_member(g, "step"),
                   "\"reminder\" is the name of the reminder before the deadline; name the "
                   "step otherwise");
            continue;
        }
        if (!step_name_ok(name)) {
            report(ck, config_setting_get_member(g, "step"),
                   "\"step\" must be 1 to 32 characters a-z, 0-9, _ or -, not %s", shown(ck, name));
            continue;
        }
        struct hl_ladder_step st = {.name = hl_xstrdup(name), .after_days = (int)after};
        if (strcmp(to, "head") == 0)
            st.to = HL_LADDER_HEAD;
        else if (strcmp(to, "parent") == 0)
            st.to = HL_LADDER_PARENT;
        else if (plausible_email(to)) {
            st.to = HL_LADDER_ADDRESS;
            st.address = hl_xstrdup(to);
        } else {
            report(ck, config_setting_get_member(g, "to"),
                   "\"to\" must be \"head\", \"parent\" or an e-mail address, not %s",
                   shown(ck, to));
            free(st.name);
            continue;
        }
        for (size_t j = 0; j < cfg->n_ladder; j++) {
            if (strcmp(cfg->ladder[j].name, st.name) == 0)
                report(ck, g, "ladder step \"%s\" is declared twice", st.name);
            else if (cfg->ladder[j].after_days >= st.after_days)
                report(ck, g,
                       "ladder step \"%s\" (after %d) must come later than \"%s\" (after %d)",
                       st.name, st.after_days, cfg->ladder[j].name, cfg->ladder[j].after_days);
        }
        cfg->ladder[cfg->n_ladder++] = st;
    }
}

static void
parse_deadlines(struct checker *ck, const config_setting_t *root, struct hl_config *cfg)
{
    int rc;
    cfg->reminder_before_days = 2;
    cfg->transfer_days = 5;
    const config_setting_t *g = member(ck, root, "deadlines", CONFIG_TYPE_GROUP, &rc);
    if (rc != 1) {
        default_ladder(cfg);
        return;
    }
    check_unknown(ck, g, deadlines_keys);
    long long v;
    if (get_int(ck, g, "reminder_before", 0, 60, &v) == 1)
        cfg->reminder_before_days = (int)v;
    if (get_int(ck, g, "transfer_days", 1, 60, &v) == 1)
        cfg->transfer_days = (int)v;
    const config_setting_t *list = member(ck, g, "ladder", CONFIG_TYPE_LIST, &rc);
    if (rc == 1)
        parse_ladder(ck, list, cfg);
    else if (rc == 0)
        default_ladder(cfg);
}

/* reports: the monthly digests.  Parsed after the units: a report names
 * one, and "head" needs the unit to have a head. */
static void
parse_reports(struct checker *ck, const config_setting_t *root, struct hl_config *cfg)
{
    int rc;
    const config_setting_t *list = member(ck, root, "reports", CONFIG_TYPE_LIST, &rc);
    if (rc != 1)
        return;
    int n = config_setting_length(list);
    cfg->reports = hl_xcalloc((size_t)(n ? n : 1), sizeof *cfg->reports);
    for (int i = 0; i < n; i++) {
        config_setting_t *g = config_setting_get_elem(list, (unsigned)i);
        if (!config_setting_is_group(g)) {
            report(ck, g, "each report must be a group { name = ...; to = [...]; ... }");
            continue;
        }
        check_unknown(ck, g, report_keys);
        struct hl_report_cfg r = {.day = 1, .compare = true, .line = config_setting_source_line(g)};
        const char *name = NULL, *unit = NULL;
        int rn = get_str(ck, g, "name", &name);
        if (rn == 0)
            missing(ck, g, "name");
        if (rn == 1 && !step_name_ok(name)) {
            report(ck, config_setting_get_member(g, "name"),
                   "\"name\" must be 1 to 32 characters a-z, 0-9, _ or -, not %s", shown(ck, name));
            rn = -1;
        }
        for (size_t j = 0; rn == 1 && j < cfg->n_reports; j++)
            if (strcmp(cfg->reports[j].name, name) == 0) {
                report(ck, g, "report \"%s\" is declared twice", name);
                rn = -1;
            }
        const struct hl_unit_cfg *u = NULL;
        if (get_str(ck, g, "unit", &unit) == 1 && strcmp(unit, "*") != 0 &&
            (u = hl_config_unit(cfg, unit)) == NULL) {
            report(ck, config_setting_get_member(g, "unit"),
                   "\"unit\" must be a unit's code or \"*\" (each unit), not %s", shown(ck, unit));
            rn = -1;
        }
        if (unit == NULL) /* the whole city: "head" is the root unit's */
            for (size_t j = 0; j < cfg->n_units && u == NULL; j++)
                if (cfg->units[j].parent == NULL)
                    u = &cfg->units[j];
        get_bool(ck, g, "rollup", &r.rollup);
        get_bool(ck, g, "compare", &r.compare);
        long long day;
        if (get_int(ck, g, "day", 1, 28, &day) == 1)
            r.day = (int)day;
        const config_setting_t *to = config_setting_get_member(g, "to");
        if (to == NULL) {
            missing(ck, g, "to");
            rn = -1;
        } else if (!config_setting_is_array(to) && !config_setting_is_list(to)) {
            report(ck, to, "\"to\" must be an array of e-mail addresses or \"head\"");
            rn = -1;
        } else {
            int m = config_setting_length(to);
            r.to = hl_xcalloc((size_t)(m ? m : 1), sizeof *r.to);
            for (int k = 0; k < m; k++) {
                const config_setting_t *c = config_setting_get_elem(to, (unsigned)k);
                const char *v = config_setting_get_string(c);
                if (v && strcmp(v, "head") == 0 && u && u->head == NULL && !(unit && *unit == '*'))
                    report(ck, c, "\"head\": unit \"%s\" has no head", u->code);
                else if (v && (strcmp(v, "head") == 0 || (clean_text(v) && plausible_email(v))))
                    r.to[r.n_to++] = hl_xstrdup(v);
                else
                    report(ck, c, "recipient %d must be \"head\" or an e-mail address%s%s", k + 1,
                           v ? ", not " : "", v ? shown(ck, v) : "");
            }
            if (m == 0)
                report(ck, to, "\"to\" must name at least one recipient");
        }
        if (rn != 1) {
            for (size_t k = 0; k < r.n_to; k++)
                free(r.to[k]);
            free(r.to);
            continue;
        }
        r.name = hl_xstrdup(name);
        r.unit = unit ? hl_xstrdup(unit) : NULL;
        cfg->reports[cfg->n_reports++] = r;
    }
}

static void
parse_limits(struct checker *ck, const config_setting_t *root, struct hl_limits *lim)
{
    int rc;
    const config_setting_t *g = member(ck, root, "limits", CONFIG_TYPE_GROUP, &rc);
    if (rc != 1)
        return;
    check_unknown(ck, g, limits_keys);
    long long v;
    /* The upper bounds keep one message from exhausting a worker's memory or
     * time; the lower bounds from rejecting ordinary mail. */
    if (get_int(ck, g, "max_message_bytes", 65536, 1024LL * 1024 * 1024, &v) == 1)
        lim->mime.max_message_bytes = (size_t)v;
    if (get_int(ck, g, "max_mime_depth", 1, 100, &v) == 1)
        lim->mime.max_depth = (int)v;
    if (get_int(ck, g, "max_parts", 1, 10000, &v) == 1)
        lim->mime.max_parts = (int)v;
    if (get_int(ck, g, "max_header_bytes", 1024, 16 * 1024 * 1024, &v) == 1)
        lim->mime.max_header_bytes = (size_t)v;
    if (get_int(ck, g, "message_budget_ms", 10, 600000, &v) == 1)
        lim->message_budget_ms = (int)v;
    if (get_int(ck, g, "regex_match_limit", 1000, 1000000000, &v) == 1)
        lim->match_limit = (unsigned)v;
    if (get_int(ck, g, "regex_depth_limit", 100, 1000000000, &v) == 1)
        lim->depth_limit = (unsigned)v;
    if (lim->mime.max_header_bytes > lim->mime.max_message_bytes)
        report(ck, g, "\"max_header_bytes\" (%zu) must not exceed \"max_message_bytes\" (%zu)",
               lim->mime.max_header_bytes, lim->mime.max_message_bytes);
}

static void
set_defaults(struct hl_config *cfg)
{
    cfg->poll_interval_s = 30;
    cfg->idle = true;
    cfg->fetch_batch = 200;
    cfg->backoff_max_s = 300;
    cfg->workers = 4;
    cfg->idle_max = 200;
    cfg->max_conn_per_server = 50;
    cfg->lease_s = 30;
    cfg->idle_refresh_s = 1500;
    cfg->batch_bytes = 32LL << 20; /* 32 MiB */
    cfg->pool_size = 6;
    /* Kept in step with hl_mime_limits_default by hand: config does not
     * depend on the MIME parser. */
    cfg->limits.mime.max_message_bytes = 26214400;
    cfg->limits.mime.max_depth = 20;
    cfg->limits.mime.max_parts = 200;
    cfg->limits.mime.max_header_bytes = 65536;
    cfg->limits.message_budget_ms = 2000;
    cfg->limits.match_limit = 1000000;
    cfg->limits.depth_limit = 10000;
}

/* The laws count these limits in days, not working days (Luật Khiếu nại
 * 2011, Điều 28; Luật Tố cáo 2018, Điều 30). */
static void
parse_kind_limits(struct checker *ck, const config_setting_t *g, struct hl_kind_cfg *k)
{
    long long v;
    if (get_int(ck, g, "deadline_days", 1, 365, &v) == 1)
        k->deadline_days = (int)v;
    if (get_int(ck, g, "extension_days", 0, 365, &v) == 1)
        k->extension_days = (int)v;
    const char *basis;
    if (get_str(ck, g, "legal_basis", &basis) == 1) {
        free(k->legal_basis);
        k->legal_basis = hl_xstrdup(basis);
    }
}

/* A unit code named outside units: reported unless configured. */
static bool
known_unit_code(struct checker *ck, const struct hl_config *cfg, const config_setting_t *s,
                const char *what, const char *code)
{
    if (cfg->n_units == 0)
        return true; /* the units are in the database: checked there */
    for (size_t i = 0; i < cfg->n_units; i++)
        if (cfg->units[i].code && strcmp(cfg->units[i].code, code) == 0)
            return true;
    report(ck, s, "%s %s is not the code of any unit", what, shown(ck, code));
    return false;
}

static void
parse_kinds(struct checker *ck, const config_setting_t *root, struct hl_config *cfg)
{
    struct hl_kind_cfg *c = &cfg->complaints;
    c->deadline_days = 30;
    c->extension_days = 15;
    c->legal_basis = hl_xstrdup("Luật Khiếu nại 2011, Điều 28");
    struct hl_denunciation_cfg *d = &cfg->denunciations;
    d->limits.deadline_days = 30;
    d->limits.extension_days = 30;
    d->limits.legal_basis = hl_xstrdup("Luật Tố cáo 2018, Điều 30");
    d->handler = HL_DENOUNCE_PARENT;

    int rc;
    const config_setting_t *g = member(ck, root, "complaints", CONFIG_TYPE_GROUP, &rc);
    if (rc == 1) {
        check_unknown(ck, g, complaints_keys);
        parse_kind_limits(ck, g, c);
    }
    g = member(ck, root, "denunciations", CONFIG_TYPE_GROUP, &rc);
    if (rc != 1)
        return;
    check_unknown(ck, g, denunciations_keys);
    parse_kind_limits(ck, g, &d->limits);
    const char *h = NULL, *fb = NULL;
    if (get_str(ck, g, "handler", &h) == 1 && strcmp(h, "parent") != 0) {
        const config_setting_t *s = config_setting_get_member(g, "handler");
        if (known_unit_code(ck, cfg, s, "\"handler\" must be \"parent\" or a unit code:", h)) {
            d->handler = HL_DENOUNCE_UNIT;
            d->handler_unit = hl_xstrdup(h);
        }
    }
    if (get_str(ck, g, "fallback", &fb) == 1) {
        const config_setting_t *s = config_setting_get_member(g, "fallback");
        if (d->handler == HL_DENOUNCE_UNIT)
            report(ck, s, "\"fallback\" applies only with handler = \"parent\"");
        else if (known_unit_code(ck, cfg, s, "fallback", fb))
            d->handler_unit = hl_xstrdup(fb);
    }
    const config_setting_t *des = config_setting_get_member(g, "designated");
    if (des == NULL)
        return;
    if (!config_setting_is_array(des) && !config_setting_is_list(des)) {
        report(ck, des, "\"designated\" must be an array of unit codes, not %s",
               type_name(config_setting_type(des)));
        return;
    }
    int n = config_setting_length(des);
    d->designated = hl_xcalloc((size_t)(n ? n : 1), sizeof *d->designated);
    for (int i = 0; i < n; i++) {
        const config_setting_t *e = config_setting_get_elem(des, (unsigned)i);
        const char *v = config_setting_get_string(e);
        if (v == NULL) {
            report(ck, e, "\"designated\" must hold unit codes (strings)");
            continue;
        }
        if (known_unit_code(ck, cfg, e, "designated handler", v))
            d->designated[d->n_designated++] = hl_xstrdup(v);
    }
}

static void
parse_root(struct checker *ck, const config_setting_t *root, struct hl_config *cfg)
{
    check_unknown(ck, root, root_keys);
    parse_database(ck, root, cfg);

    const char *prefix = "HL";
    if (get_str(ck, root, "case_prefix", &prefix) == 1) {
        size_t len = strlen(prefix);
        bool ok = len >= 2 && len <= 8;
        for (size_t i = 0; ok && i < len; i++)
            ok = prefix[i] >= 'A' && prefix[i] <= 'Z';
        if (!ok)
            report(ck, config_setting_get_member(root, "case_prefix"),
                   "\"case_prefix\" must be 2 to 8 capital letters A-Z, not %s", shown(ck, prefix));
    }
    cfg->case_prefix = hl_xstrdup(prefix);

    if (get_path(ck, root, "rules_dir", &cfg->rules_dir) != 1 && cfg->rules_dir == NULL)
        cfg->rules_dir = default_path(ck, "rules");
    if (get_path(ck, root, "templates_dir", &cfg->templates_dir) != 1 && cfg->templates_dir == NULL)
        cfg->templates_dir = default_path(ck, "templates");

    if (get_path(ck, root, "calendar", &cfg->calendar) != 1 && cfg->calendar == NULL)
        cfg->calendar = default_path(ck, "data/holidays.conf");

    int level = config_setting_get_member(root, "log_level")
                    ? get_choice(ck, root, "log_level", log_levels)
                    : 1;
    cfg->log_level = hl_xstrdup(log_levels[level >= 0 ? level : 1]);

    const config_setting_t *key = parse_secret(ck, root, "bounce_key", false, &cfg->bounce_key);
    if (key != NULL) {
        struct hl_err err = {0};
        char *k = hl_config_bounce_key(cfg, &err);
        if (k == NULL)
            report(ck, key, "%s", err.msg);
        else
            explicit_bzero(k, strlen(k));
        free(k);
    }

    parse_intake(ck, root, cfg);
    parse_metrics(ck, root, cfg);
    parse_acks(ck, root, cfg);
    parse_trust(ck, root, cfg);
    parse_deadlines(ck, root, cfg);
    parse_limits(ck, root, &cfg->limits);

    int rc;
    const config_setting_t *smtp = member(ck, root, "smtp", CONFIG_TYPE_GROUP, &rc);
    if (rc == 1) {
        cfg->has_smtp = true;
        parse_smtp(ck, smtp, &cfg->smtp);
    }
    parse_units(ck, root, cfg);
    parse_kinds(ck, root, cfg);
    parse_reports(ck, root, cfg);
}

/* Reports libconfig's own error: syntax, a missing @include, I/O. */
static void
report_read_error(struct checker *ck, const config_t *lc)
{
    if (config_error_type(lc) == CONFIG_ERR_FILE_IO && config_error_file(lc) == NULL) {
        report_at(ck, ck->path, 0, "cannot read: %s", config_error_text(lc));
        return;
    }
    report_at(ck, config_error_file(lc), config_error_line(lc), "%s", config_error_text(lc));
}

struct hl_config *
hl_config_load(const char *path, struct hl_diag *diag)
{
    struct checker ck = {.diag = diag, .path = path};
    struct hl_config *cfg = NULL;
    config_t lc;
    config_init(&lc);
    hl_arena_init(&ck.scratch);

    /* libconfig says only "file I/O error"; the operator wants to know why. */
    struct stat st;
    if (stat(path, &st) != 0 || access(path, R_OK) != 0) {
        report_at(&ck, path, 0, "cannot read the configuration: %s", strerror(errno));
        goto out;
    }
    if (!S_ISREG(st.st_mode)) {
        report_at(&ck, path, 0, "cannot read the configuration: not a regular file");
        goto out;
    }
    const char *slash = strrchr(path, '/');
    ck.include_dir = slash == NULL   ? hl_xstrdup(".")
                     : slash == path ? hl_xstrdup("/")
                                     : hl_xstrndup(path, (size_t)(slash - path));
    char *abs = realpath(ck.include_dir, NULL);
    ck.base_dir = abs ? hl_xstrdup(abs) : hl_xstrdup(ck.include_dir);
    free(abs);
    if (strcmp(ck.base_dir, "/") == 0)
        ck.base_dir[0] = '\0'; /* so that "/" + "/" + "x" does not double the slash */

    config_set_include_dir(&lc, ck.include_dir);
    if (config_read_file(&lc, path) != CONFIG_TRUE) {
        report_read_error(&ck, &lc);
        goto out;
    }

    cfg = hl_xcalloc(1, sizeof *cfg);
    cfg->path = hl_xstrdup(path);
    set_defaults(cfg);
    parse_root(&ck, config_root_setting(&lc), cfg);
    if (ck.problems > 0)
        hl_config_free(&cfg);

out:
    flush_pending(&ck);
    config_destroy(&lc);
    hl_arena_fini(&ck.scratch);
    free(ck.include_dir);
    free(ck.base_dir);
    return cfg;
}

static void
free_tls(struct hl_tls_cfg *t)
{
    free(t->ca_file);
    free(t->pin_sha256);
}

static void
free_secret(struct hl_secret_ref *s)
{
    free(s->file);
    free(s->env);
}

void
hl_config_free(struct hl_config **cfgp)
{
    struct hl_config *cfg = *cfgp;
    if (cfg == NULL)
        return;
    free(cfg->path);
    free(cfg->conninfo);
    free(cfg->report_conninfo);
    free_secret(&cfg->db_password);
    free_secret(&cfg->bounce_key);
    free_secret(&cfg->trust.reply_key);
    free(cfg->trust.authserv_id);
    free(cfg->case_prefix);
    free(cfg->rules_dir);
    free(cfg->metrics_listen);
    free(cfg->calendar);
    free(cfg->templates_dir);
    free(cfg->log_level);
    for (size_t i = 0; i < cfg->n_ladder; i++) {
        free(cfg->ladder[i].name);
        free(cfg->ladder[i].address);
    }
    free(cfg->ladder);
    free(cfg->complaints.legal_basis);
    free(cfg->denunciations.limits.legal_basis);
    free(cfg->denunciations.handler_unit);
    for (size_t i = 0; i < cfg->denunciations.n_designated; i++)
        free(cfg->denunciations.designated[i]);
    free(cfg->denunciations.designated);
    for (size_t i = 0; i < cfg->n_reports; i++) {
        free(cfg->reports[i].name);
        free(cfg->reports[i].unit);
        for (size_t j = 0; j < cfg->reports[i].n_to; j++)
            free(cfg->reports[i].to[j]);
        free(cfg->reports[i].to);
    }
    free(cfg->reports);
    free(cfg->smtp.host);
    free(cfg->smtp.user);
    free_secret(&cfg->smtp.password);
    free_tls(&cfg->smtp.trust);
    free(cfg->smtp.helo);
    for (size_t i = 0; i < cfg->n_units; i++)
        hl_unit_cfg_fini(&cfg->units[i]);
    free(cfg->units);
    free(cfg);
    *cfgp = NULL;
}

const struct hl_unit_cfg *
hl_config_unit(const struct hl_config *cfg, const char *code)
{
    for (size_t i = 0; i < cfg->n_units; i++)
        if (cfg->units[i].code != NULL && strcmp(cfg->units[i].code, code) == 0)
            return &cfg->units[i];
    return NULL;
}

/* One allocation of the exact size, so no stray copy of the secret is left
 * in freed memory by buffer growth. */
static char *
read_secret_file(const char *path, const char *what, struct hl_err *err)
{
    char *s = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        hl_err_set(err, HL_ERR_CONFIG, "%s %s: %s", what, path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        hl_err_set(err, HL_ERR_CONFIG, "%s %s: not a regular file", what, path);
        goto out;
    }
    if (st.st_size > MAX_SECRET_BYTES) {
        hl_err_set(err, HL_ERR_CONFIG, "%s %s: larger than %d bytes", what, path, MAX_SECRET_BYTES);
        goto out;
    }
    size_t cap = (size_t)st.st_size, len = 0;
    s = hl_xmalloc(cap + 1);
    while (len < cap) {
        ssize_t r = read(fd, s + len, cap - len);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            int e = r < 0 ? errno : 0;
            hl_err_set(err, HL_ERR_CONFIG, "%s %s: %s", what, path,
                       e ? strerror(e) : "shorter than its size");
            explicit_bzero(s, cap + 1);
            free(s);
            s = NULL;
            goto out;
        }
        len += (size_t)r;
    }
    s[len] = '\0';
    while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == '\r'))
        s[--len] = '\0';
    if (len == 0) {
        hl_err_set(err, HL_ERR_CONFIG, "%s %s is empty", what, path);
        free(s);
        s = NULL;
    }
out:
    close(fd);
    return s;
}

char *
hl_config_secret(const struct hl_secret_ref *ref, struct hl_err *err)
{
    assert(ref != NULL);
    if (ref->file != NULL)
        return read_secret_file(ref->file, "password file", err);
    if (ref->env != NULL) {
        const char *v = getenv(ref->env);
        if (v == NULL || v[0] == '\0') {
            hl_err_set(err, HL_ERR_CONFIG, "environment variable %s is %s", ref->env,
                       v ? "empty" : "not set");
            return NULL;
        }
        return hl_xstrdup(v);
    }
    hl_err_set(err, HL_ERR_CONFIG, "no password configured");
    return NULL;
}

char *
hl_config_bounce_key(const struct hl_config *cfg, struct hl_err *err)
{
    const struct hl_secret_ref *ref = &cfg->bounce_key;
    char *key = ref->file ? read_secret_file(ref->file, "bounce key file", err)
                          : hl_config_secret(ref, err);
    if (key == NULL)
        return NULL;
    size_t len = strlen(key);
    if (len >= HL_BOUNCE_KEY_MIN_BYTES)
        return key;
    explicit_bzero(key, len);
    free(key);
    if (ref->file)
        hl_err_set(err, HL_ERR_CONFIG,
                   "bounce key file %s holds fewer than %d bytes (make one with: openssl rand "
                   "-hex 32 >%s)",
                   ref->file, HL_BOUNCE_KEY_MIN_BYTES, ref->file);
    else
        hl_err_set(err, HL_ERR_CONFIG,
                   "environment variable %s holds fewer than %d bytes: a bounce key needs more",
                   ref->env, HL_BOUNCE_KEY_MIN_BYTES);
    return NULL;
}

char *
hl_config_reply_key(const struct hl_config *cfg, struct hl_err *err)
{
    const struct hl_secret_ref *ref = &cfg->trust.reply_key;
    char *key =
        ref->file ? read_secret_file(ref->file, "reply key file", err) : hl_config_secret(ref, err);
    if (key == NULL)
        return NULL;
    size_t len = strlen(key);
    if (len >= HL_TRUST_KEY_MIN_BYTES)
        return key;
    explicit_bzero(key, len);
    free(key);
    hl_err_set(err, HL_ERR_CONFIG,
               "reply key %s %s holds fewer than %d bytes (make one with: openssl rand -hex 32)",
               ref->file ? "file" : "environment variable", ref->file ? ref->file : ref->env,
               HL_TRUST_KEY_MIN_BYTES);
    return NULL;
}

const char *
hl_tls_mode_name(enum hl_tls_mode mode)
{
    switch (mode) {
    case HL_TLS_IMPLICIT:
        return "implicit";
    case HL_TLS_STARTTLS:
        return "starttls";
    case HL_TLS_PLAIN:
        return "plain";
    }
    return "?";
}
