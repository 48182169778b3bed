// fates.cc — each function's and object's fate, asked of the policy: patched,
// externalized, copied, left to its header; block-scope statics (carver.h).
#include "closure/carver.h"

namespace kcarve::closure::detail {

bool Carver::unique_name(const std::string& n, SymId self) const {
  auto it = names_.find(n);
  if (it != names_.end() && !(self && it->second == self)) return false;
  return !taken_.count(n);
}

Ent* Carver::decide(SymId root, uint32_t item, pp::Loc where) {
  auto it = ents_.find(root);
  if (it != ents_.end()) return &it->second;
  Ent& e = ents_[root];
  e.reason = Reason::Referenced;
  e.first_use = item;
  // Defined by text the output holds anyway (another declaration of the
  // same invocation, SYSCALL_DEFINE's metadata): it is what it was.  (Not a
  // plain declaration kept for the type it defines, `static struct {...} x;`:
  // that x is decided as any other, its text giving way to the synth's.)
  if (SymId def = definition_of(root)) {
    uint32_t def_item = item_of(sem_.symbols[def].decl);
    if (plan_.keep_item[def_item] && invocation_of(def_item) >= 0) {
      e.fate = Fate::Kept;
      e.out = std::string(str(sem_.symbols[root].name));
      return &e;
    }
  }
  // A function declared only at block scope by a macro's body, never
  // defined: its declaration is in the invocation that uses it, which the
  // output keeps as written.  In the kernel these are compiletime_assert's
  // `__compiletime_assert_N`, declared with __attribute__((error)) and never
  // called in code that compiles; a real call would fail the module's link,
  // not go wrong at run time.  (One the function's own text declares is the
  // policy's to decide, as any other.)
  if (sem_.symbols[root].kind == ast::SymKind::Function && !definition_of(root)) {
    bool block_only = true;
    for (SymId s = root; s; s = next_[s])
      if (sem_.symbols[s].decl) {
        NodeId dn = decl_name(sem_.symbols[s].decl);
        if (!sem_.symbols[s].scope_depth || !dn || editable(tu_[dn].first)) block_only = false;
      }
    if (block_only) {
      e.fate = Fate::Kept;
      e.out = std::string(str(sem_.symbols[root].name));
      return &e;
    }
  }
  if (sem_.symbols[root].kind == ast::SymKind::Function) decide_function(root, e, where);
  else decide_object(root, e, where);
  return &ents_[root];
}

// What the body of the header function DEF (used from its header, not
// copied) reaches in the running kernel: the file-scope functions and objects
// it names that are not header functions themselves (followed in turn):
// declared only, or the unit's own globals.  Their uses stay in the header's
// text, under their own names, so they cannot be renamed; the plan lists
// them (OutputPlan::header_refs) for a policy that can bind a name as it is
// (a klp relocation).
void Carver::header_refs(SymId def) {
  std::vector<SymId> work{def};
  while (!work.empty()) {
    SymId f = work.back();
    work.pop_back();
    if (!header_seen_.insert(f).second) continue;
    std::vector<NodeId> stack{sem_.symbols[f].decl};
    while (!stack.empty()) {
      NodeId n = stack.back();
      stack.pop_back();
      const Node& nd = tu_[n];
      if (nd.kind == Kind::Ident) {
        SymId s = sem_.node_sym[n];
        if (s && !sem_.symbols[s].scope_depth && !sem_.symbols[s].is_builtin &&
            (sem_.symbols[s].kind == ast::SymKind::Function || sem_.symbols[s].kind == ast::SymKind::Object)) {
          SymId r = root_of(s);
          bool function = sem_.symbols[r].kind == ast::SymKind::Function;
          SymId d = definition_of(r);
          int32_t den = d ? plan_.item_entry[item_of(sem_.symbols[d].decl)] : -1;
          if (d && function && den >= 0 && eclass_[den] != EC_MAIN &&
              tu_[sem_.symbols[d].decl].kind == Kind::FunctionDef) {
            work.push_back(d);  // another header function: what it names counts too
          } else if (sem_.symbols[r].linkage == ast::Linkage::External && header_ref_seen_.insert(r).second) {
            // Declared only, or defined by the unit (a tracepoint that
            // CREATE_TRACE_POINTS defines here, a global the header calls).
            plan_.header_refs.push_back({std::string(str(sem_.symbols[r].name)), function});
          }
        }
      }
      uint8_t slots = ast::child_slots(nd.kind);
      const uint32_t kids[4] = {nd.a, nd.b, nd.c, nd.d};
      for (int k = 0; k < 4; ++k)
        if (slots & (1u << k))
          for (NodeId c = kids[k]; c; c = tu_[c].next) stack.push_back(c);
    }
  }
}

void Carver::decide_function(SymId root, Ent& e, pp::Loc where) {
  const ast::Symbol& y = sem_.symbols[root];
  std::string name(str(y.name));
  SymId def = definition_of(root);
  bool internal = y.linkage == ast::Linkage::Internal;
  uint32_t def_item = def ? item_of(sem_.symbols[def].decl) : 0;
  int32_t def_entry = def ? plan_.item_entry[def_item] : -1;
  bool from_header = def && def_entry >= 0 && eclass_[def_entry] != EC_MAIN;
  std::string def_loc = def ? where_text(loc_of(sem_.symbols[def].decl)) : std::string();
  std::optional<bool> can = pol_.can_externalize_fun(name, def != 0, internal, def_loc, where);
  if (!can) { failed_ = true; return; }
  bool ext = false;
  if (*can) {
    std::optional<bool> shall = pol_.shall_externalize_fun(name, from_header, where);
    if (!shall) { failed_ = true; return; }
    ext = *shall;
  }
  if (!ext && !def) {
    diag_.error(where, "'" + name + "' must be externalized but the policy says it cannot be");
    failed_ = true;
    return;
  }
  if (ext) {
    externalize(root, e, true, internal, name, where);
    return;
  }
  if (from_header && (eclass_[def_entry] == EC_AVAIL || include_target(def_entry) >= 0)) {
    e.fate = Fate::FromHeader;
    e.out = name;
    need_item(def_item, Reason::Called);
    header_refs(def);
    return;
  }
  // A function the patch adds with external linkage: the module's own, under
  // its name, so that the other carved units of the same patch link to it.
  if (def && !internal &&
      std::find(in_.new_globals.begin(), in_.new_globals.end(), name) != in_.new_globals.end()) {
    e.fate = Fate::Copied;
    e.out = name;
    take_name(e.out);
    keep(def_item, 0);
    e.def_item = def_item;
    return;
  }
  // Copied: kept, static, renamed — unless a macro's body or a paste spelled
  // its name (a tracepoint's trace_X): that text cannot be edited, and a
  // static copy may keep its name.
  e.fate = Fate::Copied;
  NodeId dn = decl_name(sem_.symbols[def].decl);
  if (dn && !editable(tu_[dn].first)) e.out = name;
  else for (unsigned retry = 0;; ++retry) {
    std::optional<std::string> nn = pol_.rename_rewritten_fun(name, retry, where);
    if (!nn) { failed_ = true; return; }
    if (unique_name(*nn)) { e.out = *nn; break; }
    if (retry >= 64) {
      diag_.error(where, "renaming '" + name + "' to '" + *nn + "' collides with a name in the output");
      failed_ = true;
      return;
    }
  }
  take_name(e.out);
  e.make_static = !internal;
  // Kept even if in a header; scanned as its function, so that its
  // block-scope statics are offered like a patched function's: the copy
  // replaces the kernel's for the patched callers and must share its state.
  keep(def_item, root);
  e.def_item = def_item;
}

// A pointer cannot stand in an initializer of a static object (C11 6.7.9p4:
// an address constant is needed).  A read-only object is copied instead (its
// contents cannot have changed); anything else cannot be carved so.
void Carver::pointer_in_static_init(SymId root, Ent& e, TokIdx tok) {
  const ast::TypeTable& tt = sem_.types;
  TypeId t = sem_.symbols[root].type;
  while (t && tt[t].kind == ast::TK::Array) t = tt[t].base;
  SymId def = definition_of(root);
  std::string name(str(sem_.symbols[root].name));
  if (!t || !(tt[t].quals & ast::Q_CONST) || !def || sem_.symbols[root].kind != ast::SymKind::Object) {
    diag_.error(pp_.tokens[tok].loc, "'" + name + "' is reached through a pointer but used in a static initializer");
    failed_ = true;
    return;
  }
  if (e.synth >= 0) plan_.synth[e.synth].dropped = true;
  e.synth = -1;
  plan_.externs.erase(std::remove_if(plan_.externs.begin(), plan_.externs.end(),
                                     [&](const ExternEntry& x) { return x.name == e.out; }),
                      plan_.externs.end());
  e.fate = Fate::Copied;
  e.pointer = false;
  e.out = name;
  e.make_static = sem_.symbols[root].linkage == ast::Linkage::External;
  need_item(item_of(sem_.symbols[def].decl), Reason::Referenced);
}

// A use of a kept (patched or copied) function before its definition needs
// the prototype that preceded the use in the original.
void Carver::keep_prototype(SymId root, Ent& e, uint32_t use_item) {
  if (e.proto_kept || use_item >= e.def_item) return;
  e.proto_kept = true;
  for (SymId s = root; s; s = next_[s]) {
    if (!sem_.symbols[s].decl || sem_.symbols[s].scope_depth) continue;
    uint32_t it = item_of(sem_.symbols[s].decl);
    if (it < use_item && pure_prototype(it, root)) {
      keep(it, 0);
      return;
    }
  }
}

void Carver::decide_object(SymId root, Ent& e, pp::Loc where) {
  const ast::Symbol& y = sem_.symbols[root];
  std::string name(str(y.name));
  // A global register variable (GNU C: `register T x asm("rsp")`, the
  // kernel's current_stack_pointer) names a CPU register, not a symbol of
  // the running kernel: its declaration is needed as written.
  if (y.storage == ast::Storage::Register && y.scope_depth == 0 && y.decl) {
    e.fate = Fate::Kept;
    e.out = name;
    need_item(item_of(y.decl), Reason::Referenced);
    return;
  }
  std::optional<bool> shall = pol_.shall_externalize_obj(name, where);
  if (!shall) { failed_ = true; return; }
  bool internal = y.linkage == ast::Linkage::Internal;
  if (*shall) {
    externalize(root, e, false, internal, name, where);
    return;
  }
  SymId def = definition_of(root);
  if (!def) {
    diag_.error(where, "'" + name + "' must be externalized but the policy says it cannot be");
    failed_ = true;
    return;
  }
  e.fate = Fate::Copied;
  e.out = name;
  e.make_static = !internal;  // a new instance, private to the patch
  need_item(item_of(sem_.symbols[def].decl), Reason::Referenced);
}

// Whether an asm takes the address of ROOT's entity as a link-time constant.
bool Carver::constant_address(SymId root) {
  if (const_addr_.empty()) {
    const_addr_.assign(sem_.symbols.size(), 0);
    for (SymId s : constant_address_objects(tu_, sem_)) const_addr_[s] = 1;
  }
  for (SymId s = root; s; s = next_[s])
    if (const_addr_[s]) return true;
  return false;
}

bool Carver::externalize(SymId root, Ent& e, bool function, bool internal, const std::string& qname, pp::Loc where) {
  const ast::Symbol& y = sem_.symbols[root];
  std::string name(str(y.name));
  // A pre-included file (-include) declares it: the output's command line
  // includes that again, so a pointer or a linkage change cannot keep the
  // name (the header exclusion of the closure cannot help there).
  bool pre_declared = false;
  for (SymId s = root; s && y.scope_depth == 0; s = next_[s])
    if (sem_.symbols[s].decl && sem_.symbols[s].scope_depth == 0) {
      int32_t en = plan_.item_entry[item_of(sem_.symbols[s].decl)];
      pre_declared |= en >= 0 && eclass_[en] == EC_AVAIL;
    }
  SymbolChange ch;
  bool fixed_address = !function && constant_address(root);
  for (unsigned retry = 0;; ++retry) {
    std::optional<SymbolChange> c =
        pol_.modify_externalized_sym(function, qname, retry, where, internal, fixed_address);
    if (!c) { failed_ = true; return false; }
    if (c->make_pointer && fixed_address) {
      diag_.error(where, "cannot make '" + qname + "' a pointer: an asm takes its address as a link-time constant"
                         " (\"i\": a jump label's key)");
      failed_ = true;
      return false;
    }
    bool changed = c->make_pointer || c->linkage != LinkageChange::Keep;
    if (unique_name(c->new_name, y.scope_depth == 0 && !(pre_declared && changed) ? root : 0)) { ch = *c; break; }
    if (retry >= 64) {
      diag_.error(where, "renaming '" + qname + "' to '" + c->new_name + "' collides with a name in the output");
      failed_ = true;
      return false;
    }
  }
  take_name(ch.new_name);
  e.fate = Fate::Externalized;
  e.out = ch.new_name;
  e.pointer = ch.make_pointer;
  e.relinked = ch.linkage != LinkageChange::Keep && ch.new_name == name;
  plan_.externs.push_back({ch.new_name, name, ch.make_pointer, function, qname});
  bool plain = !ch.make_pointer && ch.new_name == name && y.scope_depth == 0;
  // `extern T x[];` while the definition gives the length: the output
  // declares the length, as a sizeof of x (ARRAY_SIZE) needs it.
  const ast::TypeTable& tt = sem_.types;
  auto lengthless = [&](TypeId t) { return t && tt[t].kind == ast::TK::Array && (tt[t].flags & ast::TF_ARR_INCOMPLETE); };
  TypeId composite = 0;
  for (SymId s = root; s; s = next_[s]) composite = sem_.symbols[s].type;
  bool sized = composite && tt[composite].kind == ast::TK::Array && !lengthless(composite);
  if (plain) {
    // A declaration in a header that may be #included, else a kept prototype.
    for (SymId s = root; s; s = next_[s]) {
      const ast::Symbol& d = sem_.symbols[s];
      if (!d.decl || d.scope_depth || (sized && lengthless(d.type))) continue;
      uint32_t it = item_of(d.decl);
      int32_t en = plan_.item_entry[it];
      if (en >= 0 && (eclass_[en] == EC_AVAIL || (eclass_[en] == EC_HEADER && include_target(en) >= 0)) &&
          (function || d.storage == ast::Storage::Extern)) {
        need_item(it, Reason::Referenced);
        return true;
      }
    }
    for (SymId s = root; s; s = next_[s]) {
      const ast::Symbol& d = sem_.symbols[s];
      if (!d.decl || d.scope_depth || (sized && lengthless(d.type))) continue;
      uint32_t it = item_of(d.decl);
      if (pure_prototype(it, root)) { need_item(it, Reason::Referenced); return true; }
    }
  }
  SymId from = definition_of(root);
  if (!from) from = root;
  NodeId declarator = 0;
  NodeId specs = specs_of(from, &declarator);
  if (!specs || !declarator) {
    diag_.error(where, "cannot write a declaration of externalized '" + name + "'");
    failed_ = true;
    return false;
  }
  synth_decl(from, specs, e, e.first_use);
  return true;
}

void Carver::synth_decl(SymId decl_sym, NodeId specs, Ent& e, uint32_t item) {
  NodeId declarator = 0;
  specs_of(decl_sym, &declarator);
  NodeId nn = decl_name(declarator);
  e.synth = int32_t(plan_.synth.size());
  plan_.synth.push_back({specs, declarator, nn ? tu_[nn].first : 0, e.out, e.pointer, item, 0, 0});
  const ast::TypeTable& tt = sem_.types;
  TypeId t = sem_.symbols[decl_sym].type;
  for (SymId x = decl_sym; x; x = next_[x])  // the composite type: the length may come later
    t = sem_.symbols[x].type;
  if (t && tt[t].kind == ast::TK::Array && !(tt[t].flags & (ast::TF_ARR_INCOMPLETE | ast::TF_ARR_VLA))) {
    NodeId near = 0;
    for (NodeId d = declarator; d && tu_[d].kind != Kind::DeclName;) {
      const Node& n = tu_[d];
      if (n.kind == Kind::DeclArray) { if (!n.b) near = d; else near = 0; d = n.a; }
      else if (n.kind == Kind::DeclPointer || n.kind == Kind::DeclParen) { near = 0; d = n.b; }
      else if (n.kind == Kind::DeclFunction) { near = 0; d = n.a; }
      else break;
    }
    if (near) {
      plan_.synth.back().array_close = tu_[near].last;
      plan_.synth.back().array_len = tt[t].extra;
    }
  }
  for (NodeId s = specs; s; s = tu_[s].next) scan(s, item, 0);
  scan(declarator, item, 0);
}

// A block-scope static that holds no state of the running kernel but marks
// the object file for the linker or objtool: __ADDRESSABLE() and friends
// (named __UNIQUE_ID_..., placed in a .discard.* section).  There is no
// instance to share, so it stays in the copied body instead of being offered
// to the policy.
bool Carver::link_time_marker(const ast::Symbol& y, NodeId decl_stmt) const {
  if (str(y.name).substr(0, 12) == "__UNIQUE_ID_") return true;
  if (!decl_stmt) return false;
  for (uint32_t t = tu_[decl_stmt].first; t <= tu_[decl_stmt].last; ++t)
    if (pp_.tokens[t].kind == pp::TK_STRING && str(pp_.tokens[t].spelling).substr(0, 10) == "\".discard.")
      return true;
  return false;
}

void Carver::local_static(SymId s, NodeId decl_stmt, uint32_t item, SymId owner_fn) {
  if (ents_.count(s)) return;
  const ast::Symbol& y = sem_.symbols[s];
  if (link_time_marker(y, decl_stmt)) return;  // copied with the body, as gcc emits one per copy
  // Every name the statement declares (`static unsigned char sensekey = 0,
  // sensecode = 0;`): the statement leaves the function when the policy
  // externalizes them all; one externalized beside one kept cannot be.
  std::vector<SymId> names;
  if (decl_stmt)
    for (NodeId id = tu_[decl_stmt].b; id; id = tu_[id].next) {
      NodeId dn = decl_name(id);
      SymId x = dn && dn < sem_.node_sym.size() ? sem_.node_sym[dn] : 0;
      if (x) names.push_back(x);
    }
  if (std::find(names.begin(), names.end(), s) == names.end()) names.assign(1, s);
  std::string fn(str(sem_.symbols[owner_fn].name));
  std::vector<std::string> qnames;
  std::vector<uint8_t> shall_v;
  for (SymId x : names) {
    const ast::Symbol& xy = sem_.symbols[x];
    qnames.push_back(local_static_name(fn, str(xy.name)));
    NodeId dn = decl_name(xy.decl);
    std::optional<bool> shall = pol_.shall_externalize_obj(qnames.back(), loc_of(xy.decl), dn && !editable(tu_[dn].first));
    if (!shall) { failed_ = true; return; }
    shall_v.push_back(*shall);
  }
  size_t yes = size_t(std::count(shall_v.begin(), shall_v.end(), 1));
  if (!yes) return;
  if (!decl_stmt || yes != names.size()) {
    size_t k = size_t(std::find(shall_v.begin(), shall_v.end(), 1) - shall_v.begin());
    diag_.error(loc_of(sem_.symbols[names[k]].decl),
                "cannot externalize '" + qnames[k] + "': declared together with other names the policy keeps");
    failed_ = true;
    return;
  }
  pp::Loc where = loc_of(y.decl);
  for (size_t i = 0; i < names.size(); ++i) {
    Ent& e = ents_[names[i]];
    e.first_use = item;
    if (!externalize(names[i], e, false, true, qnames[i], loc_of(sem_.symbols[names[i]].decl))) return;
    plan_.externs.back().original = std::string(str(sem_.symbols[names[i]].name));
  }
  std::string qname = qnames[0];
  TokIdx first = tu_[decl_stmt].first;
  if (pp::is_macro_loc(pp_.tokens[first].loc) && !editable(first)) {
    // A macro's body declares it (memcpy's fortify check declares
    // WARN_ONCE's flag): the invocation is written expanded, without it.
    int32_t o = sm_.outer_expansion(pp_.expansion_loc(pp_.tokens[first].loc));
    if (o < 0) {
      diag_.error(where, "cannot externalize '" + qname + "': a macro declares it outside any invocation in the text");
      failed_ = true;
      return;
    }
    plan_.expand.push_back(uint32_t(o));
    plan_.drop_ranges.push_back({first, tu_[decl_stmt].last});
  } else {
    plan_.removed_decls.push_back(decl_stmt);
  }
  skip_ = {tu_[decl_stmt].first, tu_[decl_stmt].last};  // its initializer is not in the output
}

// A block-scope declaration (`extern int x;`, `int f(int);`) of an entity
// reached through a pointer would declare the name as the entity itself,
// against the file-scope pointer (or, for a function without `extern`, as a
// local pointer): it leaves the function, the pointer declared before the
// function standing for it.
void Carver::drop_block_decl(SymId s, pp::Loc where) {
  auto it = local_parent_.find(sem_.symbols[s].decl);
  if (it == local_parent_.end()) return;
  NodeId stmt = it->second;
  if (std::find(plan_.removed_decls.begin(), plan_.removed_decls.end(), stmt) != plan_.removed_decls.end()) return;
  if (tu_[tu_[stmt].b].next) {
    diag_.error(where, "cannot externalize '" + std::string(str(sem_.symbols[s].name)) +
                           "': declared together with other names");
    failed_ = true;
    return;
  }
  plan_.removed_decls.push_back(stmt);
}


} // namespace kcarve::closure::detail
