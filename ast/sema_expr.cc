// sema_expr.cc — expression typing (C11 6.3 conversions, 6.5 expressions,
// and the GNU extensions of gcc manual chapter 6: statement expressions,
// `a ?: b`, __real__/__imag__, __extension__, labels as values, vector
// operands, __builtin_offsetof/va_arg/types_compatible_p/convertvector).
//
// expr() types every node once and records the result in out.node_type;
// the type is the expression's own (an lvalue keeps its qualifiers, an array
// stays an array), value_type() applies 6.3.2.1's conversions.  Typing must
// be exact wherever it feeds a layout or a constant: the kernel compares
// expression types with __builtin_types_compatible_p (container_of,
// __same_type) and selects on them with _Generic (READ_ONCE).
//
// Diagnostics follow gcc 12's wording and positions, and only where gcc
// gives an error: anything doubtful yields the error type 0 silently.
#include "ast/sema_internal.h"

#include <cstring>

namespace kcarve::ast {

namespace {

const char* binop_spelling(uint16_t op) {
  switch (op) {
  case pp::TK_STAR: return "*";
  case pp::TK_SLASH: return "/";
  case pp::TK_PERCENT: return "%";
  case pp::TK_PLUS: return "+";
  case pp::TK_MINUS: return "-";
  case pp::TK_SHL: return "<<";
  case pp::TK_SHR: return ">>";
  case pp::TK_LT: return "<";
  case pp::TK_GT: return ">";
  case pp::TK_LE: return "<=";
  case pp::TK_GE: return ">=";
  case pp::TK_EQEQ: return "==";
  case pp::TK_NE: return "!=";
  case pp::TK_AMP: return "&";
  case pp::TK_CARET: return "^";
  case pp::TK_PIPE: return "|";
  case pp::TK_ANDAND: return "&&";
  case pp::TK_OROR: return "||";
  default: return "?";
  }
}

// Precision in bits of a real floating type (gcc's TYPE_PRECISION), for the
// usual arithmetic conversions between floating types.
unsigned float_precision(TK k, target::LongDouble ld, bool x87) {
  switch (k) {
  case TK::Float16: return 11;
  case TK::Float: case TK::Float32: return 24;
  case TK::Double: case TK::Float64: case TK::Float32x: return 53;
  case TK::LongDouble:
    switch (ld) {
    case target::LongDouble::X87_80: return 64;
    case target::LongDouble::Ieee128: return 113;
    case target::LongDouble::Ibm128: return 106;
    default: return 53;
    }
  case TK::Float64x: return x87 ? 64 : 113;
  case TK::Float128: return 113;
  default: return 0;
  }
}

// gcc's preference among floating types of equal precision (c_common_type):
// long double, double, float, then _FloatN before _FloatNx.
int float_preference(TK k) {
  switch (k) {
  case TK::LongDouble: return 10;
  case TK::Double: return 9;
  case TK::Float: return 8;
  case TK::Float16: return 7;
  case TK::Float32: return 6;
  case TK::Float64: return 5;
  case TK::Float128: return 4;
  case TK::Float32x: return 3;
  case TK::Float64x: return 2;
  default: return 0;
  }
}

bool is_decimal(TK k) { return k == TK::Decimal32 || k == TK::Decimal64 || k == TK::Decimal128; }

} // namespace

// ---- 6.3 Conversions ------------------------------------------------------

// 6.3.2.1p2-4: lvalue conversion drops the qualifiers; arrays and function
// designators become pointers (an array's qualifiers belong to its elements).
TypeId Sema::value_type(TypeId t) {
  if (!t) return 0;
  const Type& ty = types[t];
  if (ty.kind == TK::Array) {
    TypeId elem = ty.base;
    if (ty.quals) elem = types.qualified(elem, ty.quals & (Q_CONST | Q_VOLATILE | Q_RESTRICT));
    return types.pointer(elem);
  }
  if (ty.kind == TK::Function) return types.pointer(t);
  return types.unqualified(t);
}

// 6.3.1.1p2 integer promotions.  Enums promote by their underlying type's
// width and signedness, as gcc does (an enum of unsigned int stays unsigned).
TypeId Sema::promote(TypeId t) {
  if (!t) return 0;
  t = types.unqualified(t);
  const Type& ty = types[t];
  auto bits = [&](TK k) { return unsigned(types.int_bits[size_t(k) - size_t(TK::Bool)]); };
  switch (ty.kind) {
  case TK::Bool: case TK::Char: case TK::SChar: case TK::UChar: case TK::Short:
    return t_int;
  case TK::UShort:
    return bits(TK::UShort) < bits(TK::Int) ? t_int : t_uint;
  case TK::Enum: {
    TypeId u = types.enums[ty.extra].underlying;
    if (!u) return t_int;
    TK k = types[u].kind;
    if (k < TK::Bool || k > TK::UInt128) return t_int;
    unsigned b = bits(k);
    bool uns = types.is_unsigned(u);
    if (b < bits(TK::Int)) return t_int;
    if (b == bits(TK::Int)) return uns ? t_uint : t_int;
    if (b == bits(TK::Long)) return uns ? t_ulong : t_long;
    if (b == bits(TK::LLong)) return types.basic(uns ? TK::ULLong : TK::LLong);
    return types.basic(uns ? TK::UInt128 : TK::Int128);
  }
  default:
    return t;
  }
}

// 6.3.1.8 usual arithmetic conversions, as gcc's c_common_type orders them:
// vectors win, complex combines with the real common type, floating beats
// integer, then wider precision, then gcc's ties (long long over long,
// unsigned over signed).
TypeId Sema::usual_arith(TypeId a, TypeId b) {
  if (!a || !b) return 0;
  a = types.unqualified(a);
  b = types.unqualified(b);
  if (types[a].kind == TK::Vector) return a;
  if (types[b].kind == TK::Vector) return b;
  bool ca = types[a].kind == TK::Complex, cb = types[b].kind == TK::Complex;
  if (ca || cb) {
    TypeId ra = ca ? types[a].base : a, rb = cb ? types[b].base : b;
    TypeId r;
    // Complex integer with complex integer: no promotion of the parts (gcc).
    if (types.is_integer(ra) && types.is_integer(rb) && ca && cb && ra == rb) r = ra;
    else r = usual_arith(ra, rb);
    return types.complex(r);
  }
  TK ka = types[a].kind, kb = types[b].kind;
  bool fa = types.is_real_floating(a), fb = types.is_real_floating(b);
  if (fa || fb) {
    if (!fb) return a;
    if (!fa) return b;
    if (is_decimal(ka) || is_decimal(kb)) {
      if (!is_decimal(ka)) return b;
      if (!is_decimal(kb)) return a;
      return ka >= kb ? a : b;
    }
    bool x87 = abi.ldouble_format == target::LongDouble::X87_80;
    unsigned pa = float_precision(ka, abi.ldouble_format, x87);
    unsigned pb = float_precision(kb, abi.ldouble_format, x87);
    if (pa != pb) return pa > pb ? a : b;
    return float_preference(ka) >= float_preference(kb) ? a : b;
  }
  if (!types.is_integer(a) || !types.is_integer(b)) return 0;
  a = promote(a);
  b = promote(b);
  if (a == b) return a;
  ka = types[a].kind;
  kb = types[b].kind;
  auto width = [&](TypeId t) -> unsigned {
    TK k = types[t].kind;
    if (k == TK::BitInt || k == TK::UBitInt) return unsigned(types[t].extra);
    return types.int_bits[size_t(k) - size_t(TK::Bool)];
  };
  unsigned wa = width(a), wb = width(b);
  if (wa != wb) return wa > wb ? a : b;
  bool ua = types.is_unsigned(a), ub = types.is_unsigned(b);
  if (ka == TK::ULLong || kb == TK::ULLong) return types.basic(TK::ULLong);
  if (ka == TK::LLong || kb == TK::LLong) return types.basic(ua || ub ? TK::ULLong : TK::LLong);
  if (ka == TK::ULong || kb == TK::ULong) return t_ulong;
  if (ka == TK::Long || kb == TK::Long) return ua || ub ? t_ulong : t_long;
  return ua ? a : b;
}

// ---- Helpers ---------------------------------------------------------------

TokIdx Sema::op_token(NodeId e) const {
  const Node& n = node(e);
  return n.a ? node(n.a).last + 1 : n.first;
}

// The bit-field member E designates (through parentheses), if any.
const Member* Sema::bitfield_of(NodeId e) {
  while (node(e).kind == Kind::Paren || (node(e).kind == Kind::Unary && node(e).op == UO_EXTENSION))
    e = node(e).a;
  const Node& n = node(e);
  if (n.kind != Kind::Member) return nullptr;
  TypeId ot = out.node_type[n.a];
  if (!ot) return nullptr;
  if (n.op == pp::TK_ARROW) {
    ot = value_type(ot);
    if (!types.is_pointer(ot)) return nullptr;
    ot = types[ot].base;
  }
  if (!types.is_record(ot)) return nullptr;
  uint64_t off;
  const Member* m = nullptr;
  if (!find_member(ot, n.b, &off, &m) || !m->is_bitfield) return nullptr;
  return m;
}

// Integer promotion of E's value of type T.  A bit-field narrower than int
// promotes to int, one exactly as wide as an unsigned int to unsigned int
// (6.3.1.1p2 as gcc reads it); a wider one keeps its declared type.
TypeId Sema::promote_expr(NodeId e, TypeId t) {
  if (!t) return 0;
  if (types.is_integer(t)) {
    if (const Member* m = bitfield_of(e)) {
      unsigned ib = types.int_bits[size_t(TK::Int) - size_t(TK::Bool)];
      if (m->bit_width < ib) return t_int;
      if (m->bit_width == ib) return types.is_unsigned(m->type) ? t_uint : t_int;
    }
  }
  return promote(t);
}

bool Sema::is_lvalue(NodeId e) const {
  for (;;) {
    const Node& n = node(e);
    switch (n.kind) {
    case Kind::Paren:
      e = n.a;
      continue;
    case Kind::Ident: {
      SymId s = out.node_sym[e];
      if (!s) return false;
      SymKind k = out.symbols[s].kind;
      return k == SymKind::Object || k == SymKind::Param;
    }
    case Kind::StringLit: case Kind::FuncName: case Kind::CompoundLit: case Kind::Index:
      return true;
    case Kind::Unary:
      if (n.op == pp::TK_STAR) return true;
      if (n.op == UO_EXTENSION || n.op == UO_REAL || n.op == UO_IMAG) { e = n.a; continue; }
      return false;
    case Kind::Member:
      if (n.op == pp::TK_ARROW) return true;
      e = n.a;
      continue;
    case Kind::Generic: {
      TypeId ct = out.node_type[e];
      for (NodeId as = n.b; as; as = node(as).next)
        if (out.node_type[node(as).b] == ct && ct) return is_lvalue(node(as).b);
      return false;
    }
    default:
      return false;
    }
  }
}

// 6.3.2.3p3: an integer constant expression with the value 0, or one cast to
// void * (unqualified void).  gcc decides this before folding, which is what
// the kernel's __is_constexpr relies on.
bool Sema::is_null_pointer_constant(NodeId e) {
  while (node(e).kind == Kind::Paren) e = node(e).a;
  TypeId t = out.node_type[e];
  if (!t) return false;
  const Node& n = node(e);
  if (n.kind == Kind::Cast) {
    if (types.is_pointer(t) && types[types[t].base].kind == TK::Void && !types[types[t].base].quals) {
      NodeId o = n.b;
      while (node(o).kind == Kind::Paren) o = node(o).a;
      if (!types.is_integer(out.node_type[o])) return false;
      Int v;
      return int_const_strict(o, v) && v == 0;
    }
  }
  if (!types.is_integer(t)) return false;
  Int v;
  return int_const_strict(e, v) && v == 0;
}

// Member NAME of record REC, through anonymous structure/union members (C11
// 6.7.2.1p13); OFFSET accumulates their offsets.
bool Sema::find_member(TypeId rec, pp::StrId name, uint64_t* offset, const Member** m) {
  if (!rec || types[rec].kind != TK::Record) return false;
  const Record& r = types.record(rec);
  for (const Member& mem : r.members) {
    if (mem.name == name && name) {
      *offset = mem.offset;
      *m = &mem;
      return true;
    }
    if (!mem.name && !mem.is_bitfield && mem.type && types[mem.type].kind == TK::Record) {
      uint64_t inner = 0;
      if (find_member(mem.type, name, &inner, m)) {
        *offset = mem.offset + inner;
        return true;
      }
    }
  }
  return false;
}

// 6.5.16.1 simple assignment constraints, reduced to the cases gcc rejects
// with an error: structures against anything else, void values, and
// floating values against pointers.  CONTEXT: "assignment", "initialization"
// or "return".
void Sema::check_assignable(TypeId to, NodeId e, const char* context) {
  TypeId from = out.node_type[e];
  if (!to || !from) return;
  TypeId f = value_type(from);
  TypeId t = types.unqualified(to);
  if (!f || !t) return;
  bool assign = !std::strcmp(context, "assignment");
  bool init = !std::strcmp(context, "initialization");
  bool ret = !std::strcmp(context, "return");
  if (!assign && !init && !ret) return;
  const Type& tt = types[t];
  const Type& ft = types[f];
  if (ft.kind == TK::Void) {
    if (tt.kind != TK::Void) error(e, "void value not ignored as it ought to be");
    return;
  }
  bool bad = false;
  if (tt.kind == TK::Record || ft.kind == TK::Record) {
    if (tt.kind == TK::Record && (tt.flags & TF_TRANSPARENT)) return;
    if (tt.kind == TK::Record && types.record(t).transparent_union) return;
    bad = !(tt.kind == TK::Record && ft.kind == TK::Record && types.compatible(t, types.unqualified(f)));
  } else if ((tt.kind == TK::Pointer && types.is_real_floating(f)) ||
             (ft.kind == TK::Pointer && types.is_real_floating(t))) {
    bad = true;
  }
  if (!bad) return;
  if (assign)
    error(e, "incompatible types when assigning to type '" + spell(t) + "' from type '" + spell(f) + "'");
  else if (init)
    error(e, "incompatible types when initializing type '" + spell(t) + "' using type '" + spell(f) + "'");
  else
    error(e, "incompatible types when returning type '" + spell(f) + "' but '" + spell(t) +
                 "' was expected");
}

// ---- Truth values: where a scalar is required -----------------------------

namespace {

// gcc's keyword-parsed builtins: their "call" is the chosen operand or a
// tree of its own, so its location is not the name's.
bool keyword_builtin(std::string_view nm) {
  static const char* const kNames[] = {
      "__builtin_choose_expr", "__builtin_call_with_static_chain", "__builtin_tgmath",
      "__builtin_complex", "__builtin_shuffle", "__builtin_shufflevector", "__builtin_va_arg",
      "__builtin_offsetof", "__builtin_types_compatible_p", "__builtin_convertvector",
      "__builtin_has_attribute", "__builtin_assoc_barrier"};
  for (const char* k : kNames)
    if (nm == k) return true;
  return false;
}

constexpr TokIdx kUnsure = ~TokIdx(0);     // kcarve cannot tell where gcc puts it
constexpr TokIdx kDecl = ~TokIdx(0) - 1;   // a declaration: no location of its own

// Where gcc 12 locates the value of E (its EXPR_LOCATION), which is where
// default_conversion reports a void value: a cast at its '(', a comma,
// member or subscript at its operator, a conditional at its ':', '*' at
// itself, a call where its postfix expression starts (the primary's own
// location if it has one, as in `(*p)()` and `(s.f)()`), a statement
// expression at its one expression statement or else at its '{'.  Checked
// against gcc 12 case by case; anything else is kUnsure.
TokIdx value_loc(const Sema& S, NodeId e) {
  const Node& n = S.node(e);
  switch (n.kind) {
  case Kind::Ident:
    return kDecl;
  case Kind::Paren:
    return value_loc(S, n.a);
  case Kind::Cast:
    return n.first;
  case Kind::Comma: case Kind::Member: case Kind::Index:
    return S.node(n.a).last + 1;
  case Kind::Cond:
    return S.node(n.c).first - 1;
  case Kind::Unary: {
    if (n.op == UO_EXTENSION) return value_loc(S, n.a);
    if (n.op != pp::TK_STAR) return kUnsure;
    // `*&x` and `*f` (a function designator) fold to their operand.
    NodeId o = n.a;
    while (S.node(o).kind == Kind::Paren) o = S.node(o).a;
    if (S.node(o).kind == Kind::Unary && S.node(o).op == pp::TK_AMP) return kUnsure;
    TypeId ot = S.out.node_type[n.a];
    if (!ot || S.types[ot].kind == TK::Function) return kUnsure;
    return n.first;
  }
  case Kind::Call: {
    NodeId p = n.a;
    for (;;) {
      Kind k = S.node(p).kind;
      if (k != Kind::Call && k != Kind::Index && k != Kind::Member && k != Kind::PostIncDec) break;
      p = S.node(p).a;
    }
    const Node& pn = S.node(p);
    if (pn.kind == Kind::Ident) return keyword_builtin(S.pp.strings.str(pn.a)) ? kUnsure : pn.first;
    if (pn.kind != Kind::Paren) return kUnsure;
    NodeId in = pn.a;
    while (S.node(in).kind == Kind::Paren) in = S.node(in).a;
    if (S.node(in).kind == Kind::Cast) return kUnsure;  // folded away when it converts to the same type
    TokIdx r = value_loc(S, in);
    return r == kDecl ? pn.first : r;
  }
  case Kind::StmtExpr: {
    // One expression statement is the value itself; anything else (several
    // statements, declarations, none) is a block located at its '{'.
    const NodeId body = n.a;
    unsigned count = 0;
    NodeId single = 0;
    for (NodeId it = S.node(body).a; it; it = S.node(it).next) {
      const Node& in = S.node(it);
      switch (in.kind) {
      case Kind::StaticAssert:
        continue;
      case Kind::ExprStmt:
        if (!in.a) continue;
        break;
      case Kind::Declaration:
        return S.node(body).first;
      case Kind::Label: case Kind::Case: case Kind::Default:
        count += 2;
        continue;
      case Kind::LocalLabels: case Kind::Pragma: case Kind::AttrStmt: case Kind::FunctionDef:
        return kUnsure;
      default:
        break;
      }
      ++count;
      single = it;
    }
    if (count != 1) return S.node(body).first;
    const Node& sn = S.node(single);
    if (sn.kind == Kind::Compound) return sn.first;
    if (sn.kind != Kind::ExprStmt) return kUnsure;
    TokIdx r = value_loc(S, sn.a);
    return r == kDecl ? kUnsure : r;
  }
  default:
    return kUnsure;
  }
}

} // namespace

// gcc 12's c_objc_common_truthvalue_conversion after default_conversion:
// a void value is "not ignored" where the value is, a structure, union or
// vector is refused where the context says.
bool Sema::truth_value(NodeId e, TokIdx void_at, TokIdx agg_at) {
  TypeId t = value_type(out.node_type[e]);
  if (!t) return false;
  switch (types[t].kind) {
  case TK::Void: {
    TokIdx at = void_at == kAtValue ? value_loc(*this, e) : void_at;
    if (at != kUnsure && at != kDecl) error_tok(at, "void value not ignored as it ought to be");
    return false;
  }
  case TK::Record:
    if (agg_at == kNoCheck) return true;
    error_tok(agg_at, types.record(t).is_union ? "used union type value where scalar is required"
                                               : "used struct type value where scalar is required");
    return false;
  case TK::Vector:
    if (agg_at == kNoCheck) return true;
    error_tok(agg_at, "used vector type where scalar is required");
    return false;
  default:
    return true;
  }
}

// ---- 6.5.1 Primary expressions ----------------------------------------------

TypeId Sema::ident(NodeId e, bool callee) {
  pp::StrId name = node(e).a;
  if (SymId s = lookup(name)) {
    out.node_sym[e] = s;
    const Symbol& sy = out.symbols[s];
    if (sy.kind == SymKind::Enumerator) {
      // gcc: int when the value fits, else the enum type once complete
      // (during the definition, the type of the value).
      unsigned ib = types.int_bits[size_t(TK::Int) - size_t(TK::Bool)];
      Int lim = Int(1) << (ib - 1);
      if (sy.value >= -lim && sy.value < lim) return t_int;
      if (sy.owner_enum && types.enums[sy.owner_enum].complete) return types.enum_type(sy.owner_enum);
      return sy.type ? sy.type : t_long;
    }
    if (sy.kind == SymKind::Typedef) return 0;
    return sy.type;
  }
  if (name >= expr_names_.size()) expr_names_.resize(pp.strings.size() + 1, ExprName{0, 0});
  ExprName& en = expr_names_[name];
  // gcc binds an implicit declaration in the block where the call is; out of
  // that block the name is undeclared again, but a later call silently
  // reuses the declaration (c-decl.cc implicitly_declare).
  if (en.implicit && callee) {
    out.node_sym[e] = en.implicit;
    if (depth_) bind(name, en.implicit);
    return out.symbols[en.implicit].type;
  }
  std::string_view nm = pp.strings.str(name);
  if (SymId b = builtin(name)) {
    // __builtin_*, __sync_*, __atomic_*: declared; the library functions gcc
    // knows (memcpy, abort) need a declaration like any other function.
    if (nm.compare(0, 2, "__") == 0) {
      out.node_sym[e] = b;
      return out.symbols[b].type;
    }
    if (callee) {
      out.node_sym[e] = b;
      en.implicit = b;
      if (depth_) bind(name, b);
      if (opts.werror_implicit)
        error(e, "implicit declaration of function '" + std::string(nm) + "' [-Werror=implicit-function-declaration]");
      else if (opts.c99_or_later)
        warning(e, "implicit declaration of function '" + std::string(nm) + "' [-Wimplicit-function-declaration]");
      return out.symbols[b].type;
    }
  }
  if (callee) {
    // C90 6.3.2.2: `extern int name();` (gcc: a warning in C99 and later).
    SymId f = new_symbol(name, SymKind::Function);
    Symbol& sy = out.symbols[f];
    sy.linkage = Linkage::External;
    sy.storage = Storage::Extern;
    sy.implicit = true;
    sy.decl = e;
    sy.type = types.function(t_int, nullptr, 0, TF_FN_OLDSTYLE);
    en.implicit = f;
    out.node_sym[e] = f;
    if (depth_) bind(name, f);
    // Later declarations with linkage must agree with `int ()` (6.7p4).
    if (linkage_syms_.size() <= name) linkage_syms_.resize(std::max<size_t>(name + 1, pp.strings.size() + 1), 0);
    linkage_syms_[name] = f;
    if (sym_name_node_.size() <= f) sym_name_node_.resize(f + 1, 0);
    sym_name_node_[f] = e;
    if (opts.werror_implicit)
      error(e, "implicit declaration of function '" + std::string(nm) + "' [-Werror=implicit-function-declaration]");
    else if (opts.c99_or_later)
      warning(e, "implicit declaration of function '" + std::string(nm) + "' [-Wimplicit-function-declaration]");
    return sy.type;
  }
  // Reported once per function (gcc binds the name to an error in the
  // function's scope), once for the whole file at file scope.
  const uint32_t kFile = 0xFFFFFFFFu;
  if (en.undeclared_in == kFile) return 0;
  uint32_t here = current_function ? current_function : kFile;
  if (en.undeclared_in == here) return 0;
  en.undeclared_in = here;
  if (!current_function) {
    error(e, "'" + std::string(nm) + "' undeclared here (not in a function)");
  } else {
    error(e, "'" + std::string(nm) + "' undeclared (first use in this function)");
    if (!undeclared_note_) {
      note(e, "each undeclared identifier is reported only once for each function it appears in");
      undeclared_note_ = true;
    }
  }
  return 0;
}

// 6.5.1.1 generic selection: the association whose type is compatible with
// the controlling expression's type after lvalue conversion.
TypeId Sema::generic(NodeId e) {
  const Node& n = node(e);
  TypeId ct = value_type(expr(n.a));
  // A bit-field narrower than its declared type has a type of its own in
  // gcc, compatible with no type name: only `default` can match.
  bool narrow_bitfield = false;
  if (const Member* m = bitfield_of(n.a)) {
    TK k = types[types.unqualified(m->type)].kind;
    if (k >= TK::Bool && k <= TK::UInt128 && k != TK::Bool &&
        m->bit_width < types.int_bits[size_t(k) - size_t(TK::Bool)])
      narrow_bitfield = true;
  }
  NodeId chosen = 0, deflt = 0;
  bool unknown = !ct;
  for (NodeId as = n.b; as; as = node(as).next) {
    const Node& a = node(as);
    TypeId r = expr(a.b);
    (void)r;
    if (!a.a) {
      deflt = a.b;
      continue;
    }
    TypeId t = type_name(a.a);
    if (!t) unknown = true;
    if (!chosen && ct && t && !narrow_bitfield && types.compatible(ct, t)) chosen = a.b;
  }
  if (!chosen) chosen = deflt;
  if (!chosen) {
    if (!unknown)
      error(n.a, "'_Generic' selector of type '" + spell(ct) + "' is not compatible with any association");
    return 0;
  }
  if (unknown && chosen == deflt) return 0;
  return out.node_type[chosen];
}

// ---- 6.5.2 Postfix operators ------------------------------------------------

// 6.5.2.2 function calls; gcc's type-generic builtins go to builtins.cc.
TypeId Sema::call(NodeId e) {
  const Node& n = node(e);
  NodeId callee = n.a;
  TypeId ft;
  pp::StrId name = 0;
  SymId sym = 0;
  bool check_count = true;
  if (node(callee).kind == Kind::Ident) {
    name = node(callee).a;
    SymId s = lookup(name);
    // A library function called without a declaration: gcc only warns
    // about the argument count against the builtin's prototype.
    if (!s && pp.strings.str(name).substr(0, 2) != "__") check_count = false;
    if (!s || out.symbols[s].is_builtin) {
      TypeId r = 0;
      if (generic_builtin_call(e, name, &r)) return r;
    }
    ft = ident(callee, true);
    out.node_type[callee] = ft;
    sym = out.node_sym[callee];
  } else {
    ft = expr(callee);
  }
  uint32_t nargs = 0;
  for (NodeId a = n.b; a; a = node(a).next) {
    expr(a);
    ++nargs;
  }
  TypeId f = value_type(ft);
  if (!f) return 0;
  if (!types.is_pointer(f) || types[types[f].base].kind != TK::Function) {
    // gcc points at the callee's caret: a binary operator's token, else its start.
    NodeId c = callee;
    while (node(c).kind == Kind::Paren) c = node(c).a;
    Kind ck = node(c).kind;
    TokIdx at = (ck == Kind::Binary || ck == Kind::Assign) ? op_token(c) : node(c).first;
    if (ck == Kind::Ident)
      error_tok(at, "called object '" + str(node(c).a) + "' is not a function or function pointer");
    else
      error_tok(at, "called object is not a function or function pointer");
    return 0;
  }
  TypeId fn = types[f].base;
  const Type& fty = types[fn];
  if (!(fty.flags & TF_FN_OLDSTYLE) && name && check_count) {
    uint32_t np = types.sig(fn).count;
    const char* what = nullptr;
    if (nargs < np) what = "too few arguments to function '";
    else if (nargs > np && !(fty.flags & TF_FN_VARIADIC)) what = "too many arguments to function '";
    if (what) {
      error(callee, what + str(name) + "'");
      if (sym && out.symbols[sym].kind == SymKind::Function && !out.symbols[sym].is_builtin &&
          out.symbols[sym].decl) {
        // gcc points the note at the declared identifier.
        NodeId d = out.symbols[sym].decl;
        for (int guard = 0; d && guard < 10000; ++guard) {
          const Node& dn = node(d);
          if (dn.kind == Kind::DeclName) break;
          if (dn.kind == Kind::InitDeclarator || dn.kind == Kind::DeclArray || dn.kind == Kind::DeclFunction) d = dn.a;
          else if (dn.kind == Kind::FunctionDef || dn.kind == Kind::DeclPointer || dn.kind == Kind::DeclParen ||
                   dn.kind == Kind::ParamDecl) d = dn.b;
          else break;
        }
        if (d) note(d, "declared here");
      }
      return 0;
    }
  }
  return types.unqualified(fty.base);
}

// 6.5.2.3 structure and union members.
TypeId Sema::member(NodeId e) {
  const Node& n = node(e);
  TypeId ot = expr(n.a);
  if (!ot) return 0;
  TokIdx op = op_token(e);
  TypeId rt = ot;
  if (n.op == pp::TK_ARROW) {
    TypeId v = value_type(ot);
    if (!types.is_pointer(v)) {
      error_tok(op, "invalid type argument of '->' (have '" + spell(v) + "')");
      return 0;
    }
    rt = types[v].base;
  }
  if (!rt) return 0;
  if (types[rt].kind != TK::Record) {
    error_tok(op, "request for member '" + str(n.b) + "' in something not a structure or union");
    return 0;
  }
  if (!types.record(rt).complete) {
    error_tok(op, "invalid use of undefined type '" + spell(rt) + "'");
    return 0;
  }
  uint64_t off = 0;
  const Member* m = nullptr;
  if (!find_member(rt, n.b, &off, &m)) {
    error_tok(op, "'" + spell(rt) + "' has no member named '" + str(n.b) + "'");
    return 0;
  }
  if (!m->type) return 0;
  // The object's qualifiers apply to the member (6.5.2.3p3), to an array's elements.
  uint8_t q = types[rt].quals;
  TypeId mt = m->type;
  if (q) {
    if (types[mt].kind == TK::Array) {
      // Arrays (of arrays): qualify the innermost element.
      TypeId dims[64];
      size_t nd = 0;
      TypeId cur = mt;
      while (types[cur].kind == TK::Array && nd < 64) {
        dims[nd++] = cur;
        cur = types[cur].base;
      }
      TypeId r = types.qualified(cur, q);
      while (nd-- > 0) {
        const Type d = types[dims[nd]];
        r = types.with_quals(types.with_align(types.array(r, d.extra, d.flags), d.user_align), d.quals);
      }
      mt = r;
    } else {
      mt = types.qualified(mt, q);
    }
  }
  return mt;
}

// ---- 6.5.3 Unary operators ----------------------------------------------------

TypeId Sema::unary(NodeId e) {
  const Node& n = node(e);
  switch (n.op) {
  case pp::TK_AMP: {
    TypeId t = expr(n.a);
    if (!t) return 0;
    if (const Member* m = bitfield_of(n.a)) {
      error(e, "cannot take address of bit-field '" + str(m->name) + "'");
      return 0;
    }
    return types.pointer(t);
  }
  case pp::TK_STAR: {
    TypeId v = value_type(expr(n.a));
    if (!v) return 0;
    if (types.is_pointer(v)) return types[v].base;
    error(e, "invalid type argument of unary '*' (have '" + spell(v) + "')");
    return 0;
  }
  case pp::TK_PLUS: case pp::TK_MINUS: {
    TypeId v = value_type(expr(n.a));
    if (!v) return 0;
    if (types[v].kind == TK::Vector) return v;
    if (types.is_arithmetic(v)) return promote_expr(n.a, v);
    error(e, std::string("wrong type argument to unary ") + (n.op == pp::TK_PLUS ? "plus" : "minus"));
    return 0;
  }
  case pp::TK_TILDE: {
    TypeId v = value_type(expr(n.a));
    if (!v) return 0;
    if (types[v].kind == TK::Vector || types[v].kind == TK::Complex) return v;
    if (types.is_integer(v)) return promote_expr(n.a, v);
    error(e, "wrong type argument to bit-complement");
    return 0;
  }
  case pp::TK_EXCL: {
    TypeId v = value_type(expr(n.a));
    if (!v) return 0;
    const TK k = types[v].kind;
    if (k == TK::Record || k == TK::Vector) {
      error(e, "wrong type argument to unary exclamation mark");
      return 0;
    }
    if (k == TK::Void) {
      error(e, "invalid use of void expression");
      return 0;
    }
    return t_int;
  }
  case UO_REAL: case UO_IMAG: {
    TypeId t = expr(n.a);
    if (!t) return 0;
    TypeId u = types.unqualified(t);
    if (types[u].kind == TK::Complex) return types.qualified(types[u].base, types[t].quals);
    return t;
  }
  case UO_EXTENSION:
    return expr(n.a);
  default:
    expr(n.a);
    return 0;
  }
}

// ---- 6.5.5 - 6.5.14 Binary operators -----------------------------------------

TypeId Sema::binary(NodeId e) {
  const Node& n = node(e);
  if (n.op == pp::TK_ANDAND || n.op == pp::TK_OROR) {
    // 6.5.13-14: scalar operands (gcc: not vectors), checked as gcc's parser
    // meets them.  A bad first operand is refused where gcc's operator stack
    // placed it (its first token, or the `||` an `&&` operand follows); a
    // bad second operand makes the operator invalid unless the first failed.
    TokIdx left_at = node(n.a).first;
    if (n.op == pp::TK_ANDAND && left_at > 0 && pp.tokens[left_at - 1].kind == pp::TK_OROR) --left_at;
    bool ok = expr(n.a) && truth_value(n.a, kAtValue, left_at);
    if (!expr(n.b) || !truth_value(n.b, kAtValue, kNoCheck) || !ok) return 0;
    TypeId b = value_type(out.node_type[n.b]);
    TK kb = types[b].kind;
    if (kb == TK::Record || kb == TK::Vector) {
      error_tok(op_token(e), std::string("invalid operands to binary ") + binop_spelling(n.op) + " (have 'int' and '" +
                                 spell(b) + "')");
      return 0;
    }
    return t_int;
  }
  TypeId ta = expr(n.a), tb = expr(n.b);
  if (!ta || !tb) return 0;
  TypeId a = value_type(ta), b = value_type(tb);
  if (!a || !b) return 0;
  const TK ka = types[a].kind, kb = types[b].kind;
  const bool va = ka == TK::Vector, vb = kb == TK::Vector;
  const bool pa = ka == TK::Pointer, pb = kb == TK::Pointer;
  const bool ia = types.is_integer(a), ib = types.is_integer(b);
  const bool ara = types.is_arithmetic(a), arb = types.is_arithmetic(b);
  auto invalid = [&]() -> TypeId {
    error_tok(op_token(e), std::string("invalid operands to binary ") + binop_spelling(n.op) + " (have '" +
                               spell(a) + "' and '" + spell(b) + "')");
    return 0;
  };
  const bool rec = ka == TK::Record || kb == TK::Record || ka == TK::Void || kb == TK::Void;
  switch (n.op) {
  case pp::TK_STAR: case pp::TK_SLASH:
    if (va || vb) return va ? a : b;
    if (ara && arb) return usual_arith(promote_expr(n.a, a), promote_expr(n.b, b));
    if (rec || pa || pb) return invalid();
    return 0;
  case pp::TK_PERCENT: case pp::TK_AMP: case pp::TK_CARET: case pp::TK_PIPE:
    if (va || vb) return va ? a : b;
    if (ia && ib) return usual_arith(promote_expr(n.a, a), promote_expr(n.b, b));
    if (rec || pa || pb || (ara && arb)) return invalid();
    return 0;
  case pp::TK_SHL: case pp::TK_SHR:
    if (va) return a;
    if (vb) return b;
    if (ia && ib) return promote_expr(n.a, a);
    if (rec || pa || pb || (ara && arb)) return invalid();
    return 0;
  case pp::TK_PLUS:
    if (va || vb) return va ? a : b;
    if (pa && ib) return a;
    if (ia && pb) return b;
    if (ara && arb) return usual_arith(promote_expr(n.a, a), promote_expr(n.b, b));
    if (rec || (pa && pb) || (pa && arb) || (ara && pb)) return invalid();
    return 0;
  case pp::TK_MINUS:
    if (va || vb) return va ? a : b;
    if (pa && pb) return t_ptrdiff;
    if (pa && ib) return a;
    if (ara && arb) return usual_arith(promote_expr(n.a, a), promote_expr(n.b, b));
    if (rec || (ara && pb) || (pa && arb)) return invalid();
    return 0;
  case pp::TK_LT: case pp::TK_GT: case pp::TK_LE: case pp::TK_GE: case pp::TK_EQEQ: case pp::TK_NE: {
    if (va || vb) {
      // A vector comparison gives a vector of signed integers of the element width.
      TypeId v = va ? a : b;
      TypeId el = types[v].base;
      TK k = types[el].kind;
      uint8_t w = (k >= TK::Bool && k <= TK::UInt128) ? types.int_bits[size_t(k) - size_t(TK::Bool)] : 0;
      if (types.is_real_floating(el)) w = k == TK::Float ? 32 : k == TK::Double ? 64 : k == TK::Float16 ? 16 : 0;
      TK sk = w == 8 ? TK::SChar : w == 16 ? TK::Short : w == 32 ? TK::Int : w == 64 ? TK::Long : TK::Error;
      if (sk == TK::Error) return 0;
      return types.vector(types.basic(sk), types[v].extra);
    }
    if (rec) return invalid();
    return t_int;
  }
  default:
    return 0;
  }
}

// 6.5.15 conditional operator (and GNU `a ?: b`, gcc 6.8).  gcc refuses a
// structure, union or vector first operand at the `?`.
TypeId Sema::cond(NodeId e) {
  const Node& n = node(e);
  TypeId tc0 = expr(n.a);
  bool ok = tc0 && truth_value(n.a, kAtValue, node(n.a).last + 1);
  TypeId t1 = n.b ? expr(n.b) : tc0;
  TypeId t2 = expr(n.c);
  if (!ok || !t1 || !t2) return 0;
  NodeId o1 = n.b ? n.b : n.a, o2 = n.c;
  TypeId a = value_type(t1), b = value_type(t2);
  if (!a || !b) return 0;
  const Type& x = types[a];
  const Type& y = types[b];
  if (x.kind == TK::Vector || y.kind == TK::Vector) return x.kind == TK::Vector ? a : b;
  if (types.is_arithmetic(a) && types.is_arithmetic(b)) {
    return usual_arith(promote_expr(o1, a), promote_expr(o2, b));
  }
  if (x.kind == TK::Void || y.kind == TK::Void) return t_void;
  if (x.kind == TK::Record && y.kind == TK::Record) return types.compatible(a, b) ? a : 0;
  if (x.kind == TK::Pointer && y.kind == TK::Pointer) {
    TypeId p = x.base, q = y.base;
    uint8_t qu = types[p].quals | types[q].quals;
    TypeId up = types.unqualified(p), uq = types.unqualified(q);
    if (types.compatible(up, uq)) {
      TypeId c = types.composite(up, uq);
      return types.pointer(types.qualified(c ? c : up, qu));
    }
    if (is_null_pointer_constant(o1)) return b;
    if (is_null_pointer_constant(o2)) return a;
    return types.pointer(types.qualified(t_void, qu));
  }
  if (x.kind == TK::Pointer && types.is_integer(b)) return a;
  if (y.kind == TK::Pointer && types.is_integer(a)) return b;
  return 0;
}

// 6.5.2.3 / gcc 6.53 __builtin_offsetof: the designator walk types the
// member chain and the index expressions.
TypeId Sema::offsetof_expr(NodeId e) {
  const Node& n = node(e);
  TypeId t = type_name(n.a);
  for (NodeId d = n.b; d; d = node(d).next) {
    const Node& dn = node(d);
    if (dn.kind == Kind::DesigIndex) {
      expr(dn.a);
      if (!t) continue;
      TypeId u = types.unqualified(t);
      if (types[u].kind == TK::Array) t = types[u].base;
      else {
        error(d, "cannot apply array reference to non-array type '" + spell(t) + "'");
        t = 0;
      }
      continue;
    }
    if (!t) continue;
    if (types[t].kind != TK::Record) {
      error(d, "request for member '" + str(dn.a) + "' in something not a structure or union");
      t = 0;
      continue;
    }
    uint64_t off;
    const Member* m;
    if (!types.record(t).complete) {
      t = 0;
      continue;
    }
    if (!find_member(t, dn.a, &off, &m)) {
      error(d, "'" + spell(t) + "' has no member named '" + str(dn.a) + "'");
      t = 0;
      continue;
    }
    t = m->type;
  }
  return t_size;
}

// ---- The dispatcher -----------------------------------------------------------

TypeId Sema::expr(NodeId e) {
  if (!e) return 0;
  const Node& n = node(e);
  TypeId t = 0;
  switch (n.kind) {
  case Kind::Ident:
    t = ident(e, false);
    break;
  case Kind::Number:
    t = number_type(e);
    break;
  case Kind::CharConst:
    t = char_const_type(e);
    break;
  case Kind::StringLit:
    t = string_type(e);
    break;
  case Kind::FuncName: {
    // 6.4.2.2: static const char __func__[] = "name"; gcc gives
    // __FUNCTION__ and __PRETTY_FUNCTION__ the same type in C.
    uint64_t len = current_function ? pp.strings.str(out.symbols[current_function].name).size() : 0;
    t = types.array(types.qualified(t_char, Q_CONST), len + 1);
    break;
  }
  case Kind::Paren:
    t = expr(n.a);
    break;
  case Kind::Binary:
    t = binary(e);
    break;
  case Kind::Assign: {
    TypeId l = expr(n.a);
    TypeId r = expr(n.b);
    if (!l || !r) break;
    if (n.op == pp::TK_ASSIGN) {
      if (types[value_type(r)].kind == TK::Void && types[l].kind != TK::Void) {
        error_tok(op_token(e), "void value not ignored as it ought to be");
        break;
      }
      check_assignable(l, n.b, "assignment");
    }
    t = types.unqualified(l);
    break;
  }
  case Kind::Comma:
    expr(n.a);
    t = value_type(expr(n.b));
    break;
  case Kind::Cond:
    t = cond(e);
    break;
  case Kind::Unary:
    t = unary(e);
    break;
  case Kind::PreIncDec: case Kind::PostIncDec:
    // gcc keeps the operand's qualifiers: typeof(v++) is volatile int for a volatile v.
    t = expr(n.a);
    break;
  case Kind::Cast: {
    TypeId to = type_name(n.a);
    TypeId from = expr(n.b);
    if (!to) break;
    t = types.unqualified(to);
    (void)from;
    break;
  }
  case Kind::SizeofExpr: case Kind::AlignofExpr: case Kind::SizeofType: case Kind::AlignofType: {
    bool is_type = n.kind == Kind::SizeofType || n.kind == Kind::AlignofType;
    TypeId o = is_type ? type_name(n.a) : expr(n.a);
    t = t_size;
    if (!o) break;
    const Type& ot = types[o];
    bool is_sizeof = n.kind == Kind::SizeofExpr || n.kind == Kind::SizeofType;
    // gcc gives __alignof__ of an array of unknown size its element's alignment.
    bool incomplete = (ot.kind == TK::Record && !types.record(o).complete) ||
                      (ot.kind == TK::Enum && !types.enums[ot.extra].complete) ||
                      (is_sizeof && ot.kind == TK::Array && (ot.flags & TF_ARR_INCOMPLETE));
    if (incomplete) {
      const char* what = is_sizeof ? "sizeof" : "__alignof__";
      error(n.a, std::string("invalid application of '") + what + "' to incomplete type '" + spell(o) + "'");
    }
    break;
  }
  case Kind::Index: {
    TypeId ta = expr(n.a), tb = expr(n.b);
    if (!ta || !tb) break;
    TypeId ua = types.unqualified(ta);
    if (types[ua].kind == TK::Vector) {
      t = types.qualified(types[ua].base, types[ta].quals);
      break;
    }
    TypeId a = value_type(ta), b = value_type(tb);
    if (types.is_pointer(a) && types.is_integer(b)) t = types[a].base;
    else if (types.is_pointer(b) && types.is_integer(a)) t = types[b].base;
    else if (!types.is_pointer(a) && !types.is_pointer(b) && types.is_integer(b))
      error(e, "subscripted value is neither array nor pointer nor vector");
    break;
  }
  case Kind::Call:
    t = call(e);
    break;
  case Kind::Member:
    t = member(e);
    break;
  case Kind::CompoundLit: {
    TypeId ty = type_name(n.a);
    t = ty ? initializer(n.b, ty, current_function == 0) : 0;
    break;
  }
  case Kind::StmtExpr: {
    compound(n.a);
    t = t_void;
    NodeId last = 0;
    for (NodeId s = node(n.a).a; s; s = node(s).next) last = s;
    while (last) {
      const Node& ln = node(last);
      if (ln.kind == Kind::Label) last = ln.b;
      else if (ln.kind == Kind::Case || ln.kind == Kind::Default) last = ln.c;
      else break;
    }
    if (last && node(last).kind == Kind::ExprStmt && node(last).a) {
      NodeId x = node(last).a;
      TypeId xt = out.node_type[x];
      t = xt ? value_type(xt) : 0;
    }
    break;
  }
  case Kind::Generic:
    t = generic(e);
    break;
  case Kind::Offsetof:
    t = offsetof_expr(e);
    break;
  case Kind::VaArg:
    expr(n.a);
    t = type_name(n.b);
    if (t && !types.is_complete(t) && types[t].kind != TK::Function) {
      error(n.b, "second argument to 'va_arg' is of incomplete type '" + spell(t) + "'");
      t = 0;
    }
    break;
  case Kind::TypesCompatible:
    type_name(n.a);
    type_name(n.b);
    t = t_int;
    break;
  case Kind::ConvertVector:
    expr(n.a);
    t = type_name(n.b);
    break;
  case Kind::HasAttribute:
    // gcc 6.59 __builtin_has_attribute: a _Bool constant; the operand is not evaluated.
    if (node(n.a).kind == Kind::TypeName) type_name(n.a);
    else expr(n.a);
    t = t_bool;
    break;
  case Kind::LabelAddr:
    use_label(n.a, e);
    t = types.pointer(t_void);
    break;
  case Kind::InitList:
    // Only as an initializer; a stray one has no type of its own.
    break;
  default:
    break;
  }
  out.node_type[e] = t;
  return t;
}

} // namespace kcarve::ast
