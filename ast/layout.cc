// layout.cc — sizes and alignments of types, and the layout of structures,
// unions and enums, as gcc 12 computes them (C11 6.2.5, 6.5.3.4, 6.7.2.1,
// 6.7.2.2; gcc manual 6.34 "Specifying Attributes of Types" and 6.62.11
// "Structure-Layout Pragmas"), from the target's numbers (target/abi.h).
//
// Records follow gcc's stor-layout with PCC_BITFIELD_TYPE_MATTERS, the rule
// of all four targets, and no BIGGEST_FIELD_ALIGNMENT / ADJUST_FIELD_ALIGN
// (those only matter for -m32 and AIX):
//  * a member is aligned to its type's alignment (a typedef's aligned(N)
//    may raise or lower it), raised by aligned(N) / _Alignas on the member;
//    `packed` (on the member or the record) makes it 1 unless the member
//    itself says aligned(N); #pragma pack(N) caps whatever results at N;
//  * a bit-field needs no alignment of its own, but may not span more
//    alignment units of its declared type than the type itself has (so
//    `char c; int x:30;` moves x to bit 32); packed or #pragma pack turns
//    that rule off and bit-fields pack bit-wise;
//  * a named bit-field raises the record's alignment to its type's (capped
//    by packed / #pragma pack); unnamed ones only do on aarch64 (AAPCS64);
//  * `T :0` pads to T's alignment, whatever packing is in force;
//  * a union is as big as its biggest member (bit-fields count their
//    width); an empty record has size 0 (GNU C); the size is rounded up to
//    the alignment, which the record's own aligned(N) can only raise.
// Enums take the first of int / unsigned int that holds every value, else a
// wider type; `packed` or -fshort-enums take the smallest one.
#include <algorithm>

#include "ast/sema_internal.h"

