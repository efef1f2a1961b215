/*
 * rules_int.h: what the three files of the rules module share -- rules.c
 * classifies, rules_load.c loads and checks rule files, rules_prefilter.c
 * extracts the literals every match needs and builds the automaton that
 * rules out most rules before a regex runs.  Not part of the public API
 * (rules.h).
 */
#ifndef HL_RULES_INT_H
#define HL_RULES_INT_H

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "marks.h"
#include "rules.h"
#include "topics.h"

#define MAX_QUOTE 200
#define HEAP_LIMIT_KIB 20000
#define MIN_LITERAL 2

enum field {
    F_FROM,
    F_FROM_NAME,
    F_TO,
    F_CC,
    F_SUBJECT,
    F_BODY,
    F_TEXT,
    F_HEADER,
    F_ATT_NAME,
    F_ATT_TYPE,
    F_MAILBOX,
    F_CATEGORY,
    F_UNIT,
    N_FIELDS
};

/* The field names of the rule language, indexed by enum field. */
extern const char *const hl_rules_field_names[N_FIELDS];

enum cond_kind { C_ALL, C_ANY, C_NOT, C_MATCH };

struct capname {
    char *name;
    uint32_t num;
};

struct cond {
    enum cond_kind kind;
    struct cond **kids;
    size_t n_kids;
    enum field field;
    size_t header; /* index into hl_rules.headers when field == F_HEADER */
    bool fold;
    bool use_marks;         /* marks = false turns the check of typed diacritics off */
    struct hl_marks *marks; /* the pattern's words with marks (marks.h); NULL: none */
    pcre2_code *code;
    struct capname *caps;
    size_t n_caps;
    char *label; /* field name as shown in traces, e.g. "header:X-Mailer" */
};

struct rule {
    char *name;
    const char *file;
    int line;
    struct cond *when; /* NULL: always fires */
    size_t n_leaves;
    char *category, *unit;
    char *kind;    /* feedback | complaint | denunciation; NULL: unset */
    char *accused; /* "routed", or a unit code ("mailbox" is stored as NULL + accused_set) */
    bool accused_set;
    int priority;      /* -1: unset */
    int deadline_days; /* -1: unset */
    int no_ack, spam;  /* -1 unset, 0, 1 */
    int issuer;        /* -1 unset; 0: not routed to a decision's issuer; 1: routed */
    char **tags;
    size_t n_tags;
    bool stop;
    bool unit_place; /* unit = "place": the unit of the place the mail names */
    bool always;     /* the prefilter cannot rule it out */
    _Atomic uint64_t hits, evaluated, limit_hits;
};

struct ac {
    uint8_t cls[256];
    uint32_t n_cls;
    int32_t *delta; /* n_nodes * n_cls */
    int32_t *out;   /* literal id ending at node, -1 */
    int32_t *dict;  /* next suffix node with an output, -1 */
    size_t n_nodes, cap_nodes;
};

struct hl_rules {
    struct rule **rules;
    size_t n_rules;
    int budget_ms; /* hl_rules_env.budget_ms */
    struct hl_category *cats;
    size_t n_cats;
    char **files;
    size_t n_files;
    char **headers;
    size_t n_headers;
    bool used[N_FIELDS];
    size_t max_leaves;
    uint32_t max_ovec;
    pcre2_match_context *mctx;
    struct ac ac;
    uint32_t **lit_rules;
    uint32_t *lit_nrules;
    size_t n_lits;
    bool no_prefilter;
    struct hl_places *places;
    struct hl_topics *topics; /* NULL: the set has no topic model */
};

/* A set of literals at least one of which every match must contain; known is
 * false when nothing can be said. */
struct litset {
    char **v;
    size_t n;
    bool known;
};

/* Grows the array p of elem-sized items so that item n fits (capacity *cap). */
void *hl_rules_grow(void *p, size_t *cap, size_t n, size_t elem);
/* The enum field named s, or -1. */
int hl_rules_field_by_name(const char *s);

/* ---- rules_prefilter.c ---- */

void hl_rules_litset_free(struct litset *s);
/* The literals one of which every match of c must contain; srcs are the
 * rule's pattern sources in load order, *k the next one. */
struct litset hl_rules_cond_literals(const struct cond *c, char *const *srcs, size_t *k);
/* Builds r's automaton from reqs[i], the literals rule i needs. */
void hl_rules_build_prefilter(struct hl_rules *r, struct litset *reqs);

#endif
