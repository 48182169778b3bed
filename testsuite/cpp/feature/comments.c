/* Comments (C11 6.4.9): a block comment is one space, even inside a token
   sequence and across lines; // to end of line; comment markers inside
   strings and character constants are text; / * split is not a comment. */
a: x/* comment */y
b: x/* multi
      line */y
c: "/* not a comment */" '/' "//x"
d: x // line comment /* not closed
e: a / * b * / c
f: /**/ /***/ /* ** */ /*/ still comment */ end
g: -/**/- +/**/+
