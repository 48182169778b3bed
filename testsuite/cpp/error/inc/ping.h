ping
#include "pong.h"
