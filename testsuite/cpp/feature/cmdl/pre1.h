pre1_tokens
#define FROM_PRE1 1
