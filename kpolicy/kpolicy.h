// kpolicy.h — the built-in kernel policy: what a carve decides from the target
// kernel's own symbol tables rather than from a policy script
// (docs/kernel-policy.md, issue 11 sections 1 and 2).
//
// Four inputs, each read once into flat arrays:
//   SymbolTable  System.map, /proc/kallsyms, or the ELF symtab of vmlinux or a
//                .ko (optionally .xz/.zst/.gz, decompressed by running xz,
//                zstd or gzip); names are views into the file's own bytes,
//                interned to ids, symbols of one name chained in kallsyms order
//   Symvers      Module.symvers: which symbols are exported, by whom
//   IpaClones    gcc's -fdump-ipa-clones dump of the translation unit: which
//                functions were inlined into which callers, which clones
//                (.isra.N, .constprop.N, .part.N) stand for a function
//   KernelPolicy the decisions built on them: a closure::Backend answering the
//                eight policy questions, and the placement (method, object,
//                sympos) the manifest records for each externalized symbol.
// Positions follow kernel/livepatch/core.c, klp_find_object_symbol: sympos 0
// requires the name to be unique in the object, else it is the 1-based rank of
// the symbol among the object's symbols of that name in kallsyms order.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "closure/closure.h"
#include "closure/policy.h"

namespace kcarve::kpolicy {

// The bytes of PATH; a name ending in .xz, .zst or .gz is decompressed by
// running `xz -dc`, `zstd -dc` or `gzip -dc` on it.  False with ERR set
// ("PATH: cannot run zstd (not installed?)", "PATH: xz exited with status 1:
// ...") when the file or the tool fails.
bool read_input(const std::string& path, std::string& data, std::string& err);

// The symbols of a kernel: vmlinux (object "vmlinux") and modules (object =
// the module's name, '-' read as '_' as the kernel does).  Several files may
// be loaded into one table (System.map plus some .ko files).
class SymbolTable {
public:
  static constexpr uint32_t kNone = UINT32_MAX;
  // Loads PATH: an ELF file (vmlinux, a .ko, a .o) by its magic, else the text
  // format "ADDR TYPE NAME [MODULE]" of System.map and /proc/kallsyms.  OBJECT
  // overrides the object the file's symbols belong to (default: vmlinux for
  // text lines without [MODULE] and for an ELF executable, the .modinfo name=
  // of a .ko, else the file's basename without suffixes).
  bool load(const std::string& path, std::string& err, std::string_view object = {});
  // The same from bytes already read; ORIGIN names them in errors.
  bool load_text(std::string data, const std::string& origin, std::string& err, std::string_view object = {});
  bool load_elf(std::string data, const std::string& origin, std::string& err, std::string_view object = {});

  size_t size() const { return addr_.size(); }
  std::string_view name(uint32_t sym) const { return names_[name_[sym]]; }
  char type(uint32_t sym) const { return type_[sym]; }  // nm's letter
  uint64_t addr(uint32_t sym) const { return addr_[sym]; }
  const std::string& object(uint32_t sym) const { return objects_[object_[sym]]; }
  // The source file an ELF STT_FILE symbol gave the symbol (locals only), or "".
  std::string_view file(uint32_t sym) const { return names_[file_[sym]]; }
  // Whether the running kernel's kallsyms lists it: defined, and for a module
  // not in an init section (freed after load, dropped from the core symtab).
  bool in_kallsyms(uint32_t sym) const { return kallsyms_[sym]; }
  bool is_function(uint32_t sym) const;  // t T w W i
  bool has_object(std::string_view object) const;

