/* entities.c — the entities the policy cases ask about.  policy-query
   --source=entities.c reports a policy's WARNING:, ERROR: and failures at the
   first token spelled like the entity asked about. */
static int counter;

int pu_f(int x)
{
	static int calls;
	return x + counter + ++calls;
}

static int helper(void) { return counter; }
