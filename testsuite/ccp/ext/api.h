/* api.h */
int eu_api(int x);
