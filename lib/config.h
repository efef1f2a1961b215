/*
 * config: loads hotlined's one libconfig file into plain structs and checks it.
 * Every problem is reported in compiler format ("FILE:LINE: message") into a
 * hl_diag so that --check-config shows them all at once.  Secrets are never
 * kept here: only the names of the files or environment variables that hold
 * them (see hl_config_secret).  The bounce key is the one secret the load
 * reads, to measure it (a short key would sign every mail while protecting
 * nothing); it is wiped at once.
 *
 * Ownership: hl_config_load returns a config the caller frees with
 * hl_config_free; every string inside it belongs to the config.
 */
#ifndef HL_CONFIG_H
#define HL_CONFIG_H

#include "mime.h"
#include "util.h"

enum hl_tls_mode {
    HL_TLS_IMPLICIT, /* "implicit": TLS from the first byte (IMAPS 993, SMTPS 465) */
    HL_TLS_STARTTLS, /* "starttls" */
    HL_TLS_PLAIN,    /* "plain": only with allow_plain = true and a loopback host */
};

/* Where a secret comes from: exactly one of file / env is set. */
struct hl_secret_ref {
    char *file;
    char *env;
};

/* How a peer's certificate is trusted: the system store unless ca_file or
 * pin_sha256 (hex SHA-256 of the leaf certificate's DER) is given. */
struct hl_tls_cfg {
    char *ca_file;
    char *pin_sha256;
};

struct hl_mailbox_cfg {
    char *host;
    int port;
    enum hl_tls_mode tls;
    bool allow_plain;
    char *user;
    struct hl_secret_ref password;
    char *inbox;     /* default "INBOX" */
    char *processed; /* default "Processed" */
    struct hl_tls_cfg trust;
};

struct hl_unit_cfg {
    char *code;
    char *name;
    char *parent; /* code, NULL for the root */
    char *kind;   /* city | department | district | commune | ward | other */
    char *feedback_email;
    char *hotline_phone;
    char *address; /* postal address, may be NULL */
    char **clerks;
    size_t n_clerks;
    char *head;
    bool has_mailbox;
    struct hl_mailbox_cfg mailbox;
    int line; /* where it was declared, for later diagnostics */
};

struct hl_smtp_cfg {
    char *host;
    int port;
    enum hl_tls_mode tls;
    bool allow_plain;
    char *user; /* NULL: no AUTH */
    struct hl_secret_ref password;
    struct hl_tls_cfg trust;
    char *helo;
};

struct hl_limits {
    struct hl_mime_limits mime;
    int message_budget_ms; /* parse + classify budget per message */
    unsigned match_limit;  /* PCRE2 */
    unsigned depth_limit;  /* PCRE2 */
};

/* One step of the escalation ladder: when a case is `after_days` working days
 * past its due date and still unanswered, mail goes to `to` once. */
enum hl_ladder_to {
    HL_LADDER_HEAD,    /* "head": the responsible unit's head */
    HL_LADDER_PARENT,  /* "parent": the parent unit's head (its feedback address if none) */
    HL_LADDER_ADDRESS, /* an address written in the configuration */
};

struct hl_ladder_step {
    char *name; /* [a-z0-9_-]+, unique: the key that makes the step fire once */
    int after_days;
    enum hl_ladder_to to;
    char *address; /* HL_LADDER_ADDRESS only */
};

struct hl_config {
    char *path;
    char *conninfo;                   /* libpq conninfo without the password */
    struct hl_secret_ref db_password; /* optional */
    char *case_prefix;                /* default "HL" */
    char *rules_dir;                  /* default "rules", relative to the config file */
    char *templates_dir;              /* default "templates" */
    int poll_interval_s;              /* default 30 */
    bool idle;                        /* default true */
    int fetch_batch;                  /* default 200 */
    int backoff_max_s;                /* default 300 */
    char *metrics_listen;             /* metrics.listen "HOST:PORT", NULL: no endpoint */
    int metrics_stale_after_s;        /* metrics.stale_after, default 3 * poll_interval */
    char *log_level;                  /* debug|info|warning|error */
    char *calendar;                   /* working-day calendar; default "data/holidays.conf" */
    int ack_max_per_sender;           /* acks.max_per_sender, default 3 */
    int ack_window_s;                 /* acks.window, default 86400 */
    int reminder_before_days;         /* deadlines.reminder_before, default 2; 0 = none */
    int transfer_days;                /* deadlines.transfer_days, default 5 */
    struct hl_ladder_step *ladder;    /* deadlines.ladder; default head at 0, parent at 2 */
    size_t n_ladder;
    struct hl_smtp_cfg smtp;
    bool has_smtp;
    struct hl_limits limits;
    struct hl_unit_cfg *units;
    size_t n_units;
    /* bounce_key_file / bounce_key_env: signs bounce addresses (bounce.h);
     * neither set: bounces are not signed and can be forged. */
    struct hl_secret_ref bounce_key;
};

/* Loads and checks path.  Returns NULL when any problem was found; every
 * problem is in diag.  Relative paths inside the file are resolved against
 * the file's directory. */
struct hl_config *hl_config_load(const char *path, struct hl_diag *diag);
void hl_config_free(struct hl_config **cfg);

const struct hl_unit_cfg *hl_config_unit(const struct hl_config *cfg, const char *code);

/* Reads a secret (file content without trailing newline, or the environment
 * variable).  Returns a heap string the caller must wipe and free, or NULL with
 * err set.  The secret itself never appears in err. */
char *hl_config_secret(const struct hl_secret_ref *ref, struct hl_err *err);

/* Reads the bounce key of cfg (cfg->bounce_key must name a source) and checks
 * its length (HL_BOUNCE_KEY_MIN_BYTES).  Returns a heap string the caller must
 * wipe and free, or NULL with err (HL_ERR_CONFIG) set; the key never appears
 * in err. */
char *hl_config_bounce_key(const struct hl_config *cfg, struct hl_err *err);

const char *hl_tls_mode_name(enum hl_tls_mode mode);

#endif
