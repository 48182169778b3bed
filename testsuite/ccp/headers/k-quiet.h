/* An eligible header that defines static functions, as
   include/net/fq_impl.h does for the one unit that includes it. */
extern int eu_ext(int);

/* Called by the unit's own text only: unused in the carve. */
static int qt_helper(int x)
{
	return eu_ext(x) * 2;
}

/* Named by the header's own inline function: gcc does not warn. */
static int qt_named(int x)
{
	return eu_ext(x) - 1;
}

static inline int qt_wrap(int x)
{
	return qt_named(x);
}

static inline int qt_ok(int x)
{
	return eu_ext(x);
}
