/* 6.7.2.2p3: the next value does not fit (gcc computes it in int). */
enum E2 { X = 2147483647, Y };
