/* C2x attributes: the :: of a scoped attribute is two adjacent colons (gcc 12, gnu17). */
[[gnu: :unused]] int x;
