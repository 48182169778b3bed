/* Computed includes (C11 6.10.2p4): the directive's tokens are macro-expanded
   and must then form "..." or <...>; for <...> made of several tokens GCC
   joins their spellings, keeping a space where there was white space. */
/* cpp-options: -Ifeature */
#define HDR "inc/hdr2.h"
#include HDR
#define AHDR <inc/hdr2.h>
#include AHDR
#define STR(x) #x
#define XSTR(x) STR(x)
#include XSTR(inc/hdr2.h)
#define INC(n) <inc/n.h>
#include INC(hdr2)
#define DIR inc
#define PATH(d, f) XSTR(d/f.h)
#include PATH(DIR, hdr2)
#define SELF __FILE__
done
