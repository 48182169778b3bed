// symvers.cc — Module.symvers, the list of exported symbols a kernel build
// writes (scripts/mod/modpost.c, write_dump): one line per export,
//   0xCRC <TAB> SYMBOL <TAB> MODULE <TAB> EXPORT_SYMBOL[_GPL] <TAB> NAMESPACE
// MODULE is "vmlinux" or the module's path without .ko ("fs/ext4/ext4").
// An exported symbol is what a module may reference by a plain extern
// declaration: the module loader resolves it (the manifest's `export`).
#include "kpolicy/kpolicy.h"
#include "kpolicy/text_lines.h"

namespace kcarve::kpolicy {

std::string Export::object() const {
  std::string m(module.substr(module.rfind('/') + 1));
  for (char& c : m) if (c == '-') c = '_';
  return m;
}

bool Symvers::load(const std::string& path, std::string& err) {
  std::string data;
  if (!read_input(path, data, err)) return false;
  return load_text(std::move(data), path, err);
}

bool Symvers::load_text(std::string data, const std::string& origin, std::string& err) {
  data_ = std::make_unique<std::string>(std::move(data));
  std::string_view text = *data_;
  detail::TextLines lines{text};
  for (std::string_view l; lines.next(l);) {
    if (l.empty()) continue;
    std::string_view f[5];
    size_t n = 0;
    for (size_t p = 0; n < 5;) {
      size_t t = l.find('\t', p);
      f[n++] = l.substr(p, t == std::string_view::npos ? std::string_view::npos : t - p);
      if (t == std::string_view::npos) break;
      p = t + 1;
    }
    uint32_t crc = 0;
    bool ok = n >= 4 && f[0].size() > 2 && f[0].compare(0, 2, "0x") == 0 && !f[1].empty() && !f[2].empty();
    for (size_t i = 2; ok && i < f[0].size(); ++i) {
      char c = f[0][i];
      int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (v < 0) ok = false;
      crc = crc << 4 | static_cast<uint32_t>(v);
    }
    if (!ok || f[3].compare(0, 13, "EXPORT_SYMBOL") != 0) {
      err = origin + ":" + std::to_string(lines.line) + ": not a Module.symvers line (CRC, symbol, module, export type, namespace separated by tabs)";
      return false;
    }
    auto [it, fresh] = index_.emplace(f[1], static_cast<uint32_t>(exports_.size()));
    (void)it;
    if (fresh) exports_.push_back({f[1], f[2], f[3], f[4], crc});
  }
  return true;
}

const Export* Symvers::find(std::string_view name) const {
  auto it = index_.find(name);
  return it == index_.end() ? nullptr : &exports_[it->second];
}

} // namespace kcarve::kpolicy
