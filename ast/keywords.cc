// keywords.cc — the spelling table of GNU C keywords (see keywords.h).
// Alternate spellings from the gcc manual, section 6.47 "Alternate Keywords",
// and the keyword lists of the gcc 12 C front end's documentation.
#include "ast/keywords.h"

#include <cstring>

namespace kcarve::ast {

const KeywordSpelling kKeywordSpellings[] = {
    {"auto", KW_AUTO}, {"break", KW_BREAK}, {"case", KW_CASE}, {"char", KW_CHAR},
    {"const", KW_CONST}, {"__const", KW_CONST}, {"__const__", KW_CONST},
    {"continue", KW_CONTINUE}, {"default", KW_DEFAULT}, {"do", KW_DO},
    {"double", KW_DOUBLE}, {"else", KW_ELSE}, {"enum", KW_ENUM},
    {"extern", KW_EXTERN}, {"float", KW_FLOAT}, {"for", KW_FOR}, {"goto", KW_GOTO},
    {"if", KW_IF}, {"inline", KW_INLINE}, {"__inline", KW_INLINE},
    {"__inline__", KW_INLINE}, {"int", KW_INT}, {"long", KW_LONG},
    {"register", KW_REGISTER}, {"restrict", KW_RESTRICT},
    {"__restrict", KW_RESTRICT}, {"__restrict__", KW_RESTRICT},
    {"return", KW_RETURN}, {"short", KW_SHORT}, {"signed", KW_SIGNED},
    {"__signed", KW_SIGNED}, {"__signed__", KW_SIGNED}, {"sizeof", KW_SIZEOF},
    {"static", KW_STATIC}, {"struct", KW_STRUCT}, {"switch", KW_SWITCH},
    {"typedef", KW_TYPEDEF}, {"union", KW_UNION}, {"unsigned", KW_UNSIGNED},
    {"void", KW_VOID}, {"volatile", KW_VOLATILE}, {"__volatile", KW_VOLATILE},
    {"__volatile__", KW_VOLATILE}, {"while", KW_WHILE},
    {"_Alignas", KW_ALIGNAS}, {"_Alignof", KW_ALIGNOF}, {"__alignof", KW_ALIGNOF},
    {"__alignof__", KW_ALIGNOF}, {"_Atomic", KW_ATOMIC}, {"_Bool", KW_BOOL},
    {"_Complex", KW_COMPLEX}, {"__complex", KW_COMPLEX}, {"__complex__", KW_COMPLEX},
    {"_Generic", KW_GENERIC}, {"_Imaginary", KW_IMAGINARY},
    {"_Noreturn", KW_NORETURN}, {"_Static_assert", KW_STATIC_ASSERT},
    {"_Thread_local", KW_THREAD_LOCAL}, {"__thread", KW_THREAD_LOCAL},
    {"asm", KW_ASM}, {"__asm", KW_ASM}, {"__asm__", KW_ASM},
    {"__attribute", KW_ATTRIBUTE}, {"__attribute__", KW_ATTRIBUTE},
    {"__auto_type", KW_AUTO_TYPE}, {"__extension__", KW_EXTENSION},
    {"__real", KW_REAL}, {"__real__", KW_REAL}, {"__imag", KW_IMAG},
    {"__imag__", KW_IMAG}, {"__int128", KW_INT128}, {"__label__", KW_LABEL},
    {"typeof", KW_TYPEOF}, {"__typeof", KW_TYPEOF}, {"__typeof__", KW_TYPEOF},
    {"typeof_unqual", KW_TYPEOF_UNQUAL}, {"__typeof_unqual", KW_TYPEOF_UNQUAL},
    {"__typeof_unqual__", KW_TYPEOF_UNQUAL},
    {"_Float16", KW_FLOAT16}, {"_Float32", KW_FLOAT32}, {"_Float64", KW_FLOAT64},
    {"_Float128", KW_FLOAT128}, {"_Float32x", KW_FLOAT32X},
    {"_Float64x", KW_FLOAT64X}, {"_Float128x", KW_FLOAT128X},
    {"_Decimal32", KW_DECIMAL32}, {"_Decimal64", KW_DECIMAL64},
    {"_Decimal128", KW_DECIMAL128}, {"_BitInt", KW_BITINT},
    {"__seg_fs", KW_SEG_FS}, {"__seg_gs", KW_SEG_GS},
    {"__builtin_offsetof", KW_BUILTIN_OFFSETOF},
    {"__builtin_va_arg", KW_BUILTIN_VA_ARG},
    {"__builtin_types_compatible_p", KW_BUILTIN_TYPES_COMPATIBLE_P},
    {"__builtin_convertvector", KW_BUILTIN_CONVERTVECTOR},
    {"__func__", KW_FUNC_NAME}, {"__FUNCTION__", KW_FUNC_NAME},
    {"__PRETTY_FUNCTION__", KW_FUNC_NAME},
    {"__builtin_has_attribute", KW_BUILTIN_HAS_ATTRIBUTE},
    {nullptr, KW_NONE},
};

// gcc registers these as type names of the translation unit's outermost
// scope (x86_64: __int128_t, __float128, __float80, __bf16 and the va_lists;
// ppc64le: __ieee128, which its __float128 macro names, and __ibm128).
const char* const kBuiltinTypedefs[] = {
    "__builtin_va_list", "__builtin_ms_va_list", "__builtin_sysv_va_list",
    "__int128_t", "__uint128_t", "__float128", "__float80", "__bf16", "__ieee128",
    "__ibm128", nullptr,
};

Keyword keyword_of(std::string_view s) {
  for (const KeywordSpelling* k = kKeywordSpellings; k->text; ++k)
    if (s == k->text) return k->kw;
  return KW_NONE;
}

} // namespace kcarve::ast
