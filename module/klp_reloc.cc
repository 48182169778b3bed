// klp_reloc.cc — rewrites a linked live patch module so that the kernel's
// livepatch core, not the module loader, resolves its klp-reloc symbols
// (Documentation/livepatch/module-elf-format.rst, sections 3 and 4; the
// kernel side is klp_resolve_symbols() and klp_apply_section_relocs() in
// kernel/livepatch/core.c).
//
// Input: an ELF64 x86-64 relocatable object (the .ko Kbuild linked) in which
// each klp-reloc symbol is an undefined symbol (weak: the generated Kbuild
// compiles the carved sources with `#pragma weak` for them, so that modpost
// lets them through).  Output, in place:
//   - each such symbol is renamed `.klp.sym.<object>.<original>,<sympos>`
//     (sympos 0: the name is unique in the object), bound STB_GLOBAL, with
//     st_shndx = SHN_LIVEPATCH (0xff20): the module loader skips it and the
//     livepatch core looks it up with kallsyms;
//   - each relocation against one moves from its `.rela<sec>` into
//     `.klp.rela.<object>.<sec>` (<sec> the target section's full name),
//     an SHT_RELA section with SHF_RELA_LIVEPATCH (0x00100000), SHF_ALLOC
//     (the format requires it: the core applies module-specific sections
//     after the patch module's load, from the loaded copy) and
//     SHF_INFO_LINK, sh_link the symbol table, sh_info the target section.
//     The core applies the vmlinux sections when the patch module loads,
//     a module's when that module loads (or at enable, if already loaded).
// Only the relocation types x86's apply_relocate_add() writes and a kernel
// address fits are accepted (64, PC64, PC32, PLT32, 32S); a relocation in a
// section that is not loaded (SHF_ALLOC unset) is refused too.
//
// Symbol indices must not change (the loader keeps a livepatch module's
// symbol table exactly as linked), so the symbol table is edited in place;
// the grown string tables, the new sections and the section header table
// are appended to the file, and shrunk `.rela` sections keep their offset.
// Finally the first byte of the `.kcarve.klp` section (the glue's "fixup
// done" flag) is set to 1.
#include "module/klp_reloc.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <utility>

