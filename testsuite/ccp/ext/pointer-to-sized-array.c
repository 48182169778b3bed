/* An array whose length comes from its initializer, externalized as a
   pointer: the pointer's type spells the length (sizeof still works). */
/* ccp-nm: T klpp_pu_f; U esp_table */
static const char *esp_table[] = { "a", "b", "c" };

unsigned long pu_f(int i)
{
	return sizeof(esp_table) / sizeof(esp_table[0]) + (esp_table[i] != 0);
}
