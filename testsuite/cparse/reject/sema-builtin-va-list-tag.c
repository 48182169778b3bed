/* The tag of x86_64's __builtin_va_list is not in scope: struct
   __va_list_tag here is a new, incomplete type.  */
__builtin_va_list ap;
unsigned long n = sizeof(ap[0]);
unsigned long m = sizeof(struct __va_list_tag);
