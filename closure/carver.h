// carver.h — the closure's worker, private to closure/ (the stage's public
// header is closure.h).  Its parts: carver.cc (setup, the passes, the
// patched functions), worklist.cc (scanning kept text), fates.cc (the
// policy's decisions), headers.cc (eligible headers and what they need),
// macros.cc, results.cc (the output plan), inlining.cc (gcc's inlining
// decisions kept).
//
//
// The unit of keeping is a top-level declaration (an "item": one node of
// TranslationUnit::decls), because that is the unit of text a reviewer reads
// and the unit gcc's scoping works in.  An item needed by the closure is
// either provided — it lies in a pre-included file, or under a header that
// may be #included (then the outermost such header on its include path is
// #included, in its original place) — or kept: its text will be written, and
// it is scanned for what it needs in turn.  Scanning a kept item visits its
// nodes once: identifiers lead to symbols (ast::Semantics::node_sym), typedef
// names to typedefs, struct/union/enum specifiers to tags, and the types of
// expressions and declarators tell whether a tag is needed complete (a member
// access, a value of that type, pointer arithmetic) or only declared (a
// pointer to it).  Functions and objects ask the policy: patched (renamed),
// externalized (an extern declaration, or a pointer to the original that
// every use dereferences), copied (kept, static, renamed) or left to the
// header that defines it (a static inline).  Every new name is asked again
// with RETRY + 1 until it is unique among the unit's file-scope names, the
// macro names and the names already given out.
//
// A header that declares something the carve changes under its own name (a
// pointer, a linkage change) cannot be #included; that is known only after
// the decisions, so the closure is run again with such headers excluded until
// nothing changes (the policy's answers are cached: no question is asked
// twice).  Macros come last: the file-level invocations in the kept text
// (those not written expanded) need their definitions, found through the
// #define that made each one: from a pre-include, nothing; from an eligible
// header, its #include; else the #define line itself, and the #undef before
// it.
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ast/keywords.h"
#include "closure/asm_constants.h"
#include "closure/closure.h"

namespace kcarve::closure::detail {

using ast::Kind;
using ast::Node;
using ast::NodeId;
using ast::SymId;
using ast::TokIdx;
using ast::TypeId;

enum EntryClass : uint8_t { EC_HEADER, EC_MAIN, EC_AVAIL };

struct Ent {
  Fate fate = Fate::None;
  Reason reason = Reason::Referenced;
  std::string out;          // the name in the output
  bool pointer = false;
  bool relinked = false;    // linkage changed under the same name
  uint32_t first_use = UINT32_MAX;  // item index
  int32_t synth = -1;       // index into plan.synth
  uint32_t def_item = 0;    // patched, copied: the kept definition
  bool proto_kept = false;
  bool make_static = false, drop_static = false;  // on every kept declaration
  const char* pin = nullptr;  // copied: pinned to gcc's inlining decision
};

class Carver {
public:
  Carver(const ClosureInput& in, const SourceMap& sm, Policy& pol, pp::Diagnostics& diag, OutputPlan& plan)
      : tu_(*in.tu), sem_(*in.sem), pp_(*in.tu->pp), sm_(sm), pol_(pol), diag_(diag), plan_(plan),
        in_(in) {}

  bool run();

private:
  // --- setup ---
  void index_items();
  void index_tags();
  void index_chains();
  std::string_view str(pp::StrId s) const { return pp_.strings.str(s); }
  uint32_t item_of_tok(TokIdx t) const {
    auto it = std::upper_bound(item_first_.begin(), item_first_.end(), t);
    return it == item_first_.begin() ? 0 : uint32_t(it - item_first_.begin()) - 1;
  }
  uint32_t item_of(NodeId n) const { return item_of_tok(tu_[n].first); }
  pp::Loc loc_of(NodeId n) const { return pp_.tokens[tu_[n].first].loc; }

  // --- headers ---
  int32_t include_target(int32_t entry);
  bool eligible(int32_t entry);
  void mark_walk(int32_t entry);
  void need_include(int32_t hdr);

