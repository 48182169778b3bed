// asm_constants.h — internal to closure/: which file-scope objects the unit
// hands to an asm operand that must be a link-time constant.
#pragma once
#include <vector>

#include "ast/ast.h"
#include "ast/sema.h"

namespace kcarve::closure {

// The symbols (any declaration of the entity) of the file-scope objects whose
// address reaches an asm operand whose constraint admits only a constant
// ("i", "n", "s"), directly or through the parameters of the functions the
// unit defines: the kernel's jump labels, `static_branch_likely(&key)`, pass
// &key->key to arch_static_branch(), whose asm goto takes it as "i" (key).
// Such an object cannot be reached through a pointer loaded at run time.
std::vector<ast::SymId> constant_address_objects(const ast::TranslationUnit& tu, const ast::Semantics& sem);

} // namespace kcarve::closure
