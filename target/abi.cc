// abi.cc — the data-layout tables of the four compiler models (abi.h).
// Numbers from the psABI documents and checked against gcc 12 and Debian's
// cross compilers by testsuite/layout (directed ABI tests).
#include "target/abi.h"

#include <cstring>

#include "target/model.h"

namespace kcarve::target {

namespace {

// x86-64 SysV psABI 3.1.2 (gcc 12, -m64).
const Abi kX86_64 = {
    {1, 1}, {2, 2}, {4, 4}, {8, 8}, {8, 8}, {16, 16}, {8, 8},
    {2, 2}, {4, 4}, {8, 8}, {16, 16}, {16, 16}, {4, 4}, {8, 8}, {16, 16},
    LongDouble::X87_80, /*char_signed*/ true, /*wchar_signed*/ true,
    /*float16*/ true, /*float128*/ true, /*decimal*/ true, /*int128*/ true,
    VaList::X86_64, /*biggest_align*/ 16, /*max_vector_align*/ 16,
    /*pcc*/ true, /*struct_size_boundary*/ 1,
};

// AAPCS64 (gcc 12): unsigned char and wchar_t, IEEE binary128 long double.
const Abi kAarch64 = {
    {1, 1}, {2, 2}, {4, 4}, {8, 8}, {8, 8}, {16, 16}, {8, 8},
    {2, 2}, {4, 4}, {8, 8}, {16, 16}, {16, 16}, {4, 4}, {8, 8}, {16, 16},
    LongDouble::Ieee128, false, false,
    true, true, false, true,
    VaList::Aarch64, 16, 16,
    true, 1,
};

// ELFv2 (ppc64le, gcc 12 as Debian configures it: IBM double-double long double).
const Abi kPpc64le = {
    {1, 1}, {2, 2}, {4, 4}, {8, 8}, {8, 8}, {16, 16}, {8, 8},
    {2, 2}, {4, 4}, {8, 8}, {16, 16}, {16, 16}, {4, 4}, {8, 8}, {16, 16},
    LongDouble::Ibm128, false, true,
    false, true, true, true,
    VaList::CharPtr, 16, 16,
    true, 1,
};

// s390x ELF ABI (gcc 12): 8-byte maximum alignment, 128-bit IEEE long double.
const Abi kS390x = {
    {1, 1}, {2, 2}, {4, 4}, {8, 8}, {8, 8}, {16, 8}, {8, 8},
    {2, 2}, {4, 4}, {8, 8}, {16, 8}, {16, 8}, {4, 4}, {8, 8}, {16, 8},
    LongDouble::Ieee128, false, true,
    false, false, true, true,
    VaList::S390x, 8, 8,
    true, 1,
};

} // namespace

const Abi& abi(const Target& t) {
  const char* n = t.name;
  if (std::strncmp(n, "aarch64", 7) == 0) return kAarch64;
  if (std::strncmp(n, "ppc64le", 7) == 0) return kPpc64le;
  if (std::strncmp(n, "s390x", 5) == 0) return kS390x;
  return kX86_64;
}

} // namespace kcarve::target
