#ifndef OGC_MEMORY_H
#define OGC_MEMORY_H

/// Hands the C heap's free pages back to the system (glibc `malloc_trim`; nothing elsewhere).
/// A long-running process whose memory was freed after a burst calls it so its resident size
/// falls back, instead of staying at the burst's peak spread over glibc's per-thread arenas.
void ogc_return_free_memory(void);

#endif
