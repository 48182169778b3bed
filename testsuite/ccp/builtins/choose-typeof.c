/* __builtin_choose_expr on __builtin_types_compatible_p of a typeof:
   the typedef and both helpers are written (both branches are text). */
/* ccp-nm: T klpp_pu_f; t klpr_as_long; t klpr_as_int */
typedef long val_t;
static long as_long(long v) { return v; }
static int as_int(int v) { return v; }

long pu_f(val_t v)
{
	return __builtin_choose_expr(__builtin_types_compatible_p(typeof(v), long),
				     as_long(v), as_int(v));
}
