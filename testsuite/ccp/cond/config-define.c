/* A -D from the command line is not written: the same command line
   compiles the output. */
/* ccp-cflags: -DCONFIG_LEVEL=3 */
/* ccp-nm: T klpp_pu_f */
int pu_f(void)
{
	return CONFIG_LEVEL;
}
