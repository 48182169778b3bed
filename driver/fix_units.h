// fix_units.h — a fix's two translation units: the unit as on disk and as
// the patch leaves it, and what fixdiff finds between them.  Shared by the
// patch mode (--changed-functions) and the carving mode with --patch.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "driver/gcc_command.h"
#include "driver/unit_build.h"
#include "fixdiff/fixdiff.h"

namespace kcarve::driver {

struct FixUnits {
  std::unique_ptr<BuiltUnit> orig, patched;
  std::vector<fixdiff::Finding> found;  // refusals already reported as errors
  std::vector<std::string> changed_files;  // the files the patch changes (pp::canonical_path)
};

// Reads PATCH, applies it in memory to the tree rooted at the working
// directory (paths -p1), builds the unit CMD compiles from the disk and with
// the patched files laid over it, and compares them.  False after a
// diagnostic: a malformed or misapplying patch, a patch that does not touch
// this unit, errors in either unit, or a change a live patch cannot carry
// (each refusal an error at the patched declaration).
bool build_fix_units(const std::string& patch, const GccCommand& cmd, const target::Target& tgt,
                     const target::Abi& abi, FixUnits& out);

} // namespace kcarve::driver
