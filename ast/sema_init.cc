// sema_init.cc — initializers (C11 6.7.9, gcc manual 6.29 "Designated
// Initializers" and 6.18 "Arrays of Length Zero").
//
// A brace-enclosed list is walked the way 6.7.9p17-20 describe it: each list
// has a current object; a designation moves to the subobject it names
// (through anonymous members, with GNU ranges `[a ... b]`), and
// initialization continues in order after it.  The walk keeps a small stack
// of levels, one per aggregate entered: a level entered by a brace is the
// list's own, one entered by brace elision (an expression met where an
// aggregate is expected) is left again when it is full.  A string literal
// initializes a character array directly (6.7.9p14).  The result is the
// target type, completed when it is an array of unknown size (6.7.9p22:
// highest index + 1, or the string's length).
//
// Diagnostics are gcc's errors only (unknown field, field or index
// designator in the wrong kind of object, non-constant index); excess
// elements and the like are warnings in gcc and stay silent here.
#include "ast/sema_internal.h"

namespace kcarve::ast {

namespace {

constexpr uint64_t kUnbounded = ~uint64_t(0);

struct Level {
  TypeId t;
  uint64_t pos;     // array index or member index of the next subobject
  uint64_t limit;   // number of subobjects (kUnbounded: array of unknown size)
  uint64_t max;     // highest array index initialized + 1
};

class InitWalker {
public:
  InitWalker(Sema& s, bool st, pp::StrId name) : s_(s), static_(st), name_(name) {}

  // An initializer (list or expression) for an object of type T; returns T
  // completed.
  TypeId init(NodeId in, TypeId t) {
    if (!t) {
      type_only(in);
      return 0;
    }
    if (s_.node(in).kind == Kind::InitList) return braced(in, t);
    TypeId et = s_.expr(in);
    if (string_init(t, in, et)) return complete(t, s_.types[et].extra);
    if (s_.types[t].kind == TK::Array) {
      // An array takes a brace-enclosed list or a string; gcc accepts a
      // compound literal of array type in a static initializer.
      NodeId x = in;
      while (s_.node(x).kind == Kind::Paren) x = s_.node(x).a;
      if (et && s_.node(x).kind == Kind::StringLit) string_mismatch(t, in, et);
      else if (et && s_.node(x).kind != Kind::CompoundLit) s_.error(in, "invalid initializer");
      return t;
    }
    s_.check_assignable(t, in, "initialization");
    constant(t, in);
    return t;
  }

private:
  Sema& s_;
  bool static_;
  pp::StrId name_;            // the object initialized (0: a compound literal)
  std::vector<const std::vector<Level>*> frames_;  // the level stacks of the lists being walked
  NodeId cur_list_ = 0;       // the innermost brace-enclosed list being walked
  int depth_ = 0;             // lists entered; 1 = the object's own
  bool fam_reported_ = false;
  TK list_parent_ = TK::Error;  // kind of the object whose subobject the current list initializes

  TypeTable& types() { return s_.types; }

  // 6.7.9p4: an object with static storage takes constant expressions only
  // (6.6p7: arithmetic constants and address constants, as gcc folds them).
  void constant(TypeId t, NodeId in) {
    if (!static_ || !t || !s_.out.node_type[in]) return;
    TK k = types()[types().unqualified(t)].kind;
    if (k == TK::Record || k == TK::Array || k == TK::Error) return;
    // Only where gcc certainly agrees: the folding failed AND the element
    // reads an object, calls a function or sizes a VLA at run time.
    if (s_.eval(in).kind == ConstValue::None && runtime(in, false)) {
      s_.error(in, "initializer element is not constant");
      if (!frames_.empty()) s_.note(in, "(near initialization for '" + path() + "')");
    }
  }

  // gcc's name of the subobject being initialized: "x.member[2]".
  std::string path() {
    std::string p = name_ ? s_.str(name_) : "(anonymous)";
    for (const std::vector<Level>* f : frames_) {
      for (const Level& l : *f) {
        const Type& ty = types()[l.t];
        if (ty.kind == TK::Record) {
          const Record& r = types().record(l.t);
          pp::StrId m = l.pos < r.members.size() ? r.members[l.pos].name : 0;
          p += "." + (m ? s_.str(m) : std::string("<anonymous>"));
        } else {
          p += "[" + std::to_string(l.pos) + "]";
        }
      }
    }
    return p;
  }

