/* Header functions gcc kept out of line in the original (the dump,
   k-wrap-header.ipa-clones, states gcc's decisions for a unit where many
   callers share them: kw_offset and kw_touch are in no "inlining to"
   line, kw_sum was inlined into pu_f).  A noinline redeclaration cannot
   reach a header's inline definition, so the carve calls wrappers
   klpr_kw_offset and klpr_kw_touch, noinline, written after the #include;
   gcc inlines the header function into each wrapper.  kw_sum is left to
   gcc; kw_note is named by a macro's body (KW_NOTE): not wrapped, since
   the invocation would have to be written expanded. */
/* ccp-cflags: -O2 */
/* ccp-options: --ipa-clones=k-wrap-header.ipa-clones */
/* ccp-nm: T klpp_pu_f; t klpr_kw_offset; t klpr_kw_touch; U eu_ext */
#include "k-wrap.h"

int pu_f(kw_t *b, int x)
{
	kw_t *o = kw_offset(b, x);
	kw_touch(o);
	KW_NOTE(x);
	return kw_sum(x, 1) + (int)o->v;
}
