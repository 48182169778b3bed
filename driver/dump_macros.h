// dump_macros.h — `-dM` output (cpp manual, "Preprocessor Options", -dM):
// a `#define` line for every macro still defined at the end of the
// translation unit, built from the preprocessor's records.
#pragma once

#include <string>

#include "preproc/preproc.h"

namespace kcarve::driver {

// Appends to OUT one "#define NAME BODY" / "#define NAME(PARAMS) BODY" line
// per macro defined at the end of R (the last #define of each name that no
// later #undef cancelled; builtins like __LINE__ excluded), spelled as gcc
// spells them: parameters joined by ',' ("x,..." / "args..."), one space
// before the body, a single space where the definition had white space, '#'
// glued to the parameter it stringifies, " ##" after a pasted token.
void dump_macros(const pp::PpResult& r, std::string& out);

} // namespace kcarve::driver
