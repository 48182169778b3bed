/* _Bool is no valid vector element.  */
typedef _Bool bad __attribute__((vector_size(16)));
