// sema_scope.cc — ordinary, tag and label scopes (C11 6.2.1, 6.2.3).
// STUB: owned by the declarations engineer; replace.
#include "ast/sema_internal.h"

namespace kcarve::ast {

void Sema::open_scope() { ++depth_; }
void Sema::close_scope() { --depth_; }
SymId Sema::lookup(pp::StrId) const { return 0; }
SymId Sema::lookup_in_current(pp::StrId) const { return 0; }
SymId Sema::lookup_file_scope(pp::StrId) const { return 0; }
void Sema::bind(pp::StrId, SymId) {}
TypeId Sema::lookup_tag(pp::StrId, bool) const { return 0; }
void Sema::bind_tag(pp::StrId, TypeId) {}
void Sema::begin_labels() {}
void Sema::end_labels() {}
void Sema::define_label(pp::StrId, NodeId) {}
void Sema::use_label(pp::StrId, NodeId) {}

} // namespace kcarve::ast
