// text_lines.h — internal to kpolicy/: walking a text file line by line
// without copies (System.map, Module.symvers, ipa-clones dumps).
#pragma once

#include <cstddef>
#include <string_view>

namespace kcarve::kpolicy::detail {

// Each next() yields the following line (without its '\n' or a trailing
// '\r') and counts it in `line` (1-based, for diagnostics).
struct TextLines {
  std::string_view text;
  size_t pos = 0, line = 0;
  bool next(std::string_view& l) {
    if (pos >= text.size()) return false;
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    l = text.substr(pos, end - pos);
    pos = end + 1;
    ++line;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    return true;
  }
};

} // namespace kcarve::kpolicy::detail
