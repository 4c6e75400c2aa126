#include "ogc_memory.h"

// Any libc header defines __GLIBC__ on glibc; musl and Darwin have no malloc_trim.
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void ogc_return_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
