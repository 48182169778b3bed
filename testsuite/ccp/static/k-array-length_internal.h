/* k-array-length.c: the unit's declaration of its table, without the
   length (mm/internal.h's pageflag_names). */
extern const int eu_tab[];
