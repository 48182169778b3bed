// sema_decl.cc — declarations (C11 6.7, 6.9).
// STUB: owned by the declarations engineer; replace.
#include "ast/sema_internal.h"

namespace kcarve::ast {

void Sema::external_declaration(NodeId) {}
void Sema::declaration(NodeId) {}
void Sema::static_assert_decl(NodeId) {}
void Sema::function_definition(NodeId) {}
void Sema::finish_file_scope() {}
DeclSpecs Sema::decl_specs(NodeId) { return DeclSpecs{}; }
TypeId Sema::declarator_type(TypeId, NodeId, pp::StrId*, NodeId*, bool) { return 0; }
TypeId Sema::type_name(NodeId) { return 0; }
TypeId Sema::apply_type_attributes(TypeId t, NodeId, bool) { return t; }

} // namespace kcarve::ast
