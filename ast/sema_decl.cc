// sema_decl.cc — declarations and definitions (C11 6.7, 6.9): linkage of
// identifiers (6.2.2), redeclarations linked into chains with composite
// types (6.2.7, 6.7p3-4), function definitions with prototype or K&R
// parameters (6.9.1), tentative definitions (6.9.2), static assertions
// (6.7.10), and gcc's inline rules (gcc manual 6.45 "An Inline Function is
// As Fast As a Macro": a gnu_inline `extern inline` definition may be
// followed by the real one).  Diagnostics use gcc 12's wording and point
// where gcc points: at the declarator's name, with a note at the previous
// declaration's name.
#include "ast/sema_attrs.h"

namespace kcarve::ast {

namespace {

enum : uint8_t {
  SF_DEFINED = 1,        // the entity has a definition (body or initializer) so far
  SF_GNU_EXTERN = 2,     // ... and that definition is a gnu_inline `extern inline` one
  SF_TENTATIVE = 4,      // the entity has a file-scope declaration without extern
  SF_SUPERSEDED = 8,     // a later declaration chains to this one
  SF_SIZE_UNKNOWN = 16,  // defined with an initializer but an incomplete tag type (reported at the end)
};

bool has_attr(const TranslationUnit& tu, const pp::Interner& names, NodeId list, std::string_view want) {
  bool found = false;
  for_each_attr(tu, list, [&](NodeId a) {
    if (tu.nodes[a].a && attr_base_name(names.str(tu.nodes[a].a)) == want) found = true;
  });
  return found;
}

// 6.7.6.3p15: a function type without a parameter list is compatible with
// a prototype only if the prototype has no ellipsis and every parameter type
// survives the default argument promotions.  Returns gcc's note, or null.
const char* unprototyped_mismatch_impl(const TypeTable& types, TypeId a, TypeId b) {
  bool ao = types[a].flags & TF_FN_OLDSTYLE, bo = types[b].flags & TF_FN_OLDSTYLE;
  if (ao == bo) return nullptr;
  TypeId proto = ao ? b : a;
  if (types[proto].flags & TF_FN_VARIADIC)
    return "a parameter list with an ellipsis cannot match an empty parameter name list declaration";
  const FnSig& sg = types.sig(proto);
  for (uint32_t i = 0; i < sg.count; ++i) {
    switch (types[types.params[sg.first + i]].kind) {
    case TK::Bool: case TK::Char: case TK::SChar: case TK::UChar: case TK::Short: case TK::UShort:
    case TK::Float:
      return "an argument type that has a default promotion cannot match an empty parameter name list declaration";
    default:
      break;
    }
  }
  return nullptr;
}

} // namespace

// gcc's comptypes: a transparent-union parameter matches any of its member
// types (gcc manual 6.35.1 transparent_union).
bool Sema::transparent_compatible(TypeId a, TypeId b) const {
  const Type& x = types[a];
  const Type& y = types[b];
  if (x.kind != TK::Function || y.kind != TK::Function) return false;
  if ((x.flags | y.flags) & TF_FN_OLDSTYLE) return false;
  if ((x.flags & TF_FN_VARIADIC) != (y.flags & TF_FN_VARIADIC)) return false;
  if (!types.compatible(x.base, y.base)) return false;
  const FnSig& s = types.sig(a);
  const FnSig& t = types.sig(b);
  if (s.count != t.count) return false;
  auto transparent = [&](TypeId u) {
    return types[u].kind == TK::Record &&
           ((types[u].flags & TF_TRANSPARENT) || types.record(u).transparent_union);
  };
  auto member_of = [&](TypeId u, TypeId m) {
    for (const Member& mem : types.record(u).members)
      if (types.compatible_unqual(mem.type, m)) return true;
    return false;
  };
  for (uint32_t i = 0; i < s.count; ++i) {
    TypeId p = types.params[s.first + i], q = types.params[t.first + i];
    if (p == q || types.compatible_unqual(p, q)) continue;
    if (transparent(p) && member_of(p, q)) continue;
    if (transparent(q) && member_of(q, p)) continue;
    return false;
  }
  return true;
}

const char* Sema::unprototyped_mismatch(TypeId a, TypeId b) const {
  return unprototyped_mismatch_impl(types, a, b);
}

// ---- 6.9 External definitions ---------------------------------------------------

void Sema::external_declaration(NodeId n) {
  switch (node(n).kind) {
  case Kind::Declaration: case Kind::StaticAssert: declaration(n); break;
  case Kind::FunctionDef: function_definition(n); break;
  case Kind::Pragma: pragma(n); break;
  default: break;  // TopAsm, EmptyDecl
  }
}

// ---- 6.2.2 Linkage, 6.7p3-4 redeclarations -------------------------------------

void Sema::declare_symbol(NodeId decl_node, NodeId name_node, pp::StrId name, TypeId t,
                          const DeclSpecs& ds, bool is_def, bool has_init, SymId* out_sym) {
  *out_sym = 0;
  if (!name) return;
  bool is_fn = t && types[t].kind == TK::Function;
  bool file = depth_ == 0;
  Storage st = ds.storage;
  SymId visible = lookup(name);
  SymId cur = lookup_in_current(name);
  auto vis_linkage = [&]() -> Linkage {
    if (!visible) return Linkage::External;
    const Symbol& v = out.symbols[visible];
    return v.linkage != Linkage::None ? v.linkage : Linkage::External;
  };
  Linkage lk;
  if (st == Storage::Static && file) lk = Linkage::Internal;
  else if (st == Storage::Extern || (is_fn && !is_def && st != Storage::Static && st != Storage::Auto)) lk = vis_linkage();
  else if (file) lk = is_fn ? vis_linkage() : Linkage::External;
  else lk = Linkage::None;

  auto prev_note = [&](SymId p, const char* what) {
    NodeId at = p < sym_name_node_.size() ? sym_name_node_[p] : 0;
    if (out.symbols[p].implicit) what = "implicit declaration";
    if (at) note(at, std::string("previous ") + what + " of '" + str(name) + "' with type '" +
                         spell(out.symbols[p].type) + "'");
  };
  auto prev_flags = [&](SymId p) { return p < sym_flags_.size() ? sym_flags_[p] : uint8_t(0); };

  SymId prev = 0;
  if (cur) {
    const Symbol& p = out.symbols[cur];
    bool p_fn = p.kind == SymKind::Function;
    if (p.kind == SymKind::Typedef || p.kind == SymKind::Enumerator || p.kind == SymKind::Param ||
        (t && p.type && p_fn != is_fn)) {
      error(name_node, "'" + str(name) + "' redeclared as different kind of symbol");
      prev_note(cur, p.kind == SymKind::Enumerator || p.kind == SymKind::Param || p.defined ? "definition" : "declaration");
      return;
    }
    if ((p.linkage == Linkage::None || lk == Linkage::None) && !(p_fn && is_fn)) {
      if (t && p.type && !types.compatible(p.type, t))
        error(name_node, "conflicting types for '" + str(name) + "'; have '" + spell(t) + "'");
      else if (p.linkage == Linkage::None && st == Storage::Extern)
        error(name_node, "extern declaration of '" + str(name) + "' follows declaration with no linkage");
      else if (p.linkage != Linkage::None)
        error(name_node, "declaration of '" + str(name) + "' with no linkage follows extern declaration");
      else
        error(name_node, "redeclaration of '" + str(name) + "' with no linkage");
      prev_note(cur, "declaration");
      return;
    }
    prev = cur;
  } else if (lk != Linkage::None && name < linkage_syms_.size()) {
    prev = linkage_syms_[name];
  }

  TypeId type = t;
  uint8_t flags = 0;
  // gnu89 `extern inline` definitions are only inlining bodies: a later
  // static definition replaces them (gcc.c-torture 20021120-1.c).
  if (prev && file && is_fn && is_def && st == Storage::Static && (prev_flags(prev) & SF_GNU_EXTERN))
    prev = 0;
  if (prev) {
    const Symbol p = out.symbols[prev];
    uint8_t pf = prev_flags(prev);
    if (file && st == Storage::Static && p.linkage == Linkage::External) {
      error(name_node, "static declaration of '" + str(name) + "' follows non-static declaration");
      prev_note(prev, "declaration");
      return;
    }
    if (file && !is_fn && st == Storage::None && p.linkage == Linkage::Internal) {
      error(name_node, "non-static declaration of '" + str(name) + "' follows static declaration");
      prev_note(prev, "declaration");
      return;
    }
    if (t && p.type && (p.kind == SymKind::Function) != is_fn) {
      error(name_node, "'" + str(name) + "' redeclared as different kind of symbol");
      prev_note(prev, (pf & SF_DEFINED) ? "definition" : "declaration");
      return;
    }
    const char* why = nullptr;
    bool conflict = t && p.type && !types.compatible(p.type, t) && !transparent_compatible(p.type, t);
    // 6.7.6.3p15: a `()` declaration (not an identifier-list definition,
    // whose own rule compatible() applies) against a prototype whose
    // parameters promote; gcc explains it in a note, also for a definition.
    if (is_fn && t && p.type && types[p.type].kind == TK::Function) {
      bool old_is_def = (types[p.type].flags & TF_FN_OLDSTYLE) ? p.defined : is_def;
      if (!old_is_def) why = unprototyped_mismatch(p.type, t);
    }
    if (conflict || why) {
      error(name_node, "conflicting types for '" + str(name) + "'; have '" + spell(t) + "'");
      if (why) {  // gcc: at the specifiers
        if (ds.first != kNoTok) note_tok(ds.first, why);
        else note(decl_node, why);
      }
      prev_note(prev, p.defined ? "definition" : "declaration");
      return;
    }
    if (p.linkage != Linkage::None && lk != Linkage::None) lk = p.linkage;
    if (t && p.type) {
      TypeId c = types.compatible(p.type, t) ? types.composite(p.type, t) : 0;
      if (c) type = c;
    } else if (!t) {
      type = 0;
    }
    bool defining = is_def || has_init;
    if (defining && (pf & SF_DEFINED)) {
      bool mine_gnu_extern = false;
      if (is_fn && ds.is_inline && st == Storage::Extern)
        mine_gnu_extern = opts.gnu89_inline || has_attr(tu, pp.strings, ds.attrs, "gnu_inline");
      if (!(pf & SF_GNU_EXTERN) && !mine_gnu_extern) {
        error(name_node, "redefinition of '" + str(name) + "'");
        // The note names the declaration that was the definition.
        SymId d = prev;
        while (d && !out.symbols[d].defined) d = out.symbols[d].prev;
        prev_note(d ? d : prev, "definition");
        return;
      }
      if (!(pf & SF_GNU_EXTERN) && mine_gnu_extern) {
        flags = pf;  // the earlier real definition stands
        defining = false;
        is_def = false;
      }
    }
    flags |= pf & (SF_DEFINED | SF_GNU_EXTERN | SF_TENTATIVE);
    if (defining) flags &= uint8_t(~SF_GNU_EXTERN);
    if (prev >= sym_flags_.size()) sym_flags_.resize(prev + 1, 0);
    sym_flags_[prev] |= SF_SUPERSEDED;
  }

  SymId s = new_symbol(name, is_fn ? SymKind::Function : SymKind::Object);
  {
    Symbol& sym = out.symbols[s];
    sym.linkage = lk;
    sym.storage = st;
    sym.defined = is_def || has_init;
    sym.thread_local_ = ds.is_thread_local;
    sym.type = type;
    sym.decl = decl_node;
    sym.prev = prev;
  }
  if (is_def || has_init) {
    flags |= SF_DEFINED;
    if (is_fn && ds.is_inline && st == Storage::Extern &&
        (opts.gnu89_inline || has_attr(tu, pp.strings, ds.attrs, "gnu_inline")))
      flags |= SF_GNU_EXTERN;
  }
  if (file && !is_fn && st != Storage::Extern) flags |= SF_TENTATIVE;
  if (sym_flags_.size() <= s) sym_flags_.resize(s + 1, 0);
  sym_flags_[s] = flags;
  if (sym_name_node_.size() <= s) sym_name_node_.resize(s + 1, 0);
  sym_name_node_[s] = name_node;
  out.node_sym[name_node] = s;
  bind(name, s);
  if (lk != Linkage::None) {
    if (linkage_syms_.size() <= name) linkage_syms_.resize(std::max<size_t>(name + 1, pp.strings.size() + 1), 0);
    linkage_syms_[name] = s;
  }
  if (file && !is_fn) file_objects_.push_back(s);
  *out_sym = s;
}

// ---- 6.7 Declarations -----------------------------------------------------------

void Sema::declaration(NodeId n) {
  const Node& d = node(n);
  if (d.kind == Kind::StaticAssert) { static_assert_decl(n); return; }
  if (d.kind == Kind::FunctionDef) { function_definition(n); return; }
  if (d.kind != Kind::Declaration) return;
  NodeId saved = standalone_tag_;
  if (!d.b) {
    // `struct s;` declares a new tag in the current scope (6.7.2.3p7).
    NodeId tag_spec = 0;
    unsigned others = 0;
    for (NodeId s = d.a; s; s = node(s).next) {
      Kind k = node(s).kind;
      if ((k == Kind::SpecStruct || k == Kind::SpecEnum) && !node(s).d) tag_spec = s;
      else if (k != Kind::SpecAttribute) ++others;
    }
    if (tag_spec && !others) standalone_tag_ = tag_spec;
  }
  DeclSpecs ds = decl_specs(d.a);
  standalone_tag_ = saved;
  bool is_typedef = ds.storage == Storage::Typedef;
  for (NodeId id = d.b; id; id = node(id).next) {
    const Node& idn = node(id);
    if (idn.kind != Kind::InitDeclarator) continue;
    pp::StrId name = 0;
    NodeId nn = 0;
    TypeId t = declarator_type(ds.type, idn.a, &name, &nn);
    if (depth_ == 0 && t && name && variably_modified(t)) {
      error(nn, "variably modified '" + str(name) + "' at file scope");  // 6.7.6.2p2
      t = 0;
    }
    if (ds.auto_type && idn.b && node(idn.b).kind != Kind::InitList) {
      t = expr(idn.b);
      t = t ? types.with_quals(value_type(t), ds.auto_quals) : 0;
      if (nn) out.node_type[nn] = t;
    }
    // gcc reports a type attribute's errors at the declaration.
    NodeId saved_at = attr_at_;
    attr_at_ = n;
    if (t && ds.attrs) t = apply_type_attributes(t, ds.attrs, is_typedef);
    if (t && idn.d) t = apply_type_attributes(t, idn.d, is_typedef);
    attr_at_ = saved_at;
    if (!name) continue;

    if (is_typedef) {
      if (idn.b) error(nn, "typedef '" + str(name) + "' is initialized (use '__typeof__' instead)");
      if (SymId cur = lookup_in_current(name)) {
        const Symbol& p = out.symbols[cur];
        if (p.kind != SymKind::Typedef) {
          error(nn, "'" + str(name) + "' redeclared as different kind of symbol");
          if (cur < sym_name_node_.size() && sym_name_node_[cur])
            note(sym_name_node_[cur], "previous declaration of '" + str(name) + "' with type '" + spell(p.type) + "'");
          continue;
        }
        if (t && p.type && !types.compatible(p.type, t)) {
          error(nn, "conflicting types for '" + str(name) + "'; have '" + spell(t) + "'");
          if (cur < sym_name_node_.size() && sym_name_node_[cur])
            note(sym_name_node_[cur], "previous declaration of '" + str(name) + "' with type '" + spell(p.type) + "'");
          continue;
        }
      }
      SymId s = new_symbol(name, SymKind::Typedef);
      Symbol& sym = out.symbols[s];
      sym.type = t;
      sym.storage = Storage::Typedef;
      sym.decl = id;
      sym.defined = true;
      if (sym_name_node_.size() <= s) sym_name_node_.resize(s + 1, 0);
      sym_name_node_[s] = nn;
      out.node_sym[nn] = s;
      bind(name, s);
      if (depth_ == 0) out.file_typedefs.push_back(s);
      continue;
    }

    bool is_fn = t && types[t].kind == TK::Function;
    SymId s = 0;
    declare_symbol(id, nn, name, t, ds, false, idn.b != 0 && !is_fn, &s);
    if (s && !is_fn) {
      // _Alignas and aligned(N) on the object (gcc 6.34.1): its own alignment.
      uint32_t al = ds.align;
      auto aligned = [&](NodeId a) {
        const Node& at = node(a);
        if (!at.a || attr_base_name(pp.strings.str(at.a)) != "aligned") return;
        uint32_t v = abi.biggest_align;
        if (at.b) {
          Int x = 0;
          if (!out.node_type[at.b] && !expr(at.b)) return;
          if (!int_const(at.b, x) || x <= 0) return;
          v = uint32_t(x);
        }
        if (v > al) al = v;
      };
      for_each_attr(tu, ds.attrs, aligned);
      for_each_attr(tu, idn.d, aligned);
      // C2x attributes right after the name appertain to the object
      // (`int w [[gnu::aligned(8)]];`): the DeclParen around the DeclName.
      for (NodeId d = idn.a; d;) {
        const Node& x = node(d);
        if (x.kind == Kind::DeclParen) {
          if (x.a && x.b && node(x.b).kind == Kind::DeclName) for_each_attr(tu, x.a, aligned);
          d = x.b;
        } else if (x.kind == Kind::DeclPointer) {
          d = x.b;
        } else if (x.kind == Kind::DeclArray || x.kind == Kind::DeclFunction) {
          d = x.a;
        } else {
          break;
        }
      }
      SymId p = out.symbols[s].prev;
      if (p && out.symbols[p].align > al) al = out.symbols[p].align;
      out.symbols[s].align = al;
    }
    // 6.7.9p5: a block-scope extern cannot be initialized; at file scope
    // gcc only warns.
    if (s && !is_fn && idn.b && ds.storage == Storage::Extern) {
      if (depth_ > 0) {
        error(nn, "'" + str(name) + "' has both 'extern' and initializer");
        continue;
      }
      warning(nn, "'" + str(name) + "' initialized and declared 'extern'");
    }
    // 6.7p7, 6.7.9p3: an object defined here needs a complete object type;
    // gcc's two cases (c-decl.cc start_decl, finish_decl).
    if (s && !is_fn) {
      TypeId ot = out.symbols[s].type;
      const Type* ty = ot ? &types[ot] : nullptr;
      bool is_void = ty && ty->kind == TK::Void;
      bool incomplete_tag = ty && ((ty->kind == TK::Record && !types.record(ot).complete) ||
                                   (ty->kind == TK::Enum && !types.enums[ty->extra].complete));
      if (is_void && (ds.storage == Storage::Static || (depth_ > 0 && ds.storage != Storage::Extern))) {
        error(nn, "variable or field '" + str(name) + "' declared void");
        continue;
      }
      if (idn.b && (is_void || incomplete_tag)) {
        std::string msg = "variable '" + str(name) + "' has initializer but incomplete type";
        if (ds.type_tok != kNoTok) error_tok(ds.type_tok, msg);
        else error_line_start(node(nn).first, msg);
        incomplete_initializer(idn.b, ot, ds.type_tok, name);
        if (!incomplete_tag) continue;
        // gcc: at once in a block, at the end of the file for file scope.
        if (depth_ > 0) error(nn, "storage size of '" + str(name) + "' isn't known");
        else sym_flags_[s] |= SF_SIZE_UNKNOWN;
        continue;
      }
    }
    if (idn.b) {
      bool static_storage = depth_ == 0 || ds.storage == Storage::Static || ds.storage == Storage::Extern;
      TypeId st = s ? out.symbols[s].type : t;
      if (ds.auto_type) {
        // typed above
      } else {
        TypeId it = initializer(idn.b, st, static_storage, name);
        if (s && it && st && it != st && types[st].kind == TK::Array && (types[st].flags & TF_ARR_INCOMPLETE)) {
          out.symbols[s].type = it;
          if (nn) out.node_type[nn] = it;
        }
      }
    }
    if (!s || is_fn) continue;
    // Objects that need a complete type now (6.7p7): block-scope
    // definitions without linkage.
    const Symbol& sym = out.symbols[s];
    TypeId ot = sym.type;
    if (depth_ > 0 && sym.linkage == Linkage::None && ot && !idn.b) {
      const Type& ty = types[ot];
      if (ty.kind == TK::Array && (ty.flags & TF_ARR_INCOMPLETE)) {
        error(nn, "array size missing in '" + str(name) + "'");
      } else if ((ty.kind == TK::Record && !types.record(ot).complete) ||
                 (ty.kind == TK::Enum && !types.enums[ty.extra].complete)) {
        error(nn, "storage size of '" + str(name) + "' isn't known");
      }
    }
  }
}

// ---- 6.9.1 Function definitions ------------------------------------------------

void Sema::function_definition(NodeId n) {
  const Node& f = node(n);
  DeclSpecs ds = decl_specs(f.a);
  pp::StrId name = 0;
  NodeId nn = 0;
  // The function declarator nearest the name holds the parameters.
  NodeId fd = 0;
  for (NodeId d = f.b; d;) {
    const Node& x = node(d);
    if (x.kind == Kind::DeclFunction) { fd = d; d = x.a; }
    else if (x.kind == Kind::DeclPointer || x.kind == Kind::DeclParen) d = x.b;
    else if (x.kind == Kind::DeclArray) d = x.a;
    else break;
  }
  NodeId saved_def = def_fn_decl_;
  def_fn_decl_ = fd;
  proto_tags_.clear();
  TypeId t = declarator_type(ds.type, f.b, &name, &nn);
  def_fn_decl_ = saved_def;
  std::vector<ProtoTag> ptags;
  ptags.swap(proto_tags_);
  if (t && ds.attrs) t = apply_type_attributes(t, ds.attrs, false);
  if (t && types[t].kind != TK::Function) t = 0;
  if (t && !ds.has_type && name) {
    // gcc: a definition with implicit int takes the return type of an
    // earlier declaration of the function (c-decl.cc start_function).
    SymId p = lookup(name);
    if (!p && name < linkage_syms_.size()) p = linkage_syms_[name];
    TypeId pt = p ? out.symbols[p].type : 0;
    if (pt && types[pt].kind == TK::Function && types[pt].base != types[t].base) {
      const Type ft = types[t];
      const FnSig sg = types.sig(t);
      std::vector<TypeId> ps(types.params.begin() + sg.first, types.params.begin() + sg.first + sg.count);
      t = types.function(types[pt].base, ps.data(), sg.count, ft.flags);
    }
  }
  SymId s = 0;
  declare_symbol(n, nn, name, t, ds, true, false, &s);
  if (s) out.node_sym[n] = s;

  SymId saved_fn = current_function;
  TypeId saved_ret = current_return;
  uint32_t saved_loops = loop_depth_;
  std::vector<SwitchCtx> saved_switches;
  saved_switches.swap(switches_);
  current_function = s;
  current_return = t ? types[t].base : 0;
  loop_depth_ = 0;

  open_scope();
  for (const ProtoTag& pt : ptags) bind_tag(pt.tag, pt.type);
  if (fd) {
    const Node& fn = node(fd);
    // `int f() long y; {}`: old-style declarations with no identifier list.
    if ((fn.op & FF_KR) || ((fn.op & FF_NOPARAMS) && f.c)) {
      for (NodeId p = fn.b; p; p = node(p).next) {
        if (node(p).kind != Kind::Name) continue;
        pp::StrId pn = node(p).a;
        if (lookup_in_current(pn)) continue;
        SymId ps = new_symbol(pn, SymKind::Param);
        out.symbols[ps].type = t_int;
        out.symbols[ps].decl = p;
        if (sym_name_node_.size() <= ps) sym_name_node_.resize(ps + 1, 0);
        sym_name_node_[ps] = p;
        out.node_sym[p] = ps;
        bind(pn, ps);
      }
      for (NodeId kd = f.c; kd; kd = node(kd).next) {
        if (node(kd).kind != Kind::Declaration) { declaration(kd); continue; }
        DeclSpecs ks = decl_specs(node(kd).a);
        for (NodeId id = node(kd).b; id; id = node(id).next) {
          pp::StrId pn = 0;
          NodeId pnn = 0;
          TypeId pt = declarator_type(ks.type, node(id).a, &pn, &pnn, true);
          if (pt && ks.attrs) pt = apply_type_attributes(pt, ks.attrs, false);
          SymId ps = pn ? lookup_in_current(pn) : 0;
          if (!ps || out.symbols[ps].kind != SymKind::Param) {
            if (pn) error(pnn, "declaration for parameter '" + str(pn) + "' but no such parameter");
            continue;
          }
          out.symbols[ps].type = pt;
          out.symbols[ps].decl = id;
          out.node_sym[pnn] = ps;
        }
      }
    } else {
      for (NodeId p = fn.b; p; p = node(p).next) {
        if (node(p).kind != Kind::ParamDecl) continue;
        NodeId pnn = declarator_name_node(tu, node(p).b);
        if (!pnn) continue;
        SymId ps = out.node_sym[pnn];
        if (ps && !lookup_in_current(node(pnn).a)) bind(node(pnn).a, ps);
      }
    }
  }
  begin_labels();
  if (f.d) compound(f.d, false);
  end_labels();
  close_scope();

  current_function = saved_fn;
  current_return = saved_ret;
  loop_depth_ = saved_loops;
  switches_.swap(saved_switches);
}

// ---- 6.7.10 Static assertions ----------------------------------------------------

void Sema::static_assert_decl(NodeId n) {
  const Node& s = node(n);
  if (!s.a || !expr(s.a)) return;
  Int v = 0;
  if (!require_int_const(s.a, v, "static assertion", s.a)) return;
  if (v != 0) return;
  if (!s.b) {
    error(n, "static assertion failed");
    return;
  }
  // The message as written, adjacent literals joined (gcc prints the
  // concatenated string between quotes).
  std::string msg;
  for (TokIdx t = node(s.b).first; t <= node(s.b).last && t < pp.tokens.size(); ++t) {
    std::string_view sp = tok_text(t);
    size_t q = sp.find('"');
    if (q == std::string_view::npos || sp.size() < q + 2) continue;
    msg.append(sp.substr(q + 1, sp.size() - q - 2));
  }
  error(n, "static assertion failed: \"" + msg + "\"");
}

// ---- 6.9.2 External object definitions -------------------------------------------

void Sema::finish_file_scope() {
  for (SymId s : file_objects_) {
    uint8_t f = s < sym_flags_.size() ? sym_flags_[s] : 0;
    if (f & SF_SIZE_UNKNOWN) {
      NodeId nn = s < sym_name_node_.size() ? sym_name_node_[s] : 0;
      if (nn) error(nn, "storage size of '" + str(out.symbols[s].name) + "' isn't known");
      continue;
    }
    if (f & (SF_SUPERSEDED | SF_DEFINED)) continue;
    if (!(f & SF_TENTATIVE)) continue;
    Symbol& sym = out.symbols[s];
    TypeId t = sym.type;
    NodeId nn = s < sym_name_node_.size() ? sym_name_node_[s] : 0;
    if (!t) continue;
    const Type ty = types[t];
    if (ty.kind == TK::Array && (ty.flags & TF_ARR_INCOMPLETE)) {
      if (nn) warning(nn, "array '" + str(sym.name) + "' assumed to have one element");
      sym.type = types.with_quals(types.array(ty.base, 1), ty.quals);
    } else if ((ty.kind == TK::Record && !types.record(t).complete) ||
               (ty.kind == TK::Enum && !types.enums[ty.extra].complete)) {
      if (nn) error(nn, "storage size of '" + str(sym.name) + "' isn't known");
      continue;
    }
    sym.defined = true;
  }
}

// What gcc says of an initializer for an incomplete struct, union or enum
// (after "has initializer but incomplete type"): every element of a brace
// list is in excess, a nested brace list is an extra brace group; an enum
// cannot take a brace list at all.
void Sema::incomplete_initializer(NodeId init, TypeId t, TokIdx type_tok, pp::StrId name) {
  if (node(init).kind != Kind::InitList) return;
  const Type& ty = types[t];
  if (ty.kind == TK::Enum) {
    if (type_tok != kNoTok) error_tok(type_tok, "conversion to incomplete type");
    return;
  }
  if (ty.kind != TK::Record) return;
  std::string excess = std::string("excess elements in ") + (types.record(t).is_union ? "union" : "struct") +
                       " initializer";
  for (NodeId it = node(init).a; it; it = node(it).next) {
    const Node& item = node(it);
    if (item.a) return;  // designators: gcc's answers differ, stay silent
    NodeId at = item.b ? item.b : it;
    std::string near = "(near initialization for '" + str(name) + "')";
    if (item.b && node(item.b).kind == Kind::InitList) {
      error(at, "extra brace group at end of initializer");
      note(at, near);
    }
    warning(at, excess);
    note(at, near);
  }
}

} // namespace kcarve::ast
