// sema_tag.cc — structure, union and enumeration specifiers (C11
// 6.7.2.1-6.7.2.3) and the #pragma pack that shapes record layout (gcc
// manual 6.62.11 "Structure-Layout Pragmas").
//
// Tags share one name space (6.2.3); a tag is declared in the scope where it
// first appears, `struct s;` alone declares a new one in the current scope
// (6.7.2.3p7), and a body completes the tag of the current scope or declares
// a new one.  Members are collected, checked the way gcc checks them
// (bit-field widths, flexible array members, duplicates through anonymous
// members), then handed to layout_record() (layout.cc).  Enumerators get
// their values in declaration order (6.7.2.2p3) and, once the enum is
// complete, gcc's types: int when the value fits, else the enum type.
#include <cstdlib>

#include "ast/sema_attrs.h"

namespace kcarve::ast {

// The token of a specifier's tag (after the keyword and its attributes);
// the keyword if it has none.
TokIdx Sema::tag_token(NodeId spec) const {
  const Node& s = node(spec);
  for (TokIdx t = s.first + 1; s.a && t <= s.last && t < pp.tokens.size(); ++t)
    if (pp.tokens[t].spelling == s.a && pp.tokens[t].kind == pp::TK_IDENT) return t;
  return s.first;
}

// `struct s` / `union u` / `enum e` without a body (6.7.2.3p7-9): the
// visible tag if it is of the same kind (else gcc's error and 0), or a new
// incomplete type declared in the current scope (for an enum, a GNU
// forward reference).
TypeId Sema::tag_reference(NodeId spec, bool is_enum, bool is_union) {
  pp::StrId tag = node(spec).a;
  if (!tag) return 0;
  TypeId t = lookup_tag(tag, spec == standalone_tag_);
  if (t) {
    bool same = is_enum ? types[t].kind == TK::Enum
                        : types[t].kind == TK::Record && types.record(t).is_union == is_union;
    if (!same) {
      error_tok(tag_token(spec), "'" + str(tag) + "' defined as wrong kind of tag");
      return 0;
    }
  } else {
    t = is_enum ? types.enum_type(types.new_enum(tag, spec, depth_))
                : types.record_type(types.new_record(tag, is_union, spec, depth_));
    bind_tag(tag, t);
    if (depth_ == 0) out.file_tags.push_back(t);
  }
  out.node_type[spec] = t;
  return t;
}

// ---- 6.7.2.1 Structure and union specifiers ----------------------------------

TypeId Sema::struct_spec(NodeId spec, NodeId trailing) {
  const Node s = node(spec);
  bool is_union = s.op == KW_UNION;
  pp::StrId tag = s.a;
  bool body = s.d == 1;
  const char* word = is_union ? "union" : "struct";
  auto kind_ok = [&](TypeId t) { return types[t].kind == TK::Record && types.record(t).is_union == is_union; };
  auto new_record = [&](bool do_bind) {
    uint32_t ri = types.new_record(tag, is_union, spec, depth_);
    TypeId t = types.record_type(ri);
    if (do_bind) bind_tag(tag, t);
    if (depth_ == 0) out.file_tags.push_back(t);
    return ri;
  };
  if (!body) return tag_reference(spec, false, is_union);

  uint32_t ri = 0;
  if (tag) {
    TypeId found = lookup_tag(tag, true);
    if (found && !kind_ok(found)) {
      error_tok(tag_token(spec), "'" + str(tag) + "' defined as wrong kind of tag");
      ri = new_record(false);
    } else if (found) {
      uint32_t fi = uint32_t(types[found].extra);
      if (fi < record_busy_.size() && record_busy_[fi]) {
        error_tok(tag_token(spec), std::string("nested redefinition of '") + word + " " + str(tag) + "'");
        ri = new_record(false);
      } else if (types.records[fi].complete) {
        error_tok(tag_token(spec), std::string("redefinition of '") + word + " " + str(tag) + "'");
        NodeId od = types.records[fi].decl;
        if (od) diag.note(pp.tokens[tag_token(od)].loc, "originally defined here");
        ri = new_record(false);
      } else {
        ri = fi;
        types.records[ri].decl = spec;
      }
    } else {
      ri = new_record(true);
    }
  } else {
    ri = new_record(false);
  }
  if (record_busy_.size() <= ri) record_busy_.resize(ri + 1, 0);
  record_busy_[ri] = 1;

  std::vector<Member> members;
  std::vector<NodeId> name_nodes;  // per member: its DeclName (for diagnostics)
  for (NodeId m = s.b; m; m = node(m).next) {
    const Node& mn = node(m);
    if (mn.kind == Kind::Pragma) { pragma(m); continue; }
    if (mn.kind == Kind::StaticAssert) { static_assert_decl(m); continue; }
    if (mn.kind != Kind::StructMember) continue;
    DeclSpecs ds = decl_specs(mn.a);
    // packed among the specifiers applies to the member, except when written
    // after a struct/union/enum body: there it belongs to that type
    // (gcc 6.33.1), which struct_spec() already made packed.
    bool spec_packed = false;
    uint32_t spec_align = ds.align;
    bool after_body = false;
    for (NodeId sp = mn.a; sp; sp = node(sp).next) {
      const Node& sn = node(sp);
      if ((sn.kind == Kind::SpecStruct || sn.kind == Kind::SpecEnum) && sn.d) after_body = true;
      if (sn.kind != Kind::SpecAttribute || after_body) continue;
      for_each_attr(tu, sn.a, [&](NodeId a) {
        std::string_view an = node(a).a ? attr_base_name(pp.strings.str(node(a).a)) : "";
        if (an == "packed") spec_packed = true;
      });
    }
    if (!mn.b) {
      // C11 6.7.2.1p13: an anonymous structure or union member.
      TypeId t = ds.type;
      if (t && types[t].kind == TK::Record && !types.record(t).tag) {
        Member mem{};
        mem.type = t;
        mem.decl = m;
        mem.packed = spec_packed;
        mem.user_align = spec_align;
        members.push_back(mem);
        name_nodes.push_back(0);
      }
      continue;
    }
    for (NodeId md = mn.b; md; md = node(md).next) {
      const Node& d = node(md);
      if (d.kind != Kind::MemberDeclarator) continue;
      pp::StrId nm = 0;
      NodeId nn = 0;
      TypeId t = d.a ? declarator_type(ds.type, d.a, &nm, &nn) : ds.type;
      if (depth_ == 0 && t && nm && variably_modified(t)) {
        error(nn, "variably modified '" + str(nm) + "' at file scope");
        t = 0;
      }
      NodeId saved_at = attr_at_;
      attr_at_ = m;
      if (t && ds.attrs) t = apply_type_attributes(t, ds.attrs, false);
      if (t && d.c) t = apply_type_attributes(t, d.c, false);
      attr_at_ = saved_at;
      Member mem{};
      mem.name = nm;
      mem.type = t;
      mem.decl = md;
      mem.packed = spec_packed;
      mem.user_align = spec_align;
      auto attr = [&](NodeId a) {
        std::string_view an = node(a).a ? attr_base_name(pp.strings.str(node(a).a)) : "";
        if (an == "packed") {
          mem.packed = true;
        } else if (an == "aligned") {
          uint32_t al = abi.biggest_align;
          NodeId arg = node(a).b;
          if (arg) {
            Int v = 0;
            if (!out.node_type[arg] && !expr(arg)) return;
            if (!int_const(arg, v) || v <= 0) return;
            al = uint32_t(v);
          }
          if (al > mem.user_align) mem.user_align = al;
        }
      };
      for_each_attr(tu, ds.attrs, [&](NodeId a) {
        std::string_view an = node(a).a ? attr_base_name(pp.strings.str(node(a).a)) : "";
        if (an == "aligned") attr(a);
      });
      for_each_attr(tu, d.c, attr);
      NodeId at = nn ? nn : md;
      std::string qn = nm ? "'" + str(nm) + "'" : "'<anonymous>'";
      if (d.b) {
        Int w = 0;
        TypeId wt = expr(d.b);
        if (!wt) continue;
        if (!require_int_const(d.b, w, "bit-field width", at, nm)) continue;
        if (t && !types.is_integer(t)) {
          error(at, "bit-field " + qn + " has invalid type");
          continue;
        }
        if (w < 0) {
          error(at, "negative width in bit-field " + qn);
          continue;
        }
        if (w == 0 && nm) {
          error(at, "zero width for bit-field " + qn);
          continue;
        }
        if (t) {
          uint64_t bits = size_of(t) * 8;
          if (types[t].kind == TK::Bool) bits = 1;
          if (types[t].kind == TK::BitInt || types[t].kind == TK::UBitInt) bits = types[t].extra;
          if (uint64_t(w) > bits) {
            error(at, "width of " + qn + " exceeds its type");
            continue;
          }
        }
        mem.is_bitfield = true;
        mem.bit_width = uint16_t(w);
      } else if (t) {
        const Type& ty = types[t];
        if (ty.kind == TK::Function) {
          error(at, "field " + qn + " declared as a function");
          continue;
        }
        if (!(ty.kind == TK::Array && (ty.flags & TF_ARR_INCOMPLETE)) && !types.is_complete(t) &&
            !(ty.kind == TK::Array && (ty.flags & TF_ARR_VLA))) {
          if (ty.kind == TK::Void) error(at, "variable or field " + qn + " declared void");
          else error(at, "field " + qn + " has incomplete type");
          continue;
        }
      }
      members.push_back(mem);
      name_nodes.push_back(nn);
    }
  }

  // Flexible array members (6.7.2.1p18).
  bool flexible = false;
  for (size_t i = 0; i < members.size(); ++i) {
    TypeId t = members[i].type;
    if (!t || members[i].is_bitfield) continue;
    const Type& ty = types[t];
    if (ty.kind != TK::Array || !(ty.flags & TF_ARR_INCOMPLETE)) continue;
    NodeId at = name_nodes[i] ? name_nodes[i] : members[i].decl;
    if (is_union) {
      error(at, "flexible array member in union");
    } else if (i + 1 != members.size()) {
      error(at, "flexible array member not at end of struct");
    } else {
      bool named = false;
      for (size_t j = 0; j < i; ++j) named |= members[j].name != 0 || !members[j].is_bitfield;
      if (!named) error(at, "flexible array member in a struct with no named members");
      else flexible = true;
    }
  }

  // Duplicate member names, through anonymous members (6.7.2.1p13).
  ++member_gen_;
  struct Dup {
    Sema& S;
    void run(const std::vector<Member>& ms, const std::vector<NodeId>* nodes, NodeId outer) {
      for (size_t i = 0; i < ms.size(); ++i) {
        const Member& m = ms[i];
        NodeId at = nodes ? (*nodes)[i] : 0;
        if (!at && m.decl && S.node(m.decl).kind == Kind::MemberDeclarator)
          at = declarator_name_node(S.tu, S.node(m.decl).a);
        if (!at) at = m.decl ? m.decl : outer;
        if (m.name) {
          if (S.member_stamp_.size() <= m.name) S.member_stamp_.resize(std::max<size_t>(m.name + 1, S.pp.strings.size() + 1), 0);
          if (S.member_stamp_[m.name] == S.member_gen_) S.error(at, "duplicate member '" + S.str(m.name) + "'");
          S.member_stamp_[m.name] = S.member_gen_;
        } else if (m.type && S.types[m.type].kind == TK::Record && !m.is_bitfield) {
          std::vector<Member> inner = S.types.record(m.type).members;
          run(inner, nullptr, at);
        }
      }
    }
  } dup{*this};
  dup.run(members, &name_nodes, 0);

  record_busy_[ri] = 0;
  Record& r = types.records[ri];
  r.members = std::move(members);
  r.has_flexible = flexible;
  auto type_attr = [&](NodeId a) {
    std::string_view an = node(a).a ? attr_base_name(pp.strings.str(node(a).a)) : "";
    Record& rr = types.records[ri];
    if (an == "packed") {
      rr.packed = true;
    } else if (an == "transparent_union") {
      if (is_union) rr.transparent_union = true;
    } else if (an == "aligned") {
      uint32_t al = abi.biggest_align;
      NodeId arg = node(a).b;
      if (arg) {
        Int v = 0;
        if (!out.node_type[arg] && !expr(arg)) return;
        if (!int_const(arg, v) || v <= 0) return;
        al = uint32_t(v);
      }
      if (al > rr.user_align) rr.user_align = al;
    }
  };
  for_each_attr(tu, s.c, type_attr);
  for_each_attr(tu, trailing, type_attr);
  types.records[ri].pragma_pack = pragma_pack;
  layout_record(types.records[ri]);
  TypeId t = types.record_type(ri);
  out.node_type[spec] = t;
  return t;
}

// ---- 6.7.2.2 Enumeration specifiers --------------------------------------------

TypeId Sema::enum_spec(NodeId spec, NodeId trailing) {
  const Node s = node(spec);
  pp::StrId tag = s.a;
  bool body = s.d == 1;
  auto new_enum = [&](bool do_bind) {
    uint32_t ei = types.new_enum(tag, spec, depth_);
    TypeId t = types.enum_type(ei);
    if (do_bind) bind_tag(tag, t);
    if (depth_ == 0) out.file_tags.push_back(t);
    return ei;
  };
  if (!body) return tag_reference(spec, true, false);
  uint32_t ei = 0;
  if (tag) {
    TypeId found = lookup_tag(tag, true);
    if (found && types[found].kind != TK::Enum) {
      error_tok(tag_token(spec), "'" + str(tag) + "' defined as wrong kind of tag");
      ei = new_enum(false);
    } else if (found) {
      uint32_t fi = uint32_t(types[found].extra);
      const Enum& e = types.enums[fi];
      if (e.complete || e.count) {
        bool nested = !e.complete;
        error_tok(tag_token(spec), std::string(nested ? "nested redefinition" : "redeclaration") +
                                                    " of 'enum " + str(tag) + "'");
        if (!nested && e.decl) diag.note(pp.tokens[tag_token(e.decl)].loc, "originally defined here");
        ei = new_enum(false);
      } else {
        ei = fi;
        types.enums[ei].decl = spec;
      }
    } else {
      ei = new_enum(true);
    }
  } else {
    ei = new_enum(false);
  }
  TypeId et = types.enum_type(ei);

  // The enumerators' symbols are contiguous (Enum::first_enumerator).
  uint32_t count = 0;
  for (NodeId e = s.b; e; e = node(e).next) ++count;
  uint32_t first = uint32_t(out.symbols.size());
  for (NodeId e = s.b; e; e = node(e).next) {
    SymId sy = new_symbol(node(e).a, SymKind::Enumerator);
    out.symbols[sy].decl = e;
    out.symbols[sy].owner_enum = ei;
  }
  types.enums[ei].first_enumerator = first;
  types.enums[ei].count = count ? count : 1;  // nonzero while the body is analysed (nesting check)
  if (sym_name_node_.size() < out.symbols.size()) sym_name_node_.resize(out.symbols.size(), 0);

  Int next = 0;
  TypeId next_type = t_int;
  bool overflow = false;
  uint32_t k = 0;
  auto fits = [&](Int v, TypeId t) {
    unsigned bits = unsigned(size_of(t) * 8);
    if (types.is_unsigned(t)) return v >= 0 && (bits >= 128 || v < (Int(1) << bits));
    if (bits >= 128) return true;
    Int lim = Int(1) << (bits - 1);
    return v >= -lim && v < lim;
  };
  for (NodeId e = s.b; e; e = node(e).next, ++k) {
    const Node& en = node(e);
    SymId sy = first + k;
    Int v = next;
    TypeId vt = next_type;
    if (en.b) {
      TypeId xt = expr(en.b);
      Int x = 0;
      if (xt && require_int_const(en.b, x, "enumerator value", e, en.a)) {
        v = x;
        vt = value_type(xt);
        vt = vt ? promote(vt) : t_int;
        overflow = false;
      }
    } else if (overflow) {
      error(e, "overflow in enumeration values");
      v = convert_int(next, next_type);  // gcc goes on with the wrapped value
      overflow = false;
    }
    // gcc: during the body an enumerator has type int when its value fits,
    // else the type of its value.
    TypeId st = fits(v, t_int) ? t_int : vt;
    Symbol& sym = out.symbols[sy];
    sym.value = v;
    sym.type = st;
    sym_name_node_[sy] = e;
    out.node_sym[e] = sy;
    if (SymId cur = lookup_in_current(en.a)) {
      const Symbol& p = out.symbols[cur];
      if (p.kind == SymKind::Enumerator) error(e, "redeclaration of enumerator '" + str(en.a) + "'");
      else error(e, "'" + str(en.a) + "' redeclared as different kind of symbol");
      if (cur < sym_name_node_.size() && sym_name_node_[cur])
        note(sym_name_node_[cur], "previous definition of '" + str(en.a) + "' with type '" + spell(p.type) + "'");
    } else {
      bind(en.a, sy);
    }
    // The next value is computed in this enumerator's type; gcc reports
    // the wrap-around at the enumerator that would get it.
    next = v + 1;
    next_type = st;
    overflow = !fits(next, st);
  }

  Enum& en = types.enums[ei];
  en.count = count;
  auto type_attr = [&](NodeId a) {
    std::string_view an = node(a).a ? attr_base_name(pp.strings.str(node(a).a)) : "";
    Enum& ee = types.enums[ei];
    if (an == "packed") {
      ee.packed = true;
    } else if (an == "aligned") {
      uint32_t al = abi.biggest_align;
      NodeId arg = node(a).b;
      if (arg) {
        Int v = 0;
        if (!out.node_type[arg] && !expr(arg)) return;
        if (!int_const(arg, v) || v <= 0) return;
        al = uint32_t(v);
      }
      if (al > ee.user_align) ee.user_align = al;
    } else if (an == "mode") {
      // mode(M) on the definition sets the enum's size (the kernel's
      // `enum netfs_io_source {...} __attribute__((__mode__(byte)))`).
      NodeId arg = node(a).b;
      if (arg && node(arg).kind == Kind::Ident)
        ee.mode_bytes = uint8_t(mode_int_bytes(pp.strings.str(node(arg).a)));
    }
  };
  for_each_attr(tu, s.c, type_attr);
  for_each_attr(tu, trailing, type_attr);
  layout_enum(types.enums[ei]);
  // After the body: int when the value fits, else the enum type (gcc's finish_enum).
  for (uint32_t i = 0; i < count; ++i) {
    Symbol& sym = out.symbols[first + i];
    sym.type = fits(sym.value, t_int) ? t_int : et;
  }
  out.node_type[spec] = et;
  return et;
}

// ---- #pragma pack (gcc 6.62.11) ------------------------------------------------

void Sema::pragma(NodeId n) {
  const Node& p = node(n);
  // Tokens: #pragma, then the words up to the end marker.
  TokIdx t = p.first;
  TokIdx end = p.last;
  if (t < pp.tokens.size() && pp.tokens[t].kind == pp::TK_PRAGMA) ++t;
  if (t > end || tok_text(t) != "pack") return;
  ++t;
  if (t > end || pp.tokens[t].kind != pp::TK_LPAREN) return;
  ++t;
  auto number = [&](TokIdx i, uint8_t& v) {
    if (i > end || pp.tokens[i].kind != pp::TK_NUMBER) return false;
    std::string s(tok_text(i));
    unsigned long x = std::strtoul(s.c_str(), nullptr, 0);
    if (x > 255 || (x & (x - 1))) return false;
    v = uint8_t(x);
    return true;
  };
  uint8_t v = 0;
  if (t <= end && pp.tokens[t].kind == pp::TK_RPAREN) {
    pragma_pack = 0;
  } else if (number(t, v)) {
    pragma_pack = v;
  } else if (t <= end && tok_text(t) == "push") {
    pack_stack_.push_back(pragma_pack);
    // push [, id] [, n]
    for (TokIdx i = t + 1; i <= end && pp.tokens[i].kind != pp::TK_RPAREN; ++i)
      if (number(i, v)) pragma_pack = v;
  } else if (t <= end && tok_text(t) == "pop") {
    if (!pack_stack_.empty()) {
      pragma_pack = pack_stack_.back();
      pack_stack_.pop_back();
    }
    for (TokIdx i = t + 1; i <= end && pp.tokens[i].kind != pp::TK_RPAREN; ++i)
      if (number(i, v)) pragma_pack = v;
  }
}

} // namespace kcarve::ast
