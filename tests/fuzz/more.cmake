twofold_add_fuzz(otp SOURCES fuzz_otp.cpp LIBS twofold_otp)
twofold_add_fuzz(messages SOURCES fuzz_messages.cpp LIBS twofold_verifier)
twofold_add_fuzz(server_input SOURCES fuzz_server_input.cpp LIBS twofold_server_http twofold_server_config)
