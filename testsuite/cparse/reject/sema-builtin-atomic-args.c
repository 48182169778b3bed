/* The generic __atomic_ builtins check their argument count: the _n forms
   say "too few/many", the others "incorrect number".  */
int x, y;

void f(void)
{
	__atomic_store_n(&x, 1, 5);
	__atomic_exchange(&x, &y, &x);
}
