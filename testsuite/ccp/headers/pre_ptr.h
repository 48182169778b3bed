/* pre_ptr.h: pre-included with -include; declares an object the carve
   reaches through a pointer. */
struct pre_s { int v; };
extern int eup_pre_obj;
