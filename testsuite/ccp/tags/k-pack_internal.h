/* k-pack.c: the unit's firmware structs, packed as the bfa driver's
   headers pack theirs (bfa_defs_svc.h). */
#pragma pack(1)
struct k_cfg { unsigned char topology; unsigned short maxfrsize; };
#pragma pack()
struct k_port { unsigned char state; struct k_cfg cfg; int speed; };
