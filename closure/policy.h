// policy.h — the eight decisions a carve asks of its policy (the seed's
// protocol), typed, cached and reported in gcc's form.
//
// A question goes to one Backend per kind: a shell command given with
// --pol-cmd-KIND (policy_command.cc: argv = COMMAND ARGS..., the answer is one
// stdout line "RESULT: ...", "WARNING: ..." / "ERROR: ..." lines are reported at
// the entity's location, anything else is a failure of the command), or the
// built-in default policy (policy_default.cc, docs/closure.md).  Policy asks
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

// What a backend answered: the words after "RESULT:", and the WARNING:/ERROR:
// texts in the order printed.  FAILURE non-empty: the backend could not
// answer (the text says why, e.g. "exited with status 1", "no RESULT line").
struct Answer {
  std::vector<std::string> result;
  std::vector<std::string> warnings, errors;
  std::string failure;
  std::string transcript;  // everything it printed, for the failure diagnostic
};

class Backend {
public:
  virtual ~Backend() = default;
  virtual Answer ask(Question q, const std::vector<std::string>& args) = 0;
  // How the diagnostics name it: the command line, or "default policy".
  virtual std::string describe() const = 0;
};

// A shell command: run as `sh -c 'COMMAND "$@"' sh ARGS...`, no stdin.
std::unique_ptr<Backend> make_command_backend(const std::string& command);

// The built-in default policy (docs/closure.md "The default policy").
struct DefaultPolicyConfig {
  std::vector<std::string> patched;      // --patched-functions
  std::string rename_prefix = "klpp_";   // patched functions: klpp_NAME
  std::string copy_prefix = "klpr_";     // copied (rewritten) static functions
  // Directories whose headers are eligible (the kernel's include/ and
  // arch/*/include/, derived by the driver from the -I/-isystem options).
  std::vector<std::string> eligible_dirs;
};
std::unique_ptr<Backend> make_default_backend(const DefaultPolicyConfig& cfg);

enum class LinkageChange : uint8_t { Keep, MakeInternal, MakeExternal };
struct SymbolChange {
  std::string new_name;
  LinkageChange linkage = LinkageChange::Keep;
  bool make_pointer = false;  // ModifyExternalizedSym only
};

// Block-scope statics are offered to shall-externalize-obj / modify-externalized-sym
// as "FUNCTION::NAME" (docs/closure.md): no C identifier contains "::", so a
// policy tells them from file-scope objects.
std::string local_static_name(std::string_view function, std::string_view name);

class Policy {
public:
  // BACKENDS[q] answers question q; null entries fall back to DEFAULT_BACKEND.
  Policy(std::array<std::unique_ptr<Backend>, kNumQuestions> backends,
         std::unique_ptr<Backend> default_backend, pp::Diagnostics& diag);
  ~Policy();

  // WHERE locates the entity for WARNING:/ERROR: lines and failures (0: none).
  std::optional<bool> is_patched(std::string_view name, pp::Loc where);
  std::optional<bool> may_include_header(std::string_view header, bool pre_include, pp::Loc where);
  // DEF_LOC: "file:line" of the definition when the function has one
  // (internal = static), empty when only declared.
  std::optional<bool> can_externalize_fun(std::string_view name, bool has_def, bool internal,
                                          std::string_view def_loc, pp::Loc where);
  std::optional<bool> shall_externalize_fun(std::string_view name, bool from_header, pp::Loc where);
  std::optional<bool> shall_externalize_obj(std::string_view name, pp::Loc where);
  std::optional<SymbolChange> modify_patched_fun_sym(std::string_view name, unsigned retry, pp::Loc where);
  std::optional<SymbolChange> modify_externalized_sym(bool function, std::string_view name, unsigned retry,
                                                      pp::Loc where);
  std::optional<std::string> rename_rewritten_fun(std::string_view name, unsigned retry, pp::Loc where);

private:
  std::optional<Answer> ask(Question q, std::vector<std::string> args, pp::Loc where);
  std::array<std::unique_ptr<Backend>, kNumQuestions> backends_;
  std::unique_ptr<Backend> default_;
  pp::Diagnostics& diag_;
  std::map<std::pair<uint8_t, std::vector<std::string>>, Answer> cache_;
};

} // namespace kcarve::closure
