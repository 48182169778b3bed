/* One statement declares two block-scope statics; the policy externalizes
   esp_hits (an esp_ name) and keeps misses: the statement can neither leave
   the function whole nor stay, so the carve is refused at the one it
   externalizes. */
/* ccp-error: k-static-mixed.c:8:32: error: cannot externalize 'pu_f::esp_hits': declared together with other names the policy keeps */
int pu_f(int x)
{
	static int misses = 0, esp_hits = 0;
	static unsigned long sink,            esp_hits2;
	if (x)
		esp_hits++;
	else
		misses++;
	sink = esp_hits2;
	return esp_hits + misses + (int)sink;
}