  // Does E need a value only known at run time?  ADDR: E's address is
  // taken, not its value (the operand of &, or of . and [] under it).
  bool runtime(NodeId e, bool addr) {
    if (!e) return false;
    const Node& n = s_.node(e);
    auto vla = [&](NodeId x) { TypeId t = x ? s_.out.node_type[x] : 0; return t && s_.variably_modified(t); };
    switch (n.kind) {
    case Kind::Ident: {
      SymId sym = s_.out.node_sym[e];
      if (!sym || addr) return false;
      const Symbol& sy = s_.out.symbols[sym];
      if (sy.kind != SymKind::Object && sy.kind != SymKind::Param) return false;
      TK k = sy.type ? types()[sy.type].kind : TK::Error;
      return k != TK::Array && k != TK::Function && k != TK::Error;
    }
    case Kind::Paren: return runtime(n.a, addr);
    case Kind::Unary:
      if (n.op == pp::TK_AMP) return runtime(n.a, true);
      return runtime(n.a, n.op == UO_EXTENSION && addr);
    case Kind::Binary: case Kind::Comma: return runtime(n.a, false) || runtime(n.b, false);
    case Kind::Cond: return runtime(n.a, false) || runtime(n.b, false) || runtime(n.c, false);
    case Kind::Assign: case Kind::PreIncDec: case Kind::PostIncDec: return true;
    case Kind::Cast: return runtime(n.b, false);
    case Kind::SizeofExpr: case Kind::SizeofType: return vla(n.a);
    case Kind::Index: {
      TypeId bt = s_.out.node_type[n.a];
      bool array = bt && types()[types().unqualified(bt)].kind == TK::Array;
      return runtime(n.a, array && addr) || runtime(n.b, false);
    }
    case Kind::Member: return runtime(n.a, n.op == pp::TK_DOT && addr);
    case Kind::Call: {
      NodeId c = n.a;
      while (c && s_.node(c).kind == Kind::Paren) c = s_.node(c).a;
      SymId sym = c && s_.node(c).kind == Kind::Ident ? s_.out.node_sym[c] : 0;
      return !(sym && s_.out.symbols[sym].is_builtin);
    }
    default: return false;  // literals, label addresses, compound literals, gcc builtins
    }
  }

  void type_only(NodeId in) {
    if (s_.node(in).kind == Kind::InitList) {
      for (NodeId it = s_.node(in).a; it; it = s_.node(it).next) {
        for (NodeId d = s_.node(it).a; d; d = s_.node(d).next)
          if (s_.node(d).kind == Kind::DesigIndex) {
            s_.expr(s_.node(d).a);
            if (s_.node(d).b) s_.expr(s_.node(d).b);
          }
        type_only(s_.node(it).b);
      }
    } else {
      s_.expr(in);
    }
  }

  bool is_aggregate(TypeId t) {
    TK k = types()[t].kind;
    return k == TK::Array || k == TK::Record || k == TK::Vector;
  }

  uint64_t limit_of(TypeId t) {
    const Type& ty = types()[t];
    switch (ty.kind) {
    case TK::Array:
      return (ty.flags & (TF_ARR_INCOMPLETE | TF_ARR_VLA | TF_ARR_STAR)) ? kUnbounded : ty.extra;
    case TK::Record:
      return types().record(t).members.size();
    case TK::Vector:
      return ty.extra;
    default:
      return 0;
    }
  }

  // The type of subobject POS of level L's object, with L's qualifiers.
  TypeId sub_type(const Level& l) {
    const Type& ty = types()[l.t];
    TypeId r = 0;
    if (ty.kind == TK::Array || ty.kind == TK::Vector) r = ty.base;
    else if (ty.kind == TK::Record) r = types().record(l.t).members[l.pos].type;
    return r;
  }

