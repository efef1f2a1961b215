/* mailbox: helpers shared by every implementation of the seam. */
#include "mailbox.h"

#include <stdlib.h>

void
hl_fetched_free(struct hl_fetched *msgs, size_t n)
{
    for (size_t i = 0; msgs && i < n; i++)
        free(msgs[i].data);
    free(msgs);
}
