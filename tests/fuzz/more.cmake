twofold_add_fuzz(otp SOURCES fuzz_otp.cpp LIBS twofold_otp)
twofold_add_fuzz(messages SOURCES fuzz_messages.cpp LIBS twofold_verifier)
twofold_add_fuzz(server_input SOURCES fuzz_server_input.cpp LIBS twofold_server_http twofold_server_config)
twofold_add_fuzz(server_reply SOURCES fuzz_server_reply.cpp LIBS twofold_signin)
# One target per importer of core/io, all from fuzz_import.cpp (issue 14).
foreach(_format bitwarden-json bitwarden-csv 1password-1pux 1password-csv keepass-xml keepassxc-csv
        chrome-csv firefox-csv lastpass-csv msecure-csv otpauth aegis-json otpauth-migration)
    string(REPLACE "-" "_" _name "import_${_format}")
    twofold_add_fuzz(${_name} SOURCES fuzz_import.cpp LIBS twofold_io)
    foreach(_t regress_${_name} fuzz_${_name})
        if(TARGET ${_t})
            target_compile_definitions(${_t} PRIVATE TWOFOLD_FUZZ_IMPORT_FORMAT="${_format}"
                TWOFOLD_FUZZ_CORPUS_DIR="${CMAKE_CURRENT_SOURCE_DIR}/corpus/${_name}")
        endif()
    endforeach()
endforeach()
# The verifier state, delivery settings, policy JSON and phone input: one target each from
# fuzz_settings.cpp (issue 15).
foreach(_kind state delivery policy phone)
    twofold_add_fuzz(settings_${_kind} SOURCES fuzz_settings.cpp LIBS twofold_signin twofold_delivery)
    foreach(_t regress_settings_${_kind} fuzz_settings_${_kind})
        if(TARGET ${_t})
            target_compile_definitions(${_t} PRIVATE TWOFOLD_FUZZ_SETTINGS_KIND="${_kind}")
        endif()
    endforeach()
endforeach()
twofold_add_fuzz(server_requests SOURCES fuzz_server_requests.cpp LIBS twofold_server_verifier twofold_otp)
twofold_add_fuzz(sync_requests SOURCES fuzz_sync_requests.cpp LIBS twofold_server_verifier)
twofold_add_fuzz(sync SOURCES fuzz_sync.cpp LIBS twofold_sync)
twofold_add_fuzz(addcomputer SOURCES fuzz_addcomputer.cpp LIBS twofold_signin)
# Parsers of outside input (issue 15): twofold-cli's arguments (Arguments.cpp lives in the
# executable, so it is compiled in), the file secret store's contents, the SMS gateways' and the
# mail server's answers, and pictures of QR codes (where zxing-cpp was found).
twofold_add_fuzz(cli_arguments SOURCES fuzz_cli_arguments.cpp ${PROJECT_SOURCE_DIR}/app/cli/Arguments.cpp
    LIBS twofold_cli_text twofold_common)
twofold_add_fuzz(secret_store SOURCES fuzz_secret_store.cpp LIBS twofold_platform)
twofold_add_fuzz(sms_reply SOURCES fuzz_sms_reply.cpp LIBS twofold_delivery)
twofold_add_fuzz(smtp_reply SOURCES fuzz_smtp_reply.cpp LIBS twofold_delivery CURL::libcurl)
if(TARGET ZXing::ZXing)
    twofold_add_fuzz(qr_image SOURCES fuzz_qr_image.cpp LIBS twofold_ui_otp)
endif()
