in_nested: __FILE__ __BASE_FILE__ __INCLUDE_LEVEL__
#define FILE_AT_DEFINITION __FILE__
