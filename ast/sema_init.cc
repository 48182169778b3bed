// sema_init.cc — initializers (C11 6.7.9).
// STUB: owned by the expressions engineer; replace.
#include "ast/sema_internal.h"

namespace kcarve::ast {

TypeId Sema::initializer(NodeId, TypeId t, bool) { return t; }

} // namespace kcarve::ast
