/* A static function defined here and externalized through a pointer
   (esp_): declared from its definition, `static` and `inline` dropped;
   what only its body needs is not written. */
/* ccp-nm: T klpp_pu_f; U esp_scale */
struct scaler { int mul; };
static inline int esp_scale(struct scaler *s, int x)
{
	return s->mul * x;
}

int pu_f(struct scaler *s)
{
	return esp_scale(s, 3);
}
