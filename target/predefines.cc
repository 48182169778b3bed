// predefines.cc — the engine that evaluates a compiler model's tables
// (model.h) for one command line: gcc's <built-in> macros (gcc manual,
// "Predefined Macros"; cpp manual, "Invocation" for -undef), the builtin
// include directories, and the registry of models (find/names/default).
//
// The flags are applied to the model's state in two passes, as gcc does:
// options that only set defaults (-O*, -march=) first, in order, then every
// other option in order, so an explicit -mno-sse beats a later -march=core2
// and an explicit -fno-fast-math... beats -Ofast.  Then each macro's first
// rule whose condition holds decides whether and how it is defined.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "target/model.h"
#include "target/target.h"

namespace kcarve::target {

namespace {

const Target* const kTargets[] = {&kX86_64Gcc12, &kAarch64Gcc12, &kPpc64leGcc12, &kS390xGcc12};

// The model's state: named small integers; a name never assigned reads 0.
class State {
public:
  long get(std::string_view name) const {
    for (const auto& v : vars_)
      if (v.first == name) return v.second;
    return 0;
  }
  void set(std::string_view name, long value) {
    for (auto& v : vars_)
      if (v.first == name) { v.second = value; return; }
    vars_.emplace_back(name, value);
  }
  // Apply "a=1 b=-1 ..." (a leading '^' is ignored).
  void apply(std::string_view effect) {
    if (!effect.empty() && effect[0] == '^') effect.remove_prefix(1);
    for_each_word(effect, [this](std::string_view w) {
      size_t eq = w.find('=');
      if (eq == std::string_view::npos) { set(w, 1); return; }
      set(w.substr(0, eq), parse_int(w.substr(eq + 1)));
    });
  }
  bool holds(std::string_view cond) const {
    bool ok = true;
    for_each_word(cond, [this, &ok](std::string_view w) {
      if (ok) ok = atom_holds(w);
    });
    return ok;
  }

  template <class F>
  static void for_each_word(std::string_view s, F f) {
    size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && s[i] == ' ') ++i;
      size_t j = i;
      while (j < s.size() && s[j] != ' ') ++j;
      if (j > i) f(s.substr(i, j - i));
      i = j;
    }
  }

private:
  static long parse_int(std::string_view s) {
    std::string t(s);
    return std::strtol(t.c_str(), nullptr, 10);
  }
  bool atom_holds(std::string_view a) const {
    if (a[0] == '!') return get(a.substr(1)) == 0;
    size_t op = a.find_first_of("=!<>");
    if (op == std::string_view::npos) return get(a) != 0;
    long lhs = get(a.substr(0, op));
    if (a[op] == '=') return lhs == parse_int(a.substr(op + 1));
    if (a[op] == '!') return lhs != parse_int(a.substr(op + 2));
    if (a[op] == '<') return lhs < parse_int(a.substr(op + 1));
    return lhs >= parse_int(a.substr(op + 2));  // ">="
  }
  std::vector<std::pair<std::string_view, long>> vars_;
};

bool flag_matches(const char* pattern, std::string_view flag) {
  size_t n = std::strlen(pattern);
  if (n && pattern[n - 1] == '*') return flag.substr(0, n - 1) == std::string_view(pattern, n - 1);
  return flag == std::string_view(pattern, n);
}

// gcc treats -O4, -O5, ... as -O3.
std::string_view normalize(std::string_view flag) {
  if (flag.size() > 3 && flag[0] == '-' && flag[1] == 'O' &&
      flag.find_first_not_of("0123456789", 2) == std::string_view::npos)
    return "-O3";
  return flag;
}

// -fX/-fno-X and -mX/-mno-X name one switch: its positive spelling.
std::string_view switch_name(std::string_view flag) {
  if (flag.size() > 5 && (flag[1] == 'f' || flag[1] == 'm') && flag.substr(2, 3) == "no-")
    return flag.substr(5);
  return flag.size() > 2 ? flag.substr(2) : flag;
}

