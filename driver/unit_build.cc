// unit_build.cc — see unit_build.h.
#include "driver/unit_build.h"

namespace kcarve::driver {

bool build_unit(const GccCommand& cmd, const pp::Options& po, const target::Target& tgt, const target::Abi& abi,
                BuiltUnit& b) {
  b.diag = std::make_unique<pp::Diagnostics>(stderr);
  b.diag->attach(&b.pp);
  for (const std::string& a : cmd.args)  // gcc -w: no warnings at all
    if (a == "-w") b.diag->inhibit_warnings(true);
  if (!pp::preprocess(po, b.pp, *b.diag) || b.diag->errors()) return false;
  if (!parser::parse(b.pp, b.tu, *b.diag, parser::options_for_std(cmd.std))) return false;
  ast::SemaOptions so = sema_options(cmd);
  so.abi = &abi;
  return ast::analyze(b.tu, b.pp.strings, tgt, *b.diag, b.sem, so) && !b.diag->errors();
}

} // namespace kcarve::driver
