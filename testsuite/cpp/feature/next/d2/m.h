m_in_d2
#define HDR_N <n.h>
#include_next HDR_N
