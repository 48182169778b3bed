/* 6.8.6.3: break outside loop or switch. */
int f2(int i) { if (i) break; return i; }
