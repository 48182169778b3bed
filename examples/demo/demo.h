/* demo.h: a header in the kernel's style, for the bundled example. */
#ifndef DEMO_H
#define DEMO_H

#define DEMO_MAX(a, b) ({ typeof(a) _a = (a); typeof(b) _b = (b); _a > _b ? _a : _b; })
#define DEMO_PR(fmt, ...) demo_printk("demo: " fmt "\n", ##__VA_ARGS__)

struct demo_state {
	int hits;
	int limit;
};

int demo_printk(const char *fmt, ...);

#endif /* DEMO_H */
