// inlining.cc — gcc's inlining decisions kept for copied helpers (carver.h).
#include "closure/carver.h"

namespace kcarve::closure::detail {

// --- inlining fidelity -------------------------------------------------------
//
// A copied static helper is compiled in the carve among far fewer callers
// than in the original unit, so gcc's inliner decides about it afresh: a
// helper it kept out of line because ten functions call it is inlined into
// the one patched function that calls it in the carve ("called once"), and
// the patched function's code no longer is the running kernel's.  With the
// original's decisions at hand (InliningFacts, from -fdump-ipa-clones), a
// helper gcc kept out of line wherever the carve calls it is pinned there:
// `noinline` (and `noclone`, unless gcc cloned it there: with fewer callers
// the carve's gcc would specialize it for them).  A helper gcc inlined is
// not pinned the other way: `always_inline` makes gcc inline it in the
// early passes, before the caller's branch probabilities are estimated,
// where the original inlined it in the IPA inliner into a caller whose
// profile was already estimated — same instructions, other block order (49
// of 379 pinned kernel carves differed only by that).  The carve's IPA
// inliner, with fewer callers than the original's, inlines it again.  A
// helper the source already pins (noinline, always_inline, noipa) and one
// inlined into some of its carve callers and not others are left to gcc.

// The name of the function ITEM defines ("" when it is no definition).
std::string Carver::function_name_of(uint32_t item) const {
  NodeId d = plan_.items[item];
  if (tu_[d].kind != Kind::FunctionDef) return std::string();
  SymId s = sem_.node_sym[d];
  if (!s) if (NodeId nn = decl_name(d)) s = sem_.node_sym[nn];
  return s ? std::string(str(sem_.symbols[s].name)) : std::string();
}

// Whether a file-scope declaration of ROOT already pins the inliner
// (noinline, always_inline, noipa).
bool Carver::pins_inliner(SymId root) const {
  for (SymId s = root; s; s = next_[s]) {
    const ast::Symbol& y = sem_.symbols[s];
    if (!y.decl || y.scope_depth) continue;
    NodeId d = plan_.items[item_of(y.decl)];
    TokIdx last = tu_[d].kind == Kind::FunctionDef ? tu_[tu_[d].b].last : tu_[d].last;
    for (TokIdx t = tu_[d].first; t <= last; ++t) {
      std::string_view w = str(pp_.tokens[t].spelling);
      if (w == "noinline" || w == "__noinline__" || w == "always_inline" || w == "__always_inline__" ||
          w == "noipa" || w == "__noipa__")
        return true;
    }
  }
  return false;
}

// Whether gcc kept ROOT out of line in the original wherever the kept
// functions USERS call it: inlined into none of them, and a body left.
// The dump names the function an inlined body finally landed in: a helper
// called from C, where C was itself inlined into R, is "inlined to R"
// (af_packet.c: prb_fill_vlan_info, called by prb_run_all_ft_ops, inlined
// with it into prb_fill_curr_block).  So C counts with every function it
// was inlined into, transitively.  Only the callers whose code ends up in
// a patched function are asked, when there are any: a pin is for the
// patched function's code, and a copied helper kept out of line may have
// inlined ROOT where the patched function calls it (fs/d_path.c: prepend,
// inlined into __dentry_path's helpers, called out of line by
// dentry_path).
bool Carver::out_of_line(SymId root, const std::vector<uint32_t>& users, const InliningFacts& facts) const {
  std::string name(str(sem_.symbols[root].name));
  auto hosts_of = [&](const std::string& caller) {
    std::vector<std::string> hosts{caller};
    for (size_t k = 0; k < hosts.size(); ++k) {
      auto up = facts.inlined_into.find(hosts[k]);
      if (up == facts.inlined_into.end()) continue;
      for (const std::string& h : up->second)
        if (std::find(hosts.begin(), hosts.end(), h) == hosts.end()) hosts.push_back(h);
    }
    return hosts;
  };
  auto patched = [&](const std::string& f) {
    for (auto [p, item] : patched_)
      if (str(sem_.symbols[p].name) == f) return true;
    return false;
  };
  std::vector<std::vector<std::string>> all, relevant;
  for (uint32_t it : users) {
    std::string caller = function_name_of(it);
    if (caller.empty()) continue;  // named in an initializer: its address, not a call
    all.push_back(hosts_of(caller));
    if (std::any_of(all.back().begin(), all.back().end(), patched)) relevant.push_back(all.back());
  }
  if (all.empty() || facts.no_body.count(name)) return false;
  auto into = facts.inlined_into.find(name);
  if (into == facts.inlined_into.end()) return true;
  for (const std::vector<std::string>& hosts : relevant.empty() ? all : relevant)
    for (const std::string& h : hosts)
      if (into->second.count(h)) return false;
  return true;
}

// Calls of header function ROOT go through a noinline wrapper (WrapperDef):
// when its definition is a `static` one with a prototype and named
// parameters, not variadic.
void Carver::wrap(SymId root, Ent& e) {
  NodeId def = 0;
  for (SymId s = root; s && !def; s = next_[s])
    if (sem_.symbols[s].decl && tu_[sem_.symbols[s].decl].kind == Kind::FunctionDef) def = sem_.symbols[s].decl;
  if (!def) return;
  const Node& fd = tu_[def];
  bool is_static = has_keyword(fd.a, ast::KW_STATIC);
  const ast::TypeTable& tt = sem_.types;
  TypeId ft = sem_.symbols[root].type;
  if (!is_static || !ft || tt[ft].kind != ast::TK::Function || (tt[ft].flags & (ast::TF_FN_VARIADIC | ast::TF_FN_OLDSTYLE)))
    return;
  // The function declarator directly around the name: its parameters.
  NodeId fn_decl = 0;
  for (NodeId d = fd.b; d && tu_[d].kind != Kind::DeclName;) {
    const Node& n = tu_[d];
    if (n.kind == Kind::DeclFunction) fn_decl = d;
    d = n.kind == Kind::DeclPointer || n.kind == Kind::DeclParen ? n.b : n.a;
  }
  NodeId dn = decl_name(fd.b);
  if (!fn_decl || !dn) return;
  WrapperDef w;
  uint32_t nparams = uint32_t(tt.sigs[tt[ft].extra].count);
  for (NodeId pd = tu_[fn_decl].b; pd && nparams; pd = tu_[pd].next) {
    NodeId pn = tu_[pd].kind == Kind::ParamDecl ? decl_name(tu_[pd].b) : 0;
    if (!pn || !tu_[pn].a) return;  // an unnamed parameter
    w.params.emplace_back(str(tu_[pn].a));
  }
  if (w.params.size() != nparams) return;
  std::string name(str(sem_.symbols[root].name));
  pp::Loc where = loc_of(def);
  for (unsigned retry = 0;; ++retry) {
    std::optional<std::string> nn = pol_.rename_rewritten_fun(name, retry, where);
    if (!nn) { failed_ = true; return; }
    if (unique_name(*nn)) { w.name = *nn; break; }
    if (retry >= 64) return;
  }
  take_name(w.name);
  w.specs = fd.a;
  w.declarator = fd.b;
  w.name_tok = tu_[dn].first;
  w.callee = name;
  // The wrapper stands for the original's out-of-line copy: it keeps what
  // the definition's own attributes made of that (`inline` is `notrace` in
  // the kernel: no ftrace call).
  std::vector<std::string> own{"noinline", "noclone"};
  for (NodeId sp = fd.a; sp; sp = tu_[sp].next)
    if (tu_[sp].kind == Kind::SpecAttribute) shaping_attributes(tu_[sp].a, own);
  w.attr = "__attribute__((";
  for (size_t k = 0; k < own.size(); ++k) w.attr += (k ? ", __" : "__") + own[k] + "__";
  w.attr += "))";
  w.returns_void = tt[tt[ft].base].kind == ast::TK::Void;
  w.before_item = e.first_use;
  plan_.wrappers.push_back(std::move(w));
  e.out = plan_.wrappers.back().name;
  e.pin = "noinline, through a wrapper";
}

// The attributes of attribute list LIST (`__attribute__((...))` nodes,
// nested one level in a specifier) that shape a function's own code, added
// to FOUND once each: without them a function compiles to other code.
void Carver::shaping_attributes(NodeId list, std::vector<std::string>& found) const {
  static const char* const shaping[] = {"no_instrument_function", "cold", "hot", "noreturn", "noinline", "noclone",
                                        "noipa", "no_stack_protector", "no_profile_instrument_function",
                                        "nocf_check", "no_sanitize_address", "no_split_stack", "returns_twice"};
  for (NodeId at = list; at; at = tu_[at].next) {
    if (tu_[at].kind == Kind::SpecAttribute) shaping_attributes(tu_[at].a, found);
    if (tu_[at].kind != Kind::Attribute || !tu_[at].a || tu_[at].b) continue;
    std::string_view an = pp::attribute_base_name(str(tu_[at].a));
    for (const char* w : shaping)
      if (an == w && std::find(found.begin(), found.end(), an) == found.end()) found.emplace_back(an);
  }
}

// The code-shaping attributes found on declarations of ROOT the output does
// not carry (a header's prototype, not kept): the renamed definition is
// another function to gcc, and would lose them — `notrace` on
// include/linux/uaccess.h's copy_to_user_nofault() kept the original free
// of the ftrace call its carve had.
std::string Carver::lost_attributes(SymId root) const {
  std::vector<std::string> found;
  for (SymId s = root; s; s = next_[s]) {
    const ast::Symbol& y = sem_.symbols[s];
    if (!y.decl || y.scope_depth || tu_[y.decl].kind != Kind::InitDeclarator) continue;
    uint32_t item = item_of(y.decl);
    if (plan_.keep_item[item]) continue;
    const Node& d = tu_[plan_.items[item]];
    if (d.kind != Kind::Declaration) continue;
    for (NodeId sp = d.a; sp; sp = tu_[sp].next)
      if (tu_[sp].kind == Kind::SpecAttribute) shaping_attributes(tu_[sp].a, found);
    shaping_attributes(tu_[y.decl].d, found);
  }
  std::sort(found.begin(), found.end());
  std::string text;
  for (const std::string& a : found) text += (text.empty() ? "" : ", ") + ("__" + a + "__");
  return text.empty() ? text : "__attribute__((" + text + ")) ";
}

// Patched and copied definitions under a new name get the attributes their
// dropped declarations gave them (merged with an inlining pin).
void Carver::keep_attributes() {
  std::vector<SymId> roots;
  for (auto& [root, e] : ents_)
    if ((e.fate == Fate::Patched || e.fate == Fate::Copied) && e.out != str(sem_.symbols[root].name)) roots.push_back(root);
  std::sort(roots.begin(), roots.end());
  for (SymId root : roots) {
    std::string text = lost_attributes(root);
    if (text.empty()) continue;
    TokIdx first = tu_[plan_.items[ents_[root].def_item]].first;
    if (pp::is_macro_loc(pp_.tokens[first].loc)) continue;
    auto pin = std::find_if(plan_.pins.begin(), plan_.pins.end(), [&](const InlinePin& p) { return p.before == first; });
    if (pin != plan_.pins.end()) pin->text += text;
    else plan_.pins.push_back({first, text});
  }
  std::sort(plan_.pins.begin(), plan_.pins.end(),
            [](const InlinePin& a, const InlinePin& b) { return a.before < b.before; });
}

// A noinline pin on an inline definition: gcc warns that an inline
// function is given `noinline`, and drops the pin (with another warning)
// when the definition says `gnu_inline`, as the kernel's `inline` does
// (`inline __gnu_inline __inline_maybe_unused notrace`: the static inline
// helpers of file-local headers).  On a static function neither changes
// anything but inlining, so the pinned copy is written without them: their
// tokens are left out (an `inline` invocation is then written expanded,
// without them; its notrace stays).
void Carver::drop_inline(NodeId def) {
  if (tu_[def].kind != Kind::FunctionDef) return;
  for (NodeId sp = tu_[def].a; sp; sp = tu_[sp].next) {
    if (tu_[sp].kind == Kind::SpecKeyword && tu_[sp].op == ast::KW_INLINE)
      for (TokIdx t = tu_[sp].first; t <= tu_[sp].last; ++t) drop_token(t);
    if (tu_[sp].kind != Kind::SpecAttribute) continue;
    std::vector<NodeId> attrs, gi;
    for (NodeId at = tu_[sp].a; at; at = tu_[at].next) {
      attrs.push_back(at);
      if (tu_[at].kind == Kind::Attribute && tu_[at].a && pp::attribute_base_name(str(tu_[at].a)) == "gnu_inline")
        gi.push_back(at);
    }
    if (gi.empty()) continue;
    if (gi.size() == attrs.size()) {  // the whole __attribute__((...))
      for (TokIdx t = tu_[sp].first; t <= tu_[sp].last; ++t) drop_token(t);
      continue;
    }
    for (NodeId at : gi) {
      // With the comma that separates it from the next attribute (or the
      // previous one, when it is the last).
      TokIdx b = tu_[at].first, e = tu_[at].last;
      if (at != attrs.back()) ++e;
      else --b;
      for (TokIdx t = b; t <= e; ++t) drop_token(t);
    }
  }
}

void Carver::pin_inlining() {
  const InliningFacts* facts = in_.inlining;
  if (!facts) return;
  // Per copied function, and per header function: the kept functions whose
  // text names it.  A header function is wrapped only if every kept use is
  // a call the text spells (not a macro's body, not a declaration).
  std::unordered_map<SymId, std::vector<uint32_t>> users;
  std::unordered_set<SymId> unwrappable;
  for (const Ref& r : refs_) {
    auto it = ents_.find(r.ent);
    if (it == ents_.end() || sem_.symbols[r.ent].kind != ast::SymKind::Function) continue;
    Fate f = it->second.fate;
    if (f == Fate::FromHeader && (r.decl || !editable(r.tok))) unwrappable.insert(r.ent);
    if (r.decl || (f != Fate::Copied && f != Fate::FromHeader)) continue;
    std::vector<uint32_t>& u = users[r.ent];
    uint32_t item = item_of_tok(r.tok);
    if (std::find(u.begin(), u.end(), item) == u.end()) u.push_back(item);
  }
  std::vector<SymId> roots;
  for (auto& [root, items] : users) roots.push_back(root);
  std::sort(roots.begin(), roots.end());
  for (SymId root : roots) {
    Ent& e = ents_[root];
    std::string name(str(sem_.symbols[root].name));
    if (pins_inliner(root)) continue;
    if (e.fate == Fate::FromHeader) {
      if (!unwrappable.count(root) && out_of_line(root, users[root], *facts)) wrap(root, e);
      continue;
    }
    // The text before which the pin goes: the definition's first token, when
    // it is the definition's own (not a macro's that wrote more items).
    TokIdx first = tu_[plan_.items[e.def_item]].first;
    if (pp::is_macro_loc(pp_.tokens[first].loc)) {
      int32_t inv = sm_.outer_expansion(pp_.expansion_loc(pp_.tokens[first].loc));
      if (e.def_item > 0 && invocation_of(e.def_item - 1) == inv) continue;
    }
    if (!out_of_line(root, users[root], *facts)) {
      // Inlined where the carve calls it, but the original unit kept its body
      // for other callers: gcc's inliner weighed each call against a body
      // that stays.  `used` keeps it in the carve too, or the carve's gcc,
      // seeing the body go once the last call is inlined, inlines where the
      // original did not (tcrypt.c: testmgr_free_buf on the error path of
      // test_mb_skcipher_speed).
      if (facts->body_kept.count(name) && facts->inlined_into.count(name)) {
        plan_.pins.push_back({first, "__attribute__((__used__)) "});
        ents_[root].pin = "used";
      }
      continue;
    }
    // A helper left with fewer callers invites ipa-cp and ipa-sra to clone
    // it for them: not done in the original unless it was.  Nor may gcc
    // change it in place for them: with all its callers in view, gcc
    // propagates the arguments they agree on into the body (gfs2_create
    // passes gfs2_create_inode a NULL symname, the unit's other callers do
    // not).  `used` keeps callers gcc cannot see, as the original had.
    std::string text = facts->cloned.count(name) ? "__attribute__((__noinline__)) "
                                                 : "__attribute__((__noinline__, __noclone__, __used__)) ";
    plan_.pins.push_back({first, text});
    drop_inline(plan_.items[e.def_item]);
    ents_[root].pin = "noinline";
  }
  std::sort(plan_.pins.begin(), plan_.pins.end(),
            [](const InlinePin& a, const InlinePin& b) { return a.before < b.before; });
}


} // namespace kcarve::closure::detail
