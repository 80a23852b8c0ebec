// wcwidth is declared by glibc only under _XOPEN_SOURCE, which Swift's Glibc import does not set.
#define _XOPEN_SOURCE 700
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>
#include <pthread.h>
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

static pthread_once_t utf8_once = PTHREAD_ONCE_INIT;
static locale_t utf8_locale = (locale_t)0;

static void open_utf8_locale(void) {
    const char *names[] = { "C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8" };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        utf8_locale = newlocale(LC_CTYPE_MASK, names[i], (locale_t)0);
        if (utf8_locale != (locale_t)0) {
            return;
        }
    }
}

int cwidth_scalar_utf8(uint32_t scalar) {
    pthread_once(&utf8_once, open_utf8_locale);
    if (utf8_locale == (locale_t)0) {
        return -2;
    }
    // uselocale switches only this thread's locale; the previous one is restored before returning.
    locale_t previous = uselocale(utf8_locale);
    int width = wcwidth((wchar_t)scalar);
    uselocale(previous);
    return width;
}
