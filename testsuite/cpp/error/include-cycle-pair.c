/* Bad input: two headers including each other, unguarded. */
#include "inc/ping.h"
