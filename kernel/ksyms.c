// SPDX-License-Identifier: GPL-2.0
/*
 * ksyms.c - symbol lookup for the runtime: kallsyms with livepatch's sympos.
 *
 * Debian's 6.1 kernel exports none of kallsyms_lookup_name(),
 * kallsyms_on_each_match_symbol(), module_kallsyms_on_each_symbol(),
 * kallsyms_lookup_size_offset() or stack_trace_save_tsk().  A kprobe
 * registered on kallsyms_lookup_name reports that function's address (the
 * kprobe is removed at once, before it ever fires); through it the runtime
 * finds the others.  vmlinux symbols are found with
 * kallsyms_on_each_match_symbol(), a binary search in the name-sorted index
 * whose equal names come in address order, the order in which the core's
 * kallsyms_on_each_symbol() walk counts them in 6.1 (later cores use the
 * match function themselves), without a walk over all symbols per lookup.
 * The module iterator changed its signature between 6.1 and 6.12, so it is
 * called through a local function type chosen by
 * LINUX_VERSION_CODE: 6.1 (the callback takes a struct module *) and 6.4 on
 * (no module argument; the iterator takes the module name).
 *
 * Symbol positions count like the livepatch core's klp_find_object_symbol():
 * occurrences of the name, in kallsyms order, within the one object (vmlinux
 * or one module); 0 means the name must be unique.  The core and kcarve must
 * agree, or run-pre would check a different copy of a static function than
 * the one livepatch redirects.
 *
 * Calling unexported functions through pointers is incompatible with
 * X86_KERNEL_IBT sealing on CPUs that enforce IBT (6.12 configs); the QEMU
 * tests boot 6.1, built without IBT.
 */
#define pr_fmt(fmt) "kcarve: " fmt

#include <linux/kprobes.h>
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/stacktrace.h>
#include <linux/string.h>
#include <linux/version.h>
#include "internal.h"

#define KCARVE_NEW_KALLSYMS (LINUX_VERSION_CODE >= KERNEL_VERSION(6, 4, 0))
/* stack_trace_save_tsk() is exported in 6.12 (not in 6.1). */
#define KCARVE_STACK_EXPORTED (LINUX_VERSION_CODE >= KERNEL_VERSION(6, 12, 0))

struct kcarve_find {
	const char *objname;	/* NULL: vmlinux */
	const char *name;
	unsigned long pos;
	unsigned long addr;
	unsigned long count;
	bool object_seen;
};

#if KCARVE_NEW_KALLSYMS
typedef int (*kcarve_sym_fn)(void *, const char *, unsigned long);
typedef int (*kcarve_mod_each_fn)(const char *modname, kcarve_sym_fn fn,
				  void *data);
#else
typedef int (*kcarve_sym_fn)(void *, const char *, struct module *,
			     unsigned long);
typedef int (*kcarve_mod_each_fn)(kcarve_sym_fn fn, void *data);
#endif
typedef int (*kcarve_match_fn)(int (*fn)(void *, unsigned long),
			       const char *name, void *data);
typedef unsigned long (*kcarve_lookup_name_fn)(const char *name);
typedef int (*kcarve_size_offset_fn)(unsigned long addr, unsigned long *size,
				     unsigned long *offset);
typedef unsigned int (*kcarve_stack_fn)(struct task_struct *t,
					unsigned long *store, unsigned int size,
					unsigned int skipnr);

static kcarve_lookup_name_fn kcarve_lookup_name;
static kcarve_match_fn kcarve_each_match;
static kcarve_mod_each_fn kcarve_mod_each;
static kcarve_size_offset_fn kcarve_size_offset;
static kcarve_stack_fn kcarve_stack;

/*
 * One occurrence of f->name; stop at the wanted position, or at the second
 * one when the name must be unique.
 */
static int kcarve_count(struct kcarve_find *f, const char *name,
			unsigned long addr)
{
	if (strcmp(name, f->name))
		return 0;
	f->addr = addr;
	f->count++;
	if (f->pos ? f->count == f->pos : f->count > 1)
		return 1;
	return 0;
}

/* vmlinux: only the symbols named f->name, in kallsyms (address) order. */
static int kcarve_match_cb(void *data, unsigned long addr)
{
	return kcarve_count(data, ((struct kcarve_find *)data)->name, addr);
}

#if KCARVE_NEW_KALLSYMS
static int kcarve_find_cb(void *data, const char *name, unsigned long addr)
{
	struct kcarve_find *f = data;

	f->object_seen = true;
	return kcarve_count(f, name, addr);
}
#else
static int kcarve_find_cb(void *data, const char *name, struct module *mod,
			  unsigned long addr)
{
	struct kcarve_find *f = data;

	if (!f->objname != !mod)
		return 0;
	if (mod && strcmp(mod->name, f->objname))
		return 0;
	f->object_seen = true;
	return kcarve_count(f, name, addr);
}
#endif

