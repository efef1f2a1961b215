/* fake_fault: see fake_fault.h. */
#include "fake_fault.h"

void
fake_fault_arm(struct fake_fault *f, int fail_at, bool after)
{
    f->calls = 0;
    f->fail_at = fail_at;
    f->after = after;
}

bool
fake_fault_before(struct fake_fault *f, struct hl_err *err)
{
    if (f == NULL)
        return false;
    f->calls++;
    if (f->calls == f->fail_at && !f->after) {
        hl_err_set(err, HL_ERR_TEMP, "injected failure at call %d", f->calls);
        return true;
    }
    return false;
}

bool
fake_fault_after(struct fake_fault *f, struct hl_err *err)
{
    if (f == NULL || f->calls != f->fail_at || !f->after)
        return false;
    hl_err_set(err, HL_ERR_TEMP, "injected failure after call %d", f->calls);
    return true;
}
