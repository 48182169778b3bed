/* A block-scope static of a patched function is offered to the policy as
   pu_f::count; under the default policy it becomes a pointer to the running
   kernel's instance. */
/* ccp-options: --patched-functions=pu_f */
/* ccp-nm: T klpp_pu_f; U klpe_pu_f_count */
int pu_f(void)
{
	static int count;
	return ++count;
}
