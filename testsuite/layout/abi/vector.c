/* Directed ABI test: generic vectors (gcc manual 6.52 "Using Vector
   Instructions through Built-in Functions"): a vector is as big as
   vector_size says and aligned to its size, capped at 16 bytes on aarch64
   (and 8 with the s390x vector ABI); _Alignof caps at BIGGEST_ALIGNMENT,
   __alignof__ does not.  */

typedef int v2si __attribute__((vector_size(8)));
typedef int v4si __attribute__((vector_size(16)));
typedef int v8si __attribute__((vector_size(32)));
typedef int v16si __attribute__((vector_size(64)));
typedef char v2qi __attribute__((vector_size(2)));
typedef char v128qi __attribute__((vector_size(128)));
typedef unsigned char v16uqi __attribute__((vector_size(16)));
typedef short v4hi __attribute__((vector_size(8)));
typedef long v2di __attribute__((vector_size(16)));
typedef long long v4di __attribute__((vector_size(32)));
typedef float v4sf __attribute__((vector_size(16)));
typedef double v2df __attribute__((vector_size(16)));
typedef double v4df __attribute__((vector_size(32)));
typedef float v1sf __attribute__((vector_size(4)));
typedef long double v2xf __attribute__((vector_size(32)));
typedef const int v4si_c __attribute__((vector_size(16)));
typedef int v8si_a __attribute__((vector_size(32), aligned(32)));
typedef int v4si_a8 __attribute__((vector_size(16), aligned(8)));
typedef int v4si_a64 __attribute__((vector_size(16), aligned(64)));
typedef int __attribute__((vector_size(16))) v4si_pre;
typedef int *v4si_ptr __attribute__((vector_size(16)));       /* pointer to vector */
typedef int v4si_arr2[2] __attribute__((vector_size(16)));    /* array of vectors */
enum ve { VE0, VE1 };
typedef enum ve v4enum __attribute__((vector_size(16)));

struct sv_4 { char c; v4si v; char d; };
struct sv_8 { char c; v8si v; char d; };
struct sv_16 { char c; v16si v; };
struct sv_128 { char c; v128qi v; };
struct sv_small { char c; v2qi v; char d; v1sf f; };
struct sv_a { char c; v8si_a v; };
struct sv_a8 { char c; v4si_a8 v; };
struct sv_packed { char c; v4si v; } __attribute__((packed));
struct sv_arr { v2si a[3]; char c; };
union uv { v8si v; char c[40]; };
struct sv_member_attr { char c; int v __attribute__((vector_size(16))); char d; };
struct sv_nested { char c; struct sv_8 s; };
