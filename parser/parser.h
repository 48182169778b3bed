// parser.h — the public interface of kcarve's parser stage.
//
// parse() reads the preprocessor's token vector of one translation unit and
// builds its syntax tree (ast/ast.h): every GNU C construct the kernel and
// gcc's own tests use, typedef names told from identifiers by the scopes as
// gcc does.  Syntax errors are reported in gcc's form through the
// preprocessor's Diagnostics (file:line:col and macro expansion notes);
// parsing stops at the first one.
#pragma once

#include "ast/ast.h"
#include "preproc/preproc.h"

namespace kcarve::parser {

// Returns false if any error was diagnosed.
bool parse(const pp::PpResult& pp, ast::TranslationUnit& tu, pp::Diagnostics& diag);

} // namespace kcarve::parser
