/*
 * reply_text: the answer in a clerk's reply, the part of a mail reply that is
 * relayed to the citizen.
 *
 * Pure: no I/O.  Ownership: output is appended to the caller's hl_buf; the
 * body is borrowed.
 */
#ifndef HL_REPLY_TEXT_H
#define HL_REPLY_TEXT_H

#include "util.h"

/* Reduces a clerk's mail reply (decoded body text) to the answer to relay to
 * the citizen: the new text above the quote and any new text between quote
 * blocks, without ">" lines, our marker "[Mã phản ánh: CODE]", and everything
 * from an Outlook-style header of the quoted original on ("-----Original
 * Message-----", "----- Thư gốc -----", "____" + "From:"/"Từ:", or a
 * From/Sent/Subject block, English or Vietnamese).  An attribution line ("On
 * ... wrote:", "Vào ... đã viết:", also wrapped over two lines) is dropped
 * with the ">" lines it introduces; new text after them is kept.  The
 * signature stays.  Line endings become "\n", runs of blank lines one blank
 * line, leading and trailing blank lines go; a non-empty result ends in "\n".
 * When nothing is left, appends the body with only the ">" lines and the
 * marker removed (normalised the same way). */
void hl_reply_text_extract(const char *body, struct hl_buf *out);

#endif
