/* Bad input: _Pragma without a parenthesized string literal. */
_Pragma(1)