static void kcarve_iterate(struct kcarve_find *f)
{
	if (!f->objname) {
		kcarve_each_match(kcarve_match_cb, f->name, f);
		f->object_seen = true;
		return;
	}
#if KCARVE_NEW_KALLSYMS
	kcarve_mod_each(f->objname, kcarve_find_cb, f);
#else
	kcarve_mod_each(kcarve_find_cb, f);
#endif
}

/*
 * kcarve_lookup - the address of NAME in OBJNAME (NULL: vmlinux) at SYMPOS.
 * Returns 0, -ESRCH if the module is not loaded, -ENOENT if the name is not
 * there, -ENXIO if it is ambiguous (sympos 0) or the position is too large.
 */
int kcarve_lookup(const char *objname, const char *name, unsigned long sympos,
		  unsigned long *addr)
{
	struct kcarve_find f = {
		.objname = objname, .name = name, .pos = sympos,
	};

	kcarve_iterate(&f);
	*addr = 0;
	if (!f.object_seen)
		return -ESRCH;
	if (!f.count)
		return -ENOENT;
	if ((!sympos && f.count > 1) || (sympos && f.count != sympos))
		return -ENXIO;
	*addr = f.addr;
	return 0;
}

static int kcarve_any_cb_common(struct kcarve_find *f)
{
	f->object_seen = true;
	return 1;
}

#if KCARVE_NEW_KALLSYMS
static int kcarve_any_cb(void *data, const char *name, unsigned long addr)
{
	return kcarve_any_cb_common(data);
}
#else
static int kcarve_any_cb(void *data, const char *name, struct module *mod,
			 unsigned long addr)
{
	struct kcarve_find *f = data;

	if (!mod || strcmp(mod->name, f->objname))
		return 0;
	return kcarve_any_cb_common(f);
}
#endif

/* Is OBJNAME (a module name; NULL is vmlinux) loaded, in any state? */
bool kcarve_object_loaded(const char *objname)
{
	struct kcarve_find f = { .objname = objname };

	if (!objname)
		return true;
#if KCARVE_NEW_KALLSYMS
	kcarve_mod_each(objname, kcarve_any_cb, &f);
#else
	kcarve_mod_each(kcarve_any_cb, &f);
#endif
	return f.object_seen;
}

/*
 * The size kallsyms gives the symbol at ADDR: up to the next symbol, so it
 * includes the alignment padding after a function.
 */
bool kcarve_symbol_size(unsigned long addr, unsigned long *size)
{
	unsigned long offset;

	return kcarve_size_offset(addr, size, &offset) && offset == 0;
}

/* Any kernel symbol by name (first occurrence); NULL if unknown. */
void *kcarve_kernel_symbol(const char *name)
{
	return (void *)kcarve_lookup_name(name);
}

unsigned int kcarve_stack_of(struct task_struct *t, unsigned long *entries,
			     unsigned int max)
{
#if KCARVE_STACK_EXPORTED
	return stack_trace_save_tsk(t, entries, max, 0);
#else
	return kcarve_stack(t, entries, max, 0);
#endif
}

static const u8 kcarve_endbr64[4] = { 0xf3, 0x0f, 0x1e, 0xfa };

int kcarve_ksyms_init(void)
{
	struct kprobe kp = { .symbol_name = "kallsyms_lookup_name" };
	unsigned long entry;
	int ret;

	ret = register_kprobe(&kp);
	if (ret < 0) {
		pr_err("cannot locate kallsyms_lookup_name (kprobe: %d)\n", ret);
		return ret;
	}
	entry = (unsigned long)kp.addr;
	unregister_kprobe(&kp);
	/*
	 * With X86_KERNEL_IBT the kprobe sits after the function's endbr64;
	 * an indirect call must land on the endbr64 itself.
	 */
	if (!memcmp((void *)(entry - sizeof(kcarve_endbr64)), kcarve_endbr64,
		    sizeof(kcarve_endbr64)))
		entry -= sizeof(kcarve_endbr64);
	kcarve_lookup_name = (kcarve_lookup_name_fn)entry;

	kcarve_each_match = (kcarve_match_fn)
		kcarve_lookup_name("kallsyms_on_each_match_symbol");
	kcarve_mod_each = (kcarve_mod_each_fn)
		kcarve_lookup_name("module_kallsyms_on_each_symbol");
	kcarve_size_offset = (kcarve_size_offset_fn)
		kcarve_lookup_name("kallsyms_lookup_size_offset");
#if !KCARVE_STACK_EXPORTED
	kcarve_stack = (kcarve_stack_fn)
		kcarve_lookup_name("stack_trace_save_tsk");
#endif
	if (!kcarve_each_match || !kcarve_mod_each || !kcarve_size_offset ||
	    (!KCARVE_STACK_EXPORTED && !kcarve_stack)) {
		pr_err("kallsyms iterators or stack_trace_save_tsk not found\n");
		return -ENOENT;
	}
	return 0;
}
