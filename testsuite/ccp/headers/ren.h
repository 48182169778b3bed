/* ren.h: declares a function the carve renames (eur_): a rename leaves
   the header's declaration harmless, so the header stays eligible. */
struct ren_req { int id; };
int eur_lookup(int id);
