/*
 * worker: what an intake worker's pass needs from hotlined.  The rules in
 * force (replaced whole on SIGHUP or when the units change; a worker holds
 * a reference for one classification), the units read from the database
 * and the policies derived from them (our own addresses, our mail domains),
 * and the classification callback handed to the scheduler (sched.h).
 *
 * Threads: hl_worker_start, _reload_rules, _check_units and _stop are the
 * main thread's; hl_worker_classify, the rules references and the units
 * lock's read side are for every thread.
 */
#ifndef HL_WORKER_H
#define HL_WORKER_H

#include "config.h"
#include "intake.h"
#include "util.h"

struct hl_bounce_key;
struct hl_rules;
struct hl_sched;
struct hl_sla_calendar;
struct hl_store;
struct hl_trust_key;
struct hl_trust_policy;

/* What the workers read, set once before the threads start. */
struct hl_worker_env {
    struct hl_config *cfg; /* its units are swapped under the units lock */
    const struct hl_sla_calendar *calendar;
    const struct hl_bounce_key *bounce_key; /* NULL without a bounce key */
    const struct hl_trust_key *reply_key;   /* NULL: no clerk's reply can be verified */
};

/* The rules for cfg's units (the configuration's limits and places).
 * Returns NULL with diag filled. */
struct hl_rules *hl_worker_load_rules(const struct hl_config *cfg, struct hl_diag *diag);

/* At start, before hl_worker_start: the configuration's units (if it still
 * lists any) are written to the database and kept to win over the
 * database's at every change; then the units in force go into cfg.
 * Returns 0 with *version_out, or -1 with err. */
int hl_worker_take_units(struct hl_store *store, struct hl_config *cfg, long long *version_out,
                         struct hl_err *err);

/* Publishes the environment and the rules (takes ownership of rules).
 * Returns the trust policy the scheduler hands to intake (lives until
 * hl_worker_stop). */
const struct hl_trust_policy *hl_worker_start(const struct hl_worker_env *env,
                                              struct hl_rules *rules);

/* SIGHUP: the rules again from the rules directory; an invalid set is
 * refused (each problem logged) and the old one kept. */
void hl_worker_reload_rules(void);

/* How often the main thread looks at units_version (at most: the poll
 * interval when shorter). */
#define HL_WORKER_UNITS_CHECK_MS 5000

/* The main thread's look at units_version: on a change, the new units go
 * to the scheduler, the rules, the configuration and the policies.  The
 * connection is borrowed from the scheduler's pool for the look.  A failure
 * is logged and looked at again later. */
void hl_worker_check_units(struct hl_sched *sched, long long *version);

/* The classification callback (hl_classify_fn) for the scheduler. */
int hl_worker_classify(void *ctx, const struct hl_message *msg, const char *mailbox_unit,
                       struct hl_arena *a, struct hl_class *out);

/* A reference to the rules in force, or NULL before the start; give it
 * back with hl_worker_rules_put. */
struct hl_worker_rules;
struct hl_worker_rules *hl_worker_rules_get(void);
const struct hl_rules *hl_worker_rules_of(const struct hl_worker_rules *ref);
void hl_worker_rules_put(struct hl_worker_rules *ref);

/* The read side of the units lock: held by a reader of cfg->units or of
 * the autoreply policy for the length of one call. */
void hl_worker_units_rdlock(void);
void hl_worker_units_unlock(void);

/* After the threads: frees what hl_worker_take_units and hl_worker_start
 * kept (safe when either was not called). */
void hl_worker_stop(void);

#endif
