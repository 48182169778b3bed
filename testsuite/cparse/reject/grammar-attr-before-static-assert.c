/* C2x attributes: before _Static_assert (gcc 12, gnu17). */
[[]] _Static_assert(1, "");
