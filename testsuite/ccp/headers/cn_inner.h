/* cn_inner.h: declares a function the carve reaches through a pointer
   under the same name: it cannot be #included, nor can cn_outer.h. */
typedef int cn_unused_t;
int eup_hook(int v);
