// gcc12_common.cc — the target-independent part of gcc 12's predefined
// macros (gcc manual, "Common Predefined Macros"): C dialect, optimization,
// floating-point model, PIC/PIE, stack protector, threads, sanitizers.
// Every row was measured with `gcc -dM -E -x c /dev/null <option>` (gcc
// 12.2.0, Debian), one option at a time; see the model rules in model.h.
//
// State variables set here:
//   std        C standard year (198900 for C90, 199409, 199901, 201112,
//              201710, 202000); gnu: 1 for the GNU dialects.
//   gnu89_inline  -1 unless -f[no-]gnu89-inline was given.
//   O Os       optimization level, optimize-for-size; no_inline: -fno-inline.
//   errno trapping signed_zeros finite unsafe reciprocal assoc rounding snan
//   cx_limited excess (-1 unset, 0 fast, 1 standard) fpc (2: -ffp-contract=fast)
//   single_const  the floating-point options.
//   pic pie    0, 1 (-fpic/-fpie) or 2 (-fPIC/-fPIE).
//   ssp        1 -fstack-protector, 2 -all, 3 -strong, 4 -explicit.
//   hosted reentrant openmp exceptions unwind async_unwind cfi_asm debug
//   asan tsan undef
#include "target/model.h"

namespace kcarve::target {

namespace {

// -undef keeps these five (cpp manual, "-undef"), and _REENTRANT.
const MacroRule kStd[] = {
    {"__STDC__", "1", ""},
    {"__STDC_VERSION__", "199409L", "std=199409"},
    {"__STDC_VERSION__", "199901L", "std=199901"},
    {"__STDC_VERSION__", "201112L", "std=201112"},
    {"__STDC_VERSION__", "201710L", "std=201710"},
    {"__STDC_VERSION__", "202000L", "std=202000"},
    {"__STDC_HOSTED__", "1", "hosted"},
    {"__STDC_HOSTED__", "0", ""},
    // char16_t/char32_t literals: C11, or GNU C99.
    {"__STDC_UTF_16__", "1", "std>=201112"},
    {"__STDC_UTF_16__", "1", "std>=199901 gnu"},
    {"__STDC_UTF_32__", "1", "std>=201112"},
    {"__STDC_UTF_32__", "1", "std>=199901 gnu"},
    // -pthread is the driver's -D_REENTRANT: -undef keeps it.
    {"_REENTRANT", "1", "reentrant"},
};

const MacroRule kCommon[] = {
    {"__GNUC__", "12", ""},
    {"__GNUC_MINOR__", "2", ""},
    {"__GNUC_PATCHLEVEL__", "0", ""},
    {"__VERSION__", "\"12.2.0\"", ""},
    {"__GXX_ABI_VERSION", "1017", ""},
    {"__STRICT_ANSI__", "1", "!gnu"},
    // Inline semantics (gcc manual, "An Inline Function is As Fast As a Macro").
    {"__GNUC_GNU_INLINE__", "1", "gnu89_inline=1"},
    {"__GNUC_GNU_INLINE__", "1", "gnu89_inline=-1 std<199901"},
    {"__GNUC_STDC_INLINE__", "1", "gnu89_inline=0"},
    {"__GNUC_STDC_INLINE__", "1", "gnu89_inline=-1 std>=199901"},
    // Optimization.
    {"__OPTIMIZE__", "1", "O>=1"},
    {"__OPTIMIZE_SIZE__", "1", "O>=1 Os"},
    {"__NO_INLINE__", "1", "O=0"},
    {"__NO_INLINE__", "1", "no_inline"},
    // Floating point ("Optimize Options", -ffast-math and its parts).
    {"__FAST_MATH__", "1", "!trapping unsafe finite !signed_zeros !errno excess!=1"},
    {"__NO_MATH_ERRNO__", "1", "!errno"},
    {"__NO_TRAPPING_MATH__", "1", "!trapping"},
    {"__NO_SIGNED_ZEROS__", "1", "!signed_zeros"},
    {"__ASSOCIATIVE_MATH__", "1", "assoc !trapping !signed_zeros"},
    {"__RECIPROCAL_MATH__", "1", "reciprocal"},
    {"__ROUNDING_MATH__", "1", "rounding"},
    {"__SUPPORT_SNAN__", "1", "snan"},
    {"__FINITE_MATH_ONLY__", "1", "finite"},
    {"__FINITE_MATH_ONLY__", "0", ""},
    // __GCC_IEC_559: 2 unless an option or the target breaks IEEE 754.
    {"__GCC_IEC_559", "0", "unsafe"},
    {"__GCC_IEC_559", "0", "reciprocal"},
    {"__GCC_IEC_559", "0", "finite"},
    {"__GCC_IEC_559", "0", "!signed_zeros"},
    {"__GCC_IEC_559", "0", "single_const"},
    {"__GCC_IEC_559", "0", "!gnu fpc=2"},
    {"__GCC_IEC_559", "0", "no_ieee"},
    {"__GCC_IEC_559", "2", ""},
    {"__GCC_IEC_559_COMPLEX", "0", "unsafe"},
    {"__GCC_IEC_559_COMPLEX", "0", "reciprocal"},
    {"__GCC_IEC_559_COMPLEX", "0", "finite"},
    {"__GCC_IEC_559_COMPLEX", "0", "!signed_zeros"},
    {"__GCC_IEC_559_COMPLEX", "0", "single_const"},
    {"__GCC_IEC_559_COMPLEX", "0", "!gnu fpc=2"},
    {"__GCC_IEC_559_COMPLEX", "0", "no_ieee"},
    {"__GCC_IEC_559_COMPLEX", "0", "cx_limited"},
    {"__GCC_IEC_559_COMPLEX", "2", ""},
    // Code generation.
    {"__pic__", "1", "pic=1"},
    {"__pic__", "2", "pic=2"},
    {"__PIC__", "1", "pic=1"},
    {"__PIC__", "2", "pic=2"},
    {"__pie__", "1", "pie=1"},
    {"__pie__", "2", "pie=2"},
    {"__PIE__", "1", "pie=1"},
    {"__PIE__", "2", "pie=2"},
    {"__SSP__", "1", "ssp=1"},
    {"__SSP_ALL__", "2", "ssp=2"},
    {"__SSP_STRONG__", "3", "ssp=3"},
    {"__SSP_EXPLICIT__", "4", "ssp=4"},
    {"__EXCEPTIONS", "1", "exceptions"},
    {"__GCC_HAVE_DWARF2_CFI_ASM", "1", "cfi_asm debug"},
    {"__GCC_HAVE_DWARF2_CFI_ASM", "1", "cfi_asm async_unwind"},
    {"__GCC_HAVE_DWARF2_CFI_ASM", "1", "cfi_asm unwind"},
    {"__GCC_HAVE_DWARF2_CFI_ASM", "1", "cfi_asm exceptions"},
    {"__SANITIZE_ADDRESS__", "1", "asan"},
    {"__SANITIZE_THREAD__", "1", "tsan"},
    {"_OPENMP", "201511", "openmp"},
};

const FlagRule kFlags[] = {
    // -O levels only set defaults: explicit -f options win whatever the order.
    {"-O0", "^O=0 Os=0"},
    {"-O", "^O=1 Os=0"},
    {"-O1", "^O=1 Os=0"},
    {"-O2", "^O=2 Os=0"},
    {"-O3", "^O=3 Os=0"},
    {"-Os", "^O=2 Os=1"},
    {"-Oz", "^O=2 Os=1"},
    {"-Og", "^O=1 Os=0"},
    {"-Ofast", "^O=3 Os=0 errno=0 trapping=0 signed_zeros=0 finite=1 unsafe=1 reciprocal=1 assoc=1 "
               "rounding=0 snan=0 cx_limited=1 excess=0"},
    {"-finline", "no_inline=0"},
    {"-fno-inline", "no_inline=1"},
    // C dialect (gcc manual, "Options Controlling C Dialect").
    {"-ansi", "std=198900 gnu=0"},
    {"-std=c89", "std=198900 gnu=0"},
    {"-std=c90", "std=198900 gnu=0"},
    {"-std=iso9899:1990", "std=198900 gnu=0"},
    {"-std=iso9899:199409", "std=199409 gnu=0"},
    {"-std=c99", "std=199901 gnu=0"},
    {"-std=c9x", "std=199901 gnu=0"},
    {"-std=iso9899:1999", "std=199901 gnu=0"},
    {"-std=iso9899:199x", "std=199901 gnu=0"},
    {"-std=c11", "std=201112 gnu=0"},
    {"-std=c1x", "std=201112 gnu=0"},
    {"-std=iso9899:2011", "std=201112 gnu=0"},
    {"-std=c17", "std=201710 gnu=0"},
    {"-std=c18", "std=201710 gnu=0"},
    {"-std=iso9899:2017", "std=201710 gnu=0"},
    {"-std=iso9899:2018", "std=201710 gnu=0"},
    {"-std=c2x", "std=202000 gnu=0"},
    {"-std=gnu89", "std=198900 gnu=1"},
    {"-std=gnu90", "std=198900 gnu=1"},
    {"-std=gnu99", "std=199901 gnu=1"},
    {"-std=gnu9x", "std=199901 gnu=1"},
    {"-std=gnu11", "std=201112 gnu=1"},
    {"-std=gnu1x", "std=201112 gnu=1"},
    {"-std=gnu17", "std=201710 gnu=1"},
    {"-std=gnu18", "std=201710 gnu=1"},
    {"-std=gnu2x", "std=202000 gnu=1"},
    {"-fgnu89-inline", "gnu89_inline=1"},
    {"-fno-gnu89-inline", "gnu89_inline=0"},
    {"-ffreestanding", "hosted=0"},
    {"-fno-hosted", "hosted=0"},
    {"-fhosted", "hosted=1"},
    {"-fno-freestanding", "hosted=1"},
    {"-undef", "undef=1"},
    // Floating point.
    {"-ffast-math", "errno=0 trapping=0 signed_zeros=0 finite=1 unsafe=1 reciprocal=1 assoc=1 "
                    "rounding=0 snan=0 cx_limited=1 excess=0"},
    {"-fno-fast-math", "errno=1 trapping=1 signed_zeros=1 finite=0 unsafe=0 reciprocal=0 assoc=0 "
                       "excess=-1"},
    {"-fmath-errno", "errno=1"},
    {"-fno-math-errno", "errno=0"},
    {"-ftrapping-math", "trapping=1"},
    {"-fno-trapping-math", "trapping=0"},
    {"-fsigned-zeros", "signed_zeros=1"},
    {"-fno-signed-zeros", "signed_zeros=0"},
    {"-ffinite-math-only", "finite=1"},
    {"-fno-finite-math-only", "finite=0"},
    {"-funsafe-math-optimizations", "unsafe=1 reciprocal=1 assoc=1 signed_zeros=0 trapping=0"},
    {"-fno-unsafe-math-optimizations", "unsafe=0 reciprocal=0 assoc=0 signed_zeros=1 trapping=1"},
    {"-freciprocal-math", "reciprocal=1"},
    {"-fno-reciprocal-math", "reciprocal=0"},
    {"-fassociative-math", "assoc=1"},
    {"-fno-associative-math", "assoc=0"},
    {"-frounding-math", "rounding=1"},
    {"-fno-rounding-math", "rounding=0"},
    {"-fsignaling-nans", "snan=1"},
    {"-fno-signaling-nans", "snan=0"},
    {"-fcx-limited-range", "cx_limited=1"},
    {"-fno-cx-limited-range", "cx_limited=0"},
    {"-fsingle-precision-constant", "single_const=1"},
    {"-fno-single-precision-constant", "single_const=0"},
    {"-fexcess-precision=standard", "excess=1"},
    {"-fexcess-precision=fast", "excess=0"},
    {"-ffp-contract=fast", "fpc=2"},
    {"-ffp-contract=on", "fpc=1"},
    {"-ffp-contract=off", "fpc=0"},
    // PIC/PIE: the last of -f[no-]{pic,PIC,pie,PIE} decides both levels.
    {"-fpic", "pic=1 pie=0"},
    {"-fPIC", "pic=2 pie=0"},
    {"-fpie", "pic=1 pie=1"},
    {"-fPIE", "pic=2 pie=2"},
    {"-fno-pic", "pic=0 pie=0"},
    {"-fno-PIC", "pic=0 pie=0"},
    {"-fno-pie", "pic=0 pie=0"},
    {"-fno-PIE", "pic=0 pie=0"},
    {"-fstack-protector", "ssp=1"},
    {"-fstack-protector-all", "ssp=2"},
    {"-fstack-protector-strong", "ssp=3"},
    {"-fstack-protector-explicit", "ssp=4"},
    {"-fno-stack-protector", "ssp=0"},
    {"-fexceptions", "exceptions=1"},
    {"-fno-exceptions", "exceptions=0"},
    {"-funwind-tables", "unwind=1"},
    {"-fno-unwind-tables", "unwind=0"},
    {"-fasynchronous-unwind-tables", "async_unwind=1"},
    {"-fno-asynchronous-unwind-tables", "async_unwind=0"},
    {"-fdwarf2-cfi-asm", "cfi_asm=1"},
    {"-fno-dwarf2-cfi-asm", "cfi_asm=0"},
    {"-g0", "debug=0"},
    {"-ggdb0", "debug=0"},
    {"-gdwarf0", "debug=0"},
    {"-g*", "debug=1"},
    {"-fsanitize=address", "asan=1"},
    {"-fsanitize=kernel-address", "asan=1"},
    {"-fno-sanitize=address", "asan=0"},
    {"-fno-sanitize=kernel-address", "asan=0"},
    {"-fno-sanitize=all", "asan=0 tsan=0"},
    {"-fsanitize=thread", "tsan=1"},
    {"-fno-sanitize=thread", "tsan=0"},
    {"-pthread", "reentrant=1"},
    {"-fopenmp", "openmp=1 reentrant=1"},
    {"-fno-openmp", "openmp=0"},
};

} // namespace

const MacroTable kGcc12StdMacros = macro_table(kStd, true);
const MacroTable kGcc12CommonMacros = macro_table(kCommon);
const FlagTable kGcc12CommonFlags = flag_table(kFlags);
const char kGcc12CommonDefaults[] =
    "std=201710 gnu=1 gnu89_inline=-1 O=0 Os=0 no_inline=0 "
    "errno=1 trapping=1 signed_zeros=1 finite=0 unsafe=0 reciprocal=0 assoc=0 rounding=0 "
    "snan=0 cx_limited=0 single_const=0 excess=-1 fpc=-1 "
    "pic=0 pie=0 ssp=0 hosted=1 reentrant=0 openmp=0 exceptions=0 unwind=0 async_unwind=0 "
    "cfi_asm=1 debug=0 asan=0 tsan=0 undef=0 no_ieee=0";

} // namespace kcarve::target
