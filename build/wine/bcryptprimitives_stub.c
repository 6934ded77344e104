/*
 * A stand-in for Windows' bcryptprimitives.dll, for running govledger's Windows build
 * under Wine only. Never ship it: build/wine/check_windows_build.sh copies it into the
 * Wine prefix's system32, not into the bundle.
 *
 * Rust's standard library takes its random numbers from ProcessPrng in
 * bcryptprimitives.dll (Windows 10+), so the cryptography package's _rust.pyd imports
 * it; Wine 8 has no such DLL, the import fails ("DLL load failed while importing
 * _rust") and with it pdfminer's reading of copy-restricted PDFs. This ProcessPrng
 * asks the system generator, BCryptGenRandom, as the real one does.
 *
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -s -o bcryptprimitives.dll
 *        bcryptprimitives_stub.c -lbcrypt
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
