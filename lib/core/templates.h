/*
 * templates: the texts of outgoing mail (acknowledgement, forward, reminder,
 * escalation, relay, transfer, notice, status, refusal), kept in templates/ for administrators to
 * edit, and a tiny, safe engine to fill them.
 *
 * Syntax (docs/templates.md):
 *   first line   "Subject: ..."  then one blank line, then the body;
 *   {{name}}                 the value of name, inserted as plain text;
 *   {{#name}}...{{/name}}    shown only when name is non-empty;
 *   {{^name}}...{{/name}}    shown only when name is empty;
 *   {{! comment }}           dropped.
 * A section or comment tag alone on its line takes its line with it.
 *
 * Safety: values are inserted verbatim and never scanned again, so a citizen
 * who writes "{{unit_phone}}" in a subject gets exactly that text back.  Every
 * placeholder must be one the caller declared for that kind of mail: a typo is
 * a load-time error "FILE:LINE: unknown placeholder", never a blank in a
 * citizen's mail.  The subject is one line: CR, LF and other controls in a
 * rendered subject become spaces (compose sanitises headers again anyway).
 *
 * Does not: escape for HTML (mail is text/plain), encode headers, pick the
 * language (the caller asks for "vi" or "en").
 *
 * Ownership: a loaded set owns every template in it; hl_templates_get returns a
 * borrowed pointer valid until hl_templates_free.  Templates are immutable once
 * loaded, so threads may render the same template concurrently.
 */
#ifndef HL_TEMPLATES_H
#define HL_TEMPLATES_H

#include <stddef.h>

#include "util.h"

struct hl_template;
struct hl_templates;

/* One value.  value NULL means empty; a name the template uses that is absent
 * from the list altogether is a wiring bug and makes rendering fail. */
struct hl_tvar {
    const char *name;
    const char *value;
};

/* Kinds of mail the daemon sends; each has its file prefix and placeholders. */
enum hl_template_kind {
    HL_TPL_ACK,               /* ack.LANG.txt: to the citizen, at once */
    HL_TPL_FORWARD,           /* forward.LANG.txt: to the responsible unit's clerks */
    HL_TPL_REMINDER,          /* reminder.LANG.txt: to the clerks, N working days before due */
    HL_TPL_ESCALATION,        /* escalation.LANG.txt: up the ladder when overdue */
    HL_TPL_RELAY,             /* relay.LANG.txt: the clerk's answer, to the citizen */
    HL_TPL_TRANSFER,          /* transfer.LANG.txt: to both units on a transfer */
    HL_TPL_NOTICE,            /* notice.LANG.txt: the citizen added to the case, to the clerks */
    HL_TPL_UNVERIFIED,        /* unverified.LANG.txt: a clerk's mail was held, to the clerks */
    HL_TPL_STATUS,            /* status.LANG.txt: a case's status, to the citizen who opened it */
    HL_TPL_STATUS_NOTICE,     /* status_notice.LANG.txt: to whoever else asked: the answer went
                                 to the citizen */
    HL_TPL_REFUSAL_OUTSIDE,   /* refusal_outside.LANG.txt: not ours; where to go instead */
    HL_TPL_REFUSAL_ANONYMOUS, /* refusal_anonymous.LANG.txt */
    HL_TPL_REFUSAL_DUPLICATE, /* refusal_duplicate.LANG.txt */
    HL_TPL_REFUSAL_NOT_FEEDBACK, /* refusal_not_feedback.LANG.txt */
    HL_TPL_NKINDS
};

/* "ack", "forward", ... */
const char *hl_templates_kind_name(enum hl_template_kind kind);
/* NULL-terminated list of the placeholders a kind may use.  Static storage. */
const char *const *hl_templates_kind_vars(enum hl_template_kind kind);

/* Loads every KIND.LANG.txt of dir.  The Vietnamese file of every kind is
 * required; other languages are optional.  Returns NULL when any problem was
 * found; every problem is in diag as "FILE:LINE: message". */
struct hl_templates *hl_templates_load_dir(const char *dir, struct hl_diag *diag);
void hl_templates_free(struct hl_templates **set);

/* The template of kind in lang, falling back to "vi".  Borrowed. */
const struct hl_template *hl_templates_get(const struct hl_templates *set,
                                           enum hl_template_kind kind, const char *lang);

/* Parses one template from memory.  file names it in diagnostics; vars is the
 * NULL-terminated list of allowed placeholders.  Returns NULL on any problem. */
struct hl_template *hl_templates_parse(const char *file, const char *text, size_t len,
                                       const char *const *vars, struct hl_diag *diag);
void hl_templates_free_one(struct hl_template **t);
/* The file name the template was loaded from.  Borrowed. */
const char *hl_templates_file(const struct hl_template *t);

/* Fills t.  Appends the one-line subject to subject_out and the body to
 * body_out (lines end in "\n").  Returns 0, or -1 with err (HL_ERR_CONFIG)
 * naming the first placeholder that has no entry in vars. */
int hl_templates_render(const struct hl_template *t, const struct hl_tvar *vars, size_t n_vars,
                        struct hl_buf *subject_out, struct hl_buf *body_out, struct hl_err *err);

#endif
