/* __sync_ builtins accept extra arguments (gcc ignores them) but not too
   few.  */
int x;

int f(void)
{
	__sync_fetch_and_add(&x, 1, 2);
	__sync_lock_release(&x, 1);
	return __sync_val_compare_and_swap(&x, 1);
}
