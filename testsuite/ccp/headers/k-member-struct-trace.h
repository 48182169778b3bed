/* k-member-struct.c: a header that reads a member of the unit's k_priv
   (net/rxrpc's trace header reads rxrpc_skb_priv's). */
#ifndef K_MEMBER_STRUCT_TRACE_H
#define K_MEMBER_STRUCT_TRACE_H
static inline int k_rx(const struct k_priv *sp) { return sp->rx; }
#endif
