/* Line splices (C11 5.1.1.2p1 phase 2): backslash-newline is deleted
   everywhere: inside identifiers, numbers, punctuators, string and character
   literals, directives (name and body), // and block comments (a spliced
   // comment swallows the next line); several splices in a row. */
a: ide\
ntifier 12\
34 +\
= -\
> "str\
ing" '\
x'
#def\
ine SPL\
ICED 1 + \
  2
b: SPLICED
c: x // comment \
   swallowed_by_the_comment
d: y /\
* block comment *\
/ z
e: m\
\
\
n
f: /\
/ another spliced comment start
g: end
