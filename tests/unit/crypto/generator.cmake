# PasswordGenerator (characters and passphrases); included by CMakeLists.txt here.
twofold_add_test(tst_passwordgenerator SOURCES tst_passwordgenerator.cpp LIBS twofold_crypto LABEL unit)
