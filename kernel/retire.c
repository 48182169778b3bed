// SPDX-License-Identifier: GPL-2.0
/*
 * retire.c - the runtime's copy of what only applying needs, and its
 * retirement once the update is applied (Ksplice's "code retirement").
 *
 * At registration the run-pre images, their skip tables, the kallsyms
 * requests and every string they point to are copied into one vmalloc area,
 * so that the patch module can keep its originals in __initdata/__initconst,
 * which the module loader frees when init returns.  After a successful apply
 * (transition complete) nothing reads that area again: reversal needs only
 * the klp_patch.  Retirement then returns it with vfree(), or, when the
 * update's debug level is non-zero, clears the area's kernel page-table
 * entries instead (apply_to_page_range() on init_mm, then a TLB flush on
 * every CPU): the pages stay allocated and the addresses stay reserved, so a
 * stray access through an old pointer faults with "not-present page" rather
 * than reading recycled memory.  vfree() at unregistration frees the pages
 * (vunmap accepts cleared entries).  Retired bytes are whole pages.
 */
#define pr_fmt(fmt) "kcarve: " fmt

#include <linux/mm.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <asm/tlbflush.h>
#include "internal.h"

#define KCARVE_RUNPRE_MAX	(1U << 20)	/* bytes in one image */

struct kcarve_arena {
	u8 *base;		/* NULL: only measure */
	size_t used;
};

static void *kcarve_put(struct kcarve_arena *a, const void *src, size_t len,
			size_t align)
{
	void *dst;

	a->used = ALIGN(a->used, align);
	dst = a->base ? a->base + a->used : NULL;
	if (dst && src)
		memcpy(dst, src, len);
	a->used += len;
	return dst;
}

static const char *kcarve_put_str(struct kcarve_arena *a, const char *s)
{
	return s ? kcarve_put(a, s, strlen(s) + 1, 1) : NULL;
}

/* Lay everything out in A; with a->base NULL this only measures. */
static void kcarve_layout(struct kcarve_update_priv *p, struct kcarve_arena *a)
{
	const struct kcarve_update *u = p->u;
	struct kcarve_runpre *rp;
	struct kcarve_ksym *ks;
	unsigned int i;

	rp = kcarve_put(a, u->runpre, u->nrunpre * sizeof(*rp), 8);
	ks = kcarve_put(a, u->ksyms, u->nksyms * sizeof(*ks), 8);
	for (i = 0; i < u->nrunpre; i++) {
		const struct kcarve_runpre *src = &u->runpre[i];
		const char *name = kcarve_put_str(a, src->name);
		const char *objname = kcarve_put_str(a, src->objname);
		const u8 *bytes = kcarve_put(a, src->bytes, src->size, 1);
		const struct kcarve_skip *skip =
			kcarve_put(a, src->skip, src->nskip * sizeof(*skip), 8);

		if (a->base) {
			rp[i].name = name;
			rp[i].objname = objname;
			rp[i].bytes = bytes;
			rp[i].skip = skip;
		}
	}
	for (i = 0; i < u->nksyms; i++) {
		const char *name = kcarve_put_str(a, u->ksyms[i].name);
		const char *objname = kcarve_put_str(a, u->ksyms[i].objname);

		if (a->base) {
			ks[i].name = name;
			ks[i].objname = objname;
		}
	}
	if (a->base) {
		p->runpre = rp;
		p->ksyms = ks;
	}
}

static int kcarve_validate(const struct kcarve_update_priv *p)
{
	const struct kcarve_update *u = p->u;
	unsigned int i, j;

	if ((u->nrunpre && !u->runpre) || (u->nksyms && !u->ksyms))
		return -EINVAL;
	for (i = 0; i < u->nrunpre; i++) {
		const struct kcarve_runpre *rp = &u->runpre[i];

		if (!rp->name || !rp->bytes || !rp->size ||
		    rp->size > KCARVE_RUNPRE_MAX || (rp->nskip && !rp->skip)) {
			pr_err("%s: run-pre entry %u is malformed\n", p->id, i);
			return -EINVAL;
		}
		for (j = 0; j < rp->nskip; j++) {
			if (rp->skip[j].offset > rp->size ||
			    rp->skip[j].len > rp->size - rp->skip[j].offset) {
				pr_err("%s: run-pre %s: skip range %u outside the image\n",
				       p->id, rp->name, j);
				return -EINVAL;
			}
		}
	}
	for (i = 0; i < u->nksyms; i++) {
		if (!u->ksyms[i].name || !u->ksyms[i].addr) {
			pr_err("%s: ksym entry %u is malformed\n", p->id, i);
			return -EINVAL;
		}
	}
	return 0;
}

int kcarve_copy_in(struct kcarve_update_priv *p)
{
	struct kcarve_arena a = { NULL, 0 };
	int ret;

	ret = kcarve_validate(p);
	if (ret)
		return ret;
	kcarve_layout(p, &a);
	p->nrunpre = p->u->nrunpre;
	p->nksyms = p->u->nksyms;
	if (!a.used)
		return 0;
	/*
	 * The tests find this area in /proc/vmallocinfo by its caller,
	 * kcarve_copy_in: keep the vmalloc() call here.
	 */
	p->area_size = PAGE_ALIGN(a.used);
	p->area = vmalloc(p->area_size);
	if (!p->area)
		return -ENOMEM;
	a.base = p->area;
	a.used = 0;
	kcarve_layout(p, &a);
	/* The originals may be __initdata: never read them again. */
	p->u->runpre = NULL;
	p->u->ksyms = NULL;
	return 0;
}

static int kcarve_pte_clear(pte_t *pte, unsigned long addr, void *data)
{
	pte_clear(data, addr, pte);
	return 0;
}

static void kcarve_flush_tlb(void *unused)
{
	__flush_tlb_all();
}

/* Debug retirement: leave the pages allocated, remove their mapping. */
static bool kcarve_unmap(struct kcarve_update_priv *p)
{
	struct mm_struct *mm = kcarve_kernel_symbol("init_mm");
	int ret;

	if (!mm)
		return false;
	ret = apply_to_page_range(mm, (unsigned long)p->area, p->area_size,
				  kcarve_pte_clear, mm);
	on_each_cpu(kcarve_flush_tlb, NULL, 1);
	return ret == 0;
}

void kcarve_retire(struct kcarve_update_priv *p)
{
	const char *how = "freed";

	if (p->retired)
		return;
	p->retired = true;
	p->runpre = NULL;
	p->ksyms = NULL;
	if (!p->area) {
		pr_info("%s: nothing to retire\n", p->id);
		return;
	}
	if (p->debug && kcarve_unmap(p)) {
		p->unmapped = true;
		how = "unmapped, debug";
		pr_info("%s: retired area at %px\n", p->id, p->area);
	} else {
		vfree(p->area);
		p->area = NULL;
	}
	p->retired_bytes = p->area_size;
	pr_info("%s: retired %zu bytes (%s)\n", p->id, p->retired_bytes, how);
}

void kcarve_release_area(struct kcarve_update_priv *p)
{
	vfree(p->area);
	p->area = NULL;
	p->runpre = NULL;
	p->ksyms = NULL;
}
