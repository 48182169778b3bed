/* vector_size not a multiple of the element size.  */
typedef int v4si __attribute__((vector_size(16)));
typedef int bad __attribute__((vector_size(6)));
