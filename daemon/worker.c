/*
 * worker: the rules in force, the units from the database and the
 * classification callback of hotlined's intake workers (worker.h).
 */
#include "worker.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "autoreply.h"
#include "classify.h"
#include "metrics.h"
#include "rules.h"
#include "sched.h"
#include "store.h"
#include "trust.h"
#include "units.h"

/* The units' mail domains for the trust policy, read by workers outside
 * any lock: only ever appended to (a domain once ours stays ours: old
 * addresses keep working), entries written before the count that
 * publishes them. */
#define MAX_MAIL_DOMAINS 4096

/* Rules shared by all workers; replaced whole on SIGHUP.  A worker holds a
 * reference for the duration of one classification. */
struct hl_worker_rules {
    struct hl_rules *rules;
    int refs;
};

static pthread_mutex_t rules_lock = PTHREAD_MUTEX_INITIALIZER;
static struct hl_worker_rules *current_rules;
/* The units are data in the database (units.h): the main thread reads them
 * again when units_version moves and swaps them into the configuration
 * under units_lock's write side.  Readers of config->units and of
 * ar_policy (classification, the sender's passes) hold its read side for
 * the length of one call; nothing slow waits for the writer but those. */
static pthread_rwlock_t units_lock;
static bool units_lock_made;
static struct hl_worker_env env;
static struct hl_autoreply_policy ar_policy;
static const char **mail_domains; /* our units' domains: bounces name them */
static size_t n_mail_domains;
/* Set before the threads start; its domain count moves with
 * n_mail_domains. */
static struct hl_trust_policy trust_policy;
/* The autoreply policy's own addresses: every unit's feedback address,
 * retired units' included (their old addresses are aliases).  Under the
 * write side of units_lock, or before the threads. */
static const char **own_addresses;
/* The units the configuration itself lists (a copy; none when units are
 * only in the database).  They win over the database's for their codes,
 * at start and at every change, so that a daemon run with a configuration
 * that lists units polls what it lists, whatever another daemon wrote. */
static struct hl_unit_cfg *conf_units;
static size_t n_conf_units;

struct hl_worker_rules *
hl_worker_rules_get(void)
{
    pthread_mutex_lock(&rules_lock);
    struct hl_worker_rules *r = current_rules;
    if (r)
        r->refs++;
    pthread_mutex_unlock(&rules_lock);
    return r;
}

const struct hl_rules *
hl_worker_rules_of(const struct hl_worker_rules *ref)
{
    return ref ? ref->rules : NULL;
}

void
hl_worker_rules_put(struct hl_worker_rules *r)
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
    struct hl_worker_rules *r = NULL;
    if (rules) {
        r = hl_xcalloc(1, sizeof *r);
        r->rules = rules;
        r->refs = 1; /* the reference held by current_rules */
    }
    pthread_mutex_lock(&rules_lock);
    struct hl_worker_rules *old = current_rules;
    current_rules = r;
    pthread_mutex_unlock(&rules_lock);
    hl_worker_rules_put(old);
}

void
hl_worker_units_rdlock(void)
{
    pthread_rwlock_rdlock(&units_lock);
}

void
hl_worker_units_unlock(void)
{
    pthread_rwlock_unlock(&units_lock);
}

static struct hl_rules *
load_rules_for(const struct hl_config *cfg, const struct hl_unit_cfg *units, size_t n,
               struct hl_diag *diag)
{
    const char **codes = hl_xcalloc(n ? n : 1, sizeof *codes);
    for (size_t i = 0; i < n; i++)
        codes[i] = units[i].code;
    struct hl_rules_env renv = {
        .unit_codes = codes,
        .n_units = n,
        .match_limit = cfg->limits.match_limit,
        .depth_limit = cfg->limits.depth_limit,
        .budget_ms = cfg->limits.message_budget_ms,
        .places_dir = cfg->places_dir,
    };
    struct hl_rules *r = hl_rules_load(cfg->rules_dir, &renv, diag);
    free(codes);
    return r;
}

struct hl_rules *
hl_worker_load_rules(const struct hl_config *cfg, struct hl_diag *diag)
{
    return load_rules_for(cfg, cfg->units, cfg->n_units, diag);
}

/* ---- units from the database (units.h) ----------------------------------- */

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
    size_t n = hl_units_add_mail_domains(cfg->units, cfg->n_units, mail_domains, n_mail_domains,
                                         MAX_MAIL_DOMAINS);
    /* Published after the entries: a worker reads the count, then as many. */
    __atomic_store_n(&n_mail_domains, n, __ATOMIC_RELEASE);
    __atomic_store_n(&trust_policy.n_domains, n, __ATOMIC_RELEASE);
}

