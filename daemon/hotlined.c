/*
 * hotlined: the intake daemon.  A thin shell over lib/ and the scheduler
 * (sched.h): a fixed pool of intake workers and database connections, one
 * IDLE watcher and one lease keeper, whatever the number of mailboxes; the
 * mailboxes are leased in rows, so several daemons share one database and a
 * dead daemon's mailboxes are taken over within a lease period.  SIGHUP reloads the rules
 * atomically (an invalid set is refused and the old one kept); SIGTERM/SIGINT stop after the
 * current batch.  The bounce key, when configured, is read once at start and
 * held in memory (wiped at exit) to sign outgoing mail and verify bounces.
 */
#include <errno.h>
#include <getopt.h>
#include <malloc.h>
#include <linux/capability.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "autoreply.h"
#include "classify.h"
#include "dsn.h"
#include "bounce.h"
#include "classify.h"
#include "clerkcmd.h"
#include "compose.h"
#include "config.h"
#include "digest.h"
#include "intake.h"
#include "kind.h"
#include "ladder.h"
#include "mailbox.h"
#include "mailer.h"
#include "metrics.h"
#include "metrics_http.h"
#include "notify.h"
#include "outbox.h"
#include "rules.h"
#include "sched.h"
#include "status.h"
#include "sla.h"
#include "store.h"
#include "templates.h"
#include "trust.h"
#include "units.h"
#include "util.h"

#define EX_CONFIG 78

/* Rules shared by all workers; replaced whole on SIGHUP.  A worker holds a
 * reference for the duration of one classification. */
struct rules_ref {
    struct hl_rules *rules;
    int refs;
};

static pthread_mutex_t rules_lock = PTHREAD_MUTEX_INITIALIZER;
static struct rules_ref *current_rules;
static atomic_bool stopping;
/* The units are data in the database (units.h): the main thread reads them
 * again when units_version moves and swaps them into the configuration
 * under units_lock's write side.  Readers of config->units and of
 * ar_policy (classification, the sender's passes) hold its read side for
 * the length of one call; nothing slow waits for the writer but those. */
static pthread_rwlock_t units_lock;
/* How often the main thread looks at units_version (at most: the poll
 * interval when shorter). */
#define UNITS_CHECK_MS 5000
/* The units' mail domains for the trust policy, read by workers outside
 * any lock: only ever appended to (a domain once ours stays ours: old
 * addresses keep working), entries written before the count that
 * publishes them. */
#define MAX_MAIL_DOMAINS 4096
static struct hl_autoreply_policy ar_policy;
static struct hl_sla_calendar *calendar;
static struct hl_templates *templates;
static const struct hl_config *config;
static const char **mail_domains; /* our units' domains: bounces name them */
static size_t n_mail_domains;
/* Signs bounce addresses and ENVIDs; bounce_key_used is NULL without a key.
 * Set before the threads start, read-only after. */
static struct hl_bounce_key bounce_key;
static const struct hl_bounce_key *bounce_key_used;
/* Signs and verifies clerks' reply tags (trust.h): trust.reply_key, or the
 * bounce key (the HMAC inputs are kept apart).  reply_key_used is NULL
 * without either: then no clerk reply is verified.  Set before the threads
 * start, read-only after; so is trust_policy. */
static struct hl_trust_key reply_key;
static const struct hl_trust_key *reply_key_used;
static struct hl_trust_policy trust_policy;
static pthread_mutex_t sleep_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t sleep_cond = PTHREAD_COND_INITIALIZER;
/* Set by a worker that committed mail: the sender looks at the outbox at
 * once instead of at its next tick (the acknowledgement's latency). */
static atomic_bool outbox_kicked;

/* How often the sender looks for due reminders and escalation steps. */
#define LADDER_INTERVAL_MS 60000

static struct rules_ref *
rules_get(void)
{
    pthread_mutex_lock(&rules_lock);
    struct rules_ref *r = current_rules;
    if (r)
        r->refs++;
    pthread_mutex_unlock(&rules_lock);
    return r;
}

static void
rules_put(struct rules_ref *r)
{
    if (r == NULL)
        return;
    pthread_mutex_lock(&rules_lock);
    bool last = --r->refs == 0;
    pthread_mutex_unlock(&rules_lock);
    if (last) {
        hl_rules_free(&r->rules);
        free(r);
    }
}

static void
rules_set(struct hl_rules *rules)
{
    struct rules_ref *r = NULL;
    if (rules) {
        r = hl_xcalloc(1, sizeof *r);
        r->rules = rules;
        r->refs = 1; /* the reference held by current_rules */
    }
    pthread_mutex_lock(&rules_lock);
    struct rules_ref *old = current_rules;
    current_rules = r;
    pthread_mutex_unlock(&rules_lock);
    rules_put(old);
}

