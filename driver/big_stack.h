// big_stack.h — running one mode of kcarve on a thread with a 1 GiB stack.
//
// The analysis recurses along the nesting of the source (10,000 nested
// parentheses or blocks are legal C that gcc accepts), so every mode that
// parses runs on a thread whose stack is large enough for any such depth;
// the pages are only reserved, not touched, until used.
#pragma once

#include <functional>

namespace kcarve::driver {

// Runs FN on the big stack and returns its status; if no thread can be
// made, runs it on the caller's stack.
int run_on_big_stack(const std::function<int()>& fn);

} // namespace kcarve::driver
