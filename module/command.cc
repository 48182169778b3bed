// command.cc — the command line of `kcarve module`:
//   kcarve module --outdir=DIR [--kdir=KDIR] [--runtime=DIR] [--replace]
//                 [--runpre=ORIG.o ...] CARVED.c MANIFEST.json [more pairs]
//   kcarve module --klp-fixup=MODULE.ko MANIFEST.json...
// The second form is the build step after Kbuild's link (klp_reloc.h).
#include <cstdio>
#include <cstring>
#include <string>

#include "module/generate.h"
#include "module/klp_reloc.h"
#include "module/manifest.h"
#include "module/module.h"

namespace kcarve::module {

namespace {

const char kUsage[] =
    "usage: kcarve module --outdir=DIR [OPTIONS] CARVED.c MANIFEST.json [CARVED.c MANIFEST.json ...]\n"
    "       kcarve module --klp-fixup=MODULE.ko MANIFEST.json [MANIFEST.json ...]\n"
    "\n"
    "  --outdir=DIR      write the module directory DIR (replaced if it exists)\n"
    "  --kdir=KDIR       kernel build tree: default for the generated Makefile, and\n"
    "                    its Module.symvers is checked for export-method symbols\n"
    "  --runtime=DIR     kcarve.ko build directory (kcarve.h, Module.symvers)\n"
    "  --replace         build a cumulative patch (klp_patch.replace)\n"
    "  --runpre=ORIG.o   original object for run-pre images (repeatable); without\n"
    "                    it, the manifests' \"original\" compile commands are run\n"
    "  --klp-fixup=KO    rewrite the linked module KO: references to the manifests'\n"
    "                    klp-reloc symbols become livepatch relocations (the\n"
    "                    generated Makefile runs this after Kbuild)\n";

bool opt(const char* a, const char* name, std::string& out) {
  size_t n = std::strlen(name);
  if (std::strncmp(a, name, n) != 0 || a[n] != '=') return false;
  out = a + n + 1;
  return true;
}

int usage_error(const std::string& msg) {
  std::fprintf(stderr, "kcarve: error: %s\n", msg.c_str());
  std::fprintf(stderr, "kcarve: note: run 'kcarve module --help' for usage\n");
  return 2;
}

} // namespace

// --klp-fixup: every argument is a manifest; their klp-reloc symbols.
int klp_fixup_main(const std::string& ko, const std::vector<std::string>& files) {
  if (files.empty()) return usage_error("--klp-fixup needs the module's manifests");
  std::vector<Manifest> ms(files.size());
  std::vector<KlpSymbol> syms;
  std::string err;
  for (size_t i = 0; i < files.size(); ++i) {
    if (!read_manifest(files[i], ms[i], err)) {
      std::fprintf(stderr, "%s\n", err.c_str());
      return 1;
    }
    for (const auto& s : ms[i].symbols)
      if (s.method == Method::KlpReloc) syms.push_back(KlpSymbol{s.name, s.original, s.object, s.sympos, s.where, s.optional});
  }
  if (!klp_fixup(ko, syms, err)) {
    std::fputs(err.c_str(), stderr);
    return 1;
  }
  return 0;
}

int module_main(int argc, char** argv) {
  GenerateOptions o;
  std::vector<std::string> files;
  std::string fixup;
  for (int i = 1; i < argc; ++i) {
    const char* a = argv[i];
    std::string v;
    if (std::strcmp(a, "--help") == 0) { std::fputs(kUsage, stdout); return 0; }
    if (opt(a, "--outdir", o.outdir) || opt(a, "--kdir", o.kdir) || opt(a, "--runtime", o.runtime)) continue;
    if (opt(a, "--runpre", v)) { o.runpre.push_back(v); continue; }
    if (opt(a, "--klp-fixup", fixup)) continue;
    if (std::strcmp(a, "--replace") == 0) { o.replace = true; continue; }
    if (a[0] == '-' && a[1]) return usage_error(std::string("unrecognized option '") + a + "'");
    files.push_back(a);
  }
  if (!fixup.empty()) return klp_fixup_main(fixup, files);
  if (o.outdir.empty()) return usage_error("no --outdir given");
  if (files.empty()) return usage_error("no carved source and manifest given");
  if (files.size() % 2) return usage_error("carved sources and manifests must come in pairs");
  for (size_t i = 0; i < files.size(); i += 2) {
    const std::string& c = files[i];
    if (c.size() < 3 || c.compare(c.size() - 2, 2, ".c") != 0)
      return usage_error("'" + c + "' is not a .c file (expected CARVED.c MANIFEST.json pairs)");
    o.pairs.emplace_back(c, files[i + 1]);
  }
  std::string err;
  if (!generate(o, err)) {
    std::fputs(err.c_str(), stderr);
    if (!err.empty() && err.back() != '\n') std::fputc('\n', stderr);
    return 1;
  }
  return 0;
}

} // namespace kcarve::module