static struct hl_rules *
load_rules_for(const struct hl_config *cfg, const struct hl_unit_cfg *units, size_t n,
               struct hl_diag *diag)
{
    const char **codes = hl_xcalloc(n ? n : 1, sizeof *codes);
    for (size_t i = 0; i < n; i++)
        codes[i] = units[i].code;
    struct hl_rules_env env = {
        .unit_codes = codes,
        .n_units = n,
        .match_limit = cfg->limits.match_limit,
        .depth_limit = cfg->limits.depth_limit,
        .budget_ms = cfg->limits.message_budget_ms,
        .places_dir = cfg->places_dir,
    };
    struct hl_rules *r = hl_rules_load(cfg->rules_dir, &env, diag);
    free(codes);
    return r;
}

static struct hl_rules *
load_rules(const struct hl_config *cfg, struct hl_diag *diag)
{
    return load_rules_for(cfg, cfg->units, cfg->n_units, diag);
}

/* ---- units from the database (units.h) ----------------------------------- */

/* The autoreply policy's own addresses: every unit's feedback address,
 * retired units' included (their old addresses are aliases).  Under the
 * write side of units_lock, or before the threads. */
static const char **own_addresses;

static void
set_own_addresses(const struct hl_config *cfg)
{
    free(own_addresses);
    own_addresses = hl_xcalloc(cfg->n_units + 1, sizeof *own_addresses);
    size_t n = 0;
    for (size_t i = 0; i < cfg->n_units; i++)
        if (cfg->units[i].feedback_email)
            own_addresses[n++] = cfg->units[i].feedback_email;
    ar_policy.own_addresses = own_addresses;
    ar_policy.n_own = n;
}

/* Appends the domains of cfg's units not yet known (never removes one). */
static void
add_mail_domains(const struct hl_config *cfg)
{
    size_t n = n_mail_domains;
    for (size_t i = 0; i < cfg->n_units && n < MAX_MAIL_DOMAINS; i++) {
        const char *e = cfg->units[i].feedback_email;
        const char *at = e ? strrchr(e, '@') : NULL;
        if (at == NULL)
            continue;
        bool known = false;
        for (size_t j = 0; j < n && !known; j++)
            known = strcasecmp(mail_domains[j], at + 1) == 0;
        if (!known)
            mail_domains[n++] = hl_xstrdup(at + 1);
    }
    /* Published after the entries: a worker reads the count, then as many. */
    __atomic_store_n(&n_mail_domains, n, __ATOMIC_RELEASE);
    __atomic_store_n(&trust_policy.n_domains, n, __ATOMIC_RELEASE);
}

/* The units the configuration itself lists (a copy; none when units are
 * only in the database).  They win over the database's for their codes,
 * at start and at every change, so that a daemon run with a configuration
 * that lists units polls what it lists, whatever another daemon wrote. */
static struct hl_unit_cfg *conf_units;
static size_t n_conf_units;

/* At start: the configuration's units (if it still lists any) are written
 * to the database, then the units in force (the database's, the
 * configuration's on top) go into cfg.  Returns 0 with *version_out, or -1
 * with err. */
static int
take_units(struct hl_store *store, struct hl_config *cfg, long long *version_out,
           struct hl_err *err)
{
    conf_units = hl_xcalloc(cfg->n_units + 1, sizeof *conf_units);
    n_conf_units = cfg->n_units;
    for (size_t i = 0; i < cfg->n_units; i++)
        hl_unit_cfg_copy(&conf_units[i], &cfg->units[i]);
    struct hl_unit_cfg *db = NULL;
    size_t n_db = 0;
    if (hl_units_pg_version(store, version_out, err) < 0 ||
        hl_units_pg_load(store, &db, &n_db, err) < 0)
        return -1;
    size_t n = 0;
    struct hl_unit_cfg *all = hl_units_overlay(db, n_db, conf_units, n_conf_units, &n);
    hl_units_free(&db, n_db);
    if (n_conf_units > 0) {
        int changed = 0;
        /* all[0 .. n_conf_units) are the configuration's. */
        if (hl_units_pg_save(store, all, n_conf_units, "hotlined", "configured", &changed, err) <
            0) {
            hl_units_free(&all, n);
            return hl_err_prefix(err, "writing the configuration's units");
        }
        if (changed)
            hl_info("units: %d of the configuration's %zu written to the database", changed,
                    n_conf_units);
    }
    hl_units_install(cfg, all, n);
    return 0;
}

/* The main thread's look at units_version; on a change, the new units go
 * to the scheduler, the rules, the configuration and the policies. */
