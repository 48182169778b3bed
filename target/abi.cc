// abi.cc — the data-layout tables of the four compiler models (abi.h), and
// their adjustment for a command line's options.
//
// Every number was measured with gcc 12.2 (x86_64) and Debian's cross
// compilers aarch64-linux-gnu-gcc, powerpc64le-linux-gnu-gcc and
// s390x-linux-gnu-gcc 12 (sizeof, _Alignof and __alignof__ of each type),
// and agrees with the psABI documents: x86-64 SysV psABI 3.1.2, AAPCS64 5.1
// and 10.1 (bit-fields, unnamed ones included), the 64-bit ELF V2 ABI 2.1.2,
// and the s390x ELF ABI 1.2 (8-byte maximum alignment).  The directed tests
// in testsuite/layout/abi/ check them through whole records.
#include "target/abi.h"

#include <cstdlib>
#include <cstring>
#include <string_view>

#include "target/model.h"
#include "target/target.h"

namespace kcarve::target {

namespace {

// What the four LP64 models share.
Abi lp64_common() {
  Abi a{};
  a.bool_ = {1, 1};
  a.short_ = {2, 2};
  a.int_ = {4, 4};
  a.long_ = {8, 8};
  a.llong = {8, 8};
  a.int128 = {16, 16};
  a.pointer = {8, 8};
  a.float16 = {2, 2};
  a.float_ = {4, 4};
  a.double_ = {8, 8};
  a.ldouble = {16, 16};
  a.float128 = {16, 16};
  a.dec32 = {4, 4};
  a.dec64 = {8, 8};
  a.dec128 = {16, 16};
  a.has_float128 = true;
  a.has_int128 = true;
  a.biggest_align = 16;
  a.alignof_cap = 16;
  a.max_vector_align = 0;
  a.pcc_bitfield_type_matters = true;
  a.struct_size_boundary = 1;
  return a;
}

// x86-64 SysV psABI (gcc 12, -m64): x87 80-bit long double in 16 bytes;
// __float128, _Float16 with SSE2, decimal floats (BID).  BIGGEST_ALIGNMENT
// is 16, 32 with -mavx, 64 with -mavx512f, but aligned without argument
// stays 16.  A vector is aligned to its size, uncapped.
Abi make_x86_64() {
  Abi a = lp64_common();
  a.ldouble_format = LongDouble::X87_80;
  a.char_signed = true;
  a.wchar_signed = true;
  a.has_float16 = true;
  a.has_float128_keyword = true;
  a.has_decimal_float = true;
  a.va_list = VaList::X86_64;
  a.function_align = 1;
  return a;
}

// AAPCS64 (gcc 12): unsigned char and wchar_t, IEEE binary128 long double,
// no decimal floats and no __float128 keyword; vectors aligned to at most
// 16 bytes; unnamed bit-fields count for the record's alignment (10.1.8.1).
Abi make_aarch64() {
  Abi a = lp64_common();
  a.ldouble_format = LongDouble::Ieee128;
  a.char_signed = false;
  a.wchar_signed = false;
  a.has_float16 = true;
  a.va_list = VaList::Aarch64;
  a.max_vector_align = 16;
  a.function_align = 4;
  a.align_anon_bitfield = true;
  return a;
}

// ELFv2 (ppc64le, gcc 12 as Debian configures it: IBM double-double long
// double; __float128 and __ibm128 keywords; no _Float16; decimal floats).
Abi make_ppc64le() {
  Abi a = lp64_common();
  a.ldouble_format = LongDouble::Ibm128;
  a.char_signed = false;
  a.wchar_signed = true;
  a.has_float128_keyword = true;
  a.has_ibm128 = true;
  a.has_decimal_float = true;
  a.va_list = VaList::CharPtr;
  a.function_align = 4;
  return a;
}

// s390x ELF ABI (gcc 12, default -march=z196): nothing is aligned to more
// than 8 bytes (__int128, long double, _Float128, _Decimal128 are 16/8;
// BIGGEST_ALIGNMENT 8), except generic vectors, which keep their size as
// alignment before the z13 vector ABI and 8 with it.
Abi make_s390x() {
  Abi a = lp64_common();
  a.int128 = {16, 8};
  a.ldouble = {16, 8};
  a.float128 = {16, 8};
  a.dec128 = {16, 8};
  a.ldouble_format = LongDouble::Ieee128;
  a.char_signed = false;
  a.wchar_signed = true;
  a.has_decimal_float = true;
  a.va_list = VaList::S390x;
  a.biggest_align = 8;
  a.alignof_cap = 8;
  a.function_align = 8;
  return a;
}

const Abi kX86_64 = make_x86_64();
const Abi kAarch64 = make_aarch64();
const Abi kPpc64le = make_ppc64le();
const Abi kS390x = make_s390x();

// The value of `#define NAME VALUE` in gcc's predefines text, or empty.
std::string_view macro_value(std::string_view text, std::string_view name, bool* found) {
  *found = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.size() <= 8 + name.size() || line.compare(0, 8, "#define ") != 0) continue;
    std::string_view rest = line.substr(8);
    if (rest.compare(0, name.size(), name) != 0) continue;
    rest.remove_prefix(name.size());
    if (!rest.empty() && rest[0] != ' ') continue;
    *found = true;
    return rest.empty() ? rest : rest.substr(1);
  }
  return {};
}

