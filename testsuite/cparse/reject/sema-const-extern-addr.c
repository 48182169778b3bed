/* gcc folds &x != 0 only for objects defined here: an extern one may be weak. */
extern int e;
_Static_assert(&e != 0, "m");
