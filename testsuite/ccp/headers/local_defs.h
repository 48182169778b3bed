/* local_defs_internal-free name, but included only by walk-order.c; the
   toy policy would #include it, so walk-order.c uses the default policy. */
#define LD_MAX(a, b) ((a) > (b) ? (a) : (b))
struct ld_state { int hits; int limit; };
