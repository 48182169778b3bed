// sympos.cc — which symbol of the running kernel a name of the carved
// translation unit means, and its livepatch position.
//
// kernel/livepatch/core.c, klp_find_object_symbol(), walks the object's
// kallsyms (vmlinux, or one module) counting the symbols named NAME: with
// old_sympos 0 it accepts only a name that occurs once; with old_sympos N it
// takes the N-th.  So a unique name gets 0, and a name occurring several
// times (static functions or objects of one name in different files) gets
// the 1-based rank of the TU's own candidate in kallsyms order.
//
// Which candidate is the TU's: a vmlinux ELF symtab says, through the STT_FILE
// symbol that precedes each file's locals; System.map and kallsyms do not,
// but the linker lays each object's sections out contiguously, so the TU's
// candidate is the one surrounded by the TU's other symbols (TuHint
// neighbours).  The pick is made only when exactly one candidate wins; a tie
// is refused, never guessed.
//
// Block-scope statics are emitted by gcc as local symbols NAME.N (N a counter
// of the TU, `static int calls` of f -> calls.3); the kernel's symbol table does
// not say which function a NAME.N belongs to.  The exact NAME.N the TU's own
// object shows is authoritative (same compiler, same flags); without it, a
// NAME.N is taken only when it is the one such symbol in the object, the only
// one in the TU's file, or the only one among the TU's neighbours.
#include <algorithm>

#include "kpolicy/kpolicy.h"

