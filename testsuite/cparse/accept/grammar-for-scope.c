/* The scope of a `for` with a declaration (C11 6.8.5p5) ends with its body.
   When the body ends in an if without else, the parser must read the token
   after the body to know no `else` follows; that token, here the typedef
   name T, must be classified after the for's scope (where T is an object)
   has closed. */
typedef int T;
int f(int n)
{
  for (int T = 0; T < n; T++)
    if (T)
      n--;
  T x = n;
  for (int T = 0; T < n; T++)
    while (T)
      if (T > 1)
        break;
  T y = x;
  for (int T = 0; T < n; T++)
    for (int U = 0; U < T; U++)
      if (U)
        if (T)
          n++;
  T z = y;
  return z;
}