  // The symbols named NAME (kallsyms-listed ones only) in OBJECT, in kallsyms
  // order; OBJECT empty: in any object.
  std::vector<uint32_t> find(std::string_view name, std::string_view object = {}) const;
  // Whether NAME is a symbol of OBJECT (any object when empty).
  bool contains(std::string_view name, std::string_view object = {}) const;
  // All symbols of OBJECT in kallsyms order (vmlinux: by address).
  std::vector<uint32_t> in_object(std::string_view object) const;

private:
  uint32_t intern(std::string_view s);
  uint16_t object_id(std::string_view obj);
  void add(std::string_view name, char type, uint64_t addr, uint16_t obj, uint32_t file, bool kallsyms);
  std::vector<std::unique_ptr<std::string>> buffers_;  // the files' bytes: names point into them
  std::vector<std::string_view> names_{std::string_view()};  // id 0: ""
  std::unordered_map<std::string_view, uint32_t> name_ids_;
  std::vector<std::string> objects_;
  // One entry per symbol.
  std::vector<uint64_t> addr_;
  std::vector<uint32_t> name_, file_, next_;  // next_: next symbol of that name
  std::vector<uint16_t> object_;
  std::vector<char> type_;
  std::vector<bool> kallsyms_;
  std::vector<uint32_t> head_, tail_;  // per name id: first and last symbol
};

// Module.symvers: "CRC<TAB>SYMBOL<TAB>MODULE<TAB>EXPORT-TYPE<TAB>NAMESPACE".
struct Export {
  std::string_view name, module, type, ns;  // module: "vmlinux" or a path
  uint32_t crc = 0;
  std::string object() const;  // "vmlinux" or the module's name (basename, '-' -> '_')
};
class Symvers {
public:
  bool load(const std::string& path, std::string& err);
  bool load_text(std::string data, const std::string& origin, std::string& err);
  const Export* find(std::string_view name) const;
  size_t size() const { return exports_.size(); }

private:
  std::unique_ptr<std::string> data_;
  std::vector<Export> exports_;
  std::unordered_map<std::string_view, uint32_t> index_;
};

// What tells one translation unit's symbols from another's of the same name.
struct TuHint {
  std::string file;  // the TU's source basename ("fork.c"): matches STT_FILE of an ELF vmlinux
  // Other symbols the TU defines (its functions and statics, e.g. from `nm`
  // of its object): a candidate surrounded by them is the TU's.
  std::vector<std::string> neighbours;
};

// Where a symbol of the running kernel is, as livepatch names it.
struct Position {
  uint32_t sym = SymbolTable::kNone;
  std::string name;      // the symbol ("calls.3" for a block-scope static)
  std::string object;    // "vmlinux" or the module
  unsigned long sympos = 0;
};

// klp_find_object_symbol's position of the symbol NAME of OBJECT the TU means:
// sympos 0 when the name is unique in the object; else the TU's candidate,
// picked by HINT (source file, then neighbours), at its 1-based rank.  WANT_FUNCTION
// restricts the candidates to functions (true) or data (false), not the rank.
// Nullopt with ERR set when absent or ambiguous.
std::optional<Position> resolve(const SymbolTable& st, std::string_view name, std::string_view object,
                                std::optional<bool> want_function, const TuHint& hint, std::string& err);
// The block-scope static NAME of FUNCTION: gcc's local `NAME.N` symbol.  EXACT
// (the `NAME.N` gcc gave it in the TU's own object, when known) is resolved
// like any symbol; else the object's `NAME.N` locals are the candidates, and
// one is picked only when unique, in the TU's file, or unambiguously among the
// TU's neighbours.  Nullopt with ERR saying why otherwise.
std::optional<Position> resolve_local_static(const SymbolTable& st, std::string_view function,
                                             std::string_view name, std::string_view object,
                                             std::string_view exact, const TuHint& hint, std::string& err);

// gcc -fdump-ipa-clones (gcc 12: DUMPBASE.000i.ipa-clones): lines
//   Callgraph clone;ORIG;ORDER;FILE;LINE;COL;NEW;ORDER;FILE;LINE;COL;SUFFIX
//   Callgraph removal;NAME;ORDER;FILE;LINE;COL
// SUFFIX "inlining to": ORIG was inlined into NEW (the caller); else NEW is a
// clone of ORIG (isra, constprop, part, ...).
class IpaClones {
public:
  bool load(const std::string& path, std::string& err);
  bool load_text(std::string_view text, const std::string& origin, std::string& err);
  struct Clone { std::string name, kind; };
  // The direct callers NAME was inlined into.
  std::vector<std::string> inlined_into(std::string_view name) const;
  // NAME's clones, transitively (a clone of a clone), in dump order.
  std::vector<Clone> clones(std::string_view name) const;
  // Whether gcc removed NAME's own node (not an inline copy of it): it then
  // has no symbol of its own in the object.
  bool removed(std::string_view name) const;
  bool known(std::string_view name) const { return nodes_.count(std::string(name)) != 0; }
  std::vector<std::string> names() const;
  // The decisions a carve pins its copied functions to (closure::InliningFacts):
  // per source name (a clone's up to its first '.'), the functions its body
  // or a clone's was inlined into, whether no out-of-line body is left
  // (its own node and every clone's removed), and whether its own is.
  closure::InliningFacts inlining_facts() const;

