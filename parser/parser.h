// parser.h — the public interface of kcarve's parser stage.
//
// parse() reads the preprocessor's token vector of one translation unit and
// builds its syntax tree (ast/ast.h): every GNU C construct the kernel and
// gcc's own tests use, typedef names told from identifiers by the scopes as
// gcc does.  Syntax errors are reported in gcc's form through the
// preprocessor's Diagnostics (file:line:col and macro expansion notes);
// parsing stops at the first one.
#pragma once

#include <string>

#include "ast/ast.h"
#include "preproc/preproc.h"

namespace kcarve::parser {

// The keywords the language dialect has (gcc manual 6.48 "Alternate
// Keywords"): strict ISO modes (-std=c89, c99, c11, c17, -ansi) lack `asm`
// and `typeof`; C90 lacks `inline`; C90 and gnu89 lack `restrict`.  The
// double-underscore spellings are keywords in every mode.
struct Options {
  bool asm_typeof = true;
  bool inline_kw = true;
  bool restrict_kw = true;
};
// Options for a normalized -std= value (driver::GccCommand::std).
Options options_for_std(const std::string& std);

// Returns false if any error was diagnosed.
bool parse(const pp::PpResult& pp, ast::TranslationUnit& tu, pp::Diagnostics& diag,
           const Options& opts = Options());

} // namespace kcarve::parser
