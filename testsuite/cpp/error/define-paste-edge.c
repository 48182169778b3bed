/* Bad input: ## at the start of a replacement list (C11 6.10.3.3p1). */
#define f(x) ## x
