// types.h — C types as ast/ represents them (C11 6.2.5, 6.7.2-6.7.6, plus
// the GNU types of gcc manual chapter 6: __int128, _FloatN, vectors, address
// spaces).
//
// Every type is interned in one TypeTable per translation unit: structurally
// equal types share one TypeId, so "same type" is an integer compare and
// nothing is allocated when a type is formed twice.  Qualifiers and a user
// alignment (`typedef int T __attribute__((aligned(8)))`) are part of the
// interned entry; unqualified() strips them.  Structures, unions and enums are
// nominal: each tag declaration owns a Record or Enum entry and its type is
// that entry's index.  Layout (size, alignment, member offsets) is filled in
// by ast/layout.cc when a record or enum is completed.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "preproc/preproc.h"

namespace kcarve::ast {

using TypeId = uint32_t;  // 0 = the error type (something already diagnosed)
using NodeId = uint32_t;
using Int = __int128;             // integer constant values, any target width
using UInt = unsigned __int128;

enum class TK : uint8_t {
  Error,
  Void,
  // Integer types, in rank order within each signedness (C11 6.3.1.1).
  Bool, Char, SChar, UChar, Short, UShort, Int, UInt, Long, ULong, LLong,
  ULLong, Int128, UInt128,
  BitInt, UBitInt,                  // extra = width N
  // Real floating types.
  Float16, Float, Double, LongDouble, Float32, Float64, Float128, Float32x,
  Float64x, Decimal32, Decimal64, Decimal128,
  // Derived types.
  Complex,    // base = the real type
  Pointer,    // base = pointee
  Array,      // base = element; extra = length; flags AF_INCOMPLETE / AF_VLA
  Function,   // base = return type; extra = FnSig index; flags FN_*
  Record,     // extra = Record index (struct or union)
  Enum,       // extra = Enum index
  Vector,     // base = element type; extra = number of elements (vector_size)
};

// Qualifiers (C11 6.7.3) and named address spaces (gcc 6.17).
enum : uint8_t {
  Q_CONST = 1, Q_VOLATILE = 2, Q_RESTRICT = 4, Q_ATOMIC = 8,
  Q_SEG_FS = 16, Q_SEG_GS = 32,
};
// Type::flags.
enum : uint16_t {
  TF_ARR_INCOMPLETE = 1,  // T[]
  TF_ARR_VLA = 2,         // T[n], n not constant (length unknown: extra = 0)
  TF_ARR_STAR = 4,        // T[*]
  TF_FN_VARIADIC = 8,     // (..., ...)
  TF_FN_OLDSTYLE = 16,    // () or K&R: no prototype (C11 6.7.6.3p14)
  TF_MAY_ALIAS = 32,      // __attribute__((may_alias)): no layout effect, kept for identity
  TF_TRANSPARENT = 64,    // transparent_union on a typedef of a union
  TF_PACKED_ENUM = 128,   // an enum type used with packed on a typedef
};

struct Type {
  TK kind;
  uint8_t quals;
  uint16_t flags;
  TypeId base;
  uint32_t user_align;  // bytes from __attribute__((aligned)) on a typedef or declaration; 0 = natural
  uint64_t extra;
};

// A function's parameter list: params[first .. first+count) of TypeTable.
struct FnSig {
  uint32_t first, count;
};

// One member of a structure or union (C11 6.7.2.1), in declaration order.
// An unnamed structure or union member (C11 6.7.2.1p13) has name 0 and its
// members are found through it.
struct Member {
  pp::StrId name;         // 0: unnamed bit-field or anonymous struct/union
  TypeId type;
  uint64_t offset;        // bytes from the start of the record (bit-fields: of the storage unit the bit offset counts from)
  uint32_t bit_offset;    // bit-fields: bits from `offset`; else 0
  uint16_t bit_width;     // bit-fields only
  bool is_bitfield;
  bool packed;            // __attribute__((packed)) on this member
  uint32_t user_align;    // __attribute__((aligned(N))) / _Alignas on this member; 0 = none
  NodeId decl;            // its MemberDeclarator (or StructMember for an anonymous member)
};

struct Record {
  pp::StrId tag;          // 0 = anonymous
  bool is_union;
  bool complete;
  bool packed;            // __attribute__((packed)) on the type
  bool transparent_union;
  bool has_flexible;      // ends in a flexible array member (C11 6.7.2.1p18)
  uint8_t pragma_pack;    // #pragma pack(N) in force at the definition; 0 = none
  uint32_t user_align;    // __attribute__((aligned(N))) on the type; 0 = none
  bool user_aligned;      // layout.cc: gcc's TYPE_USER_ALIGN (aligned on the type, a member or a member's type): _Alignof not capped
  uint64_t size;          // bytes; valid when complete
  uint32_t align;         // bytes; valid when complete
  std::vector<Member> members;
  NodeId decl;            // the SpecStruct node that defined it (or first declared it)
  uint32_t scope_depth;   // 0 = file scope
};

struct Enum {
  pp::StrId tag;
  bool complete;
  bool packed;            // __attribute__((packed)): smallest integer type (gcc 6.34.1)
  uint8_t mode_bytes;     // __attribute__((mode(M))) on the definition: the integer mode's size (Sema::mode_int_bytes); 0 = none
  TypeId underlying;      // compatible integer type once complete (gcc: unsigned int if no negative values, else int; wider if needed)
  uint32_t user_align;
  NodeId decl;
  uint32_t scope_depth;
  uint32_t first_enumerator, count;  // into Semantics::symbols, in declaration order
};

class TypeTable {
public:
  TypeTable();
  std::vector<Type> types;        // types[0] is the error type
  std::vector<TypeId> params;     // FnSig ranges (parameter types, adjusted)
  std::vector<FnSig> sigs;
  std::vector<Record> records;
  std::vector<Enum> enums;

