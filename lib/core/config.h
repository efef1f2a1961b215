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
    char *address;      /* postal address, may be NULL */
    char *feedback_box; /* where its feedback box stands, may be NULL (units.h) */
    bool retired;       /* kept for history; see successor (units.h) */
    char *successor;    /* a retired unit's successor: its mail and cases go there */
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

/* trust.relay_types: which attachments of a clerk's answer are relayed to
 * the citizen (content type and extension must both fit; see trust.h). */
enum {
    HL_RELAY_PDF = 1u << 0,
    HL_RELAY_IMAGE = 1u << 1,
    HL_RELAY_OFFICE = 1u << 2,
    HL_RELAY_TEXT = 1u << 3,
};

/* trust: who may act for a unit by mail (docs/security.md). */
struct hl_trust_cfg {
    /* reply_key_file / reply_key_env; neither set: the bounce key signs the
     * reply tags too (the HMAC inputs are kept apart, trust.h). */
    struct hl_secret_ref reply_key;
    char *authserv_id;    /* NULL: Authentication-Results are not required */
    int reply_valid_days; /* how long a reply tag is good for; default 180 */
    unsigned relay_types; /* HL_RELAY_* bits; default pdf, image, office */
};

/* A kind of case the law gives its own time limit (complaints, denunciations):
 * deadline_days calendar days from receipt, extendable once by
 * extension_days (0: no extension), quoted with legal_basis.  deadline_days
 * -1: the category's deadline applies as for feedback. */
struct hl_kind_cfg {
    int deadline_days;
    int extension_days;
    char *legal_basis;
};

/* Who handles a denunciation (kind.h decides, from these). */
enum hl_denunciation_handler {
    HL_DENOUNCE_PARENT, /* "parent": the accused unit's parent */
    HL_DENOUNCE_UNIT,   /* a fixed unit code, e.g. the inspectorate */
};

struct hl_denunciation_cfg {
    struct hl_kind_cfg limits;
    enum hl_denunciation_handler handler;
    char *handler_unit; /* HL_DENOUNCE_UNIT: the unit; HL_DENOUNCE_PARENT: the fallback for
                           an accused unit without a parent, may be NULL */
    /* Units that are designated handlers (an inspectorate): a rule routing a
     * denunciation to one of them is followed, and only they receive the
     * denouncer's identity and the original mail. */
    char **designated;
    size_t n_designated;
};

/* One monthly digest (reports in the config): the report for the last full
 * month, mailed with the HTML attached on or after `day` of the month. */
struct hl_report_cfg {
    char *name; /* [a-z0-9_-]+, unique: with the unit and period, the key of "once" */
    char *unit; /* NULL: the whole city; "*": each unit its own; else a unit code */
    bool rollup;
    bool compare;
    char **to; /* addresses, or "head": the unit's head (the city's: the root unit's) */
    size_t n_to;
    int day; /* 1..28 */
    int line;
};

