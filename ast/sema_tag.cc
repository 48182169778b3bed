// sema_tag.cc — struct, union and enum specifiers (C11 6.7.2.1-6.7.2.3).
// STUB: owned by the declarations engineer; replace.
#include "ast/sema_internal.h"

namespace kcarve::ast {

TypeId Sema::struct_spec(NodeId, NodeId) { return 0; }
TypeId Sema::enum_spec(NodeId, NodeId) { return 0; }
void Sema::pragma(NodeId) {}

} // namespace kcarve::ast
