// build_mode.h — `kcarve build`: a fix to a built live patch module in one
// command (build_mode.cc, docs/build.md).
#pragma once

namespace kcarve::driver {

// ARGV[0] is "build".  Returns the exit status.
int build_main(int argc, char** argv);

} // namespace kcarve::driver
