// std_attrs.cc — the grammar actions' help with C2x attributes, `[[...]]`,
// as gcc 12 accepts them in the GNU dialects (gcc manual 6.33 "Attribute
// Syntax"; C2x 6.7.12).  gcc applies an attribute in the gnu namespace
// (`gnu::` or `__gnu__::`) as the GNU attribute of that name, and the
// standard ones (deprecated, fallthrough, maybe_unused, nodiscard); any
// other attribute it ignores with a warning, so it gets no node here (its
// tokens stay inside the specifier's range).  Which arguments are parsed,
// skipped or refused is decided by the lexer (token_source.cc).
#include "parser/parse_ctx.h"

namespace kcarve::parser {

namespace {

bool is_named(std::string_view s, std::string_view name) {
  if (s.size() == name.size() + 4 && s.substr(0, 2) == "__" && s.substr(s.size() - 2) == "__")
    s = s.substr(2, name.size());
  return s == name;
}

} // namespace

ast::NodeId ParseCtx::std_attribute(pp::StrId ns, pp::StrId name, const TokRange& r,
                                    ast::NodeId args) {
  std::string_view n = pp.strings.str(name);
  if (ns) {
    if (!is_named(pp.strings.str(ns), "gnu") || !pp::gnu_attribute_known(n)) return 0;
  } else if (is_named(n, "deprecated") || is_named(n, "nodiscard")) {
    // Their one argument is a string literal (gcc: "expected string literal").
    if (args && tu[args].kind != ast::Kind::StringLit && !error_reported) {
      diag.error(tok_loc(tu[args].first),
                 "expected string literal before " + describe_token(tu[args].first));
      error_reported = true;
    }
  } else if (!is_named(n, "fallthrough") && !is_named(n, "maybe_unused")) {
    return 0;
  }
  return mk(ast::Kind::Attribute, r, name, args);
}

void ParseCtx::check_scope_colons(uint32_t colon) {
  // gcc takes `::` only as two adjacent colons; `gnu: :x` is an error where
  // the first colon stands.  Colons from macros are not checked.
  pp::Loc after = loc_after(colon);
  if (!after || after == pp.tokens[colon + 1].loc || error_reported) return;
  diag.error(tok_loc(colon), "expected ']' before ':' token");
  error_reported = true;
}

} // namespace kcarve::parser
