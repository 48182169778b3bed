#if __has_include_next(<hn.h>)
hn_bad_no_later_hn
#else
hn_ok_none_after_d1
#endif
#if __has_include_next(<n.h>) && __has_include_next(<m.h>) && __has_include_next(<k.h>)
hn_ok_later_dirs
#endif
#if __has_include_next("hn.h")
hn_bad2
#endif
