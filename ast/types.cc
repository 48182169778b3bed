// types.cc — the interned type table (types.h): forming types, qualifiers,
// the questions C11 6.2.5 asks of them, compatibility and composite types
// (6.2.7), and spelling types the way gcc's diagnostics print them.
#include "ast/types.h"

#include <cstring>

namespace kcarve::ast {

namespace {

uint64_t pack_head(const Type& t) {
  return uint64_t(uint8_t(t.kind)) | uint64_t(t.quals) << 8 | uint64_t(t.flags) << 16 |
         uint64_t(t.base) << 32;
}

bool is_int_kind(TK k) { return k >= TK::Bool && k <= TK::UBitInt; }
bool is_float_kind(TK k) { return k >= TK::Float16 && k <= TK::Decimal128; }

} // namespace

size_t TypeTable::KeyHash::operator()(const Key& k) const {
  uint64_t h = k.a * 0x9E3779B97F4A7C15ull;
  h ^= (k.b + 0x7F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
  h ^= (k.c + 0x94D049BBull) * 0x94D049BB133111EBull;
  return size_t(h ^ (h >> 29));
}

TypeTable::TypeTable() {
  types.push_back(Type{});  // 0: the error type
  sigs.push_back(FnSig{0, 0});
  records.push_back(Record{});
  enums.push_back(Enum{});
}

TypeId TypeTable::intern(const Type& t) {
  if (t.kind == TK::Function) {
    // The parameter list is part of the key; kept in a string key.
    const FnSig& s = sigs[t.extra];
    std::string key;
    key.resize(sizeof(uint64_t) * 2 + s.count * sizeof(TypeId));
    uint64_t h = pack_head(t), al = t.user_align;
    std::memcpy(&key[0], &h, 8);
    std::memcpy(&key[8], &al, 8);
    if (s.count) std::memcpy(&key[16], &params[s.first], s.count * sizeof(TypeId));
    auto it = fn_index_.find(key);
    if (it != fn_index_.end()) return it->second;
    types.push_back(t);
    TypeId id = TypeId(types.size() - 1);
    fn_index_.emplace(std::move(key), id);
    return id;
  }
  Key k{pack_head(t), t.extra, t.user_align};
  auto it = index_.find(k);
  if (it != index_.end()) return it->second;
  types.push_back(t);
  TypeId id = TypeId(types.size() - 1);
  index_.emplace(k, id);
  return id;
}

TypeId TypeTable::basic(TK k) {
  Type t{};
  t.kind = k;
  return intern(t);
}

TypeId TypeTable::bitint(bool is_unsigned, uint32_t width) {
  Type t{};
  t.kind = is_unsigned ? TK::UBitInt : TK::BitInt;
  t.extra = width;
  return intern(t);
}

TypeId TypeTable::complex(TypeId real) {
  if (!real) return 0;
  Type t{};
  t.kind = TK::Complex;
  t.base = real;
  return intern(t);
}

TypeId TypeTable::pointer(TypeId to) {
  if (!to) return 0;
  Type t{};
  t.kind = TK::Pointer;
  t.base = to;
  return intern(t);
}

TypeId TypeTable::array(TypeId elem, uint64_t len, uint16_t flags) {
  if (!elem) return 0;
  Type t{};
  t.kind = TK::Array;
  t.base = elem;
  t.extra = (flags & (TF_ARR_INCOMPLETE | TF_ARR_VLA | TF_ARR_STAR)) ? 0 : len;
  t.flags = flags;
  return intern(t);
}

TypeId TypeTable::function(TypeId ret, const TypeId* ps, uint32_t n, uint16_t flags) {
  if (!ret) return 0;
  for (uint32_t i = 0; i < n; ++i)
    if (!ps[i]) return 0;
  // Look up with a provisional signature at the end of the tables; drop it
  // again if the type already exists.
  size_t params_before = params.size();
  params.insert(params.end(), ps, ps + n);
  sigs.push_back(FnSig{uint32_t(params_before), n});
  Type t{};
  t.kind = TK::Function;
  t.base = ret;
  t.flags = flags;
  t.extra = sigs.size() - 1;
  size_t before = types.size();
  TypeId id = intern(t);
  if (types.size() == before) {  // existed: undo the provisional entries
    sigs.pop_back();
    params.resize(params_before);
  }
  return id;
}

TypeId TypeTable::vector(TypeId elem, uint64_t count) {
  if (!elem) return 0;
  Type t{};
  t.kind = TK::Vector;
  t.base = elem;
  t.extra = count;
  return intern(t);
}

TypeId TypeTable::record_type(uint32_t rec) {
  Type t{};
  t.kind = TK::Record;
  t.extra = rec;
  return intern(t);
}

TypeId TypeTable::enum_type(uint32_t en) {
  Type t{};
  t.kind = TK::Enum;
  t.extra = en;
  return intern(t);
}

uint32_t TypeTable::new_record(pp::StrId tag, bool is_union, NodeId decl, uint32_t depth) {
  Record r{};
  r.tag = tag;
  r.is_union = is_union;
  r.decl = decl;
  r.scope_depth = depth;
  records.push_back(std::move(r));
  return uint32_t(records.size() - 1);
}

uint32_t TypeTable::new_enum(pp::StrId tag, NodeId decl, uint32_t depth) {
  Enum e{};
  e.tag = tag;
  e.decl = decl;
  e.scope_depth = depth;
  enums.push_back(e);
  return uint32_t(enums.size() - 1);
}

TypeId TypeTable::qualified(TypeId t, uint8_t quals) {
  if (!t || !quals) return t;
  return with_quals(t, types[t].quals | quals);
}

TypeId TypeTable::with_quals(TypeId t, uint8_t quals) {
  if (!t || types[t].quals == quals) return t;
  Type n = types[t];
  n.quals = quals;
  return intern(n);
}

TypeId TypeTable::with_align(TypeId t, uint32_t align) {
  if (!t || types[t].user_align == align) return t;
  Type n = types[t];
  n.user_align = align;
  return intern(n);
}

TypeId TypeTable::with_flags(TypeId t, uint16_t add) {
  if (!t || (types[t].flags & add) == add) return t;
  Type n = types[t];
  n.flags |= add;
  return intern(n);
}

TypeId TypeTable::strip_all(TypeId t) {
  if (!t) return 0;
  Type n = types[t];
  n.quals = 0;
  n.user_align = 0;
  n.flags &= ~(TF_MAY_ALIAS | TF_TRANSPARENT | TF_PACKED_ENUM);
  return intern(n);
}

bool TypeTable::is_integer(TypeId t) const {
  TK k = types[t].kind;
  return is_int_kind(k) || k == TK::Enum;
}

bool TypeTable::is_unsigned(TypeId t) const {
  const Type& ty = types[t];
  switch (ty.kind) {
  case TK::Bool: case TK::UChar: case TK::UShort: case TK::UInt: case TK::ULong:
  case TK::ULLong: case TK::UInt128: case TK::UBitInt:
    return true;
  case TK::Char:
    return !char_signed;
  case TK::Enum: {
    const Enum& e = enums[ty.extra];
    return e.underlying && is_unsigned(e.underlying);
  }
  default:
    return false;
  }
}

bool TypeTable::is_real_floating(TypeId t) const { return is_float_kind(types[t].kind); }

bool TypeTable::is_arithmetic(TypeId t) const {
  return is_integer(t) || is_real_floating(t) || types[t].kind == TK::Complex;
}

bool TypeTable::is_scalar(TypeId t) const { return is_arithmetic(t) || is_pointer(t); }

bool TypeTable::is_complete(TypeId t) const {
  const Type& ty = types[t];
  switch (ty.kind) {
  case TK::Void: case TK::Function: case TK::Error:
    return false;
  case TK::Array:
    return !(ty.flags & (TF_ARR_INCOMPLETE | TF_ARR_STAR)) && is_complete(ty.base);
  case TK::Record:
    return records[ty.extra].complete;
  case TK::Enum:
    return enums[ty.extra].complete;
  default:
    return true;
  }
}

bool TypeTable::compatible(TypeId a, TypeId b) const {
  // Iterative along the derivation chain; recursion only into parameters.
  for (;;) {
    if (a == b) return true;
    if (!a || !b) return false;
    const Type& x = types[a];
    const Type& y = types[b];
    if (x.quals != y.quals) return false;
    if (x.kind == TK::Enum || y.kind == TK::Enum) {
      // 6.7.2.2p4: an enum is compatible with its underlying integer type.
      if (x.kind == y.kind) return x.extra == y.extra;
      TypeId e = x.kind == TK::Enum ? a : b, o = x.kind == TK::Enum ? b : a;
      const Enum& en = enums[types[e].extra];
      if (!en.underlying) return false;
      return types[o].kind == types[en.underlying].kind && types[o].quals == types[e].quals;
    }
    if (x.kind != y.kind) return false;
    switch (x.kind) {
    case TK::Pointer: case TK::Complex:
      a = x.base; b = y.base;
      continue;
    case TK::Vector:
      if (x.extra != y.extra) return false;
      a = x.base; b = y.base;
      continue;
    case TK::Array:
      if (!(x.flags & (TF_ARR_INCOMPLETE | TF_ARR_VLA | TF_ARR_STAR)) &&
          !(y.flags & (TF_ARR_INCOMPLETE | TF_ARR_VLA | TF_ARR_STAR)) && x.extra != y.extra)
        return false;
      a = x.base; b = y.base;
      continue;
    case TK::Function: {
      if (!compatible(x.base, y.base)) return false;
      bool xo = x.flags & TF_FN_OLDSTYLE, yo = y.flags & TF_FN_OLDSTYLE;
      if (xo || yo) return true;  // 6.7.6.3p15, without the promotion check gcc only warns about
      if ((x.flags & TF_FN_VARIADIC) != (y.flags & TF_FN_VARIADIC)) return false;
      const FnSig& s = sigs[x.extra];
      const FnSig& t = sigs[y.extra];
      if (s.count != t.count) return false;
      for (uint32_t i = 0; i < s.count; ++i) {
        // Parameter qualifiers do not matter (6.7.6.3p15).
        TypeId p = params[s.first + i], q = params[t.first + i];
        if (p != q && !compatible_unqual(p, q)) return false;
      }
      return true;
    }
    case TK::BitInt: case TK::UBitInt:
      return x.extra == y.extra;
    case TK::Record: case TK::Enum:
      return x.extra == y.extra;
    default:
      // Same basic kind; differing only in user alignment or attribute flags.
      return true;
    }
  }
}

bool TypeTable::compatible_unqual(TypeId a, TypeId b) const {
  if (!a || !b) return a == b;
  if (types[a].quals == types[b].quals) return compatible(a, b);
  Type x = types[a];
  x.quals = types[b].quals;
  // Find the variant of a with b's qualifiers without interning (const table).
  Key k{pack_head(x), x.extra, x.user_align};
  if (x.kind != TK::Function) {
    auto it = index_.find(k);
    if (it != index_.end()) return compatible(it->second, b);
  }
  return false;
}

TypeId TypeTable::composite(TypeId a, TypeId b) {
  if (a == b) return a;
  if (!compatible(a, b)) return 0;
  const Type x = types[a];
  const Type y = types[b];
  switch (x.kind) {
  case TK::Array: {
    TypeId elem = composite(x.base, y.base);
    bool xk = !(x.flags & (TF_ARR_INCOMPLETE | TF_ARR_VLA | TF_ARR_STAR));
    bool yk = !(y.flags & (TF_ARR_INCOMPLETE | TF_ARR_VLA | TF_ARR_STAR));
    TypeId r;
    if (xk) r = array(elem, x.extra, x.flags);
    else if (yk) r = array(elem, y.extra, y.flags);
    else r = array(elem, 0, x.flags);
    return with_quals(with_align(r, x.user_align), x.quals);
  }
  case TK::Function: {
    bool xo = x.flags & TF_FN_OLDSTYLE, yo = y.flags & TF_FN_OLDSTYLE;
    TypeId ret = composite(x.base, y.base);
    if (xo && yo) return a;
    if (xo != yo) {
      // The prototype's list, copied: function() appends to `params`, which
      // may move it.
      const Type& p = xo ? y : x;
      const FnSig& ps = sigs[p.extra];
      std::vector<TypeId> list(params.begin() + ps.first, params.begin() + ps.first + ps.count);
      return qualified(function(ret, list.data(), uint32_t(list.size()), p.flags), x.quals);
    }
    std::vector<TypeId> ps(sigs[x.extra].count);
    for (size_t i = 0; i < ps.size(); ++i) {
      TypeId p = params[sigs[x.extra].first + i], q = params[sigs[y.extra].first + i];
      TypeId c = composite(p, q);
      ps[i] = c ? c : p;
    }
    return qualified(function(ret, ps.data(), uint32_t(ps.size()), x.flags), x.quals);
  }
  case TK::Pointer:
    return with_quals(pointer(composite(x.base, y.base)), x.quals);
  default:
    return a;
  }
}

std::string TypeTable::spell(TypeId t, const pp::Interner& names) const {
  // Prefix (specifiers and pointer stars) and suffix (arrays, parameter
  // lists) built outwards from the declarator core, as C declarators read.
  std::string prefix, suffix;
  bool need_paren = false;
  auto quals = [](uint8_t q) {
    std::string s;
    if (q & Q_CONST) s += "const ";
    if (q & Q_VOLATILE) s += "volatile ";
    if (q & Q_RESTRICT) s += "restrict ";
    if (q & Q_ATOMIC) s += "_Atomic ";
    if (q & Q_SEG_FS) s += "__seg_fs ";
    if (q & Q_SEG_GS) s += "__seg_gs ";
    return s;
  };
  for (TypeId cur = t;;) {
    const Type& ty = types[cur];
    switch (ty.kind) {
    case TK::Pointer: {
      std::string q = quals(ty.quals);
      if (!q.empty()) q.pop_back();
      // gcc separates a '*' from a parenthesised declarator: 'char * (*)(void)'.
      std::string sep = q.empty() ? std::string(!prefix.empty() && prefix[0] == '(' ? " " : "")
                                  : " " + q + (prefix.empty() && suffix.empty() ? "" : " ");
      prefix = "*" + sep + prefix;
      need_paren = true;
      cur = ty.base;
      continue;
    }
    case TK::Array: {
      if (need_paren) { prefix = "(" + prefix; suffix += ")"; need_paren = false; }
      std::string n = (ty.flags & (TF_ARR_INCOMPLETE | TF_ARR_VLA | TF_ARR_STAR)) ? "" : std::to_string(ty.extra);
      suffix += "[" + (ty.flags & TF_ARR_STAR ? std::string("*") : n) + "]";
      cur = ty.base;
      continue;
    }
    case TK::Function: {
      if (need_paren) { prefix = "(" + prefix; suffix += ")"; need_paren = false; }
      std::string ps = "(";
      const FnSig& s = sigs[ty.extra];
      for (uint32_t i = 0; i < s.count; ++i) {
        if (i) ps += ", ";
        ps += spell(params[s.first + i], names);
      }
      if (ty.flags & TF_FN_VARIADIC) ps += s.count ? ", ..." : "...";
      else if (!s.count && !(ty.flags & TF_FN_OLDSTYLE)) ps += "void";
      suffix += ps + ")";
      cur = ty.base;
      continue;
    }
    default:
      break;
    }
    std::string base = quals(ty.quals);
    switch (ty.kind) {
    case TK::Error: base += "<error>"; break;
    case TK::Void: base += "void"; break;
    case TK::Bool: base += "_Bool"; break;
    case TK::Char: base += "char"; break;
    case TK::SChar: base += "signed char"; break;
    case TK::UChar: base += "unsigned char"; break;
    case TK::Short: base += "short int"; break;
    case TK::UShort: base += "short unsigned int"; break;
    case TK::Int: base += "int"; break;
    case TK::UInt: base += "unsigned int"; break;
    case TK::Long: base += "long int"; break;
    case TK::ULong: base += "long unsigned int"; break;
    case TK::LLong: base += "long long int"; break;
    case TK::ULLong: base += "long long unsigned int"; break;
    case TK::Int128: base += "__int128"; break;
    case TK::UInt128: base += "__int128 unsigned"; break;
    case TK::BitInt: base += "_BitInt(" + std::to_string(ty.extra) + ")"; break;
    case TK::UBitInt: base += "unsigned _BitInt(" + std::to_string(ty.extra) + ")"; break;
    case TK::Float16: base += "_Float16"; break;
    case TK::Float: base += "float"; break;
    case TK::Double: base += "double"; break;
    case TK::LongDouble: base += "long double"; break;
    case TK::Float32: base += "_Float32"; break;
    case TK::Float64: base += "_Float64"; break;
    case TK::Float128: base += "_Float128"; break;
    case TK::Float32x: base += "_Float32x"; break;
    case TK::Float64x: base += "_Float64x"; break;
    case TK::Decimal32: base += "_Decimal32"; break;
    case TK::Decimal64: base += "_Decimal64"; break;
    case TK::Decimal128: base += "_Decimal128"; break;
    case TK::Complex: base += "complex " + spell(ty.base, names); break;
    case TK::Vector:
      base += "__vector(" + std::to_string(ty.extra) + ") " + spell(ty.base, names);
      break;
    case TK::Record: {
      const Record& r = records[ty.extra];
      base += r.is_union ? "union " : "struct ";
      base += r.tag ? std::string(names.str(r.tag)) : "<anonymous>";
      break;
    }
    case TK::Enum: {
      const Enum& e = enums[ty.extra];
      base += "enum ";
      base += e.tag ? std::string(names.str(e.tag)) : "<anonymous>";
      break;
    }
    default: break;
    }
    if (!base.empty() && base.back() == ' ') base.pop_back();
    if (prefix.empty() && suffix.empty()) return base;
    // gcc 12 writes no space before an unparenthesised suffix: 'int(char)',
    // 'int[3]', but 'int *[3]' and 'int (*)(char)'.
    if (prefix.empty()) return base + suffix;
    return base + " " + prefix + suffix;
  }
}

} // namespace kcarve::ast
