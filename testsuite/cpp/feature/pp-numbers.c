/* pp-numbers (C11 6.4.8): greedy, so 0xe+1 is one token (not 0xe + 1),
   1e+5, 1.2.3, 0x1.8p-3, 123abc, .5e-2, 1_000, 0b101, 1ULL, 08 and 1..2 are
   each one pp-number, while 0x+1 is three tokens; a macro named like a
   suffix is not expanded inside a number. */
#define e 99
#define ULL 100
a: 0xe+1 0xE-1 0x1p+3 1e+5 1E-5 1.2.3 0x1.8p-3 123abc .5e-2 1_000 0b101
b: 1ULL 1 ULL 08 1..2 0x+1 1e 1e+ 1e+e 1.e e.1 .1e
c: 1f 1.0f 0x1fULL 0.5L 1i 1.0e10DF 1wb 100000000000000000000000000