int
hl_worker_take_units(struct hl_store *store, struct hl_config *cfg, long long *version_out,
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

const struct hl_trust_policy *
hl_worker_start(const struct hl_worker_env *e, struct hl_rules *rules)
{
    env = *e;
    pthread_rwlockattr_t rwa;
    pthread_rwlockattr_init(&rwa);
    /* The writer (the main thread, rarely) must not wait behind a stream
     * of classifications. */
    pthread_rwlockattr_setkind_np(&rwa, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
    pthread_rwlock_init(&units_lock, &rwa);
    pthread_rwlockattr_destroy(&rwa);
    units_lock_made = true;
    rules_set(rules);
    hl_autoreply_policy_default(&ar_policy);
    set_own_addresses(env.cfg);
    mail_domains = hl_xcalloc(MAX_MAIL_DOMAINS, sizeof *mail_domains);
    trust_policy =
        (struct hl_trust_policy){env.reply_key, mail_domains, 0, env.cfg->trust.authserv_id};
    add_mail_domains(env.cfg);
    return &trust_policy;
}

void
hl_worker_reload_rules(void)
{
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_rules *fresh = hl_worker_load_rules(env.cfg, &d);
    if (fresh == NULL) {
        for (size_t i = 0; i < d.n; i++)
            hl_error("reload refused, keeping the old rules: %s", d.lines[i]);
        hl_metrics_rules_reload_failed();
    } else {
        rules_set(fresh);
        hl_info("rules reloaded from %s", env.cfg->rules_dir);
        hl_metrics_rules_loaded();
    }
    hl_diag_fini(&d);
}

void
hl_worker_check_units(struct hl_sched *sched, long long *version)
{
    struct hl_config *cfg = env.cfg;
    struct hl_err err = {0};
    struct hl_unit_cfg *units = NULL;
    size_t n = 0;
    long long v = 0;
    struct hl_store *store = hl_sched_take_store(sched, &err);
    if (store == NULL) {
        hl_warn("units: %s (looking again in %d s)", err.msg, HL_WORKER_UNITS_CHECK_MS / 1000);
        return;
    }
    if (hl_units_pg_version(store, &v, &err) < 0)
        goto fail;
    if (v == *version) {
        hl_sched_give_store(sched, store, false);
        return;
    }
    struct hl_unit_cfg *db = NULL;
    size_t n_db = 0;
    if (hl_units_pg_load(store, &db, &n_db, &err) < 0)
        goto fail;
    hl_sched_give_store(sched, store, false);
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
        if (cfg->metrics_listen && hl_units_polled(units, n, &units[i], &route))
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
    hl_warn("units: %s (looking again in %d s)", err.msg, HL_WORKER_UNITS_CHECK_MS / 1000);
    hl_sched_give_store(sched, store, true);
}

/* lib/core/classify.c with the daemon's context and the current rules. */
int
hl_worker_classify(void *ctx, const struct hl_message *msg, const char *mailbox_unit,
                   struct hl_arena *a, struct hl_class *out)
{
    (void)ctx;
    const struct hl_config *config = env.cfg;
    pthread_rwlock_rdlock(&units_lock);
    struct hl_worker_rules *ref = hl_worker_rules_get();
    if (ref == NULL) {
        pthread_rwlock_unlock(&units_lock);
        return -1;
    }
    struct hl_classify_ctx cx = {
        .rules = ref->rules,
        .config = config,
        .calendar = env.calendar,
        .autoreply = &ar_policy,
        .mail_domains = mail_domains,
        .n_mail_domains = n_mail_domains,
        .bounce_key = env.bounce_key,
    };
    int rc = hl_classify(&cx, hl_clock_now(), msg, mailbox_unit, a, out, NULL);
    /* A rule may still name a unit that was merged: its successor answers
     * now (units.h). */
    const char *now_unit =
        out->unit ? hl_units_resolve(config->units, config->n_units, out->unit) : NULL;
    if (now_unit && strcmp(now_unit, out->unit) != 0)
        out->unit = hl_arena_strdup(a, now_unit);
    hl_worker_rules_put(ref);
    pthread_rwlock_unlock(&units_lock);
    return rc;
}

void
hl_worker_stop(void)
{
    hl_units_free(&conf_units, n_conf_units);
    n_conf_units = 0;
    free(own_addresses);
    own_addresses = NULL;
    for (size_t i = 0; i < n_mail_domains; i++)
        free((char *)mail_domains[i]);
    free(mail_domains);
    mail_domains = NULL;
    n_mail_domains = 0;
    rules_set(NULL);
    if (units_lock_made)
        pthread_rwlock_destroy(&units_lock);
    units_lock_made = false;
}
