/* A patched function keeps its linkage under the toy policy's pu_ prefix. */
/* ccp-nm: T klpp_pu_f */
int unrelated(void) { return 1; }

int pu_f(int x)
{
	/* a comment kept as written */
	return x * 2;
}

int after(void) { return 2; }
