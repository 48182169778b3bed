/* Statements: C11 6.8, GNU case ranges, local labels, nested functions,
   computed goto, #pragma and _Pragma between statements. */
int f(int x)
{
	__label__ out, again;
	int y = 0;
	int nested(int a) { return a + x; }
again:
	switch (x) { case 1 ... 3: y++; break; case 4: { } default: ; }
	for (int i = 0; i < 3; i++) y += nested(i);
	for (;;) break;
	for (y = 0; y < 2; ++y) continue;
	if (x) if (y) x = 1; else x = 2;
	do x--; while (x > 0);
	while (x) break;
#pragma GCC diagnostic push
	_Pragma("GCC diagnostic ignored \"-Wunused\"")
	if (x > 10) goto again;
#pragma GCC diagnostic pop
	{ ; }
	return y;
	goto out;
out:
	return 0;
}
#pragma pack(push, 1)
struct Q { int a;
#pragma pack(1)
	int b; };
#pragma pack(pop)
