// layout_asserts.cc — --dump-layout-asserts.
// STUB: owned by the layout-asserts engineer; replace.
#include "ast/sema.h"

namespace kcarve::ast {

void dump_layout_asserts(const TranslationUnit&, const Semantics&, std::string&) {}

} // namespace kcarve::ast
