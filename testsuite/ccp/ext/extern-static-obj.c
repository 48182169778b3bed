/* A static object externalized (esp_: pointer) from its definition. */
/* ccp-nm: T klpp_pu_f; U esp_state */
static unsigned long esp_state = 3;

unsigned long pu_f(void)
{
	esp_state <<= 1;
	return esp_state;
}
