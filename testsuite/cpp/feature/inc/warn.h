in_warn_h
#warning from a header