  // A character array initialized by a string literal (6.7.9p14-15),
  // possibly parenthesized.
  bool string_init(TypeId t, NodeId in, TypeId et) {
    const Type& ty = types()[t];
    if (ty.kind != TK::Array || !et) return false;
    NodeId n = in;
    while (s_.node(n).kind == Kind::Paren) n = s_.node(n).a;
    if (s_.node(n).kind != Kind::StringLit) return false;
    TypeId el = types().unqualified(ty.base);
    TypeId sel = types()[et].base;
    TK k = types()[el].kind;
    if (sel == s_.t_char) return k == TK::Char || k == TK::SChar || k == TK::UChar;
    return types().is_integer(el) && types().compatible(el, sel);
  }

  // gcc's error for a string literal IN that cannot initialize array T of
  // integer elements (6.7.9p14-15); false if T's elements are not integers.
  bool string_mismatch(TypeId t, NodeId in, TypeId et) {
    if (!et || types()[t].kind != TK::Array) return false;
    TypeId el = types().unqualified(types()[t].base);
    if (!types().is_integer(el)) return false;
    TK k = types()[el].kind;
    bool char_kind = k == TK::Char || k == TK::SChar || k == TK::UChar;
    bool narrow = types()[et].base == s_.t_char;
    bool wide_ok = types().compatible(el, s_.t_wchar) || types().compatible(el, s_.t_char16) ||
                   types().compatible(el, s_.t_char32);
    if (!char_kind && !wide_ok) s_.error(in, "array of inappropriate type initialized from string constant");
    else if (char_kind) s_.error(in, "char-array initialized from wide string");
    else if (narrow) s_.error(in, "wide character array initialized from non-wide string");
    else s_.error(in, "wide character array initialized from incompatible wide string");
    return true;
  }

  // T (an array of unknown size) with length N; other types unchanged.
  TypeId complete(TypeId t, uint64_t n) {
    const Type at = types()[t];
    if (at.kind != TK::Array || !(at.flags & TF_ARR_INCOMPLETE)) return t;
    TypeId r = types().array(at.base, n, uint16_t(at.flags & ~TF_ARR_INCOMPLETE));
    r = types().with_align(r, at.user_align);
    return types().with_quals(r, at.quals);
  }

  // An expression that initializes aggregate SUB as a whole, without brace
  // elision: a compatible structure value, a string for a character array,
  // a vector value.
  bool direct(TypeId sub, NodeId in, TypeId et) {
    if (!et) return true;
    TK k = types()[sub].kind;
    TypeId v = s_.value_type(et);
    if (k == TK::Record) return types()[v].kind == TK::Record && types().compatible(types().unqualified(sub), v);
    if (k == TK::Array) return string_init(sub, in, et);
    if (k == TK::Vector) return types()[v].kind == TK::Vector;
    return false;
  }

  void advance(Level& l) {
    if (l.pos + 1 > l.max) l.max = l.pos + 1;
    if (types()[l.t].kind == TK::Record && types().record(l.t).is_union) l.pos = l.limit;
    else ++l.pos;
  }

  // Skips unnamed bit-fields (6.7.9p9) at a record level.
  void skip_unnamed(Level& l) {
    if (types()[l.t].kind != TK::Record) return;
    const Record& r = types().record(l.t);
    while (l.pos < l.limit && l.pos < r.members.size() && !r.members[l.pos].name && r.members[l.pos].is_bitfield)
      ++l.pos;
  }

  // Level L is at a flexible array member (6.7.2.1p18).
  bool is_fam(const Level& l) {
    if (types()[l.t].kind != TK::Record) return false;
    const Record& r = types().record(l.t);
    if (r.is_union || l.pos + 1 != r.members.size()) return false;
    TypeId m = r.members[l.pos].type;
    return m && types()[m].kind == TK::Array && (types()[m].flags & TF_ARR_INCOMPLETE);
  }

