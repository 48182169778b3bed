/* k-cycle.c: a header that includes, through k-cycle-back_internal.h,
   itself: the inner reading finds its guard defined and skips the whole
   text, so each conditional below has two records, one per reading
   (drivers/gpu/drm/amd/amdgpu/amdgpu.h does so). */
#ifndef K_CYCLE_H
#define K_CYCLE_H
#include "k-cycle-back_internal.h"
struct k_dev {
	int id;
#ifdef K_HAVE_ACP
	long acp[4];
#endif
	int flags;
};
#endif
