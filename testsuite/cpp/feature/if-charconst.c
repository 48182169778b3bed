/* Character constants in #if (C11 6.4.4.4, 6.10.1p4): their value is the
   int value the compiler would give (char is signed on x86-64, so '\377' is
   -1), escapes (simple, octal, hex, GNU \e), wide and Unicode prefixes
   (wchar_t is a signed 32-bit int). */
#if 'a' == 97 && '0' == 48 && ' ' == 32
c1_ok
#endif
#if '\n' == 10 && '\t' == 9 && '\0' == 0 && '\\' == 92 && '\'' == 39 && '"' == 34 && '\"' == 34
c2_ok
#endif
#if '\a' == 7 && '\b' == 8 && '\f' == 12 && '\r' == 13 && '\v' == 11 && '\?' == 63
c3_ok
#endif
#if '\101' == 'A' && '\x41' == 65 && '\x7f' == 127 && '\177' == 127
c4_ok
#endif
#if '\377' < 0 && '\377' == -1 && '\xff' == -1 && '\x80' == -128
c5_signed_char
#endif
#if '\e' == 27 && '\E' == 27
c6_ok
#endif
#if L'a' == 97 && L'\xff' == 255 && L'\377' == 255 && L'\xffffffff' == -1
c7_ok
#endif
#if u'x' == 120 && U'x' == 120 && u'\xffff' == 65535 && U'\xffffffff' > 0
c8_ok
#endif
