/* A header whose #include names no file. */
int from_header;
  #include "really_not_there.h"
