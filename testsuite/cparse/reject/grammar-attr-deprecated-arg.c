/* C2x attributes: deprecated takes a string literal (gcc 12, gnu17). */
[[deprecated(1)]] int x;
