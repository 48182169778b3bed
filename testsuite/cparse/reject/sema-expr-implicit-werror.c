/* cparse-options: -Werror=implicit-function-declaration */
/* gcc 12: a call of an undeclared function declares it implicitly, with a
   warning the kernel makes an error. */
int f(void)
{
	return undeclared_function(1);
}
