// sema.cc — the semantic analyser's frame: builds the target's basic types,
// walks the external declarations in order (C11 6.9), and reports
// diagnostics at the tokens they are about, in gcc's form (the preprocessor's
// Diagnostics add the macro expansion notes).
#include "ast/sema_internal.h"

#include "target/target.h"

namespace kcarve::ast {

Sema::Sema(const TranslationUnit& t, pp::Interner& n, const target::Target& tg, pp::Diagnostics& d,
           Semantics& o, const SemaOptions& op)
    : tu(t), pp(*t.pp), names(n), tgt(tg), abi(op.abi ? *op.abi : target::abi(tg)), diag(d), out(o), types(o.types), opts(op) {
  out.node_type.assign(tu.nodes.size(), 0);
  out.node_sym.assign(tu.nodes.size(), 0);
  out.symbols.assign(1, Symbol{});
  types.char_signed = abi.char_signed;
  auto bits = [&](TK k, unsigned bytes) { types.int_bits[size_t(k) - size_t(TK::Bool)] = uint8_t(bytes * 8); };
  bits(TK::Bool, abi.bool_.size);
  bits(TK::Char, 1); bits(TK::SChar, 1); bits(TK::UChar, 1);
  bits(TK::Short, abi.short_.size); bits(TK::UShort, abi.short_.size);
  bits(TK::Int, abi.int_.size); bits(TK::UInt, abi.int_.size);
  bits(TK::Long, abi.long_.size); bits(TK::ULong, abi.long_.size);
  bits(TK::LLong, abi.llong.size); bits(TK::ULLong, abi.llong.size);
  bits(TK::Int128, 16); bits(TK::UInt128, 16);
  t_void = types.basic(TK::Void);
  t_bool = types.basic(TK::Bool);
  t_char = types.basic(TK::Char);
  t_int = types.basic(TK::Int);
  t_uint = types.basic(TK::UInt);
  t_long = types.basic(TK::Long);
  t_ulong = types.basic(TK::ULong);
  t_double = types.basic(TK::Double);
  // size_t / ptrdiff_t follow the pointer width (LP64 on every model here).
  t_size = abi.pointer.size == abi.long_.size ? t_ulong : t_uint;
  t_ptrdiff = abi.pointer.size == abi.long_.size ? t_long : t_int;
  t_wchar = abi.short_wchar ? types.basic(TK::UShort) : abi.wchar_signed ? t_int : t_uint;
  t_char16 = types.basic(TK::UShort);
  t_char32 = t_uint;
}

SymId Sema::new_symbol(pp::StrId name, SymKind kind) {
  Symbol s{};
  s.name = name;
  s.kind = kind;
  s.scope_depth = depth_;
  out.symbols.push_back(s);
  return SymId(out.symbols.size() - 1);
}

Keyword Sema::keyword(pp::StrId id) {
  if (id >= kw_cache_.size()) kw_cache_.resize(pp.strings.size() + 1, 0);
  uint8_t& c = kw_cache_[id];
  if (!c) c = uint8_t(keyword_of(pp.strings.str(id)) + 1);
  return Keyword(c - 1);
}

void Sema::error_tok(TokIdx tok, const std::string& msg) {
  diag.error(tok < pp.tokens.size() ? pp.tokens[tok].loc : 0, msg);
}
void Sema::warning_tok(TokIdx tok, const std::string& msg) {
  diag.warning(tok < pp.tokens.size() ? pp.tokens[tok].loc : 0, msg);
}
void Sema::error_line_start(TokIdx t, const std::string& msg) {
  if (t >= pp.tokens.size()) { diag.error(0, msg); return; }
  auto at = pp.presumed(pp.tokens[t].loc);
  while (t > 0) {
    auto p = pp.presumed(pp.tokens[t - 1].loc);
    if (p.line != at.line || p.file != at.file) break;
    --t;
  }
  // A position in the file: no "in expansion of macro" notes (as gcc).
  diag.error(pp.expansion_loc(pp.tokens[t].loc), msg);
}

void Sema::error(NodeId at, const std::string& msg) { error_tok(tu.nodes[at].first, msg); }
void Sema::warning(NodeId at, const std::string& msg) { warning_tok(tu.nodes[at].first, msg); }
void Sema::note(NodeId at, const std::string& msg) { note_tok(tu.nodes[at].first, msg); }
void Sema::note_tok(TokIdx t, const std::string& msg) {
  diag.note(t < pp.tokens.size() ? pp.tokens[t].loc : 0, msg);
}

bool Sema::run() {
  unsigned before = diag.errors();
  declare_builtin_types();
  for (NodeId d = tu.decls; d; d = tu.nodes[d].next) external_declaration(d);
  finish_file_scope();
  return diag.errors() == before;
}

bool analyze(const TranslationUnit& tu, pp::Interner& names, const target::Target& tgt,
             pp::Diagnostics& diag, Semantics& out, const SemaOptions& opts) {
  Sema s(tu, names, tgt, diag, out, opts);
  return s.run();
}

} // namespace kcarve::ast
