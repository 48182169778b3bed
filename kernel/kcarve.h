/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcarve.h - the interface between a generated live patch module and the
 * kcarve runtime (kcarve.ko).
 *
 * A patch module built by `kcarve module` holds the carved functions, a
 * klp_patch describing them, and the data the runtime needs to apply the
 * update safely: the expected object code of every patched function (run-pre
 * images) and the symbols it resolves through kallsyms.  At init it registers
 * one struct kcarve_update; the runtime creates /sys/kernel/kcarve/<id>/ and
 * applies or reverses the update when root writes its `stage` file.
 *
 * kcarve_register_update() copies everything that only applying needs (the
 * run-pre images, skip tables, kcarve_ksym tables and their strings) into
 * runtime memory, which it retires once the update is applied.  The patch
 * module may therefore keep those tables in __initdata/__initconst; declare
 * the struct kcarve_update itself __refdata (or fill .runpre and .ksyms in
 * the init function) so that modpost accepts the reference.  The runtime
 * sets .runpre and .ksyms to NULL once copied.  What stays in use after
 * init: the kcarve_update, the klp_patch with its objects, functions and
 * callbacks, the new functions, and the variables kcarve_ksym.addr points to
 * (writable, not __ro_after_init).  The klp_patch must not be passed to
 * klp_enable_patch() by the module itself: the runtime enables it when root
 * writes `applied`.  Runtime behaviour: docs/runtime.md.
 */
#ifndef _KCARVE_H
#define _KCARVE_H

#include <linux/types.h>
#include <linux/livepatch.h>

#define KCARVE_ABI_VERSION 1

/* A byte range of a run-pre image that is not compared (relocated fields,
 * ftrace call sites, alternative and static-call patch sites). */
struct kcarve_skip {
	u32 offset;
	u32 len;
};

/* The object code one patched function had when the patch was built. */
struct kcarve_runpre {
	const char *name;		/* symbol in the running kernel */
	const char *objname;		/* NULL for vmlinux, else a module name */
	unsigned long sympos;		/* 0: must be unique; else 1-based */
	const u8 *bytes;
	u32 size;
	const struct kcarve_skip *skip;
	u32 nskip;
};

/* A symbol the patch reaches through kallsyms: *addr is set before the
 * update is applied. */
struct kcarve_ksym {
	const char *name;
	const char *objname;		/* NULL for vmlinux */
	unsigned long sympos;
	void **addr;
};

struct kcarve_update_priv;

struct kcarve_update {
	unsigned int abi_version;	/* KCARVE_ABI_VERSION */
	const char *id;			/* names /sys/kernel/kcarve/<id> */
	struct module *owner;		/* THIS_MODULE of the patch module */
	struct klp_patch *patch;	/* functions, objects, callbacks */
	const struct kcarve_runpre *runpre;
	unsigned int nrunpre;
	const struct kcarve_ksym *ksyms;
	unsigned int nksyms;
	struct kcarve_update_priv *priv;	/* runtime-owned */
};

/* Called from the patch module's init and exit. */
int kcarve_register_update(struct kcarve_update *u);
void kcarve_unregister_update(struct kcarve_update *u);

#endif /* _KCARVE_H */
