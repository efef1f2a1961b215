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
 * Strings from the file are shown in messages through hl_conf_shown(), which escapes
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
#include "dedup.h"
#include "trust.h"
#include "metrics.h"
#include "config_int.h"
#include "suggest.h"

/* A secret larger than this is certainly not a password file. */
#define MAX_SECRET_BYTES 65536

/* --- The schema: which names may appear in which group ------------------- */

static const char *const root_keys[] = {
    "database",        "case_prefix",    "rules_dir",  "templates_dir", "log_level", "calendar",
    "intake",          "limits",         "smtp",       "units",         "acks",      "deadlines",
    "bounce_key_file", "bounce_key_env", "complaints", "denunciations", "trust",     "reports",
    "metrics",         "places_dir",     NULL,
};
static const char *const metrics_keys[] = {"listen", "stale_after", NULL};
static const char *const report_keys[] = {"name", "unit", "rollup", "compare", "to", "day", NULL};
static const char *const acks_keys[] = {"max_per_sender", "window", "max_per_unit_hour", NULL};
static const char *const trust_keys[] = {
    "reply_key_file", "reply_key_env", "authserv_id", "reply_valid_days", "relay_types", NULL,
};
/* The names trust.relay_types may list, in the order of the HL_RELAY_ bits. */
static const char *const relay_type_names[] = {"pdf", "image", "office", "text", NULL};
static const char *const deadlines_keys[] = {"reminder_before", "transfer_days", "urgent_hours",
                                             "ladder", NULL};
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
    "dedup_days",
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
static const char *const log_levels[] = {"debug", "info", "warning", "error", NULL};
/* The shipped rules, templates and calendar: PREFIX/share/hotline once
 * installed (the build says where), absent from a plain checkout build. */
#ifndef HL_DATADIR
#define HL_DATADIR ""
#endif

/* Where a path setting the file leaves out is found: next to the config file
 * when it exists there (a repository checkout, or an administrator's own
 * copy), else in the installed data directory, else next to the config file
 * again so that the error names the place the documentation names first. */
