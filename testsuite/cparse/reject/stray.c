/* stray character */
int a @ b;
