/*
 * A stand-in for Windows' system icuuc.dll, for running govledger's Windows build under
 * Wine only. Never ship it: build/wine/check_windows_build.sh copies it into the Wine
 * prefix's system32, not into the bundle.
 *
 * Windows 10 (1903+) carries ICU as C:\Windows\System32\icuuc.dll and Qt6Core.dll imports
 * about twenty ucnv_* converter functions from it (QStringConverter's codecs beyond
 * UTF-8/16/32 and Latin-1). Wine 8 has no icuuc.dll, so Qt6Core.dll cannot even load.
 * These stubs let it load: every converter open fails with U_FILE_ACCESS_ERROR, as if
 * ICU knew no converters, and Qt falls back to its built-in codecs. govledger decodes
 * GBK and other legacy encodings with Python's codecs, not Qt's, so nothing it does
 * under Wine depends on these functions working.
 *
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -s -o icuuc.dll icuuc_stub.c
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)

typedef int UErrorCode;
typedef int8_t UBool;
typedef uint16_t UChar;
typedef int32_t UChar32;
typedef struct UConverter UConverter;
typedef void (*UConverterCallback)(void);

enum { U_ZERO_ERROR = 0, U_ILLEGAL_ARGUMENT_ERROR = 1, U_FILE_ACCESS_ERROR = 4 };

static void fail(UErrorCode *err, UErrorCode code)
{
    if (err != NULL && *err <= U_ZERO_ERROR)
        *err = code;
}

EXPORT UConverter *ucnv_open(const char *name, UErrorCode *err)
{
    (void)name;
    fail(err, U_FILE_ACCESS_ERROR);
    return NULL;
}

EXPORT void ucnv_close(UConverter *cnv) { (void)cnv; }
EXPORT void ucnv_reset(UConverter *cnv) { (void)cnv; }
EXPORT int8_t ucnv_getMaxCharSize(const UConverter *cnv) { (void)cnv; return 1; }

EXPORT const char *ucnv_getName(const UConverter *cnv, UErrorCode *err)
{
    (void)cnv;
    fail(err, U_ILLEGAL_ARGUMENT_ERROR);
    return NULL;
}

EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }

EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err)
{
    (void)name;
    (void)standard;
    fail(err, U_ILLEGAL_ARGUMENT_ERROR);
    return NULL;
}

EXPORT void ucnv_getToUCallBack(const UConverter *cnv, UConverterCallback *action, const void **context)
{
    (void)cnv;
    if (action != NULL)
        *action = NULL;
    if (context != NULL)
        *context = NULL;
}

EXPORT void ucnv_getFromUCallBack(const UConverter *cnv, UConverterCallback *action, const void **context)
{
    ucnv_getToUCallBack(cnv, action, context);
}

EXPORT void ucnv_setToUCallBack(UConverter *cnv, UConverterCallback action, const void *context,
                                UConverterCallback *old_action, const void **old_context, UErrorCode *err)
{
    (void)action;
    (void)context;
    ucnv_getToUCallBack(cnv, old_action, old_context);
    fail(err, U_ILLEGAL_ARGUMENT_ERROR);
}

EXPORT void ucnv_setFromUCallBack(UConverter *cnv, UConverterCallback action, const void *context,
                                  UConverterCallback *old_action, const void **old_context, UErrorCode *err)
{
    ucnv_setToUCallBack(cnv, action, context, old_action, old_context, err);
}

EXPORT void ucnv_toUnicode(UConverter *cnv, UChar **target, const UChar *target_limit, const char **source,
                           const char *source_limit, int32_t *offsets, UBool flush, UErrorCode *err)
{
    (void)cnv;
    (void)target;
    (void)target_limit;
    (void)source;
    (void)source_limit;
    (void)offsets;
    (void)flush;
    fail(err, U_ILLEGAL_ARGUMENT_ERROR);
}

EXPORT void ucnv_fromUnicode(UConverter *cnv, char **target, const char *target_limit, const UChar **source,
                             const UChar *source_limit, int32_t *offsets, UBool flush, UErrorCode *err)
{
    (void)cnv;
    (void)target;
    (void)target_limit;
    (void)source;
    (void)source_limit;
    (void)offsets;
    (void)flush;
    fail(err, U_ILLEGAL_ARGUMENT_ERROR);
}

EXPORT int32_t ucnv_toUCountPending(const UConverter *cnv, UErrorCode *err)
{
    (void)cnv;
    fail(err, U_ILLEGAL_ARGUMENT_ERROR);
    return 0;
}

EXPORT int32_t ucnv_fromUCountPending(const UConverter *cnv, UErrorCode *err)
{
    return ucnv_toUCountPending(cnv, err);
}

EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset,
                                  UErrorCode *err)
{
    (void)args;
    (void)source;
    (void)length;
    (void)offset;
    fail(err, U_ILLEGAL_ARGUMENT_ERROR);
}

EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_limit,
                                    int32_t offset, UErrorCode *err)
{
    (void)args;
    (void)source;
    (void)source_limit;
    (void)offset;
    fail(err, U_ILLEGAL_ARGUMENT_ERROR);
}

/* The substitute callbacks are only ever passed to ucnv_set*CallBack, never called here. */
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *code_units,
                                            int32_t length, UChar32 code_point, int reason, UErrorCode *err)
{
    (void)context;
    (void)args;
    (void)code_units;
    (void)length;
    (void)code_point;
    (void)reason;
    (void)err;
}

EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *code_units,
                                          int32_t length, int reason, UErrorCode *err)
{
    (void)context;
    (void)args;
    (void)code_units;
    (void)length;
    (void)reason;
    (void)err;
}
