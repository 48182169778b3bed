#!/bin/sh
# An is-patched policy that answers garbage.
echo "RESULT: MAYBE"