namespace kcarve::kpolicy {

namespace {

// Each occurrence of a neighbour name within kWindow positions of a candidate
// votes for the nearest candidate (none on a tie); a candidate's score is the
// number of distinct neighbour names that voted for it.  Nearest, not merely
// near: two files' statics of one name may lie a few symbols apart.  LOCAL
// (block-scope statics): only the TU's data symbols vote, and for the first
// candidate after them — gcc emits a function's statics after the file's
// objects defined before it, so the NAME.N is the one right after them.
std::vector<unsigned> scores(const SymbolTable& st, std::string_view object, const std::vector<uint32_t>& cand_syms,
                             const std::vector<std::string>& neighbours, std::string_view self, bool local) {
  constexpr long kWindow = 48;
  // Distances are in table positions: one object's symbols are loaded as one
  // run in kallsyms order (a file per object, or kallsyms' own grouping), so
  // the table index is the kallsyms position up to a constant.
  std::vector<long> at(cand_syms.begin(), cand_syms.end());
  std::vector<unsigned> sc(cand_syms.size(), 0);
  std::vector<bool> voted(cand_syms.size());
  for (const std::string& nb : neighbours) {
    if (nb == self) continue;
    std::fill(voted.begin(), voted.end(), false);
    for (uint32_t occ : st.find(nb, object)) {
      if (local && st.is_function(occ)) continue;
      long p = occ;
      long best = kWindow + 1;
      size_t who = SIZE_MAX;
      for (size_t c = 0; c < at.size(); ++c) {
        if (local && at[c] < p) continue;
        long dist = p > at[c] ? p - at[c] : at[c] - p;
        if (dist < best) best = dist, who = c;
        else if (dist == best) who = SIZE_MAX;
      }
      if (who != SIZE_MAX && !voted[who]) voted[who] = true, ++sc[who];
    }
  }
  return sc;
}

std::string list_ranks(const std::vector<size_t>& r) {
  std::string s;
  for (size_t x : r) s += (s.empty() ? "" : ", ") + std::to_string(x + 1);
  return s;
}

// Picks among CANDS (indices into ALL, the kallsyms-listed symbols of NAME):
// by file, then neighbours.  Returns the index into ALL or SIZE_MAX with WHY.
size_t pick(const SymbolTable& st, const std::vector<uint32_t>& all, std::vector<size_t> cands,
            std::string_view object, const TuHint& hint, bool strict, std::string& why) {
  if (cands.size() == 1) return cands[0];
  if (!hint.file.empty()) {
    std::vector<size_t> f;
    for (size_t c : cands) {
      std::string_view file = st.file(all[c]);
      if (!file.empty() && (file == hint.file || (file.size() > hint.file.size() &&
                                                  file.substr(file.size() - hint.file.size()) == hint.file &&
                                                  file[file.size() - hint.file.size() - 1] == '/')))
        f.push_back(c);
    }
    if (f.size() == 1) return f[0];
    if (f.size() > 1) cands = f;
  }
  if (!hint.neighbours.empty()) {
    std::vector<uint32_t> syms;
    for (size_t c : cands) syms.push_back(all[c]);
    std::vector<unsigned> sc = scores(st, object, syms, hint.neighbours, st.name(all[cands[0]]), strict);
    unsigned best = *std::max_element(sc.begin(), sc.end());
    // STRICT (block-scope statics, where one TU may hold several NAME.N):
    // the only candidate near the TU at all, not merely the nearest.
    size_t near = std::count_if(sc.begin(), sc.end(), [](unsigned x) { return x > 0; });
    if (best > 0 && std::count(sc.begin(), sc.end(), best) == 1 && (!strict || near == 1))
      return cands[std::find(sc.begin(), sc.end(), best) - sc.begin()];
    why = best == 0 ? "none of them lies among the translation unit's other symbols"
                    : "more than one lies among the translation unit's other symbols";
  } else {
    why = hint.file.empty() ? "the symbol table does not say which belongs to this translation unit"
                            : "the symbol table does not tell which belongs to " + hint.file;
  }
  return SIZE_MAX;
}

} // namespace

std::optional<Position> resolve(const SymbolTable& st, std::string_view name, std::string_view object,
                                std::optional<bool> want_function, const TuHint& hint, std::string& err) {
  std::vector<uint32_t> all = st.find(name, object);
  std::vector<size_t> cands;
  for (size_t i = 0; i < all.size(); ++i)
    if (!want_function || st.is_function(all[i]) == *want_function) cands.push_back(i);
  std::string what = want_function ? (*want_function ? "function '" : "object '") : "symbol '";
  if (cands.empty()) {
    err = what + std::string(name) + "' is not in the symbol table of " + std::string(object);
    if (!all.empty()) err += " (only as a " + std::string(*want_function ? "data" : "function") + " symbol)";
    return std::nullopt;
  }
  Position p;
  p.object = std::string(object);
  p.name = std::string(name);
  if (all.size() == 1) {
    p.sym = all[0];
    return p;
  }
  std::string why;
  size_t c = pick(st, all, cands, object, hint, false, why);
  if (c == SIZE_MAX) {
    err = what + std::string(name) + "' occurs " + std::to_string(all.size()) + " times in " +
          std::string(object) + " (candidates at positions " + list_ranks(cands) + ") and " + why;
    return std::nullopt;
  }
  p.sym = all[c];
  p.sympos = c + 1;
  return p;
}

std::optional<Position> resolve_local_static(const SymbolTable& st, std::string_view function,
                                             std::string_view name, std::string_view object,
                                             std::string_view exact, const TuHint& hint, std::string& err) {
  std::string label = "block-scope static '" + std::string(name) + "' of " + std::string(function);
  if (!exact.empty()) {
    auto p = resolve(st, exact, object, false, hint, err);
    if (!p) err = label + ": " + err;
    return p;
  }
  // The object's NAME.N locals, each with its own name's candidates.
  std::vector<uint32_t> locals;
  for (uint32_t s = 0; s < st.size(); ++s) {
    if (st.object(s) != object) continue;
    std::string_view n = st.name(s);
    if (!st.in_kallsyms(s) || st.is_function(s) || n.size() < name.size() + 2 || n.compare(0, name.size(), name) != 0 ||
        n[name.size()] != '.' || !std::all_of(n.begin() + name.size() + 1, n.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    char t = st.type(s);
    if (t >= 'a' && t <= 'z') locals.push_back(s);
  }
  if (locals.empty()) {
    err = label + ": no local symbol " + std::string(name) + ".N in " + std::string(object);
    return std::nullopt;
  }
  auto position = [&](uint32_t s) {
    Position p;
    p.sym = s;
    p.name = std::string(st.name(s));
    p.object = std::string(object);
    std::vector<uint32_t> same = st.find(st.name(s), object);
    if (same.size() > 1) p.sympos = std::find(same.begin(), same.end(), s) - same.begin() + 1;
    return p;
  };
  if (locals.size() == 1) return position(locals[0]);
  std::vector<size_t> idx(locals.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::string why;
  size_t c = pick(st, locals, idx, object, hint, true, why);
  if (c == SIZE_MAX) {
    std::string names;
    for (size_t i = 0; i < locals.size() && i < 6; ++i) names += (i ? ", " : "") + std::string(st.name(locals[i]));
    if (locals.size() > 6) names += ", ...";
    err = label + ": " + std::to_string(locals.size()) + " local symbols " + std::string(name) + ".N in " +
          std::string(object) + " (" + names + ") and " + why +
          "; give the NAME.N of the translation unit's own object";
    return std::nullopt;
  }
  return position(locals[c]);
}

} // namespace kcarve::kpolicy
