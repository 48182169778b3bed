// aarch64_gcc12.cc — the model of Debian's gcc 12.2.0 for aarch64-linux-gnu
// (gcc manual, "AArch64 Options"), measured with Debian's cross compiler
// aarch64-linux-gnu-gcc 12.2.0: `-dM -E -x c /dev/null -nostdinc <option>`.
// The profile rows come from target/gen/rows.sh with gen/aarch64-*.txt.
// (+simd is taken as +fp: this model has no SIMD-without-FP state.)
//
// State variables of this target (besides gcc12_common.cc's):
//   fp         0 with -mgeneral-regs-only (no FP/SIMD registers)
//   armv       -march=armv8.N-a: 80 + N
//   crypto lse crc   +crypto, +[no]lse, +[no]crc after -march=/-mcpu= (lse, crc:
//              -1 when not given: then armv8.1-a and later have them)
//   cmodel     0 small, 1 tiny, 2 large
//   pac bti    -mbranch-protection=: __ARM_FEATURE_PAC_DEFAULT bits, BTI
//   hwasan uchar short_wchar
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
    {"__GNUC_WIDE_EXECUTION_CHARSET_NAME", "\"UTF-16LE\"", "short_wchar"},
    // Without FP registers there are no IEEE exceptions or rounding modes.
    {"__GCC_IEC_559", "0", "!fp"},
    {"__GCC_IEC_559_COMPLEX", "0", "!fp"},
    {"__ARM_FP_FAST", "1", "unsafe"},
    {"__AARCH64_CMODEL_TINY__", "1", "cmodel=1"},
    {"__AARCH64_CMODEL_LARGE__", "1", "cmodel=2"},
    {"__ARM_FEATURE_PAC_DEFAULT", "1", "pac=1"},
    {"__ARM_FEATURE_PAC_DEFAULT", "5", "pac=5"},
    {"__ARM_FEATURE_BTI_DEFAULT", "1", "bti"},
    {"__SANITIZE_HWADDRESS__", "1", "hwasan"},
    // -march=armv8.N-a features; LSE and CRC32 need no FP/SIMD registers.
    {"__ARM_FEATURE_ATOMICS", "1", "lse=1"},
    {"__ARM_FEATURE_ATOMICS", "1", "lse=-1 armv>=81"},
    {"__ARM_FEATURE_CRC32", "1", "crc=1"},
    {"__ARM_FEATURE_CRC32", "1", "crc=-1 armv>=81"},
    {"__ARM_FEATURE_QRDMX", "1", "armv>=81 fp"},
    {"__ARM_FEATURE_COMPLEX", "1", "armv>=83 fp"},
    {"__ARM_FEATURE_JCVT", "1", "armv>=83 fp"},
    {"__ARM_FEATURE_DOTPROD", "1", "armv>=84 fp"},
    {"__ARM_FEATURE_FRINT", "1", "armv>=85 fp"},
    {"__ARM_FEATURE_AES", "1", "crypto fp"},
    {"__ARM_FEATURE_SHA2", "1", "crypto fp"},
    {"__ARM_FEATURE_CRYPTO", "1", "crypto fp"},
};

