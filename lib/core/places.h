/*
 * places: the streets, lanes, markets, schools, landmarks and former ward
 * names each unit covers, read from TSV files (data/places/README.md), and
 * the matcher that finds them in a citizen's letter.
 *
 * A places file has one place a line: unit TAB kind TAB name [TAB numbers],
 * kind one of street, lane, market, school, landmark, former_ward, ward,
 * alias; numbers "FROM-TO" with an optional "odd" or "even" ("1-99 odd",
 * "100-" for no upper bound).  `ward` is the unit's own ward name (found only
 * after "phường"/"xã"/"P."/"X."), `alias` another name of the unit ("Sở
 * TN&MT", "STNMT"), used to read who issued a decision, never as a place.
 *
 * Matching folds both sides (lib/base/fold: no diacritics, no case), treats
 * every run of punctuation and space as one space, and runs one Aho-Corasick
 * automaton over all names, so its cost is one pass over the text whatever
 * the number of places.  The words before a name are read as its context:
 * "ngõ/ngách/hẻm/kiệt" (a lane), "phố/đường" (a street), "phường/xã/P./X."
 * (a ward), "quận/huyện/Q." (a district: a former ward's name after it is
 * not that ward), "chợ", and a house number ("số 40", "40A", "40/12").
 * What the citizen typed narrows the fold (marks.h): a word typed with
 * diacritics must carry the name's ("đang dựng" is not "Đặng Dung"), and a
 * bare name (no type word, no number) typed all in lower case by a writer
 * of diacritics is a phrase ("yêu cầu giấy tờ" holds no "Cầu Giấy").
 * The most specific match wins: a place in the subject over one in the body,
 * one outside a "địa chỉ / trú tại" address line over one in it, then a lane
 * over a market, school or landmark, over a street whose number range holds
 * the house number, over a bare street, over a former ward, over a ward; then
 * the longer name, then the earlier one.  A name several units share is
 * decided by its number range; when that does not single out one unit, the
 * name decides nothing.
 *
 * Limits: names are cut at 200 bytes; a file over 16 MiB is refused; the
 * matcher allocates in the caller's arena in proportion to the text.
 *
 * Ownership: a struct hl_places is immutable after hl_places_build and may
 * be shared by threads; hl_place pointers live as long as the set; a match
 * copies what it returns into the caller's arena.
 */
#ifndef HL_PLACES_H
#define HL_PLACES_H

#include "util.h"

#include <stdbool.h>
#include <stddef.h>

enum hl_place_kind {
    HL_PLACE_STREET,
    HL_PLACE_LANE,
    HL_PLACE_MARKET,
    HL_PLACE_SCHOOL,
    HL_PLACE_LANDMARK,
    HL_PLACE_FORMER_WARD,
    HL_PLACE_WARD,
    HL_PLACE_ALIAS,
    HL_PLACE_N_KINDS
};

enum hl_place_parity { HL_PARITY_ALL, HL_PARITY_ODD, HL_PARITY_EVEN };

struct hl_place {
    const char *unit;
    enum hl_place_kind kind;
    const char *name; /* as written in the file */
    const char *key;  /* folded, one space between words, type word removed */
    int lo, hi;       /* house numbers; lo == 0: no range; hi == 0: no upper bound */
    enum hl_place_parity parity;
    const char *file;
    int line;
};

struct hl_places;

/* An empty set. */
struct hl_places *hl_places_new(void);
void hl_places_free(struct hl_places **p);

/* Reads one places file into p.  units (n_units > 0) are the known unit
 * codes: an unknown one is a problem.  Every problem goes to diag as
 * "FILE:LINE: message"; returns their number (0: all read).  A missing file
 * is one problem. */
size_t hl_places_add_file(struct hl_places *p, const char *path, const char *const *units,
                          size_t n_units, struct hl_diag *diag);

/* Reads every *.tsv file of dir (sorted by name) as hl_places_add_file
 * does; suffix ".places.tsv" only when only_places_tsv (a rule directory
 * holding a few extra places).  A dir that does not exist holds nothing.
 * Returns the number of problems. */
size_t hl_places_add_dir(struct hl_places *p, const char *dir, bool only_places_tsv,
                         const char *const *units, size_t n_units, struct hl_diag *diag);

/* Adds one place (for tests and hotlinectl rules suggest); numbers may be
 * NULL.  Returns 0, or -1 with a message in diag. */
int hl_places_add(struct hl_places *p, const char *unit, const char *kind, const char *name,
                  const char *numbers, const char *file, int line, struct hl_diag *diag);

/* Reports, as problems in diag, a name given to several units where at least
 * one of them has no number range (the matcher could not choose).  Returns
 * their number. */
size_t hl_places_check(const struct hl_places *p, struct hl_diag *diag);

/* Builds the automaton; call after the last add, before matching. */
void hl_places_build(struct hl_places *p);

size_t hl_places_count(const struct hl_places *p);
const struct hl_place *hl_places_at(const struct hl_places *p, size_t i);

/* "street" for HL_PLACE_STREET...; NULL for an invalid kind. */
const char *hl_place_kind_name(enum hl_place_kind k);
/* The kind of that name, or -1. */
int hl_place_kind_parse(const char *name);

struct hl_place_match {
    const char *unit;
    const char *kind; /* hl_place_kind_name */
    const char *name; /* the place's name as in its file */
    const char *file;
    int line;
    const char *field; /* "subject" or "body" */
    const char *matched; /* the citizen's words, with their context ("số 40 Lý Thường Kiệt") */
    int number;          /* the house number read before a street, -1: none */
};

/* Finds the most specific place named in subject or body (either may be
 * NULL).  Returns true and fills out (strings in a) when one decides. */
bool hl_places_match(const struct hl_places *p, const char *subject, const char *body,
                     struct hl_arena *a, struct hl_place_match *out);

/* The first unit named in text by a ward or former ward name after a ward
 * word ("UBND phường Hàng Bông"), or by an alias ("Sở TN&MT"), for reading
 * who issued a decision.  Returns the unit (owned by p) and the matched words
 * in *matched_out (in a), or NULL. */
const char *hl_places_find_unit(const struct hl_places *p, const char *text, struct hl_arena *a,
                                const char **matched_out);

#endif
