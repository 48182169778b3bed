/* Directed ABI test: enumerations (C11 6.7.2.2; gcc manual 4.9 "Structures,
   Unions, Enumerations, and Bit-Fields": unsigned int when no value is
   negative, else int, wider when needed; packed picks the smallest type).  */

enum e_empty_range { EA0 };
enum e_neg { EB0 = -1 };
enum e_uint_max { EC0 = 0xffffffffu };
enum e_int_max { ED0 = 0x7fffffff, ED1 = -0x7fffffff - 1 };
enum e_wide_u { EE0 = 0xffffffffu, EE1 = -1 };                  /* long */
enum e_wide { EF0 = 0x100000000 };
enum e_ulong { EG0 = 0xffffffffffffffffu };
enum e_lmin { EH0 = -0x7fffffffffffffff - 1 };
enum e_mixed { EI0 = -5, EI1 = 5, EI2, EI3 = 100, EI4 };
enum e_implicit { EJ0, EJ1, EJ2 = 10, EJ3, EJ4 = EJ1 + EJ3 };
enum e_chars { EK0 = 'a', EK1 = 'z' };
enum e_expr { EL0 = sizeof(long) * 8 - 1, EL1 = 1 << 30, EL2 = ~0 };

enum __attribute__((packed)) ep_0 { EPA0 = 0 };
enum __attribute__((packed)) ep_m1 { EPB0 = -1 };
enum __attribute__((packed)) ep_255 { EPC0 = 255 };
enum __attribute__((packed)) ep_256 { EPD0 = 256 };
enum __attribute__((packed)) ep_s8 { EPE0 = -128, EPE1 = 127 };
enum __attribute__((packed)) ep_s9 { EPF0 = -129 };
enum __attribute__((packed)) ep_u16 { EPG0 = 65535 };
enum __attribute__((packed)) ep_u17 { EPH0 = 65536 };
enum __attribute__((packed)) ep_u32 { EPI0 = 0xffffffffu };
enum __attribute__((packed)) ep_s33 { EPJ0 = 0xffffffffu, EPJ1 = -1 };
enum ep_trailing { EPK0 = 1000 } __attribute__((packed));
enum __attribute__((aligned(8))) ea_ignored { EQ0 };

typedef enum e_mixed t_e_mixed;
typedef enum ep_256 t_ep_256;
typedef enum { EAN0 = -3, EAN1 } t_anon_enum;

struct se_1 { char c; enum ep_0 e; char d; enum ep_256 f; char g; enum e_wide w; };
struct se_2 { enum ep_u17 a; char b; };
struct se_bf { enum ep_255 a:4; enum e_uint_max b:20; char end; };

/* mode on an enum definition sets its size (the kernel's netfs_io_source
   is `enum {...} __attribute__((__mode__(byte)))`).  */
enum em_byte { EMA0, EMA1, EMA2 } __attribute__((__mode__(byte)));
enum em_qi_neg { EMB0 = -1, EMB1 = 100 } __attribute__((mode(QI)));
enum em_hi { EMC0 = 1000 } __attribute__((mode(HI)));
enum em_di { EMD0 = 1 } __attribute__((mode(DI)));
struct se_mode { char c; enum em_byte b; enum em_hi h; char d; enum em_di l; };
