// literal_digits.h — the value of a digit in a C constant (C11 6.4.4.1,
// 6.4.4.2, 6.4.4.4): shared by the literal typing (sema_literal.cc) and the
// literal values (const_literal.cc).
#pragma once

namespace kcarve::ast {

// 0-15 for [0-9a-fA-F], 99 for anything else (never a digit in any base).
inline int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

} // namespace kcarve::ast
