// carve_mode.h — the carving mode: `kcarve --outfile=OUT.c ... -- GCC ARGS`
// (kcarve(1)).  Builds the unit (or, with --patch, the unit before and after
// the fix), asks the policy (commands, the kernel policy, or the default),
// computes the closure, and writes the carved file and its manifest, both or
// neither.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "closure/policy.h"
#include "driver/gcc_command.h"
#include "kpolicy/kpolicy.h"
#include "target/target.h"

namespace kcarve::driver {

struct CarveOptions {
  std::string outfile, manifest, explain;
  std::vector<std::string> patched;  // --patched-functions
  std::string patch;                 // --patch=FIX.patch: the patched functions are what it changes
  std::array<std::string, closure::kNumQuestions> pol_cmd;
  kpolicy::KernelPolicyOptions kernel;  // --kernel-policy and its tables
  std::string cc = "gcc";               // --cc: the compiler the kernel policy recompiles the unit with
  std::string id;                       // --id: the update id (default from the output's name)
};

// Runs the carve of the unit CMD compiles (parsed, target applied) for the
// compiler model TGT.  Returns the exit status.
int carve_main(const CarveOptions& o, const GccCommand& cmd, const target::Target& tgt);

// An update id from the output's name: klp_ + the name without .c, made a C
// identifier of at most 55 characters.
std::string update_id(const std::string& outfile);

} // namespace kcarve::driver
