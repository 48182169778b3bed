// SPDX-License-Identifier: GPL-2.0
/*
 * runpre.c - before applying: resolve every symbol, then check that the
 * running code is the code the patch was built against (Ksplice's "run-pre
 * matching").
 *
 * Resolution covers the functions livepatch will redirect (klp_func old_name
 * and old_sympos, for objects that are loaded) and the kcarve_ksym requests
 * (their *addr is written here).  Anything unresolvable aborts with
 * failed_to_find before the livepatch core is involved.
 *
 * Run-pre compares each kcarve_runpre image byte for byte with the running
 * function, except inside the image's skip ranges (relocated fields and patch
 * sites).  A few patch sites are also recognised without a skip range, as
 * the kernel rewrites them at boot or at run time:
 *  - the 5-byte __fentry__ call at offset 0 (or 4, after endbr64): a call in
 *    the object file, a 5-byte NOP once ftrace initialised it, a call to an
 *    ftrace trampoline while livepatch or a tracer uses the function, a jump
 *    for an optimised kprobe;
 *  - endbr64 at offset 0 poisoned into a 4-byte NOP by IBT sealing.
 * The image may be shorter than the kallsyms size of the running function
 * (which includes alignment padding) but not longer.  The running bytes are
 * read once with copy_from_kernel_nofault(), so text that is being patched
 * meanwhile is compared as one snapshot and unreadable text aborts the apply
 * (no_match) instead of faulting.
 */
#define pr_fmt(fmt) "kcarve: " fmt

#include <linux/bitmap.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include "internal.h"

static const u8 kcarve_nop5[5] = { 0x0f, 0x1f, 0x44, 0x00, 0x00 };
static const u8 kcarve_endbr64[4] = { 0xf3, 0x0f, 0x1e, 0xfa };
static const u8 kcarve_endbr_poison[4] = { 0x0f, 0x1f, 0x40, 0xd6 };

static const char *kcarve_lookup_error(int ret)
{
	switch (ret) {
	case -ESRCH:
		return "object not loaded";
	case -ENOENT:
		return "no such symbol";
	default:
		return "not unique, or fewer occurrences than sympos";
	}
}

static const char *objname_of(const char *objname)
{
	return objname ? objname : "vmlinux";
}

static bool kcarve_fentry_site(const u8 *b)
{
	return b[0] == 0xe8 || b[0] == 0xe9 || !memcmp(b, kcarve_nop5, 5);
}

/* Bytes at OFF that the kernel may have rewritten and still match, or 0. */
static u32 kcarve_patch_site(const u8 *want, const u8 *have, u32 off,
			     u32 size)
{
	if ((off == 0 || off == 4) && off + 5 <= size &&
	    kcarve_fentry_site(want + off) && kcarve_fentry_site(have + off))
		return 5;
	if (off == 0 && size >= 4 && !memcmp(want, kcarve_endbr64, 4) &&
	    !memcmp(have, kcarve_endbr_poison, 4))
		return 4;
	return 0;
}

/*
 * Mark a skip range, and when it is the rel32 of a direct call or jump
 * (opcode e8/e9 just before it, with an optional cs prefix 2e before that),
 * the opcode and prefix as well: the kernel rewrites such branches to
 * __x86_return_thunk and the retpoline thunks whole (into "ret; int3" or an
 * indirect branch) according to the CPU's mitigations.
 */
static void kcarve_skip_branch(unsigned long *skip,
			       const struct kcarve_runpre *rp,
			       const struct kcarve_skip *s)
{
	u32 o = s->offset;

	bitmap_set(skip, o, s->len);
	if (s->len != 4 || o < 1 || (rp->bytes[o - 1] != 0xe8 &&
				      rp->bytes[o - 1] != 0xe9))
		return;
	__set_bit(o - 1, skip);
	if (o >= 2 && rp->bytes[o - 2] == 0x2e)
		__set_bit(o - 2, skip);
}

/* Compare a snapshot of the running bytes with the image. */
static enum kcarve_cause kcarve_compare(struct kcarve_update_priv *p,
					const struct kcarve_runpre *rp,
					const u8 *have,
					const unsigned long *skip)
{
	u32 off, n;

	for (off = 0; off < rp->size; off++) {
		if (test_bit(off, skip) || have[off] == rp->bytes[off])
			continue;
		n = kcarve_patch_site(rp->bytes, have, off, rp->size);
		if (n) {
			off += n - 1;
			continue;
		}
		pr_err("%s: run-pre: %s:%s differs at offset %#x (expected %02x, found %02x)\n",
		       p->id, objname_of(rp->objname), rp->name, off,
		       rp->bytes[off], have[off]);
		return KCARVE_NO_MATCH;
	}
	return KCARVE_OK;
}

