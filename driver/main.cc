// main.cc — the kcarve command: `kcarve [OPTIONS] -- GCC COMMAND LINE`.
//
// The part after `--` is the gcc invocation that built the translation unit
// (as Kbuild runs it, minus the compiler's name).  The driver resolves it with
// the gcc option model, picks the target model (--compiler=ARCH-gcc-VERSION),
// and runs the stages the mode asks for.  Output goes to a temporary file that
// is renamed into place only on success, so a failed run leaves nothing.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "closure/policy.h"
#include "driver/big_stack.h"
#include "driver/build_mode.h"
#include "driver/kbuild_cmdline.h"
#include "driver/carve_mode.h"
#include "driver/dump_macros.h"
#include "driver/gcc_command.h"
#include "driver/output_file.h"
#include "driver/patch_mode.h"
#include "module/module.h"
#include "ast/sema.h"
#include "parser/parser.h"
#include "preproc/preproc.h"
#include "target/abi.h"
#include "target/target.h"

namespace {

using namespace kcarve;

const char kUsage[] =
    "usage: kcarve [OPTIONS] -- GCC-COMMAND-LINE\n"
    "       kcarve --outfile=OUT.c [--patched-functions=F,G] [--pol-cmd-QUESTION=CMD ...]\n"
    "              [--manifest=OUT.json] -- GCC-COMMAND-LINE\n"
    "       kcarve --outfile=OUT.c --patch=FIX.patch --kernel-policy --symbols=FILE --symvers=FILE\n"
    "              [--manifest=OUT.json] -- GCC-COMMAND-LINE\n"
    "       kcarve build --patch=FIX.patch --ksrc=SRC --kdir=KDIR --symbols=FILE --symvers=FILE\n"
    "              --outdir=DIR [--method=klp-reloc|kallsyms] [-j N]   (kcarve build --help)\n"
    "       kcarve module --outdir=DIR CARVED.c MANIFEST.json ...\n"
    "\n"
    "Carving (the default mode when --outfile and the patched functions are given):\n"
    "  --patched-functions=F,G the functions to patch (default policy: renamed klpp_F)\n"
    "  --patch=FIX.patch       patch what the fix changes in this unit, carved from the\n"
    "                          patched source (run from the kernel tree; docs/fixdiff.md)\n"
    "  --kernel-policy         decide from the target kernel's tables (docs/kernel-policy.md):\n"
    "    --symbols=FILE[,FILE] System.map, /proc/kallsyms, vmlinux or .ko (.xz/.zst/.gz)\n"
    "    --symvers=FILE        Module.symvers\n"
    "    --object=vmlinux|MOD  the unit's object (default: from -DKBUILD_MODNAME/-DMODULE)\n"
    "    --method=klp-reloc|kallsyms  for symbols present but not exported (default klp-reloc)\n"
    "    --ipa-clones=DUMP, --tu-object=FILE  gcc's dump and object of this unit (default:\n"
    "                          compiled once more with --cc, default gcc)\n"
    "  --ipa-clones=DUMP       gcc -fdump-ipa-clones of this unit: copies keep gcc's inlining\n"
    "                          decisions (noinline pins; docs/closure.md)\n"
    "  --id=ID                 the update id in the manifest (default klp_ + OUT's name)\n"
    "  --pol-cmd-is-patched=CMD, --pol-cmd-may-include-header=CMD,\n"
    "  --pol-cmd-can-externalize-fun=CMD, --pol-cmd-shall-externalize-fun=CMD,\n"
    "  --pol-cmd-shall-externalize-obj=CMD, --pol-cmd-modify-patched-fun-sym=CMD,\n"
    "  --pol-cmd-modify-externalized-sym=CMD, --pol-cmd-rename-rewritten-fun=CMD\n"
    "                          ask CMD instead of the default policy (docs/policy.md)\n"
    "  --manifest=FILE         also write the manifest kcarve module reads (docs/manifest.md)\n"
    "  --explain=FILE          write each entity of the closure with its fate\n"
    "\n"
    "Other modes:\n"
    "  -E, --preprocess        write the preprocessed translation unit\n"
    "  --dump-pp-records       write the preprocessor's records (debug)\n"
    "  --syntax-only           preprocess, parse and analyse; diagnostics only\n"
    "  --dump-ast              write the syntax tree (debug)\n"
    "  --dump-layout-asserts   write _Static_asserts of every layout and constant\n"
    "  --compiler=ARCH-gcc-VER target model (default x86_64-gcc-12.2.0)\n"
    "  --outfile=FILE          write the output to FILE (default: stdout)\n"
    "  --also-preprocess=FILE  with the analysing modes: also write -E's output to FILE\n"
    "                          (tests: one run serves the token and layout checks)\n"
    "  --changed-functions --patch=FIX.patch\n"
    "                          what the fix changes in this unit (driver/patch_mode.cc)\n"
    "  --help, --version\n";

enum class Mode { None, Preprocess, DumpRecords, SyntaxOnly, DumpAst, DumpLayoutAsserts, Carve };

struct KcarveOptions {
  Mode mode = Mode::None;
  std::string compiler;
  std::string outfile;
  std::string pp_outfile;  // --also-preprocess=FILE
  std::vector<std::string> gcc_args;
  // Carving.
  driver::CarveOptions carve;
  bool patched_given = false;
};

// Reports a usage error in gcc's form (no source position: "kcarve: error:").
int usage_error(const std::string& msg) {
  std::fprintf(stderr, "kcarve: error: %s\n", msg.c_str());
  std::fprintf(stderr, "kcarve: note: run 'kcarve --help' for usage\n");
  return 2;
}

bool starts_with(const std::string& s, const char* p) {
  return s.compare(0, std::strlen(p), p) == 0;
}

// Returns -1 to go on, else the exit status.
int parse_kcarve_options(int argc, char** argv, KcarveOptions& o) {
  int i = 1;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") { ++i; break; }
    if (a == "-E" || a == "--preprocess") o.mode = Mode::Preprocess;
    else if (a == "--dump-pp-records") o.mode = Mode::DumpRecords;
    else if (a == "--syntax-only") o.mode = Mode::SyntaxOnly;
    else if (a == "--dump-ast") o.mode = Mode::DumpAst;
    else if (a == "--dump-layout-asserts") o.mode = Mode::DumpLayoutAsserts;
    else if (starts_with(a, "--compiler=")) o.compiler = a.substr(11);
    else if (starts_with(a, "--outfile=")) o.outfile = a.substr(10);
    else if (starts_with(a, "--also-preprocess=")) o.pp_outfile = a.substr(18);
    else if (starts_with(a, "--patched-functions=")) {
      o.patched_given = true;
      std::string list = a.substr(20);
      std::vector<std::string>& patched = o.carve.patched;
      for (size_t p = 0; p <= list.size();) {
        size_t c = list.find(',', p);
        if (c == std::string::npos) c = list.size();
        if (c > p) patched.push_back(list.substr(p, c - p));
        p = c + 1;
      }
    } else if (starts_with(a, "--manifest=")) o.carve.manifest = a.substr(11);
    else if (starts_with(a, "--explain=")) o.carve.explain = a.substr(10);
    else if (starts_with(a, "--patch=")) o.carve.patch = a.substr(8);
    else if (starts_with(a, "--cc=")) o.carve.cc = a.substr(5);
    else if (starts_with(a, "--id=")) o.carve.id = a.substr(5);
    else if (starts_with(a, "--pol-cmd-")) {
      size_t eq = a.find('=');
      std::string q = a.substr(10, eq == std::string::npos ? std::string::npos : eq - 10);
      size_t k = 0;
      while (k < closure::kNumQuestions && q != closure::question_name(closure::Question(k))) ++k;
      if (k == closure::kNumQuestions || eq == std::string::npos)
        return usage_error("unrecognized option '" + a + "'");
      o.carve.pol_cmd[k] = a.substr(eq + 1);
    } else if (std::string err; kpolicy::parse_kernel_policy_option(a, o.carve.kernel, err)) {
      if (!err.empty()) return usage_error(err);
    }
    else if (a == "--help") { std::fputs(kUsage, stdout); return 0; }
    else if (a == "--version") { std::puts("kcarve " PACKAGE_VERSION); return 0; }
    else return usage_error("unrecognized option '" + a + "'");
  }
  for (; i < argc; ++i) o.gcc_args.push_back(argv[i]);
  bool policy_patched = !o.carve.pol_cmd[size_t(closure::Question::IsPatched)].empty();
  if (o.mode == Mode::None && !o.outfile.empty() && (o.patched_given || policy_patched || !o.carve.patch.empty()))
    o.mode = Mode::Carve;
  o.carve.outfile = o.outfile;
  if (o.mode == Mode::None)
    return usage_error("no mode given (use -E, --syntax-only, or --outfile with --patched-functions or --patch)");
  if (o.mode == Mode::Carve && o.patched_given && o.carve.patched.empty())
    return usage_error("--patched-functions names no function");
  if (o.gcc_args.empty())
    return usage_error("no compiler command line after '--'");
  return -1;
}

