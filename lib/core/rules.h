/*
 * rules: the routing rules administrators write.  hl_rules_load reads every
 * *.conf file of a directory (libconfig, sorted by file name), checks it all
 * and compiles it into an immutable set; hl_rules_classify runs that set over
 * one decoded message and returns a verdict (category, unit, priority, tags,
 * deadline, no_ack, spam) with a JSON trace of every rule that decided it.
 * The language is documented in rules/README.md.
 *
 * What it does not do: no I/O after loading, no database, no decision about
 * replies to existing cases (intake does that before classifying).
 *
 * Limits that protect intake from hostile mail and patterns: every PCRE2 match
 * runs under env->match_limit / depth_limit and a fixed heap limit; a limit
 * hit counts as "no match" for that condition and sets verdict.limit_hit.
 * A rule's conditions are skipped entirely when none of the literal words its
 * patterns require occur in the message (the prefilter), so the cost grows
 * with the rules that could match, not with the rule count.
 *
 * Ownership and threads: a struct hl_rules is immutable after load (its hit
 * counters are atomics) and may be shared by any number of threads calling
 * hl_rules_classify; every pointer in a verdict lives in the caller's arena.
 * hl_rules_category returns a pointer owned by the rule set.
 */
#ifndef HL_RULES_H
#define HL_RULES_H

#include "mime.h"
#include "places.h"
#include "util.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct hl_rules;

struct hl_rules_env {
    const char *const *unit_codes; /* known units; n_units == 0 skips the check */
    size_t n_units;
    unsigned match_limit; /* PCRE2 match limit; 0 = 1,000,000 */
    unsigned depth_limit; /* PCRE2 depth limit; 0 = 10,000 */
    /* Deadline of one classification in ms (limits.message_budget_ms),
     * checked between pattern matches; 0 = none.  When it passes, the
     * remaining matches and rules are not tried: limit_hit and out_of_time. */
    int budget_ms;
    /* Directory of places files (data/places/README.md) for `unit = "place"`
     * and the issuer of a decision; NULL or missing: none.  A rule directory's
     * own *.places.tsv files are read too. */
    const char *places_dir;
};

/* Priority scale. */
enum {
    HL_PRIO_LOW = 0,
    HL_PRIO_NORMAL = 1, /* default */
    HL_PRIO_HIGH = 2,
    HL_PRIO_URGENT = 3,
};

#define HL_RULES_UNCATEGORIZED "uncategorized"

struct hl_category {
    const char *code;
    const char *name;        /* Vietnamese, e.g. "Đất đai" */
    int deadline_days;       /* default deadline in working days */
    const char *legal_basis; /* may be "" */
    bool rules_only;         /* learned = false: the topic model never moves a letter in or out */
    const char *file;        /* where it was declared */
    int line;
};

/* One matched condition of a rule that fired (or a rule whose pattern hit a
 * limit): the structured form of one trace_json entry. */
struct hl_rule_hit {
    const char *rule;
    const char *file;
    int line;
    const char *field;   /* NULL for a rule without positive conditions */
    const char *matched; /* the original text matched, cut at 200 bytes */
    bool limit_hit;
};

struct hl_verdict {
    const char *category; /* code; "uncategorized" when nothing set one */
    const char *unit;     /* unit code; the receiving mailbox's unit when no rule routed */
    int priority;         /* HL_PRIO_LOW..HL_PRIO_URGENT, default HL_PRIO_NORMAL */
    const char **tags;
    size_t n_tags;
    int deadline_days; /* override in working days, -1 = category default */
    bool no_ack;
    bool spam;
    bool limit_hit;         /* a PCRE2 match/depth/heap limit (or the budget) was hit */
    bool out_of_time;       /* the budget passed: later rules were not tried */
    const char *trace_json; /* [{"rule":..,"file":..,"line":..,"field":..,"matched":..},...] */
    const char **fields;    /* "name=value" from named captures */
    size_t n_fields;
    const struct hl_rule_hit *hits; /* the trace, as structs */
    size_t n_hits;
    const char *kind; /* "complaint", "denunciation" when a rule said so; NULL: feedback */
    /* A denunciation's accused as a rule named it (see `accused`): a unit,
     * HL_ACCUSED_NONE (no unit is), or NULL: no rule said (the mailbox's
     * unit is).  NULL for any other kind. */
    const char *accused;
    /* The place that decided the unit (a `unit = "place"` rule whose unit no
     * later rule replaced); NULL: none. */
    const struct hl_place_match *place;
    /* A complaint about a decision: the unit that issued it (issuer.h), also
     * the verdict's unit; NULL: none named (the mailbox's unit then). */
    const char *issuer;
    /* The rule that last set the unit (the place rule, "(decision-issuer)"),
     * with its file and line; NULL: no rule routed (the mailbox's unit). */
    const char *unit_rule, *unit_rule_file;
    int unit_rule_line;
};

/* Loads every *.conf in dir (sorted by name).  Returns NULL if any problem was
 * found; every problem is in diag as "FILE:LINE: message".  env may be NULL
 * (no unit check, default limits). */
struct hl_rules *hl_rules_load(const char *dir, const struct hl_rules_env *env,
                               struct hl_diag *diag);
void hl_rules_free(struct hl_rules **r);

/* Classifies msg, received by the mailbox of unit mailbox_unit (may be NULL).
 * Thread-safe.  Everything in out lives in a.  Returns 0 (classification
 * itself cannot fail: limit hits are reported in out->limit_hit). */
int hl_rules_classify(const struct hl_rules *r, const struct hl_message *msg,
                      const char *mailbox_unit, struct hl_arena *a, struct hl_verdict *out);

/* The category of that code, or NULL.  "uncategorized" always exists. */
const struct hl_category *hl_rules_category(const struct hl_rules *r, const char *code);

/* Statistics: rules in evaluation order, and per-rule counters since load. */
struct hl_rule_stat {
    const char *name;
    const char *file;
    int line;
    uint64_t hits;       /* times the rule fired */
    uint64_t evaluated;  /* times its conditions ran (not skipped by the prefilter) */
    uint64_t limit_hits; /* times a pattern of it hit a PCRE2 limit */
};

size_t hl_rules_count(const struct hl_rules *r);
/* Fills st for rule i (0 <= i < hl_rules_count); strings are owned by r. */
void hl_rules_stat(const struct hl_rules *r, size_t i, struct hl_rule_stat *st);
/* Turns the literal prefilter off or on (default on).  For tests and the
 * benchmark only: not thread-safe, call before sharing the set. */
void hl_rules_set_prefilter(struct hl_rules *r, bool on);

/* The places the set was loaded with (never NULL; may be empty); owned by r. */
const struct hl_places *hl_rules_places(const struct hl_rules *r);

size_t hl_rules_n_categories(const struct hl_rules *r);
const struct hl_category *hl_rules_category_at(const struct hl_rules *r, size_t i);

#endif
