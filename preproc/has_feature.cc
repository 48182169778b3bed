// has_feature.cc — the answers of __has_attribute, __has_c_attribute,
// __has_cpp_attribute and __has_builtin as gcc 12.2 gives them for C on
// x86_64 (gcc manual "__has_attribute", "__has_builtin"; C2x 6.10.1 for
// __has_c_attribute, whose values are the standard attributes' dates).
//
// gcc answers 1 for a GNU attribute in any of its spellings (x, __x__,
// gnu::x, __gnu__::__x__), the date for a standard attribute, and 0 for a
// GNU attribute asked through the unscoped __has_c_attribute.  The name
// tables are data (has_feature_tables.inc).
#include "preproc/internal.h"

#include <string>
#include <unordered_set>

namespace kcarve::pp::detail {

namespace {

#include "preproc/has_feature_tables.inc"

struct Tables {
  std::unordered_set<std::string_view> gnu, all, sse;
  Tables() {
    for (const char* s : kGnuAttributes) gnu.insert(s);
    for (const char* s : kBuiltinsAll) all.insert(s);
    for (const char* s : kBuiltinsSse) sse.insert(s);
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

long standard_attribute(std::string_view n) {
  if (n == "deprecated" || n == "fallthrough" || n == "maybe_unused") return 201904;
  if (n == "nodiscard") return 202003;
  return 0;
}

} // namespace

long has_attribute_value(std::string_view scope, std::string_view name, BuiltinKind which) {
  name = attribute_base_name(name);
  if (!scope.empty()) {
    scope = attribute_base_name(scope);
    if (scope != "gnu") return 0;
    return tables().gnu.count(name) ? 1 : 0;
  }
  if (long v = standard_attribute(name)) return v;
  if (which == BI_HAS_C_ATTRIBUTE) return 0;
  return tables().gnu.count(name) ? 1 : 0;
}

bool has_builtin_name(std::string_view name, bool sse2) {
  const Tables& t = tables();
  if (t.all.count(name)) return true;
  return sse2 && t.sse.count(name);
}

} // namespace kcarve::pp::detail

namespace kcarve::pp {

bool gnu_attribute_known(std::string_view name) {
  return detail::has_attribute_value("gnu", name, detail::BI_HAS_ATTRIBUTE) != 0;
}

} // namespace kcarve::pp
