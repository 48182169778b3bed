/* The null directive (a lone #, C11 6.10.7), # with only a comment, and #
   and ## as ordinary tokens outside directives; in an object-like macro
   body # is no operator but ## still pastes. */
#
# /* comment */
#define H # x
#define HH a ## b
#define HASH #
a: H HH HASH
b: x # y ## z
c: # not a directive in the middle of a line
end
