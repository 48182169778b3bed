// elf.cc — reads ELF64 relocatable objects (gABI "Object Files": ELF header,
// section header table, symbol table, SHT_RELA) and derives run-pre images.
//
// Kbuild does not use -ffunction-sections, so a function is a range of .text
// given by its symbol's st_value and st_size.  Bytes that differ between the
// object and the running kernel for reasons other than a source change are
// marked as skip ranges:
//   - every field a .rela<section> entry relocates (x86-64 psABI 4.4.1 sizes);
//   - the first 5 bytes (`call __fentry__` from gcc's -pg -mfentry, turned
//     into a NOP or an ftrace/livepatch call at run time);
//   - the kernel's run-time patch sites, found through the relocations of the
//     sections that list them: .altinstructions (struct alt_instr, instrlen
//     at byte 10), .parainstructions (struct paravirt_patch_site, len at byte
//     9), __jump_table (struct jump_entry), .static_call_sites,
//     .retpoline_sites, .return_sites, .call_sites, .smp_locks (lock prefix
//     to DS on a uniprocessor), __mcount_loc / __patchable_function_entries;
//   - calls and jumps to __x86_return_thunk, __x86_indirect_thunk_* and
//     static-call trampolines (__SCT__*) even when objtool has not run on the
//     object, since those sites are rewritten at boot.
#include "module/elf.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>

