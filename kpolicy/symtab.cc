// symtab.cc — the symbol table of the target kernel in flat arrays, and the
// text formats that fill it: System.map (`nm -n vmlinux` filtered by
// scripts/mksysmap: "ADDR TYPE NAME") and /proc/kallsyms ("ADDR TYPE NAME"
// plus "\t[MODULE]" for module symbols).
//
// A file is read once and kept: every name is a view into its bytes, interned
// to an id (one hash lookup per symbol, no string allocated per symbol).  The
// symbols of one name are chained in load order, which for these files is
// kallsyms order — the order kallsyms_on_each_symbol() and
// module_kallsyms_on_each_symbol() visit, and so the order livepatch counts
// `old_sympos` in.
#include <cstring>

#include "kpolicy/kpolicy.h"
#include "kpolicy/text_lines.h"

namespace kcarve::kpolicy {

uint32_t SymbolTable::intern(std::string_view s) {
  if (head_.empty()) {  // id 0, the empty name
    name_ids_.emplace(std::string_view(), 0);
    head_.push_back(kNone);
    tail_.push_back(kNone);
  }
  auto [it, fresh] = name_ids_.emplace(s, static_cast<uint32_t>(names_.size()));
  if (fresh) {
    names_.push_back(s);
    head_.push_back(kNone);
    tail_.push_back(kNone);
  }
  return it->second;
}

uint16_t SymbolTable::object_id(std::string_view obj) {
  for (size_t i = 0; i < objects_.size(); ++i)
    if (objects_[i] == obj) return static_cast<uint16_t>(i);
  objects_.emplace_back(obj);
  return static_cast<uint16_t>(objects_.size() - 1);
}

void SymbolTable::add(std::string_view name, char type, uint64_t addr, uint16_t obj, uint32_t file, bool kallsyms) {
  uint32_t id = intern(name);
  uint32_t sym = static_cast<uint32_t>(addr_.size());
  addr_.push_back(addr);
  name_.push_back(id);
  file_.push_back(file);
  next_.push_back(kNone);
  object_.push_back(obj);
  type_.push_back(type);
  kallsyms_.push_back(kallsyms);
  if (tail_[id] == kNone) head_[id] = sym;
  else next_[tail_[id]] = sym;
  tail_[id] = sym;
}

bool SymbolTable::is_function(uint32_t sym) const {
  return std::strchr("tTWi", type_[sym]) != nullptr;
}

bool SymbolTable::has_object(std::string_view object) const {
  for (const std::string& o : objects_)
    if (o == object) return true;
  return false;
}

std::vector<uint32_t> SymbolTable::find(std::string_view name, std::string_view object) const {
  std::vector<uint32_t> out;
  auto it = name_ids_.find(name);
  if (it == name_ids_.end()) return out;
  for (uint32_t s = head_[it->second]; s != kNone; s = next_[s])
    if (kallsyms_[s] && (object.empty() || objects_[object_[s]] == object)) out.push_back(s);
  return out;
}

bool SymbolTable::contains(std::string_view name, std::string_view object) const {
  auto it = name_ids_.find(name);
  if (it == name_ids_.end()) return false;
  for (uint32_t s = head_[it->second]; s != kNone; s = next_[s])
    if (kallsyms_[s] && (object.empty() || objects_[object_[s]] == object)) return true;
  return false;
}

std::vector<uint32_t> SymbolTable::in_object(std::string_view object) const {
  std::vector<uint32_t> out;
  for (uint32_t s = 0; s < addr_.size(); ++s)
    if (objects_[object_[s]] == object) out.push_back(s);
  return out;
}

bool SymbolTable::load(const std::string& path, std::string& err, std::string_view object) {
  std::string data;
  if (!read_input(path, data, err)) return false;
  if (data.size() >= 4 && std::memcmp(data.data(), "\177ELF", 4) == 0)
    return load_elf(std::move(data), path, err, object);
  return load_text(std::move(data), path, err, object);
}

bool SymbolTable::load_text(std::string data, const std::string& origin, std::string& err, std::string_view object) {
  buffers_.push_back(std::make_unique<std::string>(std::move(data)));
  std::string_view text = *buffers_.back();
  uint16_t vmlinux = object_id(object.empty() ? std::string_view("vmlinux") : object);
  detail::TextLines lines{text};
  for (std::string_view l; lines.next(l);) {
    if (l.empty()) continue;
    // Fields split at blanks and tabs: ADDR TYPE NAME [MODULE].
    std::string_view f[4];
    size_t n = 0, i = 0;
    while (i < l.size() && n < 4) {
      while (i < l.size() && (l[i] == ' ' || l[i] == '\t')) ++i;
      size_t b = i;
      while (i < l.size() && l[i] != ' ' && l[i] != '\t') ++i;
      if (i > b) f[n++] = l.substr(b, i - b);
    }
    uint64_t addr = 0;
    bool hex = !f[0].empty();
    for (char c : f[0]) {
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) { hex = false; break; }
      addr = addr << 4 | static_cast<uint64_t>(d);
    }
    if (n < 3 || !hex || f[1].size() != 1 || (n == 4 && (f[3].size() < 3 || f[3].front() != '[' || f[3].back() != ']'))) {
      err = origin + ":" + std::to_string(lines.line) + ": not a symbol line (ADDR TYPE NAME [MODULE]): " +
            std::string(l.substr(0, 120));
      return false;
    }
    uint16_t obj = vmlinux;
    if (n == 4) {
      std::string m(f[3].substr(1, f[3].size() - 2));
      for (char& c : m) if (c == '-') c = '_';
      obj = object_id(m);
    }
    char t = f[1][0];
    add(f[2], t, addr, obj, 0, std::strchr("UwvN", t) == nullptr);  // undefined, debugging: not listed
  }
  return true;
}

} // namespace kcarve::kpolicy
