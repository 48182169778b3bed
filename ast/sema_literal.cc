// sema_literal.cc — the types of constants and string literals (C11 6.4.4,
// 6.4.5, 6.4.2.2) as gcc 12 gives them.
//
// Integer constants (6.4.4.1): the first type of the suffix's list that can
// represent the value; decimal constants without `u` only try signed types,
// octal/hex/binary constants try signed and unsigned of each rank (gcc picks
// the narrower).  gcc goes on to __int128 for decimal constants above
// LLONG_MAX ("so large that it is unsigned"), and gives int (decimal) or
// unsigned long (others) to constants beyond 64 bits.  `i`/`j` (gcc 6.11)
// make a complex type.  C90 (gnu89) makes a decimal constant that does not
// fit in long unsigned long.
// Floating constants (6.4.4.2, gcc 6.11-6.14): f, l, none; gcc's w (__float80
// = long double on x86), q (__float128 = _Float128), d (double), fN/fNx
// (_FloatN, TS 18661-3), df/dd/dl (decimal floating).
// Character constants (6.4.4.4): int; L wchar_t, u char16_t, U char32_t,
// u8 unsigned char (C2x).
// String literals (6.4.5): an array of char / wchar_t / char16_t / char32_t
// whose length counts the code units after escapes and universal character
// names are decoded, over all adjacent literals, plus the terminating null.
#include "ast/literal_digits.h"
#include "ast/sema_internal.h"

