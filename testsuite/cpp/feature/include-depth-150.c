/* Deep but legal nesting: a header including itself (by a
   macro-expanded "..." name, SELF) 150 levels deep, under GCC's limit of 200. */
#include "inc/deep.h"
end
