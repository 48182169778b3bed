/* Macro idioms the Linux kernel relies on, written from scratch here: config
   tests through a placeholder that makes a comma appear (IS_ENABLED style),
   argument counting, string-izing through a second level, unique names from
   __COUNTER__, and token pasting of a prefix onto a computed name. */
#define CONFIG_ON 1
#define CONFIG_MOD_MODULE 1
#define PLACEHOLDER_1 0,
#define SECOND_ARG(ignored, val, ...) val
#define IS_DEF_(arg1_or_junk) SECOND_ARG(arg1_or_junk 1, 0)
#define IS_DEF__(val) IS_DEF_(PLACEHOLDER_##val)
#define IS_DEF(x) IS_DEF__(x)
#define OR(a, b) OR_(a, b)
#define OR_(a, b) OR_##a##b
#define OR_00 0
#define OR_01 1
#define OR_10 1
#define OR_11 1
#define IS_ENABLED_(o) OR(IS_DEF(o), IS_DEF(o##_MODULE))
#define IS_ENABLED(o) IS_ENABLED_(o)
a: IS_DEF(CONFIG_ON) IS_DEF(CONFIG_OFF) IS_DEF(CONFIG_MOD_MODULE)
b: IS_ENABLED(CONFIG_ON) IS_ENABLED(CONFIG_MOD) IS_ENABLED(CONFIG_OFF)
#if IS_ENABLED(CONFIG_MOD) && !IS_ENABLED(CONFIG_OFF)
c: enabled_in_if
#endif
#define NTH(_0, _1, _2, _3, _4, _5, n, ...) n
#define NARGS(...) NTH(_, ##__VA_ARGS__, 5, 4, 3, 2, 1, 0)
d: NARGS() NARGS(a) NARGS(a, b) NARGS((a, b), c, d)
#define STR_(x) #x
#define STR(x) STR_(x)
e: STR(CONFIG_ON) STR_(CONFIG_ON) STR(IS_ENABLED(CONFIG_ON)) STR(__LINE__)
#define PASTE_(a, b) a##b
#define PASTE(a, b) PASTE_(a, b)
#define UNIQUE(p) PASTE(PASTE(__unique_, p), __COUNTER__)
f: UNIQUE(x) UNIQUE(x) UNIQUE(y)
#define TYPE_OF(x) PASTE(x, _t)
#define KIND u32
g: TYPE_OF(KIND) PASTE_(KIND, _t)
