// float_formats.h — the predefined macros that depend only on a floating
// format, shared by the compiler models (internal to target/).
//
// gcc defines sixteen __T_*__ macros for each floating type T (FLT, DBL,
// LDBL, FLT16, FLT32, FLT64, FLT128, FLT32X, FLT64X) from the type's format
// alone (gcc manual, "Common Predefined Macros"; C2x F.2 and TS 18661-3 for
// the _FloatN types; C17 5.2.4.2.2 for the <float.h> characteristics).  Each
// macro below is one format's sixteen rows; a model names the format of each
// of its types in its table, e.g.
//
//   KCARVE_IEEE_BINARY128("LDBL", "", "L", ""),
//
// reads "LDBL is binary128, its constants carry the L suffix, always".
// Arguments: T the type's macro infix; LP and LS the text around each
// floating constant (DBL's are "((double)" ... "L)"); W the row condition
// (model.h).  Values were measured with each gcc 12 (see the model files).
#pragma once

// IEEE 754 binary16 (_Float16).
#define KCARVE_IEEE_BINARY16(T, LP, LS, W) \
  {"__" T "_DECIMAL_DIG__", "5", W}, \
  {"__" T "_DENORM_MIN__", LP "5.96046447753906250000000000000000000e-8" LS, W}, \
  {"__" T "_DIG__", "3", W}, \
  {"__" T "_EPSILON__", LP "9.76562500000000000000000000000000000e-4" LS, W}, \
  {"__" T "_HAS_DENORM__", "1", W}, \
  {"__" T "_HAS_INFINITY__", "1", W}, \
  {"__" T "_HAS_QUIET_NAN__", "1", W}, \
  {"__" T "_IS_IEC_60559__", "2", W}, \
  {"__" T "_MANT_DIG__", "11", W}, \
  {"__" T "_MAX_10_EXP__", "4", W}, \
  {"__" T "_MAX_EXP__", "16", W}, \
  {"__" T "_MAX__", LP "6.55040000000000000000000000000000000e+4" LS, W}, \
  {"__" T "_MIN_10_EXP__", "(-4)", W}, \
  {"__" T "_MIN_EXP__", "(-13)", W}, \
  {"__" T "_MIN__", LP "6.10351562500000000000000000000000000e-5" LS, W}, \
  {"__" T "_NORM_MAX__", LP "6.55040000000000000000000000000000000e+4" LS, W}

// IEEE 754 binary32.
#define KCARVE_IEEE_BINARY32(T, LP, LS, W) \
  {"__" T "_DECIMAL_DIG__", "9", W}, \
  {"__" T "_DENORM_MIN__", LP "1.40129846432481707092372958328991613e-45" LS, W}, \
  {"__" T "_DIG__", "6", W}, \
  {"__" T "_EPSILON__", LP "1.19209289550781250000000000000000000e-7" LS, W}, \
  {"__" T "_HAS_DENORM__", "1", W}, \
  {"__" T "_HAS_INFINITY__", "1", W}, \
  {"__" T "_HAS_QUIET_NAN__", "1", W}, \
  {"__" T "_IS_IEC_60559__", "2", W}, \
  {"__" T "_MANT_DIG__", "24", W}, \
  {"__" T "_MAX_10_EXP__", "38", W}, \
  {"__" T "_MAX_EXP__", "128", W}, \
  {"__" T "_MAX__", LP "3.40282346638528859811704183484516925e+38" LS, W}, \
  {"__" T "_MIN_10_EXP__", "(-37)", W}, \
  {"__" T "_MIN_EXP__", "(-125)", W}, \
  {"__" T "_MIN__", LP "1.17549435082228750796873653722224568e-38" LS, W}, \
  {"__" T "_NORM_MAX__", LP "3.40282346638528859811704183484516925e+38" LS, W}

// IEEE 754 binary64.
#define KCARVE_IEEE_BINARY64(T, LP, LS, W) \
  {"__" T "_DECIMAL_DIG__", "17", W}, \
  {"__" T "_DENORM_MIN__", LP "4.94065645841246544176568792868221372e-324" LS, W}, \
  {"__" T "_DIG__", "15", W}, \
  {"__" T "_EPSILON__", LP "2.22044604925031308084726333618164062e-16" LS, W}, \
  {"__" T "_HAS_DENORM__", "1", W}, \
  {"__" T "_HAS_INFINITY__", "1", W}, \
  {"__" T "_HAS_QUIET_NAN__", "1", W}, \
  {"__" T "_IS_IEC_60559__", "2", W}, \
  {"__" T "_MANT_DIG__", "53", W}, \
  {"__" T "_MAX_10_EXP__", "308", W}, \
  {"__" T "_MAX_EXP__", "1024", W}, \
  {"__" T "_MAX__", LP "1.79769313486231570814527423731704357e+308" LS, W}, \
  {"__" T "_MIN_10_EXP__", "(-307)", W}, \
  {"__" T "_MIN_EXP__", "(-1021)", W}, \
  {"__" T "_MIN__", LP "2.22507385850720138309023271733240406e-308" LS, W}, \
  {"__" T "_NORM_MAX__", LP "1.79769313486231570814527423731704357e+308" LS, W}