char *
hl_config_default_path(struct hl_conf_check *ck, const char *rel)
{
    char *local = hl_conf_resolve(ck, rel);
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

bool
hl_config_plausible_phone(const char *s)
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

/* --- Groups ---------------------------------------------------------------- */

const char *
hl_config_get_email(struct hl_conf_check *ck, const config_setting_t *group, const char *name,
                    bool required)
{
    const char *v = NULL;
    int rc = hl_conf_get_str(ck, group, name, &v);
    if (rc == 0 && required)
        hl_conf_missing(ck, group, name);
    if (rc != 1)
        return NULL;
    if (!hl_conf_plausible_email(v)) {
        hl_conf_report(ck, config_setting_get_member(group, name),
                       "\"%s\" is not a plausible email address (local@domain): %s", name,
                       hl_conf_shown(ck, v));
        return NULL;
    }
    return v;
}

static void
parse_database(struct hl_conf_check *ck, const config_setting_t *root, struct hl_config *cfg)
{
    int rc;
    const config_setting_t *g = hl_conf_member(ck, root, "database", CONFIG_TYPE_GROUP, &rc);
    if (rc == 0)
        hl_conf_missing(ck, root, "database");
    if (rc != 1)
        return;
    hl_conf_check_unknown(ck, g, database_keys);
    const char *ci;
    rc = hl_conf_get_str(ck, g, "conninfo", &ci);
    if (rc == 0)
        hl_conf_missing(ck, g, "conninfo");
    /* The conninfo itself is never shown: it may hold the very password. */
    if (rc == 1 && conninfo_has_password(ci))
        hl_conf_report(ck, config_setting_get_member(g, "conninfo"),
                       "conninfo must not contain a password: put the password in password_file or "
                       "password_env");
    else if (rc == 1)
        cfg->conninfo = hl_xstrdup(ci);
    hl_config_parse_secret(ck, g, "password", false, &cfg->db_password);
    /* Two connections are the sender's and the lease keeper's; intake
     * workers share the rest, so at least one is left for them. */
    long long v;
    if (hl_conf_get_int(ck, g, "pool_size", 3, 1000, &v) == 1)
        cfg->pool_size = (int)v;
    /* Reports, the export and the digest read from here (a hot standby), so
     * that inspections never load the primary.  Same password source. */
    if (hl_conf_get_str(ck, g, "report_conninfo", &ci) == 1) {
        if (conninfo_has_password(ci))
            hl_conf_report(ck, config_setting_get_member(g, "report_conninfo"),
                           "report_conninfo must not contain a password: put the password in "
                           "password_file or password_env");
        else
            cfg->report_conninfo = hl_xstrdup(ci);
    }
}

static void
parse_intake(struct hl_conf_check *ck, const config_setting_t *root, struct hl_config *cfg)
{
    int rc;
    const config_setting_t *g = hl_conf_member(ck, root, "intake", CONFIG_TYPE_GROUP, &rc);
    if (rc != 1)
        return;
    hl_conf_check_unknown(ck, g, intake_keys);
    long long v;
    if (hl_conf_get_int(ck, g, "poll_interval", 1, 86400, &v) == 1)
        cfg->poll_interval_s = (int)v;
    hl_conf_get_bool(ck, g, "idle", &cfg->idle);
    if (hl_conf_get_int(ck, g, "fetch_batch", 1, 10000, &v) == 1)
        cfg->fetch_batch = (int)v;
    if (hl_conf_get_int(ck, g, "backoff_max", 1, 86400, &v) == 1)
        cfg->backoff_max_s = (int)v;
    if (hl_conf_get_int(ck, g, "workers", 1, 256, &v) == 1)
        cfg->workers = (int)v;
    if (hl_conf_get_int(ck, g, "idle_max", 0, 100000, &v) == 1)
        cfg->idle_max = (int)v;
    if (hl_conf_get_int(ck, g, "max_connections_per_server", 1, 100000, &v) == 1)
        cfg->max_conn_per_server = (int)v;
    /* Under 5 s a heartbeat every third of it would load the database for
     * nothing; over an hour a dead daemon's mailboxes wait too long. */
    if (hl_conf_get_int(ck, g, "lease_seconds", 5, 3600, &v) == 1)
        cfg->lease_s = (int)v;
    /* RFC 2177: servers may drop an IDLE after 30 minutes. */
    if (hl_conf_get_int(ck, g, "idle_refresh", 10, 1740, &v) == 1)
        cfg->idle_refresh_s = (int)v;
    if (hl_conf_get_int(ck, g, "batch_bytes", 65536, 1LL << 34, &v) == 1)
        cfg->batch_bytes = v;
    if (hl_conf_get_int(ck, g, "dedup_days", 0, HL_DEDUP_MAX_DAYS, &v) == 1)
        cfg->dedup_days = (int)v;
}

/* metrics = { listen = "127.0.0.1:9154"; stale_after = 90; }: numeric
 * addresses only, so that the check needs no DNS and the daemon binds what
 * the file says. */
static void
parse_metrics(struct hl_conf_check *ck, const config_setting_t *root, struct hl_config *cfg)
{
    int rc;
    cfg->metrics_stale_after_s = 3 * cfg->poll_interval_s < 10 ? 10 : 3 * cfg->poll_interval_s;
    const config_setting_t *g = hl_conf_member(ck, root, "metrics", CONFIG_TYPE_GROUP, &rc);
    if (rc != 1)
        return;
    hl_conf_check_unknown(ck, g, metrics_keys);
    const char *listen;
    if (hl_conf_get_str(ck, g, "listen", &listen) == 1) {
        char host[64];
        int port;
        if (hl_metrics_parse_listen(listen, host, sizeof host, &port) < 0)
            hl_conf_report(ck, config_setting_get_member(g, "listen"),
                           "\"listen\" must be a numeric HOST:PORT such as \"127.0.0.1:9154\" or "
                           "\"[::1]:9154\", not %s",
                           hl_conf_shown(ck, listen));
        else
            cfg->metrics_listen = hl_xstrdup(listen);
    }
    long long v;
    if (hl_conf_get_int(ck, g, "stale_after", 10, 86400, &v) == 1)
        cfg->metrics_stale_after_s = (int)v;
}

static void
parse_acks(struct hl_conf_check *ck, const config_setting_t *root, struct hl_config *cfg)
{
    int rc;
    cfg->ack_max_per_sender = 3;
    cfg->ack_max_per_unit_hour = 500;
    cfg->ack_window_s = 86400;
    const config_setting_t *g = hl_conf_member(ck, root, "acks", CONFIG_TYPE_GROUP, &rc);
    if (rc != 1)
        return;
    hl_conf_check_unknown(ck, g, acks_keys);
    long long v;
    if (hl_conf_get_int(ck, g, "max_per_sender", 0, 1000, &v) == 1)
        cfg->ack_max_per_sender = (int)v;
    if (hl_conf_get_int(ck, g, "window", 60, 366 * 86400, &v) == 1)
        cfg->ack_window_s = (int)v;
    if (hl_conf_get_int(ck, g, "max_per_unit_hour", 0, 1000000, &v) == 1)
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
parse_trust(struct hl_conf_check *ck, const config_setting_t *root, struct hl_config *cfg)
{
    struct hl_trust_cfg *t = &cfg->trust;
    t->reply_valid_days = 180;
    t->relay_types = HL_RELAY_PDF | HL_RELAY_IMAGE | HL_RELAY_OFFICE;
    int rc;
    const config_setting_t *g = hl_conf_member(ck, root, "trust", CONFIG_TYPE_GROUP, &rc);
    if (rc != 1)
        return;
    hl_conf_check_unknown(ck, g, trust_keys);
    const config_setting_t *key = hl_config_parse_secret(ck, g, "reply_key", false, &t->reply_key);
    if (key != NULL) {
        struct hl_err err = {0};
        char *k = hl_config_reply_key(cfg, &err);
        if (k == NULL)
            hl_conf_report(ck, key, "%s", err.msg);
        else
            explicit_bzero(k, strlen(k));
        free(k);
    }
    const char *id = NULL;
    if (hl_conf_get_str(ck, g, "authserv_id", &id) == 1) {
        if (!authserv_id_ok(id))
            hl_conf_report(
                ck, config_setting_get_member(g, "authserv_id"),
                "\"authserv_id\" must be one token without spaces, ';' or '(', as the mail "
                "server writes it first in Authentication-Results, not %s",
                hl_conf_shown(ck, id));
        else
            t->authserv_id = hl_xstrdup(id);
    }
    long long v;
    if (hl_conf_get_int(ck, g, "reply_valid_days", 1, 3660, &v) == 1)
        t->reply_valid_days = (int)v;
    const config_setting_t *types = config_setting_get_member(g, "relay_types");
    if (types != NULL) {
        if (!config_setting_is_array(types) && !config_setting_is_list(types)) {
            hl_conf_report(ck, types, "\"relay_types\" must be an array of names (%s), not %s",
                           "pdf, image, office, text",
                           hl_conf_type_name(config_setting_type(types)));
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
                hl_conf_report(ck, e,
                               "\"relay_types\": unknown type %s (known: pdf, image, office, text)",
                               name ? hl_conf_shown(ck, name) : "(not a string)");
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
parse_ladder(struct hl_conf_check *ck, const config_setting_t *list, struct hl_config *cfg)
{
    int n = config_setting_length(list);
    cfg->ladder = hl_xcalloc((size_t)(n ? n : 1), sizeof *cfg->ladder);
    for (int i = 0; i < n; i++) {
        config_setting_t *g = config_setting_get_elem(list, (unsigned)i);
        if (!config_setting_is_group(g)) {
            hl_conf_report(
                ck, g, "each ladder step must be a group { step = ...; after = ...; to = ...; }");
            continue;
        }
        hl_conf_check_unknown(ck, g, ladder_keys);
        const char *name = NULL, *to = NULL;
        long long after = -1;
        int rn = hl_conf_get_str(ck, g, "step", &name),
            ra = hl_conf_get_int(ck, g, "after", 0, 365, &after),
            rt = hl_conf_get_str(ck, g, "to", &to);
        if (rn == 0)
            hl_conf_missing(ck, g, "step");
        if (ra == 0)
            hl_conf_missing(ck, g, "after");
        if (rt == 0)
            hl_conf_missing(ck, g, "to");
        if (rn != 1 || ra != 1 || rt != 1)
            continue;
        if (strcmp(name, "reminder") == 0) {
            hl_conf_report(ck, config_setting_get_member(g, "step"),
                           "\"reminder\" is the name of the reminder before the deadline; name the "
                           "step otherwise");
            continue;
        }
        if (!step_name_ok(name)) {
            hl_conf_report(ck, config_setting_get_member(g, "step"),
                           "\"step\" must be 1 to 32 characters a-z, 0-9, _ or -, not %s",
                           hl_conf_shown(ck, name));
            continue;
        }
        struct hl_ladder_step st = {.name = hl_xstrdup(name), .after_days = (int)after};
        if (strcmp(to, "head") == 0)
            st.to = HL_LADDER_HEAD;
        else if (strcmp(to, "parent") == 0)
            st.to = HL_LADDER_PARENT;
        else if (hl_conf_plausible_email(to)) {
            st.to = HL_LADDER_ADDRESS;
            st.address = hl_xstrdup(to);
        } else {
            hl_conf_report(ck, config_setting_get_member(g, "to"),
                           "\"to\" must be \"head\", \"parent\" or an e-mail address, not %s",
                           hl_conf_shown(ck, to));
            free(st.name);
            continue;
        }
        for (size_t j = 0; j < cfg->n_ladder; j++) {
            if (strcmp(cfg->ladder[j].name, st.name) == 0)
                hl_conf_report(ck, g, "ladder step \"%s\" is declared twice", st.name);
            else if (cfg->ladder[j].after_days >= st.after_days)
                hl_conf_report(
                    ck, g, "ladder step \"%s\" (after %d) must come later than \"%s\" (after %d)",
                    st.name, st.after_days, cfg->ladder[j].name, cfg->ladder[j].after_days);
        }
        cfg->ladder[cfg->n_ladder++] = st;
    }
}

static void
parse_deadlines(struct hl_conf_check *ck, const config_setting_t *root, struct hl_config *cfg)
{
    int rc;
    cfg->reminder_before_days = 2;
    cfg->transfer_days = 5;
    cfg->urgent_hours = 24;
    const config_setting_t *g = hl_conf_member(ck, root, "deadlines", CONFIG_TYPE_GROUP, &rc);
    if (rc != 1) {
        default_ladder(cfg);
        return;
    }
    hl_conf_check_unknown(ck, g, deadlines_keys);
    long long v;
    if (hl_conf_get_int(ck, g, "reminder_before", 0, 60, &v) == 1)
        cfg->reminder_before_days = (int)v;
    if (hl_conf_get_int(ck, g, "transfer_days", 1, 60, &v) == 1)
        cfg->transfer_days = (int)v;
    if (hl_conf_get_int(ck, g, "urgent_hours", 1, 720, &v) == 1)
        cfg->urgent_hours = (int)v;
    const config_setting_t *list = hl_conf_member(ck, g, "ladder", CONFIG_TYPE_LIST, &rc);
    if (rc == 1)
        parse_ladder(ck, list, cfg);
    else if (rc == 0)
        default_ladder(cfg);
}

/* reports: the monthly digests.  Parsed after the units: a report names
 * one, and "head" needs the unit to have a head. */
static void
parse_reports(struct hl_conf_check *ck, const config_setting_t *root, struct hl_config *cfg)
{
    int rc;
    const config_setting_t *list = hl_conf_member(ck, root, "reports", CONFIG_TYPE_LIST, &rc);
    if (rc != 1)
        return;
    int n = config_setting_length(list);
    cfg->reports = hl_xcalloc((size_t)(n ? n : 1), sizeof *cfg->reports);
    for (int i = 0; i < n; i++) {
        config_setting_t *g = config_setting_get_elem(list, (unsigned)i);
        if (!config_setting_is_group(g)) {
            hl_conf_report(ck, g, "each report must be a group { name = ...; to = [...]; ... }");
            continue;
        }
        hl_conf_check_unknown(ck, g, report_keys);
        struct hl_report_cfg r = {.day = 1, .compare = true, .line = config_setting_source_line(g)};
        const char *name = NULL, *unit = NULL;
        int rn = hl_conf_get_str(ck, g, "name", &name);
        if (rn == 0)
            hl_conf_missing(ck, g, "name");
        if (rn == 1 && !step_name_ok(name)) {
            hl_conf_report(ck, config_setting_get_member(g, "name"),
                           "\"name\" must be 1 to 32 characters a-z, 0-9, _ or -, not %s",
                           hl_conf_shown(ck, name));
            rn = -1;
        }
        for (size_t j = 0; rn == 1 && j < cfg->n_reports; j++)
            if (strcmp(cfg->reports[j].name, name) == 0) {
                hl_conf_report(ck, g, "report \"%s\" is declared twice", name);
                rn = -1;
            }
        const struct hl_unit_cfg *u = NULL;
        if (hl_conf_get_str(ck, g, "unit", &unit) == 1 && strcmp(unit, "*") != 0 &&
            (u = hl_config_unit(cfg, unit)) == NULL) {
            hl_conf_report(ck, config_setting_get_member(g, "unit"),
                           "\"unit\" must be a unit's code or \"*\" (each unit), not %s",
                           hl_conf_shown(ck, unit));
            rn = -1;
        }
        if (unit == NULL) /* the whole city: "head" is the root unit's */
            for (size_t j = 0; j < cfg->n_units && u == NULL; j++)
                if (cfg->units[j].parent == NULL)
                    u = &cfg->units[j];
        hl_conf_get_bool(ck, g, "rollup", &r.rollup);
        hl_conf_get_bool(ck, g, "compare", &r.compare);
        long long day;
        if (hl_conf_get_int(ck, g, "day", 1, 28, &day) == 1)
            r.day = (int)day;
        const config_setting_t *to = config_setting_get_member(g, "to");
        if (to == NULL) {
            hl_conf_missing(ck, g, "to");
            rn = -1;
        } else if (!config_setting_is_array(to) && !config_setting_is_list(to)) {
            hl_conf_report(ck, to, "\"to\" must be an array of e-mail addresses or \"head\"");
            rn = -1;
        } else {
            int m = config_setting_length(to);
            r.to = hl_xcalloc((size_t)(m ? m : 1), sizeof *r.to);
            for (int k = 0; k < m; k++) {
                const config_setting_t *c = config_setting_get_elem(to, (unsigned)k);
                const char *v = config_setting_get_string(c);
                if (v && strcmp(v, "head") == 0 && u && u->head == NULL && !(unit && *unit == '*'))
                    hl_conf_report(ck, c, "\"head\": unit \"%s\" has no head", u->code);
                else if (v && (strcmp(v, "head") == 0 ||
                               (hl_conf_clean_text(v) && hl_conf_plausible_email(v))))
                    r.to[r.n_to++] = hl_xstrdup(v);
                else
                    hl_conf_report(ck, c, "recipient %d must be \"head\" or an e-mail address%s%s",
                                   k + 1, v ? ", not " : "", v ? hl_conf_shown(ck, v) : "");
            }
            if (m == 0)
                hl_conf_report(ck, to, "\"to\" must name at least one recipient");
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
parse_limits(struct hl_conf_check *ck, const config_setting_t *root, struct hl_limits *lim)
{
    int rc;
    const config_setting_t *g = hl_conf_member(ck, root, "limits", CONFIG_TYPE_GROUP, &rc);
    if (rc != 1)
        return;
    hl_conf_check_unknown(ck, g, limits_keys);
    long long v;
    /* The upper bounds keep one message from exhausting a worker's memory or
     * time; the lower bounds from rejecting ordinary mail. */
    if (hl_conf_get_int(ck, g, "max_message_bytes", 65536, 1024LL * 1024 * 1024, &v) == 1)
        lim->mime.max_message_bytes = (size_t)v;
    if (hl_conf_get_int(ck, g, "max_mime_depth", 1, 100, &v) == 1)
        lim->mime.max_depth = (int)v;
    if (hl_conf_get_int(ck, g, "max_parts", 1, 10000, &v) == 1)
        lim->mime.max_parts = (int)v;
    if (hl_conf_get_int(ck, g, "max_header_bytes", 1024, 16 * 1024 * 1024, &v) == 1)
        lim->mime.max_header_bytes = (size_t)v;
    if (hl_conf_get_int(ck, g, "message_budget_ms", 10, 600000, &v) == 1)
        lim->message_budget_ms = (int)v;
    if (hl_conf_get_int(ck, g, "regex_match_limit", 1000, 1000000000, &v) == 1)
        lim->match_limit = (unsigned)v;
    if (hl_conf_get_int(ck, g, "regex_depth_limit", 100, 1000000000, &v) == 1)
        lim->depth_limit = (unsigned)v;
    if (lim->mime.max_header_bytes > lim->mime.max_message_bytes)
        hl_conf_report(ck, g,
                       "\"max_header_bytes\" (%zu) must not exceed \"max_message_bytes\" (%zu)",
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
    cfg->dedup_days = 7;
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
parse_kind_limits(struct hl_conf_check *ck, const config_setting_t *g, struct hl_kind_cfg *k)
{
    long long v;
    if (hl_conf_get_int(ck, g, "deadline_days", 1, 365, &v) == 1)
        k->deadline_days = (int)v;
    if (hl_conf_get_int(ck, g, "extension_days", 0, 365, &v) == 1)
        k->extension_days = (int)v;
    const char *basis;
    if (hl_conf_get_str(ck, g, "legal_basis", &basis) == 1) {
        free(k->legal_basis);
        k->legal_basis = hl_xstrdup(basis);
    }
}

/* A unit code named outside units: reported unless configured. */
static bool
known_unit_code(struct hl_conf_check *ck, const struct hl_config *cfg, const config_setting_t *s,
                const char *what, const char *code)
{
    if (cfg->n_units == 0)
        return true; /* the units are in the database: checked there */
    for (size_t i = 0; i < cfg->n_units; i++)
        if (cfg->units[i].code && strcmp(cfg->units[i].code, code) == 0)
            return true;
    hl_conf_report(ck, s, "%s %s is not the code of any unit", what, hl_conf_shown(ck, code));
    return false;
}

static void
parse_kinds(struct hl_conf_check *ck, const config_setting_t *root, struct hl_config *cfg)
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
    const config_setting_t *g = hl_conf_member(ck, root, "complaints", CONFIG_TYPE_GROUP, &rc);
    if (rc == 1) {
        hl_conf_check_unknown(ck, g, complaints_keys);
        parse_kind_limits(ck, g, c);
    }
    g = hl_conf_member(ck, root, "denunciations", CONFIG_TYPE_GROUP, &rc);
    if (rc != 1)
        return;
    hl_conf_check_unknown(ck, g, denunciations_keys);
    parse_kind_limits(ck, g, &d->limits);
    const char *h = NULL, *fb = NULL;
    if (hl_conf_get_str(ck, g, "handler", &h) == 1 && strcmp(h, "parent") != 0) {
        const config_setting_t *s = config_setting_get_member(g, "handler");
        if (known_unit_code(ck, cfg, s, "\"handler\" must be \"parent\" or a unit code:", h)) {
            d->handler = HL_DENOUNCE_UNIT;
            d->handler_unit = hl_xstrdup(h);
        }
    }
    if (hl_conf_get_str(ck, g, "fallback", &fb) == 1) {
        const config_setting_t *s = config_setting_get_member(g, "fallback");
        if (d->handler == HL_DENOUNCE_UNIT)
            hl_conf_report(ck, s, "\"fallback\" applies only with handler = \"parent\"");
        else if (known_unit_code(ck, cfg, s, "fallback", fb))
            d->handler_unit = hl_xstrdup(fb);
    }
    const config_setting_t *des = config_setting_get_member(g, "designated");
    if (des == NULL)
        return;
    if (!config_setting_is_array(des) && !config_setting_is_list(des)) {
        hl_conf_report(ck, des, "\"designated\" must be an array of unit codes, not %s",
                       hl_conf_type_name(config_setting_type(des)));
        return;
    }
    int n = config_setting_length(des);
    d->designated = hl_xcalloc((size_t)(n ? n : 1), sizeof *d->designated);
    for (int i = 0; i < n; i++) {
        const config_setting_t *e = config_setting_get_elem(des, (unsigned)i);
        const char *v = config_setting_get_string(e);
        if (v == NULL) {
            hl_conf_report(ck, e, "\"designated\" must hold unit codes (strings)");
            continue;
        }
        if (known_unit_code(ck, cfg, e, "designated handler", v))
            d->designated[d->n_designated++] = hl_xstrdup(v);
    }
}

static void
parse_root(struct hl_conf_check *ck, const config_setting_t *root, struct hl_config *cfg)
{
    hl_conf_check_unknown(ck, root, root_keys);
    parse_database(ck, root, cfg);

    const char *prefix = "HL";
    if (hl_conf_get_str(ck, root, "case_prefix", &prefix) == 1) {
        size_t len = strlen(prefix);
        bool ok = len >= 2 && len <= 8;
        for (size_t i = 0; ok && i < len; i++)
            ok = prefix[i] >= 'A' && prefix[i] <= 'Z';
        if (!ok)
            hl_conf_report(ck, config_setting_get_member(root, "case_prefix"),
                           "\"case_prefix\" must be 2 to 8 capital letters A-Z, not %s",
                           hl_conf_shown(ck, prefix));
    }
    cfg->case_prefix = hl_xstrdup(prefix);

    if (hl_conf_get_path(ck, root, "rules_dir", &cfg->rules_dir) != 1 && cfg->rules_dir == NULL)
        cfg->rules_dir = hl_config_default_path(ck, "rules");
    if (hl_conf_get_path(ck, root, "places_dir", &cfg->places_dir) != 1 && cfg->places_dir == NULL)
        cfg->places_dir = hl_config_default_path(ck, "data/places");
    if (hl_conf_get_path(ck, root, "templates_dir", &cfg->templates_dir) != 1 &&
        cfg->templates_dir == NULL)
        cfg->templates_dir = hl_config_default_path(ck, "templates");

    if (hl_conf_get_path(ck, root, "calendar", &cfg->calendar) != 1 && cfg->calendar == NULL)
        cfg->calendar = hl_config_default_path(ck, "data/holidays.conf");

    int level = config_setting_get_member(root, "log_level")
                    ? hl_conf_get_choice(ck, root, "log_level", log_levels)
                    : 1;
    cfg->log_level = hl_xstrdup(log_levels[level >= 0 ? level : 1]);

    const config_setting_t *key =
        hl_config_parse_secret(ck, root, "bounce_key", false, &cfg->bounce_key);
    if (key != NULL) {
        struct hl_err err = {0};
        char *k = hl_config_bounce_key(cfg, &err);
        if (k == NULL)
            hl_conf_report(ck, key, "%s", err.msg);
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
    const config_setting_t *smtp = hl_conf_member(ck, root, "smtp", CONFIG_TYPE_GROUP, &rc);
    if (rc == 1) {
        cfg->has_smtp = true;
        hl_config_parse_smtp(ck, smtp, &cfg->smtp);
    }
    hl_config_parse_units(ck, root, cfg);
    parse_kinds(ck, root, cfg);
    parse_reports(ck, root, cfg);
}

/* Reports libconfig's own error: syntax, a missing @include, I/O. */
static void
report_read_error(struct hl_conf_check *ck, const config_t *lc)
{
    if (config_error_type(lc) == CONFIG_ERR_FILE_IO && config_error_file(lc) == NULL) {
        hl_conf_report_at(ck, ck->path, 0, "cannot read: %s", config_error_text(lc));
        return;
    }
    hl_conf_report_at(ck, config_error_file(lc), config_error_line(lc), "%s",
                      config_error_text(lc));
}

struct hl_config *
hl_config_load(const char *path, struct hl_diag *diag)
{
    struct hl_conf_check ck = {.diag = diag, .path = path};
    struct hl_config *cfg = NULL;
    config_t lc;
    config_init(&lc);
    hl_arena_init(&ck.scratch);

    /* libconfig says only "file I/O error"; the operator wants to know why. */
    struct stat st;
    if (stat(path, &st) != 0 || access(path, R_OK) != 0) {
        hl_conf_report_at(&ck, path, 0, "cannot read the configuration: %s", strerror(errno));
        goto out;
    }
    if (!S_ISREG(st.st_mode)) {
        hl_conf_report_at(&ck, path, 0, "cannot read the configuration: not a regular file");
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
    hl_conf_flush(&ck);
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
    free(cfg->places_dir);
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
