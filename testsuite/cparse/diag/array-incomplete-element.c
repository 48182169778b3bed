/* An array's element type must be complete (C11 6.7.6.2p1), also under a
   pointer, in a parameter, a typedef, a member and a type name.  */
struct inc;
struct inc arr[3];
struct inc arr2[];
struct inc (*pa)[3];
extern struct inc ea[];
typedef struct inc TA[2];
int m[][];
int m2[2][];
extern int m3[][3];
enum en ea2[2];
struct s3 { struct inc x[2]; };
int z = sizeof(struct inc[2]);
void f(struct inc a[]);
void g(void) { struct inc la[2]; }
