/* __builtin_has_attribute: an empty attribute is no attribute. */
int x;
int a = __builtin_has_attribute(x, );
