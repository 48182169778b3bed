// patch_mode.cc — `kcarve --changed-functions --patch=FIX.patch -- GCC ARGS`.
//
// Run from the kernel tree, as gcc ran: reads the fix (fixdiff/), applies
// it in memory to the tree ("." is the root, paths -p1), then builds the
// translation unit twice — as on disk and with the patched files laid over
// the disk (pp::Options::file_overlays) — each preprocessed, parsed and
// analysed as the other modes do, and prints what fixdiff::compare finds:
//   changed NAME / new NAME / deleted NAME / new-object NAME
// one per line, in the patched unit's order.  A change a live patch cannot
// carry is an error at the patched declaration; then, as after any error,
// nothing is written and the exit status is 1.
#include "driver/patch_mode.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "driver/big_stack.h"
#include "driver/gcc_command.h"
#include "driver/output_file.h"
#include "driver/fix_units.h"
#include "target/abi.h"
#include "target/target.h"

namespace kcarve::driver {

namespace {

struct PatchOptions {
  std::string patch, compiler, outfile;
  std::vector<std::string> gcc_args;
};

int usage_error(const std::string& msg) {
  std::fprintf(stderr, "kcarve: error: %s\n", msg.c_str());
  std::fprintf(stderr, "kcarve: note: run 'kcarve --help' for usage\n");
  return 2;
}

int run(const PatchOptions& o) {
  const target::Target* tgt = &target::default_target();
  if (!o.compiler.empty() && !(tgt = target::find(o.compiler)))
    return usage_error("unknown compiler model '" + o.compiler + "'");

  GccCommand cmd;
  std::string err;
  if (!parse_gcc_command(o.gcc_args, cmd, err, tgt)) {
    std::fprintf(stderr, "kcarve: error: %s\n", err.c_str());
    return 1;
  }
  for (const auto& w : cmd.warnings) std::fprintf(stderr, "kcarve: warning: %s\n", w.c_str());
  if (cmd.input.empty()) {
    std::fprintf(stderr, "kcarve: error: no input file in the compiler command line\n");
    return 1;
  }
  apply_target(*tgt, cmd);
  target::Abi abi = target::abi(*tgt, cmd.target_flags);

  FixUnits fx;
  if (!build_fix_units(o.patch, cmd, *tgt, abi, fx)) return 1;
  std::string text;
  for (const fixdiff::Finding& f : fx.found) {
    switch (f.kind) {
      case fixdiff::Finding::Changed: text += "changed " + f.name + "\n"; break;
      case fixdiff::Finding::New: text += "new " + f.name + "\n"; break;
      case fixdiff::Finding::Deleted: text += "deleted " + f.name + "\n"; break;
      case fixdiff::Finding::NewObject: text += "new-object " + f.name + "\n"; break;
      case fixdiff::Finding::Refusal: break;  // reported by build_fix_units
    }
  }
  return write_output(o.outfile, text) ? 0 : 1;
}


} // namespace

int patch_mode_main(int argc, char** argv) {
  bool mode = false;
  for (int i = 1; i < argc && std::strcmp(argv[i], "--") != 0; ++i)
    if (std::strcmp(argv[i], "--changed-functions") == 0) mode = true;
  if (!mode) return -1;
  PatchOptions o;
  int i = 1;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") { ++i; break; }
    if (a == "--changed-functions") continue;
    if (a.compare(0, 8, "--patch=") == 0) o.patch = a.substr(8);
    else if (a.compare(0, 11, "--compiler=") == 0) o.compiler = a.substr(11);
    else if (a.compare(0, 10, "--outfile=") == 0) o.outfile = a.substr(10);
    else return usage_error("unrecognized option '" + a + "' with --changed-functions");
  }
  for (; i < argc; ++i) o.gcc_args.push_back(argv[i]);
  if (o.patch.empty()) return usage_error("--changed-functions needs --patch=FILE");
  if (o.gcc_args.empty()) return usage_error("no compiler command line after '--'");
  return run_on_big_stack([&o] { return run(o); });
}

} // namespace kcarve::driver