const MacroRule kProfiles[] = {
    // !fp
    {"__ARM_FEATURE_FMA", nullptr, "!fp"},
    {"__ARM_FEATURE_NUMERIC_MAXMIN", nullptr, "!fp"},
    {"__ARM_FP", nullptr, "!fp"},
    {"__ARM_FP16_ARGS", nullptr, "!fp"},
    {"__ARM_FP16_FORMAT_IEEE", nullptr, "!fp"},
    {"__ARM_NEON", nullptr, "!fp"},
    {"__FP_FAST_FMA", nullptr, "!fp"},
    {"__FP_FAST_FMAF", nullptr, "!fp"},
    {"__FP_FAST_FMAF32", nullptr, "!fp"},
    {"__FP_FAST_FMAF32x", nullptr, "!fp"},
    {"__FP_FAST_FMAF64", nullptr, "!fp"},
    // no options
    {"_LP64", "1", ""},
    {"__AARCH64EL__", "1", ""},
    {"__AARCH64_CMODEL_SMALL__", "1", "cmodel=0 pic!=1"},
    {"__ARM_64BIT_STATE", "1", ""},
    {"__ARM_ALIGN_MAX_PWR", "28", ""},
    {"__ARM_ALIGN_MAX_STACK_PWR", "16", ""},
    {"__ARM_ARCH", "8", ""},
    {"__ARM_ARCH_8A", "1", ""},
    {"__ARM_ARCH_ISA_A64", "1", ""},
    {"__ARM_ARCH_PROFILE", "65", ""},
    {"__ARM_FEATURE_CLZ", "1", ""},
    {"__ARM_FEATURE_FMA", "1", ""},
    {"__ARM_FEATURE_IDIV", "1", ""},
    {"__ARM_FEATURE_NUMERIC_MAXMIN", "1", ""},
    {"__ARM_FEATURE_UNALIGNED", "1", ""},
    {"__ARM_FP", "14", ""},
    {"__ARM_FP16_ARGS", "1", ""},
    {"__ARM_FP16_FORMAT_IEEE", "1", ""},
    {"__ARM_NEON", "1", ""},
    {"__ARM_PCS_AAPCS64", "1", ""},
    {"__ARM_SIZEOF_MINIMAL_ENUM", "4", ""},
    {"__ARM_SIZEOF_WCHAR_T", "4", ""},
    {"__ATOMIC_ACQUIRE", "2", ""},
    {"__ATOMIC_ACQ_REL", "4", ""},
    {"__ATOMIC_CONSUME", "1", ""},
    {"__ATOMIC_RELAXED", "0", ""},
    {"__ATOMIC_RELEASE", "3", ""},
    {"__ATOMIC_SEQ_CST", "5", ""},
    {"__BIGGEST_ALIGNMENT__", "16", ""},
    {"__BYTE_ORDER__", "__ORDER_LITTLE_ENDIAN__", ""},
    {"__CHAR16_TYPE__", "short unsigned int", ""},
    {"__CHAR32_TYPE__", "unsigned int", ""},
    {"__CHAR_BIT__", "8", ""},
    {"__CHAR_UNSIGNED__", "1", "uchar"},
    KCARVE_IEEE_BINARY64("DBL", "((double)", "L)", ""),
    {"__DECIMAL_DIG__", "36", ""},
    {"__DEC_EVAL_METHOD__", "2", ""},
    {"__ELF__", "1", ""},
    {"__FLOAT_WORD_ORDER__", "__ORDER_LITTLE_ENDIAN__", ""},
    KCARVE_IEEE_BINARY128("FLT128", "", "F128", ""),
    KCARVE_IEEE_BINARY16("FLT16", "", "F16", ""),
    KCARVE_IEEE_BINARY64("FLT32X", "", "F32x", ""),
    KCARVE_IEEE_BINARY32("FLT32", "", "F32", ""),
    KCARVE_IEEE_BINARY128("FLT64X", "", "F64x", ""),
    KCARVE_IEEE_BINARY64("FLT64", "", "F64", ""),
    {"__FLT_EVAL_METHOD_C99__", "0", ""},
    {"__FLT_EVAL_METHOD_TS_18661_3__", "0", ""},
    {"__FLT_EVAL_METHOD__", "0", ""},
    KCARVE_IEEE_BINARY32("FLT", "", "F", ""),
    {"__FLT_RADIX__", "2", ""},
    {"__FP_FAST_FMA", "1", ""},
    {"__FP_FAST_FMAF", "1", ""},
    {"__FP_FAST_FMAF32", "1", ""},
    {"__FP_FAST_FMAF32x", "1", ""},
    {"__FP_FAST_FMAF64", "1", ""},
    {"__GCC_ASM_FLAG_OUTPUTS__", "1", ""},
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
    {"__GCC_CONSTRUCTIVE_SIZE", "64", ""},
    {"__GCC_DESTRUCTIVE_SIZE", "256", ""},
    {"__GCC_HAVE_SYNC_COMPARE_AND_SWAP_1", "1", ""},
    {"__GCC_HAVE_SYNC_COMPARE_AND_SWAP_16", "1", ""},
    {"__GCC_HAVE_SYNC_COMPARE_AND_SWAP_2", "1", ""},
    {"__GCC_HAVE_SYNC_COMPARE_AND_SWAP_4", "1", ""},
    {"__GCC_HAVE_SYNC_COMPARE_AND_SWAP_8", "1", ""},
    {"__GNUC_EXECUTION_CHARSET_NAME", "\"UTF-8\"", ""},
    {"__GNUC_WIDE_EXECUTION_CHARSET_NAME", "\"UTF-32LE\"", ""},
    {"__HAVE_SPECULATION_SAFE_VALUE", "1", ""},
    KCARVE_LP64_LONG_FAST_INTEGER_TYPES,
    KCARVE_IEEE_BINARY128("LDBL", "", "L", ""),
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
    {"__WCHAR_MAX__", "0xffffffffU", ""},
    {"__WCHAR_MIN__", "0U", ""},
    {"__WCHAR_TYPE__", "unsigned int", ""},
    {"__WCHAR_WIDTH__", "32", ""},
    {"__WINT_MAX__", "0xffffffffU", ""},
    {"__WINT_MIN__", "0U", ""},
    {"__WINT_TYPE__", "unsigned int", ""},
    {"__WINT_WIDTH__", "32", ""},
    {"__aarch64__", "1", ""},
    {"__gnu_linux__", "1", ""},
    {"__linux", "1", ""},
    {"__linux__", "1", ""},
    {"__unix", "1", ""},
    {"__unix__", "1", ""},
    {"linux", "1", "gnu"},
    {"unix", "1", "gnu"},
};

