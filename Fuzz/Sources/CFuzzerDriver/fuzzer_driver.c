#include "fuzzer_driver.h"

// Provided by libclang_rt.fuzzer_no_main (the entry point libFuzzer offers to programs with their own main).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

int ogc_fuzz_run(int argc, char **argv, ogc_fuzz_test_one_input test_one_input) {
    return LLVMFuzzerRunDriver(&argc, &argv, test_one_input);
}
