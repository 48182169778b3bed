/* pre_types.h: pre-included with -include; defines a struct and declares
   an externalized function. */
struct pt_dev { int irq; };
extern int eu_pt_probe(struct pt_dev *d);
