// sema_stmt.cc — statements (C11 6.8).
// STUB: owned by the declarations engineer; replace.
#include "ast/sema_internal.h"

namespace kcarve::ast {

void Sema::statement(NodeId) {}
void Sema::compound(NodeId, bool) {}

} // namespace kcarve::ast
