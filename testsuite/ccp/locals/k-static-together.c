/* A copied helper declares two statics in one statement (as
   drivers/usb/storage/sddr09.c's sensekey and sensecode): the default
   policy externalizes both, and the statement leaves the copy whole. */
/* ccp-options: --patched-functions=pu_f */
/* ccp-nm: T klpp_pu_f; t klpr_sense; U klpe_sense_key; U klpe_sense_code */
static int sense(int set, int k, int c)
{
	static unsigned char key = 0, code = 0;
	if (set) {
		key = k;
		code = c;
	}
	return key << 8 | code;
}

int pu_f(int x)
{
	return sense(x > 0, x, x + 1);
}
