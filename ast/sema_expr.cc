// sema_expr.cc — expression typing (C11 6.3, 6.5).
// STUB: owned by the expressions engineer; replace.
#include "ast/sema_internal.h"

namespace kcarve::ast {

TypeId Sema::expr(NodeId) { return 0; }
TypeId Sema::value_type(TypeId t) { return t; }
TypeId Sema::promote(TypeId t) { return t; }
TypeId Sema::usual_arith(TypeId a, TypeId) { return a; }
bool Sema::is_lvalue(NodeId) const { return false; }
bool Sema::is_null_pointer_constant(NodeId) { return false; }
bool Sema::find_member(TypeId, pp::StrId, uint64_t*, const Member**) { return false; }
void Sema::check_assignable(TypeId, NodeId, const char*) {}

} // namespace kcarve::ast
