#!/bin/sh
# An is-patched policy that answers YES but exits with status 3.
echo "RESULT: YES"
exit 3
