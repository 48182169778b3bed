/* Bad input: #line with something that is not a digit sequence. */
#line abc
