/* lease: the pure part of mailbox leases (lease.h); the SQL is lease_pg.c. */
#include "lease.h"

int
hl_lease_share(int total, int live)
{
    if (total <= 0)
        return 0;
    if (live < 1)
        live = 1;
    return (total + live - 1) / live;
}
