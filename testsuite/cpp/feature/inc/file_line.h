hdr __LINE__ __FILE__
