// spec_combos.h — which declaration specifiers may go together (C11 6.7.1p2
// storage classes, 6.7.2p2 the list of valid type specifier multisets, with
// gcc's additions: __int128, _FloatN, _DecimalN, _Complex on integer types),
// and gcc 12's error when they may not ("both 'long' and 'char' in
// declaration specifiers", "multiple storage classes ...").
//
// The specifiers are fed in source order, as gcc's parser adds them: the
// error names the specifier being added against what came before, so
// `long char` and `char long` are both "both 'long' and 'char'", but
// `short __int128` is "both '__int128' and 'short'".  Kept apart from the
// analyser so the rules read as one table.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kcarve::ast {

enum class SpecWord : uint8_t {
  Storage,   // typedef extern static auto register
  Thread,    // _Thread_local, __thread
  Void, Char, Int, Float, Double, Bool, Int128,
  FloatN,    // _Float16 ... _Float64x
  DFloat,    // _Decimal32/64/128
  Short, Long, Signed, Unsigned, Complex,
  Named,     // struct/union/enum, typedef name, typeof, _Atomic(T), __auto_type, _BitInt
};

class SpecCombos {
public:
  // Adds one specifier; SPELLING is the keyword as written (kept by view).  Returns gcc's
  // error message, or "" when the combination is valid so far.  Storage
  // class errors are positioned by gcc at the first token of the line that
  // holds the offending specifier: *LINE_START says so.
  std::string add(SpecWord w, std::string_view spelling, bool* line_start);

private:
  // Spellings (views into the caller's interned strings, which outlive this).
  std::string_view storage_, thread_;  // the storage class and thread specifier seen
  SpecWord base_ = SpecWord::Storage;  // the one type word (Storage: none yet)
  std::string_view base_spelling_;
  unsigned longs_ = 0;
  bool short_ = false, signed_ = false, unsigned_ = false, complex_ = false;
};

} // namespace kcarve::ast
