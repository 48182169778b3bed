/* A static object of an anonymous struct type, externalized through a
   pointer (esp_): its declaration defines the type, so it is not kept as
   written (that would define the object again, and copy its state); the
   pointer's declaration, written from it, defines the type instead. */
/* ccp-nm: T klpp_pu_f; U esp_acc */
struct unrelated { int z; };
static struct { int hits; long sum; } esp_acc = { 1, 2 };

int pu_f(int v)
{
	esp_acc.hits++;
	esp_acc.sum += v;
	return esp_acc.hits;
}
