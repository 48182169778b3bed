/* A writable static object in a static initializer: no pointer can stand
   there, and copying it would split its state from the kernel's. */
/* ccp-error: pointer-in-static-init.c:8:40: error: 'esp_counter' is reached through a pointer but used in a static initializer */
static int esp_counter;

int pu_f(void)
{
	static int *const where[] = { &esp_counter };
	return *where[0];
}
