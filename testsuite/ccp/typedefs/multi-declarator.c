/* A typedef declaration with two declarators is one item: using one name
   brings the whole declaration. */
/* ccp-nm: T klpp_pu_f */
typedef unsigned int word_t, *word_ptr;
typedef long unused_t;

word_t pu_f(word_ptr p)
{
	return *p;
}
