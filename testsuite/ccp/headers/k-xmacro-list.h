/* k-xmacro.c: an X-macro list, read once per definition of K_ITEM. */
K_ITEM(a)
K_ITEM(b)
