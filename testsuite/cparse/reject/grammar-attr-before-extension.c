/* C2x attributes: before __extension__ (gcc 12, gnu17). */
[[gnu::unused]] __extension__ int x;
