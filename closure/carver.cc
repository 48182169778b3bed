// carver.cc — the closure's driver: setup (items, tags, redeclaration chains), the
// patched functions, the passes until the decisions settle (carver.h).
#include "closure/carver.h"

namespace kcarve::closure::detail {

// --- setup -----------------------------------------------------------------

void Carver::index_items() {
  for (NodeId d = tu_.decls; d; d = tu_[d].next) {
    plan_.items.push_back(d);
    item_first_.push_back(tu_[d].first);
    plan_.item_entry.push_back(sm_.entry_of_token(tu_[d].first));
    plan_.is_function_item.push_back(tu_[d].kind == Kind::FunctionDef);
  }
  size_t ni = pp_.includes.size();
  eclass_.assign(ni, EC_HEADER);
  eligible_.assign(ni, -1);
  conflict_.assign(ni, 0);
  for (size_t i = 0; i < ni; ++i) {
    const pp::IncludeRecord& r = pp_.includes[i];
    switch (r.kind) {
    case pp::IncludeKind::Main: eclass_[i] = EC_MAIN; break;
    case pp::IncludeKind::Include: case pp::IncludeKind::IncludeNext:
      eclass_[i] = r.parent >= 0 && eclass_[r.parent] == EC_AVAIL ? EC_AVAIL : EC_HEADER;
      break;
    default: eclass_[i] = EC_AVAIL; break;
    }
  }
  for (SymId s = 1; s < sem_.symbols.size(); ++s) {
    const ast::Symbol& y = sem_.symbols[s];
    if (y.scope_depth || !y.name) continue;
    auto [it, fresh] = names_.emplace(std::string(str(y.name)), root_of(s));
    if (!fresh && it->second != root_of(s)) it->second = UINT32_MAX;
  }
  for (const pp::MacroDef& m : pp_.macros) names_[std::string(str(m.name))] = UINT32_MAX;
}

// The items that define each file-scope struct, union and enum.
void Carver::index_tags() {
  rec_def_.assign(sem_.types.records.size(), 0);
  enum_def_.assign(sem_.types.enums.size(), 0);
  std::vector<NodeId> stack;
  for (uint32_t i = 0; i < plan_.items.size(); ++i) {
    if (tu_[plan_.items[i]].kind == Kind::FunctionDef) continue;  // tags defined in a body are local
    stack.assign(1, plan_.items[i]);
    while (!stack.empty()) {
      NodeId n = stack.back();
      stack.pop_back();
      const Node& nd = tu_[n];
      if ((nd.kind == Kind::SpecStruct || nd.kind == Kind::SpecEnum) && nd.d && sem_.node_type[n]) {
        const ast::Type& t = sem_.types[sem_.node_type[n]];
        if (t.kind == ast::TK::Record && !rec_def_[t.extra]) rec_def_[t.extra] = i + 1;
        if (t.kind == ast::TK::Enum && !enum_def_[t.extra]) enum_def_[t.extra] = i + 1;
      }
      uint8_t slots = ast::child_slots(nd.kind);
      const uint32_t kids[4] = {nd.a, nd.b, nd.c, nd.d};
      for (int k = 0; k < 4; ++k)
        if (slots & (1u << k))
          for (NodeId c = kids[k]; c; c = tu_[c].next) stack.push_back(c);
    }
  }
}

void Carver::index_chains() {
  next_.assign(sem_.symbols.size(), 0);
  for (SymId s = 1; s < sem_.symbols.size(); ++s)
    if (sem_.symbols[s].prev) next_[sem_.symbols[s].prev] = s;
}

SymId Carver::definition_of(SymId root) const {
  SymId found = 0;
  for (SymId s = root; s; s = next_[s]) {
    const ast::Symbol& y = sem_.symbols[s];
    if (y.kind == ast::SymKind::Function && y.decl && tu_[y.decl].kind == Kind::FunctionDef) return s;
    if (y.kind == ast::SymKind::Object && y.decl && tu_[y.decl].kind == Kind::InitDeclarator && tu_[y.decl].b)
      return s;
    if (y.kind == ast::SymKind::Object && y.storage != ast::Storage::Extern && y.scope_depth == 0 && !found)
      found = s;
  }
  return found;
}

// The DeclName at the core of a declarator.
NodeId Carver::decl_name(NodeId d) const {
  while (d) {
    const Node& n = tu_[d];
    switch (n.kind) {
    case Kind::DeclName: return d;
    case Kind::DeclPointer: case Kind::DeclParen: d = n.b; break;
    case Kind::DeclArray: case Kind::DeclFunction: d = n.a; break;
    case Kind::InitDeclarator: d = n.a; break;
    case Kind::FunctionDef: d = n.b; break;
    default: return 0;
    }
  }
  return 0;
}

// The specifier list of the declaration that declared S, and its declarator.
NodeId Carver::specs_of(SymId s, NodeId* declarator) const {
  NodeId d = sem_.symbols[s].decl;
  if (!d) return 0;
  const Node& n = tu_[d];
  if (n.kind == Kind::FunctionDef) { *declarator = n.b; return n.a; }
  if (n.kind != Kind::InitDeclarator) return 0;
  *declarator = n.a;
  NodeId parent = 0;
  if (sem_.symbols[s].scope_depth == 0) parent = plan_.items[item_of(d)];
  else {
    auto it = local_parent_.find(d);
    if (it != local_parent_.end()) parent = it->second;
  }
  if (!parent || tu_[parent].kind != Kind::Declaration) return 0;
  return tu_[parent].a;
}

// ITEM is `T name(...);` (or `extern T name;`) declaring only ROOT's entity.
bool Carver::pure_prototype(uint32_t item, SymId root) const {
  const Node& d = tu_[plan_.items[item]];
  if (d.kind != Kind::Declaration || (d.op & ast::DF_TYPEDEF) || !d.b || tu_[d.b].next || tu_[d.b].b) return false;
  // One a macro wrote (EXPORT_SYMBOL's `extern typeof(x) x;`) shares its
  // invocation's text with other declarations: not a text of its own.
  if (pp::is_macro_loc(pp_.tokens[d.first].loc) && pp::is_macro_loc(pp_.tokens[d.last].loc) &&
      sm_.outer_expansion(pp_.expansion_loc(pp_.tokens[d.first].loc)) ==
          sm_.outer_expansion(pp_.expansion_loc(pp_.tokens[d.last].loc)))
    return false;
  NodeId nn = decl_name(d.b);
  if (!nn || root_of(sem_.node_sym[nn]) != root) return false;
  for (NodeId s = d.a; s; s = tu_[s].next)  // no tag defined along with it
    if ((tu_[s].kind == Kind::SpecStruct || tu_[s].kind == Kind::SpecEnum) && tu_[s].d) return false;
  const ast::Symbol& y = sem_.symbols[root];
  return y.kind == ast::SymKind::Function || sem_.symbols[sem_.node_sym[nn]].storage == ast::Storage::Extern;
}

// Whether token T's spelling lies in the text (a file token, or one that
// came only through macro arguments).
// Whether the specifier list SPECS has the keyword KW (static, inline).
bool Carver::has_keyword(NodeId specs, int kw) const {
  for (NodeId sp = specs; sp; sp = tu_[sp].next)
    if (tu_[sp].kind == Kind::SpecKeyword && tu_[sp].op == kw) return true;
  return false;
}

bool Carver::editable(TokIdx t) const {
  for (pp::Loc x = pp_.tokens[t].loc; pp::is_macro_loc(x);) {
    const pp::ExpLoc& el = pp_.exp_locs[x & ~pp::kMacroLocBit];
    if (el.role != pp::ExpLoc::Arg && el.role != pp::ExpLoc::ArgRaw) return false;
    x = el.spelling;
  }
  return true;
}


// --- patched functions -------------------------------------------------------

void Carver::check_patched_names() {
  for (const std::string& want : in_.patched_names) {
    SymId found = 0;
    for (SymId s = 1; s < sem_.symbols.size(); ++s) {
      const ast::Symbol& y = sem_.symbols[s];
      if (y.kind == ast::SymKind::Function && y.scope_depth == 0 && str(y.name) == want) { found = s; break; }
    }
    SymId other = 0;  // a file-scope object, typedef, ... of that name
    for (SymId s = 1; !found && !other && s < sem_.symbols.size(); ++s) {
      const ast::Symbol& y = sem_.symbols[s];
      if (y.scope_depth == 0 && str(y.name) == want) other = s;
    }
    if (other) {
      diag_.error(loc_of(sem_.symbols[other].decl), "patched function '" + want + "' is not a function");
      failed_ = true;
    } else if (!found) {
      diag_.error_at("kcarve", "patched function '" + want + "' is not declared in this translation unit");
      failed_ = true;
    } else if (!definition_of(found)) {
      diag_.error(loc_of(sem_.symbols[found].decl), "patched function '" + want + "' has no body here");
      failed_ = true;
    }
  }
}

// Asks is-patched of every function defined in the main file (and of the
// --patched-functions names defined in headers), renames the patched ones.
bool Carver::patch_all() {
  for (uint32_t i = 0; i < plan_.items.size(); ++i) {
    NodeId d = plan_.items[i];
    if (tu_[d].kind != Kind::FunctionDef) continue;
    int32_t en = plan_.item_entry[i];
    SymId s = sem_.node_sym[d];
    if (!s) if (NodeId nn = decl_name(d)) s = sem_.node_sym[nn];
    if (!s) continue;
    std::string name(str(sem_.symbols[s].name));
    bool listed = std::find(in_.patched_names.begin(), in_.patched_names.end(), name) != in_.patched_names.end();
    if (en < 0 || (eclass_[en] != EC_MAIN && !listed)) continue;
    std::optional<bool> p = pol_.is_patched(name, loc_of(d));
    if (!p) return false;
    if (!*p) continue;
    // The trace-event machinery's functions (trace_event_raw_event_X,
    // perf_trace_X, __traceiter_X): define_trace.h reads the events header
    // again under other definitions of its macros, and a macro of that
    // reading writes the whole function.  No text of the output could
    // restore them; refused rather than carved wrong.
    if (en >= 0 && pp::is_macro_loc(pp_.tokens[tu_[d].first].loc)) {
      uint32_t file = pp_.includes[en].file;
      for (size_t k = 0; k < pp_.includes.size(); ++k)
        if (int32_t(k) != en && pp_.includes[k].file == file && !pp_.includes[k].skipped &&
            pp_.includes[k].kind == pp_.includes[en].kind) {
          diag_.error(loc_of(d), "cannot patch '" + name + "': a macro writes it while " +
                                     pp_.files[file].path +
                                     " is read again (an X-macro header: the events headers define_trace.h reads "
                                     "twice, lsm_hook_defs.h); no text of its own could stand for it");
          return false;
        }
    }
    patched_.push_back({root_of(s), i});
  }
  if (patched_.empty()) {
    diag_.error_at("kcarve", "no function of this translation unit is patched");
    return false;
  }
  return true;
}

void Carver::reset_pass() {
  size_t ni = pp_.includes.size();
  plan_.keep_item.assign(plan_.items.size(), 0);
  plan_.include_entry.assign(ni, 0);
  plan_.walk_entry.assign(ni, 0);
  plan_.keep_directive.assign(pp_.directives.size(), 0);
  plan_.renames.clear();
  plan_.drop_tokens.clear();
  plan_.add_static_before.clear();
  plan_.removed_decls.clear();
  plan_.drop_ranges.clear();
  plan_.expand.clear();
  plan_.synth.clear();
  plan_.tag_decls.clear();
  plan_.pins.clear();
  plan_.func_names.clear();
  plan_.wrappers.clear();
  plan_.patched.clear();
  plan_.externs.clear();
  plan_.explain.clear();
  plan_.header_refs.clear();
  header_seen_.clear();
  header_ref_seen_.clear();
  ents_.clear();
  refs_.clear();
  taken_.clear();
  work_.clear();
  hdr_scanned_.assign(ni, 0);
  rec_need_.assign(sem_.types.records.size(), 0);
  rec_first_use_.assign(sem_.types.records.size(), UINT32_MAX);
  enum_need_.assign(sem_.types.enums.size(), 0);
}

bool Carver::pass() {
  reset_pass();
  for (auto [root, item] : patched_) {
    const ast::Symbol& y = sem_.symbols[root];
    std::string name(str(y.name));
    Ent& e = ents_[root];
    e.fate = Fate::Patched;
    e.reason = Reason::Patched;
    SymbolChange ch;
    for (unsigned retry = 0;; ++retry) {
      std::optional<SymbolChange> c = pol_.modify_patched_fun_sym(name, retry, loc_of(plan_.items[item]));
      if (!c) return false;
      if (unique_name(c->new_name)) { ch = *c; break; }
      if (retry >= 64) {
        diag_.error(loc_of(plan_.items[item]), "renaming patched '" + name + "' to '" + c->new_name +
                                                   "' collides with a name in the output");
        return false;
      }
    }
    take_name(ch.new_name);
    e.out = ch.new_name;
    bool internal = y.linkage == ast::Linkage::Internal;
    e.make_static = ch.linkage == LinkageChange::MakeInternal && !internal;
    e.drop_static = ch.linkage == LinkageChange::MakeExternal && internal;
    e.relinked = e.out == name && ch.linkage != LinkageChange::Keep;
    plan_.patched.push_back({name, e.out});
    mark_walk(plan_.item_entry[item]);
    if (plan_.item_entry[item] >= 0 && eclass_[plan_.item_entry[item]] == EC_HEADER)
      for (int32_t h = plan_.item_entry[item]; h >= 0; h = pp_.includes[h].parent) conflict_[h] = 1;
    e.def_item = item;
    keep(item, root);
  }
  // The functions the patch adds with external linkage are the module's own
  // symbols: kept even when no patched function here calls them, since
  // another carved unit of the same patch may.
  for (uint32_t i = 0; i < plan_.items.size() && !in_.new_globals.empty() && !failed_; ++i) {
    NodeId d = plan_.items[i];
    if (tu_[d].kind != Kind::FunctionDef) continue;
    SymId s = sem_.node_sym[d];
    if (!s) if (NodeId nn = decl_name(d)) s = sem_.node_sym[nn];
    if (s && std::find(in_.new_globals.begin(), in_.new_globals.end(), std::string(str(sem_.symbols[s].name))) !=
                 in_.new_globals.end())
      decide(root_of(s), i, loc_of(d));
  }
  for (uint32_t def : forced_macros_) need_macro(def);
  do {
    while (!work_.empty() && !failed_) {
      auto [item, fn] = work_.back();
      work_.pop_back();
      scan(plan_.items[item], item, fn);
    }
  } while (!failed_ && header_needs());
  return !failed_;
}

// An #included header must compile where it stands in the output, and a
// kernel header is not always self-contained: include/linux/zpool.h uses
// `bool` from the headers its includers had included before it, and
// include/linux/slub_def.h calls slab_address(), which mm/slab.h defines just
// before including it.  So each #included header's text is read for the
// names, tags and macros it uses that neither it (with what it includes) nor
// a pre-include declares; what declares them is needed in turn — its own
// outermost eligible header's #include, or its text, at its original place,
// which is before the header.  Returns whether anything new was needed.

bool Carver::run() {
  index_items();
  index_tags();
  index_chains();
  check_patched_names();
  if (failed_ || !patch_all()) return false;
  for (int again = 0; again < 8; ++again) {
    for (int round = 0; round < 16; ++round) {
      if (!pass()) return false;
      bool changed;
      conflicts(changed);
      if (!changed) break;
    }
    pin_inlining();
    keep_attributes();
    pack_pragmas();
    finish();
    late_macros_.clear();
    in_macros_ = true;
    macros();
    in_macros_ = false;
    size_t had = forced_macros_.size();
    for (uint32_t def : late_macros_)
      if (std::find(forced_macros_.begin(), forced_macros_.end(), def) == forced_macros_.end())
        forced_macros_.push_back(def);
    if (failed_ || forced_macros_.size() == had) break;
  }
  return !failed_;
}


} // namespace kcarve::closure::detail

namespace kcarve::closure {

bool compute_closure(const ClosureInput& in, const SourceMap& sm, Policy& policy, pp::Diagnostics& diag,
                     OutputPlan& plan) {
  detail::Carver c(in, sm, policy, diag, plan);
  return c.run() && !diag.errors();
}

} // namespace kcarve::closure