long macro_int(std::string_view text, std::string_view name, long dflt) {
  bool found;
  std::string_view v = macro_value(text, name, &found);
  if (!found || v.empty()) return dflt;
  return std::strtol(std::string(v).c_str(), nullptr, 0);
}

bool macro_defined(std::string_view text, std::string_view name) {
  bool found;
  macro_value(text, name, &found);
  return found;
}

} // namespace

const Abi& abi(const Target& t) {
  const char* n = t.name;
  if (std::strncmp(n, "aarch64", 7) == 0) return kAarch64;
  if (std::strncmp(n, "ppc64le", 7) == 0) return kPpc64le;
  if (std::strncmp(n, "s390x", 5) == 0) return kS390x;
  return kX86_64;
}

Abi abi(const Target& t, const std::vector<std::string>& flags) {
  Abi a = abi(t);
  std::string pre = predefines(t, flags);
  std::string_view p = pre;
  a.alignof_cap = uint8_t(macro_int(p, "__BIGGEST_ALIGNMENT__", a.alignof_cap));
  if (macro_int(p, "__SIZEOF_LONG_DOUBLE__", a.ldouble.size) == 8) {
    a.ldouble = {8, 8};
    a.ldouble_format = LongDouble::Double64;
  }
  a.short_wchar = macro_int(p, "__SIZEOF_WCHAR_T__", 4) == 2;
  a.char_signed = !macro_defined(p, "__CHAR_UNSIGNED__");
  if (a.has_float16) a.has_float16 = macro_defined(p, "__FLT16_MAX__");
  if (a.va_list == VaList::S390x && macro_defined(p, "__VX__")) a.max_vector_align = 8;
  for (const std::string& f : flags) {
    if (f == "-fpack-struct") {
      a.pack_struct = true;
      a.initial_pack = 0;
    } else if (f.compare(0, 14, "-fpack-struct=") == 0) {
      a.pack_struct = false;
      a.initial_pack = uint8_t(std::strtol(f.c_str() + 14, nullptr, 10));
    } else if (f == "-fno-pack-struct") {
      a.pack_struct = false;
      a.initial_pack = 0;
    } else if (f == "-fshort-enums") a.short_enums = true;
    else if (f == "-fno-short-enums") a.short_enums = false;
    // -mlong-double-64 (x86_64, ppc64le, s390x; the last of the -mlong-double-
    // options wins): long double is double.
    else if (f == "-mlong-double-64" && a.va_list != VaList::Aarch64) {
      a.ldouble = a.double_;
      a.ldouble_format = LongDouble::Double64;
    } else if (f.compare(0, 14, "-mlong-double-") == 0 && a.ldouble_format == LongDouble::Double64) {
      const Abi& d = abi(t);
      a.ldouble = d.ldouble;
      a.ldouble_format = d.ldouble_format;
    }
  }
  return a;
}

} // namespace kcarve::target