namespace kcarve::ast {

namespace {

// Encoding width of a literal's prefix: 1 (char, u8), 2 (u), 4 (U, L).
enum class Enc : uint8_t { Narrow, U8, Wide, U16, U32 };

// Reads the encoding prefix of a character constant or string literal;
// *raw is set for R"delim(...)delim" (gcc: raw strings in the GNU modes).
Enc read_prefix(std::string_view s, size_t& i, bool* raw) {
  Enc e = Enc::Narrow;
  if (s.size() > 1 && s[0] == 'u' && s[1] == '8') { e = Enc::U8; i = 2; }
  else if (!s.empty() && s[0] == 'u') { e = Enc::U16; i = 1; }
  else if (!s.empty() && s[0] == 'U') { e = Enc::U32; i = 1; }
  else if (!s.empty() && s[0] == 'L') { e = Enc::Wide; i = 1; }
  else i = 0;
  *raw = false;
  if (i < s.size() && s[i] == 'R') { *raw = true; ++i; }
  return e;
}

// Number of bytes of the UTF-8 sequence starting with lead byte C, and its code point.
uint32_t utf8_decode(std::string_view s, size_t& i) {
  unsigned char c = (unsigned char)s[i++];
  if (c < 0x80) return c;
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  uint32_t cp = c & (0x3F >> n);
  for (int k = 0; k < n && i < s.size() && ((unsigned char)s[i] & 0xC0) == 0x80; ++k)
    cp = cp << 6 | ((unsigned char)s[i++] & 0x3F);
  return cp;
}

// Code units a code point takes in the encoding: UTF-8 bytes, UTF-16 units, or 1.
uint64_t units_for(uint32_t cp, unsigned unit_bytes) {
  if (unit_bytes == 1) return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  if (unit_bytes == 2) return cp > 0xFFFF ? 2 : 1;
  return 1;
}

// Counts the code units of one literal's body (between the quotes).
uint64_t count_units(std::string_view body, bool raw, unsigned unit_bytes) {
  uint64_t n = 0;
  size_t i = 0;
  if (raw) {
    for (; i < body.size();) n += units_for(utf8_decode(body, i), unit_bytes);
    return n;
  }
  while (i < body.size()) {
    if (body[i] != '\\') {
      n += units_for(utf8_decode(body, i), unit_bytes);
      continue;
    }
    ++i;
    if (i >= body.size()) break;
    char c = body[i];
    if (c == 'u' || c == 'U') {
      int len = c == 'u' ? 4 : 8;
      uint32_t cp = 0;
      ++i;
      for (int k = 0; k < len && i < body.size(); ++k, ++i) cp = cp << 4 | uint32_t(digit_value(body[i]) & 15);
      n += units_for(cp, unit_bytes);
    } else if (c == 'x') {
      ++i;
      while (i < body.size() && digit_value(body[i]) < 16) ++i;
      ++n;
    } else if (c >= '0' && c <= '7') {
      for (int k = 0; k < 3 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k) ++i;
      ++n;
    } else {
      ++i;
      ++n;
    }
  }
  return n;
}

} // namespace

// 6.4.4.1 / 6.4.4.2: a pp-number as an integer or floating constant.
TypeId Sema::number_type(NodeId e) {
  std::string_view s = tok_text(node(e).first);
  bool hex = s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
  bool bin = s.size() > 1 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B');
  bool is_float = false;
  size_t i = (hex || bin) ? 2 : 0;
  // The digits (and, for floating constants, fraction and exponent).
  size_t digits_begin = i;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '.') { is_float = true; continue; }
    if (hex ? digit_value(c) < 16 : (c >= '0' && c <= '9')) continue;
    if ((!hex && !bin && (c == 'e' || c == 'E')) || (hex && (c == 'p' || c == 'P'))) {
      is_float = true;
      ++i;
      if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      break;
    }
    break;
  }
  size_t digits_end = i;
  std::string_view suf = s.substr(i);
  bool imaginary = false;
  if (is_float && hex && s.find_first_of("pP") == std::string_view::npos) {
    error(e, "hexadecimal floating constants require an exponent");
    return 0;
  }
  if (is_float) {
    // Floating suffix: strip i/j (either end), then match.
    std::string sx;
    for (char c : suf) {
      if (c == 'i' || c == 'I' || c == 'j' || c == 'J') imaginary = true;
      else sx += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    TK k;
    if (sx.empty() || sx == "d") k = TK::Double;
    else if (sx == "f") k = TK::Float;
    else if (sx == "l") k = TK::LongDouble;
    else if (sx == "w") k = TK::LongDouble;
    else if (sx == "q" || sx == "f128") k = TK::Float128;
    else if (sx == "f16") k = TK::Float16;
    else if (sx == "f32") k = TK::Float32;
    else if (sx == "f64") k = TK::Float64;
    else if (sx == "f32x") k = TK::Float32x;
    else if (sx == "f64x") k = TK::Float64x;
    else if (sx == "df") k = TK::Decimal32;
    else if (sx == "dd") k = TK::Decimal64;
    else if (sx == "dl") k = TK::Decimal128;
    else {
      error(e, "invalid suffix \"" + std::string(suf) + "\" on floating constant");
      return 0;
    }
    TypeId t = types.basic(k);
    return imaginary ? types.complex(t) : t;
  }
  // Integer suffix: u, l, ll in any order with u, plus i/j.
  bool u = false;
  int l = 0;
  bool bad = false;
  for (size_t k = 0; k < suf.size(); ++k) {
    char c = suf[k];
    if ((c == 'u' || c == 'U') && !u) u = true;
    else if ((c == 'l' || c == 'L') && !l) {
      l = 1;
      if (k + 1 < suf.size() && suf[k + 1] == c) { l = 2; ++k; }
    } else if ((c == 'i' || c == 'I' || c == 'j' || c == 'J') && !imaginary) imaginary = true;
    else bad = true;
  }
  if (bad) {
    error(e, "invalid suffix \"" + std::string(suf) + "\" on integer constant");
    return 0;
  }
  // The value, with overflow past 64 bits noted (gcc's widest literal types).
  bool octal = !hex && !bin && digits_end - digits_begin > 1 && s[0] == '0';
  unsigned base = hex ? 16 : bin ? 2 : octal ? 8 : 10;
  UInt v = 0;
  bool over64 = false;
  for (size_t k = digits_begin; k < digits_end; ++k) {
    if (digit_value(s[k]) >= int(base)) {
      error(e, std::string("invalid digit \"") + s[k] + "\" in " + (bin ? "binary" : "octal") + " constant");
      return 0;
    }
    v = v * base + UInt(digit_value(s[k]));
    if (v >> 64) over64 = true;
  }
  TypeId t;
  if (over64) {
    t = u ? types.basic(TK::ULLong) : base == 10 ? t_int : t_ulong;
  } else {
    auto bits = [&](TK k) { return unsigned(types.int_bits[size_t(k) - size_t(TK::Bool)]); };
    auto fits_signed = [&](TK k) { return v < (UInt(1) << (bits(k) - 1)); };
    auto fits_unsigned = [&](TK k) { return bits(k) >= 128 || v < (UInt(1) << bits(k)); };
    static const TK kSigned[] = {TK::Int, TK::Long, TK::LLong, TK::Int128};
    static const TK kUnsigned[] = {TK::UInt, TK::ULong, TK::ULLong, TK::UInt128};
    int start = l;  // 0: int, 1: long, 2: long long
    int is = -1, iu = -1;
    for (int k = start; k < 4; ++k)
      if (fits_signed(kSigned[k])) { is = k; break; }
    for (int k = start; k < 4; ++k)
      if (fits_unsigned(kUnsigned[k])) { iu = k; break; }
    TK pick;
    if (u) pick = kUnsigned[iu < 0 ? 3 : iu];
    else if (base != 10) {
      // gcc: whichever of the signed and unsigned candidates ranks lower.
      if (is >= 0 && (iu < 0 || is <= iu)) pick = kSigned[is];
      else pick = kUnsigned[iu];
    } else if (!opts.c99_or_later && (is < 0 || is > 1)) {
      // C90: a decimal constant that does not fit in long is unsigned long.
      pick = iu <= 1 ? TK::ULong : kUnsigned[iu];
    } else pick = kSigned[is < 0 ? 3 : is];
    t = types.basic(pick);
  }
  return imaginary ? types.complex(t) : t;
}

