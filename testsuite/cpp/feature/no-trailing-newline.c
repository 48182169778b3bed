/* A file whose last line has no newline (GCC accepts it quietly). */
#define LAST last_token
LAST
LAST