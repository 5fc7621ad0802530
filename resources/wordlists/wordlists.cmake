# Embeds the passphrase word list into twofold_crypto (PasswordGenerator reads it from
# :/twofold/wordlists/eff_large_wordlist.txt), so passphrases work on every platform without
# a file installed beside the program. Included by core/crypto/CMakeLists.txt.
qt_add_resources(twofold_crypto twofold_wordlists
    PREFIX /twofold/wordlists
    BASE ${CMAKE_CURRENT_LIST_DIR}
    FILES ${CMAKE_CURRENT_LIST_DIR}/eff_large_wordlist.txt)
