/* A typedef named only in a cast and a sizeof. */
/* ccp-nm: T klpp_pu_f */
typedef unsigned char byte_t;
typedef short unused_t;

unsigned pu_f(int x)
{
	return (byte_t)x + sizeof(byte_t);
}
