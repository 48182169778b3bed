/* Enumerators as case labels and an array length. */
/* ccp-nm: T klpp_pu_f; r names */
enum op { OP_NOP, OP_ADD, OP_SUB, OP_COUNT };
static const char names[OP_COUNT][4] = { "nop", "add", "sub" };

const char *pu_f(enum op o)
{
	switch (o) {
	case OP_ADD:
	case OP_SUB:
		return names[o];
	default:
		return "?";
	}
}
