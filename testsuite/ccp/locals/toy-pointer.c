/* A static local named esp_: externalized through a pointer; its
   declaration leaves the function. */
/* ccp-nm: T klpp_pu_f; U esp_hits */
int pu_f(int x)
{
	static unsigned long esp_hits = 1;
	int y = x;
	esp_hits += y;
	return (int)esp_hits;
}
