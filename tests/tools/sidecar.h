/*
 * sidecar: the labels of the test corpora as the accuracy tools
 * (routing_accuracy, rules_accuracy) read them: NAME.json beside NAME.eml
 * (tests/data/corpus, tests/data/routing; fields in tests/data/corpus/README.md)
 * and the unit codes of a units.json, read with jansson.  Header-only
 * because every C file in tests/tools is a program of its own.
 *
 * Ownership: a struct sidecar's strings are its own, freed by sidecar_fini;
 * sidecar_units returns heap codes in a heap array, the caller frees both.
 */
#ifndef HL_TOOLS_SIDECAR_H
#define HL_TOOLS_SIDECAR_H

#include <jansson.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The top-level fields the tools use; NULL when absent, null or not a
 * string. */
struct sidecar {
    char *kind;             /* new_case, malformed, reply, ... */
    char *to_unit;          /* the mailbox the message was sent to */
    char *responsible_unit; /* the unit that should handle it */
    char *topic;            /* the category it should get */
    char *letter;           /* feedback, complaint, denunciation */
    char *place;            /* the named place that decides the unit */
    int diacritics;         /* 1, 0, or -1 when the sidecar does not say */
};

static inline char *
sidecar_str(const json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s ? hl_xstrdup(s) : NULL;
}

/* Reads the sidecar of the message file eml (NAME.eml: NAME.json).
 * Returns false, sc zeroed, when there is none or it is not a JSON object. */
static inline bool
sidecar_read(const char *eml, struct sidecar *sc)
{
    memset(sc, 0, sizeof *sc);
    sc->diacritics = -1;
    size_t n = strlen(eml);
    char *path = hl_xasprintf("%.*s.json", (int)(n > 4 ? n - 4 : n), eml);
    json_t *o = json_load_file(path, 0, NULL);
    free(path);
    if (!json_is_object(o)) {
        json_decref(o);
        return false;
    }
    sc->kind = sidecar_str(o, "kind");
    sc->to_unit = sidecar_str(o, "to_unit");
    sc->responsible_unit = sidecar_str(o, "responsible_unit");
    sc->topic = sidecar_str(o, "topic");
    sc->letter = sidecar_str(o, "letter");
    sc->place = sidecar_str(o, "place");
    const json_t *d = json_object_get(o, "diacritics");
    if (json_is_boolean(d))
        sc->diacritics = json_is_true(d);
    json_decref(o);
    return true;
}

static inline void
sidecar_fini(struct sidecar *sc)
{
    free(sc->kind);
    free(sc->to_unit);
    free(sc->responsible_unit);
    free(sc->topic);
    free(sc->letter);
    free(sc->place);
    memset(sc, 0, sizeof *sc);
}

/* Labelled for routing: a new case, or malformed mail still readable, with
 * a responsible unit. */
static inline bool
sidecar_labelled(const struct sidecar *sc)
{
    return sc->responsible_unit && sc->kind &&
           (strcmp(sc->kind, "new_case") == 0 || strcmp(sc->kind, "malformed") == 0);
}

/* The codes of a units file (an array of units, or {"units": [...]}), in
 * file order; 0 when it cannot be read. */
static inline size_t
sidecar_units(const char *path, char ***out)
{
    *out = NULL;
    json_t *doc = json_load_file(path, 0, NULL);
    const json_t *list = json_is_object(doc) ? json_object_get(doc, "units") : doc;
    size_t n = 0;
    for (size_t i = 0; i < json_array_size(list); i++) {
        const char *code = json_string_value(json_object_get(json_array_get(list, i), "code"));
        if (code) {
            *out = hl_xrealloc(*out, (n + 1) * sizeof **out);
            (*out)[n++] = hl_xstrdup(code);
        }
    }
    json_decref(doc);
    return n;
}

#endif
