/* C11 6.5 expressions and the GNU ones: statement expressions, ?:, labels
   as values, __real__/__imag__, _Generic, compound literals, __extension__. */
struct S { int a, b; };
int f(int x)
{
	void *lab = &&out;
	_Complex double cd = 0;
	int z = ({ int q = 2; q * 3; });
	x = x ?: 5;
	x = _Generic(x, int: 1, long: 2, default: 0);
	x = (int){ 3 } + ((struct S){ .a = 1 }).a + ((int[]){ 1, 2, })[1];
	x = __real__ cd + __imag__ cd;
	x = __extension__ 1 + __extension__ ({ 2; });
	x = sizeof(int) + sizeof x + sizeof(struct S){ 0 }.a + __alignof__(int) + _Alignof(long) + __alignof__ x;
	x = x << 1 >> 1 & 3 | 4 ^ 5 && x || !x;
	x = x ? x : x ? 1 : 2;
	x += x -= x *= 1;
	x = (x, x + 1);
	x = -~+!x;
	x = __func__[0] + __FUNCTION__[0] + sizeof(__PRETTY_FUNCTION__);
	goto *lab;
out:
	return x + z;
}
