// policy.h — the eight decisions a carve asks of its policy (the seed's
// protocol), typed, cached and reported in gcc's form.
//
// A question goes to one Backend per kind: a shell command given with
// --pol-cmd-KIND (policy_command.cc: argv = COMMAND ARGS..., the answer is one
// stdout line "RESULT: ...", "WARNING: ..." / "ERROR: ..." lines are reported at
// the entity's location, anything else is a failure of the command), or the
// built-in default policy (policy_default.cc, docs/policy.md).  Policy asks
// each distinct (kind, arguments) once per run and remembers the answer, so a
// command is not forked per use.
//
// Every typed query returns std::nullopt when the policy failed (the command
// could not run, exited non-zero, wrote to stderr, printed garbage or ERROR:);
// the diagnostic naming the command, its arguments and what it printed has
// then been issued through the Diagnostics, and the carve must stop and write
// nothing.
#pragma once

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "preproc/preproc.h"

namespace kcarve::closure {

enum class Question : uint8_t {
  IsPatched,             // NAME -> YES|NO
  MayIncludeHeader,      // HEADER [pre-include] -> YES|NO
  CanExternalizeFun,     // NAME [internal|external DEFINITION-LOCATION] -> YES|NO
  ShallExternalizeFun,   // NAME [from-header] -> YES|NO
  ShallExternalizeObj,   // NAME -> YES|NO  (block-scope statics: see local_static_name)
  ModifyPatchedFunSym,   // NAME RETRY -> NEW-NAME KEEP-LINKAGE|MAKE-INTERNAL|MAKE-EXTERNAL
  ModifyExternalizedSym, // function|object NAME RETRY -> NEW-NAME LINKAGE [MAKE-POINTER]
  RenameRewrittenFun,    // NAME RETRY -> NEW-NAME
};
constexpr size_t kNumQuestions = 8;
// The option suffix and protocol name: "is-patched", "may-include-header", ...
const char* question_name(Question q);
// The question of that name, if any.
std::optional<Question> question_named(std::string_view name);

// What a backend answered: the words after "RESULT:", and the WARNING:/ERROR:
// texts in the order printed.  FAILURE non-empty: the backend could not
// answer (the text says why, e.g. "exited with status 1", "no RESULT line").
struct Answer {
  std::vector<std::string> result;
  std::vector<std::string> warnings, errors;
  std::string failure;
  // Everything it printed, for the failure diagnostic: one line per line
  // printed, "stdout: TEXT" or "stderr: TEXT".
  std::string transcript;
};

// What kcarve knows of the entity beyond the protocol's words.  A command sees
// only the arguments; the built-in policies may use these.  INTERNAL: the
// entity has internal linkage (a file-scope static, or a block-scope static
// offered as FUNCTION::NAME) — the default policy pointer-izes such objects.
struct Facts {
  bool internal = false;
  // A block-scope static a macro's body declares (WARN_ONCE's __already_done),
  // not the function's own text.
  bool from_macro = false;
  // An object whose address an asm takes as a link-time constant ("i": the
  // key of a jump label): a pointer loaded at run time cannot give it.
  bool constant_address = false;
};

class Backend {
public:
  virtual ~Backend() = default;
  virtual Answer ask(Question q, const std::vector<std::string>& args, const Facts& facts) = 0;
  // How the diagnostics name it: the command line, or "default policy".
  virtual std::string describe() const = 0;
};

// The words of an answer's RESULT: line (split at blanks), its WARNING:/ERROR:
// texts and the failures of the protocol (no RESULT line, two of them, any
// other line, anything on stderr, a non-zero exit) from what a command
// printed and how it ended.  STATUS: the exit status, or -1 with SIGNAL set.
// Shared by the command backend and the tests.
Answer parse_answer(std::string_view out, std::string_view err, int status, int signal);

// A shell command: run as `sh -c 'COMMAND "$@"' sh ARGS...`, no stdin.
std::unique_ptr<Backend> make_command_backend(const std::string& command);

// One backend per question; null: the default policy answers it.
using Backends = std::array<std::unique_ptr<Backend>, kNumQuestions>;
// The driver's --pol-cmd-QUESTION=COMMAND options: false when ARG is not one
// (it does not begin with --pol-cmd-); else true, with BACKENDS[QUESTION]
// set to a command backend, or ERROR set ("unknown policy question 'x'",
// "--pol-cmd-is-patched needs =COMMAND") for a malformed one.  A later
// option for the same question replaces an earlier one.
bool parse_policy_option(std::string_view arg, Backends& backends, std::string& error);

// The built-in default policy (docs/policy.md "The default policy").
struct DefaultPolicyConfig {
  std::vector<std::string> patched;      // --patched-functions
  std::string rename_prefix = "klpp_";   // patched functions: klpp_NAME
  std::string copy_prefix = "klpr_";     // copied (rewritten) static functions
  std::string extern_prefix = "klpe_";   // pointers to internal objects: klpe_NAME
  // Directories whose headers are eligible (the kernel's include/ and
  // arch/*/include/, derived by the driver from the -I/-isystem options:
  // eligible_header_dirs below).
  std::vector<std::string> eligible_dirs;
  // What the patch adds (functions and file-scope objects the running kernel
  // does not have, from --patch): never externalized, always the patch's own.
  std::vector<std::string> carried;
  // The files the patch changes (pp::canonical_path): never eligible headers.
  std::vector<std::string> changed_files;
  // The unit's object: "vmlinux" or a module's name (kpolicy::target_object).
  std::string object = "vmlinux";
};

// Why a jump label's key of OBJECT (a module) cannot be bound: the kernel
// applies a live patch's klp relocations to a module only after the patch
// module's own jump labels are set up (one text for both policies).
std::string module_constant_address_error(std::string_view name, std::string_view object);
std::unique_ptr<Backend> make_default_backend(const DefaultPolicyConfig& cfg);

// The include directories of OPTS whose headers the default policy may
// #include: every -isystem and builtin system directory (gcc's own
// stddef.h, stdarg.h, ...), and of the -iquote/-I/-idirafter directories those
// named like the kernel's: last component `include`, or ending in
// `include/uapi`, `include/generated`, `include/generated/uapi` (./include,
// ./arch/x86/include/generated/uapi, ...).  Others (the TU's own directory,
// `-I $(srctree)/fs/xfs/libxfs`) hold file-local headers and are left out.
// Directories are returned as given, without duplicates.
std::vector<std::string> eligible_header_dirs(const pp::Options& opts);
// Whether PATH (a header as the preprocessor opened it) lies under DIR,
// comparing lexically normalized absolute paths ("./", "//", ".." folded).
bool path_is_under(std::string_view path, std::string_view dir);

enum class LinkageChange : uint8_t { Keep, MakeInternal, MakeExternal };
struct SymbolChange {
  std::string new_name;
  LinkageChange linkage = LinkageChange::Keep;
  bool make_pointer = false;  // ModifyExternalizedSym only
};

// Block-scope statics are offered to shall-externalize-obj / modify-externalized-sym
// as "FUNCTION::NAME" (docs/policy.md): no C identifier contains "::", so a
// policy tells them from file-scope objects.
std::string local_static_name(std::string_view function, std::string_view name);

// Whether S is a C identifier that is not a keyword: what NEW-NAME must be.
bool is_c_identifier(std::string_view s);

class Policy {
public:
  // BACKENDS[q] answers question q; null entries fall back to DEFAULT_BACKEND.
  Policy(Backends backends, std::unique_ptr<Backend> default_backend, pp::Diagnostics& diag);
  ~Policy();

