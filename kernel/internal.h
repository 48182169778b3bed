/* SPDX-License-Identifier: GPL-2.0 */
/*
 * internal.h - what the files of kcarve.ko share and patch modules never see.
 *
 * One struct kcarve_update_priv per registered update holds the lifecycle
 * state shown under /sys/kernel/kcarve/<id>/ (stage, abort cause, conflicts,
 * debug level, retired bytes) and the runtime's own copy of the data only
 * applying needs (run-pre images, skip tables, kallsyms requests), kept in
 * one vmalloc area so that retirement can free it, or unmap it in debug mode,
 * in one step.  All stage changes run under kcarve_lock, one at a time: the
 * livepatch core allows only one transition in the system anyway.
 */
#ifndef _KCARVE_INTERNAL_H
#define _KCARVE_INTERNAL_H

#include <linux/kobject.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include "kcarve.h"

#define KCARVE_ID_MAX		64
#define KCARVE_CONFLICTS_MAX	PAGE_SIZE

enum kcarve_stage {
	KCARVE_PREPARING,
	KCARVE_APPLIED,
	KCARVE_REVERSED,
};

/*
 * Ksplice's abort causes, plus call_failed (Ksplice's name for a refusing
 * pre-apply hook: here a pre-patch callback).
 */
enum kcarve_cause {
	KCARVE_OK,
	KCARVE_NO_MATCH,
	KCARVE_FAILED_TO_FIND,
	KCARVE_MISSING_EXPORT,
	KCARVE_ALREADY_REVERSED,
	KCARVE_MODULE_BUSY,
	KCARVE_OUT_OF_MEMORY,
	KCARVE_CODE_BUSY,
	KCARVE_UNEXPECTED_RUNNING_TASK,
	KCARVE_CALL_FAILED,
	KCARVE_UNEXPECTED,
};

struct kcarve_update_priv {
	struct kobject kobj;
	struct list_head list;		/* on kcarve_updates */
	struct kcarve_update *u;
	char id[KCARVE_ID_MAX];

	enum kcarve_stage stage;
	enum kcarve_cause cause;
	unsigned int debug;
	bool busy;			/* a stage write is running */
	bool tried;			/* klp_enable_patch was called once */
	bool pre_patch_failed;		/* set by the callback wrapper */
	int refs_before;		/* owner refcount before enabling */

	/* conflicts text, "comm pid label\n" lines */
	char *conflicts;
	size_t conflicts_len;

	/* The runtime's copy of what only applying needs (retire.c). */
	void *area;
	size_t area_size;
	const struct kcarve_runpre *runpre;
	unsigned int nrunpre;
	const struct kcarve_ksym *ksyms;
	unsigned int nksyms;
	bool retired;
	bool unmapped;			/* debug retirement: area kept, not mapped */
	size_t retired_bytes;

	/* The patch's own pre-patch callbacks, wrapped (apply.c). */
	unsigned int nobjs;
	int (**pre_patch)(struct klp_object *obj);
};

extern struct mutex kcarve_lock;
extern unsigned int kcarve_transition_timeout;

/* main.c */
const char *kcarve_stage_name(enum kcarve_stage stage);
const char *kcarve_cause_name(enum kcarve_cause cause);
struct kcarve_update_priv *kcarve_find_by_object(struct klp_object *obj,
						 unsigned int *index);

/* sysfs.c */
int kcarve_sysfs_init(void);
void kcarve_sysfs_exit(void);
int kcarve_sysfs_add(struct kcarve_update_priv *p);
void kcarve_release_priv(struct kcarve_update_priv *p);

/* ksyms.c: kallsyms access that works on 6.1 (nothing exported) and 6.12 */
int kcarve_ksyms_init(void);
int kcarve_lookup(const char *objname, const char *name, unsigned long sympos,
		  unsigned long *addr);
bool kcarve_symbol_size(unsigned long addr, unsigned long *size);
bool kcarve_object_loaded(const char *objname);
void *kcarve_kernel_symbol(const char *name);
unsigned int kcarve_stack_of(struct task_struct *t, unsigned long *entries,
			     unsigned int max);

/* runpre.c */
enum kcarve_cause kcarve_resolve(struct kcarve_update_priv *p);
enum kcarve_cause kcarve_runpre_check(struct kcarve_update_priv *p);

/* apply.c */
int kcarve_apply_init(void);
void kcarve_apply_exit(void);
void kcarve_wrap_callbacks(struct kcarve_update_priv *p);
void kcarve_unwrap_callbacks(struct kcarve_update_priv *p);
int kcarve_apply(struct kcarve_update_priv *p);
int kcarve_reverse(struct kcarve_update_priv *p);

/* conflicts.c */
bool kcarve_collect_conflicts(struct kcarve_update_priv *p, bool applying);

/* retire.c */
int kcarve_copy_in(struct kcarve_update_priv *p);
void kcarve_retire(struct kcarve_update_priv *p);
void kcarve_release_area(struct kcarve_update_priv *p);

#endif /* _KCARVE_INTERNAL_H */
