/* An integer mode on a floating type: gcc's "mode 'SI' applied to
   inappropriate type".  */
typedef float good_t __attribute__((mode(DF)));
typedef float bad_t __attribute__((mode(SI)));
