/* 6.7.2.1p4: bit-field width at most the type width. */
struct BF { unsigned char ok : 8; unsigned char bad : 9; };
