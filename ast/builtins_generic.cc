// builtins_generic.cc — calls of gcc's type-generic builtins, whose result
// type comes from their arguments (gcc manual: "Other Builtins"
// __builtin_choose_expr, __builtin_constant_p, __builtin_complex,
// __builtin_shuffle, __builtin_speculation_safe_value,
// __builtin_call_with_static_chain, __builtin_tgmath, __builtin_has_attribute;
// "Integer Overflow Builtins"; "__atomic Builtins" and "__sync Builtins",
// whose value has the type the pointer argument points to; "Variable Length
// Argument Lists" va_start/va_end/va_copy, which take the va_list itself).
//
// generic_builtin_call() types the arguments with expr() and gives the
// call's type.  It reports only the errors gcc gives in the same words at the
// same token (wrong argument counts, a non-constant choose_expr selector,
// overflow operands that are not integers); anything else it cannot type is
// the error type, silently.
#include <string_view>
#include <vector>
#include <unordered_map>

#include "ast/sema_internal.h"

namespace kcarve::ast {

namespace {

enum class G : uint8_t {
  ChooseExpr,      // type of the chosen operand
  ConstantP,       // int, one argument
  ClassifyType,    // int, one argument
  Overflow,        // bool: (a, b, T *res)
  OverflowP,       // bool: (a, b, T res)
  AtomicValue,     // the type *p has, unqualified
  AtomicVoid,
  AtomicBool,
  SyncValue,       // as AtomicValue
  SyncBool,
  SyncVoid,
  Shuffle,         // vector of a's elements, as many as mask's
  ShuffleVector,   // vector of a's elements, one per index
  SpeculationSafe, // the argument's (lvalue-converted, unqualified) type
  StaticChain,     // the type of the call it wraps
  Complex,         // _Complex of the real part's type
  VaVoid,          // va_start / va_end / va_copy
  ClearPadding,    // void
  HasAttribute,    // _Bool
  Tgmath,          // unknown here: the error type
};

// How gcc checks the argument count (0 arguments wanted: not at all).
enum Check : uint8_t {
  C_NONE,
  C_EXACT,      // "too few / too many arguments to function 'NAME'"
  C_INCORRECT,  // "incorrect number of arguments to function 'NAME'"
  C_MIN,        // "too few arguments to function 'NAME'"; more are accepted
};
struct Spec {
  G kind;
  uint8_t nargs;
  Check check;
};

const std::unordered_map<std::string_view, Spec>& generic_names() {
  static const std::unordered_map<std::string_view, Spec> m = [] {
    static const struct { const char* name; G kind; uint8_t nargs; Check check; } list[] = {
        {"__builtin_choose_expr", G::ChooseExpr, 0, C_NONE},
        {"__builtin_constant_p", G::ConstantP, 1, C_EXACT},
        {"__builtin_classify_type", G::ClassifyType, 0, C_NONE},
        {"__builtin_add_overflow", G::Overflow, 3, C_EXACT},
        {"__builtin_sub_overflow", G::Overflow, 3, C_EXACT},
        {"__builtin_mul_overflow", G::Overflow, 3, C_EXACT},
        {"__builtin_add_overflow_p", G::OverflowP, 3, C_EXACT},
        {"__builtin_sub_overflow_p", G::OverflowP, 3, C_EXACT},
        {"__builtin_mul_overflow_p", G::OverflowP, 3, C_EXACT},
        {"__atomic_load_n", G::AtomicValue, 2, C_EXACT},
        {"__atomic_exchange_n", G::AtomicValue, 3, C_EXACT},
        {"__atomic_add_fetch", G::AtomicValue, 3, C_EXACT},
        {"__atomic_sub_fetch", G::AtomicValue, 3, C_EXACT},
        {"__atomic_and_fetch", G::AtomicValue, 3, C_EXACT},
        {"__atomic_xor_fetch", G::AtomicValue, 3, C_EXACT},
        {"__atomic_or_fetch", G::AtomicValue, 3, C_EXACT},
        {"__atomic_nand_fetch", G::AtomicValue, 3, C_EXACT},
        {"__atomic_fetch_add", G::AtomicValue, 3, C_EXACT},
        {"__atomic_fetch_sub", G::AtomicValue, 3, C_EXACT},
        {"__atomic_fetch_and", G::AtomicValue, 3, C_EXACT},
        {"__atomic_fetch_xor", G::AtomicValue, 3, C_EXACT},
        {"__atomic_fetch_or", G::AtomicValue, 3, C_EXACT},
        {"__atomic_fetch_nand", G::AtomicValue, 3, C_EXACT},
        {"__atomic_store_n", G::AtomicVoid, 3, C_EXACT},
        {"__atomic_load", G::AtomicVoid, 3, C_INCORRECT},
        {"__atomic_store", G::AtomicVoid, 3, C_INCORRECT},
        {"__atomic_exchange", G::AtomicVoid, 4, C_INCORRECT},
        {"__atomic_compare_exchange_n", G::AtomicBool, 6, C_EXACT},
        {"__atomic_compare_exchange", G::AtomicBool, 6, C_INCORRECT},
        {"__sync_fetch_and_add", G::SyncValue, 2, C_MIN},
        {"__sync_fetch_and_sub", G::SyncValue, 2, C_MIN},
        {"__sync_fetch_and_or", G::SyncValue, 2, C_MIN},
        {"__sync_fetch_and_and", G::SyncValue, 2, C_MIN},
        {"__sync_fetch_and_xor", G::SyncValue, 2, C_MIN},
        {"__sync_fetch_and_nand", G::SyncValue, 2, C_MIN},
        {"__sync_add_and_fetch", G::SyncValue, 2, C_MIN},
        {"__sync_sub_and_fetch", G::SyncValue, 2, C_MIN},
        {"__sync_or_and_fetch", G::SyncValue, 2, C_MIN},
        {"__sync_and_and_fetch", G::SyncValue, 2, C_MIN},
        {"__sync_xor_and_fetch", G::SyncValue, 2, C_MIN},
        {"__sync_nand_and_fetch", G::SyncValue, 2, C_MIN},
        {"__sync_val_compare_and_swap", G::SyncValue, 3, C_MIN},
        {"__sync_lock_test_and_set", G::SyncValue, 2, C_MIN},
        {"__sync_bool_compare_and_swap", G::SyncBool, 3, C_MIN},
        {"__sync_lock_release", G::SyncVoid, 0, C_NONE},
        {"__builtin_shuffle", G::Shuffle, 0, C_NONE},
        {"__builtin_shufflevector", G::ShuffleVector, 0, C_NONE},
        {"__builtin_speculation_safe_value", G::SpeculationSafe, 0, C_NONE},
        {"__builtin_call_with_static_chain", G::StaticChain, 0, C_NONE},
        {"__builtin_complex", G::Complex, 0, C_NONE},
        {"__builtin_va_start", G::VaVoid, 0, C_NONE},
        {"__builtin_va_end", G::VaVoid, 0, C_NONE},
        {"__builtin_va_copy", G::VaVoid, 0, C_NONE},
        {"__builtin_ms_va_start", G::VaVoid, 0, C_NONE},
        {"__builtin_ms_va_end", G::VaVoid, 0, C_NONE},
        {"__builtin_ms_va_copy", G::VaVoid, 0, C_NONE},
        {"__builtin_sysv_va_start", G::VaVoid, 0, C_NONE},
        {"__builtin_sysv_va_end", G::VaVoid, 0, C_NONE},
        {"__builtin_sysv_va_copy", G::VaVoid, 0, C_NONE},
        {"__builtin_clear_padding", G::ClearPadding, 0, C_NONE},
        {"__builtin_has_attribute", G::HasAttribute, 0, C_NONE},
        {"__builtin_tgmath", G::Tgmath, 0, C_NONE},
    };
    std::unordered_map<std::string_view, Spec> t;
    for (const auto& e : list) t.emplace(e.name, Spec{e.kind, e.nargs, e.check});
    return t;
  }();
  return m;
}

// __builtin_tgmath(F1, ..., Fn, ARGS...) (gcc manual, "Other Builtins"):
// the arguments of function type name the candidates; the rest are the
// call's arguments.  A parameter whose type differs between candidates is
// generic; the generic arguments' types, integers counting as double,
// combine by the usual arithmetic conversions, and the candidate whose
// generic parameter has that type (its complex form if an argument is
// complex) is called.  The error type if nothing matches.
TypeId tgmath_pick(Sema& s, NodeId call) {
  TypeTable& types = s.types;
  std::vector<TypeId> fns, args;
  for (NodeId a = s.node(call).b; a; a = s.node(a).next) {
    TypeId t = s.out.node_type[a] ? s.value_type(s.out.node_type[a]) : 0;
    if (!t) return 0;
    if (args.empty() && types.is_pointer(t) && types[types[t].base].kind == TK::Function) {
      fns.push_back(types[t].base);
      continue;
    }
    args.push_back(t);
  }
  if (fns.size() < 2) return 0;
  uint32_t np = types.sig(fns[0]).count;
  if (args.size() != np) return 0;
  TypeId want = 0;
  bool cplx = false;
  int first_generic = -1;
  for (uint32_t j = 0; j < np; ++j) {
    bool generic = false;
    for (TypeId f : fns) {
      if (types.sig(f).count != np) return 0;
      if (types.params[types.sig(f).first + j] != types.params[types.sig(fns[0]).first + j]) generic = true;
    }
    if (!generic) continue;
    if (first_generic < 0) first_generic = int(j);
    TypeId t = types.unqualified(args[j]);
    if (types[t].kind == TK::Complex) {
      cplx = true;
      t = types[t].base;
    }
    if (types.is_integer(t)) t = s.t_double;
    want = want ? s.usual_arith(want, t) : t;
  }
  if (first_generic < 0 || !want) return 0;
  TypeId exact = cplx ? types.complex(want) : want;
  for (TypeId f : fns)
    if (types.unqualified(types.params[types.sig(f).first + first_generic]) == exact)
      return types.unqualified(types[f].base);
  return 0;
}

} // namespace

bool Sema::generic_builtin_call(NodeId call, pp::StrId name, TypeId* result) {
  std::string_view s = pp.strings.str(name);
  if (s.size() < 7 || s[0] != '_' || s[1] != '_') return false;
  const auto& names = generic_names();
  auto it = names.find(s);
  if (it == names.end()) return false;
  G kind = it->second.kind;
  const Spec spec = it->second;

  NodeId args[8] = {};
  unsigned nargs = 0;
  for (NodeId a = node(call).b; a; a = node(a).next) {
    if (nargs < 8) args[nargs] = a;
    ++nargs;
  }
  NodeId callee = node(call).a;
  // Types every argument; the value types (after lvalue conversion) of the
  // first eight are kept.
  TypeId vt[8] = {};
  bool any_error = false;
  auto type_all = [&](unsigned skip_from = ~0u) {
    unsigned i = 0;
    for (NodeId a = node(call).b; a; a = node(a).next, ++i) {
      if (i >= skip_from) break;
      TypeId t = expr(a);
      if (!t) any_error = true;
      if (i < 8) vt[i] = t ? value_type(t) : 0;
    }
  };
  auto pointee = [&](TypeId p) -> TypeId {
    if (!p || !types.is_pointer(p)) return 0;
    return types.unqualified(types[p].base);
  };

  if (spec.check != C_NONE && (spec.check == C_MIN ? nargs < spec.nargs : nargs != spec.nargs)) {
    type_all();
    error(callee, std::string(spec.check == C_INCORRECT ? "incorrect number of"
                              : nargs < spec.nargs      ? "too few"
                                                        : "too many") +
                      " arguments to function '" + std::string(s) + "'");
    return true;
  }
  *result = 0;
  switch (kind) {
  case G::ChooseExpr: {
    if (nargs != 3) {
      type_all();
      error(callee, "wrong number of arguments to '__builtin_choose_expr'");
      return true;
    }
    TypeId c = expr(args[0]);
    TypeId a = expr(args[1]);
    TypeId b = expr(args[2]);
    if (!c) return true;
    Int v = 0;
    if (!int_const(args[0], v)) {
      error(callee, "first argument to '__builtin_choose_expr' not a constant");
      return true;
    }
    *result = v ? a : b;
    return true;
  }
  case G::ConstantP:
  case G::ClassifyType:
    type_all();
    *result = t_int;
    return true;
  case G::Overflow:
  case G::OverflowP: {
    type_all();
    if (any_error) return true;
    for (unsigned i = 0; i < 2; ++i)
      if (!types.is_integer(vt[i])) {
        error(args[i], "argument " + std::to_string(i + 1) + " in call to function '" + std::string(s) +
                           "' does not have integral type");
        return true;
      }
    // The result operand: an integer (the _p forms: its value is unused) or a
    // pointer to one, neither a _Bool nor an enum.
    TypeId r = vt[2];
    bool ptr = kind == G::Overflow;
    TypeId it = ptr ? (types.is_pointer(r) ? types.unqualified(types[r].base) : 0) : types.unqualified(r);
    const char* what = nullptr;
    if (!it || !types.is_integer(it)) what = ptr ? "does not have pointer to integral type" : "does not have integral type";
    else if (types[it].kind == TK::Enum) what = ptr ? "has pointer to enumerated type" : "has enumerated type";
    else if (types[it].kind == TK::Bool) what = ptr ? "has pointer to boolean type" : "has boolean type";
    if (what) {
      error(args[2], "argument 3 in call to function '" + std::string(s) + "' " + what);
      return true;
    }
    *result = t_bool;
    return true;
  }
  case G::AtomicValue:
  case G::SyncValue:
    type_all();
    *result = pointee(vt[0]);
    return true;
  case G::AtomicVoid:
  case G::SyncVoid:
  case G::VaVoid:
  case G::ClearPadding:
    type_all();
    *result = t_void;
    return true;
  case G::AtomicBool:
  case G::SyncBool:
  case G::HasAttribute:
    // __builtin_has_attribute's second operand is an attribute, not an
    // expression: only the first is typed.
    type_all(kind == G::HasAttribute ? 1 : ~0u);
    *result = t_bool;
    return true;
  case G::Shuffle: {
    type_all();
    if (nargs < 2 || nargs > 3) {
      error(callee, "wrong number of arguments to '__builtin_shuffle'");
      return true;
    }
    TypeId a = vt[0], mask = vt[nargs - 1];
    if (!a || !mask || types[a].kind != TK::Vector || types[mask].kind != TK::Vector) return true;
    *result = types.vector(types[a].base, types[mask].extra);
    return true;
  }
  case G::ShuffleVector: {
    type_all();
    if (nargs < 3) return true;
    TypeId a = vt[0];
    if (!a || types[a].kind != TK::Vector) return true;
    *result = types.vector(types[a].base, nargs - 2);
    return true;
  }
  case G::SpeculationSafe:
    type_all();
    *result = vt[0] ? types.unqualified(vt[0]) : 0;
    return true;
  case G::StaticChain: {
    type_all();
    *result = nargs == 2 ? out.node_type[args[0]] : 0;
    return true;
  }
  case G::Complex:
    type_all();
    if (nargs != 2) {
      error(callee, "wrong number of arguments to '__builtin_complex'");
      return true;
    }
    *result = vt[0] && types.is_real_floating(vt[0]) ? types.complex(types.unqualified(vt[0])) : 0;
    return true;
  case G::Tgmath:
    type_all();
    *result = tgmath_pick(*this, call);
    return true;
  }
  return true;
}

} // namespace kcarve::ast
