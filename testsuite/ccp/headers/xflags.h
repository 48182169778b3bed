/* xflags.h: an X-macro list, included inside an enum's body */
FLAG(READ, 1)
FLAG(WRITE, 2)
