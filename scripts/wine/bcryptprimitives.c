// A stand-in for Windows' bcryptprimitives.dll, for the Wine smoke test of fangfei.exe
// only (never shipped). Rust's std (1.78 and later) imports ProcessPrng from it for its
// hash maps' random keys; Windows 10 and later have it, Debian 12's Wine 8 does not, so
// the .exe would stop before main (status c0000135). This answers from RtlGenRandom.
// Built by scripts/dist with Debian's mingw-w64 into the test's own Wine prefix.
#include <windows.h>
#define SystemFunction036 NTAPI SystemFunction036
#include <ntsecapi.h>
#undef SystemFunction036
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  while (len > 0) {
    ULONG n = len > 0x7fffffff ? 0x7fffffff : (ULONG)len;
    if (!RtlGenRandom(data, n)) return FALSE;
    data += n; len -= n;
  }
  return TRUE;
}
