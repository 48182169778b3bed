/* A static local a macro's body declares (WARN_ONCE's __already_done,
   which memcpy's fortify check declares), externalized through a pointer:
   the invocation is written expanded without the declaration, never dropped
   whole (the call it makes stays). */
/* ccp-nm: T klpp_pu_f; U esp_once; U eu_note */
void eu_note(int);

#define ONCE_NOTE(v) ({ static int esp_once; int __v = (v); if (!esp_once) { esp_once = 1; eu_note(__v); } __v; })

int pu_f(int x)
{
	return ONCE_NOTE(x + 1) * 2;
}
