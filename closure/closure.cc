// closure.cc — the worklist: from the patched functions to everything they
// need, each entity's fate decided by the policy (docs/closure.md).
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
#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include "ast/keywords.h"
#include "closure/asm_constants.h"
#include "closure/closure.h"

namespace kcarve::closure {

namespace {

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
  void header_item_needs(uint32_t item, int32_t hdr, const std::vector<int32_t>& owner);
  void need_item(uint32_t item, Reason why);
  void keep(uint32_t item, SymId owner_fn);
  int32_t invocation_of(uint32_t item) const;
  bool editable(TokIdx t) const;
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

// --- setup -----------------------------------------------------------------

void Carver::index_items() {
  for (NodeId d = tu_.decls; d; d = tu_[d].next) {
    plan_.items.push_back(d);
    item_first_.push_back(tu_[d].first);
    plan_.item_entry.push_back(sm_.entry_of_token(tu_[d].first));
    plan_.is_function_item.push_back(tu_[d].kind == Kind::FunctionDef);
  }
  size_t ni = pp_.includes.size();
  eclass_.assign(ni, EC_HEADER);
  eligible_.assign(ni, -1);
  conflict_.assign(ni, 0);
  for (size_t i = 0; i < ni; ++i) {
    const pp::IncludeRecord& r = pp_.includes[i];
    switch (r.kind) {
    case pp::IncludeKind::Main: eclass_[i] = EC_MAIN; break;
    case pp::IncludeKind::Include: case pp::IncludeKind::IncludeNext:
      eclass_[i] = r.parent >= 0 && eclass_[r.parent] == EC_AVAIL ? EC_AVAIL : EC_HEADER;
      break;
    default: eclass_[i] = EC_AVAIL; break;
    }
  }
  for (SymId s = 1; s < sem_.symbols.size(); ++s) {
    const ast::Symbol& y = sem_.symbols[s];
    if (y.scope_depth || !y.name) continue;
    auto [it, fresh] = names_.emplace(std::string(str(y.name)), root_of(s));
    if (!fresh && it->second != root_of(s)) it->second = UINT32_MAX;
  }
  for (const pp::MacroDef& m : pp_.macros) names_[std::string(str(m.name))] = UINT32_MAX;
}

// The items that define each file-scope struct, union and enum.
void Carver::index_tags() {
  rec_def_.assign(sem_.types.records.size(), 0);
  enum_def_.assign(sem_.types.enums.size(), 0);
  std::vector<NodeId> stack;
  for (uint32_t i = 0; i < plan_.items.size(); ++i) {
    if (tu_[plan_.items[i]].kind == Kind::FunctionDef) continue;  // tags defined in a body are local
    stack.assign(1, plan_.items[i]);
    while (!stack.empty()) {
      NodeId n = stack.back();
      stack.pop_back();
      const Node& nd = tu_[n];
      if ((nd.kind == Kind::SpecStruct || nd.kind == Kind::SpecEnum) && nd.d && sem_.node_type[n]) {
        const ast::Type& t = sem_.types[sem_.node_type[n]];
        if (t.kind == ast::TK::Record && !rec_def_[t.extra]) rec_def_[t.extra] = i + 1;
        if (t.kind == ast::TK::Enum && !enum_def_[t.extra]) enum_def_[t.extra] = i + 1;
      }
      uint8_t slots = ast::child_slots(nd.kind);
      const uint32_t kids[4] = {nd.a, nd.b, nd.c, nd.d};
      for (int k = 0; k < 4; ++k)
        if (slots & (1u << k))
          for (NodeId c = kids[k]; c; c = tu_[c].next) stack.push_back(c);
    }
  }
}

void Carver::index_chains() {
  next_.assign(sem_.symbols.size(), 0);
  for (SymId s = 1; s < sem_.symbols.size(); ++s)
    if (sem_.symbols[s].prev) next_[sem_.symbols[s].prev] = s;
}

SymId Carver::definition_of(SymId root) const {
  SymId found = 0;
  for (SymId s = root; s; s = next_[s]) {
    const ast::Symbol& y = sem_.symbols[s];
    if (y.kind == ast::SymKind::Function && y.decl && tu_[y.decl].kind == Kind::FunctionDef) return s;
    if (y.kind == ast::SymKind::Object && y.decl && tu_[y.decl].kind == Kind::InitDeclarator && tu_[y.decl].b)
      return s;
    if (y.kind == ast::SymKind::Object && y.storage != ast::Storage::Extern && y.scope_depth == 0 && !found)
      found = s;
  }
  return found;
}

// The DeclName at the core of a declarator.
NodeId Carver::decl_name(NodeId d) const {
  while (d) {
    const Node& n = tu_[d];
    switch (n.kind) {
    case Kind::DeclName: return d;
    case Kind::DeclPointer: case Kind::DeclParen: d = n.b; break;
    case Kind::DeclArray: case Kind::DeclFunction: d = n.a; break;
    case Kind::InitDeclarator: d = n.a; break;
    case Kind::FunctionDef: d = n.b; break;
    default: return 0;
    }
  }
  return 0;
}

// The specifier list of the declaration that declared S, and its declarator.
NodeId Carver::specs_of(SymId s, NodeId* declarator) const {
  NodeId d = sem_.symbols[s].decl;
  if (!d) return 0;
  const Node& n = tu_[d];
  if (n.kind == Kind::FunctionDef) { *declarator = n.b; return n.a; }
  if (n.kind != Kind::InitDeclarator) return 0;
  *declarator = n.a;
  NodeId parent = 0;
  if (sem_.symbols[s].scope_depth == 0) parent = plan_.items[item_of(d)];
  else {
    auto it = local_parent_.find(d);
    if (it != local_parent_.end()) parent = it->second;
  }
  if (!parent || tu_[parent].kind != Kind::Declaration) return 0;
  return tu_[parent].a;
}

// ITEM is `T name(...);` (or `extern T name;`) declaring only ROOT's entity.
bool Carver::pure_prototype(uint32_t item, SymId root) const {
  const Node& d = tu_[plan_.items[item]];
  if (d.kind != Kind::Declaration || (d.op & ast::DF_TYPEDEF) || !d.b || tu_[d.b].next || tu_[d.b].b) return false;
  // One a macro wrote (EXPORT_SYMBOL's `extern typeof(x) x;`) shares its
  // invocation's text with other declarations: not a text of its own.
  if (pp::is_macro_loc(pp_.tokens[d.first].loc) && pp::is_macro_loc(pp_.tokens[d.last].loc) &&
      sm_.outer_expansion(pp_.expansion_loc(pp_.tokens[d.first].loc)) ==
          sm_.outer_expansion(pp_.expansion_loc(pp_.tokens[d.last].loc)))
    return false;
  NodeId nn = decl_name(d.b);
  if (!nn || root_of(sem_.node_sym[nn]) != root) return false;
  for (NodeId s = d.a; s; s = tu_[s].next)  // no tag defined along with it
    if ((tu_[s].kind == Kind::SpecStruct || tu_[s].kind == Kind::SpecEnum) && tu_[s].d) return false;
  const ast::Symbol& y = sem_.symbols[root];
  return y.kind == ast::SymKind::Function || sem_.symbols[sem_.node_sym[nn]].storage == ast::Storage::Extern;
}

// Whether token T's spelling lies in the text (a file token, or one that
// came only through macro arguments).
bool Carver::editable(TokIdx t) const {
  for (pp::Loc x = pp_.tokens[t].loc; pp::is_macro_loc(x);) {
    const pp::ExpLoc& el = pp_.exp_locs[x & ~pp::kMacroLocBit];
    if (el.role != pp::ExpLoc::Arg && el.role != pp::ExpLoc::ArgRaw) return false;
    x = el.spelling;
  }
  return true;
}

// --- headers -------------------------------------------------------------

bool Carver::eligible(int32_t entry) {
  if (eligible_[entry] < 0) {
    const pp::IncludeRecord& r = pp_.includes[entry];
    std::optional<bool> y = pol_.may_include_header(pp_.files[r.file].path, false, r.directive);
    if (!y) { failed_ = true; eligible_[entry] = 0; }
    else eligible_[entry] = *y;
  }
  return eligible_[entry] == 1;
}

// The outermost header on ENTRY's include path that may be #included, -1
// when the entry's text must be written in place.
int32_t Carver::include_target(int32_t entry) {
  int32_t path[256];
  int n = 0;
  for (int32_t e = entry; e >= 0 && eclass_[e] == EC_HEADER && n < 256; e = pp_.includes[e].parent) path[n++] = e;
  for (int k = n - 1; k >= 0; --k)
    if (!conflict_[path[k]] && eligible(path[k])) return path[k];
  return -1;
}

void Carver::mark_walk(int32_t entry) {
  for (int32_t e = entry; e >= 0 && eclass_[e] == EC_HEADER && !plan_.walk_entry[e]; e = pp_.includes[e].parent)
    plan_.walk_entry[e] = 1;
}

void Carver::need_include(int32_t hdr) {
  if (plan_.include_entry[hdr]) return;
  plan_.include_entry[hdr] = 1;
  mark_walk(pp_.includes[hdr].parent);
}

// --- the worklist ----------------------------------------------------------

// Keeps ITEM's text (scanned by the worklist, with PATCHED_FN when it is a
// patched or copied function's definition: the function whose block-scope
// statics are offered to the policy).  A file-level invocation that produced
// several items (DEFINE_EVENT, EXPORT_SYMBOL) is one text: all of them.
void Carver::keep(uint32_t item, SymId owner_fn) {
  if (plan_.keep_item[item]) return;
  mark_walk(plan_.item_entry[item]);
  plan_.keep_item[item] = 1;
  work_.push_back({item, owner_fn});
  int32_t inv = invocation_of(item);
  if (inv < 0) return;
  for (uint32_t j = item; j-- > 0 && invocation_of(j) == inv;) keep(j, 0);
  for (uint32_t j = item + 1; j < plan_.items.size() && invocation_of(j) == inv; ++j) keep(j, 0);
}

// The file-level invocation ITEM's text begins or ends in, -1 if none.
int32_t Carver::invocation_of(uint32_t item) const {
  const Node& d = tu_[plan_.items[item]];
  for (TokIdx t : {d.first, d.last})
    if (pp::is_macro_loc(pp_.tokens[t].loc)) return sm_.outer_expansion(pp_.expansion_loc(pp_.tokens[t].loc));
  return -1;
}

void Carver::need_item(uint32_t item, Reason why) {
  (void)why;
  if (plan_.keep_item[item]) return;
  int32_t entry = plan_.item_entry[item];
  if (entry < 0 || eclass_[entry] == EC_AVAIL) return;
  if (eclass_[entry] == EC_HEADER) {
    int32_t t = include_target(entry);
    if (t >= 0) { need_include(t); return; }
  }
  keep(item, 0);
}

void Carver::scan(NodeId root, uint32_t item, SymId owner_fn) {
  // A declaration written for an externalized entity is scanned from within
  // another scan: the outer scan's context is kept aside meanwhile.
  struct Saved {
    Carver& c;
    TokIdx specs_end;
    std::pair<TokIdx, TokIdx> skip;
    std::vector<std::pair<TokIdx, TokIdx>> params, inits, unevaluated;
    ~Saved() {
      c.scan_specs_end_ = specs_end;
      c.skip_ = skip;
      c.param_ranges_ = std::move(params);
      c.static_init_ranges_ = std::move(inits);
      c.unevaluated_ranges_ = std::move(unevaluated);
    }
  } saved{*this, scan_specs_end_, skip_, std::move(param_ranges_), std::move(static_init_ranges_),
          std::move(unevaluated_ranges_)};
  scan_specs_end_ = 0;
  skip_ = {1, 0};
  param_ranges_.clear();
  static_init_ranges_.clear();
  unevaluated_ranges_.clear();
  if (root == plan_.items[item] && (tu_[root].kind == Kind::Declaration || tu_[root].kind == Kind::FunctionDef))
    for (NodeId sp = tu_[root].a; sp; sp = tu_[sp].next) scan_specs_end_ = tu_[sp].last;
  std::vector<NodeId> stack{root};
  while (!stack.empty()) {
    NodeId n = stack.back();
    stack.pop_back();
    const Node& nd = tu_[n];
    if (nd.first >= skip_.first && nd.last <= skip_.second) continue;  // a removed declaration
    visit(n, nd, item, owner_fn);
    if (failed_) return;
    uint8_t slots = ast::child_slots(nd.kind);
    const uint32_t kids[4] = {nd.a, nd.b, nd.c, nd.d};
    size_t before = stack.size();
    for (int k = 0; k < 4; ++k)
      if (slots & (1u << k))
        for (NodeId c = kids[k]; c; c = tu_[c].next) {
          if (nd.kind == Kind::Declaration && k == 1) local_parent_[c] = n;
          stack.push_back(c);
        }
    std::reverse(stack.begin() + before, stack.end());  // visited in source order
  }
}

static bool is_expr(Kind k) { return k >= Kind::Ident && k <= Kind::LabelAddr; }

void Carver::visit(NodeId n, const Node& nd, uint32_t item, SymId owner_fn) {
  const ast::TypeTable& tt = sem_.types;
  auto type = [&](NodeId x) -> TypeId { return x < sem_.node_type.size() ? sem_.node_type[x] : 0; };
  auto pointee = [&](TypeId t) -> TypeId { return t && tt[t].kind == ast::TK::Pointer ? tt[t].base : 0; };
  switch (nd.kind) {
  case Kind::Ident:
    if (SymId s = sem_.node_sym[n]) use_sym(s, nd.first, item, owner_fn, false);
    break;
  case Kind::DeclName:
    if (SymId s = sem_.node_sym[n]) use_sym(s, nd.first, item, owner_fn, true);
    break;
  case Kind::FunctionDef:
    break;
  case Kind::SpecTypedefName:
    if (SymId s = sem_.node_sym[n]) use_sym(s, nd.first, item, owner_fn, false);
    break;
  case Kind::SpecStruct: case Kind::SpecEnum:
    // A tag named in a parameter list or a block must be visible there; one
    // named among the item's own specifiers (a member, a typedef, a
    // file-scope declaration) declares itself at file scope.
    if (!nd.d && type(n)) {
      bool in_params = false;  // a prototype scope, even inside a struct body
      for (auto [b, e] : param_ranges_) in_params |= nd.first >= b && nd.first <= e;
      if (nd.kind == Kind::SpecEnum) need_type(type(n), true, item);
      else need_type(type(n), false, nd.first > scan_specs_end_ || in_params ? item : UINT32_MAX);
    }
    break;
  case Kind::DeclFunction:
    if (nd.b) param_ranges_.push_back({tu_[nd.b].first, nd.last});
    break;
  case Kind::Declaration: {  // initializers of static storage: address constants only
    bool is_static = n == plan_.items[item];
    for (NodeId sp = nd.a; sp; sp = tu_[sp].next)
      if (tu_[sp].kind == Kind::SpecKeyword && tu_[sp].op == ast::KW_STATIC) is_static = true;
    if (is_static)
      for (NodeId id = nd.b; id; id = tu_[id].next)
        if (tu_[id].kind == Kind::InitDeclarator && tu_[id].b)
          static_init_ranges_.push_back({tu_[tu_[id].b].first, tu_[tu_[id].b].last});
    break;
  }
  case Kind::SizeofExpr: case Kind::AlignofExpr: case Kind::SpecTypeof:
    unevaluated_ranges_.push_back({nd.first, nd.last});
    break;
  case Kind::Member:
    if (nd.op == pp::TK_ARROW) need_type(pointee(type(nd.a)), true, item);
    else need_type(type(nd.a), true, item);
    break;
  case Kind::Binary: case Kind::Assign: case Kind::PreIncDec: case Kind::PostIncDec: case Kind::Index:
    need_type(pointee(type(n)), true, item);
    if (nd.kind == Kind::Index) { need_type(pointee(type(nd.a)), true, item); need_type(pointee(type(nd.b)), true, item); }
    break;
  case Kind::Unary:
    if (nd.op == pp::TK_STAR) need_type(pointee(type(nd.a)), true, item);
    break;
  case Kind::TypeName:
    need_type(type(n), true, item);
    break;
  default:
    break;
  }
  bool object_decl = false;
  if (nd.kind == Kind::DeclName && sem_.node_sym[n]) {
    ast::SymKind k = sem_.symbols[sem_.node_sym[n]].kind;
    object_decl = k == ast::SymKind::Object || k == ast::SymKind::Param;
  }
  if (is_expr(nd.kind) || object_decl) {
    TypeId t = type(n);
    while (t && tt[t].kind == ast::TK::Array) t = tt[t].base;
    if (t && (tt[t].kind == ast::TK::Record || tt[t].kind == ast::TK::Enum)) need_type(t, true, item);
  }
}

void Carver::need_type(TypeId t, bool complete, uint32_t item) {
  if (!t) return;
  const ast::TypeTable& tt = sem_.types;
  while (tt[t].kind == ast::TK::Array) t = tt[t].base;
  if (tt[t].kind == ast::TK::Record) {
    uint32_t r = uint32_t(tt[t].extra);
    if (tt.records[r].scope_depth) return;
    if (complete) {
      if (rec_need_[r] < 2) {
        rec_need_[r] = 2;
        if (rec_def_[r]) need_item(rec_def_[r] - 1, Reason::TypeNeeded);
        // Its members' types: complete for a value member, declared for a
        // pointer (the definition's own text declares those tags).
        for (const ast::Member& m : tt.records[r].members) need_type(m.type, true, UINT32_MAX);
      }
    } else if (!rec_need_[r]) {
      rec_need_[r] = 1;
    }
    rec_first_use_[r] = std::min(rec_first_use_[r], item);
  } else if (tt[t].kind == ast::TK::Enum) {
    uint32_t r = uint32_t(tt[t].extra);
    if (tt.enums[r].scope_depth || enum_need_[r]) return;
    enum_need_[r] = 1;
    if (enum_def_[r]) need_item(enum_def_[r] - 1, Reason::TypeNeeded);
  }
}

void Carver::use_sym(SymId s, TokIdx tok, uint32_t item, SymId owner_fn, bool is_decl) {
  const ast::Symbol& y = sem_.symbols[s];
  switch (y.kind) {
  case ast::SymKind::Enumerator:
  case ast::SymKind::Typedef:
    if (y.scope_depth == 0 && y.decl && !is_decl) need_item(item_of(y.decl), Reason::TypeNeeded);
    return;
  case ast::SymKind::Object: case ast::SymKind::Function:
    break;
  default:
    return;
  }
  if (y.scope_depth > 0 && y.linkage == ast::Linkage::None) {
    if (y.kind == ast::SymKind::Object && y.storage == ast::Storage::Static && owner_fn) {
      if (is_decl) local_static(s, local_parent_.count(y.decl) ? local_parent_[y.decl] : 0, item, owner_fn);
      if (ents_.count(s)) refs_.push_back({tok, s, is_decl});
    }
    return;
  }
  if (y.is_builtin || y.implicit) return;
  SymId r = root_of(s);
  if (is_decl) {  // a kept declaration of an entity: renamed with it
    refs_.push_back({tok, r, true});
    return;
  }
  Ent* e = decide(r, item, pp_.tokens[tok].loc);
  if (!e) return;
  if (e->pointer) {
    // Only an evaluated use needs an address constant: sizeof(x) does not.
    bool in_static_init = false, unevaluated = false;
    for (auto [b, z] : static_init_ranges_) in_static_init |= tok >= b && tok <= z;
    for (auto [b, z] : unevaluated_ranges_) unevaluated |= tok >= b && tok <= z;
    if (in_static_init && !unevaluated) pointer_in_static_init(r, *e, tok);
    if (failed_) return;
  }
  if (e->pointer && y.scope_depth > 0) drop_block_decl(s, pp_.tokens[tok].loc);
  if (failed_) return;
  e->first_use = std::min(e->first_use, item);
  if (e->fate == Fate::Patched || e->fate == Fate::Copied) keep_prototype(r, *e, item);
  refs_.push_back({tok, r, false});
}

// N is free in the output: no other file-scope entity or macro of the unit
// has it (SELF, the entity being renamed, may keep its own name), and no
// other entity was given it.
bool Carver::unique_name(const std::string& n, SymId self) const {
  auto it = names_.find(n);
  if (it != names_.end() && !(self && it->second == self)) return false;
  return !taken_.count(n);
}

Ent* Carver::decide(SymId root, uint32_t item, pp::Loc where) {
  auto it = ents_.find(root);
  if (it != ents_.end()) return &it->second;
  Ent& e = ents_[root];
  e.reason = Reason::Referenced;
  e.first_use = item;
  // Defined by text the output holds anyway (another declaration of the
  // same invocation, SYSCALL_DEFINE's metadata): it is what it was.  (Not a
  // plain declaration kept for the type it defines, `static struct {...} x;`:
  // that x is decided as any other, its text giving way to the synth's.)
  if (SymId def = definition_of(root)) {
    uint32_t def_item = item_of(sem_.symbols[def].decl);
    if (plan_.keep_item[def_item] && invocation_of(def_item) >= 0) {
      e.fate = Fate::Kept;
      e.out = std::string(str(sem_.symbols[root].name));
      return &e;
    }
  }
  // A function declared only at block scope by a macro's body, never
  // defined: its declaration is in the invocation that uses it, which the
  // output keeps as written.  In the kernel these are compiletime_assert's
  // `__compiletime_assert_N`, declared with __attribute__((error)) and never
  // called in code that compiles; a real call would fail the module's link,
  // not go wrong at run time.  (One the function's own text declares is the
  // policy's to decide, as any other.)
  if (sem_.symbols[root].kind == ast::SymKind::Function && !definition_of(root)) {
    bool block_only = true;
    for (SymId s = root; s; s = next_[s])
      if (sem_.symbols[s].decl) {
        NodeId dn = decl_name(sem_.symbols[s].decl);
        if (!sem_.symbols[s].scope_depth || !dn || editable(tu_[dn].first)) block_only = false;
      }
    if (block_only) {
      e.fate = Fate::Kept;
      e.out = std::string(str(sem_.symbols[root].name));
      return &e;
    }
  }
  if (sem_.symbols[root].kind == ast::SymKind::Function) decide_function(root, e, where);
  else decide_object(root, e, where);
  return &ents_[root];
}

// What the body of the header function DEF (used from its header, not
// copied) reaches in the running kernel: the file-scope functions and objects
// it names that are not header functions themselves (followed in turn):
// declared only, or the unit's own globals.  Their uses stay in the header's
// text, under their own names, so they cannot be renamed; the plan lists
// them (OutputPlan::header_refs) for a policy that can bind a name as it is
// (a klp relocation).
void Carver::header_refs(SymId def) {
  std::vector<SymId> work{def};
  while (!work.empty()) {
    SymId f = work.back();
    work.pop_back();
    if (!header_seen_.insert(f).second) continue;
    std::vector<NodeId> stack{sem_.symbols[f].decl};
    while (!stack.empty()) {
      NodeId n = stack.back();
      stack.pop_back();
      const Node& nd = tu_[n];
      if (nd.kind == Kind::Ident) {
        SymId s = sem_.node_sym[n];
        if (s && !sem_.symbols[s].scope_depth && !sem_.symbols[s].is_builtin &&
            (sem_.symbols[s].kind == ast::SymKind::Function || sem_.symbols[s].kind == ast::SymKind::Object)) {
          SymId r = root_of(s);
          bool function = sem_.symbols[r].kind == ast::SymKind::Function;
          SymId d = definition_of(r);
          int32_t den = d ? plan_.item_entry[item_of(sem_.symbols[d].decl)] : -1;
          if (d && function && den >= 0 && eclass_[den] != EC_MAIN &&
              tu_[sem_.symbols[d].decl].kind == Kind::FunctionDef) {
            work.push_back(d);  // another header function: what it names counts too
          } else if (sem_.symbols[r].linkage == ast::Linkage::External && header_ref_seen_.insert(r).second) {
            // Declared only, or defined by the unit (a tracepoint that
            // CREATE_TRACE_POINTS defines here, a global the header calls).
            plan_.header_refs.push_back({std::string(str(sem_.symbols[r].name)), function});
          }
        }
      }
      uint8_t slots = ast::child_slots(nd.kind);
      const uint32_t kids[4] = {nd.a, nd.b, nd.c, nd.d};
      for (int k = 0; k < 4; ++k)
        if (slots & (1u << k))
          for (NodeId c = kids[k]; c; c = tu_[c].next) stack.push_back(c);
    }
  }
}

void Carver::decide_function(SymId root, Ent& e, pp::Loc where) {
  const ast::Symbol& y = sem_.symbols[root];
  std::string name(str(y.name));
  SymId def = definition_of(root);
  bool internal = y.linkage == ast::Linkage::Internal;
  uint32_t def_item = def ? item_of(sem_.symbols[def].decl) : 0;
  int32_t def_entry = def ? plan_.item_entry[def_item] : -1;
  bool from_header = def && def_entry >= 0 && eclass_[def_entry] != EC_MAIN;
  std::string def_loc = def ? where_text(loc_of(sem_.symbols[def].decl)) : std::string();
  std::optional<bool> can = pol_.can_externalize_fun(name, def != 0, internal, def_loc, where);
  if (!can) { failed_ = true; return; }
  bool ext = false;
  if (*can) {
    std::optional<bool> shall = pol_.shall_externalize_fun(name, from_header, where);
    if (!shall) { failed_ = true; return; }
    ext = *shall;
  }
  if (!ext && !def) {
    diag_.error(where, "'" + name + "' must be externalized but the policy says it cannot be");
    failed_ = true;
    return;
  }
  if (ext) {
    externalize(root, e, true, internal, name, where);
    return;
  }
  if (from_header && (eclass_[def_entry] == EC_AVAIL || include_target(def_entry) >= 0)) {
    e.fate = Fate::FromHeader;
    e.out = name;
    need_item(def_item, Reason::Called);
    header_refs(def);
    return;
  }
  // A function the patch adds with external linkage: the module's own, under
  // its name, so that the other carved units of the same patch link to it.
  if (def && !internal &&
      std::find(in_.new_globals.begin(), in_.new_globals.end(), name) != in_.new_globals.end()) {
    e.fate = Fate::Copied;
    e.out = name;
    take_name(e.out);
    keep(def_item, 0);
    e.def_item = def_item;
    return;
  }
  // Copied: kept, static, renamed — unless a macro's body or a paste spelled
  // its name (a tracepoint's trace_X): that text cannot be edited, and a
  // static copy may keep its name.
  e.fate = Fate::Copied;
  NodeId dn = decl_name(sem_.symbols[def].decl);
  if (dn && !editable(tu_[dn].first)) e.out = name;
  else for (unsigned retry = 0;; ++retry) {
    std::optional<std::string> nn = pol_.rename_rewritten_fun(name, retry, where);
    if (!nn) { failed_ = true; return; }
    if (unique_name(*nn)) { e.out = *nn; break; }
    if (retry >= 64) {
      diag_.error(where, "renaming '" + name + "' to '" + *nn + "' collides with a name in the output");
      failed_ = true;
      return;
    }
  }
  take_name(e.out);
  e.make_static = !internal;
  // Kept even if in a header; scanned as its function, so that its
  // block-scope statics are offered like a patched function's: the copy
  // replaces the kernel's for the patched callers and must share its state.
  keep(def_item, root);
  e.def_item = def_item;
}

// A pointer cannot stand in an initializer of a static object (C11 6.7.9p4:
// an address constant is needed).  A read-only object is copied instead (its
// contents cannot have changed); anything else cannot be carved so.
void Carver::pointer_in_static_init(SymId root, Ent& e, TokIdx tok) {
  const ast::TypeTable& tt = sem_.types;
  TypeId t = sem_.symbols[root].type;
  while (t && tt[t].kind == ast::TK::Array) t = tt[t].base;
  SymId def = definition_of(root);
  std::string name(str(sem_.symbols[root].name));
  if (!t || !(tt[t].quals & ast::Q_CONST) || !def || sem_.symbols[root].kind != ast::SymKind::Object) {
    diag_.error(pp_.tokens[tok].loc, "'" + name + "' is reached through a pointer but used in a static initializer");
    failed_ = true;
    return;
  }
  if (e.synth >= 0) plan_.synth[e.synth].dropped = true;
  e.synth = -1;
  plan_.externs.erase(std::remove_if(plan_.externs.begin(), plan_.externs.end(),
                                     [&](const ExternEntry& x) { return x.name == e.out; }),
                      plan_.externs.end());
  e.fate = Fate::Copied;
  e.pointer = false;
  e.out = name;
  e.make_static = sem_.symbols[root].linkage == ast::Linkage::External;
  need_item(item_of(sem_.symbols[def].decl), Reason::Referenced);
}

// A use of a kept (patched or copied) function before its definition needs
// the prototype that preceded the use in the original.
void Carver::keep_prototype(SymId root, Ent& e, uint32_t use_item) {
  if (e.proto_kept || use_item >= e.def_item) return;
  e.proto_kept = true;
  for (SymId s = root; s; s = next_[s]) {
    if (!sem_.symbols[s].decl || sem_.symbols[s].scope_depth) continue;
    uint32_t it = item_of(sem_.symbols[s].decl);
    if (it < use_item && pure_prototype(it, root)) {
      keep(it, 0);
      return;
    }
  }
}

void Carver::decide_object(SymId root, Ent& e, pp::Loc where) {
  const ast::Symbol& y = sem_.symbols[root];
  std::string name(str(y.name));
  // A global register variable (GNU C: `register T x asm("rsp")`, the
  // kernel's current_stack_pointer) names a CPU register, not a symbol of
  // the running kernel: its declaration is needed as written.
  if (y.storage == ast::Storage::Register && y.scope_depth == 0 && y.decl) {
    e.fate = Fate::Kept;
    e.out = name;
    need_item(item_of(y.decl), Reason::Referenced);
    return;
  }
  std::optional<bool> shall = pol_.shall_externalize_obj(name, where);
  if (!shall) { failed_ = true; return; }
  bool internal = y.linkage == ast::Linkage::Internal;
  if (*shall) {
    externalize(root, e, false, internal, name, where);
    return;
  }
  SymId def = definition_of(root);
  if (!def) {
    diag_.error(where, "'" + name + "' must be externalized but the policy says it cannot be");
    failed_ = true;
    return;
  }
  e.fate = Fate::Copied;
  e.out = name;
  e.make_static = !internal;  // a new instance, private to the patch
  need_item(item_of(sem_.symbols[def].decl), Reason::Referenced);
}

// Whether an asm takes the address of ROOT's entity as a link-time constant.
bool Carver::constant_address(SymId root) {
  if (const_addr_.empty()) {
    const_addr_.assign(sem_.symbols.size(), 0);
    for (SymId s : constant_address_objects(tu_, sem_)) const_addr_[s] = 1;
  }
  for (SymId s = root; s; s = next_[s])
    if (const_addr_[s]) return true;
  return false;
}

bool Carver::externalize(SymId root, Ent& e, bool function, bool internal, const std::string& qname, pp::Loc where) {
  const ast::Symbol& y = sem_.symbols[root];
  std::string name(str(y.name));
  // A pre-included file (-include) declares it: the output's command line
  // includes that again, so a pointer or a linkage change cannot keep the
  // name (the header exclusion of the closure cannot help there).
  bool pre_declared = false;
  for (SymId s = root; s && y.scope_depth == 0; s = next_[s])
    if (sem_.symbols[s].decl && sem_.symbols[s].scope_depth == 0) {
      int32_t en = plan_.item_entry[item_of(sem_.symbols[s].decl)];
      pre_declared |= en >= 0 && eclass_[en] == EC_AVAIL;
    }
  SymbolChange ch;
  bool fixed_address = !function && constant_address(root);
  for (unsigned retry = 0;; ++retry) {
    std::optional<SymbolChange> c =
        pol_.modify_externalized_sym(function, qname, retry, where, internal, fixed_address);
    if (!c) { failed_ = true; return false; }
    if (c->make_pointer && fixed_address) {
      diag_.error(where, "cannot make '" + qname + "' a pointer: an asm takes its address as a link-time constant"
                         " (\"i\": a jump label's key)");
      failed_ = true;
      return false;
    }
    bool changed = c->make_pointer || c->linkage != LinkageChange::Keep;
    if (unique_name(c->new_name, y.scope_depth == 0 && !(pre_declared && changed) ? root : 0)) { ch = *c; break; }
    if (retry >= 64) {
      diag_.error(where, "renaming '" + qname + "' to '" + c->new_name + "' collides with a name in the output");
      failed_ = true;
      return false;
    }
  }
  take_name(ch.new_name);
  e.fate = Fate::Externalized;
  e.out = ch.new_name;
  e.pointer = ch.make_pointer;
  e.relinked = ch.linkage != LinkageChange::Keep && ch.new_name == name;
  plan_.externs.push_back({ch.new_name, name, ch.make_pointer, function, qname});
  bool plain = !ch.make_pointer && ch.new_name == name && y.scope_depth == 0;
  // `extern T x[];` while the definition gives the length: the output
  // declares the length, as a sizeof of x (ARRAY_SIZE) needs it.
  const ast::TypeTable& tt = sem_.types;
  auto lengthless = [&](TypeId t) { return t && tt[t].kind == ast::TK::Array && (tt[t].flags & ast::TF_ARR_INCOMPLETE); };
  TypeId composite = 0;
  for (SymId s = root; s; s = next_[s]) composite = sem_.symbols[s].type;
  bool sized = composite && tt[composite].kind == ast::TK::Array && !lengthless(composite);
  if (plain) {
    // A declaration in a header that may be #included, else a kept prototype.
    for (SymId s = root; s; s = next_[s]) {
      const ast::Symbol& d = sem_.symbols[s];
      if (!d.decl || d.scope_depth || (sized && lengthless(d.type))) continue;
      uint32_t it = item_of(d.decl);
      int32_t en = plan_.item_entry[it];
      if (en >= 0 && (eclass_[en] == EC_AVAIL || (eclass_[en] == EC_HEADER && include_target(en) >= 0)) &&
          (function || d.storage == ast::Storage::Extern)) {
        need_item(it, Reason::Referenced);
        return true;
      }
    }
    for (SymId s = root; s; s = next_[s]) {
      const ast::Symbol& d = sem_.symbols[s];
      if (!d.decl || d.scope_depth || (sized && lengthless(d.type))) continue;
      uint32_t it = item_of(d.decl);
      if (pure_prototype(it, root)) { need_item(it, Reason::Referenced); return true; }
    }
  }
  SymId from = definition_of(root);
  if (!from) from = root;
  NodeId declarator = 0;
  NodeId specs = specs_of(from, &declarator);
  if (!specs || !declarator) {
    diag_.error(where, "cannot write a declaration of externalized '" + name + "'");
    failed_ = true;
    return false;
  }
  synth_decl(from, specs, e, e.first_use);
  return true;
}

void Carver::synth_decl(SymId decl_sym, NodeId specs, Ent& e, uint32_t item) {
  NodeId declarator = 0;
  specs_of(decl_sym, &declarator);
  NodeId nn = decl_name(declarator);
  e.synth = int32_t(plan_.synth.size());
  plan_.synth.push_back({specs, declarator, nn ? tu_[nn].first : 0, e.out, e.pointer, item, 0, 0});
  const ast::TypeTable& tt = sem_.types;
  TypeId t = sem_.symbols[decl_sym].type;
  for (SymId x = decl_sym; x; x = next_[x])  // the composite type: the length may come later
    t = sem_.symbols[x].type;
  if (t && tt[t].kind == ast::TK::Array && !(tt[t].flags & (ast::TF_ARR_INCOMPLETE | ast::TF_ARR_VLA))) {
    NodeId near = 0;
    for (NodeId d = declarator; d && tu_[d].kind != Kind::DeclName;) {
      const Node& n = tu_[d];
      if (n.kind == Kind::DeclArray) { if (!n.b) near = d; else near = 0; d = n.a; }
      else if (n.kind == Kind::DeclPointer || n.kind == Kind::DeclParen) { near = 0; d = n.b; }
      else if (n.kind == Kind::DeclFunction) { near = 0; d = n.a; }
      else break;
    }
    if (near) {
      plan_.synth.back().array_close = tu_[near].last;
      plan_.synth.back().array_len = tt[t].extra;
    }
  }
  for (NodeId s = specs; s; s = tu_[s].next) scan(s, item, 0);
  scan(declarator, item, 0);
}

// A block-scope static that holds no state of the running kernel but marks
// the object file for the linker or objtool: __ADDRESSABLE() and friends
// (named __UNIQUE_ID_..., placed in a .discard.* section).  There is no
// instance to share, so it stays in the copied body instead of being offered
// to the policy.
bool Carver::link_time_marker(const ast::Symbol& y, NodeId decl_stmt) const {
  if (str(y.name).substr(0, 12) == "__UNIQUE_ID_") return true;
  if (!decl_stmt) return false;
  for (uint32_t t = tu_[decl_stmt].first; t <= tu_[decl_stmt].last; ++t)
    if (pp_.tokens[t].kind == pp::TK_STRING && str(pp_.tokens[t].spelling).substr(0, 10) == "\".discard.")
      return true;
  return false;
}

void Carver::local_static(SymId s, NodeId decl_stmt, uint32_t item, SymId owner_fn) {
  if (ents_.count(s)) return;
  const ast::Symbol& y = sem_.symbols[s];
  if (link_time_marker(y, decl_stmt)) return;  // copied with the body, as gcc emits one per copy
  // Every name the statement declares (`static unsigned char sensekey = 0,
  // sensecode = 0;`): the statement leaves the function when the policy
  // externalizes them all; one externalized beside one kept cannot be.
  std::vector<SymId> names;
  if (decl_stmt)
    for (NodeId id = tu_[decl_stmt].b; id; id = tu_[id].next) {
      NodeId dn = decl_name(id);
      SymId x = dn && dn < sem_.node_sym.size() ? sem_.node_sym[dn] : 0;
      if (x) names.push_back(x);
    }
  if (std::find(names.begin(), names.end(), s) == names.end()) names.assign(1, s);
  std::string fn(str(sem_.symbols[owner_fn].name));
  std::vector<std::string> qnames;
  std::vector<uint8_t> shall_v;
  for (SymId x : names) {
    const ast::Symbol& xy = sem_.symbols[x];
    qnames.push_back(local_static_name(fn, str(xy.name)));
    NodeId dn = decl_name(xy.decl);
    std::optional<bool> shall = pol_.shall_externalize_obj(qnames.back(), loc_of(xy.decl), dn && !editable(tu_[dn].first));
    if (!shall) { failed_ = true; return; }
    shall_v.push_back(*shall);
  }
  size_t yes = size_t(std::count(shall_v.begin(), shall_v.end(), 1));
  if (!yes) return;
  if (!decl_stmt || yes != names.size()) {
    size_t k = size_t(std::find(shall_v.begin(), shall_v.end(), 1) - shall_v.begin());
    diag_.error(loc_of(sem_.symbols[names[k]].decl),
                "cannot externalize '" + qnames[k] + "': declared together with other names the policy keeps");
    failed_ = true;
    return;
  }
  pp::Loc where = loc_of(y.decl);
  for (size_t i = 0; i < names.size(); ++i) {
    Ent& e = ents_[names[i]];
    e.first_use = item;
    if (!externalize(names[i], e, false, true, qnames[i], loc_of(sem_.symbols[names[i]].decl))) return;
    plan_.externs.back().original = std::string(str(sem_.symbols[names[i]].name));
  }
  std::string qname = qnames[0];
  TokIdx first = tu_[decl_stmt].first;
  if (pp::is_macro_loc(pp_.tokens[first].loc) && !editable(first)) {
    // A macro's body declares it (memcpy's fortify check declares
    // WARN_ONCE's flag): the invocation is written expanded, without it.
    int32_t o = sm_.outer_expansion(pp_.expansion_loc(pp_.tokens[first].loc));
    if (o < 0) {
      diag_.error(where, "cannot externalize '" + qname + "': a macro declares it outside any invocation in the text");
      failed_ = true;
      return;
    }
    plan_.expand.push_back(uint32_t(o));
    plan_.drop_ranges.push_back({first, tu_[decl_stmt].last});
  } else {
    plan_.removed_decls.push_back(decl_stmt);
  }
  skip_ = {tu_[decl_stmt].first, tu_[decl_stmt].last};  // its initializer is not in the output
}

// A block-scope declaration (`extern int x;`, `int f(int);`) of an entity
// reached through a pointer would declare the name as the entity itself,
// against the file-scope pointer (or, for a function without `extern`, as a
// local pointer): it leaves the function, the pointer declared before the
// function standing for it.
void Carver::drop_block_decl(SymId s, pp::Loc where) {
  auto it = local_parent_.find(sem_.symbols[s].decl);
  if (it == local_parent_.end()) return;
  NodeId stmt = it->second;
  if (std::find(plan_.removed_decls.begin(), plan_.removed_decls.end(), stmt) != plan_.removed_decls.end()) return;
  if (tu_[tu_[stmt].b].next) {
    diag_.error(where, "cannot externalize '" + std::string(str(sem_.symbols[s].name)) +
                           "': declared together with other names");
    failed_ = true;
    return;
  }
  plan_.removed_decls.push_back(stmt);
}

// --- patched functions -------------------------------------------------------

void Carver::check_patched_names() {
  for (const std::string& want : in_.patched_names) {
    SymId found = 0;
    for (SymId s = 1; s < sem_.symbols.size(); ++s) {
      const ast::Symbol& y = sem_.symbols[s];
      if (y.kind == ast::SymKind::Function && y.scope_depth == 0 && str(y.name) == want) { found = s; break; }
    }
    SymId other = 0;  // a file-scope object, typedef, ... of that name
    for (SymId s = 1; !found && !other && s < sem_.symbols.size(); ++s) {
      const ast::Symbol& y = sem_.symbols[s];
      if (y.scope_depth == 0 && str(y.name) == want) other = s;
    }
    if (other) {
      diag_.error(loc_of(sem_.symbols[other].decl), "patched function '" + want + "' is not a function");
      failed_ = true;
    } else if (!found) {
      diag_.error_at("kcarve", "patched function '" + want + "' is not declared in this translation unit");
      failed_ = true;
    } else if (!definition_of(found)) {
      diag_.error(loc_of(sem_.symbols[found].decl), "patched function '" + want + "' has no body here");
      failed_ = true;
    }
  }
}

// Asks is-patched of every function defined in the main file (and of the
// --patched-functions names defined in headers), renames the patched ones.
bool Carver::patch_all() {
  for (uint32_t i = 0; i < plan_.items.size(); ++i) {
    NodeId d = plan_.items[i];
    if (tu_[d].kind != Kind::FunctionDef) continue;
    int32_t en = plan_.item_entry[i];
    SymId s = sem_.node_sym[d];
    if (!s) if (NodeId nn = decl_name(d)) s = sem_.node_sym[nn];
    if (!s) continue;
    std::string name(str(sem_.symbols[s].name));
    bool listed = std::find(in_.patched_names.begin(), in_.patched_names.end(), name) != in_.patched_names.end();
    if (en < 0 || (eclass_[en] != EC_MAIN && !listed)) continue;
    std::optional<bool> p = pol_.is_patched(name, loc_of(d));
    if (!p) return false;
    if (!*p) continue;
    // The trace-event machinery's functions (trace_event_raw_event_X,
    // perf_trace_X, __traceiter_X): define_trace.h reads the events header
    // again under other definitions of its macros, and a macro of that
    // reading writes the whole function.  No text of the output could
    // restore them; refused rather than carved wrong.
    if (en >= 0 && pp::is_macro_loc(pp_.tokens[tu_[d].first].loc)) {
      uint32_t file = pp_.includes[en].file;
      for (size_t k = 0; k < pp_.includes.size(); ++k)
        if (int32_t(k) != en && pp_.includes[k].file == file && !pp_.includes[k].skipped &&
            pp_.includes[k].kind == pp_.includes[en].kind) {
          diag_.error(loc_of(d), "cannot patch '" + name + "': a macro writes it while " +
                                     pp_.files[file].path +
                                     " is read again (an X-macro header: the events headers define_trace.h reads "
                                     "twice, lsm_hook_defs.h); no text of its own could stand for it");
          return false;
        }
    }
    patched_.push_back({root_of(s), i});
  }
  if (patched_.empty()) {
    diag_.error_at("kcarve", "no function of this translation unit is patched");
    return false;
  }
  return true;
}

void Carver::reset_pass() {
  size_t ni = pp_.includes.size();
  plan_.keep_item.assign(plan_.items.size(), 0);
  plan_.include_entry.assign(ni, 0);
  plan_.walk_entry.assign(ni, 0);
  plan_.keep_directive.assign(pp_.directives.size(), 0);
  plan_.renames.clear();
  plan_.drop_tokens.clear();
  plan_.add_static_before.clear();
  plan_.removed_decls.clear();
  plan_.drop_ranges.clear();
  plan_.expand.clear();
  plan_.synth.clear();
  plan_.tag_decls.clear();
  plan_.pins.clear();
  plan_.wrappers.clear();
  plan_.patched.clear();
  plan_.externs.clear();
  plan_.explain.clear();
  plan_.header_refs.clear();
  header_seen_.clear();
  header_ref_seen_.clear();
  ents_.clear();
  refs_.clear();
  taken_.clear();
  work_.clear();
  hdr_scanned_.assign(ni, 0);
  rec_need_.assign(sem_.types.records.size(), 0);
  rec_first_use_.assign(sem_.types.records.size(), UINT32_MAX);
  enum_need_.assign(sem_.types.enums.size(), 0);
}

bool Carver::pass() {
  reset_pass();
  for (auto [root, item] : patched_) {
    const ast::Symbol& y = sem_.symbols[root];
    std::string name(str(y.name));
    Ent& e = ents_[root];
    e.fate = Fate::Patched;
    e.reason = Reason::Patched;
    SymbolChange ch;
    for (unsigned retry = 0;; ++retry) {
      std::optional<SymbolChange> c = pol_.modify_patched_fun_sym(name, retry, loc_of(plan_.items[item]));
      if (!c) return false;
      if (unique_name(c->new_name)) { ch = *c; break; }
      if (retry >= 64) {
        diag_.error(loc_of(plan_.items[item]), "renaming patched '" + name + "' to '" + c->new_name +
                                                   "' collides with a name in the output");
        return false;
      }
    }
    take_name(ch.new_name);
    e.out = ch.new_name;
    bool internal = y.linkage == ast::Linkage::Internal;
    e.make_static = ch.linkage == LinkageChange::MakeInternal && !internal;
    e.drop_static = ch.linkage == LinkageChange::MakeExternal && internal;
    e.relinked = e.out == name && ch.linkage != LinkageChange::Keep;
    plan_.patched.push_back({name, e.out});
    mark_walk(plan_.item_entry[item]);
    if (plan_.item_entry[item] >= 0 && eclass_[plan_.item_entry[item]] == EC_HEADER)
      for (int32_t h = plan_.item_entry[item]; h >= 0; h = pp_.includes[h].parent) conflict_[h] = 1;
    e.def_item = item;
    keep(item, root);
  }
  // The functions the patch adds with external linkage are the module's own
  // symbols: kept even when no patched function here calls them, since
  // another carved unit of the same patch may.
  for (uint32_t i = 0; i < plan_.items.size() && !in_.new_globals.empty() && !failed_; ++i) {
    NodeId d = plan_.items[i];
    if (tu_[d].kind != Kind::FunctionDef) continue;
    SymId s = sem_.node_sym[d];
    if (!s) if (NodeId nn = decl_name(d)) s = sem_.node_sym[nn];
    if (s && std::find(in_.new_globals.begin(), in_.new_globals.end(), std::string(str(sem_.symbols[s].name))) !=
                 in_.new_globals.end())
      decide(root_of(s), i, loc_of(d));
  }
  for (uint32_t def : forced_macros_) need_macro(def);
  do {
    while (!work_.empty() && !failed_) {
      auto [item, fn] = work_.back();
      work_.pop_back();
      scan(plan_.items[item], item, fn);
    }
  } while (!failed_ && header_needs());
  return !failed_;
}

// An #included header must compile where it stands in the output, and a
// kernel header is not always self-contained: include/linux/zpool.h uses
// `bool` from the headers its includers had included before it, and
// include/linux/slub_def.h calls slab_address(), which mm/slab.h defines just
// before including it.  So each #included header's text is read for the
// names, tags and macros it uses that neither it (with what it includes) nor
// a pre-include declares; what declares them is needed in turn — its own
// outermost eligible header's #include, or its text, at its original place,
// which is before the header.  Returns whether anything new was needed.
bool Carver::header_needs() {
  size_t ni = pp_.includes.size();
  // Per include entry: the #included header whose text it is part of.
  std::vector<int32_t> owner(ni, -1);
  for (size_t i = 0; i < ni; ++i) {
    int32_t p = pp_.includes[i].parent;
    owner[i] = p >= 0 && owner[p] >= 0 ? owner[p] : plan_.include_entry[i] ? int32_t(i) : -1;
  }
  std::vector<uint8_t> fresh(ni, 0);
  bool any = false;
  for (size_t h = 0; h < ni; ++h)
    if (plan_.include_entry[h] && owner[h] == int32_t(h) && !hdr_scanned_[h]) fresh[h] = hdr_scanned_[h] = any = 1;
  if (!any) return false;
  size_t before = work_.size();
  std::vector<uint8_t> include_before(plan_.include_entry);
  std::vector<uint8_t> directive_before(plan_.keep_directive);
  for (uint32_t i = 0; i < plan_.items.size(); ++i) {
    int32_t en = plan_.item_entry[i];
    if (en >= 0 && owner[en] >= 0 && fresh[owner[en]]) header_item_needs(i, owner[en], owner);
  }
  // Macros its text invokes, defined outside it.
  if (def_directive_.empty()) need_macro(UINT32_MAX);  // builds def_directive_
  // (By output tokens: a header read twice has one text, and an invocation
  // in it names the inclusion it came from only by the tokens it produced.)
  std::vector<int32_t> exp_owner(pp_.expansions.size(), -1);
  for (uint32_t x = 0; x < pp_.expansions.size(); ++x) {
    int32_t p = pp_.expansions[x].parent;
    int32_t h = -1;
    if (p >= 0 && uint32_t(p) < x) h = exp_owner[p];
    else if (int32_t en = sm_.entry_of_token(pp_.expansions[x].first_tok); en >= 0) h = owner[en];
    exp_owner[x] = h;
    if (h < 0 || !fresh[h]) continue;
    int32_t dir = def_directive_[pp_.expansions[x].def];
    if (dir < 0) continue;
    int32_t den = pp_.directives[dir].include;
    if (den < 0 || eclass_[den] == EC_AVAIL || owner[den] == h) continue;
    need_macro(pp_.expansions[x].def);
  }
  // Macros its conditionals test, defined outside it: atombios.h stops with
  // `#error` unless atom-types.h (read before it) defined ATOM_BIG_ENDIAN.
  if (cond_entry_.empty()) {  // per conditional: its entry (the same on every call)
    cond_entry_.reserve(pp_.conds.size());
    for (const pp::CondRecord& c : pp_.conds) cond_entry_.push_back(sm_.entry_of(c.loc));
  }
  for (size_t k = 0; k < pp_.conds.size(); ++k) {
    const pp::CondRecord& c = pp_.conds[k];
    if (!c.evaluated || c.kind == pp::CondRecord::Else || c.kind == pp::CondRecord::Endif) continue;
    int32_t en = cond_entry_[k];
    if (en < 0 || owner[en] < 0 || !fresh[owner[en]]) continue;
    for (std::string_view name : tested_macros(c)) need_defined_macro(name, c.out_pos, owner[en], owner);
  }
  return work_.size() != before || include_before != plan_.include_entry || directive_before != plan_.keep_directive;
}

// The macro names conditional C tests for being defined: `#ifdef X`,
// `#ifndef X`, `defined X` and `defined(X)` of an #if or #elif (read off
// its text: the records keep where a conditional is, not what it tests).
std::vector<std::string_view> Carver::tested_macros(const pp::CondRecord& c) const {
  std::string_view line = pp_.buffer_text(c.loc, 4096);
  size_t eol = 0;
  while (eol < line.size() && (line[eol] != '\n' || (eol && line[eol - 1] == '\\'))) ++eol;
  line = line.substr(0, eol);
  auto ident = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_'; };
  std::vector<std::string_view> words;
  for (size_t i = 0; i < line.size();) {
    if (!ident(line[i]) || std::isdigit(static_cast<unsigned char>(line[i]))) {
      for (++i; i < line.size() && ident(line[i - 1]) && ident(line[i]);) ++i;  // skip a number's tail
      continue;
    }
    size_t b = i;
    while (i < line.size() && ident(line[i])) ++i;
    words.push_back(line.substr(b, i - b));
  }
  std::vector<std::string_view> names;
  if (words.empty()) return names;
  bool by_name = words[0] == "ifdef" || words[0] == "ifndef" || words[0] == "elifdef" || words[0] == "elifndef";
  if (by_name) {
    if (words.size() > 1) names.push_back(words[1]);
    return names;
  }
  for (size_t k = 1; k + 1 < words.size(); ++k)
    if (words[k] == "defined") names.push_back(words[k + 1]);
  return names;
}

// NAME, tested by a conditional of the #included header HDR at output
// position OUT_POS: the #define in effect there, when made outside HDR's
// text, is needed before HDR.
void Carver::need_defined_macro(std::string_view name, uint32_t out_pos, int32_t hdr,
                                const std::vector<int32_t>& owner) {
  if (directives_of_.empty())
    for (uint32_t i = 0; i < pp_.directives.size(); ++i) directives_of_[str(pp_.directives[i].name)].push_back(i);
  auto it = directives_of_.find(name);
  if (it == directives_of_.end()) return;
  int32_t last = -1;
  for (uint32_t i : it->second)
    if (pp_.directives[i].out_pos <= out_pos) last = int32_t(i);
  if (last < 0 || pp_.directives[last].kind != pp::MacroDirective::Define) return;
  int32_t en = pp_.directives[last].include;
  if (en >= 0 && owner[en] == hdr) return;
  need_macro(pp_.directives[last].def);
}

// The needs of ITEM, part of the #included header HDR: names declared, tags
// defined, outside HDR's text and before their use.
void Carver::header_item_needs(uint32_t item, int32_t hdr, const std::vector<int32_t>& owner) {
  auto provided = [&](uint32_t it) {
    int32_t en = plan_.item_entry[it];
    return en < 0 || eclass_[en] == EC_AVAIL || owner[en] >= 0 || plan_.keep_item[it];
  };
  (void)hdr;
  std::vector<NodeId> stack{plan_.items[item]};
  while (!stack.empty()) {
    NodeId n = stack.back();
    stack.pop_back();
    const Node& nd = tu_[n];
    SymId s = 0;
    if (nd.kind == Kind::Ident || nd.kind == Kind::SpecTypedefName) s = n < sem_.node_sym.size() ? sem_.node_sym[n] : 0;
    if (s && sem_.symbols[s].scope_depth == 0 && !sem_.symbols[s].is_builtin && !sem_.symbols[s].implicit) {
      // Some declaration before the use that the output has: enough.
      SymId r = root_of(s);
      // A static function copied under a new name: the header calls it by
      // its own, so the copy keeps that (static, it clashes with nothing).
      auto it = ents_.find(r);
      if (it != ents_.end() && it->second.fate == Fate::Copied && sem_.symbols[r].kind == ast::SymKind::Function &&
          sem_.symbols[r].linkage == ast::Linkage::Internal && it->second.out != str(sem_.symbols[r].name)) {
        it->second.fate = Fate::Kept;
        it->second.out = std::string(str(sem_.symbols[r].name));
      }
      bool ok = false;
      for (SymId d = r; d && !ok; d = next_[d]) {
        NodeId dn = sem_.symbols[d].decl;
        if (dn && tu_[dn].first < nd.first) ok = provided(item_of(dn));
      }
      if (!ok && sem_.symbols[r].decl && tu_[sem_.symbols[r].decl].first < nd.first)
        need_item(item_of(sem_.symbols[r].decl), Reason::TypeNeeded);
    }
    TypeId t = 0;
    if (nd.kind == Kind::Member && n < sem_.node_type.size() && nd.a < sem_.node_type.size()) {
      t = sem_.node_type[nd.a];
      if (nd.op == pp::TK_ARROW) t = t && sem_.types[t].kind == ast::TK::Pointer ? sem_.types[t].base : 0;
    } else if ((nd.kind == Kind::SpecStruct || nd.kind == Kind::SpecEnum) && !nd.d && n < sem_.node_type.size()) {
      t = sem_.node_type[n];
    }
    if (t) {
      const ast::TypeTable& tt = sem_.types;
      uint32_t def = 0;
      if (tt[t].kind == ast::TK::Record && !tt.records[tt[t].extra].scope_depth) def = rec_def_[tt[t].extra];
      if (tt[t].kind == ast::TK::Enum && !tt.enums[tt[t].extra].scope_depth) def = enum_def_[tt[t].extra];
      // need_type, not need_item: a kept definition needs its value members'
      // types complete in turn (rxrpc_skb_priv's `struct rxrpc_host_header hdr`).
      if (def && def - 1 < item && !provided(def - 1)) need_type(t, true, item);
    }
    uint8_t slots = ast::child_slots(nd.kind);
    const uint32_t kids[4] = {nd.a, nd.b, nd.c, nd.d};
    for (int k = 0; k < 4; ++k)
      if (slots & (1u << k))
        for (NodeId c = kids[k]; c; c = tu_[c].next) stack.push_back(c);
  }
}

// Headers that declare what the carve changes under its own name.
void Carver::conflicts(bool& changed) {
  changed = false;
  for (auto& [root, e] : ents_) {
    if (!(e.pointer || e.relinked) || e.out != str(sem_.symbols[root].name)) continue;
    for (SymId s = root; s; s = next_[s]) {
      if (!sem_.symbols[s].decl || sem_.symbols[s].scope_depth) continue;
      int32_t en = plan_.item_entry[item_of(sem_.symbols[s].decl)];
      for (int32_t h = en; h >= 0 && eclass_[h] == EC_HEADER; h = pp_.includes[h].parent)
        if (!conflict_[h]) {
          conflict_[h] = 1;
          if (plan_.include_entry[h]) changed = true;
        }
    }
  }
}

// --- macros ----------------------------------------------------------------

void Carver::need_macro(uint32_t def) {
  if (def_directive_.empty()) {  // the #define that made each definition
    def_directive_.assign(pp_.macros.size(), -1);
    for (size_t i = 0; i < pp_.directives.size(); ++i)
      if (pp_.directives[i].kind == pp::MacroDirective::Define && pp_.directives[i].def < pp_.macros.size())
        def_directive_[pp_.directives[i].def] = int32_t(i);
  }
  if (def >= pp_.macros.size()) return;
  const pp::MacroDef& m = pp_.macros[def];
  if (m.builtin) return;
  int32_t dir = def_directive_[def];
  if (dir < 0) return;
  const pp::MacroDirective& d = pp_.directives[dir];
  int32_t en = d.include;
  if (en < 0 || eclass_[en] == EC_AVAIL) return;
  if (eclass_[en] == EC_HEADER) {
    int32_t t = include_target(en);
    if (t >= 0) {
      if (in_macros_ && !plan_.include_entry[t]) late_macros_.push_back(def);
      need_include(t);
      return;
    }
  }
  if (plan_.keep_directive[dir]) return;
  plan_.keep_directive[dir] = 1;
  mark_walk(en);
}

// The #undef before a kept #define is needed when the definition it ended
// is itself in the output (kept, pre-included, or in an #included header).
void Carver::needed_undefs() {
  std::unordered_map<pp::StrId, int32_t> last;  // name -> last directive seen
  std::vector<int32_t> before(pp_.directives.size(), -1);
  for (size_t i = 0; i < pp_.directives.size(); ++i) {
    auto it = last.find(pp_.directives[i].name);
    if (it != last.end()) before[i] = it->second;
    last[pp_.directives[i].name] = int32_t(i);
  }
  auto present = [&](int32_t i) {
    const pp::MacroDirective& d = pp_.directives[i];
    if (plan_.keep_directive[i]) return true;
    if (d.include < 0 || eclass_[d.include] == EC_AVAIL) return true;
    if (eclass_[d.include] != EC_HEADER) return false;
    for (int32_t h = d.include; h >= 0 && eclass_[h] == EC_HEADER; h = pp_.includes[h].parent)
      if (plan_.include_entry[h]) return true;
    return false;
  };
  for (size_t i = 0; i < pp_.directives.size(); ++i) {
    if (!plan_.keep_directive[i] || pp_.directives[i].kind != pp::MacroDirective::Define) continue;
    int32_t u = before[i];
    if (u < 0 || pp_.directives[u].kind != pp::MacroDirective::Undef) continue;
    int32_t p = before[u];
    if (p >= 0 && pp_.directives[p].kind == pp::MacroDirective::Define && present(p)) {
      plan_.keep_directive[u] = 1;
      mark_walk(pp_.directives[u].include);
    }
  }
}

// Whether macro DEF's body uses parameter K as the operand of # or ##.
bool Carver::param_used_raw(uint32_t def, uint32_t k) const {
  const pp::MacroDef& m = pp_.macros[def];
  if (!m.function_like || k >= m.nparams) return false;
  pp::StrId name = pp_.macro_params[m.params_begin + k];
  const pp::Token* body = pp_.macro_bodies.data() + m.body_begin;
  for (uint32_t i = 0; i < m.body_len; ++i) {
    if (!(body[i].flags & pp::TF_MACRO_PARAM) || body[i].spelling != name) continue;
    if (i > 0 && (body[i - 1].flags & pp::TF_STRINGIFY_OP)) return true;
    if (body[i].flags & pp::TF_PASTE_LEFT) return true;
    // `, ## __VA_ARGS__` (GNU) pastes nothing: it only drops the comma.
    bool gnu_comma = m.variadic && k + 1 == m.nparams && i > 1 && body[i - 2].kind == pp::TK_COMMA;
    if (i > 0 && body[i - 1].kind == pp::TK_HASHHASH && !gnu_comma) return true;
  }
  return false;
}

void Carver::macros() {
  // Which file-level invocations are written expanded: those a rename reaches
  // through the macro's body (or a paste or stringification), and those whose
  // renamed argument the body also stringifies or pastes: rewriting the
  // argument's text would change that string or pasted name too.
  for (auto& [tok, text] : plan_.renames) {
    pp::Loc l = pp_.tokens[tok].loc;
    bool in_text = true;
    for (pp::Loc x = l; pp::is_macro_loc(x);) {
      const pp::ExpLoc& el = pp_.exp_locs[x & ~pp::kMacroLocBit];
      if (el.role != pp::ExpLoc::Arg && el.role != pp::ExpLoc::ArgRaw) { in_text = false; break; }
      if (param_used_raw(pp_.expansions[el.expansion].def, el.index)) { in_text = false; break; }
      x = el.spelling;
    }
    if (!in_text) {
      int32_t o = sm_.outer_expansion(pp_.expansion_loc(l));
      if (o >= 0) plan_.expand.push_back(uint32_t(o));
    }
  }
  std::sort(plan_.expand.begin(), plan_.expand.end());
  plan_.expand.erase(std::unique(plan_.expand.begin(), plan_.expand.end()), plan_.expand.end());

  std::vector<uint32_t> tops;
  auto range_of = [&](NodeId first, NodeId last) { return sm_.file_range(tu_[first].first, tu_[last].last); };
  for (uint32_t i = 0; i < plan_.items.size(); ++i)
    if (plan_.keep_item[i]) {
      auto [b, e] = range_of(plan_.items[i], plan_.items[i]);
      sm_.expansions_in(b, e, tops);
    }
  for (const SynthDecl& s : plan_.synth) {
    for (NodeId sp = s.specs; sp; sp = tu_[sp].next) {
      auto [b, e] = range_of(sp, sp);
      sm_.expansions_in(b, e, tops);
    }
    auto [b, e] = range_of(s.declarator, s.declarator);
    sm_.expansions_in(b, e, tops);
  }
  std::sort(tops.begin(), tops.end());
  tops.erase(std::unique(tops.begin(), tops.end()), tops.end());
  std::vector<uint8_t> wanted(pp_.expansions.size(), 0);
  for (uint32_t t : tops)
    if (!std::binary_search(plan_.expand.begin(), plan_.expand.end(), t)) wanted[t] = 1;
  const std::vector<int32_t>& top_of = sm_.top_of();
  std::vector<uint8_t> def_done(pp_.macros.size(), 0);
  for (uint32_t x = 0; x < pp_.expansions.size(); ++x) {
    int32_t t = top_of[x];
    if (t < 0 || !wanted[t] || def_done[pp_.expansions[x].def]) continue;
    def_done[pp_.expansions[x].def] = 1;
    need_macro(pp_.expansions[x].def);
  }
  needed_undefs();
}

// --- results ---------------------------------------------------------------

// `#pragma pack` changes the layout of the structs after it (the bfa
// driver's headers pack their firmware structs): in the text the output
// copies, every one is kept, in its place, so each kept struct is laid out
// under the packing it had.  Those of #included headers come with them.
void Carver::pack_pragmas() {
  for (uint32_t i = 0; i < plan_.items.size(); ++i) {
    const Node& d = tu_[plan_.items[i]];
    if (d.kind != Kind::Pragma || plan_.keep_item[i] || d.first + 1 > d.last) continue;
    if (str(pp_.tokens[d.first].spelling) != "#pragma" || str(pp_.tokens[d.first + 1].spelling) != "pack") continue;
    int32_t en = plan_.item_entry[i];
    if (en < 0 || (eclass_[en] != EC_MAIN && !plan_.walk_entry[en]) || plan_.include_entry[en]) continue;
    plan_.keep_item[i] = 1;
  }
}

// Leaves token T out of the output.  A token a macro's body wrote (xfs's
// `STATIC`, PMU_FORMAT_ATTR's `static`) has no text of its own: its
// invocation is written expanded, without it.
void Carver::drop_token(TokIdx t) {
  plan_.drop_tokens.push_back(t);
  if (!pp::is_macro_loc(pp_.tokens[t].loc) || editable(t)) return;
  int32_t o = sm_.outer_expansion(pp_.expansion_loc(pp_.tokens[t].loc));
  if (o >= 0) plan_.expand.push_back(uint32_t(o));
}

// What the output defines that gcc would call unused where the original
// named it: static functions of #included headers (include/net/fq_impl.h
// in net/mac80211/tx.c: the #include is quieted for -Wunused-function), and
// static functions and objects of kept texts that come along with what the
// carve needs (quiet_item).  gcc does not warn about an inline function,
// one marked unused, or anything some text it reads names (page-flags.h's
// folio_flags, named by the header's inline functions).
void Carver::quiet_unused() {
  size_t ni = pp_.includes.size();
  plan_.quiet_unused.assign(ni, 0);
  plan_.quiet_item.assign(plan_.items.size(), 0);
  std::vector<int32_t> owner(ni, -1);
  for (size_t i = 0; i < ni; ++i) {
    int32_t p = pp_.includes[i].parent;
    owner[i] = p >= 0 && owner[p] >= 0 ? owner[p] : plan_.include_entry[i] ? int32_t(i) : -1;
  }
  auto has_unused_attr = [&](NodeId specs) {
    for (NodeId sp = specs; sp; sp = tu_[sp].next)
      if (tu_[sp].kind == Kind::SpecAttribute)
        for (NodeId at = tu_[sp].a; at; at = tu_[at].next)
          if (tu_[at].kind == Kind::Attribute && tu_[at].a && pp::attribute_base_name(str(tu_[at].a)) == "unused")
            return true;
    return false;
  };
  auto has_keyword = [&](NodeId specs, int kw) {
    for (NodeId sp = specs; sp; sp = tu_[sp].next)
      if (tu_[sp].kind == Kind::SpecKeyword && tu_[sp].op == kw) return true;
    return false;
  };
  auto unreached = [&](SymId s) {
    auto it = ents_.find(root_of(s));
    return it == ents_.end() || it->second.fate == Fate::None;
  };
  // Candidates: symbol -> (item, bit); an item in an #included header's text
  // stands for the header (bit 4).
  std::unordered_map<SymId, std::pair<uint32_t, uint8_t>> cand;
  for (uint32_t i = 0; i < plan_.items.size(); ++i) {
    int32_t en = plan_.item_entry[i];
    bool in_header = en >= 0 && owner[en] >= 0;
    if (!in_header && !plan_.keep_item[i]) continue;
    NodeId it = plan_.items[i];
    const Node& d = tu_[it];
    if (!has_keyword(d.a, ast::KW_STATIC) || has_unused_attr(d.a)) continue;
    if (d.kind == Kind::FunctionDef) {
      SymId s = sem_.node_sym[it];
      if (s && !has_keyword(d.a, ast::KW_INLINE) && unreached(s)) cand.emplace(root_of(s), std::make_pair(i, uint8_t(in_header ? 4 : 1)));
    } else if (d.kind == Kind::Declaration && !in_header) {
      for (NodeId id = d.b; id; id = tu_[id].next) {
        if (tu_[id].kind != Kind::InitDeclarator || tu_[id].d) continue;  // one with its own attributes: left
        NodeId dn = decl_name(tu_[id].a);
        SymId s = dn ? sem_.node_sym[dn] : 0;
        if (s && sem_.symbols[s].kind == ast::SymKind::Object && unreached(s)) cand.emplace(root_of(s), std::make_pair(i, uint8_t(2)));
      }
    }
  }
  if (cand.empty()) return;
  // Named by a text gcc reads: not unused.
  for (NodeId n = 1; n < tu_.nodes.size() && !cand.empty(); ++n) {
    if (tu_[n].kind != Kind::Ident || !sem_.node_sym[n]) continue;
    auto c = cand.find(root_of(sem_.node_sym[n]));
    if (c == cand.end()) continue;
    uint32_t item = item_of(n);
    int32_t en = plan_.item_entry[item];
    if (plan_.keep_item[item] || (en >= 0 && owner[en] >= 0)) cand.erase(c);
  }
  for (const auto& [sym, where] : cand) {
    if (where.second == 4) plan_.quiet_unused[owner[plan_.item_entry[where.first]]] = 1;
    else plan_.quiet_item[where.first] |= where.second;
  }
}

// A renamed patched function with external linkage has no declaration
// before its definition; under -Wmissing-prototypes (fs/btrfs/Makefile)
// gcc warns where the original, declared by a header, did not.  One is
// written just before the definition, from its specifiers and declarator.
void Carver::prototype_patched() {
  std::vector<SymId> roots;
  for (auto& [root, e] : ents_)
    if (e.fate == Fate::Patched && e.out != str(sem_.symbols[root].name)) roots.push_back(root);
  std::sort(roots.begin(), roots.end());
  for (SymId root : roots) {
    const Ent& e = ents_[root];
    bool external = sem_.symbols[root].linkage == ast::Linkage::External ? !e.make_static : e.drop_static;
    NodeId def = plan_.items[e.def_item];
    TypeId ft = sem_.symbols[root].type;
    if (!external || tu_[def].kind != Kind::FunctionDef || !ft || sem_.types[ft].kind != ast::TK::Function ||
        (sem_.types[ft].flags & ast::TF_FN_OLDSTYLE))
      continue;
    NodeId dn = decl_name(tu_[def].b);
    if (!dn) continue;
    plan_.synth.push_back({tu_[def].a, tu_[def].b, tu_[dn].first, e.out, false, e.def_item, 0, 0});
  }
}

void Carver::finish() {
  quiet_unused();
  if (in_.prototypes) prototype_patched();
  for (const Ref& ref : refs_) {
    TokIdx tok = ref.tok;
    auto it = ents_.find(ref.ent);
    if (it == ents_.end() || it->second.fate == Fate::None) continue;
    const Ent& e = it->second;
    if (ref.decl && (e.make_static || e.drop_static)) {  // the storage class of a kept declaration
      const Node& d = tu_[plan_.items[item_of_tok(tok)]];
      bool has_static = false;
      for (NodeId sp = d.a; sp; sp = tu_[sp].next) {
        if (tu_[sp].kind == Kind::SpecKeyword && tu_[sp].op == ast::KW_STATIC) {
          has_static = true;
          if (e.drop_static) drop_token(tu_[sp].first);
        }
        // A copy of an `extern inline` (gnu_inline) definition: static, not both.
        if (e.make_static && tu_[sp].kind == Kind::SpecKeyword && tu_[sp].op == ast::KW_EXTERN)
          drop_token(tu_[sp].first);
      }
      if (e.make_static && !has_static) plan_.add_static_before.push_back(d.first);
    }
    std::string_view orig = str(pp_.tokens[tok].spelling);
    bool is_decl_tok = false;
    // A declaration's own name: renamed, never dereferenced.
    for (const SynthDecl& s : plan_.synth) if (s.name_tok == tok) is_decl_tok = true;
    std::string text = e.pointer && !is_decl_tok ? "(*" + e.out + ")" : e.out;
    if (e.pointer && is_decl_tok) continue;
    if (text != orig) plan_.renames.push_back({tok, text});
  }
  std::sort(plan_.renames.begin(), plan_.renames.end());
  plan_.renames.erase(std::unique(plan_.renames.begin(), plan_.renames.end()), plan_.renames.end());
  for (auto& [root, e] : ents_) {
    if (e.synth < 0) continue;
    SynthDecl& sd = plan_.synth[e.synth];
    sd.before_item = e.first_use;
    // `static struct { ... } x;`: the declaration the synth is written from
    // was kept for the type it defines, and both would define x.  The
    // synth's specifiers define that type too, so it takes the item's place.
    uint32_t src = item_of(sd.declarator);
    const Node& sn = tu_[plan_.items[src]];
    if (!plan_.keep_item[src] || sn.kind != Kind::Declaration || sn.a != sd.specs || tu_[sn.b].next) continue;
    bool defines = false;
    for (NodeId sp = sd.specs; sp; sp = tu_[sp].next)
      defines |= (tu_[sp].kind == Kind::SpecStruct || tu_[sp].kind == Kind::SpecEnum) && tu_[sp].d;
    if (!defines) continue;
    plan_.keep_item[src] = 0;
    sd.before_item = std::min(sd.before_item, src);
  }
  plan_.synth.erase(std::remove_if(plan_.synth.begin(), plan_.synth.end(),
                                   [](const SynthDecl& x) { return x.dropped; }),
                    plan_.synth.end());
  // Tags only pointed to: `struct tag;` unless a kept or #included text declares them.
  uint32_t first_kept = 0;
  while (first_kept < plan_.items.size() && !plan_.keep_item[first_kept]) ++first_kept;
  for (uint32_t r = 0; r < rec_need_.size(); ++r) {
    if (!rec_need_[r] || rec_first_use_[r] == UINT32_MAX) continue;
    const ast::Record& rec = sem_.types.records[r];
    if (!rec.tag) continue;
    bool declared = false;
    if (rec_def_[r]) {
      uint32_t it = rec_def_[r] - 1;
      int32_t en = plan_.item_entry[it];
      declared = (plan_.keep_item[it] && it < rec_first_use_[r]) || (en >= 0 && eclass_[en] == EC_AVAIL);
      if (!declared && en >= 0 && eclass_[en] == EC_HEADER) {
        int32_t t = include_target(en);
        declared = t >= 0 && plan_.include_entry[t];
      }
    }
    for (const SynthDecl& sd : plan_.synth)  // a written declaration whose specifiers define it
      for (NodeId sp = sd.specs; sp && !declared && sd.before_item <= rec_first_use_[r]; sp = tu_[sp].next) {
        TypeId st = tu_[sp].kind == Kind::SpecStruct && tu_[sp].d ? sem_.node_type[sp] : 0;
        declared = st && sem_.types[st].kind == ast::TK::Record && sem_.types[st].extra == r;
      }
    if (!declared)
      plan_.tag_decls.push_back({std::string(rec.is_union ? "union " : "struct ") + std::string(str(rec.tag)), first_kept});
  }
  std::sort(plan_.drop_tokens.begin(), plan_.drop_tokens.end());
  std::sort(plan_.add_static_before.begin(), plan_.add_static_before.end());
  plan_.add_static_before.erase(std::unique(plan_.add_static_before.begin(), plan_.add_static_before.end()),
                                plan_.add_static_before.end());
  std::vector<std::pair<std::string, std::string>> lines;
  static const char* const fate_names[] = {"none", "patched", "copied", "externalized", "from-header", "kept"};
  for (auto& [root, e] : ents_) {
    std::string n(str(sem_.symbols[root].name));
    std::string l = n + ": " + fate_names[int(e.fate)];
    if (e.out != n && !e.out.empty()) l += " as " + (e.pointer ? "*" + e.out : e.out);
    if (e.pin) l += std::string(", pinned ") + e.pin;
    if (e.fate != Fate::Patched && e.first_use < plan_.items.size()) {  // kpatch-style: why it is in
      NodeId u = plan_.items[e.first_use];
      SymId us = tu_[u].kind == Kind::FunctionDef ? sem_.node_sym[u] : 0;
      if (us) l += " (used by " + std::string(str(sem_.symbols[us].name)) + ")";
      else l += " (used at " + where_text(loc_of(u)) + ")";
    }
    lines.push_back({n, l});
  }
  std::sort(lines.begin(), lines.end());
  for (auto& l : lines) plan_.explain += l.second + "\n";
  std::sort(plan_.externs.begin(), plan_.externs.end(),
            [](const ExternEntry& a, const ExternEntry& b) { return a.name < b.name; });
}

// --- inlining fidelity -------------------------------------------------------
//
// A copied static helper is compiled in the carve among far fewer callers
// than in the original unit, so gcc's inliner decides about it afresh: a
// helper it kept out of line because ten functions call it is inlined into
// the one patched function that calls it in the carve ("called once"), and
// the patched function's code no longer is the running kernel's.  With the
// original's decisions at hand (InliningFacts, from -fdump-ipa-clones), a
// helper gcc kept out of line wherever the carve calls it is pinned there:
// `noinline` (and `noclone`, unless gcc cloned it there: with fewer callers
// the carve's gcc would specialize it for them).  A helper gcc inlined is
// not pinned the other way: `always_inline` makes gcc inline it in the
// early passes, before the caller's branch probabilities are estimated,
// where the original inlined it in the IPA inliner into a caller whose
// profile was already estimated — same instructions, other block order (49
// of 379 pinned kernel carves differed only by that).  The carve's IPA
// inliner, with fewer callers than the original's, inlines it again.  A
// helper the source already pins (noinline, always_inline, noipa) and one
// inlined into some of its carve callers and not others are left to gcc.

// The name of the function ITEM defines ("" when it is no definition).
std::string Carver::function_name_of(uint32_t item) const {
  NodeId d = plan_.items[item];
  if (tu_[d].kind != Kind::FunctionDef) return std::string();
  SymId s = sem_.node_sym[d];
  if (!s) if (NodeId nn = decl_name(d)) s = sem_.node_sym[nn];
  return s ? std::string(str(sem_.symbols[s].name)) : std::string();
}

// Whether a file-scope declaration of ROOT already pins the inliner
// (noinline, always_inline, noipa).
bool Carver::pins_inliner(SymId root) const {
  for (SymId s = root; s; s = next_[s]) {
    const ast::Symbol& y = sem_.symbols[s];
    if (!y.decl || y.scope_depth) continue;
    NodeId d = plan_.items[item_of(y.decl)];
    TokIdx last = tu_[d].kind == Kind::FunctionDef ? tu_[tu_[d].b].last : tu_[d].last;
    for (TokIdx t = tu_[d].first; t <= last; ++t) {
      std::string_view w = str(pp_.tokens[t].spelling);
      if (w == "noinline" || w == "__noinline__" || w == "always_inline" || w == "__always_inline__" ||
          w == "noipa" || w == "__noipa__")
        return true;
    }
  }
  return false;
}

// Whether gcc kept ROOT out of line in the original wherever the kept
// functions USERS call it: inlined into none of them, and a body left.
// The dump names the function an inlined body finally landed in: a helper
// called from C, where C was itself inlined into R, is "inlined to R"
// (af_packet.c: prb_fill_vlan_info, called by prb_run_all_ft_ops, inlined
// with it into prb_fill_curr_block).  So C counts with every function it
// was inlined into, transitively.  Only the callers whose code ends up in
// a patched function are asked, when there are any: a pin is for the
// patched function's code, and a copied helper kept out of line may have
// inlined ROOT where the patched function calls it (fs/d_path.c: prepend,
// inlined into __dentry_path's helpers, called out of line by
// dentry_path).
bool Carver::out_of_line(SymId root, const std::vector<uint32_t>& users, const InliningFacts& facts) const {
  std::string name(str(sem_.symbols[root].name));
  auto hosts_of = [&](const std::string& caller) {
    std::vector<std::string> hosts{caller};
    for (size_t k = 0; k < hosts.size(); ++k) {
      auto up = facts.inlined_into.find(hosts[k]);
      if (up == facts.inlined_into.end()) continue;
      for (const std::string& h : up->second)
        if (std::find(hosts.begin(), hosts.end(), h) == hosts.end()) hosts.push_back(h);
    }
    return hosts;
  };
  auto patched = [&](const std::string& f) {
    for (auto [p, item] : patched_)
      if (str(sem_.symbols[p].name) == f) return true;
    return false;
  };
  std::vector<std::vector<std::string>> all, relevant;
  for (uint32_t it : users) {
    std::string caller = function_name_of(it);
    if (caller.empty()) continue;  // named in an initializer: its address, not a call
    all.push_back(hosts_of(caller));
    if (std::any_of(all.back().begin(), all.back().end(), patched)) relevant.push_back(all.back());
  }
  if (all.empty() || facts.no_body.count(name)) return false;
  auto into = facts.inlined_into.find(name);
  if (into == facts.inlined_into.end()) return true;
  for (const std::vector<std::string>& hosts : relevant.empty() ? all : relevant)
    for (const std::string& h : hosts)
      if (into->second.count(h)) return false;
  return true;
}

// Calls of header function ROOT go through a noinline wrapper (WrapperDef):
// when its definition is a `static` one with a prototype and named
// parameters, not variadic.
void Carver::wrap(SymId root, Ent& e) {
  NodeId def = 0;
  for (SymId s = root; s && !def; s = next_[s])
    if (sem_.symbols[s].decl && tu_[sem_.symbols[s].decl].kind == Kind::FunctionDef) def = sem_.symbols[s].decl;
  if (!def) return;
  const Node& fd = tu_[def];
  bool is_static = false;
  for (NodeId sp = fd.a; sp; sp = tu_[sp].next)
    is_static |= tu_[sp].kind == Kind::SpecKeyword && tu_[sp].op == ast::KW_STATIC;
  const ast::TypeTable& tt = sem_.types;
  TypeId ft = sem_.symbols[root].type;
  if (!is_static || !ft || tt[ft].kind != ast::TK::Function || (tt[ft].flags & (ast::TF_FN_VARIADIC | ast::TF_FN_OLDSTYLE)))
    return;
  // The function declarator directly around the name: its parameters.
  NodeId fn_decl = 0;
  for (NodeId d = fd.b; d && tu_[d].kind != Kind::DeclName;) {
    const Node& n = tu_[d];
    if (n.kind == Kind::DeclFunction) fn_decl = d;
    d = n.kind == Kind::DeclPointer || n.kind == Kind::DeclParen ? n.b : n.a;
  }
  NodeId dn = decl_name(fd.b);
  if (!fn_decl || !dn) return;
  WrapperDef w;
  uint32_t nparams = uint32_t(tt.sigs[tt[ft].extra].count);
  for (NodeId pd = tu_[fn_decl].b; pd && nparams; pd = tu_[pd].next) {
    NodeId pn = tu_[pd].kind == Kind::ParamDecl ? decl_name(tu_[pd].b) : 0;
    if (!pn || !tu_[pn].a) return;  // an unnamed parameter
    w.params.emplace_back(str(tu_[pn].a));
  }
  if (w.params.size() != nparams) return;
  std::string name(str(sem_.symbols[root].name));
  pp::Loc where = loc_of(def);
  for (unsigned retry = 0;; ++retry) {
    std::optional<std::string> nn = pol_.rename_rewritten_fun(name, retry, where);
    if (!nn) { failed_ = true; return; }
    if (unique_name(*nn)) { w.name = *nn; break; }
    if (retry >= 64) return;
  }
  take_name(w.name);
  w.specs = fd.a;
  w.declarator = fd.b;
  w.name_tok = tu_[dn].first;
  w.callee = name;
  // The wrapper stands for the original's out-of-line copy: it keeps what
  // the definition's own attributes made of that (`inline` is `notrace` in
  // the kernel: no ftrace call).
  std::vector<std::string> own{"noinline", "noclone"};
  for (NodeId sp = fd.a; sp; sp = tu_[sp].next)
    if (tu_[sp].kind == Kind::SpecAttribute) shaping_attributes(tu_[sp].a, own);
  w.attr = "__attribute__((";
  for (size_t k = 0; k < own.size(); ++k) w.attr += (k ? ", __" : "__") + own[k] + "__";
  w.attr += "))";
  w.returns_void = tt[tt[ft].base].kind == ast::TK::Void;
  w.before_item = e.first_use;
  plan_.wrappers.push_back(std::move(w));
  e.out = plan_.wrappers.back().name;
  e.pin = "noinline, through a wrapper";
}

// The attributes of attribute list LIST (`__attribute__((...))` nodes,
// nested one level in a specifier) that shape a function's own code, added
// to FOUND once each: without them a function compiles to other code.
void Carver::shaping_attributes(NodeId list, std::vector<std::string>& found) const {
  static const char* const shaping[] = {"no_instrument_function", "cold", "hot", "noreturn", "noinline", "noclone",
                                        "noipa", "no_stack_protector", "no_profile_instrument_function",
                                        "nocf_check", "no_sanitize_address", "no_split_stack", "returns_twice"};
  for (NodeId at = list; at; at = tu_[at].next) {
    if (tu_[at].kind == Kind::SpecAttribute) shaping_attributes(tu_[at].a, found);
    if (tu_[at].kind != Kind::Attribute || !tu_[at].a || tu_[at].b) continue;
    std::string_view an = pp::attribute_base_name(str(tu_[at].a));
    for (const char* w : shaping)
      if (an == w && std::find(found.begin(), found.end(), an) == found.end()) found.emplace_back(an);
  }
}

// The code-shaping attributes found on declarations of ROOT the output does
// not carry (a header's prototype, not kept): the renamed definition is
// another function to gcc, and would lose them — `notrace` on
// include/linux/uaccess.h's copy_to_user_nofault() kept the original free
// of the ftrace call its carve had.
std::string Carver::lost_attributes(SymId root) const {
  std::vector<std::string> found;
  for (SymId s = root; s; s = next_[s]) {
    const ast::Symbol& y = sem_.symbols[s];
    if (!y.decl || y.scope_depth || tu_[y.decl].kind != Kind::InitDeclarator) continue;
    uint32_t item = item_of(y.decl);
    if (plan_.keep_item[item]) continue;
    const Node& d = tu_[plan_.items[item]];
    if (d.kind != Kind::Declaration) continue;
    for (NodeId sp = d.a; sp; sp = tu_[sp].next)
      if (tu_[sp].kind == Kind::SpecAttribute) shaping_attributes(tu_[sp].a, found);
    shaping_attributes(tu_[y.decl].d, found);
  }
  std::sort(found.begin(), found.end());
  std::string text;
  for (const std::string& a : found) text += (text.empty() ? "" : ", ") + ("__" + a + "__");
  return text.empty() ? text : "__attribute__((" + text + ")) ";
}

// Patched and copied definitions under a new name get the attributes their
// dropped declarations gave them (merged with an inlining pin).
void Carver::keep_attributes() {
  std::vector<SymId> roots;
  for (auto& [root, e] : ents_)
    if ((e.fate == Fate::Patched || e.fate == Fate::Copied) && e.out != str(sem_.symbols[root].name)) roots.push_back(root);
  std::sort(roots.begin(), roots.end());
  for (SymId root : roots) {
    std::string text = lost_attributes(root);
    if (text.empty()) continue;
    TokIdx first = tu_[plan_.items[ents_[root].def_item]].first;
    if (pp::is_macro_loc(pp_.tokens[first].loc)) continue;
    auto pin = std::find_if(plan_.pins.begin(), plan_.pins.end(), [&](const InlinePin& p) { return p.before == first; });
    if (pin != plan_.pins.end()) pin->text += text;
    else plan_.pins.push_back({first, text});
  }
  std::sort(plan_.pins.begin(), plan_.pins.end(),
            [](const InlinePin& a, const InlinePin& b) { return a.before < b.before; });
}

// A noinline pin on an inline definition: gcc warns that an inline
// function is given `noinline`, and drops the pin (with another warning)
// when the definition says `gnu_inline`, as the kernel's `inline` does
// (`inline __gnu_inline __inline_maybe_unused notrace`: the static inline
// helpers of file-local headers).  On a static function neither changes
// anything but inlining, so the pinned copy is written without them: their
// tokens are left out (an `inline` invocation is then written expanded,
// without them; its notrace stays).
void Carver::drop_inline(NodeId def) {
  if (tu_[def].kind != Kind::FunctionDef) return;
  for (NodeId sp = tu_[def].a; sp; sp = tu_[sp].next) {
    if (tu_[sp].kind == Kind::SpecKeyword && tu_[sp].op == ast::KW_INLINE)
      for (TokIdx t = tu_[sp].first; t <= tu_[sp].last; ++t) drop_token(t);
    if (tu_[sp].kind != Kind::SpecAttribute) continue;
    std::vector<NodeId> attrs, gi;
    for (NodeId at = tu_[sp].a; at; at = tu_[at].next) {
      attrs.push_back(at);
      if (tu_[at].kind == Kind::Attribute && tu_[at].a && pp::attribute_base_name(str(tu_[at].a)) == "gnu_inline")
        gi.push_back(at);
    }
    if (gi.empty()) continue;
    if (gi.size() == attrs.size()) {  // the whole __attribute__((...))
      for (TokIdx t = tu_[sp].first; t <= tu_[sp].last; ++t) drop_token(t);
      continue;
    }
    for (NodeId at : gi) {
      // With the comma that separates it from the next attribute (or the
      // previous one, when it is the last).
      TokIdx b = tu_[at].first, e = tu_[at].last;
      if (at != attrs.back()) ++e;
      else --b;
      for (TokIdx t = b; t <= e; ++t) drop_token(t);
    }
  }
}

void Carver::pin_inlining() {
  const InliningFacts* facts = in_.inlining;
  if (!facts) return;
  // Per copied function, and per header function: the kept functions whose
  // text names it.  A header function is wrapped only if every kept use is
  // a call the text spells (not a macro's body, not a declaration).
  std::unordered_map<SymId, std::vector<uint32_t>> users;
  std::unordered_set<SymId> unwrappable;
  for (const Ref& r : refs_) {
    auto it = ents_.find(r.ent);
    if (it == ents_.end() || sem_.symbols[r.ent].kind != ast::SymKind::Function) continue;
    Fate f = it->second.fate;
    if (f == Fate::FromHeader && (r.decl || !editable(r.tok))) unwrappable.insert(r.ent);
    if (r.decl || (f != Fate::Copied && f != Fate::FromHeader)) continue;
    std::vector<uint32_t>& u = users[r.ent];
    uint32_t item = item_of_tok(r.tok);
    if (std::find(u.begin(), u.end(), item) == u.end()) u.push_back(item);
  }
  std::vector<SymId> roots;
  for (auto& [root, items] : users) roots.push_back(root);
  std::sort(roots.begin(), roots.end());
  for (SymId root : roots) {
    Ent& e = ents_[root];
    std::string name(str(sem_.symbols[root].name));
    if (pins_inliner(root)) continue;
    if (e.fate == Fate::FromHeader) {
      if (!unwrappable.count(root) && out_of_line(root, users[root], *facts)) wrap(root, e);
      continue;
    }
    // The text before which the pin goes: the definition's first token, when
    // it is the definition's own (not a macro's that wrote more items).
    TokIdx first = tu_[plan_.items[e.def_item]].first;
    if (pp::is_macro_loc(pp_.tokens[first].loc)) {
      int32_t inv = sm_.outer_expansion(pp_.expansion_loc(pp_.tokens[first].loc));
      if (e.def_item > 0 && invocation_of(e.def_item - 1) == inv) continue;
    }
    if (!out_of_line(root, users[root], *facts)) {
      // Inlined where the carve calls it, but the original unit kept its body
      // for other callers: gcc's inliner weighed each call against a body
      // that stays.  `used` keeps it in the carve too, or the carve's gcc,
      // seeing the body go once the last call is inlined, inlines where the
      // original did not (tcrypt.c: testmgr_free_buf on the error path of
      // test_mb_skcipher_speed).
      if (facts->body_kept.count(name) && facts->inlined_into.count(name)) {
        plan_.pins.push_back({first, "__attribute__((__used__)) "});
        ents_[root].pin = "used";
      }
      continue;
    }
    // A helper left with fewer callers invites ipa-cp and ipa-sra to clone
    // it for them: not done in the original unless it was.  Nor may gcc
    // change it in place for them: with all its callers in view, gcc
    // propagates the arguments they agree on into the body (gfs2_create
    // passes gfs2_create_inode a NULL symname, the unit's other callers do
    // not).  `used` keeps callers gcc cannot see, as the original had.
    std::string text = facts->cloned.count(name) ? "__attribute__((__noinline__)) "
                                                 : "__attribute__((__noinline__, __noclone__, __used__)) ";
    plan_.pins.push_back({first, text});
    drop_inline(plan_.items[e.def_item]);
    ents_[root].pin = "noinline";
  }
  std::sort(plan_.pins.begin(), plan_.pins.end(),
            [](const InlinePin& a, const InlinePin& b) { return a.before < b.before; });
}

bool Carver::run() {
  index_items();
  index_tags();
  index_chains();
  check_patched_names();
  if (failed_ || !patch_all()) return false;
  for (int again = 0; again < 8; ++again) {
    for (int round = 0; round < 16; ++round) {
      if (!pass()) return false;
      bool changed;
      conflicts(changed);
      if (!changed) break;
    }
    pin_inlining();
    keep_attributes();
    pack_pragmas();
    finish();
    late_macros_.clear();
    in_macros_ = true;
    macros();
    in_macros_ = false;
    size_t had = forced_macros_.size();
    for (uint32_t def : late_macros_)
      if (std::find(forced_macros_.begin(), forced_macros_.end(), def) == forced_macros_.end())
        forced_macros_.push_back(def);
    if (failed_ || forced_macros_.size() == had) break;
  }
  return !failed_;
}

} // namespace

bool compute_closure(const ClosureInput& in, const SourceMap& sm, Policy& policy, pp::Diagnostics& diag,
                     OutputPlan& plan) {
  Carver c(in, sm, policy, diag, plan);
  return c.run() && !diag.errors();
}

} // namespace kcarve::closure
