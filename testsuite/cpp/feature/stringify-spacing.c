/* The # operator (C11 6.10.3.2): white space inside the argument becomes one
   space, leading and trailing white space is dropped, comments count as
   white space, newlines inside the argument too; an empty argument gives "";
   the argument is not macro-expanded first, unless stringified through a
   second macro. */
#define s(x) #x
#define xs(x) s(x)
#define V 42
s(a b)
s(a    b)
s(  a  )
s(a/* c */b)
s(a /* c */ b)
s(  /* c */  a  /* d */ )
s(a
  b
  c)
s()
s( )
s(V) xs(V)
s(a+b) s(a + b) s(a  +b) s(f(x , y))
s(@) s($x) s(\n)
s(<:) s(%:%:)
#define sv(...) #__VA_ARGS__
sv(a,b) sv(a , b) sv( a ,  b ) sv() sv(,) sv( , )
#define s2(a, b) #a #b
s2( , ) s2(x,) s2(,y)
