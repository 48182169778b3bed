/* # on string and character literals (C11 6.10.3.2p2): a backslash is
   inserted before each " and \ of a string or character literal in the
   argument, but not before those outside literals; prefixes are kept. */
#define s(x) #x
s("abc")
s("a\"b")
s("a\\b")
s("a\nb")
s('a')
s('"')
s('\'')
s('\\')
s("'")
s(L"wide" u"u16" U"u32" u8"utf8")
s(L'x' u'y' U'z')
s("" '\0')
s(a "b" c)
s("\\\"")
s(printf("%s\n", "x"))
s('\x41' "\101")
