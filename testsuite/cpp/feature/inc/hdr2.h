in_hdr2
