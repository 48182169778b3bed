/* A backslash-newline at the very end of the file (GCC warns). */
a: last \
