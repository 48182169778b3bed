/* gcc 12 has no __bf16 on x86_64 (only on aarch64).  */
__float80 f80;
__bf16 b;
