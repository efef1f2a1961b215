/*
 * letter: the text of a message a clerk would read to route it, which is not
 * always its body.  A citizen who forwards a letter (a message/rfc822 part)
 * often writes nothing or a line of their own: the forwarded message's
 * subject and text are what the clerk reads, so they follow the body.  A
 * message with no body text and only attachments (a scanned letter, a PDF)
 * is read by its file names ("don-khieu-nai_rac-cho-Chau-Long.pdf" becomes
 * "don khieu nai rac cho Chau Long"); the subject is read as always.
 *
 * Limits: at most MAX_FORWARDS forwarded parts are read, one level deep (a
 * forward inside a forward is not opened), each under the default MIME
 * limits; the result is at most the body plus their decoded text.
 *
 * Ownership: the returned text lives in the caller's arena.
 */
#ifndef HL_LETTER_H
#define HL_LETTER_H

#include "mime.h"
#include "util.h"

/* The body text to classify msg on: msg->text, then each forwarded message's
 * subject and text; or, when msg has no body text, its attachments' names.
 * Never NULL. */
const char *hl_letter_text(const struct hl_message *msg, struct hl_arena *a);

#endif
