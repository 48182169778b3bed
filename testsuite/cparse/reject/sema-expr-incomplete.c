/* 6.5.2.3: a member of an incomplete structure. */
struct opaque;
int f(struct opaque *p)
{
	return p->field;
}