// gcc drops a switch (-mX, -mno-X) that the same switch cancels later on the
// command line, with whatever it implied: `-msse4.2 -mno-sse4.2` leaves no
// SSE3 behind.
bool cancelled_later(const std::vector<std::string>& flags, size_t i) {
  std::string_view f = flags[i];
  // Only the last -O level counts, with the defaults it implies (gcc manual,
  // "Optimize Options": "If you use multiple -O options ... the last such
  // option is the one that is effective").
  if (f.substr(0, 2) == "-O") {
    for (size_t j = i + 1; j < flags.size(); ++j)
      if (flags[j].compare(0, 2, "-O") == 0) return true;
    return false;
  }
  if (f.size() < 3 || (f[1] != 'f' && f[1] != 'm') || f.find('=') != std::string_view::npos)
    return false;
  for (size_t j = i + 1; j < flags.size(); ++j) {
    std::string_view g = flags[j];
    if (g.size() > 2 && g[1] == f[1] && switch_name(g) == switch_name(f)) return true;
  }
  return false;
}

const FlagRule* find_flag(const Target& t, std::string_view flag) {
  for (size_t i = 0; i < t.nflags; ++i)
    for (size_t j = 0; j < t.flags[i].count; ++j)
      if (flag_matches(t.flags[i].rules[j].flag, flag)) return &t.flags[i].rules[j];
  return nullptr;
}

void append_define(std::string& out, std::string_view name, std::string_view value) {
  out += "#define ";
  out += name;
  out += ' ';
  out += value;
  out += '\n';
}

} // namespace

const Target* find(std::string_view name) {
  for (const Target* t : kTargets)
    if (name == t->name) return t;
  return nullptr;
}

std::vector<std::string_view> names() {
  std::vector<std::string_view> v;
  for (const Target* t : kTargets) v.push_back(t->name);
  return v;
}

const Target& default_target() { return kX86_64Gcc12; }

std::string predefines(const Target& t, const std::vector<std::string>& flags) {
  State st;
  for (size_t i = 0; i < t.ndefaults; ++i) st.apply(t.defaults[i]);
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < flags.size(); ++i) {
      std::string_view f = normalize(flags[i]);
      // -march=BASE+EXT+noEXT (AArch64): BASE's rule, then one "+EXT" rule each.
      bool ext = f.substr(0, 7) == "-march=" || f.substr(0, 6) == "-mcpu=";
      size_t plus = ext ? std::min(f.find('+'), f.size()) : f.size();
      const FlagRule* r = find_flag(t, f.substr(0, plus));
      if (!r || cancelled_later(flags, i)) continue;
      bool defaults_only = r->effect[0] == '^';
      if (defaults_only != (pass == 0)) continue;
      st.apply(r->effect);
      while (plus < f.size()) {
        size_t next = f.find('+', plus + 1);
        if (const FlagRule* e = find_flag(t, f.substr(plus, next - plus))) st.apply(e->effect);
        plus = next == std::string_view::npos ? f.size() : next;
      }
    }
  }
  bool undef = st.get("undef") != 0;

  std::string out;
  out.reserve(16384);
  std::unordered_set<std::string_view> decided;
  for (size_t i = 0; i < t.nmacros; ++i) {
    const MacroTable& tab = t.macros[i];
    if (undef && !tab.survives_undef) continue;
    for (size_t j = 0; j < tab.count; ++j) {
      const MacroRule& r = tab.rules[j];
      std::string_view name = r.name;
      if (decided.count(name) || !st.holds(r.when)) continue;
      decided.insert(name);
      if (r.value) append_define(out, name, r.value);
    }
  }
  return out;
}

std::vector<std::string> system_include_dirs(const Target& t) {
  return std::vector<std::string>(t.include_dirs, t.include_dirs + t.ninclude_dirs);
}

std::string_view preinclude(const Target& t) {
  return t.preinclude ? std::string_view(t.preinclude) : std::string_view();
}

} // namespace kcarve::target
