/* outer_internal.h: ineligible, includes an eligible one */
#include "inner.h"
inner_t internal_helper_decl(void);
struct oi { inner_t v; };
