#pragma once
// Internal to core/delivery, declared here so that tests/fuzz can reach it: the sentence
// SmtpSender gives for a failed SMTP exchange.
#include "common/Result.h"
#include "delivery/DeliverySettings.h"

#include <QString>

#include <curl/curl.h>

namespace twofold::detail {

// The sentence for a failed SMTP exchange: code is what curl_easy_perform returned, errorBuffer
// curl's NUL-terminated description of it (at most CURL_ERROR_SIZE bytes, partly the server's
// words), reply the server's last reply code (0 when there is none). Refusals of the sign-in
// are DeliveryAuthFailed; what is not about mail goes to curl::transferError().
Error smtpError(CURLcode code, const char* errorBuffer, long reply, const SmtpSettings& settings,
                const QString& toAddress);

} // namespace twofold::detail
