/* Initializers of incomplete struct, union and enum objects: gcc counts
   every element as excess; the file-scope storage-size errors come at the
   end of the file.  */
struct inc a = {0, 1};
union u b = {0};
struct inc c = {};
struct inc d = {{0}, 1};
enum e f = {0};
void g(void) { struct inc h = {1, 2}; }