static void
check_units(struct hl_config *cfg, struct hl_sched *sched, struct hl_store **store,
            long long *version)
{
    struct hl_err err = {0};
    struct hl_unit_cfg *units = NULL;
    size_t n = 0;
    long long v = 0;
    if (*store == NULL && (*store = hl_store_open(cfg, &err)) == NULL)
        goto fail;
    if (hl_units_pg_version(*store, &v, &err) < 0)
        goto fail;
    if (v == *version)
        return;
    struct hl_unit_cfg *db = NULL;
    size_t n_db = 0;
    if (hl_units_pg_load(*store, &db, &n_db, &err) < 0)
        goto fail;
    units = hl_units_overlay(db, n_db, conf_units, n_conf_units, &n);
    hl_units_free(&db, n_db);
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_rules *fresh = load_rules_for(cfg, units, n, &d);
    for (size_t i = 0; fresh == NULL && i < d.n; i++)
        hl_error("units: keeping the old rules: %s", d.lines[i]);
    hl_diag_fini(&d);
    hl_sched_set_units(sched, units, n);
    size_t active = 0;
    for (size_t i = 0; i < n; i++) {
        const char *route;
        active += !units[i].retired;
        if (config->metrics_listen && hl_units_polled(units, n, &units[i], &route))
            hl_metrics_declare_mailbox(units[i].code);
    }
    pthread_rwlock_wrlock(&units_lock);
    hl_units_install(cfg, units, n);
    set_own_addresses(cfg);
    pthread_rwlock_unlock(&units_lock);
    add_mail_domains(cfg);
    if (fresh)
        rules_set(fresh);
    hl_info("units: version %lld: %zu units, %zu active", v, n, active);
    *version = v;
    return;
fail:
    hl_warn("units: %s (looking again in %d s)", err.msg, UNITS_CHECK_MS / 1000);
    hl_store_close(store);
}

/* The classification callback handed to intake: lib/core/classify.c with
 * the daemon's context and the current rules. */
static int
classify(void *ctx, const struct hl_message *msg, const char *mailbox_unit, struct hl_arena *a,
         struct hl_class *out)
{
    (void)ctx;
    pthread_rwlock_rdlock(&units_lock);
    struct rules_ref *ref = rules_get();
    if (ref == NULL) {
        pthread_rwlock_unlock(&units_lock);
        return -1;
    }
    struct hl_classify_ctx cx = {
        .rules = ref->rules,
        .config = config,
        .calendar = calendar,
        .autoreply = &ar_policy,
        .mail_domains = mail_domains,
        .n_mail_domains = n_mail_domains,
        .bounce_key = bounce_key_used,
    };
    int rc = hl_classify(&cx, hl_clock_now(), msg, mailbox_unit, a, out, NULL);
    /* A rule may still name a unit that was merged: its successor answers
     * now (units.h). */
    const char *now_unit =
        out->unit ? hl_units_resolve(config->units, config->n_units, out->unit) : NULL;
    if (now_unit && strcmp(now_unit, out->unit) != 0)
        out->unit = hl_arena_strdup(a, now_unit);
    rules_put(ref);
    pthread_rwlock_unlock(&units_lock);
    return rc;
}

/* Sleeps up to ms, returning early when the daemon is stopping. */
static void
nap(int64_t ms)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += ms / 1000;
    ts.tv_nsec += (ms % 1000) * 1000000;
    if (ts.tv_nsec >= 1000000000) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000;
    }
    pthread_mutex_lock(&sleep_lock);
    while (!atomic_load(&stopping)) {
        if (pthread_cond_timedwait(&sleep_cond, &sleep_lock, &ts) == ETIMEDOUT)
            break;
    }
    pthread_mutex_unlock(&sleep_lock);
}

static void
kick_sender(void)
{
    pthread_mutex_lock(&sleep_lock);
    atomic_store(&outbox_kicked, true);
    pthread_cond_broadcast(&sleep_cond);
    pthread_mutex_unlock(&sleep_lock);
}

/* The sender's nap: up to ms, or until a worker committed mail. */
static void
nap_or_kick(int64_t ms)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += ms / 1000;
    ts.tv_nsec += (ms % 1000) * 1000000;
    if (ts.tv_nsec >= 1000000000) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000;
    }
    pthread_mutex_lock(&sleep_lock);
    while (!atomic_load(&stopping) && !atomic_load(&outbox_kicked)) {
        if (pthread_cond_timedwait(&sleep_cond, &sleep_lock, &ts) == ETIMEDOUT)
            break;
    }
    atomic_store(&outbox_kicked, false);
    pthread_mutex_unlock(&sleep_lock);
}

/* Sends due outbox rows until nothing is due.  Returns the rows attempted,
 * or -1 with err. */
static int
drain_outbox(struct hl_store *store, void *mailer, const struct hl_config *cfg, const char *owner,
             struct hl_err *err)
{
    int total = 0, n;
    do {
        struct rules_ref *ref = rules_get();
        struct hl_outbox_env env = {
            .cfg = cfg,
            .templates = templates,
            .rules = ref ? ref->rules : NULL,
            .owner = owner,
            .mailer = &hl_smtp_ops,
            .mailer_conn = mailer,
            .now = hl_clock_now(),
            .bounce_key = bounce_key_used,
            .reply_key = reply_key_used,
        };
        n = 0;
        pthread_rwlock_rdlock(&units_lock);
        int rc = hl_outbox_pass(store, &env, 50, &n, err);
        pthread_rwlock_unlock(&units_lock);
        rules_put(ref);
        if (rc < 0)
            return -1;
        total += n;
    } while (n > 0 && !atomic_load(&stopping));
    return total;
}

