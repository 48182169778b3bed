/* C2x attributes: they end the specifiers, so no type may follow (gcc 12, gnu17). */
static [[gnu::unused]] int x;
