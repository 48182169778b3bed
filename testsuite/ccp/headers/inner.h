#ifndef INNER_H
#define INNER_H
typedef unsigned int inner_t;
#endif
