/*
 * ctl_print: all of hotlinectl's printing of tables and JSON, in one place.
 * The seams in lib/ print nothing: they hand rows to the caller (a table,
 * table.h, or a struct of typed fields), and the subcommands print them
 * through these functions.
 *
 * Tables: aligned columns under a header, for a terminal.  Widths are
 * display widths (utf8proc's charwidth: Vietnamese with its combining
 * marks lines up), a cell is cut at max_w columns without splitting a
 * character, and line breaks and tabs in a cell print as spaces.
 *
 * JSON: through jansson, so escaping is the library's; strings that are not
 * UTF-8 print with U+FFFD for each stray byte (JSON is always UTF-8).
 */
#ifndef HL_CTL_PRINT_H
#define HL_CTL_PRINT_H

#include <jansson.h>
#include <stdio.h>

#include "cases.h"
#include "table.h"
#include "units.h"

/* Display width of UTF-8 text (a byte that is not UTF-8 counts one). */
int hl_ctl_text_width(const char *s);

/* t under its column names, each line indented by indent spaces. */
void hl_ctl_print_table(FILE *out, const struct hl_table *t, int max_w, int indent);

/* case list: the table and a "(N cases)" line. */
void hl_ctl_print_cases(FILE *out, const struct hl_table *cases);
/* case show: fields, duplicates, messages, texts, attachments, events,
 * outbox. */
void hl_ctl_print_case(FILE *out, const struct hl_case_report *r);
/* mailbox status. */
void hl_ctl_print_mailboxes(FILE *out, const struct hl_table *mailboxes);
/* outbox list: fixed columns (ID KIND CASE RCPT STATUS TRY NEXT ATTEMPT
 * LAST REPLY) over hl_outbox_list's table. */
void hl_ctl_print_outbox(FILE *out, const struct hl_table *rows);
/* unit show, after the unit's settings: case counts, aliases, history. */
void hl_ctl_print_unit_detail(FILE *out, const struct hl_unit_detail *d);

/* A JSON string for s (NULL: null); invalid UTF-8 bytes become U+FFFD.
 * A new reference. */
json_t *hl_ctl_json_str(const char *s);
/* A value for text that is JSON already (a verdict's trace, a stored
 * event's rules): parsed, so the document stays well formed whatever it
 * holds (null when it is not JSON).  A new reference. */
json_t *hl_ctl_json_raw(const char *json);
/* Prints v (any value) compactly, keys in insertion order, on one line
 * with no newline added, and drops the reference. */
void hl_ctl_json_print(FILE *out, json_t *v);

#endif
