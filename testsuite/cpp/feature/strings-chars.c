/* String literals and character constants as tokens (C11 6.4.4.4, 6.4.5):
   prefixes, escapes including \" and \\ right before the closing quote,
   adjacent literals (not joined by the preprocessor), comment and macro
   names inside literals left alone, a GNU raw string (R"delim(...)delim",
   supported in gnu modes) whose body holds quotes, backslashes and a
   newline. */
/* cpp-options: -std=gnu11 */
#define X replaced
a: "X" 'X' "a\"b" "a\\" '\\' '\'' "\\\"" "" L"" u"" U"" u8""
b: "one" "two" L"w" "adjacent""strings"
c: "/* not a comment */" "// nor this" '/*'
d: R"(raw \n "quoted" \)" R"delim(a)" b)delim" LR"(x)" u8R"(y)"
e: R"x(line one
line two X)x" after
