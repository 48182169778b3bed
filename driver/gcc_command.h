// gcc_command.h — the gcc option model: reads the compiler command line that
// built a translation unit (as Kbuild runs it, minus the compiler's name) and
// resolves what kcarve needs from it.  Every option gcc 12 accepts for x86_64
// that Kbuild passes is known; options that change preprocessing are acted on,
// the rest (warnings, code generation) are accepted and kept for later stages.
// An option it does not know is reported as a warning, never a failure.
#pragma once

#include <string>
#include <vector>

#include "preproc/preproc.h"

namespace kcarve::driver {

struct GccCommand {
  std::string input;                  // the source file (last non-option)
  std::string output;                 // -o FILE, if given
  bool compile_only = false;          // -c
  bool preprocess_only = false;       // -E
  bool syntax_only = false;           // -fsyntax-only
  bool nostdinc = false;
  bool undef = false;                 // -undef
  std::string std = "gnu17";          // -std= / -ansi, normalized (gnu11, c11, ...)
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

// Parse ARGS (the command line without the compiler's name).  Returns false
// and sets ERROR (gcc's wording, e.g. "missing argument to '-I'") on a
// command line gcc itself would reject.
bool parse_gcc_command(const std::vector<std::string>& args, GccCommand& out,
                       std::string& error);

} // namespace kcarve::driver
