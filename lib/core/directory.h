/*
 * directory: the public directory of the city's units for the portal and
 * the press (Hanoi 2229/UBND-TH, 2016: publish every unit's hotline and
 * feedback addresses): every active unit under its parent, with its hotline
 * phone, feedback address, postal address and where its feedback box
 * stands, in Vietnamese.  Three forms: one self-contained HTML page (no
 * external asset, no script, lang="vi", readable on a phone, printable),
 * CSV for Excel (UTF-8 with a byte order mark, CRLF), and JSON.
 *
 * It only writes: the caller hands in the units (retired ones are left out)
 * and a buffer it owns.
 */
#ifndef HL_DIRECTORY_H
#define HL_DIRECTORY_H

#include <stdint.h>

#include "config.h"
#include "util.h"

enum hl_directory_format { HL_DIRECTORY_HTML, HL_DIRECTORY_CSV, HL_DIRECTORY_JSON };

/* Appends the directory of units[0..n) to b; now (Unix seconds) is the
 * date it is "as of". */
void hl_directory_render(struct hl_buf *b, const struct hl_unit_cfg *units, size_t n,
                         enum hl_directory_format format, int64_t now);

#endif
