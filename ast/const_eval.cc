// const_eval.cc — constant expressions (C11 6.6).
// STUB: owned by the constants engineer; replace.
#include "ast/sema_internal.h"

namespace kcarve::ast {

bool Sema::int_const(NodeId, Int&) { return false; }
bool Sema::require_int_const(NodeId, Int&, const char*) { return false; }
ConstValue Sema::eval(NodeId) { return ConstValue{}; }
Int Sema::convert_int(Int v, TypeId) const { return v; }

} // namespace kcarve::ast
