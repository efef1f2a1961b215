/*
 * clerkcmd: what a clerk can do by mail, besides answering.
 *
 * A clerk answers a case by replying to the forward; the answer is relayed to
 * the citizen.  A command on the first non-empty line of the reply changes
 * that (diacritics and case ignored, the line alone, "#" first):
 *
 *   #noibo, #nội bộ, #internal   an internal note: recorded on the case, never
 *                                relayed, not a response to the citizen
 *   #xong, #giaiquyet, #resolve  relay the answer and mark the case resolved
 *
 * A "#" line that is not a command is ordinary text (and is relayed): a
 * clerk's answer may well start with "#1 ..." or a hashtag.
 *
 * Pure: no I/O.  Ownership: hl_clerkcmd_parse returns a pointer into body.
 */
#ifndef HL_CLERKCMD_H
#define HL_CLERKCMD_H

enum hl_clerkcmd {
    HL_CLERKCMD_NONE,     /* an answer: relay it */
    HL_CLERKCMD_INTERNAL, /* an internal note */
    HL_CLERKCMD_RESOLVE,  /* an answer that also resolves the case */
};

/* The command of body, and in *rest_out (may be NULL) where the text after
 * the command line starts (body itself when there is no command). */
enum hl_clerkcmd hl_clerkcmd_parse(const char *body, const char **rest_out);

/* "internal", "resolve", or NULL for HL_CLERKCMD_NONE: the names the store
 * and the events use. */
const char *hl_clerkcmd_name(enum hl_clerkcmd cmd);

#endif
