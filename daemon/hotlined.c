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
#include <linux/capability.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "bounce.h"
#include "config.h"
#include "metrics.h"
#include "metrics_http.h"
#include "notify.h"
#include "rules.h"
#include "sched.h"
#include "sender.h"
#include "sla.h"
#include "store.h"
#include "templates.h"
#include "trust.h"
#include "units.h"
#include "util.h"
#include "worker.h"

#define EX_CONFIG 78

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

/* The command line.  Returns 0, or the exit status (after a line on stderr,
 * or the usage for --help). */
struct options {
    const char *conf;
    bool once;
    bool check;
    char owner[256];
};

static int
parse_options(int argc, char **argv, struct options *o)
{
    o->conf = getenv("HOTLINE_CONFIG");
    char host[200] = "localhost";
    gethostname(host, sizeof host - 1);
    snprintf(o->owner, sizeof o->owner, "%s:%ld", host, (long)getpid());

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
            o->conf = optarg;
            break;
        case 'o':
            o->once = true;
            break;
        case 'k':
            o->check = true;
            break;
        case 'w':
            snprintf(o->owner, sizeof o->owner, "%s", optarg);
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
            return -1;
        default:
            fprintf(stderr, "hotlined: unknown or incomplete option \"%s\"\n", argv[optind - 1]);
            return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "hotlined: unexpected argument \"%s\"\n", argv[optind]);
        return 2;
    }
    if (o->conf == NULL) {
        fprintf(stderr, "hotlined: no configuration file: use -c FILE or HOTLINE_CONFIG\n");
        return 2;
    }
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

/* A secret file refused by hl_config_check_secret_modes: one line on
 * stderr. */
static void
report_secret_mode(void *ctx, const char *setting, const char *path, unsigned mode)
{
    (void)ctx;
    fprintf(stderr,
            "hotlined: %s %s is accessible by group or others (mode %04o): chmod 600 it (and "
            "let only hotlined's user own it)\n",
            setting, path, mode);
}

/* The keys were checked by the load; they are read once for the whole run
 * and held in memory (wiped at exit).  trust.reply_key signs clerks' reply
 * tags; without it the bounce key does (the HMAC inputs are kept apart).
 * Returns 0, or -1 with err. */
struct keys {
    struct hl_bounce_key bounce;
    struct hl_trust_key reply;
    const struct hl_bounce_key *bounce_used; /* NULL without a bounce key */
    const struct hl_trust_key *reply_used;   /* NULL without either key */
};

static int
load_keys(const struct hl_config *cfg, struct keys *k, struct hl_err *err)
{
    if (cfg->trust.reply_key.file || cfg->trust.reply_key.env) {
        char *secret = hl_config_reply_key(cfg, err);
        if (secret == NULL)
            return -1;
        int rc = hl_trust_key_init(&k->reply, (const unsigned char *)secret, strlen(secret), err);
        explicit_bzero(secret, strlen(secret));
        free(secret);
        if (rc < 0)
            return -1;
        k->reply_used = &k->reply;
    }
    if (cfg->bounce_key.file == NULL && cfg->bounce_key.env == NULL) {
        hl_warn("no bounce_key_file or bounce_key_env: outgoing mail is not signed, so anyone "
                "can forge a bounce that marks a citizen undeliverable (see docs/config.md)");
        return 0;
    }
    char *secret = hl_config_bounce_key(cfg, err);
    int krc =
        secret ? hl_bounce_key_init(&k->bounce, (const unsigned char *)secret, strlen(secret), err)
               : -1;
    /* Without a key of its own, the bounce key signs reply tags too. */
    if (krc == 0 && k->reply_used == NULL &&
        hl_trust_key_init(&k->reply, (const unsigned char *)secret, strlen(secret), err) == 0)
        k->reply_used = &k->reply;
    if (secret) {
        explicit_bzero(secret, strlen(secret));
        free(secret);
    }
    if (krc < 0)
        return -1;
    k->bounce_used = &k->bounce;
    return 0;
}

static void
set_log_level(const char *level)
{
    if (level == NULL)
        return;
    if (strcmp(level, "debug") == 0)
        hl_log_set_level(HL_LOG_DEBUG);
    else if (strcmp(level, "warning") == 0)
        hl_log_set_level(HL_LOG_WARN);
    else if (strcmp(level, "error") == 0)
        hl_log_set_level(HL_LOG_ERROR);
}

