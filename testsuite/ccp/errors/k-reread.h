/* k-reread.c: an events header in the manner of include/trace/events/*.h:
   each reading makes of EVENT() what its reader defined it to be. */
#ifndef EVENT
#define EVENT(n) extern int gen_##n(void);
#endif
EVENT(f)
