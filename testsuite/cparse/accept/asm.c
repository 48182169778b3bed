/* Basic and extended asm, asm goto, asm labels (gcc manual 6.47). */
asm(".globl marker");
__asm__(".pushsection .text\n" ".popsection");
extern int renamed asm("real_name");
int renamed2 __asm__("other") __attribute__((weak));
void f(int y)
{
	int x;
	asm volatile("nop" ::: "memory");
	asm("mov %1, %0" : "=r"(x) : "r"(y));
	__asm__ __volatile__("" : [out] "=r" (x) : [in] "r" (y) : "cc", "memory");
	asm inline volatile ("");
	asm goto("jmp %l[done]" :::: done);
	asm goto("" : : "r"(x) : : done, skip);
skip:
	__asm ("" : "+m"(x));
done:
	return;
}
