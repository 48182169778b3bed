// parser.cc — parse(): runs the bison grammar (c_grammar.y) over one
// translation unit's tokens and hands back the tree.
#include "parser/parser.h"

#include "parser/parse_ctx.h"

namespace kcarve::parser {

Options options_for_std(const std::string& std) {
  Options o;
  bool gnu = std.compare(0, 3, "gnu") == 0;
  bool c90 = std == "c89" || std == "c90" || std == "iso9899:1990" || std == "iso9899:199409";
  bool gnu89 = std == "gnu89" || std == "gnu90";
  o.asm_typeof = gnu;
  o.inline_kw = !c90;
  o.restrict_kw = !c90 && !gnu89;
  return o;
}

bool parse(const pp::PpResult& pp, ast::TranslationUnit& tu, pp::Diagnostics& diag,
           const Options& opts) {
  unsigned errors_before = diag.errors();
  ParseCtx ctx(pp, tu, diag);
  ctx.opts = opts;
  int rc = run_grammar(ctx);
  tu.decls = ctx.top.head;
  return rc == 0 && !ctx.error_reported && diag.errors() == errors_before;
}

} // namespace kcarve::parser
