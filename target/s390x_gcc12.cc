// s390x_gcc12.cc — the model of Debian's gcc 12.2.0 for s390x-linux-gnu
// (gcc manual, "S/390 and zSeries Options"), measured with Debian's cross
// compiler s390x-linux-gnu-gcc 12.2.0: `-dM -E -x c /dev/null -nostdinc
// <option>`.  The profile rows come from target/gen/rows.sh with
// gen/s390x-*.txt.  Default -march=z196 (__ARCH__ 9), big-endian.
//
// State variables of this target (besides gcc12_common.cc's):
//   arch       __ARCH__: 5 z900, 6 z990, 7 z9, 8 z10, 9 z196, 10 zEC12, 11 z13, 12 z14, 13 z15, 14 z16
//   hardfloat  -msoft-float clears it
//   htm vx     -m[no-]htm, -m[no-]vx (available from zEC12 / z13)
//   zvector    -mzvector: the vector language extension's keywords
//   uchar short_wchar
#include "target/float_formats.h"
#include "target/int_models.h"
#include "target/model.h"

namespace kcarve::target {

namespace {

const MacroRule kOptionRules[] = {
    {"__WCHAR_TYPE__", "short unsigned int", "short_wchar"},
    {"__WCHAR_MAX__", "0xffff", "short_wchar"},
    {"__WCHAR_MIN__", "0", "short_wchar"},
    {"__WCHAR_WIDTH__", "16", "short_wchar"},
    {"__SIZEOF_WCHAR_T__", "2", "short_wchar"},
    {"__GNUC_WIDE_EXECUTION_CHARSET_NAME", "\"UTF-16BE\"", "short_wchar"},
    // ISO C modes evaluate float in double (-fexcess-precision=standard).
    {"__FLT_EVAL_METHOD__", "1", "excess=1"},
    {"__FLT_EVAL_METHOD__", "1", "excess=-1 !gnu"},
    {"__FLT_EVAL_METHOD_TS_18661_3__", "1", "excess=1"},
    {"__FLT_EVAL_METHOD_TS_18661_3__", "1", "excess=-1 !gnu"},
    {"__GCC_IEC_559", "0", "!hardfloat"},
    {"__GCC_IEC_559_COMPLEX", "0", "!hardfloat"},
    {"__ARCH__", "5", "arch=5"},
    {"__ARCH__", "6", "arch=6"},
    {"__ARCH__", "7", "arch=7"},
    {"__ARCH__", "8", "arch=8"},
    {"__ARCH__", "10", "arch=10"},
    {"__ARCH__", "11", "arch=11"},
    {"__ARCH__", "12", "arch=12"},
    {"__ARCH__", "13", "arch=13"},
    {"__ARCH__", "14", "arch=14"},
    {"__HTM__", "1", "arch>=10 htm"},
    {"__VX__", "1", "arch>=11 vx"},
    {"__LONG_DOUBLE_VX__", "1", "arch>=12 vx hardfloat"},
    {"_Bool", "_Bool", "zvector gnu"},
    {"bool", "bool", "zvector gnu"},
    {"vector", "vector", "zvector gnu"},
    {"__VECTOR_KEYWORD_SUPPORTED__", "1", "zvector gnu"},
    {"__VEC__", "10304", "zvector"},
    {"__bool", "__attribute__((s390_vector_bool)) unsigned", "zvector"},
    {"__vector", "__attribute__((vector_size(16)))", "zvector"},
};

const MacroRule kProfiles[] = {
    // !hardfloat
    {"__FP_FAST_FMA", nullptr, "!hardfloat"},
    {"__FP_FAST_FMAF", nullptr, "!hardfloat"},
    {"__FP_FAST_FMAF32", nullptr, "!hardfloat"},
    {"__FP_FAST_FMAF32x", nullptr, "!hardfloat"},
    {"__FP_FAST_FMAF64", nullptr, "!hardfloat"},
    // no options
    {"_LP64", "1", ""},
    {"__ARCH__", "9", ""},
    {"__ATOMIC_ACQUIRE", "2", ""},
    {"__ATOMIC_ACQ_REL", "4", ""},
    {"__ATOMIC_CONSUME", "1", ""},
    {"__ATOMIC_RELAXED", "0", ""},
    {"__ATOMIC_RELEASE", "3", ""},
    {"__ATOMIC_SEQ_CST", "5", ""},
    {"__BIGGEST_ALIGNMENT__", "8", ""},
    {"__BYTE_ORDER__", "__ORDER_BIG_ENDIAN__", ""},
    {"__CHAR16_TYPE__", "short unsigned int", ""},
    {"__CHAR32_TYPE__", "unsigned int", ""},
    {"__CHAR_BIT__", "8", ""},
    {"__CHAR_UNSIGNED__", "1", " uchar"},
    KCARVE_IEEE_BINARY64("DBL", "((double)", "L)", ""),
    KCARVE_DECIMAL_FLOAT_TYPES,
    {"__DECIMAL_DIG__", "36", ""},
    {"__DEC_EVAL_METHOD__", "2", ""},
    {"__ELF__", "1", ""},
    {"__FLOAT_WORD_ORDER__", "__ORDER_BIG_ENDIAN__", ""},
    KCARVE_IEEE_BINARY128("FLT128", "", "F128", ""),
    KCARVE_IEEE_BINARY64("FLT32X", "", "F32x", ""),
    KCARVE_IEEE_BINARY32("FLT32", "", "F32", ""),
    KCARVE_IEEE_BINARY128("FLT64X", "", "F64x", ""),
    KCARVE_IEEE_BINARY64("FLT64", "", "F64", ""),
    {"__FLT_EVAL_METHOD_TS_18661_3__", "0", ""},
    {"__FLT_EVAL_METHOD__", "0", ""},
    KCARVE_IEEE_BINARY32("FLT", "", "F", ""),
    {"__FLT_RADIX__", "2", ""},
    {"__FP_FAST_FMA", "1", ""},
    {"__FP_FAST_FMAF", "1", ""},
    {"__FP_FAST_FMAF32", "1", ""},
    {"__FP_FAST_FMAF32x", "1", ""},
    {"__FP_FAST_FMAF64", "1", ""},
    {"__GCC_ATOMIC_BOOL_LOCK_FREE", "2", ""},
    {"__GCC_ATOMIC_CHAR16_T_LOCK_FREE", "2", ""},
    {"__GCC_ATOMIC_CHAR32_T_LOCK_FREE", "2", ""},
    {"__GCC_ATOMIC_CHAR_LOCK_FREE", "2", ""},
    {"__GCC_ATOMIC_INT_LOCK_FREE", "2", ""},
    {"__GCC_ATOMIC_LLONG_LOCK_FREE", "2", ""},
    {"__GCC_ATOMIC_LONG_LOCK_FREE", "2", ""},
    {"__GCC_ATOMIC_POINTER_LOCK_FREE", "2", ""},
    {"__GCC_ATOMIC_SHORT_LOCK_FREE", "2", ""},
    {"__GCC_ATOMIC_TEST_AND_SET_TRUEVAL", "1", ""},
    {"__GCC_ATOMIC_WCHAR_T_LOCK_FREE", "2", ""},
    {"__GCC_HAVE_SYNC_COMPARE_AND_SWAP_1", "1", ""},
    {"__GCC_HAVE_SYNC_COMPARE_AND_SWAP_16", "1", ""},
    {"__GCC_HAVE_SYNC_COMPARE_AND_SWAP_2", "1", ""},
    {"__GCC_HAVE_SYNC_COMPARE_AND_SWAP_4", "1", ""},
    {"__GCC_HAVE_SYNC_COMPARE_AND_SWAP_8", "1", ""},
    {"__GNUC_EXECUTION_CHARSET_NAME", "\"UTF-8\"", ""},
    {"__GNUC_WIDE_EXECUTION_CHARSET_NAME", "\"UTF-32BE\"", ""},
    {"__HAVE_SPECULATION_SAFE_VALUE", "1", ""},
    KCARVE_LP64_LONG_FAST_INTEGER_TYPES,
    KCARVE_IEEE_BINARY128("LDBL", "", "L", ""),
    {"__LONG_DOUBLE_128__", "1", ""},
    {"__LP64__", "1", ""},
    {"__ORDER_BIG_ENDIAN__", "4321", ""},
    {"__ORDER_LITTLE_ENDIAN__", "1234", ""},
    {"__ORDER_PDP_ENDIAN__", "3412", ""},
    {"__PRAGMA_REDEFINE_EXTNAME", "1", ""},
    {"__REGISTER_PREFIX__", "", ""},
    {"__SIG_ATOMIC_MAX__", "0x7fffffff", ""},
    {"__SIG_ATOMIC_MIN__", "(-__SIG_ATOMIC_MAX__ - 1)", ""},
    {"__SIG_ATOMIC_TYPE__", "int", ""},
    {"__SIG_ATOMIC_WIDTH__", "32", ""},
    {"__USER_LABEL_PREFIX__", "", ""},
    {"__WCHAR_MAX__", "0x7fffffff", ""},
    {"__WCHAR_MIN__", "(-__WCHAR_MAX__ - 1)", ""},
    {"__WCHAR_TYPE__", "int", ""},
    {"__WCHAR_WIDTH__", "32", ""},
    {"__WINT_MAX__", "0xffffffffU", ""},
    {"__WINT_MIN__", "0U", ""},
    {"__WINT_TYPE__", "unsigned int", ""},
    {"__WINT_WIDTH__", "32", ""},
    {"__gnu_linux__", "1", ""},
    {"__linux", "1", ""},
    {"__linux__", "1", ""},
    {"__s390__", "1", ""},
    {"__s390x__", "1", ""},
    {"__unix", "1", ""},
    {"__unix__", "1", ""},
    {"__zarch__", "1", ""},
    {"linux", "1", " gnu"},
    {"unix", "1", " gnu"},
};

const FlagRule kFlags[] = {
    {"-msoft-float", "hardfloat=0"},
    {"-mhard-float", "hardfloat=1"},
    {"-march=z900", "^arch=5"},
    {"-march=arch5", "^arch=5"},
    {"-march=z990", "^arch=6"},
    {"-march=arch6", "^arch=6"},
    {"-march=z9-109", "^arch=7"},
    {"-march=z9-ec", "^arch=7"},
    {"-march=arch7", "^arch=7"},
    {"-march=z10", "^arch=8"},
    {"-march=arch8", "^arch=8"},
    {"-march=z196", "^arch=9"},
    {"-march=arch9", "^arch=9"},
    {"-march=zEC12", "^arch=10"},
    {"-march=arch10", "^arch=10"},
    {"-march=z13", "^arch=11"},
    {"-march=arch11", "^arch=11"},
    {"-march=z14", "^arch=12"},
    {"-march=arch12", "^arch=12"},
    {"-march=z15", "^arch=13"},
    {"-march=arch13", "^arch=13"},
    {"-march=z16", "^arch=14"},
    {"-march=arch14", "^arch=14"},
    {"-mhtm", "htm=1"},
    {"-mno-htm", "htm=0"},
    {"-mvx", "vx=1"},
    {"-mno-vx", "vx=0"},
    {"-mzvector", "zvector=1"},
    {"-mno-zvector", "zvector=0"},
    {"-funsigned-char", "uchar=1"},
    {"-fno-signed-char", "uchar=1"},
    {"-fsigned-char", "uchar=0"},
    {"-fno-unsigned-char", "uchar=0"},
    {"-fshort-wchar", "short_wchar=1"},
    {"-fno-short-wchar", "short_wchar=0"},
};

const MacroTable kMacros[] = {macro_table(kOptionRules), macro_table(kProfiles),
                              kGcc12StdMacros, kGcc12CommonMacros};
const FlagTable kFlagTables[] = {flag_table(kFlags), kGcc12CommonFlags};
const char* const kDefaults[] = {
    kGcc12CommonDefaults,
    "pic=2 pie=2 unwind=0 async_unwind=1 arch=9 hardfloat=1 htm=1 vx=1 zvector=0 uchar=1 "
    "short_wchar=0",
};
// Debian's cross compiler's <...> directories (the oracle installed here).
const char* const kIncludeDirs[] = {
    "/usr/lib/gcc-cross/s390x-linux-gnu/12/include",
    "/usr/lib/gcc-cross/s390x-linux-gnu/12/../../../../s390x-linux-gnu/include",
    "/usr/include",
};

// `s390x-linux-gnu-gcc --help=target` (and ,undocumented): the -m option names, sorted.
const char* const kMOptions[] = {
    "-m31", "-m64", "-march=", "-mbackchain", "-mbionic", "-mbranch-cost=", "-mdebug", "-mesa",
    "-mfentry", "-mfunction-return-mem=", "-mfunction-return-reg=", "-mfunction-return=",
    "-mfused-madd", "-mglibc", "-mhard-dfp", "-mhard-float", "-mhotpatch=", "-mhtm",
    "-mindirect-branch-call=", "-mindirect-branch-jump=", "-mindirect-branch-table",
    "-mindirect-branch=", "-mlong-double-128", "-mlong-double-64", "-mlra", "-mmusl", "-mmvcle",
    "-mno-stack-guard", "-mno-stack-size", "-mnop-mcount", "-mpacked-stack",
    "-mpic-data-is-text-relative", "-mrecord-mcount", "-msmall-exec", "-msoft-float",
    "-mstack-guard=", "-mstack-size=", "-mtune=", "-muclibc", "-mvx", "-mvx-long-double-fma",
    "-mwarn-dynamicstack", "-mwarn-framesize=", "-mzarch", "-mzvector",
};

} // namespace

const Target kS390xGcc12 = {
    "s390x-gcc-12.2.0",
    kMacros, sizeof kMacros / sizeof kMacros[0],
    kFlagTables, sizeof kFlagTables / sizeof kFlagTables[0],
    kDefaults, sizeof kDefaults / sizeof kDefaults[0],
    kIncludeDirs, sizeof kIncludeDirs / sizeof kIncludeDirs[0],
    "stdc-predef.h",
    kMOptions, sizeof kMOptions / sizeof kMOptions[0],
};

} // namespace kcarve::target
