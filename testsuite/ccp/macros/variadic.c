/* A variadic macro with a renamed identifier among its arguments. */
/* ccp-nm: T klpp_pu_f; U eup_log */
extern int eup_log(const char *fmt, ...);
#define LOG(fmt, ...) eup_log_wrapper(fmt, ##__VA_ARGS__)
#define eup_log_wrapper(...) eup_log(__VA_ARGS__)

int pu_f(int a, int b)
{
	return LOG("%d %d", a, b);
}
