// unit_build.h — one translation unit built through analysis: preprocessed,
// parsed and analysed as every analysing mode does it, with the unit's own
// diagnostics sink.  The carving mode with --patch builds two (the unit as on
// disk and as patched), the patch mode too.
#pragma once

#include <memory>

#include "ast/sema.h"
#include "driver/gcc_command.h"
#include "parser/parser.h"
#include "preproc/preproc.h"
#include "target/abi.h"
#include "target/target.h"

namespace kcarve::driver {

struct BuiltUnit {
  pp::PpResult pp;
  ast::TranslationUnit tu;
  ast::Semantics sem;
  std::unique_ptr<pp::Diagnostics> diag;  // attached to pp; reports on stderr
};

// Builds the unit CMD compiles, preprocessed with PO (CMD.pp, or a copy with
// file overlays).  False after the unit's errors were reported.
bool build_unit(const GccCommand& cmd, const pp::Options& po, const target::Target& tgt, const target::Abi& abi,
                BuiltUnit& out);

} // namespace kcarve::driver
