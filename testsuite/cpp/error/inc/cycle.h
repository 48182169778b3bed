/* Includes itself, unguarded. */
int cycle;
#include "cycle.h"
