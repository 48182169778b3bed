// output_file.h — writing an output atomically: a temporary file beside the
// target, renamed into place only when everything was written.  A failed run
// never leaves a partial output file behind.
#pragma once

#include <string>

namespace kcarve::driver {

// Write TEXT to PATH ("" or "-": standard output).  Diagnoses failures on
// stderr ("kcarve: error: ...") and returns false.
bool write_output(const std::string& path, const std::string& text);
// The whole of PATH into OUT; false when it cannot be read.
bool read_whole_file(const std::string& path, std::string& out);

} // namespace kcarve::driver