  const Type& operator[](TypeId t) const { return types[t]; }

  // --- forming types (all interned) ---
  TypeId basic(TK k);                               // Void .. Decimal128
  TypeId bitint(bool is_unsigned, uint32_t width);
  TypeId complex(TypeId real);
  TypeId pointer(TypeId to);
  TypeId array(TypeId elem, uint64_t len, uint16_t flags = 0);
  TypeId function(TypeId ret, const TypeId* params, uint32_t nparams, uint16_t flags);
  TypeId vector(TypeId elem, uint64_t count);
  TypeId record_type(uint32_t record);              // the type of records[record]
  TypeId enum_type(uint32_t en);
  uint32_t new_record(pp::StrId tag, bool is_union, NodeId decl, uint32_t depth);
  uint32_t new_enum(pp::StrId tag, NodeId decl, uint32_t depth);

  // --- qualifiers and attributes ---
  TypeId qualified(TypeId t, uint8_t quals);        // adds quals to t's own
  TypeId with_quals(TypeId t, uint8_t quals);       // replaces t's quals
  TypeId unqualified(TypeId t) { return with_quals(t, 0); }
  TypeId with_align(TypeId t, uint32_t align);      // typedef-level aligned(N)
  TypeId with_flags(TypeId t, uint16_t add);
  TypeId strip_all(TypeId t);                       // no quals, no user alignment, no attribute flags

  // --- questions ---
  bool is_integer(TypeId t) const;      // incl. Bool, Char, enums, BitInt
  bool is_unsigned(TypeId t) const;     // integer types (enums by underlying; Char by the target)
  bool is_real_floating(TypeId t) const;
  bool is_arithmetic(TypeId t) const;   // integer, real floating, complex
  bool is_scalar(TypeId t) const;       // arithmetic or pointer
  bool is_pointer(TypeId t) const { return types[t].kind == TK::Pointer; }
  bool is_void(TypeId t) const { return types[t].kind == TK::Void; }
  bool is_record(TypeId t) const { return types[t].kind == TK::Record; }
  bool is_complete(TypeId t) const;     // C11 6.2.5p1
  const FnSig& sig(TypeId fn) const { return sigs[types[fn].extra]; }
  Record& record(TypeId t) { return records[types[t].extra]; }
  const Record& record(TypeId t) const { return records[types[t].extra]; }
  // C11 6.2.7 compatible types (gcc's comptypes, ignoring may_alias) and the
  // composite type of two compatible ones (0 if not compatible).
  bool compatible(TypeId a, TypeId b) const;
  bool compatible_unqual(TypeId a, TypeId b) const;  // ignoring top-level qualifiers
  TypeId composite(TypeId a, TypeId b);

  // For diagnostics: the type as gcc prints it ("struct foo *", "int[4]").
  std::string spell(TypeId t, const pp::Interner& names) const;

  // Set by Sema from the target ABI: char's signedness, integer widths.
  bool char_signed = true;
  uint8_t int_bits[16] = {};  // per TK (Bool..UInt128): width in bits

private:
  TypeId intern(const Type& t);
  struct Key {
    uint64_t a, b, c;
    bool operator==(const Key& o) const { return a == o.a && b == o.b && c == o.c; }
  };
  struct KeyHash {
    size_t operator()(const Key& k) const;
  };
  std::unordered_map<Key, TypeId, KeyHash> index_;
  std::unordered_map<std::string, TypeId> fn_index_;  // functions: key includes the parameter list
};

} // namespace kcarve::ast
