// elf.h — a minimal ELF64 little-endian relocatable-object reader for run-pre
// images (System V gABI, "Object Files" chapter; x86-64 psABI section 4.4 for
// relocation types).  It finds a function's bytes in its section and the byte
// ranges that the linker, the module loader or the kernel's boot-time code
// patching will change, which run-pre verification must not compare.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kcarve::module {

struct SkipRange {
  uint32_t offset;
  uint32_t len;
  const char* why;  // static string: "reloc", "fentry", "alternative", ...
};

struct RunpreImage {
  std::string name;
  std::string section;
  uint64_t section_offset = 0;
  std::vector<uint8_t> bytes;
  std::vector<SkipRange> skip;  // sorted, non-overlapping
};

class ElfObject {
 public:
  // Loads PATH; on failure writes "PATH: error: ..." to ERR.
  bool load(const std::string& path, std::string& err);
  const std::string& path() const { return path_; }
  // Does the object define a function symbol NAME?
  bool defines(const std::string& name) const;
  // Extracts the image of function NAME with its skip ranges.
  bool extract(const std::string& name, RunpreImage& out, std::string& err) const;

 private:
  struct Section { std::string name; uint32_t type; uint64_t flags, offset, size; uint32_t link, info; uint64_t entsize; };
  struct Symbol { std::string name; uint8_t type, bind; uint16_t shndx; uint64_t value, size; };
  struct Rela { uint64_t offset; uint32_t type, sym; int64_t addend; };
  std::vector<Rela> relas_for(size_t section) const;
  int find_section(const std::string& name) const;
  std::string path_;
  std::vector<uint8_t> data_;
  std::vector<Section> sections_;
  std::vector<Symbol> symbols_;
};

} // namespace kcarve::module
