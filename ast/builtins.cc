// builtins.cc — gcc's builtin functions and predeclared types.
//
// gcc declares its builtins before reading the source, invisibly: a
// __builtin_* name (and __atomic_*, __sync_*) is always a function of a
// known type, and the C library names gcc knows (memcpy, abort, printf, the
// <math.h> functions; gcc manual, "Other Builtins") are builtins too unless
// -fno-builtin or -ffreestanding, C99 names not in strict C90, GNU names
// (bzero, index, ...) not in strict ISO C.  kcarve makes the symbol on first
// use: builtin(NAME) decodes the name's signature string from
// builtins_table.inc into an interned function type and caches the symbol
// per StrId, so a name costs one hash lookup per translation unit.
//
// declare_builtin_types() binds gcc's predeclared typedef names (ast/
// keywords.h kBuiltinTypedefs) at file scope: __builtin_va_list as each
// psABI defines va_list (x86-64 SysV psABI 3.5.7, AAPCS64 B.4, ELFv2 char *,
// s390x ELF ABI 1.2.4), __int128_t, __uint128_t, __float128, __float80,
// __builtin_ms_va_list and __builtin_sysv_va_list where gcc 12 has them.
//
// The type-generic builtins (result type from the arguments) are in
// builtins_generic.cc.
#include <cstring>
#include <string_view>
#include <unordered_map>

#include "ast/sema_internal.h"
#include "target/target.h"

