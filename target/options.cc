// options.cc — does this compiler model accept an -f, -W or -m option?  gcc
// rejects an option it does not know ("unrecognized command-line option");
// kcarve warns instead, and needs the same knowledge to do so.  gcc accepts
// the negative form (-fno-X, -Wno-X, -mno-X) of most options and a joined
// value after '=' (gcc manual, "Option Summary"; the names are data in
// gcc12_options.cc and in each target's table of -m options).
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "target/model.h"
#include "target/target.h"

namespace kcarve::target {

namespace {

bool in_sorted(const char* const* v, size_t n, std::string_view key) {
  const char* const* end = v + n;
  const char* const* it = std::lower_bound(
      v, end, key, [](const char* a, std::string_view k) { return std::string_view(a) < k; });
  return it != end && std::string_view(*it) == key;
}

// NAME (an option spelling, maybe with "=VALUE") is in the sorted list V.
bool listed(const char* const* v, size_t n, std::string_view name) {
  size_t eq = name.find('=');
  if (eq != std::string_view::npos) {
    if (in_sorted(v, n, name.substr(0, eq + 1))) return true;
    name = name.substr(0, eq);  // a prefix option may carry '=' in its tail
  } else if (in_sorted(v, n, name) || in_sorted(v, n, std::string(name) + "=")) {
    return true;
  }
  // Joined prefixes: "-ffixed-" accepts "-ffixed-x18".
  for (size_t i = name.find('-', 2); i != std::string_view::npos; i = name.find('-', i + 1))
    if (in_sorted(v, n, name.substr(0, i + 1))) return true;
  return false;
}

bool known(const Target& t, std::string_view name) {
  if (name.substr(0, 2) == "-m") return listed(t.m_options, t.nm_options, name);
  return listed(kGcc12Options, kGcc12OptionsCount, name);
}

} // namespace

bool accepts_option(const Target& t, std::string_view opt) {
  if (opt.size() < 3 || opt[0] != '-' || !std::strchr("fWm", opt[1])) return true;
  if (opt[1] == 'W' && opt.size() > 3 && opt[3] == ',') return true;  // -Wa, -Wl, -Wp,
  // -Werror=X, -Wno-error=X: X must be a warning ("-Werror=X: no option -WX").
  for (std::string_view p : {"-Werror=", "-Wno-error="})
    if (opt.substr(0, p.size()) == p) return known(t, "-W" + std::string(opt.substr(p.size())));
  if (known(t, opt)) return true;
  // gcc says nothing about an unknown -Wno-X (gcc manual, "Warning Options").
  if (opt.substr(0, 5) == "-Wno-") return true;
  // -fno-X, -mno-X.
  if (opt.substr(2, 3) == "no-") return known(t, std::string(opt.substr(0, 2)) + std::string(opt.substr(5)));
  return false;
}

} // namespace kcarve::target
