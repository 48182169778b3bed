/* A non-constant array designator. */
int x;
int a[] = { [1] = 1, [x + 1] = 2 };
