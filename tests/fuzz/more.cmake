twofold_add_fuzz(otp SOURCES fuzz_otp.cpp LIBS twofold_otp)