static enum kcarve_cause kcarve_check_one(struct kcarve_update_priv *p,
					  const struct kcarve_runpre *rp)
{
	enum kcarve_cause cause = KCARVE_OUT_OF_MEMORY;
	unsigned long addr, ksize, *skip;
	u8 *have;
	u32 i;
	int ret;

	ret = kcarve_lookup(rp->objname, rp->name, rp->sympos, &addr);
	if (ret) {
		pr_err("%s: run-pre: cannot find %s:%s,%lu (%s)\n", p->id,
		       objname_of(rp->objname), rp->name, rp->sympos,
		       kcarve_lookup_error(ret));
		return KCARVE_FAILED_TO_FIND;
	}
	if (!kcarve_symbol_size(addr, &ksize)) {
		pr_err("%s: run-pre: no size for %s:%s\n", p->id,
		       objname_of(rp->objname), rp->name);
		return KCARVE_FAILED_TO_FIND;
	}
	if (rp->size > ksize) {
		pr_err("%s: run-pre: %s:%s is %lu bytes, the patch expects %u\n",
		       p->id, objname_of(rp->objname), rp->name, ksize,
		       rp->size);
		return KCARVE_NO_MATCH;
	}

	skip = bitmap_zalloc(rp->size, GFP_KERNEL);
	have = kvmalloc(rp->size, GFP_KERNEL);
	if (!skip || !have)
		goto out;
	for (i = 0; i < rp->nskip; i++)
		kcarve_skip_branch(skip, rp, &rp->skip[i]);
	if (copy_from_kernel_nofault(have, (void *)addr, rp->size)) {
		pr_err("%s: run-pre: cannot read %s:%s\n", p->id,
		       objname_of(rp->objname), rp->name);
		cause = KCARVE_NO_MATCH;
		goto out;
	}
	cause = kcarve_compare(p, rp, have, skip);
	if (cause == KCARVE_OK && p->debug)
		pr_info("%s: run-pre: %s:%s matches (%u bytes, %u skip ranges)\n",
			p->id, objname_of(rp->objname), rp->name, rp->size,
			rp->nskip);
out:
	kvfree(have);
	bitmap_free(skip);
	return cause;
}

enum kcarve_cause kcarve_runpre_check(struct kcarve_update_priv *p)
{
	enum kcarve_cause cause;
	unsigned int i;

	for (i = 0; i < p->nrunpre; i++) {
		const struct kcarve_runpre *rp = &p->runpre[i];

		if (!kcarve_object_loaded(rp->objname)) {
			pr_info("%s: run-pre: %s not loaded, %s unchecked\n",
				p->id, rp->objname, rp->name);
			continue;
		}
		cause = kcarve_check_one(p, rp);
		if (cause != KCARVE_OK)
			return cause;
	}
	return KCARVE_OK;
}

enum kcarve_cause kcarve_resolve(struct kcarve_update_priv *p)
{
	struct klp_patch *patch = p->u->patch;
	struct klp_object *obj;
	struct klp_func *func;
	unsigned long addr;
	unsigned int i;
	int ret;

	klp_for_each_object_static(patch, obj) {
		if (!kcarve_object_loaded(obj->name))
			continue;
		klp_for_each_func_static(obj, func) {
			ret = kcarve_lookup(obj->name, func->old_name,
					    func->old_sympos, &addr);
			if (ret) {
				pr_err("%s: cannot find %s:%s,%lu (%s)\n", p->id,
				       objname_of(obj->name), func->old_name,
				       func->old_sympos, kcarve_lookup_error(ret));
				return KCARVE_FAILED_TO_FIND;
			}
		}
	}

	for (i = 0; i < p->nksyms; i++) {
		const struct kcarve_ksym *k = &p->ksyms[i];

		ret = kcarve_lookup(k->objname, k->name, k->sympos, &addr);
		if (ret) {
			pr_err("%s: cannot find %s:%s,%lu (%s)\n", p->id,
			       objname_of(k->objname), k->name, k->sympos,
			       kcarve_lookup_error(ret));
			return KCARVE_FAILED_TO_FIND;
		}
		*k->addr = (void *)addr;
	}
	return KCARVE_OK;
}
