// headers.cc — eligible headers: which #include provides an item, what an
// #included header needs in turn, conflicts that exclude one (carver.h).
#include "closure/carver.h"

namespace kcarve::closure::detail {

// --- headers -------------------------------------------------------------

bool Carver::eligible(int32_t entry) {
  if (eligible_[entry] < 0) {
    const pp::IncludeRecord& r = pp_.includes[entry];
    std::optional<bool> y = pol_.may_include_header(pp_.files[r.file].path, false, r.directive);
    if (!y) { failed_ = true; eligible_[entry] = 0; }
    else eligible_[entry] = *y;
  }
  return eligible_[entry] == 1;
}

// The outermost header on ENTRY's include path that may be #included, -1
// when the entry's text must be written in place.
int32_t Carver::include_target(int32_t entry) {
  int32_t path[256];
  int n = 0;
  for (int32_t e = entry; e >= 0 && eclass_[e] == EC_HEADER && n < 256; e = pp_.includes[e].parent) path[n++] = e;
  for (int k = n - 1; k >= 0; --k)
    if (!conflict_[path[k]] && eligible(path[k])) return path[k];
  return -1;
}

void Carver::mark_walk(int32_t entry) {
  for (int32_t e = entry; e >= 0 && eclass_[e] == EC_HEADER && !plan_.walk_entry[e]; e = pp_.includes[e].parent)
    plan_.walk_entry[e] = 1;
}

void Carver::need_include(int32_t hdr) {
  if (plan_.include_entry[hdr]) return;
  plan_.include_entry[hdr] = 1;
  mark_walk(pp_.includes[hdr].parent);
}

// Per include entry: the #included header (an entry of plan.include_entry)
// whose text it is part of, or -1.
std::vector<int32_t> Carver::include_owners() const {
  size_t ni = pp_.includes.size();
  std::vector<int32_t> owner(ni, -1);
  for (size_t i = 0; i < ni; ++i) {
    int32_t p = pp_.includes[i].parent;
    owner[i] = p >= 0 && owner[p] >= 0 ? owner[p] : plan_.include_entry[i] ? int32_t(i) : -1;
  }
  return owner;
}

bool Carver::header_needs() {
  size_t ni = pp_.includes.size();
  std::vector<int32_t> owner = include_owners();
  std::vector<uint8_t> fresh(ni, 0);
  bool any = false;
  for (size_t h = 0; h < ni; ++h)
    if (plan_.include_entry[h] && owner[h] == int32_t(h) && !hdr_scanned_[h]) fresh[h] = hdr_scanned_[h] = any = 1;
  if (!any) return false;
  size_t before = work_.size();
  std::vector<uint8_t> include_before(plan_.include_entry);
  std::vector<uint8_t> directive_before(plan_.keep_directive);
  for (uint32_t i = 0; i < plan_.items.size(); ++i) {
    int32_t en = plan_.item_entry[i];
    if (en >= 0 && owner[en] >= 0 && fresh[owner[en]]) header_item_needs(i, owner[en], owner);
  }
  // Macros its text invokes, defined outside it.
  if (def_directive_.empty()) need_macro(UINT32_MAX);  // builds def_directive_
  // (By output tokens: a header read twice has one text, and an invocation
  // in it names the inclusion it came from only by the tokens it produced.)
  std::vector<int32_t> exp_owner(pp_.expansions.size(), -1);
  for (uint32_t x = 0; x < pp_.expansions.size(); ++x) {
    int32_t p = pp_.expansions[x].parent;
    int32_t h = -1;
    if (p >= 0 && uint32_t(p) < x) h = exp_owner[p];
    else if (int32_t en = sm_.entry_of_token(pp_.expansions[x].first_tok); en >= 0) h = owner[en];
    exp_owner[x] = h;
    if (h < 0 || !fresh[h]) continue;
    int32_t dir = def_directive_[pp_.expansions[x].def];
    if (dir < 0) continue;
    int32_t den = pp_.directives[dir].include;
    if (den < 0 || eclass_[den] == EC_AVAIL || owner[den] == h) continue;
    need_macro(pp_.expansions[x].def);
  }
  // Macros its conditionals test, defined outside it: atombios.h stops with
  // `#error` unless atom-types.h (read before it) defined ATOM_BIG_ENDIAN.
  if (cond_entry_.empty()) {  // per conditional: its entry (the same on every call)
    cond_entry_.reserve(pp_.conds.size());
    for (const pp::CondRecord& c : pp_.conds) cond_entry_.push_back(sm_.entry_of(c.loc));
  }
  for (size_t k = 0; k < pp_.conds.size(); ++k) {
    const pp::CondRecord& c = pp_.conds[k];
    if (!c.evaluated || c.kind == pp::CondRecord::Else || c.kind == pp::CondRecord::Endif) continue;
    int32_t en = cond_entry_[k];
    if (en < 0 || owner[en] < 0 || !fresh[owner[en]]) continue;
    for (std::string_view name : tested_macros(c)) need_defined_macro(name, c.out_pos, owner[en], owner);
  }
  return work_.size() != before || include_before != plan_.include_entry || directive_before != plan_.keep_directive;
}

// The macro names conditional C tests for being defined: `#ifdef X`,
// `#ifndef X`, `defined X` and `defined(X)` of an #if or #elif (read off
// its text: the records keep where a conditional is, not what it tests).
std::vector<std::string_view> Carver::tested_macros(const pp::CondRecord& c) const {
  std::string_view line = pp_.buffer_text(c.loc, 4096);
  size_t eol = 0;
  while (eol < line.size() && (line[eol] != '\n' || (eol && line[eol - 1] == '\\'))) ++eol;
  line = line.substr(0, eol);
  auto ident = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_'; };
  std::vector<std::string_view> words;
  for (size_t i = 0; i < line.size();) {
    if (!ident(line[i]) || std::isdigit(static_cast<unsigned char>(line[i]))) {
      for (++i; i < line.size() && ident(line[i - 1]) && ident(line[i]);) ++i;  // skip a number's tail
      continue;
    }
    size_t b = i;
    while (i < line.size() && ident(line[i])) ++i;
    words.push_back(line.substr(b, i - b));
  }
  std::vector<std::string_view> names;
  if (words.empty()) return names;
  bool by_name = words[0] == "ifdef" || words[0] == "ifndef" || words[0] == "elifdef" || words[0] == "elifndef";
  if (by_name) {
    if (words.size() > 1) names.push_back(words[1]);
    return names;
  }
  for (size_t k = 1; k + 1 < words.size(); ++k)
    if (words[k] == "defined") names.push_back(words[k + 1]);
  return names;
}

// NAME, tested by a conditional of the #included header HDR at output
// position OUT_POS: the #define in effect there, when made outside HDR's
// text, is needed before HDR.
void Carver::need_defined_macro(std::string_view name, uint32_t out_pos, int32_t hdr,
                                const std::vector<int32_t>& owner) {
  if (directives_of_.empty())
    for (uint32_t i = 0; i < pp_.directives.size(); ++i) directives_of_[str(pp_.directives[i].name)].push_back(i);
  auto it = directives_of_.find(name);
  if (it == directives_of_.end()) return;
  int32_t last = -1;
  for (uint32_t i : it->second)
    if (pp_.directives[i].out_pos <= out_pos) last = int32_t(i);
  if (last < 0 || pp_.directives[last].kind != pp::MacroDirective::Define) return;
  int32_t en = pp_.directives[last].include;
  if (en >= 0 && owner[en] == hdr) return;
  need_macro(pp_.directives[last].def);
}

// The needs of ITEM, part of the #included header HDR: names declared, tags
// defined, outside HDR's text and before their use.
void Carver::header_item_needs(uint32_t item, int32_t hdr, const std::vector<int32_t>& owner) {
  auto provided = [&](uint32_t it) {
    int32_t en = plan_.item_entry[it];
    return en < 0 || eclass_[en] == EC_AVAIL || owner[en] >= 0 || plan_.keep_item[it];
  };
  (void)hdr;
  std::vector<NodeId> stack{plan_.items[item]};
  while (!stack.empty()) {
    NodeId n = stack.back();
    stack.pop_back();
    const Node& nd = tu_[n];
    SymId s = 0;
    if (nd.kind == Kind::Ident || nd.kind == Kind::SpecTypedefName) s = n < sem_.node_sym.size() ? sem_.node_sym[n] : 0;
    if (s && sem_.symbols[s].scope_depth == 0 && !sem_.symbols[s].is_builtin && !sem_.symbols[s].implicit) {
      // Some declaration before the use that the output has: enough.
      SymId r = root_of(s);
      // A static function copied under a new name: the header calls it by
      // its own, so the copy keeps that (static, it clashes with nothing).
      auto it = ents_.find(r);
      if (it != ents_.end() && it->second.fate == Fate::Copied && sem_.symbols[r].kind == ast::SymKind::Function &&
          sem_.symbols[r].linkage == ast::Linkage::Internal && it->second.out != str(sem_.symbols[r].name)) {
        it->second.fate = Fate::Kept;
        it->second.out = std::string(str(sem_.symbols[r].name));
      }
      bool ok = false;
      for (SymId d = r; d && !ok; d = next_[d]) {
        NodeId dn = sem_.symbols[d].decl;
        if (dn && tu_[dn].first < nd.first) ok = provided(item_of(dn));
      }
      if (!ok && sem_.symbols[r].decl && tu_[sem_.symbols[r].decl].first < nd.first)
        need_item(item_of(sem_.symbols[r].decl), Reason::TypeNeeded);
    }
    TypeId t = 0;
    if (nd.kind == Kind::Member && n < sem_.node_type.size() && nd.a < sem_.node_type.size()) {
      t = sem_.node_type[nd.a];
      if (nd.op == pp::TK_ARROW) t = t && sem_.types[t].kind == ast::TK::Pointer ? sem_.types[t].base : 0;
    } else if ((nd.kind == Kind::SpecStruct || nd.kind == Kind::SpecEnum) && !nd.d && n < sem_.node_type.size()) {
      t = sem_.node_type[n];
    }
    if (t) {
      const ast::TypeTable& tt = sem_.types;
      uint32_t def = 0;
      if (tt[t].kind == ast::TK::Record && !tt.records[tt[t].extra].scope_depth) def = rec_def_[tt[t].extra];
      if (tt[t].kind == ast::TK::Enum && !tt.enums[tt[t].extra].scope_depth) def = enum_def_[tt[t].extra];
      // need_type, not need_item: a kept definition needs its value members'
      // types complete in turn (rxrpc_skb_priv's `struct rxrpc_host_header hdr`).
      if (def && def - 1 < item && !provided(def - 1)) need_type(t, true, item);
    }
    uint8_t slots = ast::child_slots(nd.kind);
    const uint32_t kids[4] = {nd.a, nd.b, nd.c, nd.d};
    for (int k = 0; k < 4; ++k)
      if (slots & (1u << k))
        for (NodeId c = kids[k]; c; c = tu_[c].next) stack.push_back(c);
  }
}

// Headers that declare what the carve changes under its own name.
void Carver::conflicts(bool& changed) {
  changed = false;
  for (auto& [root, e] : ents_) {
    if (!(e.pointer || e.relinked) || e.out != str(sem_.symbols[root].name)) continue;
    for (SymId s = root; s; s = next_[s]) {
      if (!sem_.symbols[s].decl || sem_.symbols[s].scope_depth) continue;
      int32_t en = plan_.item_entry[item_of(sem_.symbols[s].decl)];
      for (int32_t h = en; h >= 0 && eclass_[h] == EC_HEADER; h = pp_.includes[h].parent)
        if (!conflict_[h]) {
          conflict_[h] = 1;
          if (plan_.include_entry[h]) changed = true;
        }
    }
  }
}


} // namespace kcarve::closure::detail