namespace kcarve::module {

namespace {

constexpr uint32_t SHT_SYMTAB = 2, SHT_RELA = 4, SHT_NOBITS = 8, SHT_REL = 9;
constexpr uint64_t SHF_ALLOC = 0x2, SHF_INFO_LINK = 0x40, SHF_RELA_LIVEPATCH = 0x00100000;
constexpr uint16_t SHN_UNDEF = 0, SHN_LIVEPATCH = 0xff20, SHN_LORESERVE = 0xff00;
constexpr uint8_t STB_GLOBAL = 1;

struct Shdr {
  uint32_t name, type;
  uint64_t flags, addr, offset, size;
  uint32_t link, info;
  uint64_t align, entsize;
};

template <typename T>
T get(const std::vector<uint8_t>& d, uint64_t off) {
  T v;
  std::memcpy(&v, d.data() + off, sizeof v);
  return v;
}
template <typename T>
void put(std::vector<uint8_t>& d, uint64_t off, T v) {
  std::memcpy(d.data() + off, &v, sizeof v);
}

// x86-64 psABI relocation names, for diagnostics.
std::string reloc_name(uint32_t t) {
  static const char* names[] = {"NONE", "64", "PC32", "GOT32", "PLT32", "COPY", "GLOB_DAT", "JUMP_SLOT",
                                "RELATIVE", "GOTPCREL", "32", "32S", "16", "PC16", "8", "PC8",
                                "DTPMOD64", "DTPOFF64", "TPOFF64", "TLSGD", "TLSLD", "DTPOFF32",
                                "GOTTPOFF", "TPOFF32", "PC64", "GOTOFF64", "GOTPC32"};
  if (t < sizeof names / sizeof *names) return std::string("R_X86_64_") + names[t];
  if (t == 41) return "R_X86_64_GOTPCRELX";
  if (t == 42) return "R_X86_64_REX_GOTPCRELX";
  return "relocation type " + std::to_string(t);
}

// What apply_relocate_add() (arch/x86/kernel/module.c) writes.  R_X86_64_32
// is written too, but a kernel address never fits its zero extension.
bool kernel_applies(uint32_t t) { return t == 1 || t == 2 || t == 4 || t == 11 || t == 24; }

std::string klp_name(const KlpSymbol& s) {
  return ".klp.sym." + s.object + "." + s.original + "," + std::to_string(s.sympos);
}

} // namespace

bool klp_fixup(const std::string& path, const std::vector<KlpSymbol>& syms, std::string& err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) { err += path + ": error: cannot open object file\n"; return false; }
  std::vector<uint8_t> d((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  auto bad = [&](const std::string& m) { err += path + ": error: " + m + "\n"; return false; };

  // ELF header (gABI "ELF Header").
  if (d.size() < 64 || std::memcmp(d.data(), "\177ELF", 4) != 0) return bad("not an ELF file");
  if (d[4] != 2 || d[5] != 1) return bad("not a little-endian ELF64 object");
  if (get<uint16_t>(d, 16) != 1) return bad("not a relocatable object (ET_REL)");
  if (get<uint16_t>(d, 18) != 62) return bad("not an x86-64 object");
  uint64_t shoff = get<uint64_t>(d, 40);
  uint32_t shnum = get<uint16_t>(d, 60), shstrndx = get<uint16_t>(d, 62);
  if (get<uint16_t>(d, 58) != 64) return bad("unexpected section header size");
  if (shnum == 0 || shstrndx >= SHN_LORESERVE) return bad("extended section numbering is not supported");
  if (shoff > d.size() || shnum > (d.size() - shoff) / 64) return bad("section header table out of bounds");
  std::vector<Shdr> sh(shnum);
  for (uint32_t i = 0; i < shnum; ++i) {
    uint64_t h = shoff + 64ull * i;
    sh[i] = Shdr{get<uint32_t>(d, h), get<uint32_t>(d, h + 4), get<uint64_t>(d, h + 8), get<uint64_t>(d, h + 16),
                 get<uint64_t>(d, h + 24), get<uint64_t>(d, h + 32), get<uint32_t>(d, h + 40),
                 get<uint32_t>(d, h + 44), get<uint64_t>(d, h + 48), get<uint64_t>(d, h + 56)};
    if (sh[i].type != SHT_NOBITS && (sh[i].offset > d.size() || sh[i].size > d.size() - sh[i].offset))
      return bad("section contents out of bounds");
  }
  if (shstrndx >= shnum) return bad("bad section name table index");
  auto cstr = [&](uint32_t tab, uint64_t off, std::string& out) {
    const Shdr& t = sh[tab];
    if (off >= t.size) return false;
    const char* b = reinterpret_cast<const char*>(d.data() + t.offset + off);
    size_t n = strnlen(b, t.size - off);
    if (n == t.size - off) return false;
    out.assign(b, n);
    return true;
  };
  std::vector<std::string> secname(shnum);
  for (uint32_t i = 0; i < shnum; ++i)
    if (!cstr(shstrndx, sh[i].name, secname[i])) return bad("bad section name");

  // The symbol table and its string table.
  uint32_t symtab = 0;
  for (uint32_t i = 1; i < shnum; ++i)
    if (sh[i].type == SHT_SYMTAB) {
      if (symtab) return bad("more than one symbol table");
      symtab = i;
    }
  if (!symtab || sh[symtab].entsize != 24 || sh[symtab].link >= shnum || sh[symtab].link == shstrndx)
    return bad("no usable symbol table");
  uint32_t strtab = sh[symtab].link;
  uint64_t nsyms = sh[symtab].size / 24;
  std::vector<std::string> symname(nsyms);
  for (uint64_t k = 0; k < nsyms; ++k)
    if (!cstr(strtab, get<uint32_t>(d, sh[symtab].offset + 24 * k), symname[k])) return bad("bad symbol name");
  auto shndx_of = [&](uint64_t k) { return get<uint16_t>(d, sh[symtab].offset + 24 * k + 6); };

  // Which symbol becomes which livepatch symbol.
  std::map<uint64_t, const KlpSymbol*> convert;
  size_t errors = 0;
  auto error = [&](const std::string& m) { err += path + ": error: " + m + "\n"; ++errors; };
  for (const auto& s : syms) {
    std::string kn = klp_name(s);
    if (s.object.size() > 55 || s.original.size() > 511) {
      error("klp-reloc symbol '" + s.name + "' (" + s.where + "): object or symbol name too long for the livepatch core");
      continue;
    }
    uint64_t found = 0;
    bool done = false;
    for (uint64_t k = 1; k < nsyms; ++k) {
      if (symname[k] == s.name && shndx_of(k) == SHN_UNDEF) found = k;
      if (symname[k] == kn && shndx_of(k) == SHN_LIVEPATCH) done = true;
    }
    if (found) {
      auto it = convert.find(found);
      if (it != convert.end() && klp_name(*it->second) != kn)
        error("klp-reloc symbol '" + s.name + "' (" + s.where + ") is also given as '" + it->second->original +
              "' of '" + it->second->object + "' (" + it->second->where + ")");
      convert[found] = &s;
    } else if (!done && !s.optional) {
      error("klp-reloc symbol '" + s.name + "' (" + s.where + ") is not an undefined symbol of the module");
    }
  }

  // Partition every relocation section's entries.
  struct Group { std::string object; uint32_t target; std::vector<uint8_t> entries; };
  std::vector<Group> groups;
  std::map<std::pair<std::string, uint32_t>, size_t> group_of;
  std::vector<std::pair<uint32_t, std::vector<uint8_t>>> kept;  // section, remaining entries
  for (uint32_t i = 1; i < shnum; ++i) {
    const Shdr& r = sh[i];
    if ((r.type != SHT_RELA && r.type != SHT_REL) || r.link != symtab) continue;
    if (r.flags & SHF_RELA_LIVEPATCH) continue;
    uint64_t esz = r.type == SHT_RELA ? 24 : 16;
    std::vector<uint8_t> keep;
    bool moved = false;
    for (uint64_t off = 0; off + esz <= r.size; off += esz) {
      uint64_t e = r.offset + off;
      uint64_t rinfo = get<uint64_t>(d, e + 8);
      uint64_t sym = rinfo >> 32;
      uint32_t type = static_cast<uint32_t>(rinfo);
      auto it = convert.find(sym);
      if (it == convert.end()) {
        keep.insert(keep.end(), d.begin() + e, d.begin() + e + esz);
        continue;
      }
      char at[32];
      std::snprintf(at, sizeof at, "0x%llx", static_cast<unsigned long long>(get<uint64_t>(d, e)));
      std::string where = " against '" + it->second->name + "' in " + (r.info < shnum ? secname[r.info] : "?") + " at " + at;
      if (r.type == SHT_REL) { error("REL relocation" + where + ": only RELA can become a livepatch relocation"); continue; }
      if (r.info == 0 || r.info >= shnum || !(sh[r.info].flags & SHF_ALLOC)) {
        error("relocation" + where + ": the section is not loaded, the livepatch core cannot write it");
        continue;
      }
      if (!kernel_applies(type)) {
        error(reloc_name(type) + where + ": the kernel cannot apply this type in a livepatch relocation section");
        continue;
      }
      auto key = std::make_pair(it->second->object, r.info);
      auto g = group_of.find(key);
      if (g == group_of.end()) {
        g = group_of.emplace(key, groups.size()).first;
        groups.push_back(Group{it->second->object, r.info, {}});
      }
      groups[g->second].entries.insert(groups[g->second].entries.end(), d.begin() + e, d.begin() + e + esz);
      moved = true;
    }
    if (moved) kept.emplace_back(i, std::move(keep));
  }
  if (errors) return false;
  // Replace the file (same mode) through a temporary beside it.
  auto write_back = [&](const std::vector<uint8_t>& out) {
    std::string tmp = path + ".klp-tmp";
    {
      std::ofstream o(tmp, std::ios::binary | std::ios::trunc);
      o.write(reinterpret_cast<const char*>(out.data()), static_cast<std::streamsize>(out.size()));
      o.close();
      if (!o) { std::remove(tmp.c_str()); return bad("cannot write " + tmp); }
    }
    struct stat st;
    if (stat(path.c_str(), &st) == 0) chmod(tmp.c_str(), st.st_mode & 07777);
    if (std::rename(tmp.c_str(), path.c_str()) != 0) { std::remove(tmp.c_str()); return bad("cannot replace the file"); }
    return true;
  };
  if (convert.empty()) {
    // Nothing to move: rewritten before, or every klp-reloc symbol was an
    // optional one the module does not use.  Only the "fixup done" flag.
    std::vector<uint8_t> out = d;
    bool flag = false;
    for (uint32_t i = 1; i < shnum; ++i)
      if (secname[i] == kKlpDoneSection && sh[i].type != SHT_NOBITS && sh[i].size > 0 && !out[sh[i].offset]) {
        out[sh[i].offset] = 1;
        flag = true;
      }
    return !flag || write_back(out);
  }
  if (shnum + groups.size() >= SHN_LORESERVE) return bad("too many sections");

  // The new file: edits in place, grown tables appended.
  std::vector<uint8_t> out = d;
  auto append = [&](const std::vector<uint8_t>& bytes, uint64_t align) {
    while (out.size() % align) out.push_back(0);
    uint64_t at = out.size();
    out.insert(out.end(), bytes.begin(), bytes.end());
    return at;
  };
  std::vector<uint8_t> str(d.begin() + sh[strtab].offset, d.begin() + sh[strtab].offset + sh[strtab].size);
  for (const auto& [k, s] : convert) {
    uint64_t e = sh[symtab].offset + 24 * k;
    put<uint32_t>(out, e, static_cast<uint32_t>(str.size()));
    std::string kn = klp_name(*s);
    str.insert(str.end(), kn.begin(), kn.end());
    str.push_back(0);
    out[e + 4] = static_cast<uint8_t>((STB_GLOBAL << 4) | (out[e + 4] & 15));
    put<uint16_t>(out, e + 6, SHN_LIVEPATCH);
    put<uint64_t>(out, e + 8, 0);
  }
  sh[strtab].offset = append(str, 1);
  sh[strtab].size = str.size();
  for (const auto& [i, keep] : kept) {
    std::copy(keep.begin(), keep.end(), out.begin() + sh[i].offset);
    sh[i].size = keep.size();
  }
  std::vector<uint8_t> shstr(d.begin() + sh[shstrndx].offset, d.begin() + sh[shstrndx].offset + sh[shstrndx].size);
  for (const auto& g : groups) {
    std::string n = ".klp.rela." + g.object + "." + secname[g.target];
    Shdr s{static_cast<uint32_t>(shstr.size()), SHT_RELA, SHF_ALLOC | SHF_INFO_LINK | SHF_RELA_LIVEPATCH, 0,
           append(g.entries, 8), g.entries.size(), symtab, g.target, 8, 24};
    shstr.insert(shstr.end(), n.begin(), n.end());
    shstr.push_back(0);
    sh.push_back(s);
  }
  sh[shstrndx].offset = append(shstr, 1);
  sh[shstrndx].size = shstr.size();
  for (uint32_t i = 1; i < shnum; ++i)
    if (secname[i] == kKlpDoneSection && sh[i].type != SHT_NOBITS && sh[i].size > 0) out[sh[i].offset] = 1;
  std::vector<uint8_t> hdrs(64 * sh.size());
  for (size_t i = 0; i < sh.size(); ++i) {
    uint64_t h = 64 * i;
    put(hdrs, h, sh[i].name);
    put(hdrs, h + 4, sh[i].type);
    put(hdrs, h + 8, sh[i].flags);
    put(hdrs, h + 16, sh[i].addr);
    put(hdrs, h + 24, sh[i].offset);
    put(hdrs, h + 32, sh[i].size);
    put(hdrs, h + 40, sh[i].link);
    put(hdrs, h + 44, sh[i].info);
    put(hdrs, h + 48, sh[i].align);
    put(hdrs, h + 56, sh[i].entsize);
  }
  put<uint64_t>(out, 40, append(hdrs, 8));
  put<uint16_t>(out, 60, static_cast<uint16_t>(sh.size()));

  return write_back(out);
}

} // namespace kcarve::module
