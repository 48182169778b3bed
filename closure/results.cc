// results.cc — the output plan: pragmas, dropped tokens, quieted unused
// copies, prototypes, the final lists (carver.h).
#include "closure/carver.h"

namespace kcarve::closure::detail {

// --- results ---------------------------------------------------------------

// `#pragma pack` changes the layout of the structs after it (the bfa
// driver's headers pack their firmware structs): in the text the output
// copies, every one is kept, in its place, so each kept struct is laid out
// under the packing it had.  Those of #included headers come with them.
void Carver::pack_pragmas() {
  for (uint32_t i = 0; i < plan_.items.size(); ++i) {
    const Node& d = tu_[plan_.items[i]];
    if (d.kind != Kind::Pragma || plan_.keep_item[i] || d.first + 1 > d.last) continue;
    if (str(pp_.tokens[d.first].spelling) != "#pragma" || str(pp_.tokens[d.first + 1].spelling) != "pack") continue;
    int32_t en = plan_.item_entry[i];
    if (en < 0 || (eclass_[en] != EC_MAIN && !plan_.walk_entry[en]) || plan_.include_entry[en]) continue;
    plan_.keep_item[i] = 1;
  }
}

// Leaves token T out of the output.  A token a macro's body wrote (xfs's
// `STATIC`, PMU_FORMAT_ATTR's `static`) has no text of its own: its
// invocation is written expanded, without it.
void Carver::drop_token(TokIdx t) {
  plan_.drop_tokens.push_back(t);
  if (!pp::is_macro_loc(pp_.tokens[t].loc) || editable(t)) return;
  int32_t o = sm_.outer_expansion(pp_.expansion_loc(pp_.tokens[t].loc));
  if (o >= 0) plan_.expand.push_back(uint32_t(o));
}

// What the output defines that gcc would call unused where the original
// named it: static functions of #included headers (include/net/fq_impl.h
// in net/mac80211/tx.c: the #include is quieted for -Wunused-function), and
// static functions and objects of kept texts that come along with what the
// carve needs (quiet_item).  gcc does not warn about an inline function,
// one marked unused, or anything some text it reads names (page-flags.h's
// folio_flags, named by the header's inline functions).
void Carver::quiet_unused() {
  size_t ni = pp_.includes.size();
  plan_.quiet_unused.assign(ni, 0);
  plan_.quiet_item.assign(plan_.items.size(), 0);
  std::vector<int32_t> owner = include_owners();
  auto has_unused_attr = [&](NodeId specs) {
    for (NodeId sp = specs; sp; sp = tu_[sp].next)
      if (tu_[sp].kind == Kind::SpecAttribute)
        for (NodeId at = tu_[sp].a; at; at = tu_[at].next)
          if (tu_[at].kind == Kind::Attribute && tu_[at].a && pp::attribute_base_name(str(tu_[at].a)) == "unused")
            return true;
    return false;
  };
  auto unreached = [&](SymId s) {
    auto it = ents_.find(root_of(s));
    return it == ents_.end() || it->second.fate == Fate::None;
  };
  // Candidates: symbol -> (item, bit); an item in an #included header's text
  // stands for the header (bit 4).
  std::unordered_map<SymId, std::pair<uint32_t, uint8_t>> cand;
  for (uint32_t i = 0; i < plan_.items.size(); ++i) {
    int32_t en = plan_.item_entry[i];
    bool in_header = en >= 0 && owner[en] >= 0;
    if (!in_header && !plan_.keep_item[i]) continue;
    NodeId it = plan_.items[i];
    const Node& d = tu_[it];
    if (!has_keyword(d.a, ast::KW_STATIC) || has_unused_attr(d.a)) continue;
    if (d.kind == Kind::FunctionDef) {
      SymId s = sem_.node_sym[it];
      if (s && !has_keyword(d.a, ast::KW_INLINE) && unreached(s)) cand.emplace(root_of(s), std::make_pair(i, uint8_t(in_header ? 4 : 1)));
    } else if (d.kind == Kind::Declaration && !in_header) {
      for (NodeId id = d.b; id; id = tu_[id].next) {
        if (tu_[id].kind != Kind::InitDeclarator || tu_[id].d) continue;  // one with its own attributes: left
        NodeId dn = decl_name(tu_[id].a);
        SymId s = dn ? sem_.node_sym[dn] : 0;
        if (s && sem_.symbols[s].kind == ast::SymKind::Object && unreached(s)) cand.emplace(root_of(s), std::make_pair(i, uint8_t(2)));
      }
    }
  }
  if (cand.empty()) return;
  // Named by a text gcc reads: not unused.
  for (NodeId n = 1; n < tu_.nodes.size() && !cand.empty(); ++n) {
    if (tu_[n].kind != Kind::Ident || !sem_.node_sym[n]) continue;
    auto c = cand.find(root_of(sem_.node_sym[n]));
    if (c == cand.end()) continue;
    uint32_t item = item_of(n);
    int32_t en = plan_.item_entry[item];
    if (plan_.keep_item[item] || (en >= 0 && owner[en] >= 0)) cand.erase(c);
  }
  for (const auto& [sym, where] : cand) {
    if (where.second == 4) plan_.quiet_unused[owner[plan_.item_entry[where.first]]] = 1;
    else plan_.quiet_item[where.first] |= where.second;
  }
}

// A renamed patched function with external linkage has no declaration
// before its definition; under -Wmissing-prototypes (fs/btrfs/Makefile)
// gcc warns where the original, declared by a header, did not.  One is
// written just before the definition, from its specifiers and declarator.
void Carver::prototype_patched() {
  std::vector<SymId> roots;
  for (auto& [root, e] : ents_)
    if (e.fate == Fate::Patched && e.out != str(sem_.symbols[root].name)) roots.push_back(root);
  std::sort(roots.begin(), roots.end());
  for (SymId root : roots) {
    const Ent& e = ents_[root];
    bool external = sem_.symbols[root].linkage == ast::Linkage::External ? !e.make_static : e.drop_static;
    NodeId def = plan_.items[e.def_item];
    TypeId ft = sem_.symbols[root].type;
    if (!external || tu_[def].kind != Kind::FunctionDef || !ft || sem_.types[ft].kind != ast::TK::Function ||
        (sem_.types[ft].flags & ast::TF_FN_OLDSTYLE))
      continue;
    NodeId dn = decl_name(tu_[def].b);
    if (!dn) continue;
    plan_.synth.push_back({tu_[def].a, tu_[def].b, tu_[dn].first, e.out, false, e.def_item, 0, 0});
  }
}

// A patched or copied function is renamed, and __func__ in it would name
// the new symbol: pr_err("%s: ...", __func__) would print klpp_NAME, and
// dynamic debug's `func NAME` would not match its pr_debug sites.  Where its
// own text (not a file-level invocation that writes several functions)
// names it, directly or through a macro, the writer keeps the original.
void Carver::original_func_names() {
  for (const auto& [root, e] : ents_) {
    if ((e.fate != Fate::Patched && e.fate != Fate::Copied) || invocation_of(e.def_item) >= 0) continue;
    std::string name = function_name_of(e.def_item);
    if (name.empty() || name == e.out) continue;
    const Node& d = tu_[plan_.items[e.def_item]];
    uint8_t uses = 0;
    for (TokIdx t = d.first; t <= d.last; ++t) {
      if (pp_.tokens[t].kind != pp::TK_IDENT) continue;
      std::string_view sp = str(pp_.tokens[t].spelling);
      uses |= sp == "__func__" ? 1 : sp == "__FUNCTION__" ? 2 : sp == "__PRETTY_FUNCTION__" ? 4 : 0;
    }
    if (uses) plan_.func_names.push_back({e.def_item, name, uses});
  }
  std::sort(plan_.func_names.begin(), plan_.func_names.end(),
            [](const FuncName& a, const FuncName& b) { return a.item < b.item; });
}

void Carver::finish() {
  quiet_unused();
  if (in_.prototypes) prototype_patched();
  original_func_names();
  for (const Ref& ref : refs_) {
    TokIdx tok = ref.tok;
    auto it = ents_.find(ref.ent);
    if (it == ents_.end() || it->second.fate == Fate::None) continue;
    const Ent& e = it->second;
    if (ref.decl && (e.make_static || e.drop_static)) {  // the storage class of a kept declaration
      const Node& d = tu_[plan_.items[item_of_tok(tok)]];
      bool has_static = false;
      for (NodeId sp = d.a; sp; sp = tu_[sp].next) {
        if (tu_[sp].kind == Kind::SpecKeyword && tu_[sp].op == ast::KW_STATIC) {
          has_static = true;
          if (e.drop_static) drop_token(tu_[sp].first);
        }
        // A copy of an `extern inline` (gnu_inline) definition: static, not both.
        if (e.make_static && tu_[sp].kind == Kind::SpecKeyword && tu_[sp].op == ast::KW_EXTERN)
          drop_token(tu_[sp].first);
      }
      if (e.make_static && !has_static) plan_.add_static_before.push_back(d.first);
    }
    std::string_view orig = str(pp_.tokens[tok].spelling);
    bool is_decl_tok = false;
    // A declaration's own name: renamed, never dereferenced.
    for (const SynthDecl& s : plan_.synth) if (s.name_tok == tok) is_decl_tok = true;
    std::string text = e.pointer && !is_decl_tok ? "(*" + e.out + ")" : e.out;
    if (e.pointer && is_decl_tok) continue;
    if (text != orig) plan_.renames.push_back({tok, text});
  }
  std::sort(plan_.renames.begin(), plan_.renames.end());
  plan_.renames.erase(std::unique(plan_.renames.begin(), plan_.renames.end()), plan_.renames.end());
  for (auto& [root, e] : ents_) {
    if (e.synth < 0) continue;
    SynthDecl& sd = plan_.synth[e.synth];
    sd.before_item = e.first_use;
    // `static struct { ... } x;`: the declaration the synth is written from
    // was kept for the type it defines, and both would define x.  The
    // synth's specifiers define that type too, so it takes the item's place.
    uint32_t src = item_of(sd.declarator);
    const Node& sn = tu_[plan_.items[src]];
    if (!plan_.keep_item[src] || sn.kind != Kind::Declaration || sn.a != sd.specs || tu_[sn.b].next) continue;
    bool defines = false;
    for (NodeId sp = sd.specs; sp; sp = tu_[sp].next)
      defines |= (tu_[sp].kind == Kind::SpecStruct || tu_[sp].kind == Kind::SpecEnum) && tu_[sp].d;
    if (!defines) continue;
    plan_.keep_item[src] = 0;
    sd.before_item = std::min(sd.before_item, src);
  }
  plan_.synth.erase(std::remove_if(plan_.synth.begin(), plan_.synth.end(),
                                   [](const SynthDecl& x) { return x.dropped; }),
                    plan_.synth.end());
  // Tags only pointed to: `struct tag;` unless a kept or #included text declares them.
  uint32_t first_kept = 0;
  while (first_kept < plan_.items.size() && !plan_.keep_item[first_kept]) ++first_kept;
  for (uint32_t r = 0; r < rec_need_.size(); ++r) {
    if (!rec_need_[r] || rec_first_use_[r] == UINT32_MAX) continue;
    const ast::Record& rec = sem_.types.records[r];
    if (!rec.tag) continue;
    bool declared = false;
    if (rec_def_[r]) {
      uint32_t it = rec_def_[r] - 1;
      int32_t en = plan_.item_entry[it];
      declared = (plan_.keep_item[it] && it < rec_first_use_[r]) || (en >= 0 && eclass_[en] == EC_AVAIL);
      if (!declared && en >= 0 && eclass_[en] == EC_HEADER) {
        int32_t t = include_target(en);
        declared = t >= 0 && plan_.include_entry[t];
      }
    }
    for (const SynthDecl& sd : plan_.synth)  // a written declaration whose specifiers define it
      for (NodeId sp = sd.specs; sp && !declared && sd.before_item <= rec_first_use_[r]; sp = tu_[sp].next) {
        TypeId st = tu_[sp].kind == Kind::SpecStruct && tu_[sp].d ? sem_.node_type[sp] : 0;
        declared = st && sem_.types[st].kind == ast::TK::Record && sem_.types[st].extra == r;
      }
    if (!declared)
      plan_.tag_decls.push_back({std::string(rec.is_union ? "union " : "struct ") + std::string(str(rec.tag)), first_kept});
  }
  std::sort(plan_.drop_tokens.begin(), plan_.drop_tokens.end());
  std::sort(plan_.add_static_before.begin(), plan_.add_static_before.end());
  plan_.add_static_before.erase(std::unique(plan_.add_static_before.begin(), plan_.add_static_before.end()),
                                plan_.add_static_before.end());
  std::vector<std::pair<std::string, std::string>> lines;
  static const char* const fate_names[] = {"none", "patched", "copied", "externalized", "from-header", "kept"};
  for (auto& [root, e] : ents_) {
    std::string n(str(sem_.symbols[root].name));
    std::string l = n + ": " + fate_names[int(e.fate)];
    if (e.out != n && !e.out.empty()) l += " as " + (e.pointer ? "*" + e.out : e.out);
    if (e.pin) l += std::string(", pinned ") + e.pin;
    if (e.fate != Fate::Patched && e.first_use < plan_.items.size()) {  // kpatch-style: why it is in
      NodeId u = plan_.items[e.first_use];
      SymId us = tu_[u].kind == Kind::FunctionDef ? sem_.node_sym[u] : 0;
      if (us) l += " (used by " + std::string(str(sem_.symbols[us].name)) + ")";
      else l += " (used at " + where_text(loc_of(u)) + ")";
    }
    lines.push_back({n, l});
  }
  std::sort(lines.begin(), lines.end());
  for (auto& l : lines) plan_.explain += l.second + "\n";
  std::sort(plan_.externs.begin(), plan_.externs.end(),
            [](const ExternEntry& a, const ExternEntry& b) { return a.name < b.name; });
}


} // namespace kcarve::closure::detail