  // gcc 6.18: only a static object's own flexible array member may be
  // initialized, not one of a nested structure.  AT: the list gcc points at.
  // A brace list or elided elements for it count its own level: more than
  // two levels deep is nested (gcc's constructor depth).  A string
  // initializing it directly is nested only when its structure is an array
  // element (PR64417: elements of one array cannot differ in size).
  void fam_error(const std::vector<Level>& st, NodeId at, bool by_string = false) {
    if (fam_reported_ || !at) return;
    bool nested;
    if (by_string) {
      TK parent = st.size() >= 2 ? types()[st[st.size() - 2].t].kind : list_parent_;
      nested = parent == TK::Array;
    } else {
      nested = depth_ > 1 || st.size() > 1;
    }
    if (nested) s_.error(at, "initialization of flexible array member in a nested context");
    else if (!static_) s_.error(at, "non-static initialization of a flexible array member");
    else return;
    fam_reported_ = true;
  }

  // Initializes the next subobject from IN (6.7.9p17, p20 brace elision).
  void positional(std::vector<Level>& st, NodeId in) {
    bool is_list = s_.node(in).kind == Kind::InitList;
    TypeId et = 0;
    bool typed = false;
    for (;;) {
      Level& l = st.back();
      skip_unnamed(l);
      if (l.pos >= l.limit) {
        if (st.size() == 1) {  // excess elements: a warning in gcc
          if (typed) return;
          type_only(in);
          return;
        }
        st.pop_back();
        advance(st.back());
        continue;
      }
      TypeId sub = sub_type(l);
      if (!sub) {
        if (!typed) type_only(in);
        advance(l);
        return;
      }
      if (is_list && is_fam(l) && s_.node(in).a) fam_error(st, in);
      if (is_list) {
        TK saved = list_parent_;
        list_parent_ = types()[l.t].kind;
        braced(in, sub);
        list_parent_ = saved;
        advance(l);
        return;
      }
      if (!typed) {
        et = s_.expr(in);
        typed = true;
      }
      if (is_fam(l)) {
        // A string initializing it directly is pointed at; elided elements
        // at the enclosing list.
        bool d = direct(sub, in, et);
        fam_error(st, d ? in : cur_list_, d);
      }
      if (is_aggregate(sub) && !direct(sub, in, et)) {
        if (l.pos + 1 > l.max) l.max = l.pos + 1;  // this element is (partly) initialized
        st.push_back(Level{sub, 0, limit_of(sub), 0});
        continue;
      }
      if (!is_aggregate(sub)) {
        s_.check_assignable(sub, in, "initialization");
        constant(sub, in);
      }
      advance(l);
      return;
    }
  }

  // Member index of NAME in record level L, entering anonymous members
  // (pushing their levels); false if there is none.
  bool find_field(std::vector<Level>& st, pp::StrId name) {
    Level& l = st.back();
    const Record& r = types().record(l.t);
    for (uint64_t i = 0; i < r.members.size(); ++i) {
      const Member& m = r.members[i];
      if (m.name == name) {
        l.pos = i;
        return true;
      }
    }
    for (uint64_t i = 0; i < r.members.size(); ++i) {
      const Member& m = r.members[i];
      if (m.name || m.is_bitfield || !m.type || types()[m.type].kind != TK::Record) continue;
      uint64_t off;
      const Member* found;
      if (!s_.find_member(m.type, name, &off, &found)) continue;
      st.back().pos = i;
      st.push_back(Level{m.type, 0, limit_of(m.type), 0});
      return find_field(st, name);
    }
    return false;
  }

