/* bug.h — the kernel's BUG/WARN shape in small: the line goes into an asm
   table entry as an "i" operand; BUILD_BUG_ON pastes __COUNTER__ into a
   name; DBG stringifies __LINE__ into a string. */
#ifndef BUG_H
#define BUG_H
#define ___PASTE(a, b) a##b
#define __PASTE(a, b) ___PASTE(a, b)
#define __stringify_1(x...) #x
#define __stringify(x...) __stringify_1(x)
#define __UNIQUE_ID(prefix) __PASTE(__PASTE(__UNIQUE_ID_, prefix), __COUNTER__)

#define _BUG_FLAGS(flags)                                                   \
  asm volatile("1:\tud2\n"                                                  \
               ".pushsection __bug_table,\"aw\"\n"                          \
               "2:\t.long 1b - .\n\t.long %c0 - .\n\t.word %c1\n\t.word %c2\n" \
               ".popsection\n"                                              \
               : : "i" (__FILE__), "i" (__LINE__), "i" (flags))

#define WARN_ON(condition) ({                   \
  int __ret_warn_on = !!(condition);            \
  if (__ret_warn_on) _BUG_FLAGS(1);             \
  __ret_warn_on; })

#define BUILD_BUG_ON(cond) \
  do { extern void __PASTE(__compiletime_assert_, __COUNTER__)(void) \
       __attribute__((error("BUILD_BUG_ON failed"))); } while (0)

#define DBG(msg) __dbg(__FILE__ ":" __stringify(__LINE__) ": " msg)

/* A static local whose name comes from __COUNTER__, as dynamic debug's
   descriptors: the name is made once and used twice. */
#define __counted(id) ({ static int id; id++; })
#define COUNTED_ONCE() __counted(__UNIQUE_ID(once))

/* A file-scope object named by __COUNTER__, as MODULE_LICENSE's. */
#define MODINFO(tag, info) \
  static const char __UNIQUE_ID(tag)[] __attribute__((used)) = #tag "=" info

void __dbg(const char *s);
#endif
