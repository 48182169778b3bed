// const_eval.cc — constant expressions (C11 6.6) as gcc 12 evaluates them.
//
// One recursive walk over the typed tree: expr() has stored every operand's
// type in out.node_type, so each node's value is computed in its own type,
// in the target's widths (TypeTable::int_bits, char signedness, pointer
// width), on a 128-bit host integer: an integer value is kept truncated and
// sign- or zero-extended to its type, so unsigned arithmetic wraps and signed
// overflow gives the wrapped value, as gcc folds it.  Floating values are
// host long doubles rounded to their type after each operation.  Address
// constants (6.6p9) are a symbol or literal plus a byte offset; a null-based
// one (no symbol) is what `(size_t)&((struct s *)0)->m` needs.
//
// Three modes (const_eval_internal.h): what c_fully_fold accepts (static
// assertions, enumerators, case labels), what gcc's parser already built as
// an integer constant (null pointer constants, constant array sizes), and
// static initializers.  Diagnostics only in require_int_const, with gcc's
// wording and position per context (gcc's c-decl.cc / c-parser.cc).
#include "ast/const_eval_internal.h"

#include <cmath>

namespace kcarve::ast {

using detail::CMode;
using detail::ConstEval;

namespace detail {

namespace {

bool is_int_kind(TK k) { return k >= TK::Bool && k <= TK::UBitInt; }

// Strips parentheses and __extension__.
NodeId skip_parens(const Sema& s, NodeId e) {
  for (;;) {
    const Node& n = s.tu.nodes[e];
    if (n.kind == Kind::Paren || (n.kind == Kind::Unary && n.op == UO_EXTENSION)) e = n.a;
    else return e;
  }
}

// An array whose length is not constant, directly or in its element chain
// (C11 6.7.6.2p4): sizeof of it is evaluated at run time (6.5.3.4p2).
bool is_vla(const TypeTable& types, TypeId t) {
  while (t && types[t].kind == TK::Array) {
    if (types[t].flags & (TF_ARR_VLA | TF_ARR_STAR)) return true;
    t = types[t].base;
  }
  return false;
}

Int sign_extend(UInt u, unsigned w, bool is_unsigned) {
  if (w >= 128) return Int(u);
  UInt m = (UInt(1) << w) - 1;
  u &= m;
  if (!is_unsigned && (u >> (w - 1) & 1)) return Int(u | ~m);
  return Int(u);
}

} // namespace

unsigned int_width(const Sema& s, TypeId t) {
  const Type& ty = s.types[t];
  switch (ty.kind) {
  case TK::Enum: {
    TypeId u = s.types.enums[ty.extra].underlying;
    return u ? int_width(s, u) : s.types.int_bits[size_t(TK::Int) - size_t(TK::Bool)];
  }
  case TK::BitInt: case TK::UBitInt:
    return ty.extra <= 128 ? unsigned(ty.extra) : 0;
  case TK::Pointer:
    return s.abi.pointer.size * 8u;
  default:
    if (ty.kind >= TK::Bool && ty.kind <= TK::UInt128)
      return s.types.int_bits[size_t(ty.kind) - size_t(TK::Bool)];
    return 0;
  }
}

bool int_unsigned(const Sema& s, TypeId t) {
  return s.types[t].kind == TK::Pointer || s.types.is_unsigned(t);
}

long double round_float(const Sema& s, long double f, TypeId t) {
  switch (s.types[t].kind) {
  case TK::Float: case TK::Float32: case TK::Float16: case TK::Decimal32:
    return static_cast<float>(f);
  case TK::Double: case TK::Float64: case TK::Float32x: case TK::Decimal64:
    return static_cast<double>(f);
  case TK::LongDouble:
    return s.abi.ldouble_format == target::LongDouble::Double64 ? static_cast<double>(f) : f;
  default:
    return f;
  }
}

// ---------------------------------------------------------------------------
// Values and conversions (C11 6.3.1)

ConstValue ConstEval::integer(Int v, TypeId t) const {
  ConstValue c;
  c.kind = ConstValue::Integer;
  c.i = s.convert_int(v, t);
  c.type = t;
  return c;
}

// Whether gcc knows the address V is not null: a literal's, or a symbol
// defined here (fold's nonzero_address: an extern object or an undefined
// function might be weak and null).
bool ConstEval::nonnull(const ConstValue& v) const {
  if (v.lit) return true;
  if (!v.sym) return v.i != 0;
  const Symbol& sy = s.out.symbols[v.sym];
  if (sy.kind == SymKind::Function) return sy.defined;
  return sy.storage != Storage::Extern;
}

int ConstEval::truth(const ConstValue& v, bool any_object) const {
  switch (v.kind) {
  case ConstValue::Integer: return v.i != 0;
  case ConstValue::Floating: return v.f != 0;
  case ConstValue::Address:
    // `!&x` is 0 for any object (c_common_truthvalue_conversion); other
    // tests need the address to be known non-null.
    if (!v.sym && !v.lit) return v.i != 0;
    return (any_object || nonnull(v)) ? 1 : -1;
  default: return -1;
  }
}

// Integer value as a long double, by its type's signedness.
static long double to_float(const Sema& s, const ConstValue& v) {
  if (v.type && int_unsigned(s, v.type)) return static_cast<long double>(UInt(v.i));
  return static_cast<long double>(v.i);
}

ConstValue ConstEval::convert(const ConstValue& v, TypeId to) {
  ConstValue none;
  if (v.kind == ConstValue::None || !to) return none;
  const TypeTable& types = s.types;
  TK k = types[to].kind;
  if (k == TK::Bool) {
    int t = truth(v);
    if (t < 0) return none;
    if (v.kind == ConstValue::Address && mode == CMode::Strict) return none;
    return integer(t, to);
  }
  if (is_int_kind(k) || k == TK::Enum) {
    switch (v.kind) {
    case ConstValue::Integer:
      return integer(v.i, to);
    case ConstValue::Floating: {
      // Truncation toward zero (6.3.1.4p1); gcc's folding saturates a value
      // out of range (and a NaN gives 0), marking the result overflowed.
      unsigned w = int_width(s, to);
      if (!w) return none;
      bool u = int_unsigned(s, to);
      long double f = std::trunc(v.f);
      long double hi = std::ldexp(1.0L, int(u ? w : w - 1));
      long double lo = u ? 0.0L : -hi;
      if (std::isnan(f) || f >= hi || f < lo) {
        if (mode == CMode::Strict) return none;
        if (std::isnan(f)) return integer(0, to);
        if (f < lo) return integer(u ? 0 : -(Int(1) << (w - 1)) , to);
        return integer(Int(u ? ((w >= 128 ? ~UInt(0) : (UInt(1) << w) - 1))
                              : (UInt(1) << (w - 1)) - 1), to);
      }
      if (f < 0) return integer(Int(f), to);
      return integer(Int(UInt(f)), to);
    }
    case ConstValue::Address: {
      if (mode == CMode::Strict) return none;
      if (!v.sym && !v.lit) return integer(v.i, to);
      // A symbolic address survives only in an integer of pointer width
      // (gcc: "initializer element is not computable at load time" else).
      if (int_width(s, to) != s.abi.pointer.size * 8u) return none;
      ConstValue r = v;
      r.type = to;
      return r;
    }
    default:
      return none;
    }
  }
  if (types.is_real_floating(to)) {
    ConstValue r;
    r.kind = ConstValue::Floating;
    r.type = to;
    if (v.kind == ConstValue::Integer) r.f = round_float(s, to_float(s, v), to);
    else if (v.kind == ConstValue::Floating) r.f = round_float(s, v.f, to);
    else return none;
    return r;
  }
  if (k == TK::Pointer) {
    if (mode == CMode::Strict) return none;
    ConstValue r = v;
    if (v.kind == ConstValue::Integer) {
      r = ConstValue{};
      r.kind = ConstValue::Address;
      r.i = sign_extend(UInt(v.i), s.abi.pointer.size * 8u, false);
    } else if (v.kind != ConstValue::Address) {
      return none;
    }
    r.type = to;
    return r;
  }
  return none;
}

// ---------------------------------------------------------------------------
// Side effects (gcc's TREE_SIDE_EFFECTS, conservatively): `x && 0` folds to 0
// only when x has none.

bool ConstEval::has_side_effects(NodeId e) {
  if (!e) return false;
  const Node& n = node(e);
  switch (n.kind) {
  case Kind::Assign: case Kind::PreIncDec: case Kind::PostIncDec:
  case Kind::StmtExpr: case Kind::VaArg:
    return true;
  case Kind::Call:
    // A builtin gcc folds (the kernel's ilog2 nests __builtin_constant_p).
    return ev(e).kind == ConstValue::None;
  case Kind::Cond: {
    // gcc's parser drops the arm a constant condition does not select.
    ConstValue cv = ev(n.a);
    int tr = truth(cv);
    if (tr < 0) break;
    if (tr) return n.b ? has_side_effects(n.b) : has_side_effects(n.a);
    return has_side_effects(n.c);
  }
  case Kind::Binary:
    if (n.op == pp::TK_ANDAND || n.op == pp::TK_OROR) {
      int tr = truth(ev(n.a));
      if (tr == (n.op == pp::TK_ANDAND ? 0 : 1)) return false;
    }
    break;
  case Kind::SizeofType: case Kind::AlignofType: case Kind::Offsetof: case Kind::TypesCompatible:
  case Kind::SizeofExpr: case Kind::AlignofExpr:
    return false;
  default:
    break;
  }
  TypeId t = type(e);
  if (t && (s.types[t].quals & Q_VOLATILE)) return true;
  uint8_t slots = child_slots(n.kind);
  const uint32_t kids[4] = {n.a, n.b, n.c, n.d};
  for (int i = 0; i < 4; ++i)
    if ((slots >> i & 1) && kids[i] && has_side_effects(kids[i])) return true;
  return false;
}

// ---------------------------------------------------------------------------
// 6.5.3.2 Address constants: &E

namespace {

TypeId pointee(const TypeTable& types, TypeId t) {
  if (!t) return 0;
  const Type& ty = types[t];
  if (ty.kind == TK::Pointer || ty.kind == TK::Array) return ty.base;
  if (ty.kind == TK::Function) return t;
  return 0;
}

bool static_storage(const Symbol& sy) {
  if (sy.kind == SymKind::Function) return true;
  if (sy.kind != SymKind::Object) return false;
  return sy.scope_depth == 0 || sy.storage == Storage::Static || sy.storage == Storage::Extern;
}

} // namespace

// The association _Generic selects (6.5.1.1p2): the one whose type is
// compatible with the controlling expression's type after lvalue conversion.
static NodeId generic_choice(ConstEval& c, NodeId e) {
  Sema& s = c.s;
  const Node& n = c.node(e);
  TypeId ct = c.type(n.a);
  if (!ct) return 0;
  ct = s.types.unqualified(s.value_type(ct));
  NodeId dflt = 0;
  for (NodeId a = n.b; a; a = c.node(a).next) {
    const Node& as = c.node(a);
    if (!as.a) {
      dflt = as.b;
      continue;
    }
    TypeId at = c.type(as.a);
    if (at && s.types.compatible(ct, at)) return as.b;
  }
  return dflt;
}

// Address arithmetic wraps at the pointer width.
static void wrap_offset(const Sema& s, ConstValue& v) {
  v.i = sign_extend(UInt(v.i), s.abi.pointer.size * 8u, false);
}

ConstValue ConstEval::addr_of(NodeId e) {
  ConstValue none;
  if (mode == CMode::Strict) return none;
  const Node& n = node(e);
  ConstValue r;
  r.kind = ConstValue::Address;
  switch (n.kind) {
  case Kind::Paren:
    return addr_of(n.a);
  case Kind::Unary:
    if (n.op == UO_EXTENSION) return addr_of(n.a);
    if (n.op == pp::TK_STAR) {
      ConstValue p = ev(n.a);
      if (p.kind == ConstValue::Integer) return convert(p, s.types.pointer(type(e) ? type(e) : s.t_void));
      if (p.kind != ConstValue::Address) return none;
      return p;
    }
    return none;
  case Kind::Ident: {
    SymId sym = e < s.out.node_sym.size() ? s.out.node_sym[e] : 0;
    if (!sym || !static_storage(s.out.symbols[sym])) return none;
    r.sym = sym;
    return r;
  }
  case Kind::StringLit: case Kind::CompoundLit: case Kind::FuncName:
    r.lit = e;
    return r;
  case Kind::Index: {
    // a[b] is *(a + b) (6.5.2.1p2): either operand may be the pointer.
    TypeId ta = type(n.a);
    bool a_ptr = ta && (s.types[ta].kind == TK::Pointer || s.types[ta].kind == TK::Array);
    ConstValue base = ev(a_ptr ? n.a : n.b);
    ConstValue idx = ev(a_ptr ? n.b : n.a);
    if (base.kind == ConstValue::Integer) base = convert(base, s.types.pointer(type(e) ? type(e) : s.t_void));
    if (base.kind != ConstValue::Address || idx.kind != ConstValue::Integer || !type(e)) return none;
    uint64_t size = s.size_of(type(e));
    base.i += idx.i * Int(size);
    wrap_offset(s, base);
    return base;
  }
  case Kind::Member: {
    ConstValue base;
    TypeId rec;
    if (n.op == pp::TK_ARROW) {
      base = ev(n.a);
      if (base.kind == ConstValue::Integer) base = convert(base, type(n.a));
      rec = pointee(s.types, type(n.a));
    } else {
      base = addr_of(n.a);
      rec = type(n.a);
    }
    if (base.kind != ConstValue::Address || !rec) return none;
    uint64_t off = 0;
    const Member* m = nullptr;
    if (!s.find_member(s.types.unqualified(rec), n.b, &off, &m) || !m || m->is_bitfield) return none;
    base.i += Int(off);
    wrap_offset(s, base);
    return base;
  }
  case Kind::Generic: {
    // The selected association (6.5.1.1p3) is the lvalue.
    NodeId chosen = generic_choice(*this, e);
    return chosen ? addr_of(chosen) : none;
  }
  default:
    return none;
  }
}

// ---------------------------------------------------------------------------
// 6.5 Operators

namespace {

// The integer type two operands are compared in (6.3.1.8): width and
// signedness after the integer promotions and the usual conversions.
struct IntShape { unsigned w; bool u; };

IntShape promoted(const Sema& s, TypeId t) {
  unsigned w = int_width(s, t);
  bool u = int_unsigned(s, t);
  unsigned iw = s.types.int_bits[size_t(TK::Int) - size_t(TK::Bool)];
  TK k = s.types[t].kind;
  bool small = k == TK::Bool || k == TK::Char || k == TK::SChar || k == TK::UChar ||
               k == TK::Short || k == TK::UShort;
  if (small && (w < iw || !u)) return {iw, false};
  if (small) return {iw, true};
  return {w, u};
}

IntShape common_shape(const Sema& s, TypeId a, TypeId b) {
  IntShape x = promoted(s, a), y = promoted(s, b);
  if (x.u == y.u) return {std::max(x.w, y.w), x.u};
  IntShape us = x.u ? x : y, ss = x.u ? y : x;
  if (us.w >= ss.w) return us;
  return ss;
}

} // namespace

// Relational and equality operators (6.5.8, 6.5.9) on integers, floats and
// addresses.  Returns -1 if not decidable.
static int compare(ConstEval& c, unsigned op, const ConstValue& a, const ConstValue& b) {
  const Sema& s = c.s;
  auto result = [&](auto x, auto y) -> int {
    switch (op) {
    case pp::TK_LT: return x < y;
    case pp::TK_GT: return x > y;
    case pp::TK_LE: return x <= y;
    case pp::TK_GE: return x >= y;
    case pp::TK_EQEQ: return x == y;
    default: return x != y;
    }
  };
  if (a.kind == ConstValue::Address || b.kind == ConstValue::Address) {
    if (c.mode == CMode::Strict) return -1;
    auto base_of = [](const ConstValue& v) { return v.kind == ConstValue::Address && (v.sym || v.lit); };
    if (a.kind == ConstValue::Floating || b.kind == ConstValue::Floating) return -1;
    bool ab = base_of(a), bb = base_of(b);
    if (ab == bb && (!ab || (a.sym == b.sym && a.lit == b.lit))) return result(a.i, b.i);
    // An object's address against a null pointer (gcc folds &x != 0).
    const ConstValue& null = ab ? b : a;
    if ((op == pp::TK_EQEQ || op == pp::TK_NE) && null.i == 0 && c.nonnull(ab ? a : b))
      return op == pp::TK_NE;
    return -1;
  }
  if (a.kind == ConstValue::Floating || b.kind == ConstValue::Floating) {
    if (c.mode == CMode::Strict) return -1;
    long double x = a.kind == ConstValue::Floating ? a.f : to_float(s, a);
    long double y = b.kind == ConstValue::Floating ? b.f : to_float(s, b);
    return result(x, y);
  }
  IntShape sh = common_shape(s, a.type, b.type);
  if (sh.u) {
    UInt m = sh.w >= 128 ? ~UInt(0) : (UInt(1) << sh.w) - 1;
    return result(UInt(a.i) & m, UInt(b.i) & m);
  }
  return result(a.i, b.i);
}

// Does V fit TYPE's range as a mathematical integer?  (Strict mode: gcc's
// parser does not call an overflowed result an integer constant.)
static bool fits(const Sema& s, Int v, TypeId t, bool v_is_exact) {
  (void)v_is_exact;
  return s.convert_int(v, t) == v;
}

// Binary arithmetic on integers in result type T (6.5.5-6.5.7, 6.5.10-12).
static ConstValue int_binary(ConstEval& c, unsigned op, ConstValue a, ConstValue b, TypeId t) {
  Sema& s = c.s;
  ConstValue none;
  bool strict = c.mode == CMode::Strict;
  unsigned w = int_width(s, t);
  if (!w) return none;
  bool u = int_unsigned(s, t);
  if (op == pp::TK_SHL || op == pp::TK_SHR) {
    // 6.5.7: the count's own value; the left operand promoted (= T).
    Int a1 = s.convert_int(a.i, t);
    bool cu = b.type && int_unsigned(s, b.type);
    if (!cu && b.i < 0) return none;
    UInt cnt = UInt(b.i);
    if (cnt >= w) {
      if (strict) return none;
      if (op == pp::TK_SHL || u || a1 >= 0) return c.integer(0, t);
      return c.integer(-1, t);
    }
    unsigned n = unsigned(cnt);
    if (op == pp::TK_SHL) {
      if (strict && !u) {
        if (a1 < 0) return none;
        // Bits shifted into or past the sign bit.
        if (n > 0 && (UInt(a1) >> (w - 1 - n)) != 0) return none;
      }
      return c.integer(Int(UInt(a1) << n), t);
    }
    if (u) {
      UInt m = w >= 128 ? ~UInt(0) : (UInt(1) << w) - 1;
      return c.integer(Int((UInt(a1) & m) >> n), t);
    }
    return c.integer(a1 >> n, t);
  }
  Int x = s.convert_int(a.i, t), y = s.convert_int(b.i, t);
  UInt ux = UInt(x), uy = UInt(y);
  if (u && w < 128) {
    UInt m = (UInt(1) << w) - 1;
    ux &= m;
    uy &= m;
  }
  Int r;
  bool exact = true;  // r is the mathematical result (no wrap happened)
  switch (op) {
  case pp::TK_PLUS:
    r = Int(ux + uy);
    if (!u) exact = w < 128 ? true : !((x > 0 && y > 0 && r < 0) || (x < 0 && y < 0 && r >= 0));
    break;
  case pp::TK_MINUS:
    r = Int(ux - uy);
    if (!u) exact = w < 128 ? true : !((x >= 0 && y < 0 && r < 0) || (x < 0 && y > 0 && r >= 0));
    break;
  case pp::TK_STAR:
    if (u) {
      r = Int(ux * uy);
    } else if (w <= 64) {
      r = x * y;  // fits: both operands have at most 64 bits
    } else {
      r = Int(ux * uy);
      exact = x == 0 || (r / x == y && !(x == -1 && y == Int(UInt(1) << 127)));
    }
    break;
  case pp::TK_SLASH: case pp::TK_PERCENT:
    if (y == 0) return none;
    if (u) {
      r = Int(op == pp::TK_SLASH ? ux / uy : ux % uy);
    } else if (y == -1) {
      // MIN / -1 overflows to MIN; MIN % -1 is 0.
      r = op == pp::TK_SLASH ? Int(UInt(0) - ux) : 0;
      if (op == pp::TK_SLASH && x == s.convert_int(Int(UInt(1) << (w - 1)), t)) exact = false;
    } else {
      r = op == pp::TK_SLASH ? x / y : x % y;
    }
    break;
  case pp::TK_AMP: r = Int(ux & uy); break;
  case pp::TK_PIPE: r = Int(ux | uy); break;
  case pp::TK_CARET: r = Int(ux ^ uy); break;
  default: return none;
  }
  if (strict && !u && (!exact || !fits(s, r, t, exact))) return none;
  return c.integer(r, t);
}

static ConstValue float_binary(ConstEval& c, unsigned op, const ConstValue& a, const ConstValue& b, TypeId t) {
  ConstValue none;
  if (c.mode == CMode::Strict) return none;
  long double x = a.kind == ConstValue::Floating ? a.f : to_float(c.s, a);
  long double y = b.kind == ConstValue::Floating ? b.f : to_float(c.s, b);
  long double r;
  switch (op) {
  case pp::TK_PLUS: r = x + y; break;
  case pp::TK_MINUS: r = x - y; break;
  case pp::TK_STAR: r = x * y; break;
  case pp::TK_SLASH: r = x / y; break;
  default: return none;
  }
  ConstValue v;
  v.kind = ConstValue::Floating;
  v.f = round_float(c.s, r, t);
  v.type = t;
  return v;
}

// Pointer arithmetic on address constants (6.5.6p8-9).
static ConstValue pointer_binary(ConstEval& c, NodeId e, unsigned op, ConstValue a, ConstValue b) {
  Sema& s = c.s;
  const Node& n = c.node(e);
  ConstValue none;
  TypeId t = c.type(e);
  auto elem_size = [&](TypeId ptr) -> Int {
    TypeId p = pointee(s.types, ptr);
    if (!p) return 0;
    if (s.types.is_void(p) || s.types[p].kind == TK::Function) return 1;  // gcc 6.24
    return Int(s.size_of(p));
  };
  if (op == pp::TK_MINUS && a.kind == ConstValue::Address && b.kind == ConstValue::Address) {
    if (a.sym != b.sym || a.lit != b.lit) return none;
    Int size = elem_size(c.type(n.a));
    if (size <= 0) return none;
    return c.integer((a.i - b.i) / size, t);
  }
  if (op != pp::TK_PLUS && op != pp::TK_MINUS) return none;
  bool a_ptr = a.kind == ConstValue::Address;
  ConstValue p = a_ptr ? a : b, i = a_ptr ? b : a;
  if (p.kind != ConstValue::Address || i.kind != ConstValue::Integer) return none;
  if (op == pp::TK_MINUS && !a_ptr) return none;
  Int size = elem_size(t);
  if (size <= 0) return none;
  Int d = i.i * size;
  p.i = op == pp::TK_PLUS ? p.i + d : p.i - d;
  wrap_offset(s, p);
  p.type = t;
  return p;
}

static ConstValue unary(ConstEval& c, NodeId e) {
  const Node& n = c.node(e);
  TypeId t = c.type(e);
  ConstValue none;
  switch (n.op) {
  case pp::TK_AMP: {
    ConstValue r = c.addr_of(n.a);
    if (r.kind == ConstValue::Address) r.type = t;
    return r;
  }
  case pp::TK_STAR: {
    // *p is a value only as a function or array designator, which decays.
    TK k = t ? c.s.types[t].kind : TK::Error;
    if (k != TK::Function && k != TK::Array) return none;
    return c.addr_of(e);
  }
  case UO_EXTENSION:
    return c.ev(n.a);
  default:
    break;
  }
  ConstValue a = c.ev(n.a);
  if (a.kind == ConstValue::None || !t) return none;
  switch (n.op) {
  case pp::TK_EXCL: {
    int tr = c.truth(a, true);
    if (tr < 0 || (c.mode == CMode::Strict && a.kind != ConstValue::Integer)) return none;
    return c.integer(!tr, t);
  }
  case pp::TK_PLUS:
    return c.convert(a, t);
  case pp::TK_MINUS: {
    if (a.kind == ConstValue::Floating || c.s.types.is_real_floating(t)) {
      ConstValue f = c.convert(a, t);
      if (f.kind != ConstValue::Floating || c.mode == CMode::Strict) return none;
      f.f = -f.f;
      return f;
    }
    if (a.kind != ConstValue::Integer) return none;
    Int x = c.s.convert_int(a.i, t);
    Int r = Int(UInt(0) - UInt(x));
    if (c.mode == CMode::Strict && !int_unsigned(c.s, t) && x != 0 && c.s.convert_int(r, t) == x) return none;
    return c.integer(r, t);
  }
  case pp::TK_TILDE:
    if (a.kind != ConstValue::Integer) return none;
    return c.integer(~c.s.convert_int(a.i, t), t);
  case UO_REAL:
    return c.convert(a, t);
  case UO_IMAG:
    if (a.kind == ConstValue::Floating) {
      ConstValue z = a;
      z.f = 0;
      return c.convert(z, t);
    }
    return c.integer(0, t);
  default:
    return none;
  }
}

// gcc's fold simplifies an integer operation whose other operand decides
// the result whatever an unknown operand (without side effects) is: x * 0,
// x & 0, x | -1, x % 1, 0 << x, and so c_fully_fold makes a constant of it.
static bool absorbed(ConstEval& c, NodeId e, const ConstValue& a, const ConstValue& b, ConstValue& r) {
  auto unknown = [](const ConstValue& v) {
    return v.kind == ConstValue::None || (v.kind == ConstValue::Address && (v.sym || v.lit));
  };
  bool ua = unknown(a), ub = unknown(b);
  if (ua == ub) return false;
  const Node& n = c.node(e);
  const ConstValue& k = ua ? b : a;
  if (k.kind != ConstValue::Integer || c.has_side_effects(ua ? n.a : n.b)) return false;
  TypeId t = c.type(e);
  Int kv = c.s.convert_int(k.i, t);
  switch (n.op) {
  case pp::TK_STAR: case pp::TK_AMP:
    if (kv != 0) return false;
    r = c.integer(0, t);
    return true;
  case pp::TK_PIPE:
    if (kv != c.s.convert_int(-1, t)) return false;
    r = c.integer(kv, t);
    return true;
  case pp::TK_PERCENT:
    if (!ua || (kv != 1 && !(kv == -1 && !int_unsigned(c.s, t)))) return false;
    r = c.integer(0, t);
    return true;
  case pp::TK_SHL: case pp::TK_SHR:
    if (ua || kv != 0) return false;
    r = c.integer(0, t);
    return true;
  default:
    return false;
  }
}

static ConstValue binary(ConstEval& c, NodeId e) {
  const Node& n = c.node(e);
  TypeId t = c.type(e);
  ConstValue none;
  unsigned op = n.op;
  bool strict = c.mode == CMode::Strict;
  if (op == pp::TK_ANDAND || op == pp::TK_OROR) {
    // 6.5.13-14, with gcc's folding: the second operand is not looked at when
    // the first decides; `x && 0` is 0 when x has no side effects.
    bool is_and = op == pp::TK_ANDAND;
    ConstValue a = c.ev(n.a);
    int ta = c.truth(a);
    if (strict && a.kind == ConstValue::Address) ta = -1;
    if (ta == (is_and ? 0 : 1)) {
      if (strict) {  // every operand must itself be a constant
        ConstValue b = c.ev(n.b);
        if (b.kind != ConstValue::Integer) return none;
      }
      return c.integer(ta, t);
    }
    ConstValue b = c.ev(n.b);
    int tb = c.truth(b);
    if (strict && b.kind == ConstValue::Address) tb = -1;
    if (ta >= 0) return tb < 0 ? none : c.integer(tb, t);
    if (!strict && tb == (is_and ? 0 : 1) && !c.has_side_effects(n.a)) return c.integer(tb, t);
    return none;
  }
  ConstValue a = c.ev(n.a);
  if (a.kind == ConstValue::None && strict) return none;
  ConstValue b = c.ev(n.b);
  if (!t) return none;
  if (!strict && c.s.types.is_integer(t)) {
    ConstValue r;
    if (absorbed(c, e, a, b, r)) return r;
  }
  if (a.kind == ConstValue::None || b.kind == ConstValue::None) return none;
  switch (op) {
  case pp::TK_LT: case pp::TK_GT: case pp::TK_LE: case pp::TK_GE: case pp::TK_EQEQ: case pp::TK_NE: {
    int r = compare(c, op, a, b);
    return r < 0 ? none : c.integer(r, t);
  }
  default:
    break;
  }
  if (a.kind == ConstValue::Address || b.kind == ConstValue::Address || c.s.types.is_pointer(t))
    return strict ? none : pointer_binary(c, e, op, a, b);
  if (c.s.types.is_real_floating(t)) return float_binary(c, op, a, b, t);
  if (a.kind != ConstValue::Integer || b.kind != ConstValue::Integer) return none;
  if (!c.s.types.is_integer(t)) return none;
  return int_binary(c, op, a, b, t);
}

static ConstValue cast(ConstEval& c, NodeId e) {
  const Node& n = c.node(e);
  TypeId t = c.type(e);
  ConstValue none;
  if (!t || c.s.types.is_void(t)) return none;
  if (c.mode == CMode::Strict && c.s.types.is_integer(t)) {
    // 6.6p6: a floating constant may be the immediate operand of a cast.
    NodeId o = skip_parens(c.s, n.b);
    TypeId ot = c.type(o);
    if (c.node(o).kind == Kind::Number && ot && c.s.types.is_real_floating(ot)) {
      long double f;
      std::string_view sp = c.s.tok_text(c.node(o).first);
      if (!detail::floating_literal(sp, f)) return none;
      ConstValue fv;
      fv.kind = ConstValue::Floating;
      fv.f = round_float(c.s, f, ot);
      fv.type = ot;
      return c.convert(fv, t);
    }
  }
  return c.convert(c.ev(n.b), t);
}

// sizeof, _Alignof, __alignof__ (6.5.3.4).
static ConstValue size_align(ConstEval& c, NodeId e) {
  Sema& s = c.s;
  const Node& n = c.node(e);
  TypeId t = c.type(e);
  ConstValue none;
  TypeId of = c.type(n.a);
  if (!t || !of) return none;
  bool is_sizeof = n.kind == Kind::SizeofExpr || n.kind == Kind::SizeofType;
  if (is_vla(s.types, of)) return none;
  TK k = s.types[of].kind;
  if (k == TK::Void || k == TK::Function) return c.integer(1, t);  // gcc 6.24
  if (is_sizeof) {
    if (!s.types.is_complete(of)) return none;
    return c.integer(Int(s.size_of(of)), t);
  }
  if (n.kind == Kind::AlignofExpr) {
    // __alignof__ of a member is the member's own alignment (packed, aligned).
    NodeId o = skip_parens(s, n.a);
    const Node& on = c.node(o);
    // Of an object declared with _Alignas or aligned(N): that alignment.
    if (on.kind == Kind::Ident && s.out.node_sym[o]) {
      const Symbol& sym = s.out.symbols[s.out.node_sym[o]];
      if (sym.align && s.types.is_complete(of)) {
        uint32_t al = s.align_of(of);
        return c.integer(Int(sym.align > al ? sym.align : al), t);
      }
    }
    if (on.kind == Kind::Member) {
      TypeId rec = on.op == pp::TK_ARROW ? pointee(s.types, c.type(on.a)) : c.type(on.a);
      uint64_t off = 0;
      const Member* m = nullptr;
      if (rec && s.find_member(s.types.unqualified(rec), on.b, &off, &m) && m) {
        if (m->is_bitfield) return none;
        // The Record the member sits in is not known through anonymous
        // members; packed on the member itself and its aligned are.
        const Record& r = s.types.record(s.types.unqualified(rec));
        uint32_t al;
        if (m->packed || r.packed) {
          al = m->user_align ? m->user_align : 1;
        } else {
          al = s.align_of(m->type);
          if (m->user_align > al) al = m->user_align;
        }
        if (r.pragma_pack && al > r.pragma_pack) al = r.pragma_pack;
        return c.integer(al, t);
      }
    }
  }
  if (k == TK::Array ? !s.types.is_complete(s.types[of].base) && !s.types.is_complete(of)
                     : !s.types.is_complete(of))
    return none;
  // _Alignof (C11) caps at BIGGEST_ALIGNMENT unless aligned() asked for
  // more; __alignof__ is the type's own alignment (they differ for vectors).
  bool c11 = s.tok_text(n.first) == "_Alignof";
  return c.integer(Int(c11 ? s.c11_align_of(of) : s.align_of(of)), t);
}

// __builtin_offsetof (gcc 6.53): member designators and array indexes.
static ConstValue offset_of(ConstEval& c, NodeId e) {
  Sema& s = c.s;
  const Node& n = c.node(e);
  TypeId t = c.type(e);
  ConstValue none;
  TypeId cur = c.type(n.a);
  if (!t || !cur) return none;
  Int off = 0;
  for (NodeId d = n.b; d; d = c.node(d).next) {
    const Node& dn = c.node(d);
    cur = s.types.unqualified(cur);
    if (dn.kind == Kind::Name) {
      uint64_t o = 0;
      const Member* m = nullptr;
      if (!s.types.is_record(cur) || !s.find_member(cur, dn.a, &o, &m) || !m || m->is_bitfield) return none;
      off += Int(o);
      cur = m->type;
    } else if (dn.kind == Kind::DesigIndex) {
      if (s.types[cur].kind != TK::Array) return none;
      ConstValue i = c.ev(dn.a);
      if (i.kind != ConstValue::Integer) return none;
      cur = s.types[cur].base;
      off += i.i * Int(s.size_of(cur));
    } else {
      return none;
    }
  }
  return c.integer(off, t);
}

ConstValue ConstEval::ev(NodeId e) {
  ConstValue none;
  if (!e) return none;
  const Node& n = node(e);
  TypeId t = type(e);
  if (!t && n.kind != Kind::Paren) return none;
  switch (n.kind) {
  case Kind::Paren: {
    ConstValue v = ev(n.a);
    return v;
  }
  case Kind::Number: {
    std::string_view sp = s.tok_text(n.first);
    if (s.types.is_integer(t)) {
      UInt v;
      if (!integer_literal(sp, v)) return none;
      return integer(Int(v), t);
    }
    if (s.types.is_real_floating(t)) {
      if (mode == CMode::Strict) return none;  // only under a cast (cast())
      ConstValue f;
      f.kind = ConstValue::Floating;
      if (!floating_literal(sp, f.f)) return none;
      f.f = round_float(s, f.f, t);
      f.type = t;
      return f;
    }
    return none;
  }
  case Kind::CharConst: {
    Int v;
    unsigned iw = s.types.int_bits[size_t(TK::Int) - size_t(TK::Bool)];
    if (!s.types.is_integer(t) || !char_literal(s.tok_text(n.first), s.types.char_signed, iw, v)) return none;
    return integer(v, t);
  }
  case Kind::StringLit: case Kind::FuncName: {
    if (mode == CMode::Strict) return none;
    ConstValue r;
    r.kind = ConstValue::Address;
    r.lit = e;
    r.type = t;
    return r;
  }
  case Kind::Ident: {
    SymId sym = e < s.out.node_sym.size() ? s.out.node_sym[e] : 0;
    if (!sym) return none;
    const Symbol& sy = s.out.symbols[sym];
    if (sy.kind == SymKind::Enumerator) return integer(sy.value, t);
    TK k = s.types[t].kind;
    if (k == TK::Array || k == TK::Function) {
      ConstValue r = addr_of(e);
      r.type = t;
      return r;
    }
    // gcc 8+ reads a const-qualified object's constant initializer in a
    // static initializer (with a pedwarn only under -pedantic).
    if (mode == CMode::Init && sy.kind == SymKind::Object && static_storage(sy) &&
        (s.types[t].quals & (Q_CONST | Q_VOLATILE)) == Q_CONST && depth_ < 32 && sy.decl &&
        node(sy.decl).kind == Kind::InitDeclarator && node(sy.decl).b &&
        node(node(sy.decl).b).kind != Kind::InitList) {
      ++depth_;
      ConstValue v = ev(node(sy.decl).b);
      --depth_;
      if (v.kind == ConstValue::Integer || v.kind == ConstValue::Floating)
        return convert(v, s.types.unqualified(t));
    }
    return none;
  }
  case Kind::Unary:
    return unary(*this, e);
  case Kind::Binary:
    return binary(*this, e);
  case Kind::Cond: {
    ConstValue cv = ev(n.a);
    int tr = truth(cv);
    if (tr < 0 || (mode == CMode::Strict && cv.kind != ConstValue::Integer)) return none;
    if (s.types.is_void(t)) return none;
    NodeId chosen = tr ? (n.b ? n.b : n.a) : n.c;
    NodeId other = tr ? n.c : n.b;
    if (mode == CMode::Strict && other && ev(other).kind != ConstValue::Integer) return none;
    ConstValue v = chosen == n.a ? cv : ev(chosen);
    return convert(v, t);
  }
  case Kind::Cast:
    return cast(*this, e);
  case Kind::SizeofExpr: case Kind::SizeofType: case Kind::AlignofExpr: case Kind::AlignofType:
    return size_align(*this, e);
  case Kind::Offsetof:
    return offset_of(*this, e);
  case Kind::TypesCompatible: {
    TypeId a = type(n.a), b = type(n.b);
    if (!a || !b) return none;
    return integer(s.types.compatible(s.types.unqualified(a), s.types.unqualified(b)), t);
  }
  case Kind::Call: {
    NodeId callee = skip_parens(s, n.a);
    if (node(callee).kind != Kind::Ident) return none;
    std::string_view name = s.pp.strings.str(node(callee).a);
    ConstValue r;
    if (!fold_builtin(*this, e, name, r)) return none;
    return r;
  }
  case Kind::Generic: {
    NodeId chosen = generic_choice(*this, e);
    return chosen ? ev(chosen) : none;
  }
  case Kind::Index: case Kind::Member: case Kind::CompoundLit: {
    // Only an array value (which decays to its address) is a constant here.
    if (s.types[t].kind != TK::Array) return none;
    ConstValue r = addr_of(e);
    r.type = t;
    return r;
  }
  case Kind::LabelAddr: {
    if (mode != CMode::Init) return none;
    ConstValue r;
    r.kind = ConstValue::Address;
    r.lit = e;
    r.type = t;
    return r;
  }
  default:
    // Comma (6.6p3), assignments, calls, statement expressions: not constant.
    return none;
  }
}

} // namespace detail

// ---------------------------------------------------------------------------
// The Sema entry points

Int Sema::convert_int(Int v, TypeId to) const {
  if (!to) return v;
  const Type& ty = types[to];
  if (ty.kind == TK::Bool) return v != 0;
  unsigned w = detail::int_width(*this, to);
  if (!w) return v;
  return detail::sign_extend(UInt(v), w, detail::int_unsigned(*this, to));
}

bool Sema::int_const(NodeId e, Int& v) {
  TypeId t = e < out.node_type.size() ? out.node_type[e] : 0;
  if (!t || !types.is_integer(t)) return false;
  ConstEval c(*this, CMode::Ice);
  ConstValue r = c.ev(e);
  if (r.kind != ConstValue::Integer) return false;
  v = r.i;
  return true;
}

bool Sema::int_const_strict(NodeId e, Int& v) {
  TypeId t = e < out.node_type.size() ? out.node_type[e] : 0;
  if (!t || !types.is_integer(t)) return false;
  ConstEval c(*this, CMode::Strict);
  ConstValue r = c.ev(e);
  if (r.kind != ConstValue::Integer) return false;
  v = r.i;
  return true;
}

ConstValue Sema::eval(NodeId e) {
  ConstEval c(*this, CMode::Init);
  return c.ev(e);
}

} // namespace kcarve::ast
