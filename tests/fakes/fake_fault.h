/*
 * fake_fault: failure injection for the fakes of the seams (curl's torture
 * tests, SQLite's I/O-error tests).  One struct fake_fault numbers the calls
 * of every fake that shares it, so a test first counts the calls of a clean
 * run and then fails each of them in turn: call N fails either before its
 * effect (nothing happened) or after it (it happened, the answer was lost:
 * the hardest case for a caller that retries).
 *
 * A fake whose fault pointer is NULL never fails.
 */
#ifndef HL_FAKE_FAULT_H
#define HL_FAKE_FAULT_H

#include <stdbool.h>

#include "util.h"

struct fake_fault {
    int calls;   /* seam calls made since fake_fault_arm */
    int fail_at; /* the call that fails (1-based); 0: none */
    bool after;  /* it fails after its effect instead of before */
};

/* Starts counting again from 0 with call fail_at (0: none) failing. */
void fake_fault_arm(struct fake_fault *f, int fail_at, bool after);

/* Counts one call; returns true (with err set, HL_ERR_TEMP) when this call
 * must fail before doing anything.  f may be NULL. */
bool fake_fault_before(struct fake_fault *f, struct hl_err *err);

/* Returns true (with err set) when the call just counted must fail after its
 * effect.  f may be NULL. */
bool fake_fault_after(struct fake_fault *f, struct hl_err *err);

#endif
