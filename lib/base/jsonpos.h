/*
 * jsonpos: JSON files an administrator writes (the units file of `hotlinectl
 * unit import`), read by jansson, with the line each value stands on, so a
 * problem in the file is reported as FILE:LINE.  jansson does the reading
 * (escapes, surrogates, UTF-8, numbers) and says where a syntax error is;
 * this module only adds the lines of the values it accepted, which jansson
 * does not keep.  It does not write JSON (hl_buf_json_str or jansson do).
 *
 * Limits: jansson's (nesting depth 2048); the caller bounds the input size.
 * Duplicate keys are refused, strings are UTF-8 without NUL.
 *
 * Ownership: hl_jsonpos_parse returns a jansson document the caller releases
 * with json_decref and a position table freed with hl_jsonpos_free; the
 * table answers only for containers of that document while it lives.
 */
#ifndef HL_JSONPOS_H
#define HL_JSONPOS_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

struct hl_jsonpos;

/* Parses text[0..len) (a UTF-8 byte order mark first is skipped).  Returns
 * the document with *pos_out, or NULL with *line_out and msg (one line, at
 * most cap bytes: jansson's words and the column) saying what is wrong. */
json_t *hl_jsonpos_parse(const char *text, size_t len, struct hl_jsonpos **pos_out, int *line_out,
                         char *msg, size_t cap);
void hl_jsonpos_free(struct hl_jsonpos **pos);

/* The 1-based line where container v (an object or an array) starts. */
int hl_jsonpos_line(const struct hl_jsonpos *pos, const json_t *v);
/* The line of object o's member key: where the key stands, or with
 * value=true where its value starts. */
int hl_jsonpos_member_line(const struct hl_jsonpos *pos, const json_t *o, const char *key,
                           bool value);
/* The line where item i of array a starts. */
int hl_jsonpos_item_line(const struct hl_jsonpos *pos, const json_t *a, size_t i);

/* "null", "a boolean", "a number", "a string", "an array", "an object". */
const char *hl_jsonpos_type_name(const json_t *v);

#endif
