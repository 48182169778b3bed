/* k-member-struct.c: the unit's own types (not #included: internal).
   k_priv has a member of struct type, so its definition needs k_hdr's. */
struct k_hdr { int serial; short flags; };
struct k_priv { int rx; struct k_hdr hdr; };
#include "k-member-struct-trace.h"
