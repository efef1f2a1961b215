/*
 * json: a small JSON reader for files an administrator writes (the units
 * file of `hotlinectl unit import`).  It builds a tree in which every value
 * knows the line it starts on, so a problem is reported as FILE:LINE.  It
 * does not write JSON (hl_buf_json_str does) and keeps numbers as doubles.
 *
 * Limits: nesting depth 64; the caller bounds the input size.  Strings are
 * UTF-8 (\u escapes, surrogate pairs included, are decoded; a NUL escape is
 * refused, so every string is a C string).
 *
 * Ownership: hl_json_parse returns a tree the caller frees with
 * hl_json_free; every pointer into it lives as long as the tree.
 */
#ifndef HL_JSON_H
#define HL_JSON_H

#include <stdbool.h>
#include <stddef.h>

enum hl_json_type {
    HL_JSON_NULL,
    HL_JSON_BOOL,
    HL_JSON_NUMBER,
    HL_JSON_STRING,
    HL_JSON_ARRAY,
    HL_JSON_OBJECT,
};

struct hl_json {
    enum hl_json_type type;
    int line;     /* 1-based line where the value starts */
    bool boolean; /* HL_JSON_BOOL */
    double number;
    char *string;           /* HL_JSON_STRING */
    struct hl_json **items; /* HL_JSON_ARRAY: elements; HL_JSON_OBJECT: values */
    char **keys;            /* HL_JSON_OBJECT: keys, parallel to items */
    int *key_lines;         /* HL_JSON_OBJECT: the line of each key */
    size_t n;
};

/* Parses text[0..len).  Returns the tree, or NULL with *line_out and
 * msg (one line, at most cap bytes) saying what is wrong and where. */
struct hl_json *hl_json_parse(const char *text, size_t len, int *line_out, char *msg, size_t cap);
void hl_json_free(struct hl_json **j);

/* The value of key in object o, or NULL (also when o is not an object). */
const struct hl_json *hl_json_get(const struct hl_json *o, const char *key);

/* "null", "a boolean", "a number", "a string", "an array", "an object". */
const char *hl_json_type_name(enum hl_json_type t);

#endif