/* The sender: one thread per daemon; several daemons share the outbox
 * through FOR UPDATE SKIP LOCKED. */
struct sender {
    pthread_t thread;
    const struct hl_config *cfg;
    const char *owner;
    bool once;
};

static void *
sender_main(void *arg)
{
    struct sender *sd = arg;
    const struct hl_config *cfg = sd->cfg;
    struct hl_store *store = NULL;
    void *mailer = NULL;
    struct hl_err err = {0};
    int failures = 0;
    int64_t next_ladder = 0;

    while (!atomic_load(&stopping)) {
        if (store == NULL && (store = hl_store_open(cfg, &err)) == NULL)
            goto failed;
        if (mailer == NULL) {
            char *password = NULL;
            if (cfg->smtp.user && (password = hl_config_secret(&cfg->smtp.password, &err)) == NULL)
                goto failed;
            mailer = hl_smtp_ops.open(&cfg->smtp, password, 30, &err);
            if (password) {
                explicit_bzero(password, strlen(password));
                free(password);
            }
            if (mailer == NULL)
                goto failed;
        }
        if (sd->once || hl_now_mono_ms() >= next_ladder) {
            int queued = 0;
            pthread_rwlock_rdlock(&units_lock);
            int lrc = hl_ladder_pass(store, cfg, calendar, hl_clock_now(), &queued, &err);
            if (lrc == 0)
                lrc = hl_digest_pass(store, cfg, calendar, bounce_key_used, hl_clock_now(), &queued,
                                     &err);
            pthread_rwlock_unlock(&units_lock);
            if (lrc < 0)
                goto failed;
            next_ladder = hl_now_mono_ms() + LADDER_INTERVAL_MS;
        }
        /* Status questions are answered as promptly as acknowledgements. */
        int answered = 0;
        if (hl_status_pass(store, cfg, &answered, &err) < 0)
            goto failed;
        if (drain_outbox(store, mailer, cfg, sd->owner, &err) < 0)
            goto failed;
        failures = 0;
        if (sd->once)
            break;
        nap_or_kick(1000);
        continue;
    failed:
        failures++;
        hl_error("outbox: %s (attempt %d)", err.msg, failures);
        hl_store_close(&store);
        if (sd->once)
            break;
        nap(hl_backoff_ms(failures, cfg->backoff_max_s));
    }
    if (mailer)
        hl_smtp_ops.close(mailer);
    hl_store_close(&store);
    return NULL;
}

static void
usage(FILE *f)
{
    fprintf(f, "usage: hotlined -c FILE [--once] [--check-config] [--owner NAME] [--now TIME]\n"
               "  --now TIME  run the clock from TIME (\"YYYY-MM-DD HH:MM\" in Viet Nam time, or\n"
               "              \"@UNIX-SECONDS\"): deadlines, reminders and escalations for tests\n"
               "              and replays\n");
}

/* "@1767225600", "2026-03-05 09:30", "2026-03-05T09:30:00" (Viet Nam time). */
static int
parse_now(const char *s, int64_t *out)
{
    char *end;
    if (s[0] == '@') {
        long long v = strtoll(s + 1, &end, 10);
        if (end == s + 1 || *end != '\0' || v <= 0)
            return -1;
        *out = v;
        return 0;
    }
    int y, mo, d, h = 0, mi = 0, sec = 0, used = 0;
    char sep;
    int n = sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &used);
    if (n != 3)
        return -1;
    const char *rest = s + used;
    if (*rest != '\0') {
        n = sscanf(rest, "%c%2d:%2d%n", &sep, &h, &mi, &used);
        if (n != 3 || (sep != ' ' && sep != 'T'))
            return -1;
        rest += used;
        if (*rest == ':' && sscanf(rest, ":%2d%n", &sec, &used) == 1)
            rest += used;
        if (*rest != '\0' || h > 23 || mi > 59 || sec > 59)
            return -1;
    }
    char buf[16];
    snprintf(buf, sizeof buf, "%02d/%02d/%04d", d, mo, y);
    struct hl_sla_date date;
    if (hl_sla_parse_date(buf, &date) < 0)
        return -1;
    *out = hl_sla_local_instant(date, h * 60 + mi) + sec;
    return 0;
}

/* Least privilege: a daemon that parses hostile mail all day runs as an
 * ordinary user (like PostgreSQL), with no capability (a root-owned binary
 * with file capabilities, or ambient ones, would give them back), and can
 * never gain any (no_new_privs: a setuid or file-capability program it might
 * be tricked into running gets none).  One line on stderr and -1 when not. */
