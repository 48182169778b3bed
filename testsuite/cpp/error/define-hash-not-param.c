/* Bad input: # in a function-like macro not followed by a parameter
   (C11 6.10.3.2p1). */
#define f(x) #y
