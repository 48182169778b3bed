/* Bad input: #define of something that is not an identifier. */
#define 3 x
