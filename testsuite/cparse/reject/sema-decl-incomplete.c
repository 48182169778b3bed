/* 6.7p7: a block-scope object needs a complete type. */
struct later;
void q(void) { struct later w; (void)&w; }
