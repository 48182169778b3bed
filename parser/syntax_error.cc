// syntax_error.cc — how the parser names tokens in its diagnostics, in gcc's
// words: "expected ';' before '}' token", "... before 'foo'", "... before
// numeric constant", "... at end of input".  Locations are the tokens' own;
// pp::Diagnostics adds file:line:col and the macro expansion notes.
#include "parser/parse_ctx.h"

namespace kcarve::parser {

pp::Loc ParseCtx::tok_loc(uint32_t tok) const {
  const auto& toks = pp.tokens;
  if (toks.empty()) return 0;
  if (tok >= toks.size()) tok = toks.size() - 1;
  // The end-of-file token may carry no location: use the last real token.
  while (tok > 0 && toks[tok].loc == 0) --tok;
  return toks[tok].loc;
}

pp::Loc ParseCtx::eof_loc() const {
  const auto& toks = pp.tokens;
  size_t i = toks.size();
  while (i > 0 && (toks[i - 1].kind == pp::TK_EOF || toks[i - 1].loc == 0 ||
                   pp::is_macro_loc(toks[i - 1].loc)))
    --i;
  if (i == 0) return tok_loc(toks.empty() ? 0 : toks.size() - 1);
  --i;
  while (i > 0 && !(toks[i].flags & pp::TF_BOL) && !pp::is_macro_loc(toks[i - 1].loc)) --i;
  return toks[i].loc;
}

pp::Loc ParseCtx::loc_after(uint32_t tok) const {
  if (tok >= pp.tokens.size()) return 0;
  const pp::Token& t = pp.tokens[tok];
  if (t.loc == 0 || pp::is_macro_loc(t.loc) || t.kind == pp::TK_EOF) return 0;
  return t.loc + static_cast<pp::Loc>(pp.strings.str(t.spelling).size());
}

std::string ParseCtx::describe_token(uint32_t tok) const {
  const auto& toks = pp.tokens;
  if (tok >= toks.size() || toks[tok].kind == pp::TK_EOF) return "";
  const pp::Token& t = toks[tok];
  std::string s(pp.strings.str(t.spelling));
  switch (t.kind) {
    case pp::TK_NUMBER: return "numeric constant";
    case pp::TK_CHAR: return "character constant";
    case pp::TK_STRING: return "string constant";
    case pp::TK_IDENT: return "'" + s + "'";
    case pp::TK_PRAGMA: return "'#pragma'";
    default: return "'" + s + "' token";
  }
}

} // namespace kcarve::parser
