#!/bin/sh
# A rename-rewritten-fun policy that ignores RETRY.
echo "RESULT: taken"
