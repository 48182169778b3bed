/* Bad input: pasting an identifier and a parenthesis. */
#define cat(a, b) a ## b
cat(f, (1))
