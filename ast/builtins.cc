// builtins.cc — gcc's builtin functions and predeclared types.
// STUB: owned by the builtins engineer; replace.
#include "ast/sema_internal.h"

namespace kcarve::ast {

SymId Sema::builtin(pp::StrId) { return 0; }
bool Sema::generic_builtin_call(NodeId, pp::StrId, TypeId*) { return false; }
void Sema::declare_builtin_types() {}

} // namespace kcarve::ast
