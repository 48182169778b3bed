// layout_mode.cc — the two attributes that build a new arithmetic type from
// an old one (gcc manual 6.34.1 "Common Type Attributes" vector_size, 6.34
// / 6.33 "Common Variable Attributes" mode, and 6.52 "Using Vector
// Instructions through Built-in Functions").
//
// mode(M) names a machine mode: QI HI SI DI TI (1-16 byte integers), byte,
// word, pointer; SF DF XF TF KF IF HF (floating); SC DC XC TC KC IC HC and
// CQI..CTI (complex); V<n><elem> (vectors, deprecated).  The mode's class
// must match the type's class (integer modes on integer types, keeping
// their signedness, and so on), else gcc's "mode 'M' applied to
// inappropriate type".  Which floating and vector modes exist depends on the
// target (XF only on x86_64, KF and IF only on ppc64le, HF on x86_64 and
// aarch64); a mode gcc knows but kcarve is unsure about yields the error
// type silently rather than a wrong diagnostic.
//
// vector_size(N) applies to the innermost element of a pointer, array or
// function type; the element must be an integer (not _Bool) or real
// floating type, N a multiple of its size, N / size a power of two.
#include <string>

#include "ast/sema_internal.h"

namespace kcarve::ast {

namespace {

enum class ModeClass : uint8_t { None, Int, Float, ComplexInt, ComplexFloat, Pointer };

struct Mode {
  ModeClass cls = ModeClass::None;
  TK kind = TK::Error;     // the scalar (element) type
  unsigned bytes = 0;      // size of the scalar
  unsigned lanes = 0;      // vectors: number of elements (0: not a vector)
  bool unknown = false;    // gcc says "unknown machine mode"
  bool unsure = false;     // exists somewhere; silently unmodelled here
};

enum class Arch : uint8_t { X86_64, Aarch64, Ppc64le, S390x };

Arch arch_of(const target::Abi& abi) {
  switch (abi.va_list) {
  case target::VaList::Aarch64: return Arch::Aarch64;
  case target::VaList::CharPtr: return Arch::Ppc64le;
  case target::VaList::S390x: return Arch::S390x;
  default: return Arch::X86_64;
  }
}

// A scalar integer mode name.
bool int_mode(std::string_view s, Mode& m) {
  static const struct { const char* name; unsigned bytes; TK kind; } kInt[] = {
      {"QI", 1, TK::SChar}, {"HI", 2, TK::Short}, {"SI", 4, TK::Int},
      {"DI", 8, TK::Long},  {"TI", 16, TK::Int128},
  };
  for (const auto& e : kInt)
    if (s == e.name) {
      m.kind = e.kind;
      m.bytes = e.bytes;
      return true;
    }
  return false;
}

// A scalar floating mode name as ARCH knows it.
bool float_mode(std::string_view s, Arch a, const target::Abi& abi, Mode& m) {
  if (s == "SF") { m.kind = TK::Float; m.bytes = 4; return true; }
  if (s == "DF") { m.kind = TK::Double; m.bytes = 8; return true; }
  if (s == "XF" || s == "TF" || s == "KF" || s == "IF" || s == "HF") {
    m.bytes = s == "HF" ? 2 : 16;
    if (s == "XF") {
      if (a != Arch::X86_64) { m.unknown = true; return true; }
      m.kind = TK::LongDouble;
    } else if (s == "TF") {
      m.kind = a == Arch::X86_64 ? TK::Float128 : TK::LongDouble;
      if (a == Arch::Ppc64le) m.unsure = true;  // IBM or IEEE by -mabi=
    } else if (s == "KF" || s == "IF") {
      if (a != Arch::Ppc64le) { m.unknown = true; return true; }
      m.kind = s == "KF" ? TK::Float128 : TK::LongDouble;
      if (s == "IF" && abi.ldouble_format != target::LongDouble::Ibm128) m.unsure = true;
    } else {
      if (a == Arch::Ppc64le || a == Arch::S390x) { m.unknown = true; return true; }
      if (!abi.has_float16) m.unsure = true;
      m.kind = TK::Float16;
    }
    return true;
  }
  return false;
}

// Parses a mode name (already without __ __) for ARCH.
Mode parse_mode(std::string_view s, const target::Abi& abi) {
  Arch a = arch_of(abi);
  Mode m;
  if (s == "byte") { m.cls = ModeClass::Int; m.kind = TK::SChar; m.bytes = 1; return m; }
  if (s == "word" || s == "pointer" || s == "unwind_word" || s == "libgcc_cmp_return" ||
      s == "libgcc_shift_count") {
    m.cls = s == "pointer" ? ModeClass::Pointer : ModeClass::Int;
    m.kind = TK::Long;
    m.bytes = 8;
    return m;
  }
  if (int_mode(s, m)) { m.cls = ModeClass::Int; return m; }
  if (float_mode(s, a, abi, m)) { m.cls = ModeClass::Float; return m; }
  if (s.size() > 1 && s[0] == 'C') {
    std::string_view r = s.substr(1);
    if (int_mode(r, m)) { m.cls = ModeClass::ComplexInt; return m; }
  }
  if (s.size() == 2 && s[1] == 'C') {
    std::string f = std::string(1, s[0]) + "F";
    if (float_mode(f, a, abi, m)) { m.cls = ModeClass::ComplexFloat; return m; }
  }
  if (s.size() > 3 && s[0] == 'V' && s[1] >= '1' && s[1] <= '9') {
    size_t i = 1;
    unsigned n = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') n = n * 10 + unsigned(s[i++] - '0');
    std::string_view e = s.substr(i);
    Mode em;
    bool is_int = int_mode(e, em);
    bool is_float = !is_int && float_mode(e, a, abi, em);
    // No target has a vector mode of a lane count that is no power of two.
    if ((is_int || is_float) && n && (n & (n - 1))) {
      m.unknown = true;
      return m;
    }
    if ((is_int || is_float) && !em.unknown && n && !(n & (n - 1))) {
      uint64_t total = uint64_t(n) * em.bytes;
      // Vector modes the back ends define: 2..16 bytes everywhere, 32 bytes
      // on x86_64, ppc64le and s390x, 64 on x86_64; beyond is unknown.
      uint64_t max = a == Arch::X86_64 ? 64 : a == Arch::Aarch64 ? 16 : 32;
      if (total <= max && total >= 2) {
        em.cls = is_int ? ModeClass::Int : ModeClass::Float;
        em.lanes = n;
        em.unsure = em.unsure || total > 16;
        return em;
      }
      if (total > max) { m.unknown = true; return m; }
    }
    m.unsure = true;  // odd vector names: gcc's exact set is per target
    return m;
  }
  // Other names gcc may know on some target (BI, OI, XI, CC, BLK, ...) give
  // "unable to emulate" or work: stay silent.  Only a name no gcc mode can
  // have (lower case, digits first) is surely unknown.
  bool plausible = !s.empty();
  for (char c : s)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) plausible = false;
  if (plausible) m.unsure = true;
  else m.unknown = true;
  return m;
}

} // namespace

