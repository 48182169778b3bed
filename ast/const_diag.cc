// const_diag.cc — "is not an integer constant" errors (C11 6.6p6 contexts) in
// gcc 12's words and at gcc's positions.  Each context has its own message
// (c-decl.cc build_enumerator and grokfield, c-parser.cc static assertions,
// c-common.cc check_case_value, c-typeck.cc set_init_index), and gcc points
// either at the expression (its EXPR_LOCATION: the operator of a binary
// expression, the ':' of a conditional, the '[' of a subscript, else its first
// token) or at the declaration the constant is for.
#include "ast/const_eval_internal.h"

namespace kcarve::ast {

namespace {

constexpr TokIdx kNoTok = ~TokIdx(0);

// gcc's EXPR_LOCATION of E, kNoTok when the tree has none (a declaration
// reference or a constant), in which case gcc falls back on the first token.
TokIdx expr_loc(const Sema& s, NodeId e) {
  const Node& n = s.tu.nodes[e];
  switch (n.kind) {
  case Kind::Paren:
    return expr_loc(s, n.a);
  case Kind::Ident: case Kind::Number: case Kind::CharConst: case Kind::StringLit: case Kind::FuncName:
    return kNoTok;
  case Kind::Binary: case Kind::Assign: case Kind::Comma: case Kind::Index:
    return s.tu.nodes[n.a].last + 1;
  case Kind::Member:
    return s.tu.nodes[n.a].last + 1;
  case Kind::Cond:
    return n.b ? s.tu.nodes[n.b].last + 1 : s.tu.nodes[n.a].last + 2;
  case Kind::PostIncDec:
    return n.last;
  case Kind::Unary:
    if (n.op == UO_EXTENSION) return expr_loc(s, n.a);
    return n.first;
  default:
    return n.first;
  }
}

TokIdx loc_or_first(const Sema& s, NodeId e) {
  TokIdx t = expr_loc(s, e);
  return t == kNoTok ? s.tu.nodes[e].first : t;
}

std::string quoted(const Sema& s, pp::StrId name) {
  if (!name) return "'<anonymous>'";
  return "'" + s.str(name) + "'";
}

bool is_ident_tok(const Sema& s, TokIdx t) {
  return t < s.pp.tokens.size() && s.pp.tokens[t].kind == pp::TK_IDENT;
}

} // namespace

bool Sema::require_int_const(NodeId e, Int& v, const char* what, NodeId at, pp::StrId name) {
  TypeId t = e < out.node_type.size() ? out.node_type[e] : 0;
  if (!t) return false;  // already diagnosed
  if (int_const(e, v)) return true;
  const std::string_view w = what ? what : "";
  const Node& n = tu.nodes[e];
  bool integral = types.is_integer(t);
  if (w == "static assertion") {
    error_tok(loc_or_first(*this, e), integral ? "expression in static assertion is not constant"
                                               : "expression in static assertion is not an integer");
    return false;
  }
  if (w == "enumerator value") {
    // The enumerator's name token: AT's first token, or `NAME =` before E.
    TokIdx name_tok = at ? tu.nodes[at].first : (n.first >= 2 ? n.first - 2 : n.first);
    if (!name) {
      if (at && tu.nodes[at].kind == Kind::Enumerator) name = tu.nodes[at].a;
      else if (is_ident_tok(*this, name_tok)) name = pp.tokens[name_tok].spelling;
    }
    std::string msg = "enumerator value for " + quoted(*this, name) + " is not an integer constant";
    if (!integral) {
      error_tok(n.first, msg);
      return false;
    }
    // gcc reports this one at input_location: the name, unless a token it
    // has read since (up to the one after the value) began a new line.
    TokIdx pos = name_tok;
    TokIdx end = n.last + 1 < pp.tokens.size() ? n.last + 1 : n.last;
    for (TokIdx k = name_tok + 1; k <= end; ++k)
      if (pp.tokens[k].flags & pp::TF_BOL) pos = k;
    error_tok(pos, msg);
    return false;
  }
  if (w == "bit-field width") {
    TokIdx pos = at ? tu.nodes[at].first : (n.first >= 2 ? n.first - 2 : n.first);
    if (!name && !at && is_ident_tok(*this, pos)) name = pp.tokens[pos].spelling;
    error_tok(pos, "bit-field " + quoted(*this, name) + " width not an integer constant");
    return false;
  }
  if (w == "case label") {
    TokIdx pos = at ? tu.nodes[at].first : (n.first ? n.first - 1 : 0);
    error_tok(pos, "case label does not reduce to an integer constant");
    return false;
  }
  if (w == "designator") {
    error_tok(n.first, integral ? "nonconstant array index in initializer"
                                : "array index in initializer not of integer type");
    return false;
  }
  if (w == "array size") {
    if (!integral) {
      TokIdx pos = at ? tu.nodes[at].first : n.first;
      error_tok(pos, name ? "size of array " + quoted(*this, name) + " has non-integer type"
                          : std::string("size of unnamed array has non-integer type"));
    }
    return false;
  }
  error_tok(n.first, std::string(w) + " is not an integer constant");
  return false;
}

} // namespace kcarve::ast
