/* A pre-included file declares an object the carve reaches through a
   pointer: the output's command line includes it again, so the pointer
   cannot keep the name; the policy is asked again (RETRY 1). */
/* ccp-cflags: -include pre_ptr.h */
/* ccp-nm: T klpp_pu_f; U eup_pre_obj_1 */
int pu_f(struct pre_s *p)
{
	return p->v + eup_pre_obj;
}