namespace kcarve::module {

namespace {

constexpr uint32_t SHT_SYMTAB = 2, SHT_RELA = 4, SHT_NOBITS = 8;
constexpr uint8_t STT_FUNC = 2, STT_SECTION = 3;
constexpr uint16_t SHN_UNDEF = 0, SHN_LORESERVE = 0xff00;

template <typename T>
T rd(const std::vector<uint8_t>& d, uint64_t off) {
  T v;
  std::memcpy(&v, d.data() + off, sizeof v);
  return v;
}

// Width of the field a relocation type writes (x86-64 psABI table 4.9).
uint32_t reloc_width(uint32_t type) {
  switch (type) {
    case 1: case 24: return 8;   // R_X86_64_64, R_X86_64_PC64
    case 2: case 4: case 9: case 10: case 11: case 41: case 42: return 4;  // PC32 PLT32 GOTPCREL 32 32S GOTPCRELX REX_GOTPCRELX
    case 12: case 13: return 2;  // 16, PC16
    case 14: case 15: return 1;  // 8, PC8
    default: return 0;
  }
}

bool starts(const std::string& s, const char* p) { return s.compare(0, std::strlen(p), p) == 0; }

} // namespace

bool ElfObject::load(const std::string& path, std::string& err) {
  path_ = path;
  std::ifstream in(path, std::ios::binary);
  if (!in) { err = path + ": error: cannot open object file"; return false; }
  data_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  auto bad = [&](const char* m) { err = path + ": error: " + m; return false; };
  if (data_.size() < 64 || std::memcmp(data_.data(), "\177ELF", 4) != 0) return bad("not an ELF file");
  if (data_[4] != 2 || data_[5] != 1) return bad("not a little-endian ELF64 object");
  if (rd<uint16_t>(data_, 16) != 1) return bad("not a relocatable object (ET_REL)");
  if (rd<uint16_t>(data_, 18) != 62) return bad("not an x86-64 object");
  uint64_t shoff = rd<uint64_t>(data_, 40);
  uint16_t shentsize = rd<uint16_t>(data_, 58);
  uint32_t shnum = rd<uint16_t>(data_, 60);
  uint32_t shstrndx = rd<uint16_t>(data_, 62);
  if (shentsize != 64) return bad("unexpected section header size");
  if (shoff > data_.size() || data_.size() - shoff < 64) return bad("section header table out of bounds");
  if (shnum == 0) shnum = static_cast<uint32_t>(rd<uint64_t>(data_, shoff + 32));
  if (shstrndx == 0xffff) shstrndx = rd<uint32_t>(data_, shoff + 40);
  if (shoff > data_.size() || shnum > (data_.size() - shoff) / 64) return bad("section header table out of bounds");
  sections_.resize(shnum);
  for (uint32_t i = 0; i < shnum; ++i) {
    uint64_t h = shoff + 64ull * i;
    Section& s = sections_[i];
    s.type = rd<uint32_t>(data_, h + 4);
    s.flags = rd<uint64_t>(data_, h + 8);
    s.offset = rd<uint64_t>(data_, h + 24);
    s.size = rd<uint64_t>(data_, h + 32);
    s.link = rd<uint32_t>(data_, h + 40);
    s.info = rd<uint32_t>(data_, h + 44);
    s.entsize = rd<uint64_t>(data_, h + 56);
    if (s.type != SHT_NOBITS && (s.offset > data_.size() || s.size > data_.size() - s.offset))
      return bad("section contents out of bounds");
    s.name.assign(std::to_string(rd<uint32_t>(data_, h)));  // resolved below
  }
  if (shstrndx >= shnum) return bad("bad section name table index");
  auto cstr = [&](const Section& tab, uint64_t off, std::string& out) {
    if (off >= tab.size) return false;
    const char* b = reinterpret_cast<const char*>(data_.data() + tab.offset + off);
    size_t n = strnlen(b, tab.size - off);
    if (n == tab.size - off) return false;
    out.assign(b, n);
    return true;
  };
  Section strtab = sections_[shstrndx];
  for (auto& s : sections_)
    if (!cstr(strtab, std::stoull(s.name), s.name)) return bad("bad section name");
  for (const auto& s : sections_) {
    if (s.type != SHT_SYMTAB) continue;
    if (s.link >= shnum || s.entsize != 24) return bad("bad symbol table");
    const Section& names = sections_[s.link];
    for (uint64_t off = 0; off + 24 <= s.size; off += 24) {
      uint64_t e = s.offset + off;
      Symbol y;
      if (!cstr(names, rd<uint32_t>(data_, e), y.name)) return bad("bad symbol name");
      uint8_t info = data_[e + 4];
      y.type = info & 15;
      y.bind = info >> 4;
      y.shndx = rd<uint16_t>(data_, e + 6);
      y.value = rd<uint64_t>(data_, e + 8);
      y.size = rd<uint64_t>(data_, e + 16);
      if (y.type == STT_SECTION && y.shndx < shnum) y.name = sections_[y.shndx].name;
      symbols_.push_back(std::move(y));
    }
    break;
  }
  if (symbols_.empty()) return bad("no symbol table");
  return true;
}

int ElfObject::find_section(const std::string& name) const {
  for (size_t i = 0; i < sections_.size(); ++i)
    if (sections_[i].name == name) return static_cast<int>(i);
  return -1;
}

std::vector<ElfObject::Rela> ElfObject::relas_for(size_t section) const {
  std::vector<Rela> out;
  for (const auto& s : sections_) {
    if (s.type != SHT_RELA || s.info != section || s.entsize != 24) continue;
    for (uint64_t off = 0; off + 24 <= s.size; off += 24) {
      uint64_t e = s.offset + off;
      uint64_t info = rd<uint64_t>(data_, e + 8);
      out.push_back(Rela{rd<uint64_t>(data_, e), static_cast<uint32_t>(info), static_cast<uint32_t>(info >> 32),
                         rd<int64_t>(data_, e + 16)});
    }
  }
  return out;
}

bool ElfObject::defines(const std::string& name) const {
  for (const auto& y : symbols_)
    if (y.type == STT_FUNC && y.name == name && y.shndx != SHN_UNDEF && y.shndx < SHN_LORESERVE) return true;
  return false;
}

bool ElfObject::extract(const std::string& name, RunpreImage& out, std::string& err) const {
  const Symbol* fn = nullptr;
  for (const auto& y : symbols_) {
    if (y.type != STT_FUNC || y.name != name || y.shndx == SHN_UNDEF || y.shndx >= SHN_LORESERVE) continue;
    if (fn) { err = path_ + ": error: function '" + name + "' is defined twice"; return false; }
    fn = &y;
  }
  if (!fn) { err = path_ + ": error: no function '" + name + "' in the original object"; return false; }
  if (fn->shndx >= sections_.size()) { err = path_ + ": error: bad section index"; return false; }
  const Section& text = sections_[fn->shndx];
  if (text.type == SHT_NOBITS || fn->size == 0 || fn->value > text.size || fn->size > text.size - fn->value) {
    err = path_ + ": error: function '" + name + "' has no bytes in its section";
    return false;
  }
  uint64_t lo = fn->value, hi = fn->value + fn->size;
  out.name = name;
  out.section = text.name;
  out.section_offset = lo;
  out.bytes.assign(data_.begin() + text.offset + lo, data_.begin() + text.offset + hi);
  std::vector<SkipRange> raw;
  auto add = [&](uint64_t off, uint64_t len, const char* why) {
    if (off + len <= lo || off >= hi || len == 0) return;
    uint64_t a = std::max(off, lo), b = std::min(off + len, hi);
    raw.push_back(SkipRange{static_cast<uint32_t>(a - lo), static_cast<uint32_t>(b - a), why});
  };
  // Length of the instruction a call/jmp-style patch site starts with.
  auto insn_len = [&](uint64_t off) -> uint64_t {
    if (off >= text.size) return 5;
    uint8_t b0 = data_[text.offset + off];
    if (b0 == 0xeb) return 2;                                         // jmp rel8
    if (b0 == 0x66 && off + 1 < text.size && data_[text.offset + off + 1] == 0x90) return 2;  // 2-byte nop
    if (b0 == 0x2e) return 6;                                         // cs-prefixed call/jmp (thunk)
    if (b0 == 0xff) return 3;                                         // call/jmp *%reg (+REX handled below)
    if (b0 == 0x41 && off + 1 < text.size && data_[text.offset + off + 1] == 0xff) return 3;
    return 5;
  };
  size_t tidx = fn->shndx;
  add(lo, 5, "fentry");
  for (const auto& r : relas_for(tidx)) {
    if (r.offset < lo || r.offset >= hi) continue;
    uint32_t w = reloc_width(r.type);
    if (w == 0) w = 4;
    add(r.offset, w, "reloc");
    if (r.sym < symbols_.size()) {
      const std::string& t = symbols_[r.sym].name;
      if (t == "__x86_return_thunk") add(r.offset - 1, 5, "return-thunk");
      else if (starts(t, "__x86_indirect_thunk_") || starts(t, "__x86_indirect_jump_thunk_")) {
        bool cs = r.offset >= lo + 2 && data_[text.offset + r.offset - 2] == 0x2e;
        add(r.offset - (cs ? 2 : 1), cs ? 6 : 5, "retpoline");
      } else if (starts(t, "__SCT__")) add(r.offset - 1, 5, "static-call");
      else if (t == "__fentry__") add(r.offset - 1, 5, "fentry");
    }
  }
  // Sections listing run-time patch sites: for each entry whose relocation
  // points into the function's section, the target offset is S + A.
  struct SiteTable { const char* name; uint32_t stride; int len_at; uint32_t fixed; const char* why; };
  static const SiteTable tables[] = {
      {".altinstructions", 12, 10, 0, "alternative"},
      {".parainstructions", 16, 9, 0, "paravirt"},
      {"__jump_table", 16, -1, 0, "jump-label"},
      {".static_call_sites", 8, -1, 5, "static-call"},
      {".retpoline_sites", 4, -1, 0, "retpoline"},
      {".return_sites", 4, -1, 5, "return-thunk"},
      {".call_sites", 4, -1, 5, "call-depth"},
      {".smp_locks", 4, -1, 1, "smp-lock"},
      {"__mcount_loc", 8, -1, 5, "fentry"},
      {"__patchable_function_entries", 8, -1, 5, "fentry"},
  };
  for (const auto& st : tables) {
    int si = find_section(st.name);
    if (si < 0) continue;
    const Section& sec = sections_[si];
    for (const auto& r : relas_for(si)) {
      if (r.offset % st.stride != 0) continue;  // only the entry's first field names the site
      if (r.sym >= symbols_.size()) continue;
      const Symbol& y = symbols_[r.sym];
      if (y.shndx != tidx) continue;
      uint64_t target = y.value + static_cast<uint64_t>(r.addend);
      uint64_t len = st.fixed;
      if (st.len_at >= 0) {
        if (r.offset + st.len_at >= sec.size || sec.type == SHT_NOBITS) continue;
        len = data_[sec.offset + r.offset + st.len_at];
      } else if (len == 0) {
        len = insn_len(target);
      }
      add(target, len, st.why);
    }
  }
  // Sort and merge overlapping or adjacent ranges.
  std::sort(raw.begin(), raw.end(), [](const SkipRange& a, const SkipRange& b) { return a.offset < b.offset; });
  out.skip.clear();
  for (const auto& s : raw) {
    if (!out.skip.empty() && s.offset <= out.skip.back().offset + out.skip.back().len) {
      SkipRange& b = out.skip.back();
      b.len = std::max(b.offset + b.len, s.offset + s.len) - b.offset;
      continue;
    }
    out.skip.push_back(s);
  }
  return true;
}

} // namespace kcarve::module
