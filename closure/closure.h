// closure.h — the public interface of kcarve's closure stage: what a carve
// keeps, and how.
//
// compute_closure() starts from the patched functions and follows, as a plain
// worklist over the analysed unit (ast/sema.h), every entity the kept text
// names: functions, objects, typedefs, tags, enumerators, and the macros
// whose invocations the kept text contains (preproc/preproc.h records).  For
// each entity the policy (policy.h) decides its fate — patched and renamed,
// externalized (plain extern or a pointer to the original), copied (made
// static, renamed), or provided by an #include of the outermost eligible
// header on its include path — and the reason it is in is recorded, in the
// spirit of kpatch's create-diff-object.  The result is an OutputPlan: which
// top-level declarations are kept, which headers are #included and which
// ineligible ones are walked into, which #define/#undef lines are needed, the
// token rewrites (renames, pointer dereferences), and the declarations to
// synthesize for externalized entities.  depreproc/ turns it into text.
// docs/closure.md tells the algorithm and why it is so.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ast/ast.h"
#include "ast/sema.h"
#include "closure/policy.h"
#include "preproc/preproc.h"

namespace kcarve::closure {

// Maps the preprocessor's locations back to the original files: which include
// entry a file location lies in, and the file range of a run of tokens
// (tokens from macro expansions map to the whole outermost invocation).
// Shared by closure/ and depreproc/ so both see one notion of "text".
class SourceMap {
public:
  explicit SourceMap(const pp::PpResult& pp);
  // The IncludeRecord whose buffer holds file location L (-1 if none).  A
  // file included twice has one buffer: L then names the last inclusion.
  int32_t entry_of(pp::Loc l) const;
  // The innermost IncludeRecord whose inclusion produced output token T (-1
  // if none): which inclusion of an X-macro header or a trace header read
  // again (TRACE_HEADER_MULTI_READ) a token came from.
  int32_t entry_of_token(uint32_t t) const;
  // The outermost file-level invocation whose text contains file location L
  // (-1 if none): an Expansion index.
  int32_t outer_expansion(pp::Loc l) const;
  // [begin, end) in file space of the text that produced tokens FIRST..LAST.
  std::pair<pp::Loc, pp::Loc> file_range(ast::TokIdx first, ast::TokIdx last) const;
  // The end (one past) of the text of expansion E's invocation.
  pp::Loc invocation_end(uint32_t e) const;
  // The top-level expansions whose invocation begins in [b, e), in order.
  void expansions_in(pp::Loc b, pp::Loc e, std::vector<uint32_t>& out) const;
  // The outermost file-level expansion each expansion belongs to.
  const std::vector<int32_t>& top_of() const { return top_of_; }
  // Length of the token whose text begins at file location L with spelling S.
  size_t token_len(const pp::Token& t) const;
  const pp::PpResult& pp() const { return pp_; }

private:
  const pp::PpResult& pp_;
  std::vector<std::pair<pp::Loc, int32_t>> bases_;     // (base, IncludeRecord), sorted
  std::vector<uint32_t> tops_;                          // top-level expansions sorted by name_loc
  std::vector<int32_t> outer_;                          // per tops_ position: outermost containing one
  std::vector<int32_t> top_of_;                         // per expansion
  std::vector<std::vector<int32_t>> kids_;              // per IncludeRecord (+1: the roots), by first token
};

// Why an entity is in the output (kpatch's "include/changed/new" idea).
enum class Reason : uint8_t { Patched, Called, Referenced, TypeNeeded, MacroNeeded };

enum class Fate : uint8_t {
  None,          // not reached
  Patched,       // its definition is kept, renamed as the policy said
  Copied,        // a non-patched definition kept, made static, renamed
  Externalized,  // declared only: plain extern or pointer to the original
  FromHeader,    // an #include of an eligible header provides it
  Kept,          // kept as written (types, typedefs, enumerators, locals)
};

// A renamed function definition that names __func__ (OutputPlan::func_names).
struct FuncName {
  uint32_t item;
  std::string name;  // the original name
  uint8_t uses;      // 1 __func__, 2 __FUNCTION__, 4 __PRETTY_FUNCTION__
};

// A declaration written for an externalized entity, just before its first use.
struct SynthDecl {
  ast::NodeId specs;       // the specifier list it is written from
  ast::NodeId declarator;  // the declarator (its name replaced)
  ast::TokIdx name_tok;    // the declarator's name token
  std::string name;        // the name in the output
  bool pointer;            // `(*name)`: a pointer to the original
  uint32_t before_item;    // index into OutputPlan::items
  // `T name[] = {...}`: the length the initializer gave, written before the
  // `]` token ARRAY_CLOSE (a pointer to an incomplete array has no size).
  ast::TokIdx array_close = 0;
  uint64_t array_len = 0;
  bool dropped = false;    // closure-internal: the entity was copied after all
};

// `struct tag;` written before the first item that only points to it.
struct TagDecl {
  std::string text;        // "struct foo" / "union bar"
  uint32_t before_item;
};

// Attributes written before the definition's first token BEFORE: a copied
// function's pin to gcc's inlining decision in the original unit, and the
// code-affecting attributes a renamed definition would lose with the name
// (a header's `long notrace copy_to_user_nofault(...);`).
struct InlinePin {
  ast::TokIdx before;
  std::string text;
};

// A function a header defines that gcc kept out of line in the original
// wherever the carve calls it (p4d_offset, jhash): its header definition
// cannot be pinned (a `noinline` redeclaration after an inline definition
// is ignored), so the kept text calls a wrapper instead, NAME, written
// before item BEFORE_ITEM (after the header's #include) as
//   static ATTR <the definition's type specifiers and declarator, renamed>
//   { return CALLEE(PARAMS...); }
// gcc inlines CALLEE into the wrapper and keeps the wrapper out of line:
// the patched function calls it as the original called CALLEE.
struct WrapperDef {
  ast::NodeId specs;       // the header definition's specifier list
  ast::NodeId declarator;  // its declarator (the name token replaced)
  ast::TokIdx name_tok;
  std::string name, callee, attr;
  std::vector<std::string> params;
  bool returns_void;
  uint32_t before_item;    // index into OutputPlan::items
};

struct PatchedEntry { std::string name, new_name; };
// NAME: the output's identifier; ORIGINAL: the running kernel's name as the
// source spells it; QUERY: the name the policy was asked (FUNCTION::NAME for a
// block-scope static).  pointer: kallsyms; a plain extern renamed: klp-reloc.
struct ExternEntry {
  std::string name, original;
  bool pointer;
  bool function;
  std::string query;
};

struct OutputPlan {
  std::vector<ast::NodeId> items;              // the unit's top-level declarations, in order
  std::vector<int32_t> item_entry;             // IncludeRecord each item's text lies in
  std::vector<uint8_t> keep_item;              // per item
  std::vector<uint8_t> is_function_item;       // per item: gets a marker comment
  std::vector<uint8_t> include_entry;          // per IncludeRecord: write its #include line
  // Per IncludeRecord: its #include line goes between `#pragma GCC
  // diagnostic` lines that quiet -Wunused-function: the header defines
  // static functions the original unit called and the carve does not
  // (include/net/fq_impl.h).
  std::vector<uint8_t> quiet_unused;
  // Per item: a kept text that defines static functions (bit 1) or objects
  // (bit 2) nothing names — a macro that writes several functions, one of
  // them patched; a struct kept for its type whose declaration also defines
  // an array — is written between lines that quiet -Wunused-function /
  // -Wunused-variable, which the original did not trigger.
  std::vector<uint8_t> quiet_item;
  std::vector<uint8_t> walk_entry;             // per IncludeRecord: write its kept contents in place
  std::vector<uint8_t> keep_directive;         // per MacroDirective
  // Token rewrites, sorted by token index: the new spelling of an identifier.
  std::vector<std::pair<ast::TokIdx, std::string>> renames;
  // Storage-class edits of kept definitions: drop `static` (token) or add it
  // before a token.  A dropped token a macro's body wrote is left out of its
  // invocation, written expanded (listed in `expand`).
  std::vector<ast::TokIdx> drop_tokens;
  std::vector<ast::TokIdx> add_static_before;
  // Block-scope declarations removed (externalized static locals, and
  // block-scope declarations of what is reached through a pointer).
  std::vector<ast::NodeId> removed_decls;
  // File-level invocations written expanded: a token to rename came from
  // the macro's body, not from the invocation's text, or a declaration to
  // remove did (drop_ranges).
  std::vector<uint32_t> expand;
  // Tokens left out of the expanded invocations: the declaration of a static
  // local a macro declares (WARN_ONCE's flag) that the policy externalized.
  // Removing it from the text would remove the whole invocation.
  std::vector<std::pair<ast::TokIdx, ast::TokIdx>> drop_ranges;
  std::vector<SynthDecl> synth;
  std::vector<TagDecl> tag_decls;
  // File-scope functions and objects the unit does not define that the
  // header functions used as they are (Fate::FromHeader) name, directly or
  // through other header functions: (name, is-function), in order found.
  // Their uses are in header text the carve does not rewrite.
  std::vector<std::pair<std::string, bool>> header_refs;
  std::vector<InlinePin> pins;                 // sorted by token
  // Renamed function definitions whose text names __func__ (or gcc's
  // __FUNCTION__, __PRETTY_FUNCTION__): the writer defines each name used
  // (bit 1, 2, 4) as the original name's string around the definition, so
  // that messages and dynamic debug's function names stay the running
  // kernel's, not klpp_NAME.  Sorted by item.
  std::vector<FuncName> func_names;
  std::vector<WrapperDef> wrappers;
  std::vector<PatchedEntry> patched;
  std::vector<ExternEntry> externs;
  std::string explain;                         // one line per entity: fate and reason
};

// What gcc decided about inlining when it compiled the original unit (read
// from its -fdump-ipa-clones dump by the caller: kpolicy::inlining_facts).
// Names are source names: a clone's (`f.constprop.0`) up to its first '.'.
struct InliningFacts {
  // Functions gcc left no out-of-line body of (nor of a clone): inlined into
  // every caller, or dropped.
  std::unordered_set<std::string> no_body;
  // CALLEE -> the functions whose code received CALLEE's body (or a clone's).
  std::unordered_map<std::string, std::unordered_set<std::string>> inlined_into;
  // Functions gcc cloned (f.constprop.0, f.isra.0, f.part.0).
  std::unordered_set<std::string> cloned;
  // Functions whose own out-of-line body gcc kept (not removed, and not
  // cloned): some callers, maybe not the carve's, still call it.
  std::unordered_set<std::string> body_kept;
};

struct ClosureInput {
  const ast::TranslationUnit* tu;
  const ast::Semantics* sem;
  // Names of --patched-functions (checked to exist); empty with a policy command.
  std::vector<std::string> patched_names;
  // Functions the patch adds with external linkage (--patch): kept under
  // their own name and linkage, the module's own symbols, which other
  // carved units of the same patch may call.
  std::vector<std::string> new_globals;
  // Optional: gcc's inlining decisions in the original unit.  A copied
  // function the original kept out of line wherever the carve calls it is
  // made `noinline` (and `noclone` unless gcc cloned it); one it inlined is
  // left to the carve's inliner (docs/closure.md, "Inlining fidelity").
  // Null: nothing is pinned.
  const InliningFacts* inlining = nullptr;
  // The unit is compiled with -Wmissing-prototypes or -Wmissing-declarations
  // (fs/btrfs): a patched function that keeps external linkage under a new
  // name gets a prototype before its definition, as its old name had one.
  bool prototypes = false;
};

// Returns false after diagnosing (gcc style) a carve that cannot be made.
bool compute_closure(const ClosureInput& in, const SourceMap& sm, Policy& policy,
                     pp::Diagnostics& diag, OutputPlan& plan);

} // namespace kcarve::closure
