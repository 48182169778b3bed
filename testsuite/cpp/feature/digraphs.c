/* Digraphs (C11 6.4.6p3): <: :> <% %> %: %:%: are the punctuators [ ] { } #
   ##, work as directive introducer, # and ## operators; their spelling is
   kept in the output and in stringified text. */
%:define CAT(a, b) a %:%: b
%:define STR(x) %:x
a: int arr<:3:> = <% 1, 2, 3 %>;
b: CAT(x, y) CAT(<, :) STR(<:) STR(%:%:) STR(%:)
%:  if 1
c: digraph_if_taken
%:endif
d: %: %:%: <::> <%%> %:%:%:
