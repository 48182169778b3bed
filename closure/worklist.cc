// worklist.cc — scanning the kept text: what each kept item needs (carver.h).
#include "closure/carver.h"

namespace kcarve::closure::detail {

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
    if (n == plan_.items[item] || has_keyword(nd.a, ast::KW_STATIC))
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

} // namespace kcarve::closure::detail
