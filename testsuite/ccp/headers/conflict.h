/* conflict.h: declares an object the carve turns into a pointer under
   the same name: it cannot be #included. */
struct conf { int level; };
extern int eup_conf_level;