// IEEE 754 binary128.
#define KCARVE_IEEE_BINARY128(T, LP, LS, W) \
  {"__" T "_DECIMAL_DIG__", "36", W}, \
  {"__" T "_DENORM_MIN__", LP "6.47517511943802511092443895822764655e-4966" LS, W}, \
  {"__" T "_DIG__", "33", W}, \
  {"__" T "_EPSILON__", LP "1.92592994438723585305597794258492732e-34" LS, W}, \
  {"__" T "_HAS_DENORM__", "1", W}, \
  {"__" T "_HAS_INFINITY__", "1", W}, \
  {"__" T "_HAS_QUIET_NAN__", "1", W}, \
  {"__" T "_IS_IEC_60559__", "2", W}, \
  {"__" T "_MANT_DIG__", "113", W}, \
  {"__" T "_MAX_10_EXP__", "4932", W}, \
  {"__" T "_MAX_EXP__", "16384", W}, \
  {"__" T "_MAX__", LP "1.18973149535723176508575932662800702e+4932" LS, W}, \
  {"__" T "_MIN_10_EXP__", "(-4931)", W}, \
  {"__" T "_MIN_EXP__", "(-16381)", W}, \
  {"__" T "_MIN__", LP "3.36210314311209350626267781732175260e-4932" LS, W}, \
  {"__" T "_NORM_MAX__", LP "1.18973149535723176508575932662800702e+4932" LS, W}

// x87 80-bit extended precision (64-bit significand, explicit integer bit).
#define KCARVE_X87_EXTENDED(T, LP, LS, W) \
  {"__" T "_DECIMAL_DIG__", "21", W}, \
  {"__" T "_DENORM_MIN__", LP "3.64519953188247460252840593361941982e-4951" LS, W}, \
  {"__" T "_DIG__", "18", W}, \
  {"__" T "_EPSILON__", LP "1.08420217248550443400745280086994171e-19" LS, W}, \
  {"__" T "_HAS_DENORM__", "1", W}, \
  {"__" T "_HAS_INFINITY__", "1", W}, \
  {"__" T "_HAS_QUIET_NAN__", "1", W}, \
  {"__" T "_IS_IEC_60559__", "2", W}, \
  {"__" T "_MANT_DIG__", "64", W}, \
  {"__" T "_MAX_10_EXP__", "4932", W}, \
  {"__" T "_MAX_EXP__", "16384", W}, \
  {"__" T "_MAX__", LP "1.18973149535723176502126385303097021e+4932" LS, W}, \
  {"__" T "_MIN_10_EXP__", "(-4931)", W}, \
  {"__" T "_MIN_EXP__", "(-16381)", W}, \
  {"__" T "_MIN__", LP "3.36210314311209350626267781732175260e-4932" LS, W}, \
  {"__" T "_NORM_MAX__", LP "1.18973149535723176502126385303097021e+4932" LS, W}

// IBM double-double (a pair of binary64; not IEC 60559).
#define KCARVE_IBM_DOUBLE_DOUBLE(T, LP, LS, W) \
  {"__" T "_DECIMAL_DIG__", "33", W}, \
  {"__" T "_DENORM_MIN__", LP "4.94065645841246544176568792868221372e-324" LS, W}, \
  {"__" T "_DIG__", "31", W}, \
  {"__" T "_EPSILON__", LP "4.94065645841246544176568792868221372e-324" LS, W}, \
  {"__" T "_HAS_DENORM__", "1", W}, \
  {"__" T "_HAS_INFINITY__", "1", W}, \
  {"__" T "_HAS_QUIET_NAN__", "1", W}, \
  {"__" T "_IS_IEC_60559__", "0", W}, \
  {"__" T "_MANT_DIG__", "106", W}, \
  {"__" T "_MAX_10_EXP__", "308", W}, \
  {"__" T "_MAX_EXP__", "1024", W}, \
  {"__" T "_MAX__", LP "1.79769313486231580793728971405301199e+308" LS, W}, \
  {"__" T "_MIN_10_EXP__", "(-291)", W}, \
  {"__" T "_MIN_EXP__", "(-968)", W}, \
  {"__" T "_MIN__", LP "2.00416836000897277799610805135016205e-292" LS, W}, \
  {"__" T "_NORM_MAX__", LP "8.98846567431157953864652595394501288e+307" LS, W}

// The decimal floating types (ISO/IEC TS 18661-2; gcc manual, "Decimal
// Float"): their limits are the same on every target that has them
// (x86_64, ppc64le and s390x here; aarch64 gcc 12 has none).
#define KCARVE_DECIMAL_FLOAT_TYPES \
  {"__DEC128_EPSILON__", "1E-33DL", ""}, \
  {"__DEC128_MANT_DIG__", "34", ""}, \
  {"__DEC128_MAX_EXP__", "6145", ""}, \
  {"__DEC128_MAX__", "9.999999999999999999999999999999999E6144DL", ""}, \
  {"__DEC128_MIN_EXP__", "(-6142)", ""}, \
  {"__DEC128_MIN__", "1E-6143DL", ""}, \
  {"__DEC128_SUBNORMAL_MIN__", "0.000000000000000000000000000000001E-6143DL", ""}, \
  {"__DEC32_EPSILON__", "1E-6DF", ""}, \
  {"__DEC32_MANT_DIG__", "7", ""}, \
  {"__DEC32_MAX_EXP__", "97", ""}, \
  {"__DEC32_MAX__", "9.999999E96DF", ""}, \
  {"__DEC32_MIN_EXP__", "(-94)", ""}, \
  {"__DEC32_MIN__", "1E-95DF", ""}, \
  {"__DEC32_SUBNORMAL_MIN__", "0.000001E-95DF", ""}, \
  {"__DEC64_EPSILON__", "1E-15DD", ""}, \
  {"__DEC64_MANT_DIG__", "16", ""}, \
  {"__DEC64_MAX_EXP__", "385", ""}, \
  {"__DEC64_MAX__", "9.999999999999999E384DD", ""}, \
  {"__DEC64_MIN_EXP__", "(-382)", ""}, \
  {"__DEC64_MIN__", "1E-383DD", ""}, \
  {"__DEC64_SUBNORMAL_MIN__", "0.000000000000001E-383DD", ""}
