/* Argument collection (C11 6.10.3p11): commas inside nested parentheses do
   not split arguments; brackets and braces do not protect commas; string
   and character literals containing commas or parentheses are one token;
   arguments spanning several lines. */
#define ONE(a) <a>
#define TWO(a, b) <a> <b>
ONE((x, y))
ONE((x, (y, z)))
ONE(f(1, 2))
TWO([1, 2])
TWO({1, 2})
ONE(",")
ONE(')')
ONE("(")
TWO(',', ")")
TWO(
  a,b
  )
TWO((1, 2),
    (3,
     4))
