/*
 * config_servers: the settings that say where to connect and as whom -- the
 * SMTP relay, each unit and its mailbox -- and the checks across units
 * (unique codes and addresses, one mailbox folder served once).  Part of the
 * config module (config.h); shares config_int.h with config.c.
 */
#include "config_int.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

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

static const char *const unit_kinds[] = {"city", "department", "district", "commune",
                                         "ward", "other",      NULL};
static const char *const tls_modes[] = {"implicit", "starttls", "plain", NULL};

static int
lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
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
parse_endpoint(struct hl_conf_check *ck, const config_setting_t *g, const struct endpoint *ep)
{
    const char *host = NULL;
    int rc = hl_conf_get_str(ck, g, "host", &host);
    if (rc == 0)
        hl_conf_missing(ck, g, "host");
    if (rc == 1 && !hl_conf_plausible_host(host)) {
        hl_conf_report(ck, config_setting_get_member(g, "host"),
                       "\"host\" is not a host name or IP address: %s", hl_conf_shown(ck, host));
        host = NULL;
    }
    if (host != NULL)
        *ep->host = hl_xstrdup(host);

    bool tls_ok = true;
    if (config_setting_get_member(g, "tls") != NULL) {
        int t = hl_conf_get_choice(ck, g, "tls", tls_modes);
        if (t >= 0)
            *ep->tls = (enum hl_tls_mode)t;
        else
            tls_ok = false;
    }
    hl_conf_get_bool(ck, g, "allow_plain", ep->allow_plain);

    long long port;
    if (hl_conf_get_int(ck, g, "port", 1, 65535, &port) == 1)
        *ep->port = (int)port;
    else
        *ep->port = ep->default_port[*ep->tls];

    if (tls_ok && *ep->tls == HL_TLS_PLAIN) {
        const config_setting_t *ts = config_setting_get_member(g, "tls");
        if (!*ep->allow_plain)
            hl_conf_report(
                ck, ts,
                "tls = \"plain\" sends passwords in clear text: it needs allow_plain = true");
        if (host != NULL && !hl_conf_is_loopback(host))
            hl_conf_report(ck, ts,
                           "tls = \"plain\" is only allowed to a loopback host (127.x.x.x, ::1, "
                           "localhost), not %s",
                           hl_conf_shown(ck, host));
    }

    hl_conf_get_path(ck, g, "ca_file", &ep->trust->ca_file);
    if (ep->trust->ca_file != NULL)
        hl_conf_check_readable(ck, config_setting_get_member(g, "ca_file"), "ca_file",
                               ep->trust->ca_file);
    const char *pin;
    if (hl_conf_get_str(ck, g, "pin_sha256", &pin) == 1) {
        bool ok = strlen(pin) == 64;
        for (size_t i = 0; ok && pin[i]; i++)
            ok = strchr("0123456789abcdefABCDEF", pin[i]) != NULL;
        if (!ok) {
            hl_conf_report(
                ck, config_setting_get_member(g, "pin_sha256"),
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
parse_mailbox(struct hl_conf_check *ck, const config_setting_t *g, struct hl_mailbox_cfg *mb)
{
    static const int ports[] = {
        [HL_TLS_IMPLICIT] = 993, [HL_TLS_STARTTLS] = 143, [HL_TLS_PLAIN] = 143};
    hl_conf_check_unknown(ck, g, mailbox_keys);
    mb->tls = HL_TLS_IMPLICIT;
    struct endpoint ep = {&mb->host, &mb->port, &mb->tls, &mb->allow_plain, &mb->trust, ports};
    parse_endpoint(ck, g, &ep);

    const char *user;
    int rc = hl_conf_get_str(ck, g, "user", &user);
    if (rc == 0)
        hl_conf_missing(ck, g, "user");
    if (rc == 1)
        mb->user = hl_xstrdup(user);
    hl_config_parse_secret(ck, g, "password", true, &mb->password);

    const char *inbox = "INBOX", *processed = "Processed";
    hl_conf_get_str(ck, g, "inbox", &inbox);
    hl_conf_get_str(ck, g, "processed", &processed);
    mb->inbox = hl_xstrdup(inbox);
    mb->processed = hl_xstrdup(processed);
    if (strcmp(inbox, processed) == 0)
        hl_conf_report(ck, g, "\"processed\" must differ from \"inbox\" (%s)",
                       hl_conf_shown(ck, inbox));
}

void
hl_config_parse_smtp(struct hl_conf_check *ck, const config_setting_t *g, struct hl_smtp_cfg *smtp)
{
    static const int ports[] = {
        [HL_TLS_IMPLICIT] = 465, [HL_TLS_STARTTLS] = 587, [HL_TLS_PLAIN] = 25};
    hl_conf_check_unknown(ck, g, smtp_keys);
    smtp->tls = HL_TLS_STARTTLS;
    struct endpoint ep = {&smtp->host,        &smtp->port,  &smtp->tls,
                          &smtp->allow_plain, &smtp->trust, ports};
    parse_endpoint(ck, g, &ep);

    const char *user;
    int rc = hl_conf_get_str(ck, g, "user", &user);
    if (rc == 1)
        smtp->user = hl_xstrdup(user);
    /* No user: no AUTH, so a password would be a mistake worth pointing at. */
    if (rc == 0 && (config_setting_get_member(g, "password_file") != NULL ||
                    config_setting_get_member(g, "password_env") != NULL))
        hl_conf_report(ck, g, "a password is set but \"user\" is not");
    else if (rc == 1)
        hl_config_parse_secret(ck, g, "password", true, &smtp->password);

    const char *helo;
    rc = hl_conf_get_str(ck, g, "helo", &helo);
    if (rc == 1 && !hl_conf_plausible_host(helo))
        hl_conf_report(ck, config_setting_get_member(g, "helo"), "\"helo\" is not a host name: %s",
                       hl_conf_shown(ck, helo));
    else if (rc == 1)
        smtp->helo = hl_xstrdup(helo);
    if (rc == 0) {
        char name[256];
        if (gethostname(name, sizeof name) == 0 && name[0] != '\0' && hl_conf_plausible_host(name))
            smtp->helo = hl_xstrndup(name, strnlen(name, sizeof name - 1));
        else
            smtp->helo = hl_xstrdup("localhost");
    }
}

static void
parse_unit(struct hl_conf_check *ck, const config_setting_t *g, struct hl_unit_cfg *u)
{
    hl_conf_check_unknown(ck, g, unit_keys);
    u->line = config_setting_source_line(g);

    const char *code;
    int rc = hl_conf_get_str(ck, g, "code", &code);
    if (rc == 0)
        hl_conf_missing(ck, g, "code");
    if (rc == 1 && !hl_conf_valid_code(code))
        hl_conf_report(ck, config_setting_get_member(g, "code"),
                       "unit code %s must match [a-z0-9][a-z0-9-]* (at most 64 characters)",
                       hl_conf_shown(ck, code));
    else if (rc == 1)
        u->code = hl_xstrdup(code);

    const char *s;
    rc = hl_conf_get_str(ck, g, "name", &s);
    if (rc == 0)
        hl_conf_missing(ck, g, "name");
    if (rc == 1)
        u->name = hl_xstrdup(s);

    if (hl_conf_get_str(ck, g, "parent", &s) == 1)
        u->parent = hl_xstrdup(s);
    int kind =
        config_setting_get_member(g, "kind") ? hl_conf_get_choice(ck, g, "kind", unit_kinds) : 5;
    u->kind = hl_xstrdup(kind >= 0 ? unit_kinds[kind] : "other");

    if ((s = hl_config_get_email(ck, g, "feedback_email", true)) != NULL)
        u->feedback_email = hl_xstrdup(s);
    if ((s = hl_config_get_email(ck, g, "head", false)) != NULL)
        u->head = hl_xstrdup(s);

    if (hl_conf_get_str(ck, g, "hotline_phone", &s) == 1) {
        if (hl_config_plausible_phone(s))
            u->hotline_phone = hl_xstrdup(s);
        else
            hl_conf_report(ck, config_setting_get_member(g, "hotline_phone"),
                           "\"hotline_phone\" may hold only digits, spaces and + ( ) - ., not %s",
                           hl_conf_shown(ck, s));
    }
    if (hl_conf_get_str(ck, g, "address", &s) == 1)
        u->address = hl_xstrdup(s);
    if (hl_conf_get_str(ck, g, "feedback_box", &s) == 1)
        u->feedback_box = hl_xstrdup(s);

    const config_setting_t *clerks = config_setting_get_member(g, "clerks");
    if (clerks != NULL) {
        if (!config_setting_is_array(clerks) && !config_setting_is_list(clerks)) {
            hl_conf_report(ck, clerks, "\"clerks\" must be an array of email addresses, not %s",
                           hl_conf_type_name(config_setting_type(clerks)));
        } else {
            int n = config_setting_length(clerks);
            u->clerks = hl_xcalloc((size_t)n, sizeof *u->clerks);
            for (int i = 0; i < n; i++) {
                const config_setting_t *c = config_setting_get_elem(clerks, (unsigned)i);
                const char *v = config_setting_get_string(c);
                if (v == NULL || !hl_conf_clean_text(v) || !hl_conf_plausible_email(v))
                    hl_conf_report(ck, c,
                                   "clerk %d is not a plausible email address (local@domain)%s%s",
                                   i + 1, v ? ": " : "", v ? hl_conf_shown(ck, v) : "");
                else
                    u->clerks[u->n_clerks++] = hl_xstrdup(v);
            }
        }
    }

    int mrc;
    const config_setting_t *mb = hl_conf_member(ck, g, "mailbox", CONFIG_TYPE_GROUP, &mrc);
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
check_units(struct hl_conf_check *ck, struct hl_config *cfg, config_setting_t *const *us)
{
    size_t n = cfg->n_units;
    struct hl_unit_cfg *u = cfg->units;
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < i; j++) {
            if (u[i].code && u[j].code && strcmp(u[i].code, u[j].code) == 0) {
                hl_conf_report(ck, config_setting_get_member(us[i], "code"),
                               "duplicate unit code %s (first declared at %s)",
                               hl_conf_shown(ck, u[i].code), hl_conf_where(ck, us[j]));
                break;
            }
        }
        for (size_t j = 0; j < i; j++) {
            if (u[i].feedback_email && u[j].feedback_email &&
                strcasecmp(u[i].feedback_email, u[j].feedback_email) == 0) {
                hl_conf_report(
                    ck, config_setting_get_member(us[i], "feedback_email"),
                    "feedback_email %s is already the address of unit %s (%s): mail to it "
                    "could not be routed",
                    hl_conf_shown(ck, u[i].feedback_email),
                    hl_conf_shown(ck, u[j].code ? u[j].code : "?"), hl_conf_where(ck, us[j]));
                break;
            }
        }
        const struct hl_mailbox_cfg *a = &u[i].mailbox;
        for (size_t j = 0; u[i].has_mailbox && a->host && a->user && j < i; j++) {
            const struct hl_mailbox_cfg *b = &u[j].mailbox;
            if (u[j].has_mailbox && b->host && b->user && strcasecmp(a->host, b->host) == 0 &&
                a->port == b->port && strcmp(a->user, b->user) == 0 &&
                same_folder(a->inbox, b->inbox)) {
                hl_conf_report(ck, config_setting_get_member(us[i], "mailbox"),
                               "mailbox %s:%d user %s folder %s is already polled by unit %s (%s)",
                               a->host, a->port, hl_conf_shown(ck, a->user),
                               hl_conf_shown(ck, a->inbox),
                               hl_conf_shown(ck, u[j].code ? u[j].code : "?"),
                               hl_conf_where(ck, config_setting_get_member(us[j], "mailbox")));
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
            hl_conf_report(ck, config_setting_get_member(us[i], "parent"),
                           "parent %s is not the code of any unit", hl_conf_shown(ck, u[i].parent));
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
            hl_conf_report(ck, config_setting_get_member(us[first], "parent"), "parent cycle: %s",
                           b.data);
            hl_buf_fini(&b);
        }
        for (k = i; k < n && state[k] == 1; k = parent_of[k])
            state[k] = 2;
    }
    free(state);
    free(parent_of);
}

void
hl_config_parse_units(struct hl_conf_check *ck, const config_setting_t *root, struct hl_config *cfg)
{
    int rc;
    const config_setting_t *list = hl_conf_member(ck, root, "units", CONFIG_TYPE_LIST, &rc);
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
            hl_conf_report(ck, g, "each unit must be a group { ... }, not %s",
                           hl_conf_type_name(config_setting_type(g)));
            continue;
        }
        us[cfg->n_units] = g;
        parse_unit(ck, g, &cfg->units[cfg->n_units++]);
    }
    check_units(ck, cfg, us);
    free(us);
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
