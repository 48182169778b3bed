// source_map.cc — from the preprocessor's locations back to original text.
//
// Every kept declaration is written from the bytes of the file it was read
// from, so closure/ and depreproc/ both need to answer three questions about
// a location: which include entry's buffer holds it (the entries' file-space
// ranges are disjoint and each begins at IncludeRecord::base, so the answer is
// the entry with the greatest base not above it), which file-level macro
// invocation it lies in (an argument may itself hold invocations: only the
// outermost one can be kept or replaced as a whole), and where the text of a
// run of tokens begins and ends (a token a macro produced stands for the
// whole invocation that produced it).  The tables are built once per carve:
// two sorted vectors and one pass over the expansions.
#include <algorithm>

#include "closure/closure.h"

namespace kcarve::closure {

SourceMap::SourceMap(const pp::PpResult& pp) : pp_(pp) {
  for (size_t i = 0; i < pp.includes.size(); ++i) {
    const pp::IncludeRecord& r = pp.includes[i];
    if (!r.skipped && r.base) bases_.push_back({r.base, int32_t(i)});
  }
  std::sort(bases_.begin(), bases_.end());
  // The include tree by token ranges (an inclusion's tokens hold its
  // children's): kids_[0] the roots, kids_[i + 1] record i's children.
  kids_.assign(pp.includes.size() + 1, {});
  for (size_t i = 0; i < pp.includes.size(); ++i) {
    const pp::IncludeRecord& r = pp.includes[i];
    if (!r.skipped && r.end_tok > r.first_tok) kids_[size_t(r.parent + 1)].push_back(int32_t(i));
  }
  for (auto& v : kids_)
    std::stable_sort(v.begin(), v.end(), [&](int32_t a, int32_t b) {
      return pp.includes[a].first_tok < pp.includes[b].first_tok;
    });

  for (uint32_t e = 0; e < pp.expansions.size(); ++e)
    if (pp.expansions[e].parent < 0 && !pp::is_macro_loc(pp.expansions[e].name_loc)) tops_.push_back(e);
  std::stable_sort(tops_.begin(), tops_.end(), [&](uint32_t a, uint32_t b) {
    return pp.expansions[a].name_loc < pp.expansions[b].name_loc;
  });
  // Invocations nest (an invocation in another's argument) or are disjoint:
  // one sweep with a stack of open ones finds each one's outermost.
  outer_.resize(tops_.size());
  std::vector<size_t> open;
  for (size_t k = 0; k < tops_.size(); ++k) {
    pp::Loc at = pp.expansions[tops_[k]].name_loc;
    while (!open.empty() && invocation_end(tops_[open.back()]) <= at) open.pop_back();
    outer_[k] = open.empty() ? int32_t(k) : outer_[open.front()];
    open.push_back(k);
  }
  top_of_.assign(pp.expansions.size(), -1);
  for (uint32_t e = 0; e < pp.expansions.size(); ++e) {
    const pp::Expansion& x = pp.expansions[e];
    if (x.parent >= 0 && uint32_t(x.parent) < e) top_of_[e] = top_of_[x.parent];
    else top_of_[e] = outer_expansion(pp.expansion_loc(x.name_loc));
  }
  for (uint32_t e = 0; e < pp.expansions.size(); ++e)  // a parent recorded after its child
    if (top_of_[e] < 0 && pp.expansions[e].parent >= 0) top_of_[e] = top_of_[pp.expansions[e].parent];
}

int32_t SourceMap::entry_of(pp::Loc l) const {
  auto it = std::upper_bound(bases_.begin(), bases_.end(), std::make_pair(l, INT32_MAX));
  if (it == bases_.begin()) return -1;
  return std::prev(it)->second;
}

int32_t SourceMap::entry_of_token(uint32_t t) const {
  int32_t at = -1;
  for (;;) {
    const std::vector<int32_t>& v = kids_[size_t(at + 1)];
    auto it = std::upper_bound(v.begin(), v.end(), t,
                               [&](uint32_t x, int32_t r) { return x < pp_.includes[r].first_tok; });
    if (it == v.begin()) return at;
    int32_t c = *std::prev(it);
    if (t >= pp_.includes[c].end_tok) return at;
    at = c;
  }
}

size_t SourceMap::token_len(const pp::Token& t) const { return pp_.strings.str(t.spelling).size(); }

pp::Loc SourceMap::invocation_end(uint32_t e) const {
  const pp::Expansion& x = pp_.expansions[e];
  const pp::MacroDef& d = pp_.macros[x.def];
  pp::Loc end = pp_.expansion_loc(x.end_loc);
  if (d.function_like && end != pp_.expansion_loc(x.name_loc)) return end + 1;  // the ')'
  return pp_.expansion_loc(x.name_loc) + pp_.strings.str(d.name).size();
}

int32_t SourceMap::outer_expansion(pp::Loc l) const {
  if (!l || pp::is_macro_loc(l)) return -1;
  auto it = std::upper_bound(tops_.begin(), tops_.end(), l, [&](pp::Loc v, uint32_t e) {
    return v < pp_.expansions[e].name_loc;
  });
  if (it == tops_.begin()) return -1;
  size_t k = size_t(it - tops_.begin()) - 1;
  uint32_t o = tops_[outer_[k]];
  if (pp_.expansions[o].name_loc <= l && l < invocation_end(o)) return int32_t(o);
  if (l < invocation_end(tops_[k])) return int32_t(tops_[k]);
  return -1;
}

std::pair<pp::Loc, pp::Loc> SourceMap::file_range(ast::TokIdx first, ast::TokIdx last) const {
  const pp::Token& a = pp_.tokens[first];
  const pp::Token& z = pp_.tokens[last];
  pp::Loc b = a.loc, e;
  if (pp::is_macro_loc(b)) {
    pp::Loc l = pp_.expansion_loc(b);
    int32_t o = outer_expansion(l);
    b = o >= 0 ? pp_.expansions[o].name_loc : l;
  }
  if (pp::is_macro_loc(z.loc)) {
    pp::Loc l = pp_.expansion_loc(z.loc);
    int32_t o = outer_expansion(l);
    e = o >= 0 ? invocation_end(uint32_t(o)) : l + 1;
  } else {
    e = z.loc + pp::Loc(token_len(z));
  }
  return {b, e};
}

void SourceMap::expansions_in(pp::Loc b, pp::Loc e, std::vector<uint32_t>& out) const {
  auto it = std::lower_bound(tops_.begin(), tops_.end(), b, [&](uint32_t x, pp::Loc v) {
    return pp_.expansions[x].name_loc < v;
  });
  for (; it != tops_.end() && pp_.expansions[*it].name_loc < e; ++it)
    if (tops_[outer_[size_t(it - tops_.begin())]] == *it) out.push_back(*it);
}

} // namespace kcarve::closure
