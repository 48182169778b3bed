#!/bin/sh
# A modify-externalized-sym policy that ignores RETRY.
echo "RESULT: taken KEEP-LINKAGE"
