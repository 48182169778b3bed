// keywords.h — the keywords of GNU C as gcc 12 knows them in the gnu11/gnu17
// dialects (C11 6.4.1 plus gcc manual 6.47 "Alternate Keywords" and the
// extensions' own keywords).  Alternate spellings (__const__, __inline,
// __asm__, ...) map to one Keyword, so later stages see one identity; the
// token keeps its own spelling for the depreprocessor.  C23 keywords (bool,
// true, nullptr, constexpr, ...) are not keywords here: the kernel defines
// some of them itself.
#pragma once

#include <cstdint>
#include <string_view>

namespace kcarve::ast {

enum Keyword : uint16_t {
  KW_NONE,
  // C11 6.4.1
  KW_AUTO, KW_BREAK, KW_CASE, KW_CHAR, KW_CONST, KW_CONTINUE, KW_DEFAULT, KW_DO,
  KW_DOUBLE, KW_ELSE, KW_ENUM, KW_EXTERN, KW_FLOAT, KW_FOR, KW_GOTO, KW_IF,
  KW_INLINE, KW_INT, KW_LONG, KW_REGISTER, KW_RESTRICT, KW_RETURN, KW_SHORT,
  KW_SIGNED, KW_SIZEOF, KW_STATIC, KW_STRUCT, KW_SWITCH, KW_TYPEDEF, KW_UNION,
  KW_UNSIGNED, KW_VOID, KW_VOLATILE, KW_WHILE, KW_ALIGNAS, KW_ALIGNOF,
  KW_ATOMIC, KW_BOOL, KW_COMPLEX, KW_GENERIC, KW_IMAGINARY, KW_NORETURN,
  KW_STATIC_ASSERT, KW_THREAD_LOCAL,
  // GNU
  KW_ASM, KW_ATTRIBUTE, KW_AUTO_TYPE, KW_EXTENSION, KW_REAL, KW_IMAG,
  KW_INT128, KW_LABEL, KW_TYPEOF, KW_TYPEOF_UNQUAL, KW_FLOAT16, KW_FLOAT32,
  KW_FLOAT64, KW_FLOAT128, KW_FLOAT32X, KW_FLOAT64X, KW_FLOAT128X,
  KW_DECIMAL32, KW_DECIMAL64, KW_DECIMAL128, KW_BITINT, KW_SEG_FS, KW_SEG_GS,
  KW_BUILTIN_OFFSETOF, KW_BUILTIN_VA_ARG, KW_BUILTIN_TYPES_COMPATIBLE_P,
  KW_BUILTIN_CONVERTVECTOR, KW_FUNC_NAME, KW_BUILTIN_HAS_ATTRIBUTE,
  KW_NUM
};

// KW_NONE if `s` is no keyword.
Keyword keyword_of(std::string_view s);

// Every keyword spelling, for tables built by scanning (nullptr-terminated).
struct KeywordSpelling { const char* text; Keyword kw; };
extern const KeywordSpelling kKeywordSpellings[];

// The names gcc declares as built-in typedefs before any source is read.
extern const char* const kBuiltinTypedefs[];

} // namespace kcarve::ast
