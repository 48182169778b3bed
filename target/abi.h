// abi.h — the data-layout half of a compiler model: what ast/ needs to give
// every type the size and alignment gcc gives it on that target (the psABI
// of each architecture as gcc 12 implements it: x86-64 SysV psABI, AAPCS64,
// ELFv2 for ppc64le, the s390x ELF ABI).  Plain data, one table per target;
// ast/ computes record layouts from these numbers (ast/layout.cc).
#pragma once

#include <cstdint>

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
  // Floating types.
  SizeAlign float16, float_, double_, ldouble, float128, dec32, dec64, dec128;
  LongDouble ldouble_format;
  bool char_signed;
  bool wchar_signed;         // wchar_t is int (true) or unsigned int (false); 4 bytes everywhere here
  bool has_float16;          // _Float16 accepted (x86_64 needs SSE2, aarch64 always)
  bool has_float128;         // _Float128 / __float128
  bool has_decimal_float;    // _Decimal32/64/128
  bool has_int128;
  VaList va_list;
  // __attribute__((aligned)) with no argument: the largest alignment the
  // target ever uses (gcc's BIGGEST_ALIGNMENT), in bytes.
  uint8_t biggest_align;
  // Generic vectors (vector_size): gcc aligns a vector to its size, capped at
  // this many bytes (x86_64: BIGGEST_ALIGNMENT of the -m flags; others 16 or 8).
  uint8_t max_vector_align;
  // Bit-fields: gcc's PCC_BITFIELD_TYPE_MATTERS (true on all four), i.e. a
  // bit-field's declared type contributes its alignment to the record and a
  // field may not straddle a boundary of its type's alignment; an unnamed
  // zero-width bit-field pads to its type's alignment.
  bool pcc_bitfield_type_matters;
  // gcc's EMPTY_FIELD_BOUNDARY / STRUCTURE_SIZE_BOUNDARY in bytes (1 on all four).
  uint8_t struct_size_boundary;
};

// The ABI of a compiler model (never null).
const Abi& abi(const Target& t);

} // namespace kcarve::target