uint32_t Sema::mode_int_bytes(std::string_view mode) {
  std::string_view name = pp::attribute_base_name(mode);
  Mode m = parse_mode(name, abi);
  return m.cls == ModeClass::Int && !m.lanes && !m.unknown && !m.unsure ? m.bytes : 0;
}

TypeId Sema::mode_type(TypeId t, std::string_view mode, NodeId at) {
  if (!t) return 0;
  std::string_view name = pp::attribute_base_name(mode);
  Mode m = parse_mode(name, abi);
  if (m.unknown) {
    error(at, "unknown machine mode '" + std::string(mode) + "'");
    return 0;
  }
  if (m.unsure || m.cls == ModeClass::None) return 0;

  const Type& ty = types[t];
  const uint8_t quals = ty.quals;
  auto inappropriate = [&]() -> TypeId {
    error(at, "mode '" + std::string(name) + "' applied to inappropriate type");
    return 0;
  };
  // The scalar type of the mode with T's signedness.
  auto int_of = [&](TK k, bool is_unsigned) -> TypeId {
    if (!is_unsigned) return types.basic(k);
    switch (k) {
    case TK::SChar: return types.basic(TK::UChar);
    case TK::Short: return types.basic(TK::UShort);
    case TK::Int: return types.basic(TK::UInt);
    case TK::Long: return types.basic(TK::ULong);
    case TK::Int128: return types.basic(TK::UInt128);
    default: return 0;
    }
  };

  if (m.cls == ModeClass::Pointer || ty.kind == TK::Pointer) {
    // Only the pointer mode itself (DImode) keeps a pointer a pointer.
    if (ty.kind == TK::Pointer && (m.cls == ModeClass::Pointer || (m.cls == ModeClass::Int && m.bytes == 8 && !m.lanes)))
      return t;
    if (ty.kind != TK::Pointer && m.cls == ModeClass::Pointer && types.is_integer(t) && ty.kind != TK::Bool)
      return types.qualified(int_of(TK::Long, types.is_unsigned(t)), quals);
    return 0;
  }

  TypeId result = 0;
  if (m.lanes) {
    // A vector mode: T must be a scalar of the element's class.
    bool cls_ok = m.cls == ModeClass::Int ? types.is_integer(t) && ty.kind != TK::Bool
                                          : types.is_real_floating(t);
    if (!cls_ok) return inappropriate();
    TypeId elem = m.cls == ModeClass::Int ? int_of(m.kind, types.is_unsigned(t)) : types.basic(m.kind);
    result = types.vector(elem, m.lanes);
  } else {
    switch (m.cls) {
    case ModeClass::Int:
      if (!types.is_integer(t) || ty.kind == TK::Bool) return inappropriate();
      result = int_of(m.kind, types.is_unsigned(t));
      break;
    case ModeClass::Float:
      if (!types.is_real_floating(t)) return inappropriate();
      result = types.basic(m.kind);
      break;
    case ModeClass::ComplexInt: {
      if (ty.kind != TK::Complex || !types.is_integer(ty.base)) return inappropriate();
      TypeId e = int_of(m.kind, types.is_unsigned(ty.base));
      result = e ? types.complex(e) : 0;
      break;
    }
    case ModeClass::ComplexFloat:
      if (ty.kind != TK::Complex || !types.is_real_floating(ty.base)) return inappropriate();
      result = types.complex(types.basic(m.kind));
      break;
    default: return 0;
    }
  }
  return types.qualified(result, quals);
}

