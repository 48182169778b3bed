/* A macro that writes declarations and a function's header, the body
   following the invocation (SYSCALL_DEFINE's shape): the invocation and the
   body are written once, whole. */
/* ccp-nm: T klpp_pu_sys_get; t do_sys_get */
#define DEFINE_SYS(name, arg)						\
	static long do_sys_##name(long arg);				\
	long pu_sys_##name(long arg) { return do_sys_##name(arg); }	\
	static long do_sys_##name(long arg)

DEFINE_SYS(get, v)
{
	return v * 2;
}
