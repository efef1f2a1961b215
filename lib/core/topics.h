/*
 * topics: a topic model learnt from labelled letters, consulted after the
 * rules.  Rules read the words an administrator thought of; citizens write
 * in their own ("nhà bên cạnh đổ trần lên tầng 5" for illegal building), and
 * on sealed batches of such letters the rules alone gave 83-87% of topics.
 * The model weighs every word and word pair of a letter (naive Bayes over
 * the folded words, presence only, add-0.5 smoothing) against what clerks
 * and test writers labelled, and overrules the rules' topic only when it is
 * sure by a wide margin (a log-odds margin, `margin` in the file).
 *
 * The model is a text file beside the rules (`topics.model` in the rule
 * directory), written by `hotlinectl rules learn` from labelled letters, so
 * an administrator reviews it, replays a candidate set that carries one
 * (`rules replay --candidate DIR`) and installs it like a rule.
 *
 * File format (one item a line, '#' comments):
 *   model 1
 *   margin M                  log-odds margin needed to overrule the rules
 *   class CODE DOCS UNIT      a topic, its training letters, and the unit
 *                             that handles it whoever receives it ('-' when
 *                             it depends on the place: the wards' topics)
 *   f FEATURE K:N K:N ...     a word or word pair ("ngap_nuoc"), and in how
 *                             many letters of class K (0-based) it occurs
 *
 * Limits: a file over 64 MiB, a class list over 256 or a letter's first
 * 4,000 words: beyond them the file is refused or the letter cut.
 *
 * Ownership: hl_topics_load returns a model the caller frees with
 * hl_topics_free; it is immutable and may be shared by threads.  A trainer
 * owns its counts until hl_topics_trainer_free.
 */
#ifndef HL_TOPICS_H
#define HL_TOPICS_H

#include "util.h"

#include <stdbool.h>
#include <stddef.h>

struct hl_topics;

/* Reads a model; every problem goes to diag as "FILE:LINE: message" and
 * NULL is returned. */
struct hl_topics *hl_topics_load(const char *path, struct hl_diag *diag);
void hl_topics_free(struct hl_topics **t);

struct hl_topic_guess {
    const char *code;   /* the likeliest topic; NULL: the model knows no word of the letter */
    const char *unit;   /* its unit, NULL when it depends on the place */
    const char *second; /* the runner-up */
    double margin;      /* log-odds of the first over the second */
    bool sure;          /* margin above the model's margin */
};

/* The topic of a letter (subject and text, UTF-8). */
void hl_topics_guess(const struct hl_topics *t, const char *subject, const char *text,
                     struct hl_topic_guess *out);
/* The model's class codes, for checks. */
size_t hl_topics_n_classes(const struct hl_topics *t);
const char *hl_topics_class(const struct hl_topics *t, size_t i);
const char *hl_topics_class_unit(const struct hl_topics *t, size_t i); /* NULL: by place */
int hl_topics_class_line(const struct hl_topics *t, size_t i);
double hl_topics_margin(const struct hl_topics *t);

/* Training: add labelled letters, then write the file. */
struct hl_topics_trainer;
struct hl_topics_trainer *hl_topics_trainer_new(void);
void hl_topics_trainer_free(struct hl_topics_trainer **tr);
/* unit: the unit that handled the letter (may be NULL). */
void hl_topics_train(struct hl_topics_trainer *tr, const char *topic, const char *unit,
                     const char *subject, const char *text);
/* Writes the model (features sorted, so equal input gives equal bytes);
 * comment is written after '#' at the top.  Returns 0, or -1 with errno. */
int hl_topics_write(const struct hl_topics_trainer *tr, const char *path, double margin,
                    const char *comment);
size_t hl_topics_trainer_letters(const struct hl_topics_trainer *tr);

#endif