int run(const KcarveOptions& ko) {
  const target::Target* tgt = &target::default_target();
  if (!ko.compiler.empty()) {
    tgt = target::find(ko.compiler);
    if (!tgt) {
      std::string known;
      for (auto n : target::names()) known += " " + std::string(n);
      return usage_error("unknown compiler model '" + ko.compiler + "' (known:" + known + ")");
    }
  }

  driver::GccCommand cmd;
  std::string err;
  if (!driver::parse_gcc_command(ko.gcc_args, cmd, err, tgt)) {
    std::fprintf(stderr, "kcarve: error: %s\n", err.c_str());
    return 1;
  }
  for (const auto& w : cmd.warnings) std::fprintf(stderr, "kcarve: warning: %s\n", w.c_str());
  if (cmd.input.empty()) {
    std::fprintf(stderr, "kcarve: error: no input file in the compiler command line\n");
    return 1;
  }

  driver::apply_target(*tgt, cmd);  // predefines, builtin dirs, stdc-predef.h
  if (ko.mode == Mode::Carve) return driver::carve_main(ko.carve, cmd, *tgt);
  pp::Options& po = cmd.pp;

  pp::PpResult result;
  pp::Diagnostics diag(stderr);
  diag.attach(&result);
  for (const std::string& a : cmd.args)  // gcc -w: no warnings at all
    if (a == "-w") diag.inhibit_warnings(true);
  bool ok = pp::preprocess(po, result, diag);
  if (!ok || diag.errors()) return 1;

  if (ko.mode == Mode::SyntaxOnly || ko.mode == Mode::DumpAst || ko.mode == Mode::DumpLayoutAsserts) {
    if (!ko.pp_outfile.empty()) {
      std::string text;
      pp::print_preprocessed(result, text);
      if (!driver::write_output(ko.pp_outfile, text)) return 1;
    }
    ast::TranslationUnit tu;
    if (!parser::parse(result, tu, diag, parser::options_for_std(cmd.std))) return 1;
    std::string dumped;
    if (ko.mode == Mode::DumpAst) {
      ast::dump(tu, dumped);
      return driver::write_output(ko.outfile, dumped) ? 0 : 1;
    }
    ast::Semantics sem;
    ast::SemaOptions so = driver::sema_options(cmd);
    target::Abi layout_abi = target::abi(*tgt, cmd.target_flags);
    so.abi = &layout_abi;
    if (!ast::analyze(tu, result.strings, *tgt, diag, sem, so) || diag.errors()) return 1;
    if (ko.mode == Mode::SyntaxOnly) return 0;
    ast::dump_layout_asserts(tu, *tgt, sem, dumped, so);
    return driver::write_output(ko.outfile, dumped) ? 0 : 1;
  }

  std::string text;
  if (ko.mode == Mode::Preprocess && cmd.preprocess_only && cmd.dump_macros)
    driver::dump_macros(result, text);  // -- ... -dM -E: gcc -dM's listing
  else if (ko.mode == Mode::Preprocess) pp::print_preprocessed(result, text);
  else pp::dump_records(result, text);
  return driver::write_output(ko.outfile, text) ? 0 : 1;
}


} // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "module") == 0) return kcarve::module::module_main(argc - 1, argv + 1);
  if (argc > 1 && std::strcmp(argv[1], "build") == 0) return kcarve::driver::build_main(argc - 1, argv + 1);
  if (argc > 1 && std::strcmp(argv[1], "__record-cc") == 0) return kcarve::driver::record_cc_main(argc - 1, argv + 1);
  // --changed-functions --patch=FIX: patch input (driver/patch_mode.cc).
  if (int st = kcarve::driver::patch_mode_main(argc, argv); st >= 0) return st;
  KcarveOptions ko;
  int st = parse_kcarve_options(argc, argv, ko);
  if (st >= 0) return st;
  return kcarve::driver::run_on_big_stack([&ko] { return run(ko); });
}
