// layout.cc — record and enum layout, sizeof and alignof (target/abi.h).
// STUB: owned by the layout engineer; replace.
#include "ast/sema_internal.h"

namespace kcarve::ast {

void Sema::layout_record(Record& r) { r.complete = true; }
void Sema::layout_enum(Enum& en) { en.underlying = t_uint; en.complete = true; }
uint64_t Sema::size_of(TypeId) { return 0; }
uint32_t Sema::align_of(TypeId) { return 0; }
TypeId Sema::mode_type(TypeId, std::string_view, NodeId) { return 0; }
TypeId Sema::vector_type(TypeId, uint64_t, NodeId) { return 0; }

} // namespace kcarve::ast
