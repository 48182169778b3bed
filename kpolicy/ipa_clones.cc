// ipa_clones.cc — reads gcc's -fdump-ipa-clones dump: what gcc's
// interprocedural passes did to each function of the translation unit.
//
// gcc 12 writes DUMPBASE.000i.ipa-clones (with `-o dir/x.o`: dir/x.o's dump
// base, `-dumpdir D/` puts it in D as SOURCE.c.000i.ipa-clones) with two kinds of
// semicolon-separated lines, a node named by its assembler name and its
// cgraph order (a number unique per node):
//   Callgraph clone;ORIG;ORDER;FILE;LINE;COL;NEW;ORDER;FILE;LINE;COL;SUFFIX
//   Callgraph removal;NAME;ORDER;FILE;LINE;COL
// A clone line whose SUFFIX is "inlining to" says ORIG's body was inlined into
// NEW, the caller.  Any other SUFFIX (isra, constprop, part, ...) says NEW is
// a clone of ORIG made by that pass: its symbol is NEW ("f.isra.0").  A
// removal line says a node was removed from the call graph.  Inline copies are
// nodes too, removed under their function's name but with an order that no
// clone line shows; only the removal of the function's own node (the order
// its clone lines show) means it has no symbol of its own — measured on
// kernel/fork.c: 356 such removals, none with a symbol in the object, while 4
// of the 171 other removals name functions present.
// `.cold` parts are made later (RTL hot/cold splitting) and are not in the dump.
#include <algorithm>

#include "kpolicy/kpolicy.h"
#include "kpolicy/text_lines.h"

namespace kcarve::kpolicy {

IpaClones::Node& IpaClones::node(const std::string& name) {
  auto [it, fresh] = nodes_.try_emplace(name);
  if (fresh) order_.push_back(name);
  return it->second;
}

bool IpaClones::load(const std::string& path, std::string& err) {
  std::string data;
  if (!read_input(path, data, err)) return false;
  return load_text(data, path, err);
}

bool IpaClones::load_text(std::string_view text, const std::string& origin, std::string& err) {
  detail::TextLines lines{text};
  std::vector<std::string_view> f;
  for (std::string_view l; lines.next(l);) {
    if (l.empty()) continue;
    f.clear();
    for (size_t p = 0;;) {
      size_t s = l.find(';', p);
      f.push_back(l.substr(p, s == std::string_view::npos ? std::string_view::npos : s - p));
      if (s == std::string_view::npos) break;
      p = s + 1;
    }
    auto num = [](std::string_view s, int& v) {
      if (s.empty()) return false;
      v = 0;
      for (char c : s) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
      }
      return true;
    };
    int o1 = 0, o2 = 0;
    if (f[0] == "Callgraph clone" && f.size() == 12 && num(f[2], o1) && num(f[7], o2) && !f[1].empty() && !f[6].empty()) {
      std::string orig(f[1]), neu(f[6]);
      for (auto [name, order] : {std::pair<const std::string*, int>{&orig, o1}, {&neu, o2}}) {
        std::vector<int>& seen = node(*name).orders;
        if (std::find(seen.begin(), seen.end(), order) == seen.end()) seen.push_back(order);
      }
      Node& callee = nodes_[orig];
      if (f[11] == "inlining to") {
        if (std::find(callee.callers.begin(), callee.callers.end(), neu) == callee.callers.end())
          callee.callers.push_back(neu);
      } else {
        callee.clones.push_back({neu, std::string(f[11])});
      }
    } else if (f[0] == "Callgraph removal" && f.size() == 6 && num(f[2], o1) && !f[1].empty()) {
      removals_.emplace_back(std::string(f[1]), o1);
    } else {
      err = origin + ":" + std::to_string(lines.line) + ": not an ipa-clones line (Callgraph clone;... or Callgraph removal;...)";
      return false;
    }
  }
  // A removal of an order the node's clone lines show is the node's own.
  for (const auto& [name, order] : removals_) {
    auto it = nodes_.find(name);
    if (it != nodes_.end() && std::find(it->second.orders.begin(), it->second.orders.end(), order) != it->second.orders.end())
      it->second.removed = true;
  }
  return true;
}

std::vector<std::string> IpaClones::inlined_into(std::string_view name) const {
  auto it = nodes_.find(std::string(name));
  return it == nodes_.end() ? std::vector<std::string>() : it->second.callers;
}

std::vector<IpaClones::Clone> IpaClones::clones(std::string_view name) const {
  std::vector<Clone> out;
  std::vector<std::string> work{std::string(name)};
  while (!work.empty()) {
    std::string n = work.back();
    work.pop_back();
    auto it = nodes_.find(n);
    if (it == nodes_.end()) continue;
    for (const Clone& c : it->second.clones)
      if (std::none_of(out.begin(), out.end(), [&](const Clone& o) { return o.name == c.name; })) {
        out.push_back(c);
        work.push_back(c.name);
      }
  }
  return out;
}

bool IpaClones::removed(std::string_view name) const {
  auto it = nodes_.find(std::string(name));
  return it != nodes_.end() && it->second.removed;
}

std::vector<std::string> IpaClones::names() const { return order_; }

closure::InliningFacts IpaClones::inlining_facts() const {
  auto source = [](const std::string& n) { return n.substr(0, n.find('.')); };
  closure::InliningFacts f;
  std::unordered_map<std::string, bool> body;  // source name -> some node of it has a body
  for (const std::string& n : order_) {
    const Node& node = nodes_.at(n);
    std::string s = source(n);
    for (const std::string& c : node.callers) f.inlined_into[s].insert(source(c));
    if (!node.clones.empty()) f.cloned.insert(s);
    bool& b = body.try_emplace(s, false).first->second;
    if (!node.removed) b = true;
    // Not removed is not enough when gcc cloned it: the dump records no
    // removal of a node whose callers all went to its clone (kernel/locking/
    // rwsem.c: rwsem_downgrade_wake, only .isra.0 in the object).
    if (!node.removed && n == s && node.clones.empty()) f.body_kept.insert(s);
  }
  for (const auto& [s, b] : body)
    if (!b) f.no_body.insert(s);
  return f;
}

} // namespace kcarve::kpolicy
