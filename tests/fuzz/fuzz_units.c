/*
 * fuzz_units: libFuzzer target for the units file reader (units.h,
 * jsonpos.h): hl_units_from_json over any bytes, then, for a file it accepts,
 * the round trip through hl_units_to_json, which must read back to the same
 * text, and the directory (directory.h) in its three forms.
 *
 * Checks the documented contracts on every input:
 *   - a refused file leaves no units and at least one "FILE:LINE: ..." line;
 *   - an accepted file's units have valid codes, and export then import
 *     gives the same export again.
 * A broken contract aborts, which libFuzzer reports like a crash.
 *
 *   bash scripts/fuzz.sh fuzz_units         (builds build-fuzz/ with clang)
 *   build-fuzz/fuzz_units CRASH-FILE        (replays one input)
 */
#include "directory.h"
#include "fuzz.h"
#include "units.h"

#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_unit_cfg *u = NULL;
    size_t n = 0;
    const char *known[] = {"ubnd-tp"};
    int rc = hl_units_from_json("f.json", (const char *)data, size, "/etc/hotline", known, 1, &u,
                                &n, &d);
    if (rc < 0) {
        if (u != NULL || d.n == 0 || strncmp(d.lines[0], "f.json:", 7) != 0)
            abort();
        hl_diag_fini(&d);
        return 0;
    }
    for (size_t i = 0; i < n; i++)
        if (!hl_unit_code_valid(u[i].code))
            abort();
    struct hl_buf a, b;
    hl_buf_init(&a);
    hl_buf_init(&b);
    hl_units_to_json(&a, u, n);
    struct hl_unit_cfg *again = NULL;
    size_t n2 = 0;
    if (hl_units_from_json("e.json", a.data, a.len, NULL, known, 1, &again, &n2, &d) < 0 || n2 != n)
        abort();
    hl_units_to_json(&b, again, n2);
    if (strcmp(a.data, b.data) != 0)
        abort();
    for (int f = HL_DIRECTORY_HTML; f <= HL_DIRECTORY_JSON; f++) {
        hl_buf_reset(&b);
        hl_directory_render(&b, u, n, (enum hl_directory_format)f, 1796083200);
    }
    hl_buf_fini(&a);
    hl_buf_fini(&b);
    hl_units_free(&u, n);
    hl_units_free(&again, n2);
    hl_diag_fini(&d);
    return 0;
}
