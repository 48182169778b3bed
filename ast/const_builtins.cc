// const_builtins.cc — gcc's builtin functions in constant expressions (gcc
// manual 6.59 "Other Built-in Functions"): the ones gcc folds when their
// arguments are constant, so that they may appear in integer constant
// expressions and static initializers.  __builtin_constant_p answers 1 for a
// constant argument and 0 otherwise: in a constant context gcc folds an
// undecided one to 0.  __builtin_choose_expr and __builtin_expect pass an
// operand through; the bit builtins (clz, ctz, popcount, parity, ffs, clrsb,
// bswap) compute in their argument type's width; __builtin_inf/nan give
// floating constants.
#include "ast/const_eval_internal.h"

#include <cmath>
#include <cstring>
#include <limits>

namespace kcarve::ast::detail {

namespace {

// Strips the "__builtin_" prefix; false if there is none.
bool strip_builtin(std::string_view& name) {
  static constexpr std::string_view kPrefix = "__builtin_";
  if (name.substr(0, kPrefix.size()) != kPrefix) return false;
  name.remove_prefix(kPrefix.size());
  return true;
}

// gcc's type classes (typeclass.h), as __builtin_classify_type reports them.
enum TypeClass {
  kVoid = 0, kInteger = 1, kPointer = 5, kReal = 8,
  kComplex = 9, kFunction = 10, kRecord = 12, kUnion = 13, kArray = 14, kVector = 19,
};

int classify(const Sema& s, TypeId t) {
  const Type& ty = s.types[t];
  switch (ty.kind) {
  case TK::Void: return kVoid;
  // The argument is promoted as in a call to a function without a
  // prototype: _Bool and enums become int.
  case TK::Bool: case TK::Enum: return kInteger;
  case TK::Pointer: return kPointer;
  case TK::Complex: return kComplex;
  case TK::Function: return kFunction;
  case TK::Record: return s.types.record(t).is_union ? kUnion : kRecord;
  case TK::Array: return kArray;
  case TK::Vector: return kVector;
  default:
    if (s.types.is_real_floating(t)) return kReal;
    return kInteger;
  }
}

// Decodes a narrow string literal's bytes (its tokens first..last,
// concatenated; 6.4.5) up to the first NUL; false for a wide one.
bool narrow_strlen(const Sema& s, NodeId lit, uint64_t& len) {
  const Node& n = s.tu.nodes[lit];
  len = 0;
  for (TokIdx t = n.first; t <= n.last; ++t) {
    std::string_view sp = s.tok_text(t);
    if (sp.empty() || sp[0] != '"') return false;
    std::string_view body = sp.substr(1, sp.size() >= 2 ? sp.size() - 2 : 0);
    for (size_t i = 0; i < body.size();) {
      // One character: its value only matters for NUL.
      unsigned char c = static_cast<unsigned char>(body[i++]);
      bool nul = false;
      if (c == '\\' && i < body.size()) {
        char e = body[i++];
        if (e >= '0' && e <= '7') {
          unsigned v = unsigned(e - '0');
          for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k)
            v = v * 8 + unsigned(body[i++] - '0');
          nul = (v & 0xFF) == 0;
        } else if (e == 'x') {
          unsigned v = 0;
          while (i < body.size() && std::strchr("0123456789abcdefABCDEF", body[i]))
            v = v * 16 + unsigned(body[i] <= '9' ? body[i] - '0' : (body[i] | 32) - 'a' + 10), ++i;
          nul = (v & 0xFF) == 0;
        } else if (e == 'u' || e == 'U') {
          return false;  // a UCN's UTF-8 length: not worth it here
        }
      }
      if (nul) return true;
      ++len;
    }
  }
  return true;
}

// The integer arguments of a call, up to N.
unsigned args(const ConstEval& c, NodeId call, NodeId* out, unsigned n) {
  unsigned k = 0;
  for (NodeId a = c.node(call).b; a && k < n; a = c.node(a).next) out[k++] = a;
  return k;
}

unsigned width_for_suffix(const Sema& s, std::string_view base, std::string_view name) {
  std::string_view suf = name.substr(base.size());
  auto bits = [&](TK k) { return unsigned(s.types.int_bits[size_t(k) - size_t(TK::Bool)]); };
  if (suf.empty()) return bits(TK::UInt);
  if (suf == "l") return bits(TK::ULong);
  if (suf == "ll") return bits(TK::ULLong);
  if (suf == "imax") return bits(TK::ULong);
  return 0;
}

} // namespace