// 6.4.4.4: int, or the prefix's type.
TypeId Sema::char_const_type(NodeId e) {
  std::string_view s = tok_text(node(e).first);
  size_t i;
  bool raw;
  switch (read_prefix(s, i, &raw)) {
  case Enc::Wide: return t_wchar;
  case Enc::U16: return t_char16;
  case Enc::U32: return t_char32;
  case Enc::U8: return types.basic(TK::UChar);
  default: return t_int;
  }
}

// 6.4.5: the array type of the concatenated literals first..last.
TypeId Sema::string_type(NodeId e) {
  const Node& n = node(e);
  Enc enc = Enc::Narrow;
  for (TokIdx t = n.first; t <= n.last; ++t) {
    if (pp.tokens[t].kind != pp::TK_STRING) continue;
    size_t i;
    bool raw;
    Enc p = read_prefix(tok_text(t), i, &raw);
    if (p != Enc::Narrow && p != Enc::U8) enc = p;
    else if (p == Enc::U8 && enc == Enc::Narrow) enc = Enc::U8;
  }
  TypeId elem;
  unsigned unit = 1;
  switch (enc) {
  case Enc::Wide:
    elem = t_wchar;
    unit = types[t_wchar].kind == TK::UShort || types[t_wchar].kind == TK::Short ? 2 : 4;
    break;
  case Enc::U16: elem = t_char16; unit = 2; break;
  case Enc::U32: elem = t_char32; unit = 4; break;
  default: elem = t_char; break;
  }
  uint64_t len = 1;
  for (TokIdx t = n.first; t <= n.last; ++t) {
    if (pp.tokens[t].kind != pp::TK_STRING) continue;
    std::string_view s = tok_text(t);
    size_t i;
    bool raw;
    read_prefix(s, i, &raw);
    if (i >= s.size() || s[i] != '"') continue;
    std::string_view body = s.substr(i + 1);
    if (!body.empty() && body.back() == '"') body.remove_suffix(1);
    if (raw) {
      // R"delim( ... )delim"
      size_t open = body.find('(');
      if (open == std::string_view::npos || body.size() < 2 * open + 2) continue;
      body = body.substr(open + 1, body.size() - 2 * open - 2);
    }
    len += count_units(body, raw, unit);
  }
  return types.array(elem, len);
}

} // namespace kcarve::ast
