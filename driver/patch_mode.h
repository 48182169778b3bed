// patch_mode.h — `kcarve --changed-functions --patch=FIX.patch -- GCC ARGS`:
// what a fix changes in one translation unit (fixdiff/), one line per
// finding.  Kept apart from main.cc, which only hands over to it.
#pragma once

namespace kcarve::driver {

// -1 when ARGV asks for no patch mode (no --changed-functions before
// `--`), else the exit status of the run.
int patch_mode_main(int argc, char** argv);

} // namespace kcarve::driver
