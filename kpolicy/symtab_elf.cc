// symtab_elf.cc — fills the SymbolTable from an ELF64 little-endian symbol
// table (gABI "Object Files": section headers, SHT_SYMTAB and its string
// table): vmlinux (ET_EXEC), a module .ko or any object (ET_REL).
//
// A symbol gets the letter nm(1) shows for it, from its binding, type and
// section (executable: t, SHT_NOBITS: b, writable: d, else r; upper case when
// global), so a table read from ELF and one read from System.map agree.
// Which symbols the running kernel's kallsyms lists, and in what order, is
// what livepatch's sympos counts, so it is decided here as the kernel does:
//  - vmlinux: scripts/kallsyms sorts by address, so the symbols are added
//    in address order (ties in symtab order);
//  - a module: module_kallsyms_on_each_symbol() walks the module's own symtab
//    in its order, and once the module is live only its core symbols remain
//    (kernel/module/kallsyms.c, is_core_symbol: defined, named, in an
//    allocated section not named .init*).
// Local symbols of vmlinux remember the STT_FILE symbol before them: the
// source file that tells two static functions of one name apart.
#include <algorithm>
#include <cstring>

#include "kpolicy/kpolicy.h"

namespace kcarve::kpolicy {

namespace {

constexpr uint32_t SHT_SYMTAB = 2, SHT_NOBITS = 8;
constexpr uint64_t SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4;
constexpr uint8_t STT_OBJECT = 1, STT_SECTION = 3, STT_FILE = 4, STT_GNU_IFUNC = 10;
constexpr uint8_t STB_LOCAL = 0, STB_WEAK = 2, STB_GNU_UNIQUE = 10;
constexpr uint16_t SHN_UNDEF = 0, SHN_LORESERVE = 0xff00, SHN_ABS = 0xfff1, SHN_COMMON = 0xfff2;

template <typename T>
T rd(std::string_view d, uint64_t off) {
  T v;
  std::memcpy(&v, d.data() + off, sizeof v);
  return v;
}

struct Sec {
  uint32_t name, type;
  uint64_t flags, offset, size;
  uint32_t link;
};

// The NUL-terminated string at OFF of the string table in [BEGIN, END).
std::string_view cstr(std::string_view d, uint64_t begin, uint64_t end, uint64_t off) {
  if (begin + off >= end) return {};
  const char* p = d.data() + begin + off;
  size_t n = strnlen(p, end - begin - off);
  return std::string_view(p, n);
}

std::string basename_object(const std::string& path) {
  std::string b = path.substr(path.rfind('/') + 1);
  size_t dot = b.find('.');
  if (dot != std::string::npos) b.resize(dot);
  for (char& c : b) if (c == '-') c = '_';
  return b;
}

} // namespace

bool SymbolTable::load_elf(std::string data, const std::string& origin, std::string& err, std::string_view object) {
  buffers_.push_back(std::make_unique<std::string>(std::move(data)));
  std::string_view d = *buffers_.back();
  auto bad = [&](const char* m) { err = origin + ": " + m; return false; };
  if (d.size() < 64 || d.compare(0, 4, "\177ELF") != 0) return bad("not an ELF file");
  if (d[4] != 2 || d[5] != 1) return bad("not a little-endian ELF64 file");
  uint16_t etype = rd<uint16_t>(d, 16);
  uint64_t shoff = rd<uint64_t>(d, 40);
  uint32_t shnum = rd<uint16_t>(d, 60), shstrndx = rd<uint16_t>(d, 62);
  if (rd<uint16_t>(d, 58) != 64) return bad("unexpected section header size");
  if (shoff == 0 || shoff > d.size() || d.size() - shoff < 64) return bad("no section header table");
  if (shnum == 0) shnum = static_cast<uint32_t>(rd<uint64_t>(d, shoff + 32));
  if (shstrndx == 0xffff) shstrndx = rd<uint32_t>(d, shoff + 40);
  if (shnum > (d.size() - shoff) / 64 || shstrndx >= shnum) return bad("section header table out of bounds");
  std::vector<Sec> secs(shnum);
  for (uint32_t i = 0; i < shnum; ++i) {
    uint64_t h = shoff + 64ull * i;
    secs[i] = {rd<uint32_t>(d, h), rd<uint32_t>(d, h + 4), rd<uint64_t>(d, h + 8), rd<uint64_t>(d, h + 24),
               rd<uint64_t>(d, h + 32), rd<uint32_t>(d, h + 40)};
    if (secs[i].type != SHT_NOBITS && (secs[i].offset > d.size() || secs[i].size > d.size() - secs[i].offset))
      return bad("section out of bounds");
  }
  const Sec& shstr = secs[shstrndx];
  auto sec_name = [&](const Sec& s) { return cstr(d, shstr.offset, shstr.offset + shstr.size, s.name); };
  const Sec* symtab = nullptr;
  for (const Sec& s : secs)
    if (s.type == SHT_SYMTAB) symtab = &s;
  if (!symtab) return bad("no symbol table (stripped?)");
  if (symtab->link >= shnum) return bad("symbol table without string table");
  const Sec& strtab = secs[symtab->link];

  // The object: given, vmlinux for an executable, .modinfo's name= for a module.
  std::string obj(object);
  if (obj.empty() && etype == 2) obj = "vmlinux";
  for (uint32_t i = 0; obj.empty() && i < shnum; ++i)
    if (sec_name(secs[i]) == ".modinfo" && secs[i].type != SHT_NOBITS) {
      std::string_view mi = d.substr(secs[i].offset, secs[i].size);
      for (size_t p = 0; p < mi.size();) {
        size_t e = mi.find('\0', p);
        if (e == std::string_view::npos) e = mi.size();
        if (mi.compare(p, 5, "name=") == 0) obj = std::string(mi.substr(p + 5, e - p - 5));
        p = e + 1;
      }
    }
  if (obj.empty()) obj = basename_object(origin);
  for (char& c : obj) if (c == '-') c = '_';
  uint16_t oid = object_id(obj);

  // A linked module (it has its struct module) loses its init symbols from
  // kallsyms once live; vmlinux and its objects keep them.
  bool module = false;
  for (const Sec& s : secs)
    if (sec_name(s) == ".gnu.linkonce.this_module") module = true;

  struct Pending { std::string_view name; char type; uint64_t addr; uint32_t file; bool kallsyms; };
  std::vector<Pending> syms;
  size_t n = symtab->size / 24;
  syms.reserve(n);
  uint32_t file = 0;
  for (size_t i = 1; i < n; ++i) {
    uint64_t e = symtab->offset + 24 * i;
    uint32_t st_name = rd<uint32_t>(d, e);
    uint8_t info = rd<uint8_t>(d, e + 4);
    uint16_t shndx = rd<uint16_t>(d, e + 6);
    uint64_t value = rd<uint64_t>(d, e + 8);
    uint8_t type = info & 0xf, bind = info >> 4;
    std::string_view name = cstr(d, strtab.offset, strtab.offset + strtab.size, st_name);
    if (type == STT_FILE) { file = intern(name); continue; }
    if (type == STT_SECTION || name.empty()) continue;
    char c;
    bool in_init = false;
    if (shndx == SHN_UNDEF) c = bind == STB_WEAK ? (type == STT_OBJECT ? 'v' : 'w') : 'U';
    else if (shndx == SHN_ABS) c = 'a';
    else if (shndx == SHN_COMMON) c = 'C';
    else if (type == STT_GNU_IFUNC) c = 'i';
    else if (bind == STB_GNU_UNIQUE) c = 'u';
    else if (bind == STB_WEAK) c = type == STT_OBJECT ? 'V' : 'W';
    else if (shndx >= SHN_LORESERVE || shndx >= shnum) c = '?';
    else {
      const Sec& s = secs[shndx];
      std::string_view sn = sec_name(s);
      in_init = sn.compare(0, 5, ".init") == 0;
      if (!(s.flags & SHF_ALLOC)) c = sn.compare(0, 6, ".debug") == 0 ? 'N' : 'n';
      else if (s.flags & SHF_EXECINSTR) c = 't';
      else if (s.type == SHT_NOBITS) c = 'b';
      else if (s.flags & SHF_WRITE) c = 'd';
      else c = 'r';
    }
    if (bind != STB_LOCAL && c >= 'a' && c <= 'z' && c != 'i' && c != 'u' && c != 'v' && c != 'w') c = static_cast<char>(c - 'a' + 'A');
    bool defined = c != 'U' && c != 'v' && c != 'w';
    bool listed = defined && c != 'N' && c != 'n' && c != 'a' && c != 'A' && c != 'C' && c != '?' &&
                  (!module || !in_init);
    syms.push_back({name, c, value, bind == STB_LOCAL ? file : 0, listed});
  }
  if (etype == 2)  // vmlinux: kallsyms order is address order
    std::stable_sort(syms.begin(), syms.end(), [](const Pending& a, const Pending& b) { return a.addr < b.addr; });
  for (const Pending& p : syms) add(p.name, p.type, p.addr, oid, p.file, p.kallsyms);
  return true;
}

} // namespace kcarve::kpolicy
