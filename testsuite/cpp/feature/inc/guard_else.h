#ifndef GUARD_ELSE_H
#define GUARD_ELSE_H
guard_else_first
#else
guard_else_again
#endif
