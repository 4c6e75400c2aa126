#ifndef OGC_FUZZER_DRIVER_H
#define OGC_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// One fuzz input: libFuzzer's LLVMFuzzerTestOneInput signature. Returns 0.
typedef int (*ogc_fuzz_test_one_input)(const uint8_t *data, size_t size);

/// Runs libFuzzer with `argv` (its usual options and corpus folders) on `test_one_input`, and
/// returns its exit status. ogcard-fuzz has its own `main` (it first picks a target by name), so
/// it links libFuzzer without libFuzzer's `main` and starts it through this call.
int ogc_fuzz_run(int argc, char **argv, ogc_fuzz_test_one_input test_one_input);

#endif
