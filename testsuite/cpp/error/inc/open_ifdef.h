int h;
#ifdef __FILE__
int inside;