static int
check_privileges(void)
{
    uid_t ruid, euid, suid;
    gid_t rgid, egid, sgid;
    if (getresuid(&ruid, &euid, &suid) != 0 || getresgid(&rgid, &egid, &sgid) != 0) {
        fprintf(stderr, "hotlined: cannot read its user and group ids: %s\n", strerror(errno));
        return -1;
    }
    if (ruid == 0 || euid == 0 || suid == 0) {
        fprintf(stderr, "hotlined: refusing to run as root: run it as an unprivileged user (for "
                        "example with runuser -u hotline --)\n");
        return -1;
    }
    if (rgid == 0 || egid == 0 || sgid == 0) {
        fprintf(stderr, "hotlined: refusing to run with group root (gid 0): run it with the "
                        "unprivileged user's own group\n");
        return -1;
    }
    struct __user_cap_header_struct hdr = {_LINUX_CAPABILITY_VERSION_3, 0};
    struct __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3];
    memset(data, 0, sizeof data);
    if (syscall(SYS_capget, &hdr, data) != 0) {
        fprintf(stderr, "hotlined: cannot read its capabilities: %s\n", strerror(errno));
        return -1;
    }
    uint64_t prm = (uint64_t)data[1].permitted << 32 | data[0].permitted;
    uint64_t eff = (uint64_t)data[1].effective << 32 | data[0].effective;
    if (prm != 0 || eff != 0) {
        fprintf(stderr,
                "hotlined: refusing to run with capabilities (permitted %#llx, effective %#llx): "
                "run it without file or ambient capabilities\n",
                (unsigned long long)prm, (unsigned long long)eff);
        return -1;
    }
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
        fprintf(stderr, "hotlined: cannot set no_new_privs: %s\n", strerror(errno));
        return -1;
    }
    return 0;
}

/* One secret file: refused, with one line on stderr, when its mode lets its
 * group or anyone else read or write it (libpq's check of .pgpass). */
static int
secret_file_private(const char *setting, const char *path)
{
    struct stat st;
    if (path == NULL || stat(path, &st) != 0 || (st.st_mode & 077) == 0)
        return 0; /* a missing file was reported by the load */
    fprintf(stderr,
            "hotlined: %s %s is accessible by group or others (mode %04o): chmod 600 it (and "
            "let only hotlined's user own it)\n",
            setting, path, (unsigned)(st.st_mode & 07777));
    return -1;
}

/* Every secret file the configuration names.  Returns 0, or -1 when any is
 * refused (each reported). */
static int
check_secret_files(const struct hl_config *cfg)
{
    int rc = 0;
    rc |= secret_file_private("database password_file", cfg->db_password.file);
    rc |= secret_file_private("bounce_key_file", cfg->bounce_key.file);
    rc |= secret_file_private("trust.reply_key_file", cfg->trust.reply_key.file);
    if (cfg->has_smtp)
        rc |= secret_file_private("smtp password_file", cfg->smtp.password.file);
    for (size_t i = 0; i < cfg->n_units; i++)
        if (cfg->units[i].has_mailbox)
            rc |= secret_file_private("mailbox password_file", cfg->units[i].mailbox.password.file);
    return rc;
}

/* trust.reply_key, when configured, into reply_key.  Returns 0, or -1 with
 * err. */
static int
load_reply_key(const struct hl_config *cfg, struct hl_err *err)
{
    if (cfg->trust.reply_key.file == NULL && cfg->trust.reply_key.env == NULL)
        return 0;
    char *secret = hl_config_reply_key(cfg, err);
    if (secret == NULL)
        return -1;
    int rc = hl_trust_key_init(&reply_key, (const unsigned char *)secret, strlen(secret), err);
    explicit_bzero(secret, strlen(secret));
    free(secret);
    if (rc == 0)
        reply_key_used = &reply_key;
    return rc;
}