TypeId Sema::vector_type(TypeId t, uint64_t bytes, NodeId at) {
  if (!t) return 0;
  const Type ty = types[t];  // copy: forming types may grow the table
  // The attribute applies to the innermost element (gcc's
  // reconstruct_complex_type).
  switch (ty.kind) {
  case TK::Pointer: {
    TypeId inner = vector_type(ty.base, bytes, at);
    return inner ? types.with_align(types.qualified(types.pointer(inner), ty.quals), ty.user_align) : 0;
  }
  case TK::Array: {
    TypeId inner = vector_type(ty.base, bytes, at);
    return inner ? types.qualified(types.array(inner, ty.extra, ty.flags), ty.quals) : 0;
  }
  case TK::Function: {
    TypeId inner = vector_type(ty.base, bytes, at);
    if (!inner) return 0;
    const FnSig sig = types.sigs[ty.extra];
    std::vector<TypeId> ps(types.params.begin() + sig.first, types.params.begin() + sig.first + sig.count);
    return types.function(inner, ps.data(), sig.count, ty.flags);
  }
  default: break;
  }
  bool elem_ok = (types.is_integer(t) && ty.kind != TK::Bool && ty.kind != TK::BitInt &&
                  ty.kind != TK::UBitInt) ||
                 types.is_real_floating(t);
  uint64_t esize = elem_ok ? size_of(t) : 0;
  if (!elem_ok || !esize) {
    error(at, "invalid vector type for attribute 'vector_size'");
    return 0;
  }
  if (bytes % esize) {
    error(at, "vector size not an integral multiple of component size");
    return 0;
  }
  if (bytes == 0) {
    error(at, "zero vector size");
    return 0;
  }
  uint64_t n = bytes / esize;
  if (n & (n - 1)) {
    error(at, "number of vector components " + std::to_string(n) + " not a power of two");
    return 0;
  }
  TypeId elem = types.strip_all(t);
  return types.qualified(types.vector(elem, n), ty.quals);
}

} // namespace kcarve::ast
