/* #error (C11 6.10.5): a diagnostic and failure. */
int a;
#error this configuration is not supported
int b;
