/* A backslash followed by spaces and then a newline is still a line splice
   in GCC (with a warning): the lines below are spliced. */
a: join\  
ed
#define SP 1 + \ 
  2
b: SP
