/* ## forming punctuators (C11 6.10.3.3p3, 6.4.6): the result is re-lexed as
   one token, e.g. < ## < ## = gives <<=, - ## > gives ->; digraph spellings
   paste like their punctuators; the standard's hash_hash example (C11
   6.10.3.3p4 EXAMPLE) gives a ## token that is not an operator. */
#define cat(a, b) a ## b
#define cat3(a, b, c) a ## b ## c
cat3(<,<,=) cat3(>,>,=) cat(<,<) cat(-,>) cat(+,+) cat(-,-)
cat(&,&) cat(|,|) cat(=,=) cat(!,=) cat(<,=) cat(>,=) cat(+,=) cat(*,=)
cat(/,=) cat(%,=) cat(^,=) cat(&,=) cat(|,=) cat(-,=) cat(<<,=)
cat(<,:) cat(:,>) cat(<,%) cat(%,>) cat(%,:) cat(%:,%:) cat(#,#)
cat(..., ) cat(, ...) cat(., )
#define hash_hash # ## #
#define mkstr(a) # a
#define in_between(a) mkstr(a)
#define join(c, d) in_between(c hash_hash d)
char p[] = join(x, y);
