/* Multi-character constants (C11 6.4.4.4p10, implementation-defined; GCC
   manual "Implementation-defined behavior"): the chars are combined
   big-endian, 8 bits each, truncated to int; GCC warns. */
#if 'ab' == 24930
m1_ok
#endif
#if 'abcd' == 1633837924
m2_ok
#endif
#if 'abcde' == 1650680933
m3_truncated
#endif
#if '\377\377' == 65535 || '\377\377' == -1
m4_ok
#endif
#if 'a\0' == 24832
m5_ok
#endif
#if 'é' == 50089
m6_utf8_bytes_combined
#endif
