/* vector_size giving three elements: not a power of two.  */
typedef short v8hi __attribute__((vector_size(16)));
typedef int bad __attribute__((vector_size(12)));