  // --- the worklist ---
  bool pass();
  void reset_pass();
  bool header_needs();
  std::vector<int32_t> include_owners() const;
  void header_item_needs(uint32_t item, int32_t hdr, const std::vector<int32_t>& owner);
  void need_item(uint32_t item, Reason why);
  void keep(uint32_t item, SymId owner_fn);
  int32_t invocation_of(uint32_t item) const;
  bool editable(TokIdx t) const;
  bool has_keyword(NodeId specs, int kw) const;
  void scan(NodeId root, uint32_t item, SymId owner_fn);
  void visit(NodeId n, const Node& nd, uint32_t item, SymId owner_fn);
  void need_type(TypeId t, bool complete, uint32_t item);
  void use_sym(SymId s, TokIdx tok, uint32_t item, SymId owner_fn, bool is_decl);
  Ent* decide(SymId root, uint32_t item, pp::Loc where);
  void decide_function(SymId root, Ent& e, pp::Loc where);
  void decide_object(SymId root, Ent& e, pp::Loc where);
  void header_refs(SymId def);
  std::unordered_set<SymId> header_seen_, header_ref_seen_;
  bool externalize(SymId root, Ent& e, bool function, bool internal, const std::string& qname, pp::Loc where);
  void keep_prototype(SymId root, Ent& e, uint32_t use_item);
  void pointer_in_static_init(SymId root, Ent& e, TokIdx tok);
  void local_static(SymId s, NodeId decl_stmt, uint32_t item, SymId owner_fn);
  bool link_time_marker(const ast::Symbol& y, NodeId decl_stmt) const;
  bool unique_name(const std::string& n, SymId self = 0) const;
  void take_name(const std::string& n) { taken_.insert(n); }
  SymId root_of(SymId s) const {
    while (s && sem_.symbols[s].prev) s = sem_.symbols[s].prev;
    return s;
  }
  SymId definition_of(SymId root) const;
  NodeId decl_name(NodeId declarator) const;
  bool pure_prototype(uint32_t item, SymId root) const;
  void synth_decl(SymId decl_sym, NodeId specs, Ent& e, uint32_t item);
  NodeId specs_of(SymId s, NodeId* declarator) const;
  void check_patched_names();
  bool patch_all();
  void macros();
  bool param_used_raw(uint32_t def, uint32_t k) const;
  void drop_block_decl(SymId s, pp::Loc where);
  void need_macro(uint32_t def);
  std::vector<std::string_view> tested_macros(const pp::CondRecord& c) const;
  void need_defined_macro(std::string_view name, uint32_t out_pos, int32_t hdr, const std::vector<int32_t>& owner);
  void needed_undefs();
  void finish();
  void pack_pragmas();
  void drop_token(TokIdx t);
  void quiet_unused();
  void prototype_patched();
  void original_func_names();
  void drop_inline(ast::NodeId def);
  void conflicts(bool& changed);
  void pin_inlining();
  std::string function_name_of(uint32_t item) const;
  bool pins_inliner(SymId root) const;
  bool out_of_line(SymId root, const std::vector<uint32_t>& users, const InliningFacts& facts) const;
  void wrap(SymId root, Ent& e);
  void shaping_attributes(ast::NodeId list, std::vector<std::string>& found) const;
  std::string lost_attributes(SymId root) const;
  void keep_attributes();
  std::string where_text(pp::Loc l) const {
    pp::PpResult::Presumed p = pp_.presumed(l);
    return std::string(p.file) + ":" + std::to_string(p.line);
  }

  const ast::TranslationUnit& tu_;
  const ast::Semantics& sem_;
  const pp::PpResult& pp_;
  const SourceMap& sm_;
  Policy& pol_;
  pp::Diagnostics& diag_;
  OutputPlan& plan_;
  const ClosureInput& in_;
  bool failed_ = false;
  TokIdx scan_specs_end_ = 0;  // the scanned item's specifier list ends here
  std::vector<std::pair<TokIdx, TokIdx>> param_ranges_;  // parameter lists seen in the scan
  std::vector<std::pair<TokIdx, TokIdx>> static_init_ranges_;  // initializers of static objects
  std::vector<std::pair<TokIdx, TokIdx>> unevaluated_ranges_;  // operands of sizeof, _Alignof, typeof
  std::pair<TokIdx, TokIdx> skip_{1, 0};             // the externalized static local being removed

  std::vector<TokIdx> item_first_;
  std::vector<uint8_t> eclass_;
  std::vector<int8_t> eligible_;      // -1 not asked
  std::vector<uint8_t> conflict_;
  std::vector<uint32_t> rec_def_, enum_def_;  // defining item + 1 (0: none)
  std::vector<SymId> next_;           // forward redeclaration links
  std::vector<std::pair<SymId, uint32_t>> patched_;  // (root, def item)

  std::unordered_map<SymId, Ent> ents_;
  struct Ref { TokIdx tok; SymId ent; bool decl; };
  std::vector<Ref> refs_;                             // token -> entity (root, or a local static)
  std::vector<uint8_t> rec_need_, enum_need_;
  std::vector<uint32_t> rec_first_use_;
  std::vector<std::pair<uint32_t, SymId>> work_;       // (item, patched function root or 0)
  std::unordered_map<std::string, SymId> names_;      // file-scope names -> entity (UINT32_MAX: several, a macro)
  std::unordered_set<std::string> taken_;             // names given out
  std::unordered_map<NodeId, NodeId> local_parent_;   // block-scope InitDeclarator -> Declaration
  std::vector<int32_t> def_directive_;                // MacroDef -> its #define (lazily)
  std::vector<uint8_t> hdr_scanned_;                  // per IncludeRecord: header_needs done
  // Macros the kept text invokes that only an #include not yet in the output
  // defines (fs/ext4/inode.c's EXT4_I, redefined by trace/events/ext4.h),
  // found by macros() after the passes: the next passes need them from the
  // start, so that the header's own needs are met too.
  std::vector<uint32_t> late_macros_, forced_macros_;
  std::unordered_map<std::string_view, std::vector<uint32_t>> directives_of_;  // macro name -> its #define/#undefs
  std::vector<int32_t> cond_entry_;  // per CondRecord: SourceMap::entry_of (lazily)
  bool in_macros_ = false;
  std::vector<uint8_t> const_addr_;  // per SymId: constant_address_objects() (lazily)
  bool constant_address(SymId root);
};

inline bool is_expr(ast::Kind k) { return k >= ast::Kind::Ident && k <= ast::Kind::LabelAddr; }

} // namespace kcarve::closure::detail
