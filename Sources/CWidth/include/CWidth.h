#ifndef CWIDTH_H
#define CWIDTH_H
#include <stdint.h>
/// The number of terminal columns a Unicode scalar occupies (-1 for non-printable), as glibc's
/// wcwidth says under the current locale.
int cwidth_scalar(uint32_t scalar);
/// Sets the C library's locale from the environment (LC_ALL, LANG); returns 1 when the resulting
/// character set is UTF-8.
int cwidth_setlocale_from_env(void);
/// wcwidth under a UTF-8 locale (C.UTF-8 or en_US.UTF-8) applied to the calling thread only, so a
/// caller can compare against glibc without changing the process locale. Returns -2 when no UTF-8
/// locale is installed.
int cwidth_scalar_utf8(uint32_t scalar);
#endif
