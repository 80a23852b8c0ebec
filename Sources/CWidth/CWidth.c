// wcwidth is declared by glibc only under _XOPEN_SOURCE, which Swift's Glibc import does not set.
#define _XOPEN_SOURCE 700
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include "CWidth.h"

int cwidth_scalar(uint32_t scalar) {
    return wcwidth((wchar_t)scalar);
}

int cwidth_setlocale_from_env(void) {
    if (setlocale(LC_ALL, "") == NULL) {
        return 0;
    }
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && strcmp(cs, "UTF-8") == 0;
}
