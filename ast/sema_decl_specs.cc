// sema_decl_specs.cc — the type half of declarations: declaration
// specifiers (C11 6.7.1-6.7.5, with gcc's __int128, _FloatN, __auto_type,
// typeof, named address spaces), declarators (6.7.6: pointers, arrays,
// functions with the parameter adjustments of 6.7.6.3p7-8), type names
// (6.7.7), and the GNU type attributes that change a type (gcc manual 6.33.1
// and 6.35: aligned, mode, vector_size, may_alias, transparent_union).
//
// Every walk over a declarator is a loop over its nesting, so declarators of
// any depth cost no stack; only parameter lists recurse, once per level of
// function declarators.
#include "ast/sema_attrs.h"
#include "ast/spec_combos.h"

namespace kcarve::ast {

namespace {

uint8_t qual_of(uint16_t kw) {
  switch (kw) {
  case KW_CONST: return Q_CONST;
  case KW_VOLATILE: return Q_VOLATILE;
  case KW_RESTRICT: return Q_RESTRICT;
  case KW_ATOMIC: return Q_ATOMIC;
  case KW_SEG_FS: return Q_SEG_FS;
  case KW_SEG_GS: return Q_SEG_GS;
  default: return 0;
  }
}

// The SpecCombos word of a declaration specifier node; false for those
// that combine with anything (qualifiers, inline, _Noreturn, _Alignas,
// attributes).
bool spec_word(const Node& n, SpecWord* w) {
  switch (n.kind) {
  case Kind::SpecTypedefName: case Kind::SpecStruct: case Kind::SpecEnum: case Kind::SpecTypeof:
  case Kind::SpecAtomic: case Kind::SpecBitInt:
    *w = SpecWord::Named;
    return true;
  case Kind::SpecKeyword:
    break;
  default:
    return false;
  }
  switch (n.op) {
  case KW_TYPEDEF: case KW_EXTERN: case KW_STATIC: case KW_AUTO: case KW_REGISTER: *w = SpecWord::Storage; break;
  case KW_THREAD_LOCAL: *w = SpecWord::Thread; break;
  case KW_VOID: *w = SpecWord::Void; break;
  case KW_CHAR: *w = SpecWord::Char; break;
  case KW_SHORT: *w = SpecWord::Short; break;
  case KW_INT: *w = SpecWord::Int; break;
  case KW_LONG: *w = SpecWord::Long; break;
  case KW_FLOAT: *w = SpecWord::Float; break;
  case KW_DOUBLE: *w = SpecWord::Double; break;
  case KW_SIGNED: *w = SpecWord::Signed; break;
  case KW_UNSIGNED: *w = SpecWord::Unsigned; break;
  case KW_BOOL: *w = SpecWord::Bool; break;
  case KW_COMPLEX: *w = SpecWord::Complex; break;
  case KW_INT128: *w = SpecWord::Int128; break;
  case KW_AUTO_TYPE: *w = SpecWord::Named; break;
  case KW_FLOAT16: case KW_FLOAT32: case KW_FLOAT64: case KW_FLOAT128: case KW_FLOAT32X: case KW_FLOAT64X:
  case KW_FLOAT128X:
    *w = SpecWord::FloatN;
    break;
  case KW_DECIMAL32: case KW_DECIMAL64: case KW_DECIMAL128: *w = SpecWord::DFloat; break;
  default: return false;
  }
  return true;
}

} // namespace

// 6.7.3p9: qualifying an array type qualifies its element type.
static TypeId qualify(TypeTable& types, TypeId t, uint8_t q) {
  if (!t || !q) return t;
  const Type ty = types[t];
  if (ty.kind == TK::Array) {
    TypeId e = qualify(types, ty.base, q);
    TypeId r = types.array(e, ty.extra, ty.flags);
    return types.with_quals(types.with_align(r, ty.user_align), ty.quals);
  }
  return types.qualified(t, q);
}

// ---- 6.7.1-6.7.5 Declaration specifiers --------------------------------------

// Where gcc places a declaration's type in diagnostics: a tagged struct,
// union or enum at its tag; kNoTok for others (gcc: the line's start).
TokIdx Sema::type_position(NodeId spec) const {
  const Node& n = node(spec);
  if ((n.kind == Kind::SpecStruct || n.kind == Kind::SpecEnum) && n.a) return tag_token(spec);
  return kNoTok;
}

DeclSpecs Sema::decl_specs(NodeId list) {
  DeclSpecs ds;
  unsigned nlong = 0, nshort = 0, nsigned = 0, nunsigned = 0, nint = 0, nchar = 0, nvoid = 0;
  unsigned nbool = 0, nfloat = 0, ndouble = 0, ncomplex = 0, nint128 = 0;
  TK fkind = TK::Error;
  bool have_named = false, bad = false;
  TypeId named = 0;
  uint8_t quals = 0;
  if (list) ds.first = node(list).first;
  SpecCombos combos;
  bool combo_bad = false;
  for (NodeId s = list; s; s = node(s).next) {
    const Node& n = node(s);
    if (!combo_bad) {
      SpecWord w;
      if (spec_word(n, &w)) {
        if (!ds.type_seen && w != SpecWord::Storage && w != SpecWord::Thread) {
          ds.type_seen = true;
          ds.type_tok = type_position(s);
        }
        bool line_start = false;
        std::string msg = combos.add(w, tok_text(n.first), &line_start);
        if (!msg.empty()) {
          // gcc puts storage-class errors at the first token of the line.
          if (line_start) error_line_start(n.first, msg);
          else error(s, msg);
          combo_bad = bad = true;
        }
      }
    }
    switch (n.kind) {
    case Kind::SpecKeyword:
      switch (n.op) {
      case KW_TYPEDEF: ds.storage = Storage::Typedef; break;
      case KW_EXTERN: ds.storage = Storage::Extern; break;
      case KW_STATIC: ds.storage = Storage::Static; break;
      case KW_AUTO: ds.storage = Storage::Auto; break;
      case KW_REGISTER: ds.storage = Storage::Register; break;
      case KW_THREAD_LOCAL: ds.is_thread_local = true; break;
      case KW_INLINE: ds.is_inline = true; break;
      case KW_NORETURN: ds.is_noreturn = true; break;
      case KW_VOID: ++nvoid; break;
      case KW_CHAR: ++nchar; break;
      case KW_SHORT: ++nshort; break;
      case KW_INT: ++nint; break;
      case KW_LONG: ++nlong; break;
      case KW_FLOAT: ++nfloat; break;
      case KW_DOUBLE: ++ndouble; break;
      case KW_SIGNED: ++nsigned; break;
      case KW_UNSIGNED: ++nunsigned; break;
      case KW_BOOL: ++nbool; break;
      case KW_COMPLEX: ++ncomplex; break;
      case KW_IMAGINARY: break;
      case KW_INT128: ++nint128; break;
      case KW_AUTO_TYPE: ds.auto_type = true; break;
      case KW_FLOAT16: fkind = TK::Float16; break;
      case KW_FLOAT32: fkind = TK::Float32; break;
      case KW_FLOAT64: fkind = TK::Float64; break;
      case KW_FLOAT128: fkind = TK::Float128; break;
      case KW_FLOAT32X: fkind = TK::Float32x; break;
      case KW_FLOAT64X: fkind = TK::Float64x; break;
      case KW_FLOAT128X: bad = true; break;  // no target here has _Float128x
      case KW_DECIMAL32: fkind = TK::Decimal32; break;
      case KW_DECIMAL64: fkind = TK::Decimal64; break;
      case KW_DECIMAL128: fkind = TK::Decimal128; break;
      default: quals |= qual_of(n.op); break;
      }
      break;
    case Kind::SpecTypedefName: {
      have_named = true;
      SymId sym = lookup(n.a);
      named = sym && out.symbols[sym].kind == SymKind::Typedef ? out.symbols[sym].type : 0;
      if (named) out.node_sym[s] = sym;  // closure/: which typedef a retained text names
      // The parser predeclares every name gcc may predeclare as a type
      // (keywords.h); one the target does not have (__bf16 on x86_64,
      // __float80 off x86) is not bound here: gcc's error.
      if (!sym) error(s, "unknown type name '" + str(n.a) + "'");
      if (!named) bad = true;
      break;
    }
    case Kind::SpecStruct:
      have_named = true;
      named = struct_spec(s, n.next);
      if (!named) bad = true;
      break;
    case Kind::SpecEnum:
      have_named = true;
      named = enum_spec(s, n.next);
      if (!named) bad = true;
      break;
    case Kind::SpecTypeof: {
      have_named = true;
      NodeId a = n.a;
      TypeId t = a && node(a).kind == Kind::TypeName ? type_name(a) : (a ? expr(a) : 0);
      if (t && n.op == KW_TYPEOF_UNQUAL) t = types.unqualified(t);
      named = t;
      if (!named) bad = true;
      break;
    }
    case Kind::SpecAtomic:
      have_named = true;
      named = types.qualified(type_name(n.a), Q_ATOMIC);
      if (!named) bad = true;
      break;
    case Kind::SpecAlignas: {
      NodeId a = n.a;
      if (!a) break;
      uint32_t al = 0;
      if (node(a).kind == Kind::TypeName) {
        TypeId t = type_name(a);
        if (t) al = align_of(t);
      } else {
        Int v = 0;
        if (expr(a) && int_const(a, v) && v > 0) al = uint32_t(v);
      }
      if (al > ds.align) ds.align = al;
      break;
    }
    case Kind::SpecBitInt: {
      have_named = true;
      Int v = 0;
      if (n.a && expr(n.a) && int_const(n.a, v) && v > 0 && v <= 65535) named = types.bitint(false, uint32_t(v));
      else bad = true;
      break;
    }
    case Kind::SpecAttribute:
      if (!ds.attrs) ds.attrs = s;
      break;
    default:
      break;
    }
  }
  bool is_uns = nunsigned > 0;
  TypeId t = 0;
  ds.has_type = true;
  if (bad) {
    t = 0;
  } else if (nvoid) {
    t = t_void;
  } else if (nbool) {
    t = t_bool;
  } else if (nchar) {
    t = types.basic(is_uns ? TK::UChar : nsigned ? TK::SChar : TK::Char);
  } else if (nint128) {
    t = types.basic(is_uns ? TK::UInt128 : TK::Int128);
  } else if (nshort) {
    t = types.basic(is_uns ? TK::UShort : TK::Short);
  } else if (nlong == 1 && ndouble) {
    t = types.basic(TK::LongDouble);
  } else if (nfloat) {
    t = types.basic(TK::Float);
  } else if (ndouble) {
    t = t_double;
  } else if (nlong >= 2) {
    t = types.basic(is_uns ? TK::ULLong : TK::LLong);
  } else if (nlong == 1) {
    t = is_uns ? t_ulong : t_long;
  } else if (fkind != TK::Error) {
    t = types.basic(fkind);
  } else if (have_named) {
    t = named;
    if (t && (nsigned || nunsigned) && (types[t].kind == TK::BitInt || types[t].kind == TK::UBitInt))
      t = types.bitint(is_uns, uint32_t(types[t].extra));
  } else if (nsigned || nunsigned || nint) {
    t = is_uns ? t_uint : t_int;
  } else if (ncomplex) {
    t = t_double;
  } else {
    t = t_int;  // implicit int (C90 6.5.2; gcc accepts it with a warning)
    ds.has_type = ds.auto_type;
  }
  if (ds.auto_type && !have_named && !nint && !nlong && !nchar) {
    t = 0;
    ds.auto_quals = quals;
  }
  if (t && ncomplex && types[t].kind != TK::Complex) t = types.complex(t);
  ds.type = qualify(types, t, quals);
  return ds;
}

// ---- 6.7.6 Declarators --------------------------------------------------------

// 6.7.6p3: a VLA somewhere in the declarator's derivation.
bool Sema::variably_modified(TypeId t) const {
  while (t) {
    const Type& ty = types[t];
    if (ty.kind == TK::Array && (ty.flags & TF_ARR_VLA)) return true;
    if (ty.kind != TK::Array && ty.kind != TK::Pointer && ty.kind != TK::Function) return false;
    t = ty.base;
  }
  return false;
}

bool Sema::incomplete_element(TypeId t) const {
  const Type& ty = types[t];
  switch (ty.kind) {
  case TK::Record: return !types.record(t).complete;
  case TK::Enum: return !types.enums[ty.extra].complete;
  case TK::Array: return (ty.flags & TF_ARR_INCOMPLETE) != 0;
  default: return false;
  }
}

TypeId Sema::declarator_type(TypeId base, NodeId d, pp::StrId* name, NodeId* name_node, bool in_params) {
  NodeId nn = declarator_name_node(tu, d);
  pp::StrId nm = nn ? node(nn).a : 0;
  if (name) *name = nm;
  if (name_node) *name_node = nn;
  NodeId top = d;
  TypeId t = base;
  uint8_t arr_quals = 0;
  auto quoted = [&] { return "'" + str(nm) + "'"; };
  while (d) {
    const Node& n = node(d);
    switch (n.kind) {
    case Kind::DeclName:
      d = 0;
      break;
    case Kind::DeclParen:
      d = n.b;
      break;
    case Kind::DeclPointer: {
      uint8_t q = 0;
      for (NodeId x = n.a; x; x = node(x).next)
        if (node(x).kind == Kind::SpecKeyword) q |= qual_of(node(x).op);
      t = types.qualified(types.pointer(t), q);
      d = n.b;
      break;
    }
    case Kind::DeclArray: {
      arr_quals = 0;
      for (NodeId x = n.c; x; x = node(x).next)
        if (node(x).kind == Kind::SpecKeyword) arr_quals |= qual_of(node(x).op);
      if (t && types[t].kind == TK::Function) {
        if (nm) error(nn, "declaration of " + quoted() + " as array of functions");
        else error(d, "declaration of type name as array of functions");
        t = 0;
      } else if (t && types[t].kind == TK::Void) {
        if (nm) error(nn, "declaration of " + quoted() + " as array of voids");
        else error(d, "declaration of type name as array of voids");
        t = 0;
      } else if (t && incomplete_element(t)) {
        // 6.7.6.2p1: the element type must be complete (also under a
        // pointer, also for a parameter that becomes one).
        error(nm ? nn : d, "array type has incomplete element type '" + spell(t) + "'");
        if (nm && types[t].kind == TK::Array)
          note(nn, "declaration of " + quoted() + " as multidimensional array must have bounds for all dimensions except the first");
        t = 0;
      }
      uint16_t fl = 0;
      uint64_t len = 0;
      if (n.op & AF_STAR) {
        fl = TF_ARR_STAR;
      } else if (!n.b) {
        fl = TF_ARR_INCOMPLETE;
      } else {
        TypeId st = expr(n.b);
        Int v = 0;
        if (!st) {
          t = 0;
        } else if (!types.is_integer(value_type(st))) {
          require_int_const(n.b, v, "array size", nn, nm);
          t = 0;
        } else if (int_const(n.b, v)) {
          if (v < 0) {
            if (nm) error(nn, "size of array " + quoted() + " is negative");
            else error(n.b, "size of unnamed array is negative");
            t = 0;
          } else {
            len = uint64_t(v);
          }
        } else {
          fl = TF_ARR_VLA;
        }
      }
      t = types.array(t, len, fl);
      d = n.a;
      break;
    }
    case Kind::DeclFunction: {
      if (t && types[t].kind == TK::Function) {
        if (nm) error(nn, quoted() + " declared as function returning a function");
        else error(d, "type name declared as function returning a function");
        t = 0;
      } else if (t && types[t].kind == TK::Array) {
        if (nm) error(nn, quoted() + " declared as function returning an array");
        else error(d, "type name declared as function returning an array");
        t = 0;
      }
      // gcc drops the qualifiers of a return type (C17 6.7.6.3p5, DR 423).
      TypeId ret = t ? types.unqualified(t) : 0;
      uint16_t flags = 0;
      size_t mark = scratch_types_.size();
      bool ok = true;
      if (n.op & (FF_KR | FF_NOPARAMS)) {
        flags |= TF_FN_OLDSTYLE;
      } else {
        if (n.op & FF_VARIADIC) flags |= TF_FN_VARIADIC;
        open_scope();
        uint32_t count = 0;
        for (NodeId p = n.b; p; p = node(p).next) ++count;
        uint32_t idx = 0;
        for (NodeId p = n.b; p; p = node(p).next, ++idx) {
          const Node& pd = node(p);
          if (pd.kind != Kind::ParamDecl) continue;
          DeclSpecs ps = decl_specs(pd.a);
          pp::StrId pn = 0;
          NodeId pnn = 0;
          TypeId pt = declarator_type(ps.type, pd.b, &pn, &pnn, true);
          if (pt) pt = apply_type_attributes(pt, ps.attrs, false);
          if (pt && pd.c) pt = apply_type_attributes(pt, pd.c, false);
          out.node_type[p] = pt;
          if (pt && types[pt].kind == TK::Void && !pn) {
            if (count == 1 && !(n.op & FF_VARIADIC) && types[pt].quals == 0 && !pd.b) break;  // (void)
            error(p, "'void' must be the only parameter");
            ok = false;
            continue;
          }
          if (!pt) ok = false;
          scratch_types_.push_back(pt);
          if (pn) {
            if (SymId old = lookup_in_current(pn)) {
              error(pnn, "redefinition of parameter '" + str(pn) + "'");
              if (old < sym_name_node_.size() && sym_name_node_[old])
                note(sym_name_node_[old], "previous definition of '" + str(pn) + "' with type '" +
                                              spell(out.symbols[old].type) + "'");
              continue;
            }
            SymId s = new_symbol(pn, SymKind::Param);
            Symbol& sym = out.symbols[s];
            sym.type = pt;
            sym.storage = ps.storage;
            sym.decl = p;
            if (sym_name_node_.size() <= s) sym_name_node_.resize(s + 1, 0);
            sym_name_node_[s] = pnn;
            out.node_sym[pnn] = s;
            bind(pn, s);
          }
        }
        if (d == def_fn_decl_) {
          // A definition's parameter list is the body's scope too (6.2.1p4):
          // its tags stay visible there (function_definition re-binds them).
          proto_tags_.clear();
          for (size_t i = marks_.empty() ? 0 : marks_.back(); i < undo_.size(); ++i)
            if (undo_[i].tag) proto_tags_.push_back(ProtoTag{undo_[i].name, lookup_tag(undo_[i].name, true)});
        }
        close_scope();
      }
      if (ok && ret) {
        uint32_t np = uint32_t(scratch_types_.size() - mark);
        t = types.function(ret, np ? &scratch_types_[mark] : nullptr, np, flags);
      } else {
        t = 0;
      }
      scratch_types_.resize(mark);
      d = n.a;
      break;
    }
    default:
      d = 0;
      break;
    }
  }
  if (in_params && t) {
    // 6.7.6.3p7-8: array and function parameters become pointers.
    if (types[t].kind == TK::Array) t = types.qualified(types.pointer(types[t].base), arr_quals);
    else if (types[t].kind == TK::Function) t = types.pointer(t);
  }
  if (top) out.node_type[top] = t;
  if (nn) out.node_type[nn] = t;
  return t;
}

// ---- 6.7.7 Type names ----------------------------------------------------------

TypeId Sema::type_name(NodeId n) {
  if (!n) return 0;
  const Node& tn = node(n);
  DeclSpecs ds = decl_specs(tn.a);
  TypeId t = declarator_type(ds.type, tn.b, nullptr, nullptr);
  NodeId saved_at = attr_at_;
  attr_at_ = n;
  if (t && ds.attrs) t = apply_type_attributes(t, ds.attrs, false);
  attr_at_ = saved_at;
  out.node_type[n] = t;
  return t;
}

// ---- Type attributes (gcc manual 6.35 Common Type Attributes, 6.34.1 ----
// Common Variable Attributes: mode, vector_size) ------------------------------

TypeId Sema::apply_type_attributes(TypeId t, NodeId list, bool on_typedef) {
  if (!t || !list) return t;
  for_each_attr(tu, list, [&](NodeId a) {
    if (!t) return;
    const Node& at = node(a);
    if (!at.a) return;
    std::string_view nm = attr_base_name(pp.strings.str(at.a));
    if (nm == "aligned") {
      if (!on_typedef) return;
      uint32_t al = abi.biggest_align;
      if (at.b) {
        Int v = 0;
        if (!out.node_type[at.b] && !expr(at.b)) return;
        if (!int_const(at.b, v) || v <= 0) return;
        al = uint32_t(v);
      }
      t = types.with_align(t, al);
    } else if (nm == "mode") {
      if (!at.b || node(at.b).kind != Kind::Ident) return;
      TK k = types[t].kind;
      if (k == TK::Array || k == TK::Function || k == TK::Record) return;
      t = mode_type(t, pp.strings.str(node(at.b).a), attr_at_ ? attr_at_ : a);
    } else if (nm == "vector_size") {
      if (!at.b) return;
      Int v = 0;
      if (!out.node_type[at.b] && !expr(at.b)) { t = 0; return; }
      if (!int_const(at.b, v) || v < 0) return;
      t = vector_type(t, uint64_t(v), attr_at_ ? attr_at_ : a);
    } else if (nm == "may_alias") {
      t = types.with_flags(t, TF_MAY_ALIAS);
    } else if (nm == "transparent_union") {
      if (on_typedef && types[t].kind == TK::Record && types.record(t).is_union)
        t = types.with_flags(t, TF_TRANSPARENT);
    } else if (nm == "packed") {
      if (on_typedef && types[t].kind == TK::Enum) t = types.with_flags(t, TF_PACKED_ENUM);
    }
  });
  return t;
}

} // namespace kcarve::ast
