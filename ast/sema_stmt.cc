// sema_stmt.cc — statements (C11 6.8) and the GNU statement forms of the
// gcc manual (6.1 statement expressions through compound(), 6.3 local
// labels, 6.30 case ranges, 6.47 asm operands).
//
// The walk types every expression once, keeps the label and switch state of
// the current function, and gives gcc's errors for jumps out of place:
// break/continue outside loops, case/default outside a switch, duplicate case
// values and default labels.  Selection and iteration statements are blocks
// of their own (6.8.4p3, 6.8.5p5).  Nested function definitions (gcc 6.4)
// start fresh label and switch state (sema_decl.cc saves the outer one).
#include "ast/sema_internal.h"

namespace kcarve::ast {

// ---- 6.8.2 Compound statement -------------------------------------------------

void Sema::compound(NodeId c, bool new_scope) {
  if (!c) return;
  if (new_scope) open_scope();
  std::vector<LabelUndo> local;  // __label__ declarations of this block (rare; no allocation otherwise)
  for (NodeId it = node(c).a; it; it = node(it).next) {
    if (node(it).kind == Kind::LocalLabels) local_labels(node(it).a, local);
    else statement(it);
  }
  if (!local.empty()) end_local_labels(local, 0);
  if (new_scope) close_scope();
}

// ---- 6.8.4.2 The switch statement: case values ---------------------------------

namespace {

// gcc checks each case against those before it as it meets them.
void check_case(Sema& S, std::vector<NodeId>& cases, std::vector<Int>& lo, std::vector<Int>& hi,
                NodeId c, Int l, Int h) {
  for (size_t i = 0; i < cases.size(); ++i) {
    if (l <= hi[i] && lo[i] <= h) {
      bool range = l != h || lo[i] != hi[i];
      S.error(c, range ? "duplicate (or overlapping) case value" : "duplicate case value");
      S.note(cases[i], range ? "this is the first entry overlapping that value" : "previously used here");
      return;
    }
  }
  cases.push_back(c);
  lo.push_back(l);
  hi.push_back(h);
}

} // namespace

// ---- 6.8 Statements ---------------------------------------------------------------

// The controlling expression of if, while, do and for (6.8.4.1p1, 6.8.5p2)
// has scalar type: gcc refuses a void value, a structure, a union or a
// vector at the expression's first token (c_parser_condition's location).
void Sema::condition(NodeId e) {
  if (expr(e)) truth_value(e, node(e).first, node(e).first);
}

void Sema::statement(NodeId s) {
  if (!s) return;
  const Node& n = node(s);
  switch (n.kind) {
  case Kind::Compound:
    compound(s, true);
    break;
  case Kind::Declaration: case Kind::StaticAssert: case Kind::FunctionDef:
    declaration(s);
    break;
  case Kind::Pragma:
    pragma(s);
    break;
  case Kind::LocalLabels: case Kind::EmptyDecl: case Kind::AttrStmt:
    break;
  case Kind::ExprStmt:
    if (n.a) expr(n.a);
    break;
  case Kind::If:
    open_scope();
    condition(n.a);
    open_scope();
    statement(n.b);
    close_scope();
    if (n.c) {
      open_scope();
      statement(n.c);
      close_scope();
    }
    close_scope();
    break;
  case Kind::Switch: {
    open_scope();
    TypeId t = expr(n.a);
    if (t) t = value_type(t);
    if (t && types.is_integer(t)) t = promote(t);
    else t = 0;
    switches_.push_back(SwitchCtx{t, 0, {}, {}, {}});
    open_scope();
    statement(n.b);
    close_scope();
    switches_.pop_back();
    close_scope();
    break;
  }
  case Kind::While:
    open_scope();
    condition(n.a);
    ++loop_depth_;
    open_scope();
    statement(n.b);
    close_scope();
    --loop_depth_;
    close_scope();
    break;
  case Kind::DoWhile:
    open_scope();
    ++loop_depth_;
    open_scope();
    statement(n.a);
    close_scope();
    --loop_depth_;
    condition(n.b);
    close_scope();
    break;
  case Kind::For:
    open_scope();
    if (n.a) statement(n.a);
    if (n.b) condition(n.b);
    if (n.c) expr(n.c);
    ++loop_depth_;
    open_scope();
    statement(n.d);
    close_scope();
    --loop_depth_;
    close_scope();
    break;
  case Kind::Goto:
    use_label(n.a, s);
    break;
  case Kind::GotoComputed:
    expr(n.a);
    break;
  case Kind::Continue:
    if (!loop_depth_) error(s, "continue statement not within a loop");
    break;
  case Kind::Break:
    if (!loop_depth_ && switches_.empty()) error(s, "break statement not within loop or switch");
    break;
  case Kind::Return:
    // 6.8.6.4p1: a void value returned from a function that returns one is
    // gcc's "void value not ignored", placed where gcc locates the value
    // (as for a truth value; only the void check applies here).
    if (n.a && expr(n.a) && current_return && types[current_return].kind != TK::Void) {
      truth_value(n.a, kAtValue, kNoCheck);
      TypeId vt = value_type(out.node_type[n.a]);
      if (vt && types[vt].kind != TK::Void) check_assignable(current_return, n.a, "return");
    } else if (current_return && current_function) {
      // 6.8.6.4p1 constraints gcc turns into warnings, with a note at the
      // function's name.
      bool void_fn = types[current_return].kind == TK::Void;
      TypeId vt = n.a ? value_type(out.node_type[n.a]) : 0;
      NodeId fn_name = current_function < sym_name_node_.size() ? sym_name_node_[current_function] : 0;
      if (void_fn && vt && types[vt].kind != TK::Void) {
        warning(n.a, "'return' with a value, in function returning void");
        if (fn_name) note(fn_name, "declared here");
      } else if (!void_fn && !n.a && opts.c99_or_later) {  // C90 allows it
        warning(s, "'return' with no value, in function returning non-void");
        if (fn_name) note(fn_name, "declared here");
      }
    }
    break;
  case Kind::Label:
    define_label(n.a, s);
    statement(n.b);
    break;
  case Kind::Case: {
    TypeId a = n.a ? expr(n.a) : 0;
    TypeId b = n.b ? expr(n.b) : 0;
    if (switches_.empty()) {
      error(s, "case label not within a switch statement");
    } else if (a && (!n.b || b)) {
      Int lo = 0, hi = 0;
      bool ok = require_int_const(n.a, lo, "case label", s);
      if (ok && n.b) ok = require_int_const(n.b, hi, "case label", s);
      else hi = lo;
      SwitchCtx& sw = switches_.back();
      if (ok && sw.type) {
        lo = convert_int(lo, sw.type);
        hi = convert_int(hi, sw.type);
        if (lo <= hi) check_case(*this, sw.cases, sw.lo, sw.hi, s, lo, hi);
      }
    }
    statement(n.c);
    break;
  }
  case Kind::Default:
    if (switches_.empty()) {
      error(s, "'default' label not within a switch statement");
    } else {
      SwitchCtx& sw = switches_.back();
      if (sw.default_) {
        error(s, "multiple default labels in one switch");
        note(sw.default_, "this is the first default label");
      } else {
        sw.default_ = s;
      }
    }
    statement(n.c);
    break;
  case Kind::AsmStmt: {
    NodeId tail = n.b;
    if (!tail) break;
    const Node& t = node(tail);
    for (NodeId op = t.a; op; op = node(op).next)
      if (node(op).c) expr(node(op).c);
    for (NodeId op = t.b; op; op = node(op).next)
      if (node(op).c) expr(node(op).c);
    for (NodeId l = t.d; l; l = node(l).next) use_label(node(l).a, l);
    break;
  }
  default:
    // An expression where a statement was expected cannot come from the
    // grammar; type it anyway.
    break;
  }
}

} // namespace kcarve::ast
