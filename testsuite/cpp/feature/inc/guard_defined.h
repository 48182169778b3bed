#if !defined(GUARD_DEFINED_H)
#define GUARD_DEFINED_H
guard_defined_body
#endif /* GUARD_DEFINED_H */
