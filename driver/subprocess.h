// subprocess.h — running the programs `kcarve build` drives (make, gcc,
// kcarve itself): fork and exec with a working directory, stdin from
// /dev/null, stdout and stderr into one log file.  No shell in between.
#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

namespace kcarve::driver {

struct Command {
  std::vector<std::string> argv;  // argv[0] looked up in PATH
  std::string cwd;                // "" = ours
  std::string log;                // stdout + stderr go here ("" = ours)
};

// Starts C; -1 with ERR set when it cannot fork.
pid_t spawn(const Command& c, std::string& err);
// Waits for PID: its exit status, or 128 + the signal that killed it; 127
// when the program could not be run, 126 when CWD could not be entered.
int wait_for(pid_t pid);
// spawn + wait_for.
int run_command(const Command& c, std::string& err);
// The last N lines of FILE (for diagnostics quoting a failed step's log).
std::string tail_lines(const std::string& file, size_t n);

} // namespace kcarve::driver
