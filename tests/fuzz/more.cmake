twofold_add_fuzz(otp SOURCES fuzz_otp.cpp LIBS twofold_otp)
twofold_add_fuzz(messages SOURCES fuzz_messages.cpp LIBS twofold_verifier)
