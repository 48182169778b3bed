/* 6.5.3.2p2: the operand of unary * must be a pointer. */
int f(long v)
{
	return *v;
}
