/* pu_ on a static function: renamed, and static it stays (KEEP-LINKAGE);
   the unpatched caller is not written. */
/* ccp-nm: t klpp_pu_f */
static int pu_f(int x)
{
	return x;
}

int caller(void) { return pu_f(1); }
