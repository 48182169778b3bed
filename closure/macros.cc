// macros.cc — the #defines and #undefs the kept macro invocations need (carver.h).
#include "closure/carver.h"

namespace kcarve::closure::detail {

// --- macros ----------------------------------------------------------------

void Carver::need_macro(uint32_t def) {
  if (def_directive_.empty()) {  // the #define that made each definition
    def_directive_.assign(pp_.macros.size(), -1);
    for (size_t i = 0; i < pp_.directives.size(); ++i)
      if (pp_.directives[i].kind == pp::MacroDirective::Define && pp_.directives[i].def < pp_.macros.size())
        def_directive_[pp_.directives[i].def] = int32_t(i);
  }
  if (def >= pp_.macros.size()) return;
  const pp::MacroDef& m = pp_.macros[def];
  if (m.builtin) return;
  int32_t dir = def_directive_[def];
  if (dir < 0) return;
  const pp::MacroDirective& d = pp_.directives[dir];
  int32_t en = d.include;
  if (en < 0 || eclass_[en] == EC_AVAIL) return;
  if (eclass_[en] == EC_HEADER) {
    int32_t t = include_target(en);
    if (t >= 0) {
      if (in_macros_ && !plan_.include_entry[t]) late_macros_.push_back(def);
      need_include(t);
      return;
    }
  }
  if (plan_.keep_directive[dir]) return;
  plan_.keep_directive[dir] = 1;
  mark_walk(en);
}

// The #undef before a kept #define is needed when the definition it ended
// is itself in the output (kept, pre-included, or in an #included header).
void Carver::needed_undefs() {
  std::unordered_map<pp::StrId, int32_t> last;  // name -> last directive seen
  std::vector<int32_t> before(pp_.directives.size(), -1);
  for (size_t i = 0; i < pp_.directives.size(); ++i) {
    auto it = last.find(pp_.directives[i].name);
    if (it != last.end()) before[i] = it->second;
    last[pp_.directives[i].name] = int32_t(i);
  }
  auto present = [&](int32_t i) {
    const pp::MacroDirective& d = pp_.directives[i];
    if (plan_.keep_directive[i]) return true;
    if (d.include < 0 || eclass_[d.include] == EC_AVAIL) return true;
    if (eclass_[d.include] != EC_HEADER) return false;
    for (int32_t h = d.include; h >= 0 && eclass_[h] == EC_HEADER; h = pp_.includes[h].parent)
      if (plan_.include_entry[h]) return true;
    return false;
  };
  for (size_t i = 0; i < pp_.directives.size(); ++i) {
    if (!plan_.keep_directive[i] || pp_.directives[i].kind != pp::MacroDirective::Define) continue;
    int32_t u = before[i];
    if (u < 0 || pp_.directives[u].kind != pp::MacroDirective::Undef) continue;
    int32_t p = before[u];
    if (p >= 0 && pp_.directives[p].kind == pp::MacroDirective::Define && present(p)) {
      plan_.keep_directive[u] = 1;
      mark_walk(pp_.directives[u].include);
    }
  }
}

// Whether macro DEF's body uses parameter K as the operand of # or ##.
bool Carver::param_used_raw(uint32_t def, uint32_t k) const {
  const pp::MacroDef& m = pp_.macros[def];
  if (!m.function_like || k >= m.nparams) return false;
  pp::StrId name = pp_.macro_params[m.params_begin + k];
  const pp::Token* body = pp_.macro_bodies.data() + m.body_begin;
  for (uint32_t i = 0; i < m.body_len; ++i) {
    if (!(body[i].flags & pp::TF_MACRO_PARAM) || body[i].spelling != name) continue;
    if (i > 0 && (body[i - 1].flags & pp::TF_STRINGIFY_OP)) return true;
    if (body[i].flags & pp::TF_PASTE_LEFT) return true;
    // `, ## __VA_ARGS__` (GNU) pastes nothing: it only drops the comma.
    bool gnu_comma = m.variadic && k + 1 == m.nparams && i > 1 && body[i - 2].kind == pp::TK_COMMA;
    if (i > 0 && body[i - 1].kind == pp::TK_HASHHASH && !gnu_comma) return true;
  }
  return false;
}

void Carver::macros() {
  // Which file-level invocations are written expanded: those a rename reaches
  // through the macro's body (or a paste or stringification), and those whose
  // renamed argument the body also stringifies or pastes: rewriting the
  // argument's text would change that string or pasted name too.
  for (auto& [tok, text] : plan_.renames) {
    pp::Loc l = pp_.tokens[tok].loc;
    bool in_text = true;
    for (pp::Loc x = l; pp::is_macro_loc(x);) {
      const pp::ExpLoc& el = pp_.exp_locs[x & ~pp::kMacroLocBit];
      if (el.role != pp::ExpLoc::Arg && el.role != pp::ExpLoc::ArgRaw) { in_text = false; break; }
      if (param_used_raw(pp_.expansions[el.expansion].def, el.index)) { in_text = false; break; }
      x = el.spelling;
    }
    if (!in_text) {
      int32_t o = sm_.outer_expansion(pp_.expansion_loc(l));
      if (o >= 0) plan_.expand.push_back(uint32_t(o));
    }
  }
  std::sort(plan_.expand.begin(), plan_.expand.end());
  plan_.expand.erase(std::unique(plan_.expand.begin(), plan_.expand.end()), plan_.expand.end());

  std::vector<uint32_t> tops;
  auto range_of = [&](NodeId first, NodeId last) { return sm_.file_range(tu_[first].first, tu_[last].last); };
  for (uint32_t i = 0; i < plan_.items.size(); ++i)
    if (plan_.keep_item[i]) {
      auto [b, e] = range_of(plan_.items[i], plan_.items[i]);
      sm_.expansions_in(b, e, tops);
    }
  for (const SynthDecl& s : plan_.synth) {
    for (NodeId sp = s.specs; sp; sp = tu_[sp].next) {
      auto [b, e] = range_of(sp, sp);
      sm_.expansions_in(b, e, tops);
    }
    auto [b, e] = range_of(s.declarator, s.declarator);
    sm_.expansions_in(b, e, tops);
  }
  std::sort(tops.begin(), tops.end());
  tops.erase(std::unique(tops.begin(), tops.end()), tops.end());
  std::vector<uint8_t> wanted(pp_.expansions.size(), 0);
  for (uint32_t t : tops)
    if (!std::binary_search(plan_.expand.begin(), plan_.expand.end(), t)) wanted[t] = 1;
  const std::vector<int32_t>& top_of = sm_.top_of();
  std::vector<uint8_t> def_done(pp_.macros.size(), 0);
  for (uint32_t x = 0; x < pp_.expansions.size(); ++x) {
    int32_t t = top_of[x];
    if (t < 0 || !wanted[t] || def_done[pp_.expansions[x].def]) continue;
    def_done[pp_.expansions[x].def] = 1;
    need_macro(pp_.expansions[x].def);
  }
  needed_undefs();
}


} // namespace kcarve::closure::detail
