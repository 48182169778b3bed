// parser.cc — parse(): runs the bison grammar (c_grammar.y) over one
// translation unit's tokens and hands back the tree.
#include "parser/parser.h"

#include "parser/parse_ctx.h"

namespace kcarve::parser {

bool parse(const pp::PpResult& pp, ast::TranslationUnit& tu, pp::Diagnostics& diag) {
  unsigned errors_before = diag.errors();
  ParseCtx ctx(pp, tu, diag);
  int rc = run_grammar(ctx);
  tu.decls = ctx.top.head;
  return rc == 0 && !ctx.error_reported && diag.errors() == errors_before;
}

} // namespace kcarve::parser