bool fold_builtin(ConstEval& c, NodeId call, std::string_view full, ConstValue& out) {
  Sema& s = c.s;
  std::string_view name = full;
  if (!strip_builtin(name)) return false;
  TypeId t = c.type(call);
  NodeId a[3] = {0, 0, 0};
  unsigned na = args(c, call, a, 3);
  out = ConstValue{};
  if (!t) return true;

  if (name == "constant_p") {
    if (na != 1) return true;
    if (c.has_side_effects(a[0])) {
      out = c.integer(0, t);
      return true;
    }
    ConstEval sub(s, c.mode == CMode::Init ? CMode::Init : CMode::Ice);
    ConstValue v = sub.ev(a[0]);
    bool k = v.kind == ConstValue::Integer || v.kind == ConstValue::Floating ||
             (v.kind == ConstValue::Address && v.lit && !v.sym && c.node(v.lit).kind == Kind::StringLit);
    out = c.integer(k, t);
    return true;
  }
  if (name == "choose_expr") {
    // The condition must be an integer constant; the other operand is
    // neither evaluated nor required to be constant (gcc 6.59).
    if (na != 3) return true;
    ConstEval sub(s, c.mode == CMode::Init ? CMode::Ice : c.mode);
    ConstValue cond = sub.ev(a[0]);
    if (cond.kind != ConstValue::Integer) return true;
    out = c.ev(cond.i ? a[1] : a[2]);
    return true;
  }
  if (name == "expect" || name == "expect_with_probability") {
    if (na < 1) return true;
    out = c.convert(c.ev(a[0]), t);
    return true;
  }
  if (name == "classify_type") {
    if (na != 1 || !c.type(a[0])) return true;
    TypeId at = c.type(a[0]);
    TK k = s.types[at].kind;
    // The argument decays as in a call (6.3.2.1p3-4).
    int cls = (k == TK::Array || k == TK::Function) ? kPointer : classify(s, at);
    out = c.integer(cls, t);
    return true;
  }
  if (name == "inf" || name == "inff" || name == "infl" || name == "huge_val" || name == "huge_valf" ||
      name == "huge_vall" || name == "nan" || name == "nanf" || name == "nanl" || name == "nans" ||
      name == "nansf" || name == "nansl" || name.substr(0, 3) == "inf" || name.substr(0, 8) == "huge_val") {
    if (c.mode == CMode::Strict || !s.types.is_real_floating(t)) return true;
    bool nan = name.substr(0, 3) == "nan";
    if (nan) {
      // Only the empty or a numeric payload; the payload's bits do not matter here.
      if (na != 1 || c.node(a[0]).kind != Kind::StringLit) return true;
    }
    out.kind = ConstValue::Floating;
    out.type = t;
    out.f = nan ? std::numeric_limits<long double>::quiet_NaN() : std::numeric_limits<long double>::infinity();
    return true;
  }
  if (name == "strlen") {
    if (na != 1 || c.mode == CMode::Init) return true;
    NodeId lit = a[0];
    while (c.node(lit).kind == Kind::Paren) lit = c.node(lit).a;
    uint64_t len;
    if (c.node(lit).kind != Kind::StringLit || !narrow_strlen(s, lit, len)) return true;
    out = c.integer(Int(len), t);
    return true;
  }

  // Integer builtins of integer arguments.
  ConstValue v[2];
  for (unsigned i = 0; i < na && i < 2; ++i) v[i] = c.ev(a[i]);
  auto arg_ok = [&](unsigned i) { return i < na && v[i].kind == ConstValue::Integer; };

  if (name == "abs" || name == "labs" || name == "llabs" || name == "imaxabs") {
    if (!arg_ok(0)) return true;
    Int x = s.convert_int(v[0].i, t);
    if (c.mode == CMode::Strict && x < 0 && s.convert_int(-x, t) != -x) return true;
    out = c.integer(x < 0 ? Int(UInt(0) - UInt(x)) : x, t);
    return true;
  }
  if (name.substr(0, 5) == "bswap") {
    unsigned w = 0;
    if (name == "bswap16") w = 16;
    else if (name == "bswap32") w = 32;
    else if (name == "bswap64") w = 64;
    else if (name == "bswap128") w = 128;
    if (!w || !arg_ok(0)) return true;
    UInt x = UInt(v[0].i), r = 0;
    for (unsigned b = 0; b < w / 8; ++b) r = r << 8 | ((x >> (8 * b)) & 0xFF);
    out = c.integer(Int(r), t);
    return true;
  }
  static constexpr std::string_view kBitOps[] = {"clrsb", "clz", "ctz", "popcount", "parity", "ffs"};
  for (std::string_view op : kBitOps) {
    if (name.substr(0, op.size()) != op) continue;
    unsigned w = width_for_suffix(s, op, name);
    if (!w || !arg_ok(0)) return true;
    UInt m = w >= 128 ? ~UInt(0) : (UInt(1) << w) - 1;
    UInt x = UInt(v[0].i) & m;
    unsigned r = 0;
    if (op == "clz") {
      // gcc folds clz(0) to the type's precision (CLZ_DEFINED_VALUE_AT_ZERO aside).
      r = w;
      for (unsigned b = w; b-- > 0;)
        if (x >> b & 1) { r = w - 1 - b; break; }
    } else if (op == "ctz") {
      r = w;
      for (unsigned b = 0; b < w; ++b)
        if (x >> b & 1) { r = b; break; }
    } else if (op == "ffs") {
      r = 0;
      for (unsigned b = 0; b < w; ++b)
        if (x >> b & 1) { r = b + 1; break; }
    } else if (op == "popcount" || op == "parity") {
      for (unsigned b = 0; b < w; ++b) r += unsigned(x >> b & 1);
      if (op == "parity") r &= 1;
    } else {  // clrsb: leading bits equal to the sign bit, minus one
      unsigned sign = unsigned(x >> (w - 1) & 1);
      r = 0;
      for (unsigned b = w - 1; b-- > 0;) {
        if (unsigned(x >> b & 1) != sign) break;
        ++r;
      }
    }
    out = c.integer(r, t);
    return true;
  }
  return false;
}

} // namespace kcarve::ast::detail