/* Until a signal to stop: SIGHUP reloads the rules; between signals, the
 * systemd watchdog and a look at units_version (a polled row, not
 * LISTEN/NOTIFY: it works through PgBouncer's transaction pooling and after
 * any reconnect, and a missed wake-up cannot exist). */
static void
serve(const struct hl_config *cfg, const sigset_t *set, struct hl_sched *sched,
      long long *units_version)
{
    /* systemd (Type=notify): READY=1 now; WATCHDOG=1 from this loop. */
    hl_notify_ready("serving");
    hl_metrics_set_workers(cfg->workers, 0);
    hl_metrics_set_ready(true, cfg->metrics_stale_after_s);
    int64_t watchdog_ms = hl_notify_watchdog_interval_ms();
    int64_t units_ms = HL_WORKER_UNITS_CHECK_MS;
    if ((int64_t)cfg->poll_interval_s * 1000 < units_ms)
        units_ms = (int64_t)cfg->poll_interval_s * 1000;
    int64_t next_units = hl_now_mono_ms() + units_ms;
    for (;;) {
        int64_t wait_ms = next_units - hl_now_mono_ms();
        if (watchdog_ms > 0 && watchdog_ms < wait_ms)
            wait_ms = watchdog_ms;
        if (wait_ms < 1)
            wait_ms = 1;
        struct timespec ts = {wait_ms / 1000, (wait_ms % 1000) * 1000000};
        int sig = sigtimedwait(set, NULL, &ts);
        if (sig < 0) {
            if (watchdog_ms > 0)
                hl_notify_watchdog();
            if (hl_now_mono_ms() >= next_units) {
                hl_worker_check_units(sched, units_version);
                next_units = hl_now_mono_ms() + units_ms;
            }
            continue;
        }
        if (sig == SIGHUP) {
            hl_notify_reloading();
            hl_worker_reload_rules();
            hl_notify_ready("serving");
            continue;
        }
        if (sig == SIGPIPE)
            continue;
        hl_info("signal %d: stopping after the current batch", sig);
        hl_notify_stopping();
        hl_metrics_set_ready(false, 0);
        return;
    }
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

    /* Everything main owns, released in one place (out:) whatever the
     * ending. */
    int rc = 0;
    struct options opt = {0};
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_config *cfg = NULL;
    struct hl_rules *rules = NULL;
    struct hl_sla_calendar *calendar = NULL;
    struct hl_templates *templates = NULL;
    struct keys keys = {0};
    struct hl_metrics_server *metrics = NULL;
    struct hl_store *store = NULL;
    struct hl_sched *sched = NULL;
    bool started = false, sending = false;
    struct hl_err err = {0};

    if ((rc = parse_options(argc, argv, &opt)) != 0) {
        rc = rc < 0 ? 0 : rc; /* --help */
        goto out;
    }
    /* Checking a configuration is harmless; running is not. */
    if (!opt.check && check_privileges() < 0) {
        rc = 1;
        goto out;
    }

    cfg = hl_config_load(opt.conf, &diag);
    rules = cfg ? hl_worker_load_rules(cfg, &diag) : NULL;
    calendar = cfg ? hl_sla_calendar_load(cfg->calendar, &diag) : NULL;
    templates = cfg ? hl_templates_load_dir(cfg->templates_dir, &diag) : NULL;
    if (cfg == NULL || rules == NULL || calendar == NULL || templates == NULL) {
        hl_diag_print(&diag);
        fprintf(stderr, "hotlined: %zu problem%s found\n", diag.n, diag.n == 1 ? "" : "s");
        rc = EX_CONFIG;
        goto out;
    }
    if (hl_config_check_secret_modes(cfg, false, report_secret_mode, NULL) > 0) {
        rc = EX_CONFIG;
        goto out;
    }
    if (opt.check) {
        printf("%s: configuration and rules are valid (%zu units)\n", opt.conf, cfg->n_units);
        goto out;
    }
    set_log_level(cfg->log_level);
    if (load_keys(cfg, &keys, &err) < 0) {
        hl_error("%s", err.msg);
        rc = EX_CONFIG;
        goto out;
    }

    /* Metrics and /healthz (metrics.listen), from before the database checks
     * so that a scrape sees a daemon that is starting. */
    if (cfg->metrics_listen && !opt.once) {
        for (size_t i = 0; i < cfg->n_units; i++)
            if (cfg->units[i].has_mailbox)
                hl_metrics_declare_mailbox(cfg->units[i].code);
        hl_metrics_rules_loaded();
        if ((metrics = hl_metrics_server_start(cfg->metrics_listen, &err)) == NULL) {
            hl_error("%s", err.msg);
            rc = EX_CONFIG;
            goto out;
        }
        hl_info("metrics: serving /metrics and /healthz on %s", cfg->metrics_listen);
    }

    /* Refuse a database that is not at our schema version, before any work. */
    int version = 0;
    if ((store = hl_store_open(cfg, &err)) == NULL ||
        hl_store_schema_version(store, &version, &err) < 0) {
        hl_error("%s", err.msg);
        rc = 1;
        goto out;
    }
    if (version != hl_store_expected_version()) {
        hl_error("database is at schema version %d but this hotlined needs version %d: run "
                 "\"hotlinectl -c %s db migrate\"",
                 version, hl_store_expected_version(), opt.conf);
        rc = 1;
        goto out;
    }
    long long units_version = 0;
    if (hl_worker_take_units(store, cfg, &units_version, &err) < 0) {
        hl_error("%s", err.msg);
        rc = 1;
        goto out;
    }
    /* The database's mailboxes name password files too: the same rule. */
    if (hl_config_check_secret_modes(cfg, true, report_secret_mode, NULL) > 0) {
        rc = EX_CONFIG;
        goto out;
    }
    /* The rules again, against the units in force. */
    if (cfg->n_units == 0)
        hl_warn("units: none in the database: import them (hotlinectl unit import FILE.json)");
    hl_diag_fini(&diag);
    hl_diag_init(&diag);
    struct hl_rules *checked = hl_worker_load_rules(cfg, &diag);
    if (checked == NULL) {
        hl_diag_print(&diag);
        hl_error("the rules name units the database does not have");
        rc = EX_CONFIG;
        goto out;
    }
    hl_rules_free(&rules);
    /* From here on the main thread borrows a pool connection for its look at
     * units_version: database.pool_size is the daemon's whole budget. */
    hl_store_close(&store);
    if (metrics)
        for (size_t i = 0; i < cfg->n_units; i++) {
            const char *route;
            if (hl_units_polled(cfg->units, cfg->n_units, &cfg->units[i], &route))
                hl_metrics_declare_mailbox(cfg->units[i].code);
        }
    struct hl_worker_env wenv = {
        .cfg = cfg,
        .calendar = calendar,
        .bounce_key = keys.bounce_used,
        .reply_key = keys.reply_used,
    };
    const struct hl_trust_policy *trust = hl_worker_start(&wenv, checked);
    if (keys.reply_used == NULL)
        hl_warn("no trust.reply_key_file, trust.reply_key_env or bounce key: no clerk's reply "
                "can be verified, so every one is held (see docs/security.md)");

    srand((unsigned)(time(NULL) ^ getpid()));

    struct hl_sched_params sp = {
        .cfg = cfg,
        .owner = opt.owner,
        .once = opt.once,
        .classify = hl_worker_classify,
        .mail_committed = hl_sender_kick,
        .trust = trust,
    };
    started = true;
    rc = 1;
    if ((sched = hl_sched_start(&sp, &err)) == NULL) {
        hl_error("%s", err.msg);
        goto out;
    }
    struct hl_sender_params sdp = {
        .cfg = cfg,
        .owner = opt.owner,
        .calendar = calendar,
        .templates = templates,
        .bounce_key = keys.bounce_used,
        .reply_key = keys.reply_used,
    };
    if (cfg->has_smtp && !opt.once)
        sending = hl_sender_start(&sdp) == 0;
    hl_info("hotlined %s as %s", opt.once ? "(one pass)" : "started", opt.owner);

    if (!opt.once) {
        serve(cfg, &set, sched, &units_version);
        hl_sender_stop();
        hl_sched_stop(sched);
    }
    rc = hl_sched_join(&sched);
    /* --once: what this pass queued is sent before exiting. */
    if (cfg->has_smtp && opt.once)
        hl_sender_run_once(&sdp);
out:
    if (sending)
        hl_sender_join();
    hl_metrics_server_stop(&metrics);
    hl_store_close(&store);
    hl_worker_stop();
    hl_rules_free(&rules);
    hl_diag_fini(&diag);
    hl_sla_calendar_free(&calendar);
    hl_templates_free(&templates);
    hl_config_free(&cfg);
    hl_bounce_key_fini(&keys.bounce);
    hl_trust_key_fini(&keys.reply);
    if (started)
        hl_info("hotlined stopped");
    return rc;
}
