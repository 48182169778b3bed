// gcc_command.h — the gcc option model: reads the compiler command line that
// built a translation unit (as Kbuild runs it, minus the compiler's name) and
// resolves what kcarve needs from it.  Every option gcc 12 accepts for x86_64
// that Kbuild passes is known; options that change preprocessing are acted on,
// the rest (warnings, code generation) are accepted and kept for later stages.
// An option it does not know is reported as a warning, never a failure.
#pragma once

#include <string>
#include <vector>

#include "ast/sema.h"
#include "preproc/preproc.h"
#include "target/target.h"

namespace kcarve::driver {

struct GccCommand {
  std::string input;                  // the source file (last non-option)
  std::string output;                 // -o FILE, if given
  bool compile_only = false;          // -c
  bool preprocess_only = false;       // -E
  bool syntax_only = false;           // -fsyntax-only
  bool nostdinc = false;
  bool undef = false;                 // -undef
  bool hosted = true;                 // -ffreestanding / -fno-hosted clear it
  std::string std = "gnu17";          // -std= / -ansi, normalized (gnu11, c11, ...)
  std::string language;               // -x LANG in effect for the input ("" = by suffix)
  // Preprocessor output controls (cpp manual, "Invocation"): -dM -dD -dN -dI
  // -dU, -P (no line markers), -C / -CC (keep comments), -H, -M/-MM.
  bool dump_macros = false;           // -dM: only the macros defined at the end
  bool dump_defines = false;          // -dD
  bool dump_names = false;            // -dN
  bool dump_includes = false;         // -dI
  bool dump_used = false;             // -dU
  bool no_line_markers = false;       // -P
  bool keep_comments = false;         // -C
  bool keep_macro_comments = false;   // -CC
  bool print_includes = false;        // -H
  bool deps_only = false;             // -M / -MM (no -E output)
  // Flags target::predefines() reads, in order (-O*, -std=, -ansi, -undef,
  // -f*, -m*, -pthread, ...).
  std::vector<std::string> target_flags;
  // Preprocessor inputs resolved from -I -iquote -isystem -idirafter -D -U
  // -include -imacros -trigraphs -Wp,... (predefines and the builtin system
  // directories are filled in by the driver from the target model).
  pp::Options pp;
  // The whole command line as given, for later stages and the module build.
  std::vector<std::string> args;
  // Diagnostics for options it does not know (one string each, gcc's wording).
  std::vector<std::string> warnings;
};

// Parse ARGS (the command line without the compiler's name) for the compiler
// model T (nullptr: the default model, which decides which -m options
// exist).  Returns false and sets ERROR (gcc's wording, e.g. "missing
// argument to '-I'") on a command line gcc itself would reject.
bool parse_gcc_command(const std::vector<std::string>& args, GccCommand& out,
                       std::string& error, const target::Target* t = nullptr);

// Completes CMD.pp from the target model: the <built-in> predefines for
// CMD.target_flags, the builtin system directories (unless -nostdinc), and
// gcc's implicit preinclude (stdc-predef.h; unless -nostdinc or
// -ffreestanding), found on the <...> search path and put before the
// -include files, as gcc does; skipped if not found.
void apply_target(const target::Target& t, GccCommand& cmd);

// The semantic options the command line implies: the -std dialect, hosted
// or not, -fno-builtin[-NAME], -fgnu89-inline, and Kbuild's
// -Werror=implicit-function-declaration.  The layout ABI is the caller's.
ast::SemaOptions sema_options(const GccCommand& cmd);

} // namespace kcarve::driver
