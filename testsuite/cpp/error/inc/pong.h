pong
#include "ping.h"
