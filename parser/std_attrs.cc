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

AttrArgs std_attr_args(std::string_view ns, std::string_view name, bool scoped) {
  name = pp::attribute_base_name(name);
  // gcc parses the arguments of the gnu:: attributes it knows; an unknown
  // one's arguments are skipped like any vendor's (and it is ignored).
  if (scoped) return pp::attribute_base_name(ns) == "gnu" && pp::gnu_attribute_known(name) ? AttrArgs::Gnu : AttrArgs::Skip;
  if (name == "deprecated" || name == "nodiscard") return AttrArgs::Gnu;
  if (name == "fallthrough" || name == "maybe_unused") return AttrArgs::None;
  return AttrArgs::Skip;
}

ast::NodeId ParseCtx::std_attribute(pp::StrId ns, pp::StrId name, const TokRange& r,
                                    ast::NodeId args) {
  std::string_view n = pp.strings.str(name);
  AttrArgs a = std_attr_args(ns ? pp.strings.str(ns) : std::string_view(), n, ns != 0);
  if (a == AttrArgs::Skip) return 0;  // ignored by gcc: no node
  if (!ns && a == AttrArgs::Gnu && args && tu[args].kind != ast::Kind::StringLit && !error_reported) {
    // [[deprecated]] / [[nodiscard]]: one string literal (gcc: "expected string literal").
    diag.error(tok_loc(tu[args].first), "expected string literal before " + describe_token(tu[args].first));
    error_reported = true;
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
