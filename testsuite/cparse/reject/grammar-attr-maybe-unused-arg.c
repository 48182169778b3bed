/* C2x attributes: maybe_unused takes no arguments (gcc 12, gnu17). */
[[maybe_unused(1)]] int x;
