// fix_units.cc — see fix_units.h.
#include "driver/fix_units.h"

#include <cstdio>

namespace kcarve::driver {

bool build_fix_units(const std::string& patch_path, const GccCommand& cmd, const target::Target& tgt,
                     const target::Abi& abi, FixUnits& out) {
  fixdiff::Patch patch;
  if (!fixdiff::read_patch_file(patch_path, patch, stderr)) return false;
  std::vector<fixdiff::PatchedFile> files;
  if (!fixdiff::apply_patch(patch, ".", files, stderr)) return false;
  for (const fixdiff::PatchedFile& f : files) out.changed_files.push_back(pp::canonical_path("./" + f.path));

  out.orig = std::make_unique<BuiltUnit>();
  out.patched = std::make_unique<BuiltUnit>();
  if (!build_unit(cmd, cmd.pp, tgt, abi, *out.orig)) return false;
  pp::Options ppo = cmd.pp;
  ppo.file_overlays = fixdiff::overlays(files, ".");
  if (!fixdiff::touches(out.orig->pp, files, ".")) {
    // Still preprocess the patched unit: the patch may add a header it includes.
    pp::PpResult probe;
    pp::Diagnostics quiet(stderr);
    quiet.attach(&probe);
    quiet.inhibit_warnings(true);
    if (!pp::preprocess(ppo, probe, quiet) || !fixdiff::touches(probe, files, ".")) {
      std::fprintf(stderr, "%s: error: the patch does not change this translation unit (%s)\n", patch_path.c_str(),
                   cmd.input.c_str());
      return false;
    }
  }
  if (!build_unit(cmd, ppo, tgt, abi, *out.patched)) {
    std::fprintf(stderr, "%s: note: the errors above are in the translation unit as patched\n", patch_path.c_str());
    return false;
  }
  // The overlay cannot hide a file from the disk: a deleted file the patched
  // unit still reads is the fix's inconsistency, or this unit is gone.
  for (const fixdiff::PatchedFile& f : files)
    if (f.deleted && fixdiff::touches(out.patched->pp, {f}, ".")) {
      std::fprintf(stderr, "%s: error: the patch deletes '%s', which the patched translation unit reads\n",
                   patch_path.c_str(), f.path.c_str());
      return false;
    }
  out.found = fixdiff::compare({&out.orig->pp, &out.orig->tu, &out.orig->sem},
                               {&out.patched->pp, &out.patched->tu, &out.patched->sem});
  for (const fixdiff::Finding& f : out.found)
    if (f.kind == fixdiff::Finding::Refusal) out.patched->diag->error(f.loc, f.reason);
  return !out.patched->diag->errors();
}

} // namespace kcarve::driver
