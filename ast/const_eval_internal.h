// const_eval_internal.h — the constant evaluator's parts (const_eval.cc,
// const_builtins.cc, const_literal.cc), internal to the constants engineer's
// files.  One ConstEval walks one expression tree over the types expr()
// stored; it never types anything itself.
#pragma once

#include <string_view>

#include "ast/sema_internal.h"

namespace kcarve::ast::detail {

// What the value is for.  Ice: an integer constant expression as gcc's
// c_fully_fold reduces it to an INTEGER_CST.  Strict: C11 6.6p6 as gcc's
// parser builds INTEGER_CSTs (no overflow, no pointers, floating constants
// only under a cast; see Sema::int_const_strict).  Init: a constant in an
// initializer of static storage (6.6p7-9, plus gcc's reading of
// const-qualified objects' initializers).
enum class CMode : uint8_t { Ice, Strict, Init };

class ConstEval {
public:
  ConstEval(Sema& s, CMode m) : s(s), mode(m) {}
  ConstValue ev(NodeId e);            // the value of E; kind None if not constant
  ConstValue addr_of(NodeId e);       // &E for an lvalue E
  ConstValue integer(Int v, TypeId t) const;
  ConstValue convert(const ConstValue& v, TypeId to);  // to an arithmetic or pointer type
  // 1 / 0 for true / false, -1 if unknown (not constant).  ANY_OBJECT: the
  // address of any object or function counts as true (gcc's `!&x`).
  int truth(const ConstValue& v, bool any_object = false) const;
  bool nonnull(const ConstValue& v) const;
  bool has_side_effects(NodeId e);
  const Node& node(NodeId n) const { return s.tu.nodes[n]; }
  TypeId type(NodeId n) const { return n < s.out.node_type.size() ? s.out.node_type[n] : 0; }

  Sema& s;
  CMode mode;
  unsigned depth_ = 0;  // const objects read through their initializers
};

// Width in bits of an integer or pointer type (enums by their underlying
// type); 0 for anything else.
unsigned int_width(const Sema& s, TypeId t);
bool int_unsigned(const Sema& s, TypeId t);   // pointers count as unsigned

// A long double rounded to floating type T's precision (float, double, ...).
long double round_float(const Sema& s, long double f, TypeId t);

// const_builtins.cc: folds a call of gcc builtin NAME as gcc does in constant
// expressions.  Returns false if NAME is no builtin it folds (the call is then
// not constant); else OUT is the value (kind None if the arguments are not).
bool fold_builtin(ConstEval& c, NodeId call, std::string_view name, ConstValue& out);

// const_literal.cc (C11 6.4.4): the value of a pp-number integer constant
// (wrapped to 128 bits) or floating constant; false if it is not one.
bool integer_literal(std::string_view spelling, UInt& v);
bool floating_literal(std::string_view spelling, long double& f);
// A character constant as gcc's cpp reads it: plain ones byte by byte (a
// multi-character constant packs bytes, big-endian, into an int; a single
// one is sign-extended if char is signed); L, u and U ones take the last
// character's code point.  The caller converts to the constant's type.
bool char_literal(std::string_view spelling, bool char_signed, unsigned int_bits, Int& v);

} // namespace kcarve::ast::detail
