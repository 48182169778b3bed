// kbuild_cmdline.h — the real gcc command line Kbuild runs for a kernel
// translation unit, asked of Kbuild itself (docs/build.md, "Command lines").
//
// A mirror tree of symlinks holds, for every directory on the way to a listed
// unit, a Kbuild file that includes the original directory's Makefile (so
// ccflags-y, subdir-ccflags-y, CFLAGS_x.o, CFLAGS_REMOVE_x.o, obj-y/obj-m and
// composite objects are the kernel's own), plus a pseudo-goal printing what
// the directory really builds.  `make -C KSRC M=MIRROR dir/x.o ...` then
// builds each unit as a single in-tree target with CC set to a recorder
// (`kcarve __record-cc`) that writes the arguments of each compile of a
// mirror source and fails; every other call (Kbuild's cc-option probes) goes
// to the real compiler.  The mirror's path is taken out of the recorded
// arguments, so they are relative to KSRC, as an in-tree build has them.
// Whether the configuration builds a unit at all is what the pseudo-goal
// tells: it is reached only when every parent directory descends there.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace kcarve::driver {

struct KbuildRequest {
  std::string ksrc;               // the configured kernel tree (.config, include/generated)
  std::vector<std::string> units; // paths relative to KSRC ("net/unix/af_unix.c")
  std::string workdir;            // scratch: the mirror, the records, make's output
  std::string self;               // this kcarve (the recorder)
  std::string cc = "gcc";         // the real compiler for Kbuild's probes
  int jobs = 2;
};

// Fills OUT[unit] = the gcc arguments (without the compiler's name) of each
// unit of REQ.  False with ERR when a unit is not built by the configuration,
// Kbuild runs no compile for it, or make cannot run (ERR names the unit and
// quotes make's first error lines).
bool derive_kbuild_cmdlines(const KbuildRequest& req, std::map<std::string, std::vector<std::string>>& out,
                            std::string& err);

// `kcarve __record-cc LOGDIR MIRROR REALCC ARGS...`: the recorder.  Returns
// the exit status (or execs REALCC).
int record_cc_main(int argc, char** argv);

} // namespace kcarve::driver