  // Moves the stack to the subobject a designator list names (6.7.9p17-18).
  bool designate(std::vector<Level>& st, NodeId des) {
    for (NodeId d = des; d; d = s_.node(d).next) {
      const Node& dn = s_.node(d);
      Level& l = st.back();
      TK k = types()[l.t].kind;
      if (dn.kind == Kind::DesigField) {
        if (k != TK::Record) {
          s_.error(des, "field name not in record or union initializer");
          return false;
        }
        if (!find_field(st, dn.a)) {
          s_.error_tok(dn.last, "'" + s_.spell(l.t) + "' has no member named '" +
                                    s_.str(dn.a) + "'");
          return false;
        }
      } else if (dn.kind == Kind::DesigIndex) {
        if (k != TK::Array && k != TK::Vector) {
          s_.error(dn.a, "array index in non-array initializer");
          return false;
        }
        TypeId it = s_.expr(dn.a);
        TypeId ht = dn.b ? s_.expr(dn.b) : it;
        Int lo = 0, hi = 0;
        if (!it || !ht) return false;
        if (!s_.int_const(dn.a, lo)) {
          s_.error(dn.a, "nonconstant array index in initializer");
          return false;
        }
        hi = lo;
        if (dn.b && !s_.int_const(dn.b, hi)) {
          s_.error(dn.b, "nonconstant array index in initializer");
          return false;
        }
        if (lo < 0 || hi < lo) return false;
        if (l.limit != kUnbounded && UInt(hi) >= l.limit) return false;
        if (uint64_t(hi) + 1 > l.max) l.max = uint64_t(hi) + 1;
        l.pos = uint64_t(hi);
      } else {
        return false;
      }
      if (s_.node(d).next) {
        Level& cur = st.back();
        TypeId sub = sub_type(cur);
        if (!sub || !is_aggregate(sub)) {
          // A further designator into a scalar: gcc's errors above apply to it.
          const Node& nx = s_.node(s_.node(d).next);
          s_.error(des, nx.kind == Kind::DesigField ? "field name not in record or union initializer"
                                                    : "array index in non-array initializer");
          return false;
        }
        if (cur.pos + 1 > cur.max) cur.max = cur.pos + 1;
        st.push_back(Level{sub, 0, limit_of(sub), 0});
      }
    }
    return true;
  }

  // A brace-enclosed list for an object of type T.
  TypeId braced(NodeId list, TypeId t) {
    NodeId first = s_.node(list).a;
    if (!is_aggregate(t)) {
      // A scalar in braces (6.7.9p11); more than one element is a warning.
      for (NodeId it = first; it; it = s_.node(it).next) {
        NodeId in = s_.node(it).b;
        if (it == first && !s_.node(it).a) {
          std::vector<Level> none;  // gcc's notes name the object itself
          frames_.push_back(&none);
          init(in, t);
          frames_.pop_back();
        } else {
          type_only(in);
        }
      }
      return t;
    }
    // char s[] = { "abc" } (6.7.9p14: optionally enclosed in braces).
    if (first && !s_.node(first).next && !s_.node(first).a && types()[t].kind == TK::Array) {
      NodeId in = s_.node(first).b;
      NodeId n = in;
      while (s_.node(n).kind == Kind::Paren) n = s_.node(n).a;
      if (s_.node(n).kind == Kind::StringLit) {
        TypeId et = s_.expr(in);
        if (string_init(t, in, et)) return complete(t, types()[et].extra);
        if (string_mismatch(t, in, et)) return t;
        positional_from_typed(t, in);
        return complete(t, 1);
      }
    }
    NodeId saved_list = cur_list_;
    cur_list_ = list;
    ++depth_;
    std::vector<Level> st;
    st.push_back(Level{t, 0, limit_of(t), 0});
    frames_.push_back(&st);
    for (NodeId it = first; it; it = s_.node(it).next) {
      const Node& item = s_.node(it);
      if (item.a) {
        st.resize(1);
        if (!designate(st, item.a)) {
          type_only(item.b);
          continue;
        }
      }
      positional(st, item.b);
    }
    frames_.pop_back();
    --depth_;
    cur_list_ = saved_list;
    return complete(t, st.front().max);
  }

  // A typed string literal met as the only element of a non-character array.
  void positional_from_typed(TypeId t, NodeId in) {
    TypeId sub = types()[t].base;
    if (!is_aggregate(sub)) {
      s_.check_assignable(sub, in, "initialization");
      constant(sub, in);
    }
  }
};

} // namespace

TypeId Sema::initializer(NodeId init, TypeId t, bool static_storage, pp::StrId name) {
  if (!init) return t;
  InitWalker w(*this, static_storage, name);
  return w.init(init, t);
}

} // namespace kcarve::ast