  // The functions whose code contains NAME's (inlined into them, or into a
  // clone standing for them, transitively) that EXISTS as symbols; LOST: the
  // chains that end at no symbol.  Followed through existing callers too: a
  // caller that was itself inlined elsewhere carries the callee's body along.
  template <typename Exists>
  std::vector<std::string> containing(std::string_view name, Exists exists, std::vector<std::string>* lost = nullptr) const;

private:
  struct Node {
    std::vector<int> orders;   // the orders its clone lines show (a caller's may be an inline copy's)
    bool removed = false;
    std::vector<std::string> callers;  // inlined into
    std::vector<Clone> clones;
  };
  Node& node(const std::string& name);
  std::unordered_map<std::string, Node> nodes_;
  std::vector<std::string> order_;  // names in first-seen order
  std::vector<std::pair<std::string, int>> removals_;
};

enum class Method : uint8_t { Export, KlpReloc, Kallsyms };
const char* method_name(Method m);  // "export", "klp-reloc", "kallsyms"

// The target object of a Kbuild command line: the KBUILD_MODNAME of a TU
// built with -DMODULE ('-' read as '_'), else "vmlinux".
std::string target_object(const std::vector<std::string>& gcc_args);
// Where gcc 12 writes the dump of `GCC_ARGS -fdump-ipa-clones`: with `-o
// DIR/X.o` it is DIR/X.c.000i.ipa-clones (the object's name with the
// source's suffix), without -o SOURCE's basename .000i.ipa-clones in the
// working directory.  "" when GCC_ARGS names no .c source.
std::string ipa_clones_dump_path(const std::vector<std::string>& gcc_args);

struct KernelPolicyConfig {
  closure::DefaultPolicyConfig base;  // patched functions, prefixes, eligible headers
  std::string object = "vmlinux";     // the TU's object (target_object)
  Method method = Method::KlpReloc;    // for present but unexported symbols
  TuHint hint;
  // The `NAME.N` of block-scope statics in the TU's own object, keyed
  // FUNCTION::NAME (optional: see resolve_local_static).
  std::unordered_map<std::string, std::string> local_symbols;
  // All local NAME.N symbols of the TU's own object: a NAME whose NAME.N is
  // unique there is that one (a TU may have several `calls`, then not).
  std::vector<std::string> tu_locals;
  // Every symbol the TU's own object defines or references, sorted (when
  // TU_KNOWN): a name it does not even reference is never called by the
  // original code (a link-time error function, a declaration of a disabled
  // config option), or is new in the patch.
  bool tu_known = false;
  std::vector<std::string> tu_symbols;
};

// What the manifest records for one externalized symbol (docs/manifest.md
// symbols[]).
struct Placement {
  Method method = Method::Export;
  std::string original;  // the running kernel's symbol ("saved_command_line", "calls.3")
  std::string object;    // "vmlinux" or a module
  unsigned long sympos = 0;
};

class KernelPolicy {
public:
  // The tables must outlive the policy; CLONES may be null (no dump).
  KernelPolicy(KernelPolicyConfig cfg, const SymbolTable& symbols, const Symvers& symvers,
               const IpaClones* clones);
  const KernelPolicyConfig& config() const { return cfg_; }
  // Where the externalized NAME (a protocol name: FUNCTION::NAME for a
  // block-scope static) lives and how the module reaches it; nullopt with ERR
  // set when it cannot be placed (absent, ambiguous).  NEW_NAME: the name the
  // carved source gives it (modify-externalized-sym's answer), when known: an
  // exported symbol renamed there (its name was taken, RETRY > 0) cannot be
  // bound by the module loader and is placed by the configured method.
  std::optional<Placement> place(bool function, std::string_view name, std::string& err,
                                 std::string_view new_name = {}) const;
  // The patched functions: --patched-functions plus, with a dump, the
  // functions they were inlined into (IpaClones::containing), each with why
  // (the manifest's reason: "patched", "inlined F").  NAME is the source
  // function (a clone's name up to its first '.'), SYMBOL the running
  // kernel's symbol the replacement takes over ("" when there is none: a
  // function inlined everywhere is patched through its callers).  PROBLEM
  // non-empty: this one cannot be patched correctly and the carve must refuse
  // with it (its only symbols are clones whose signature gcc changed, or it
  // is in no symbol table at all).
  struct Patched { std::string name, symbol, why, problem; };
  const std::vector<Patched>& patched() const { return patched_; }
  bool is_patched(std::string_view name) const;
  // The manifest's functions[] entry for patched function NAME: its SYMBOL,
  // object and sympos (method unused); nullopt with ERR (the PROBLEM, or why
  // the symbol's position cannot be told) otherwise, and for a function
  // without a symbol of its own.
  std::optional<Placement> place_patched(std::string_view name, std::string& err) const;
  // Whether the TU's own object (when known) neither defines nor references
  // NAME: the original code never reaches it, so the carve may keep its
  // declaration as it is, without a place in the running kernel; a carve that
  // does call it fails the module's link (modpost: undefined), never the
  // running kernel.
  bool unreferenced(std::string_view name) const;
  // Whether function NAME exists as a symbol of the target object.
  bool exists(std::string_view name) const;
  // The symbols that stand for function NAME in the object: itself if present,
  // else its clones present (.isra.N, .constprop.N, .part.N), and NAME.cold.
  std::vector<std::string> symbols_for(std::string_view name) const;

private:
  KernelPolicyConfig cfg_;
  const SymbolTable& st_;
  const Symvers& sv_;
  const IpaClones* ipa_;
  std::vector<Patched> patched_;
};

// The eight answers from KP (which must outlive it); header eligibility and
// names as the default policy (closure::make_default_backend).
std::unique_ptr<closure::Backend> make_kernel_backend(const KernelPolicy& kp);

// ---- the driver's side (setup.cc, tu_compile.cc)

// The command-line options of the kernel policy (kcarve(1)):
//   --kernel-policy             answer from the kernel's tables, not the default
//   --symbols=FILE[,FILE...]    System.map, kallsyms, vmlinux or .ko (repeatable)
//   --symvers=FILE              Module.symvers
//   --object=vmlinux|MODULE     the TU's object (default: target_object)
//   --method=klp-reloc|kallsyms for symbols present but not exported
//   --ipa-clones=DUMP           the TU's -fdump-ipa-clones dump
//   --tu-object=FILE            the TU's own object (same gcc, same flags): its
//                               symbols are the neighbours that pick the TU's
//                               candidates, its NAME.N the block-scope statics
struct KernelPolicyOptions {
  bool enabled = false;
  std::vector<std::string> symbols;
  std::string symvers, object, ipa_clones, tu_object;
  Method method = Method::KlpReloc;
};
// False when ARG is none of these; else true, with ERR set for a malformed
// one ("--method must be klp-reloc or kallsyms").
bool parse_kernel_policy_option(std::string_view arg, KernelPolicyOptions& opts, std::string& err);

// The tables read and the policy built on them, owned together.
struct KernelPolicySetup {
  SymbolTable symbols;
  Symvers symvers;
  IpaClones ipa;
  std::unique_ptr<KernelPolicy> policy;
};
// Reads OPTS' files and builds the policy for the TU compiled by GCC_ARGS
// (its object and source file name, unless OPTS say otherwise); BASE carries
// the patched functions, prefixes and eligible header directories.  Null with
// ERR naming the file and the problem ("--symbols is required", a read error).
std::unique_ptr<KernelPolicySetup> setup_kernel_policy(const KernelPolicyOptions& opts,
                                                       closure::DefaultPolicyConfig base,
                                                       const std::vector<std::string>& gcc_args, std::string& err);

// Compiles the TU as GCC_ARGS do (ARGV[0] the compiler; `-Wp,-MMD,...` and
// the -o dropped) in directory CWD, with -fdump-ipa-clones and -o
// WORKDIR/tu.o: the TU's own object (OBJECT) and gcc's dump (DUMP) for
// --tu-object and --ipa-clones.  False with ERR (the compiler's exit status
// and its first stderr lines) when it fails.
bool compile_tu_for_policy(const std::vector<std::string>& gcc_argv, const std::string& cwd, const std::string& workdir,
                           std::string& object, std::string& dump, std::string& err);

// ---- template body

template <typename Exists>
std::vector<std::string> IpaClones::containing(std::string_view name, Exists exists, std::vector<std::string>* lost) const {
  // Bodies holding NAME's code: its callers; a clone of such a body; their
  // callers in turn.  NAME's own clones are sources (their callers hold NAME's
  // code), not results: symbols standing for NAME itself.
  std::vector<std::string> out, work{std::string(name)}, seen{std::string(name)};
  for (const Clone& k : clones(name)) {
    seen.push_back(k.name);
    work.push_back(k.name);
  }
  size_t sources = work.size();
  auto mark = [&](const std::string& n) {
    if (std::find(seen.begin(), seen.end(), n) != seen.end()) return;
    seen.push_back(n);
    work.push_back(n);
    if (exists(std::string_view(n))) out.push_back(n);
  };
  for (size_t i = 0; i < work.size(); ++i) {
    std::string f = work[i];
    auto it = nodes_.find(f);
    if (it == nodes_.end()) {
      if (lost && i >= sources && !exists(std::string_view(f))) lost->push_back(f);
      continue;
    }
    for (const std::string& c : it->second.callers) mark(c);
    if (i >= sources)
      for (const Clone& k : it->second.clones) mark(k.name);
    if (lost && i >= sources && !exists(std::string_view(f)) && it->second.callers.empty() && it->second.clones.empty())
      lost->push_back(f);
  }
  return out;
}

} // namespace kcarve::kpolicy
