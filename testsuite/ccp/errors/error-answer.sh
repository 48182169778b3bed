#!/bin/sh
# A policy command that answers with the protocol's ERROR: line.
echo "ERROR: no symbol table for $1"