struct hl_config {
    char *path;
    char *conninfo;                   /* libpq conninfo without the password */
    struct hl_secret_ref db_password; /* optional */
    char *report_conninfo;     /* database.report_conninfo: a hot standby for reports; NULL */
    char *case_prefix;         /* default "HL" */
    char *rules_dir;           /* default "rules", relative to the config file */
    char *places_dir;          /* default "data/places"; a missing directory holds no places */
    char *templates_dir;       /* default "templates" */
    int poll_interval_s;       /* default 30 */
    bool idle;                 /* default true */
    int fetch_batch;           /* default 200 */
    int backoff_max_s;         /* default 300 */
    char *metrics_listen;      /* metrics.listen "HOST:PORT", NULL: no endpoint */
    int metrics_stale_after_s; /* metrics.stale_after, default 3 * poll_interval */
    /* Bounded resources (docs/config.md, "intake" and "database"): nothing
     * below grows with the number of mailboxes. */
    int workers;                   /* intake.workers: threads fetching and committing, default 4 */
    int idle_max;                  /* intake.idle_max: mailboxes held in IDLE, default 200 */
    int max_conn_per_server;       /* intake.max_connections_per_server, default 50 */
    int lease_s;                   /* intake.lease_seconds, default 30 */
    int idle_refresh_s;            /* intake.idle_refresh: a pass and a new IDLE, default 1500 */
    long long batch_bytes;         /* intake.batch_bytes: a batch's raw bytes, default 32 MiB */
    int dedup_days;                /* intake.dedup_days: one case per letter, default 7 */
    int pool_size;                 /* database.pool_size: connections per daemon, default 6 */
    char *log_level;               /* debug|info|warning|error */
    char *calendar;                /* working-day calendar; default "data/holidays.conf" */
    int ack_max_per_sender;        /* acks.max_per_sender, default 3 */
    int ack_window_s;              /* acks.window, default 86400 */
    int ack_max_per_unit_hour;     /* acks.max_per_unit_hour, default 500; 0 = none */
    int reminder_before_days;      /* deadlines.reminder_before, default 2; 0 = none */
    int transfer_days;             /* deadlines.transfer_days, default 5 */
    int urgent_hours;              /* deadlines.urgent_hours: an urgent case's deadline in
                                      working hours (refuse.h), default 24 */
    struct hl_ladder_step *ladder; /* deadlines.ladder; default head at 0, parent at 2 */
    size_t n_ladder;
    struct hl_smtp_cfg smtp;
    bool has_smtp;
    struct hl_limits limits;
    struct hl_unit_cfg *units;
    size_t n_units;
    /* bounce_key_file / bounce_key_env: signs bounce addresses (bounce.h);
     * neither set: bounces are not signed and can be forged. */
    struct hl_secret_ref bounce_key;
    struct hl_trust_cfg trust;
    /* complaints { deadline_days; extension_days; legal_basis; }: default
     * 30 days, no extension, "Luật Khiếu nại 2011, Điều 28". */
    struct hl_kind_cfg complaints;
    /* denunciations { handler; designated; deadline_days; extension_days;
     * legal_basis; }: default parent, none, 30, 30, "Luật Tố cáo 2018,
     * Điều 30". */
    struct hl_denunciation_cfg denunciations;
    struct hl_report_cfg *reports; /* reports: the monthly digests; none by default */
    size_t n_reports;
};

/* Loads and checks path.  Returns NULL when any problem was found; every
 * problem is in diag.  Relative paths inside the file are resolved against
 * the file's directory. */
struct hl_config *hl_config_load(const char *path, struct hl_diag *diag);
void hl_config_free(struct hl_config **cfg);

const struct hl_unit_cfg *hl_config_unit(const struct hl_config *cfg, const char *code);

/* The secret files cfg names whose mode lets their group or anyone else
 * read or write them (libpq's rule for .pgpass): the database's, the
 * bounce key's, the reply key's, SMTP's and each unit's mailbox's, or only
 * the mailboxes' when units_only (the units read from the database later).
 * report is called for each with its setting, path and mode bits; a missing
 * file is not reported (the load did).  Returns how many. */
int hl_config_check_secret_modes(const struct hl_config *cfg, bool units_only,
                                 void (*report)(void *ctx, const char *setting, const char *path,
                                                unsigned mode),
                                 void *ctx);

/* Reads a secret (file content without trailing newline, or the environment
 * variable).  Returns a heap string the caller must wipe and free, or NULL with
 * err set.  The secret itself never appears in err. */
char *hl_config_secret(const struct hl_secret_ref *ref, struct hl_err *err);

/* Reads the bounce key of cfg (cfg->bounce_key must name a source) and checks
 * its length (HL_BOUNCE_KEY_MIN_BYTES).  Returns a heap string the caller must
 * wipe and free, or NULL with err (HL_ERR_CONFIG) set; the key never appears
 * in err. */
char *hl_config_bounce_key(const struct hl_config *cfg, struct hl_err *err);

/* Reads trust.reply_key (which must name a source) and checks its length
 * (HL_TRUST_KEY_MIN_BYTES), like hl_config_bounce_key. */
char *hl_config_reply_key(const struct hl_config *cfg, struct hl_err *err);

const char *hl_tls_mode_name(enum hl_tls_mode mode);

#endif
