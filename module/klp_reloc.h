// klp_reloc.h — internal: turns a linked patch module's references to
// klp-reloc symbols into livepatch relocations
// (Documentation/livepatch/module-elf-format.rst), behind
// `kcarve module --klp-fixup=MODULE.ko MANIFEST.json...`.
#pragma once

#include <string>
#include <vector>

namespace kcarve::module {

struct KlpSymbol {
  std::string name;       // the undefined symbol the carved source refers to
  std::string original;   // the symbol in the running kernel
  std::string object;     // "vmlinux" or a module name
  unsigned long sympos = 0;
  std::string where;      // "manifest:line:col" of the entry, for diagnostics
  // The module may not refer to it at all (a symbol a header function names,
  // listed in case the carve's code reaches it): then there is nothing to do.
  bool optional = false;
};

// The section whose first byte the fixup sets to 1; the generated glue's
// init refuses to load the module while it is 0 (the fixup did not run).
constexpr const char* kKlpDoneSection = ".kcarve.klp";

// Rewrites the ELF64 relocatable object PATH in place: every relocation
// against one of SYMS moves from `.rela<sec>` into
// `.klp.rela.<object>.<sec>` (SHF_ALLOC | SHF_INFO_LINK | SHF_RELA_LIVEPATCH),
// and the symbol becomes `.klp.sym.<object>.<original>,<sympos>` with
// st_shndx SHN_LIVEPATCH.  An object already rewritten is left as it is.
// On error writes "PATH: error: ..." lines to ERR and leaves PATH unchanged.
bool klp_fixup(const std::string& path, const std::vector<KlpSymbol>& syms, std::string& err);

} // namespace kcarve::module
