/* Anonymous struct and union members. */
/* ccp-nm: T klpp_pu_f */
struct msg {
	int kind;
	union {
		int i;
		struct { short lo, hi; };
	};
};

int pu_f(struct msg *m)
{
	return m->kind ? m->i : m->lo + m->hi;
}
