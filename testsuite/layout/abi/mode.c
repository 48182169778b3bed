/* Directed ABI test: __attribute__((mode)) (gcc manual 6.34.1 / 6.33.1
   "mode"): integer modes keep the type's signedness, floating and complex
   modes need a type of their class; byte, word and pointer.  */

typedef int m_qi __attribute__((mode(QI)));
typedef unsigned int m_uqi __attribute__((mode(QI)));
typedef int m_hi __attribute__((mode(HI)));
typedef int m_si __attribute__((mode(SI)));
typedef int m_di __attribute__((mode(DI)));
typedef unsigned m_udi __attribute__((mode(__DI__)));
typedef long m_si_from_long __attribute__((mode(SI)));
typedef char m_byte __attribute__((mode(byte)));
typedef int m_word __attribute__((mode(word)));
typedef int m_pointer __attribute__((mode(pointer)));
typedef int m_word2 __attribute__((__mode__(__word__)));
#ifdef __SIZEOF_INT128__
typedef int m_ti __attribute__((mode(TI)));
typedef unsigned m_uti __attribute__((mode(TI)));
struct ms_ti { char c; m_ti t; };
#endif
typedef float m_sf __attribute__((mode(SF)));
typedef float m_df __attribute__((mode(DF)));
typedef double m_sf2 __attribute__((mode(SF)));
typedef _Complex float m_sc __attribute__((mode(SC)));
typedef _Complex float m_dc __attribute__((mode(DC)));
typedef _Complex int m_csi __attribute__((mode(CSI)));
typedef _Complex int m_cdi __attribute__((mode(CDI)));
typedef _Complex int m_cqi __attribute__((mode(CQI)));
typedef enum { MEA } m_enum_di __attribute__((mode(DI)));
#ifdef __x86_64__
typedef float m_xf __attribute__((mode(XF)));
typedef float m_tf __attribute__((mode(TF)));
typedef _Complex float m_xc __attribute__((mode(XC)));
#endif
#if defined(__aarch64__) || defined(__s390x__)
typedef float m_tf __attribute__((mode(TF)));
typedef _Complex float m_tc __attribute__((mode(TC)));
#endif

struct ms_1 { char c; m_qi a; m_hi b; m_si d; m_di e; char f; };
struct ms_2 { char c; m_sf a; char d; m_df b; char e; m_sc f; m_dc g; };
struct ms_3 { char c; m_csi a; char d; m_cdi b; char e; m_cqi f; };
struct ms_4 { char c; int x __attribute__((mode(HI))); char d; long y __attribute__((mode(QI))); };
