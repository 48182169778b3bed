// abi.h — the data-layout half of a compiler model: what ast/ needs to give
// every type the size and alignment gcc gives it on that target (the psABI
// of each architecture as gcc 12 implements it: x86-64 SysV psABI, AAPCS64,
// ELFv2 for ppc64le, the s390x ELF ABI).  Plain data, one table per target;
// ast/ computes record layouts from these numbers (ast/layout.cc).
//
// A few numbers depend on the command line (gcc manual, "x86 Options",
// "S/390 and zSeries Options", "Code Gen Options"): -mavx raises
// BIGGEST_ALIGNMENT, -mno-sse2 removes _Float16, -march=z13 switches s390x
// to the vector ABI, -fshort-enums, -fshort-wchar, -funsigned-char,
// -mlong-double-64.  abi(t, flags) applies them; it reads them off the
// model's predefined macros (__BIGGEST_ALIGNMENT__, __SIZEOF_LONG_DOUBLE__,
// __VX__, ...), so the flag rules live in one place.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kcarve::target {

struct Target;

// Size and alignment, in bytes.
struct SizeAlign {
  uint8_t size, align;
};

// How a target's `long double` is represented (gcc's TFmode/XFmode/...).
enum class LongDouble : uint8_t { X87_80, Ieee128, Ibm128, Double64 };

// What __builtin_va_list is (gcc's build_builtin_va_list per target).
enum class VaList : uint8_t {
  X86_64,   // struct __va_list_tag { unsigned gp_offset, fp_offset; void *overflow_arg_area, *reg_save_area; } [1]
  Aarch64,  // struct __va_list { void *__stack, *__gr_top, *__vr_top; int __gr_offs, __vr_offs; }
  CharPtr,  // char * (ppc64le ELFv2)
  S390x,    // struct __va_list_tag { long __gpr, __fpr; void *__overflow_arg_area, *__reg_save_area; } [1]
};

struct Abi {
  // Integer types (C11 6.2.5); `long long` and pointers included.
  SizeAlign bool_, short_, int_, long_, llong, int128, pointer;
  // Floating types.  float128 is _Float128 (and __float128 where it exists);
  // _Float32x is double, _Float64x is long double on x86_64 and s390x and
  // _Float128 on aarch64 and ppc64le (same size and alignment everywhere).
  SizeAlign float16, float_, double_, ldouble, float128, dec32, dec64, dec128;
  LongDouble ldouble_format;
  bool char_signed;
  bool wchar_signed;         // wchar_t is int (true) or unsigned int (false); 4 bytes
  bool short_wchar;          // -fshort-wchar: wchar_t is unsigned short
  bool has_float16;          // _Float16 accepted (x86_64 needs SSE2, aarch64 always)
  bool has_float128;         // _Float128 (all four)
  bool has_float128_keyword; // __float128 (x86_64, ppc64le)
  bool has_ibm128;           // __ibm128 (ppc64le)
  bool has_decimal_float;    // _Decimal32/64/128 (not aarch64)
  bool has_int128;
  VaList va_list;
  // __attribute__((aligned)) with no argument, in bytes (gcc's
  // ATTRIBUTE_ALIGNED_VALUE: 16 on x86_64 even with -mavx; else BIGGEST_ALIGNMENT).
  uint8_t biggest_align;
  // gcc's BIGGEST_ALIGNMENT with the -m flags (__BIGGEST_ALIGNMENT__): C11
  // _Alignof of a type is capped to it unless an aligned attribute gave the
  // type its alignment (gcc's min_align_of_type); __alignof__ is not capped.
  uint8_t alignof_cap;
  // Generic vectors (vector_size): a vector is aligned to its size, capped
  // at this many bytes (aarch64 16; s390x vector ABI 8; x86_64, ppc64le and
  // pre-z13 s390x: no cap, 0).  Not capped by alignof_cap: a 32-byte vector
  // has __alignof__ 32 on x86_64 without -mavx (and _Alignof 16).
  uint32_t max_vector_align;
  // __alignof__ of a function type (gcc's FUNCTION_BOUNDARY); sizeof is 1.
  uint8_t function_align;
  // Bit-fields: gcc's PCC_BITFIELD_TYPE_MATTERS (true on all four): a named
  // bit-field's declared type contributes its alignment to the record and a
  // field may not straddle a boundary of its type's alignment; a zero-width
  // bit-field pads to its type's alignment.
  bool pcc_bitfield_type_matters;
  // Unnamed bit-fields (zero-width too) raise the record's alignment like
  // named ones (gcc's TARGET_ALIGN_ANON_BITFIELD: AAPCS64; false elsewhere).
  bool align_anon_bitfield;
  // gcc's EMPTY_FIELD_BOUNDARY / STRUCTURE_SIZE_BOUNDARY in bytes (1 on all four).
  uint8_t struct_size_boundary;
  // -fshort-enums: every enum gets the smallest integer type that holds
  // its values, as with __attribute__((packed)).
  bool short_enums;
  // -fpack-struct: every structure and union is packed; -fpack-struct=N:
  // N is the #pragma pack in force where no pragma says otherwise, and also
  // caps zero-width bit-fields (gcc's initial_max_fld_align).
  bool pack_struct;
  uint8_t initial_pack;
};

// The ABI of a compiler model with its default options (never null).
const Abi& abi(const Target& t);
// The ABI for a command line: FLAGS are the options target::predefines()
// reads (-m*, -f*, -O*, -std=, ... in order; GccCommand::target_flags).
Abi abi(const Target& t, const std::vector<std::string>& flags);

} // namespace kcarve::target
