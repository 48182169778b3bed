// manifest.h — the manifest a carved source comes with (docs/manifest.md):
// which functions it patches, how it reaches the symbols it externalized, its
// callbacks, the update id, and how the original translation unit was
// compiled.  The creation stage writes it; `kcarve module` reads it.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace kcarve::module {

// The newest version read; 1 is read too (version 2 adds the "why" of functions
// and symbols and the "carried" functions, all informational).
constexpr int kManifestVersion = 2;

struct PatchedFunction {
  std::string name;       // symbol in the running kernel
  std::string new_name;   // external symbol in the carved source
  std::string object;     // "vmlinux" or a module name
  unsigned long sympos = 0;
  std::string why;       // v2: why it is patched ("changed by the patch", "inlined F")
};

enum class Method { Export, KlpReloc, Kallsyms };

struct ExternSymbol {
  std::string name;       // identifier the carved source uses
  std::string original;   // symbol in the running kernel
  std::string object;
  unsigned long sympos = 0;
  Method method = Method::Kallsyms;
  std::string why;       // v2, informational
  std::string where;      // "file:line:col" of the entry, for diagnostics
};

struct Callbacks {
  std::string object;
  std::string pre_patch, post_patch, pre_unpatch, post_unpatch;
};

struct OriginalTu {
  std::string file;                  // the source, as the command names it
  std::string directory;             // working directory of the command
  std::vector<std::string> command;  // argv, compiler first
};

struct Manifest {
  std::string path;       // where it was read from
  std::string id;
  std::string source;     // the carved .c it describes (informational)
  bool replace = false;
  std::vector<PatchedFunction> functions;
  std::vector<ExternSymbol> symbols;
  // v2: functions the patch changes that have no symbol of their own (inlined
  // everywhere): carried in the carved source, reached through patched callers.
  std::vector<std::pair<std::string, std::string>> carried;  // (name, why)
  std::vector<Callbacks> callbacks;
  bool has_original = false;
  OriginalTu original;
};

// Reads and validates PATH.  On error writes `file:line:col: error: ...` to
// ERR and returns false.
bool read_manifest(const std::string& path, Manifest& m, std::string& err);

} // namespace kcarve::module
