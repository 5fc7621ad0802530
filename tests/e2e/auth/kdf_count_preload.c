/* Preloaded into the real twofold-cli by tst_cli_signin_cost_e2e (LD_PRELOAD): counts the
 * Argon2id derivations a command runs, so the test checks "one Argon2id per sign-in" exactly
 * instead of timing commands. Each crypto_pwhash call appends one byte to the file named by
 * TWOFOLD_TEST_KDF_LOG, then runs libsodium's own function. Nothing secret is written. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

typedef int (*pwhash_fn)(unsigned char*, unsigned long long, const char*, unsigned long long,
                         const unsigned char*, unsigned long long, size_t, int);

int crypto_pwhash(unsigned char* out, unsigned long long outlen, const char* passwd,
                  unsigned long long passwdlen, const unsigned char* salt, unsigned long long opslimit,
                  size_t memlimit, int alg)
{
    static pwhash_fn real = 0;
    if (!real)
        real = (pwhash_fn)dlsym(RTLD_NEXT, "crypto_pwhash");
    const char* log = getenv("TWOFOLD_TEST_KDF_LOG");
    if (log) {
        const int fd = open(log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
        if (fd >= 0) {
            if (write(fd, "k", 1) != 1) { /* the test then sees a count that is too low */ }
            close(fd);
        }
    }
    if (!real)
        return -1;
    return real(out, outlen, passwd, passwdlen, salt, opslimit, memlimit, alg);
}