namespace kcarve::ast {

namespace {

struct TypeInfo {
  uint64_t size;   // bytes
  uint32_t align;  // bytes (gcc's TYPE_ALIGN)
  bool user;       // gcc's TYPE_USER_ALIGN: _Alignof not capped
  bool ok;         // complete and modelled
};

UInt round_up(UInt v, UInt a) { return a ? (v + a - 1) / a * a : v; }

TypeInfo of(target::SizeAlign sa) { return TypeInfo{sa.size, sa.align, false, true}; }

TypeInfo type_info(const TypeTable& tt, const target::Abi& abi, TypeId t) {
  const Type& ty = tt[t];
  TypeInfo r{0, 1, false, true};
  switch (ty.kind) {
  case TK::Error: return TypeInfo{0, 0, false, false};
  case TK::Void: r = TypeInfo{1, 1, false, true}; break;  // gcc: sizeof (void) == 1
  case TK::Bool: r = of(abi.bool_); break;
  case TK::Char: case TK::SChar: case TK::UChar: r = TypeInfo{1, 1, false, true}; break;
  case TK::Short: case TK::UShort: r = of(abi.short_); break;
  case TK::Int: case TK::UInt: r = of(abi.int_); break;
  case TK::Long: case TK::ULong: r = of(abi.long_); break;
  case TK::LLong: case TK::ULLong: r = of(abi.llong); break;
  case TK::Int128: case TK::UInt128: r = of(abi.int128); break;
  case TK::BitInt: case TK::UBitInt: return TypeInfo{0, 0, false, false};  // not in gcc 12
  case TK::Float16: r = of(abi.float16); break;
  case TK::Float: case TK::Float32: r = of(abi.float_); break;
  case TK::Double: case TK::Float64: case TK::Float32x: r = of(abi.double_); break;
  case TK::LongDouble: r = of(abi.ldouble); break;
  case TK::Float128: r = of(abi.float128); break;
  // _Float64x: the x87 format on x86_64, binary128 elsewhere.
  case TK::Float64x:
    r = of(abi.ldouble_format == target::LongDouble::X87_80 ? target::SizeAlign{16, 16} : abi.float128);
    break;
  case TK::Decimal32: r = of(abi.dec32); break;
  case TK::Decimal64: r = of(abi.dec64); break;
  case TK::Decimal128: r = of(abi.dec128); break;
  case TK::Complex:  // 6.2.5p13: an array of two of the real type
    r = type_info(tt, abi, ty.base);
    r.size *= 2;
    break;
  case TK::Pointer: r = of(abi.pointer); break;
  case TK::Array: {
    r = type_info(tt, abi, ty.base);
    if (ty.flags & (TF_ARR_INCOMPLETE | TF_ARR_VLA | TF_ARR_STAR)) r.size = 0;
    else r.size *= ty.extra;
    break;
  }
  case TK::Function: r = TypeInfo{1, abi.function_align, false, true}; break;
  case TK::Record: {
    const Record& rec = tt.records[ty.extra];
    if (!rec.complete) return TypeInfo{0, 0, false, false};
    r = TypeInfo{rec.size, rec.align, rec.user_aligned, true};
    break;
  }
  case TK::Enum: {
    // An aligned attribute on the enum itself has no effect (gcc lays the
    // enum out again from its underlying type when it is completed).
    const Enum& en = tt.enums[ty.extra];
    if (!en.complete || !en.underlying) return TypeInfo{0, 0, false, false};
    r = type_info(tt, abi, en.underlying);
    break;
  }
  case TK::Vector: {
    // gcc's default vector_alignment: the size, capped by the target.
    r = type_info(tt, abi, ty.base);
    r.size *= ty.extra;
    uint64_t a = r.size ? r.size : 1;
    if (abi.max_vector_align && a > abi.max_vector_align) a = abi.max_vector_align;
    if (r.align < a) r.align = uint32_t(a);
    break;
  }
  }
  if (!r.ok) return r;
  // A typedef's aligned(N) sets the alignment, up or down (gcc manual 6.34.1).
  if (ty.user_align) {
    r.align = ty.user_align;
    r.user = true;
  }
  // _Atomic: at least the alignment of the integer of the same size (gcc's
  // find_atomic_core_type), for any type of 1, 2, 4, 8 or 16 bytes.
  if (ty.quals & Q_ATOMIC) {
    uint32_t core = 0;
    switch (r.size) {
    case 1: core = 1; break;
    case 2: core = abi.short_.align; break;
    case 4: core = abi.int_.align; break;
    case 8: core = abi.long_.align; break;
    case 16: core = abi.int128.align; break;
    default: break;
    }
    if (core > r.align) {
      r.align = core;
      r.user = true;
    }
  }
  return r;
}

// The smallest integer type of at least BITS bits, in gcc's order
// (c_common_type_for_size: int first, then char, short, long, long long,
// __int128); 0 if none.
TK int_kind_for_bits(const target::Abi& abi, unsigned bits, bool is_unsigned) {
  auto pick = [is_unsigned](TK s, TK u) { return is_unsigned ? u : s; };
  if (bits == abi.int_.size * 8u) return pick(TK::Int, TK::UInt);
  if (bits <= 8) return pick(TK::SChar, TK::UChar);
  if (bits <= abi.short_.size * 8u) return pick(TK::Short, TK::UShort);
  if (bits <= abi.int_.size * 8u) return pick(TK::Int, TK::UInt);
  if (bits <= abi.long_.size * 8u) return pick(TK::Long, TK::ULong);
  if (bits <= abi.llong.size * 8u) return pick(TK::LLong, TK::ULLong);
  return TK::Error;
}

// Bits needed to hold V (tree_int_cst_min_precision): one more for a sign.
unsigned min_precision(Int v, bool is_signed) {
  UInt u = v < 0 ? ~UInt(v) : UInt(v);
  if (u == 0) return 1;
  unsigned bits = 0;
  while (u) { ++bits; u >>= 1; }
  return bits + (is_signed ? 1 : 0);
}

} // namespace

// ---- 6.5.3.4 sizeof and _Alignof ----

uint64_t Sema::size_of(TypeId t) {
  TypeInfo i = type_info(types, abi, t);
  return i.ok ? i.size : 0;
}

uint32_t Sema::align_of(TypeId t) {
  TypeInfo i = type_info(types, abi, t);
  return i.ok ? i.align : 0;
}

uint32_t Sema::c11_align_of(TypeId t) {
  TypeInfo i = type_info(types, abi, t);
  if (!i.ok) return 0;
  if (!i.user && i.align > abi.alignof_cap) return abi.alignof_cap;
  return i.align;
}

// ---- 6.7.2.1 structure and union layout ----
// Positions and alignments are counted in bits here, as bit-fields need,
// 128 bits wide: a record may be 2^63 bytes (gcc.c-torture 991014-1.c).

void Sema::layout_record(Record& r) {
  // gcc's maximum_field_alignment: #pragma pack, else -fpack-struct=N;
  // plain -fpack-struct packs every record of the source (not gcc's own
  // __builtin_va_list record, which has no declaration) and ignores the pragma.
  const bool pack_all = abi.pack_struct && r.decl != 0;
  const UInt initial_pack = UInt(abi.initial_pack) * 8;
  const UInt pack = pack_all ? 0 : r.pragma_pack ? UInt(r.pragma_pack) * 8 : initial_pack;
  const bool rec_packed = r.packed || pack_all;
  UInt pos = 0;            // struct: next free bit
  UInt union_bits = 0;     // union: the biggest member
  UInt rec_align = 8;      // bits
  bool user = r.user_align != 0;

  for (Member& m : r.members) {
    m.offset = 0;
    m.bit_offset = 0;
    TypeInfo ti = type_info(types, abi, m.type);
    if (!ti.ok) continue;  // diagnosed already (incomplete or error type)
    const bool packed = rec_packed || m.packed;
    const UInt talign = UInt(ti.align) * 8;

    if (m.is_bitfield && m.bit_width == 0) {
      // `T :0`: aligns what follows to T, untouched by packing (gcc's
      // layout_decl for zero-width bit-fields); counts for the record's
      // alignment only where unnamed bit-fields do.
      UInt want = std::max<UInt>(talign, UInt(m.user_align) * 8);
      if (initial_pack) want = std::min(want, initial_pack);
      if (abi.align_anon_bitfield) {
        rec_align = std::max(rec_align, want);
        user |= ti.user;
      }
      if (!r.is_union) pos = round_up(pos, want);
      m.offset = uint64_t(pos / 8);
      continue;
    }

    if (m.is_bitfield) {
      const UInt w = m.bit_width;
      // gcc's layout_decl turns a bit-field whose width is that of an
      // integer mode (8, 16, 32, 64, 128) into an ordinary field of that
      // mode when it already sits on the mode's alignment (always in a
      // union): it then needs that alignment and is exempt from the span
      // rule below.  This shows with types whose alignment differs from
      // their size (`typedef long L2 __attribute__((aligned(2))); L2 x:32;`
      // gives the record alignment 4).
      UInt desired = 1;
      bool converted = false;
      const TK k = types[m.type].kind;
      const bool int_class = (k >= TK::Bool && k <= TK::UInt128) || k == TK::Enum;
      if (int_class) {
        UInt mode_align = 0;
        switch (uint64_t(w)) {
        case 8: mode_align = 8; break;
        case 16: mode_align = UInt(abi.short_.align) * 8; break;
        case 32: mode_align = UInt(abi.int_.align) * 8; break;
        case 64: mode_align = UInt(abi.long_.align) * 8; break;
        case 128: mode_align = UInt(abi.int128.align) * 8; break;
        default: break;
        }
        UInt known = r.is_union || pos == 0 ? 0 : (pos & (~pos + 1));
        if (mode_align && !(mode_align > 8 && packed) && (known == 0 || known >= mode_align)) {
          converted = true;
          desired = mode_align;
        }
      }
      if (pack) desired = std::min(desired, pack);
      if (m.name || abi.align_anon_bitfield) {
        UInt ta = talign;
        if (pack) ta = std::min(ta, pack);
        else if (packed) ta = std::min<UInt>(ta, 8);
        rec_align = std::max({rec_align, ta, desired});
        user |= ti.user;
      }
      if (r.is_union) {
        union_bits = std::max(union_bits, w);
        continue;
      }
      // PCC_BITFIELD_TYPE_MATTERS: no more alignment units of the type
      // than the type has (excess_unit_span), unless packed.
      if (abi.pcc_bitfield_type_matters && !converted && !packed && !pack && talign) {
        UInt in_unit = pos % talign;
        if ((in_unit + w + talign - 1) / talign > ti.size * 8 / talign) pos = round_up(pos, talign);
      }
      m.offset = uint64_t(pos / 8);
      m.bit_offset = uint32_t(pos % 8);
      pos += w;
      continue;
    }

    // An ordinary member (gcc's layout_decl and update_alignment_for_field).
    UInt align = UInt(m.user_align) * 8;
    bool member_user = m.user_align != 0;
    if (!(packed && member_user) && talign > align) {
      align = talign;
      member_user = ti.user;
    }
    if (packed && m.user_align == 0) align = std::min<UInt>(align, 8);
    if (pack) align = std::min(align, pack);
    if (align < 8) align = 8;
    rec_align = std::max(rec_align, align);
    user |= member_user;
    if (r.is_union) {
      union_bits = std::max(union_bits, UInt(ti.size) * 8);
      continue;
    }
    pos = round_up(pos, align);
    m.offset = uint64_t(pos / 8);
    pos += UInt(ti.size) * 8;
  }

  rec_align = std::max(rec_align, UInt(r.user_align) * 8);
  UInt bits = r.is_union ? union_bits : pos;
  r.size = uint64_t(round_up(bits, rec_align) / 8);
  r.align = uint32_t(rec_align / 8);
  r.user_aligned = user;
  if (!r.members.empty()) {
    const Type& last = types[r.members.back().type];
    if (last.kind == TK::Array && (last.flags & TF_ARR_INCOMPLETE)) r.has_flexible = true;
  }
  r.complete = true;
}

// ---- 6.7.2.2 enumeration specifiers (gcc's finish_enum) ----

void Sema::layout_enum(Enum& en) {
  Int lo = 0, hi = 0;
  for (uint32_t i = 0; i < en.count; ++i) {
    Int v = out.symbols[en.first_enumerator + i].value;
    if (i == 0 || v < lo) lo = v;
    if (i == 0 || v > hi) hi = v;
  }
  const bool is_unsigned = lo >= 0;
  const unsigned prec = std::max(min_precision(lo, !is_unsigned), min_precision(hi, !is_unsigned));
  const unsigned int_bits = abi.int_.size * 8u;
  TK k;
  if (en.mode_bytes) {
    // mode(M) fixes the size; gcc errors if the values do not fit.
    k = int_kind_for_bits(abi, en.mode_bytes * 8u, is_unsigned);
    if (k == TK::Error) k = is_unsigned ? TK::UInt128 : TK::Int128;
  } else if (en.packed || abi.short_enums || prec > int_bits) {
    k = int_kind_for_bits(abi, prec, is_unsigned);
    // gcc warns "enumeration values exceed range of largest integer" and
    // takes long long.
    if (k == TK::Error) k = TK::LLong;
  } else {
    k = is_unsigned ? TK::UInt : TK::Int;
  }
  en.underlying = types.basic(k);
  en.complete = true;
}

} // namespace kcarve::ast