  // WHERE locates the entity for WARNING:/ERROR: lines and failures (0: none).
  std::optional<bool> is_patched(std::string_view name, pp::Loc where);
  std::optional<bool> may_include_header(std::string_view header, bool pre_include, pp::Loc where);
  // DEF_LOC: "file:line" of the definition when the function has one
  // (internal = static), empty when only declared.
  std::optional<bool> can_externalize_fun(std::string_view name, bool has_def, bool internal,
                                          std::string_view def_loc, pp::Loc where);
  std::optional<bool> shall_externalize_fun(std::string_view name, bool from_header, pp::Loc where);
  std::optional<bool> shall_externalize_obj(std::string_view name, pp::Loc where, bool from_macro = false);
  std::optional<SymbolChange> modify_patched_fun_sym(std::string_view name, unsigned retry, pp::Loc where);
  // INTERNAL: the symbol has internal linkage (Facts::internal; commands do
  // not see it, the default policy makes such objects pointers).
  // CONSTANT_ADDRESS: Facts::constant_address.
  std::optional<SymbolChange> modify_externalized_sym(bool function, std::string_view name, unsigned retry,
                                                      pp::Loc where, bool internal, bool constant_address = false);
  std::optional<std::string> rename_rewritten_fun(std::string_view name, unsigned retry, pp::Loc where);

  // How many questions went to a backend (cache misses): the tests' measure.
  unsigned backend_calls() const { return backend_calls_; }

private:
  using Key = std::pair<uint8_t, std::vector<std::string>>;
  // The cached answer, asked on first use; null when the policy failed (the
  // failure was reported then, and is not reported again).
  const Answer* ask(Question q, std::vector<std::string> args, pp::Loc where, const Facts& facts = {});
  // Reports FAILURE of question KEY and marks its cache entry failed.
  void fail(const Key& key, Answer& a, const std::string& failure, pp::Loc where);
  std::optional<bool> yes_no(Question q, std::vector<std::string> args, pp::Loc where, const Facts& facts = {});
  std::optional<SymbolChange> symbol_change(Question q, std::vector<std::string> args, pp::Loc where,
                                            const Facts& facts);
  Backend* backend(Question q) const;
  Backends backends_;
  std::unique_ptr<Backend> default_;
  pp::Diagnostics& diag_;
  // Keyed by the protocol's words only: Facts follow from the name within a
  // unit (one name has one linkage), so they need not be part of the key.
  std::map<Key, Answer> cache_;
  unsigned backend_calls_ = 0;
};

} // namespace kcarve::closure
