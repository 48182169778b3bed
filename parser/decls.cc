// decls.cc — the grammar actions' help with declarations: which names a
// declarator declares (C11 6.7.6), declaring them in the typedef-feedback
// scopes, and opening a function body's scope with its parameters
// (6.9.1p9: parameters have block scope of the body).  Every walk over a
// declarator is a loop, so any nesting depth is safe.
#include "parser/parse_ctx.h"
#include "c_grammar.hh"

namespace kcarve::parser {

using ast::Kind;
using ast::NodeId;

ParseCtx::ParseCtx(const pp::PpResult& p, ast::TranslationUnit& t, pp::Diagnostics& d)
    : pp(p), tu(t), diag(d), scopes(p.strings.size()) {
  tu.pp = &p;
  // Pre-size the arena: roughly one node per two tokens.
  tu.nodes.reserve(p.tokens.size() / 2 + 16);
}

void ParseCtx::push_decl_specs(NodeId specs) {
  uint16_t f = 0;
  for (NodeId s = specs; s; s = tu[s].next)
    if (tu[s].kind == Kind::SpecKeyword) {
      if (tu[s].op == ast::KW_TYPEDEF) f |= ast::DF_TYPEDEF;
    }
  decl_flags.push_back(f);
}

// Follows a declarator inwards to its name.
pp::StrId ParseCtx::declarator_name(NodeId d) const {
  while (d) {
    const ast::Node& n = tu[d];
    switch (n.kind) {
      case Kind::DeclName: return n.a;
      case Kind::DeclPointer: d = n.b; break;
      case Kind::DeclParen: d = n.b; break;
      case Kind::DeclArray:
      case Kind::DeclFunction: d = n.a; break;
      default: return 0;
    }
  }
  return 0;
}

void ParseCtx::declare(NodeId declarator, Scopes::Meaning m) {
  pp::StrId id = declarator_name(declarator);
  if (id) scopes.declare(id, m);
}

NodeId ParseCtx::attach_pointers(List ptrs, NodeId inner) {
  tu[ptrs.tail].b = inner;
  if (inner) {
    uint32_t last = tu[inner].last;
    for (NodeId p = ptrs.head; p; p = tu[p].next) {
      if (last > tu[p].last) tu[p].last = last;
      if (p == ptrs.tail) break;
    }
  }
  // The chain was built through `next`; the nesting is through `b`.
  for (NodeId p = ptrs.head; p != ptrs.tail;) {
    NodeId nx = tu[p].next;
    tu[p].next = 0;
    tu[p].b = nx;
    p = nx;
  }
  return ptrs.head;
}

void ParseCtx::begin_function(NodeId declarator) {
  // The function declarator closest to the name holds the parameters.
  NodeId fn = 0;
  for (NodeId d = declarator; d;) {
    const ast::Node& n = tu[d];
    if (n.kind == Kind::DeclFunction) { fn = d; d = n.a; }
    else if (n.kind == Kind::DeclPointer || n.kind == Kind::DeclParen) d = n.b;
    else if (n.kind == Kind::DeclArray) d = n.a;
    else break;
  }
  scopes.open();
  if (!fn) return;
  for (NodeId p = tu[fn].b; p; p = tu[p].next) {
    if (tu[p].kind == Kind::ParamDecl) declare(tu[p].b, Scopes::Object);
    else if (tu[p].kind == Kind::Name) scopes.declare(tu[p].a, Scopes::Object);
  }
}

void ParseCtx::check_fndef_declarator(NodeId d, int la_sym, uint32_t la) {
  if (error_reported || la_sym == T_CGRAM_EMPTY) return;
  auto skip_parens = [&](NodeId x) {
    while (x && tu[x].kind == Kind::DeclParen) x = tu[x].b;
    return x;
  };
  for (NodeId x = skip_parens(d); x; x = skip_parens(x)) {
    const ast::Node& n = tu[x];
    if (n.kind == Kind::DeclFunction) {
      NodeId in = skip_parens(n.a);
      if (!in || tu[in].kind == Kind::DeclName) {  // a function declarator
        if (la_sym != T_LBRACE && !(n.op & (ast::FF_KR | ast::FF_NOPARAMS))) {
          diag.error(tok_loc(tu[in ? in : x].first), "old-style parameter declarations in prototyped function definition");
          error_reported = true;
        }
        return;
      }
      x = n.a;
    } else if (n.kind == Kind::DeclPointer) {
      x = n.b;
    } else if (n.kind == Kind::DeclArray) {
      x = n.a;
    } else {
      break;
    }
  }
  if (la_sym == T_LBRACE) {
    diag.error(tok_loc(la), "expected '=', ',', ';', 'asm' or '__attribute__' before '{' token");
    error_reported = true;
    return;
  }
  pp::Loc at = la > 0 ? loc_after(la - 1) : 0;
  diag.error(at ? at : tok_loc(la), "expected ';' before " + describe_token(la));
  error_reported = true;
}

void ParseCtx::check_fn_tail(NodeId asm_label, NodeId attrs, NodeId kr_decls) {
  if (kr_decls || error_reported) return;
  if (attrs) {
    diag.error(tok_loc(tu[attrs].first),
               "attributes should be specified before the declarator in a function definition");
    error_reported = true;
  } else if (asm_label) {
    diag.error(tok_loc(tu[asm_label].first), "expected '=', ',', ';', 'asm' or '__attribute__' before '{' token");
    error_reported = true;
  }
}

} // namespace kcarve::parser