int
main(int argc, char **argv)
{
    /* Blocked from the very start: a SIGHUP or SIGTERM that arrives while
     * we load is handled by the signal loop, not by the default action. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &set, NULL);

    /* Large buffers (a message, its decoded parts, a batch's parameters)
     * are mmapped and go back to the system when freed.  glibc otherwise
     * raises its mmap threshold after the first large free and serves the
     * next ones from the heap, which keeps them: measured with three 24 MB
     * mails, 317 MiB peak instead of 186.  Fewer arenas: a few threads do
     * the work, and each arena keeps its own free memory. */
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    mallopt(M_ARENA_MAX, 4);

    const char *conf = getenv("HOTLINE_CONFIG");
    bool once = false, check = false;
    char owner[256];
    char host[200] = "localhost";
    gethostname(host, sizeof host - 1);
    snprintf(owner, sizeof owner, "%s:%ld", host, (long)getpid());

    static const struct option opts[] = {
        {"config", required_argument, NULL, 'c'},
        {"once", no_argument, NULL, 'o'},
        {"check-config", no_argument, NULL, 'k'},
        {"owner", required_argument, NULL, 'w'},
        {"now", required_argument, NULL, 'n'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int ch;
    opterr = 0;
    while ((ch = getopt_long(argc, argv, "c:h", opts, NULL)) != -1) {
        switch (ch) {
        case 'c':
            conf = optarg;
            break;
        case 'o':
            once = true;
            break;
        case 'k':
            check = true;
            break;
        case 'w':
            snprintf(owner, sizeof owner, "%s", optarg);
            break;
        case 'n': {
            int64_t t;
            if (parse_now(optarg, &t) < 0) {
                fprintf(stderr,
                        "hotlined: --now: \"%s\" is not \"YYYY-MM-DD HH:MM\" or \"@SECONDS\"\n",
                        optarg);
                return 2;
            }
            hl_clock_set(t);
            break;
        }
        case 'h':
            usage(stdout);
            return 0;
        default:
            fprintf(stderr, "hotlined: unknown or incomplete option \"%s\"\n", argv[optind - 1]);
            return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "hotlined: unexpected argument \"%s\"\n", argv[optind]);
        return 2;
    }
    if (conf == NULL) {
        fprintf(stderr, "hotlined: no configuration file: use -c FILE or HOTLINE_CONFIG\n");
        return 2;
    }
    /* Checking a configuration is harmless; running is not. */
    if (!check && check_privileges() < 0)
        return 1;

    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_config *cfg = hl_config_load(conf, &diag);
    struct hl_rules *rules = cfg ? load_rules(cfg, &diag) : NULL;
    calendar = cfg ? hl_sla_calendar_load(cfg->calendar, &diag) : NULL;
    templates = cfg ? hl_templates_load_dir(cfg->templates_dir, &diag) : NULL;
    if (cfg == NULL || rules == NULL || calendar == NULL || templates == NULL) {
        hl_diag_print(&diag);
        fprintf(stderr, "hotlined: %zu problem%s found\n", diag.n, diag.n == 1 ? "" : "s");
        hl_diag_fini(&diag);
        hl_rules_free(&rules);
        hl_sla_calendar_free(&calendar);
        hl_templates_free(&templates);
        hl_config_free(&cfg);
        return EX_CONFIG;
    }
    hl_diag_fini(&diag);
    if (check_secret_files(cfg) < 0) {
        hl_rules_free(&rules);
        hl_sla_calendar_free(&calendar);
        hl_templates_free(&templates);
        hl_config_free(&cfg);
        return EX_CONFIG;
    }
    if (check) {
        printf("%s: configuration and rules are valid (%zu units)\n", conf, cfg->n_units);
        hl_rules_free(&rules);
        hl_sla_calendar_free(&calendar);
        hl_templates_free(&templates);
        hl_config_free(&cfg);
        return 0;
    }
    if (cfg->log_level) {
        if (strcmp(cfg->log_level, "debug") == 0)
            hl_log_set_level(HL_LOG_DEBUG);
        else if (strcmp(cfg->log_level, "warning") == 0)
            hl_log_set_level(HL_LOG_WARN);
        else if (strcmp(cfg->log_level, "error") == 0)
            hl_log_set_level(HL_LOG_ERROR);
    }

    /* The keys were checked by the load; read them once for the whole run. */
    struct hl_err err = {0};
    if (load_reply_key(cfg, &err) < 0) {
        hl_error("%s", err.msg);
        hl_rules_free(&rules);
        hl_sla_calendar_free(&calendar);
        hl_templates_free(&templates);
        hl_config_free(&cfg);
        return EX_CONFIG;
    }
    if (cfg->bounce_key.file || cfg->bounce_key.env) {
        char *secret = hl_config_bounce_key(cfg, &err);
        int krc = secret ? hl_bounce_key_init(&bounce_key, (const unsigned char *)secret,
                                              strlen(secret), &err)
                         : -1;
        /* Without a key of its own, the bounce key signs reply tags too. */
        if (krc == 0 && reply_key_used == NULL &&
            hl_trust_key_init(&reply_key, (const unsigned char *)secret, strlen(secret), &err) == 0)
            reply_key_used = &reply_key;
        if (secret) {
            explicit_bzero(secret, strlen(secret));
            free(secret);
        }
        if (krc < 0) {
            hl_error("%s", err.msg);
            hl_rules_free(&rules);
            hl_sla_calendar_free(&calendar);
            hl_templates_free(&templates);
            hl_config_free(&cfg);
            return EX_CONFIG;
        }
        bounce_key_used = &bounce_key;
    } else {
        hl_warn("no bounce_key_file or bounce_key_env: outgoing mail is not signed, so anyone "
                "can forge a bounce that marks a citizen undeliverable (see docs/config.md)");
    }

    /* Metrics and /healthz (metrics.listen), from before the database checks
     * so that a scrape sees a daemon that is starting. */
    struct hl_metrics_server *metrics = NULL;
    if (cfg->metrics_listen && !once) {
        for (size_t i = 0; i < cfg->n_units; i++)
            if (cfg->units[i].has_mailbox)
                hl_metrics_declare_mailbox(cfg->units[i].code);
        hl_metrics_rules_loaded();
        if ((metrics = hl_metrics_server_start(cfg->metrics_listen, &err)) == NULL) {
            hl_error("%s", err.msg);
            hl_rules_free(&rules);
            hl_sla_calendar_free(&calendar);
            hl_templates_free(&templates);
            hl_config_free(&cfg);
            hl_bounce_key_fini(&bounce_key);
            return EX_CONFIG;
        }
        hl_info("metrics: serving /metrics and /healthz on %s", cfg->metrics_listen);
    }

    /* Refuse a database that is not at our schema version, before any work. */
    struct hl_store *store = hl_store_open(cfg, &err);
    int version = 0;
    if (store == NULL || hl_store_schema_version(store, &version, &err) < 0) {
        hl_error("%s", err.msg);
        hl_store_close(&store);
        hl_metrics_server_stop(&metrics);
        hl_rules_free(&rules);
        hl_sla_calendar_free(&calendar);
        hl_templates_free(&templates);
        hl_config_free(&cfg);
        return 1;
    }
    if (version != hl_store_expected_version()) {
        hl_error("database is at schema version %d but this hotlined needs version %d: run "
                 "\"hotlinectl -c %s db migrate\"",
                 version, hl_store_expected_version(), conf);
        hl_store_close(&store);
        hl_metrics_server_stop(&metrics);
        hl_rules_free(&rules);
        hl_sla_calendar_free(&calendar);
        hl_templates_free(&templates);
        hl_config_free(&cfg);
        return 1;
    }
    long long units_version = 0;
    if (take_units(store, cfg, &units_version, &err) < 0) {
        hl_error("%s", err.msg);
        hl_units_free(&conf_units, n_conf_units);
        hl_store_close(&store);
        hl_metrics_server_stop(&metrics);
        hl_rules_free(&rules);
        hl_sla_calendar_free(&calendar);
        hl_templates_free(&templates);
        hl_config_free(&cfg);
        return 1;
    }
    /* The database's mailboxes name password files too: the same rule. */
    int secrets_rc = 0;
    for (size_t i = 0; i < cfg->n_units; i++)
        if (cfg->units[i].has_mailbox)
            secrets_rc |=
                secret_file_private("mailbox password_file", cfg->units[i].mailbox.password.file);
    if (secrets_rc < 0) {
        hl_units_free(&conf_units, n_conf_units);
        hl_store_close(&store);
        hl_metrics_server_stop(&metrics);
        hl_rules_free(&rules);
        hl_sla_calendar_free(&calendar);
        hl_templates_free(&templates);
        hl_config_free(&cfg);
        return EX_CONFIG;
    }
    /* The rules again, against the units in force. */
    if (cfg->n_units == 0)
        hl_warn("units: none in the database: import them (hotlinectl unit import FILE.json)");
    struct hl_diag ud;
    hl_diag_init(&ud);
    struct hl_rules *checked = load_rules(cfg, &ud);
    if (checked == NULL) {
        hl_diag_print(&ud);
        hl_diag_fini(&ud);
        hl_error("the rules name units the database does not have");
        hl_units_free(&conf_units, n_conf_units);
        hl_store_close(&store);
        hl_metrics_server_stop(&metrics);
        hl_rules_free(&rules);
        hl_sla_calendar_free(&calendar);
        hl_templates_free(&templates);
        hl_config_free(&cfg);
        return EX_CONFIG;
    }
    hl_diag_fini(&ud);
    hl_rules_free(&rules);
    rules = checked;
    /* Kept for the main thread's look at units_version. */
    if (once)
        hl_store_close(&store);
    if (metrics)
        for (size_t i = 0; i < cfg->n_units; i++) {
            const char *route;
            if (hl_units_polled(cfg->units, cfg->n_units, &cfg->units[i], &route))
                hl_metrics_declare_mailbox(cfg->units[i].code);
        }
    pthread_rwlockattr_t rwa;
    pthread_rwlockattr_init(&rwa);
    /* The writer (the main thread, rarely) must not wait behind a stream
     * of classifications. */
    pthread_rwlockattr_setkind_np(&rwa, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
    pthread_rwlock_init(&units_lock, &rwa);
    pthread_rwlockattr_destroy(&rwa);
    rules_set(rules);
    hl_autoreply_policy_default(&ar_policy);
    set_own_addresses(cfg);
    config = cfg;
    mail_domains = hl_xcalloc(MAX_MAIL_DOMAINS, sizeof *mail_domains);
    trust_policy =
        (struct hl_trust_policy){reply_key_used, mail_domains, 0, cfg->trust.authserv_id};
    add_mail_domains(cfg);
    if (reply_key_used == NULL)
        hl_warn("no trust.reply_key_file, trust.reply_key_env or bounce key: no clerk's reply "
                "can be verified, so every one is held (see docs/security.md)");

    srand((unsigned)(time(NULL) ^ getpid()));

    struct hl_sched_params sp = {
        .cfg = cfg,
        .owner = owner,
        .once = once,
        .classify = classify,
        .mail_committed = kick_sender,
        .trust = &trust_policy,
    };
    int rc = 1;
    struct hl_sched *sched = hl_sched_start(&sp, &err);
    if (sched == NULL) {
        /* The common ending below: the metrics server stopped, keys wiped. */
        hl_error("%s", err.msg);
        goto out;
    }
    struct sender sd = {.cfg = cfg, .owner = owner, .once = once};
    if (cfg->has_smtp && !once)
        pthread_create(&sd.thread, NULL, sender_main, &sd);
    hl_info("hotlined %s as %s", once ? "(one pass)" : "started", owner);

    if (!once) {
        /* systemd (Type=notify): READY=1 now; WATCHDOG=1 from this loop. */
        hl_notify_ready("serving");
        hl_metrics_set_workers(cfg->workers, 0);
        hl_metrics_set_ready(true, cfg->metrics_stale_after_s);
        int64_t watchdog_ms = hl_notify_watchdog_interval_ms();
        /* Between signals: the watchdog, and a look at units_version (a
         * polled row, not LISTEN/NOTIFY: it works through PgBouncer's
         * transaction pooling and after any reconnect, and a missed wake-up
         * cannot exist). */
        int64_t units_ms = UNITS_CHECK_MS;
        if ((int64_t)cfg->poll_interval_s * 1000 < units_ms)
            units_ms = (int64_t)cfg->poll_interval_s * 1000;
        int64_t next_units = hl_now_mono_ms() + units_ms;
        for (;;) {
            int sig = 0;
            int64_t wait_ms = next_units - hl_now_mono_ms();
            if (watchdog_ms > 0 && watchdog_ms < wait_ms)
                wait_ms = watchdog_ms;
            if (wait_ms < 1)
                wait_ms = 1;
            struct timespec ts = {wait_ms / 1000, (wait_ms % 1000) * 1000000};
            sig = sigtimedwait(&set, NULL, &ts);
            if (sig < 0) {
                if (watchdog_ms > 0)
                    hl_notify_watchdog();
                if (hl_now_mono_ms() >= next_units) {
                    check_units(cfg, sched, &store, &units_version);
                    next_units = hl_now_mono_ms() + units_ms;
                }
                continue;
            }
            if (sig == SIGHUP) {
                hl_notify_reloading();
                struct hl_diag d;
                hl_diag_init(&d);
                struct hl_rules *fresh = load_rules(cfg, &d);
                if (fresh == NULL) {
                    for (size_t i = 0; i < d.n; i++)
                        hl_error("reload refused, keeping the old rules: %s", d.lines[i]);
                    hl_metrics_rules_reload_failed();
                } else {
                    rules_set(fresh);
                    hl_info("rules reloaded from %s", cfg->rules_dir);
                    hl_metrics_rules_loaded();
                }
                hl_diag_fini(&d);
                hl_notify_ready("serving");
                continue;
            }
            if (sig == SIGPIPE)
                continue;
            hl_info("signal %d: stopping after the current batch", sig);
            hl_notify_stopping();
            hl_metrics_set_ready(false, 0);
            break;
        }
        atomic_store(&stopping, true);
        pthread_mutex_lock(&sleep_lock);
        pthread_cond_broadcast(&sleep_cond);
        pthread_mutex_unlock(&sleep_lock);
        hl_sched_stop(sched);
    }
    rc = hl_sched_join(&sched);
    /* --once: what this pass queued is sent before exiting. */
    if (cfg->has_smtp && once)
        sender_main(&sd);
    else if (cfg->has_smtp)
        pthread_join(sd.thread, NULL);
out:
    hl_metrics_server_stop(&metrics);
    hl_store_close(&store);
    hl_units_free(&conf_units, n_conf_units);
    free(own_addresses);
    for (size_t i = 0; i < n_mail_domains; i++)
        free((char *)mail_domains[i]);
    free(mail_domains);
    rules_set(NULL);
    hl_sla_calendar_free(&calendar);
    hl_templates_free(&templates);
    hl_config_free(&cfg);
    hl_bounce_key_fini(&bounce_key);
    hl_trust_key_fini(&reply_key);
    hl_info("hotlined stopped");
    return rc;
}
