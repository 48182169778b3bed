// const_literal.cc — the values of constants as written (C11 6.4.4): integer
// constants in any base (and gcc's 0b binary ones, gcc manual 6.66), floating
// constants decimal and hexadecimal with their suffixes stripped (the type,
// which the suffix chooses, is expr()'s business), and character constants
// with gcc's reading of multi-character and wide ones (cpp manual 11.1
// "Implementation-defined behavior").  Nothing here allocates on the normal
// path: a floating constant is copied into a stack buffer for strtold.
#include "ast/literal_digits.h"
#include "ast/const_eval_internal.h"

#include <cstdlib>
#include <cstring>
#include <string>

namespace kcarve::ast::detail {

namespace {

bool is_int_suffix(std::string_view s) {
  // Any mix of u/U, l/L/ll/LL, and the GNU imaginary i/j (6.4.4.1p1; gcc 6.11).
  for (char c : s)
    if (!std::strchr("uUlLiIjJ", c)) return false;
  return true;
}

} // namespace

bool integer_literal(std::string_view s, UInt& v) {
  size_t i = 0;
  unsigned base = 10;
  if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) base = 16, i = 2;
  else if (s.size() >= 2 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) base = 2, i = 2;
  else if (!s.empty() && s[0] == '0') base = 8;
  size_t start = i;
  v = 0;
  for (; i < s.size(); ++i) {
    int d = digit_value(s[i]);
    if (d >= int(base)) break;
    v = v * base + UInt(d);
  }
  if (i == start && base != 8) return false;
  return is_int_suffix(s.substr(i));
}

bool floating_literal(std::string_view s, long double& f) {
  // Find where the significand and exponent end; the rest is the suffix
  // (f F l L w W q Q, f16 f32 f64 f128 f32x f64x, d df dd dl, i j).
  size_t i = 0;
  bool hex = s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
  if (hex) i = 2;
  auto digit = [&](char c) { return hex ? digit_value(c) < 16 : (c >= '0' && c <= '9'); };
  while (i < s.size() && (digit(s[i]) || s[i] == '.')) ++i;
  if (i < s.size() && (hex ? (s[i] == 'p' || s[i] == 'P') : (s[i] == 'e' || s[i] == 'E'))) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  }
  if (i == 0) return false;
  char buf[128];
  std::string big;
  const char* p;
  if (i < sizeof buf) {
    std::memcpy(buf, s.data(), i);
    buf[i] = 0;
    p = buf;
  } else {
    big.assign(s.data(), i);
    p = big.c_str();
  }
  char* end = nullptr;
  f = std::strtold(p, &end);
  return end && *end == 0;
}

namespace {

// Reads one character of a character constant's body at s[i]: an escape
// sequence (6.4.4.4p3-8 plus gcc's \e) or one source byte; *ucn says whether
// it was a universal character name or a multi-byte source character (whose
// code point is returned when WIDE).
uint32_t read_char(std::string_view s, size_t& i, bool wide, bool* ucn) {
  *ucn = false;
  unsigned char c = static_cast<unsigned char>(s[i++]);
  if (c != '\\') {
    if (!wide || c < 0x80) return c;
    // UTF-8 source character in a wide constant: decode.
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    uint32_t cp = c & (0x3F >> n);
    for (; n > 0 && i < s.size(); --n) cp = cp << 6 | (static_cast<unsigned char>(s[i++]) & 0x3F);
    return cp;
  }
  if (i >= s.size()) return '\\';
  char e = s[i++];
  switch (e) {
  case 'n': return '\n';
  case 't': return '\t';
  case 'v': return '\v';
  case 'b': return '\b';
  case 'r': return '\r';
  case 'f': return '\f';
  case 'a': return '\a';
  case 'e': case 'E': return 27;
  case 'x': {
    uint32_t v = 0;
    while (i < s.size() && digit_value(s[i]) < 16) v = v << 4 | uint32_t(digit_value(s[i++]));
    return v;
  }
  case 'u': case 'U': {
    unsigned n = e == 'u' ? 4 : 8;
    uint32_t v = 0;
    for (; n > 0 && i < s.size() && digit_value(s[i]) < 16; --n) v = v << 4 | uint32_t(digit_value(s[i++]));
    *ucn = true;
    return v;
  }
  default:
    if (e >= '0' && e <= '7') {
      uint32_t v = uint32_t(e - '0');
      for (int n = 0; n < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++n) v = v * 8 + uint32_t(s[i++] - '0');
      return v;
    }
    return static_cast<unsigned char>(e);  // \' \" \? \\ and unknown escapes
  }
}

} // namespace

bool char_literal(std::string_view s, bool char_signed, unsigned int_bits, Int& v) {
  size_t q = s.find('\'');
  if (q == std::string_view::npos || s.size() < q + 2 || s.back() != '\'') return false;
  bool wide = q > 0;  // L, u or U prefix
  std::string_view body = s.substr(q + 1, s.size() - q - 2);
  size_t i = 0;
  unsigned count = 0;
  uint64_t acc = 0;
  uint32_t last = 0;
  while (i < body.size()) {
    bool ucn;
    uint32_t c = read_char(body, i, wide, &ucn);
    if (wide) {
      last = c;
      ++count;
      continue;
    }
    if (ucn) {
      // A UCN in a narrow constant stands for its UTF-8 bytes.
      unsigned char b[4];
      int n;
      if (c < 0x80) b[0] = uint8_t(c), n = 1;
      else if (c < 0x800) b[0] = uint8_t(0xC0 | c >> 6), b[1] = uint8_t(0x80 | (c & 0x3F)), n = 2;
      else if (c < 0x10000)
        b[0] = uint8_t(0xE0 | c >> 12), b[1] = uint8_t(0x80 | (c >> 6 & 0x3F)), b[2] = uint8_t(0x80 | (c & 0x3F)), n = 3;
      else
        b[0] = uint8_t(0xF0 | c >> 18), b[1] = uint8_t(0x80 | (c >> 12 & 0x3F)),
        b[2] = uint8_t(0x80 | (c >> 6 & 0x3F)), b[3] = uint8_t(0x80 | (c & 0x3F)), n = 4;
      for (int k = 0; k < n; ++k) acc = acc << 8 | b[k], ++count;
      continue;
    }
    acc = acc << 8 | (c & 0xFF);
    ++count;
  }
  if (count == 0) return false;
  if (wide) {
    v = Int(last);
    return true;
  }
  if (count == 1) {
    uint64_t b = acc & 0xFF;
    v = (char_signed && (b & 0x80)) ? Int(b) - 256 : Int(b);
    return true;
  }
  // Multi-character: an int, the last int_bits/8 characters, sign-extended.
  unsigned w = int_bits ? int_bits : 32;
  uint64_t mask = w >= 64 ? ~uint64_t(0) : (uint64_t(1) << w) - 1;
  uint64_t r = acc & mask;
  if (w < 64 && (r >> (w - 1) & 1)) v = Int(r) - (Int(1) << w);
  else v = Int(r);
  return true;
}

} // namespace kcarve::ast::detail
