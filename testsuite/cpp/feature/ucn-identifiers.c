/* Universal character names and UTF-8 in identifiers (C11 6.4.2.1, 6.4.3,
   Annex D; GCC manual "Character sets"): \u and \U forms and the UTF-8
   spelling name the same identifier, so a macro defined one way expands when
   used the other way; gcc -E prints such identifiers as \UXXXXXXXX; $ in
   identifiers; UCNs in strings and character constants are not touched. */
#define caf\u00e9 1
#define na\U000000EFve 2
#define été 3
a: café caf\u00e9 na\u00efve naïve \u00e9t\u00e9 été
b: \u03bb λ x\u00b7y a$b $c d$
#define λ(x) (x + x)
c: \u03bb(1) λ(2)
d: "caf\u00e9" '\u00e9' u8"λ"
#define str(x) #x
e: str(caf\u00e9) str(café)
f: \U0001F600x x𐀀y