namespace kcarve::ast {

namespace {

// Entry kinds (builtins_table.inc explains them).
enum Cls : uint8_t { K_BI, K_RAW, K_C90, K_C99, K_GNU, K_X86 };
// Math variants: what 'R' stands for.
enum : uint8_t { VAR_D, VAR_F, VAR_L };

struct Entry {
  const char* name;
  const char* sig;
  uint8_t cls;
  uint8_t variant;
};

#define BI(n, s) {#n, s, K_BI, VAR_D},
#define RAW(n, s) {#n, s, K_RAW, VAR_D},
#define C90(n, s) {#n, s, K_C90, VAR_D},
#define C99(n, s) {#n, s, K_C99, VAR_D},
#define GNU(n, s) {#n, s, K_GNU, VAR_D},
#define X86(n, s) {#n, s, K_X86, VAR_D},
// C90 reserves the f and l names of its math functions: builtins in C90 too.
#define M90(n, s) {#n, s, K_C90, VAR_D}, {#n "f", s, K_C90, VAR_F}, {#n "l", s, K_C90, VAR_L},
#define M99(n, s) {#n, s, K_C99, VAR_D}, {#n "f", s, K_C99, VAR_F}, {#n "l", s, K_C99, VAR_L},
#define MGNU(n, s) {#n, s, K_GNU, VAR_D}, {#n "f", s, K_GNU, VAR_F}, {#n "l", s, K_GNU, VAR_L},
#define BIM(n, s) {#n, s, K_BI, VAR_D}, {#n "f", s, K_BI, VAR_F}, {#n "l", s, K_BI, VAR_L},

const Entry kEntries[] = {
#include "ast/builtins_table.inc"
};

#undef BI
#undef RAW
#undef C90
#undef C99
#undef GNU
#undef X86
#undef M90
#undef M99
#undef MGNU
#undef BIM

constexpr std::string_view kPrefix = "__builtin_";

// Name -> entry index, built once (immutable afterwards).  Keys are the
// names as the table writes them: without "__builtin_" except for RAW.
const std::unordered_map<std::string_view, uint16_t>& entry_index() {
  static const std::unordered_map<std::string_view, uint16_t> index = [] {
    std::unordered_map<std::string_view, uint16_t> m;
    m.reserve(sizeof kEntries / sizeof kEntries[0] * 2);
    for (size_t i = 0; i < sizeof kEntries / sizeof kEntries[0]; ++i)
      m.emplace(kEntries[i].name, uint16_t(i));
    return m;
  }();
  return index;
}

// The entry NAME denotes with these options, or nullptr.
const Entry* find_entry(std::string_view name, const SemaOptions& o, bool x86_64) {
  const auto& index = entry_index();
  bool prefixed = name.substr(0, kPrefix.size()) == kPrefix;
  if (prefixed) {
    auto it = index.find(name.substr(kPrefix.size()));
    if (it == index.end()) return nullptr;
    const Entry& e = kEntries[it->second];
    if (e.cls == K_RAW) return nullptr;
    if (e.cls == K_X86 && !x86_64) return nullptr;
    return &e;
  }
  auto it = index.find(name);
  if (it == index.end()) return nullptr;
  const Entry& e = kEntries[it->second];
  switch (e.cls) {
  case K_RAW: return &e;
  case K_BI: case K_X86: return nullptr;
  case K_C99: if (o.strict_iso && !o.c99_or_later) return nullptr; break;
  case K_GNU: if (o.strict_iso) return nullptr; break;
  default: break;
  }
  if (!o.builtin_library) return nullptr;
  for (const std::string& n : o.no_builtin)
    if (n == name) return nullptr;
  return &e;
}

} // namespace

// One type of a signature string (builtins_table.inc): prefixes, a base
// letter, pointer stars.  Advances P past it.
TypeId Sema::builtin_code_type(const char*& p, uint8_t variant) {
  bool is_unsigned = false, is_signed = false, is_complex = false;
  uint8_t quals = 0;
  for (;; ++p) {
    if (*p == 'U') is_unsigned = true;
    else if (*p == 'S') is_signed = true;
    else if (*p == 'K') quals |= Q_CONST;
    else if (*p == 'W') quals |= Q_VOLATILE;
    else if (*p == 'X') is_complex = true;
    else break;
  }
  TypeId t = 0;
  char c = *p++;
  if (c == 'R') c = variant == VAR_F ? 'f' : variant == VAR_L ? 'e' : 'd';
  switch (c) {
  case 'v': t = t_void; break;
  case 'b': t = t_bool; break;
  case 'c': t = types.basic(is_unsigned ? TK::UChar : is_signed ? TK::SChar : TK::Char); break;
  case 's': t = types.basic(is_unsigned ? TK::UShort : TK::Short); break;
  case 'i': t = is_unsigned ? t_uint : t_int; break;
  case 'l': t = is_unsigned ? t_ulong : t_long; break;
  case 'x': t = types.basic(is_unsigned ? TK::ULLong : TK::LLong); break;
  case 'n': t = types.basic(is_unsigned ? TK::UInt128 : TK::Int128); break;
  case 'f': t = types.basic(TK::Float); break;
  case 'd': t = t_double; break;
  case 'e': t = types.basic(TK::LongDouble); break;
  case 'q': t = types.basic(TK::Float128); break;
  case 'z': t = t_size; break;
  case 't': t = t_ptrdiff; break;
  case 'I': t = t_long; break;                       // intmax_t: long on every LP64 model here
  case 'w': t = t_uint; break;                       // wint_t: unsigned int (glibc)
  case 'F': t = types.pointer(t_void); break;        // FILE *: gcc's builtins take void *
  case 'g': t = types.pointer(types.function(t_void, nullptr, 0, TF_FN_OLDSTYLE)); break;
  case 'V': {
    // As a parameter va_list is adjusted: an array becomes a pointer.
    t = t_va_list;
    if (t && types[t].kind == TK::Array) t = types.pointer(types[t].base);
    break;
  }
  default: return 0;
  }
  if (quals) t = types.qualified(t, quals);
  if (is_complex) t = types.complex(t);
  while (*p == '*') {
    t = types.pointer(t);
    ++p;
  }
  return t;
}

// A whole signature "RET:P,P,..." as a function type.
TypeId Sema::builtin_fn_type(const char* sig, uint8_t variant) {
  const char* p = sig;
  TypeId ret = builtin_code_type(p, variant);
  if (*p != ':') return 0;
  ++p;
  TypeId params[8];
  uint32_t n = 0;
  uint16_t flags = 0;
  while (*p) {
    if (*p == '.') {
      flags |= TF_FN_VARIADIC;
      break;
    }
    if (n == 8) return 0;
    params[n++] = builtin_code_type(p, variant);
    if (*p == ',') ++p;
  }
  // gcc's varargs type with no named parameter is C's unprototyped
  // `int ()` (how it prints __builtin_isnan's type).
  if (n == 0 && (flags & TF_FN_VARIADIC)) flags = TF_FN_OLDSTYLE;
  return types.function(ret, params, n, flags);
}

SymId Sema::builtin(pp::StrId name) {
  if (name >= builtin_cache_.size()) builtin_cache_.resize(pp.strings.size() + 1, 0);
  SymId& slot = builtin_cache_[name];
  if (slot) return slot - 1;
  slot = 1;
  const Entry* e = find_entry(pp.strings.str(name), opts, abi.va_list == target::VaList::X86_64);
  if (!e) return 0;
  TypeId t = builtin_fn_type(e->sig, e->variant);
  if (!t) return 0;
  uint32_t saved = depth_;
  depth_ = 0;  // builtins belong to file scope whereever first used
  SymId s = new_symbol(name, SymKind::Function);
  depth_ = saved;
  Symbol& sym = out.symbols[s];
  sym.linkage = Linkage::External;
  sym.storage = Storage::Extern;
  sym.is_builtin = true;
  sym.type = t;
  slot = s + 1;
  return s;
}

TypeId Sema::implicit_builtin_type(SymId b, bool* incompatible) {
  // `int ()` and the builtin's type are compatible (C11 6.7.6.3p15) when the
  // builtin returns int, has no `...`, and no parameter changes under the
  // default argument promotions.
  TypeId bt = out.symbols[b].type;
  TypeId int_fn = types.function(t_int, nullptr, 0, TF_FN_OLDSTYLE);
  bool ok = bt && types[bt].kind == TK::Function && types[bt].base == t_int &&
            !(types[bt].flags & TF_FN_VARIADIC);
  if (ok && !(types[bt].flags & TF_FN_OLDSTYLE)) {
    const FnSig& s = types.sig(bt);
    for (uint32_t i = 0; ok && i < s.count; ++i) {
      TypeId p = types.unqualified(types.params[s.first + i]);
      TK k = types[p].kind;
      if (k == TK::Float || (types.is_integer(p) && promote(p) != p)) ok = false;
    }
  }
  *incompatible = !ok;
  return ok ? int_fn : bt;
}

// ---- predeclared types ----

namespace {

struct Field { const char* name; TypeId type; };

} // namespace

void Sema::declare_builtin_types() {
  auto typedef_sym = [&](const char* name, TypeId t) {
    if (!t) return;
    pp::StrId id = names.intern(name);
    SymId s = new_symbol(id, SymKind::Typedef);
    Symbol& sym = out.symbols[s];
    sym.storage = Storage::Typedef;
    sym.is_builtin = true;
    sym.type = t;
    bind(id, s);
  };
  auto record = [&](const char* tag, std::initializer_list<Field> fields) -> TypeId {
    uint32_t r = types.new_record(names.intern(tag), false, 0, 0);
    for (const Field& f : fields) {
      Member m{};
      m.name = names.intern(f.name);
      m.type = f.type;
      types.records[r].members.push_back(m);
    }
    layout_record(types.records[r]);
    types.records[r].complete = true;
    return types.record_type(r);
  };
  TypeId vp = types.pointer(t_void);
  TypeId va = 0;
  TypeId sysv = 0;
  switch (abi.va_list) {
  case target::VaList::X86_64:
    sysv = types.array(record("__va_list_tag", {{"gp_offset", t_uint}, {"fp_offset", t_uint},
                                                {"overflow_arg_area", vp}, {"reg_save_area", vp}}),
                       1);
    va = sysv;
    break;
  case target::VaList::Aarch64:
    va = record("__va_list", {{"__stack", vp}, {"__gr_top", vp}, {"__vr_top", vp},
                              {"__gr_offs", t_int}, {"__vr_offs", t_int}});
    break;
  case target::VaList::CharPtr:
    va = types.pointer(t_char);
    break;
  case target::VaList::S390x:
    va = types.array(record("__va_list_tag", {{"__gpr", t_long}, {"__fpr", t_long},
                                              {"__overflow_arg_area", vp}, {"__reg_save_area", vp}}),
                     1);
    break;
  }
  t_va_list = va;
  typedef_sym("__builtin_va_list", va);
  if (sysv) {
    // x86_64 also has the Microsoft ABI's va_list (a char *) beside SysV's.
    typedef_sym("__builtin_ms_va_list", types.pointer(t_char));
    typedef_sym("__builtin_sysv_va_list", sysv);
  }
  if (abi.has_int128) {
    typedef_sym("__int128_t", types.basic(TK::Int128));
    typedef_sym("__uint128_t", types.basic(TK::UInt128));
  }
  if (abi.has_float128_keyword) typedef_sym("__float128", types.basic(TK::Float128));
  if (abi.has_ibm128) {
    // ppc64le: `#define __float128 __ieee128`; __ibm128 is long double itself
    // (IBM double-double, Debian's default long double there).
    typedef_sym("__ieee128", types.basic(TK::Float128));
    if (abi.ldouble_format == target::LongDouble::Ibm128) typedef_sym("__ibm128", types.basic(TK::LongDouble));
  }
  // __float80 is long double itself where long double is the x87 format
  // (gcc: compatible with long double, unlike _Float64x).
  if (abi.ldouble_format == target::LongDouble::X87_80) typedef_sym("__float80", types.basic(TK::LongDouble));
  // __bf16: gcc 12 has it on aarch64 only.  kcarve has no bfloat16 type;
  // _Float16 has its size and alignment (the layouts agree, the identity
  // does not: mixing the two is the only thing this gets wrong).
  if (abi.va_list == target::VaList::Aarch64) typedef_sym("__bf16", types.basic(TK::Float16));
}

} // namespace kcarve::ast