const FlagRule kFlags[] = {
    {"-mgeneral-regs-only", "fp=0"},
    {"-march=armv8-a", "^armv=80"},
    {"-march=armv8.1-a", "^armv=81"},
    {"-march=armv8.2-a", "^armv=82"},
    {"-march=armv8.3-a", "^armv=83"},
    {"-march=armv8.4-a", "^armv=84"},
    {"-march=armv8.5-a", "^armv=85"},
    {"-mcpu=generic", "^armv=80"},
    // Extensions after -march=/-mcpu= ("-march=armv8.2-a+crypto+nolse").
    {"+crypto", "^crypto=1"},
    {"+nocrypto", "^crypto=0"},
    {"+lse", "^lse=1"},
    {"+nolse", "^lse=0"},
    {"+crc", "^crc=1"},
    {"+nocrc", "^crc=0"},
    {"+fp", "^fp=1"},
    {"+nofp", "^fp=0 crypto=0"},
    {"+simd", "^fp=1"},
    {"-mcmodel=small", "cmodel=0"},
    {"-mcmodel=tiny", "cmodel=1"},
    {"-mcmodel=large", "cmodel=2"},
    {"-mbranch-protection=none", "pac=0 bti=0"},
    {"-mbranch-protection=standard", "pac=1 bti=1"},
    {"-mbranch-protection=pac-ret", "pac=1 bti=0"},
    {"-mbranch-protection=pac-ret+leaf", "pac=5 bti=0"},
    {"-mbranch-protection=pac-ret+bti", "pac=1 bti=1"},
    {"-mbranch-protection=pac-ret+leaf+bti", "pac=5 bti=1"},
    {"-mbranch-protection=bti", "pac=0 bti=1"},
    {"-mbranch-protection=bti+pac-ret", "pac=1 bti=1"},
    {"-mbranch-protection=bti+pac-ret+leaf", "pac=5 bti=1"},
    {"-fsanitize=hwaddress", "hwasan=1"},
    {"-fsanitize=kernel-hwaddress", "hwasan=1"},
    {"-fno-sanitize=hwaddress", "hwasan=0"},
    {"-fno-sanitize=kernel-hwaddress", "hwasan=0"},
    {"-fno-sanitize=all", "hwasan=0"},
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
    "pic=2 pie=2 unwind=1 async_unwind=1 fp=1 armv=80 crypto=0 lse=-1 crc=-1 cmodel=0 pac=0 bti=0 "
    "hwasan=0 uchar=1 "
    "short_wchar=0",
};
// Debian's cross compiler's <...> directories (the oracle installed here).
const char* const kIncludeDirs[] = {
    "/usr/lib/gcc-cross/aarch64-linux-gnu/12/include",
    "/usr/lib/gcc-cross/aarch64-linux-gnu/12/../../../../aarch64-linux-gnu/include",
    "/usr/include",
};

// `aarch64-linux-gnu-gcc --help=target` (and ,undocumented): the -m option names, sorted.
const char* const kMOptions[] = {
    "-mabi=", "-march=", "-mbig-endian", "-mbionic", "-mbranch-protection=", "-mcmodel=", "-mcpu=",
    "-mfix-cortex-a53-835769", "-mfix-cortex-a53-843419", "-mgeneral-regs-only", "-mglibc",
    "-mharden-sls=", "-mlittle-endian", "-mlow-precision-div", "-mlow-precision-recip-sqrt",
    "-mlow-precision-sqrt", "-mmusl", "-momit-leaf-frame-pointer", "-moutline-atomics",
    "-moverride=", "-mpc-relative-literal-loads", "-msign-return-address=",
    "-mstack-protector-guard-offset=", "-mstack-protector-guard-reg=", "-mstack-protector-guard=",
    "-mstrict-align", "-msve-vector-bits=", "-mtls-dialect=", "-mtls-size=", "-mtrack-speculation",
    "-mtune=", "-muclibc", "-mverbose-cost-dump",
};

} // namespace

const Target kAarch64Gcc12 = {
    "aarch64-gcc-12.2.0",
    kMacros, sizeof kMacros / sizeof kMacros[0],
    kFlagTables, sizeof kFlagTables / sizeof kFlagTables[0],
    kDefaults, sizeof kDefaults / sizeof kDefaults[0],
    kIncludeDirs, sizeof kIncludeDirs / sizeof kIncludeDirs[0],
    "stdc-predef.h",
    kMOptions, sizeof kMOptions / sizeof kMOptions[0],
};

} // namespace kcarve::target
