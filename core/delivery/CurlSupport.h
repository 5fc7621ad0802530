#pragma once
// Internal to core/delivery: the libcurl set-up SmtpSender and the SMS gateways share, the
// sentences for failures that are not specific to mail or SMS, and the delivery thread pool.
#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "delivery/DeliverySettings.h"

#include <QByteArray>
#include <QFuture>
#include <QUrl>

#include <curl/curl.h>

#include <functional>
#include <memory>
#include <vector>

namespace twofold::curl {

struct EasyDeleter
{
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
using Easy = std::unique_ptr<CURL, EasyDeleter>;

// A curl_slist whose strings are wiped before they are freed (headers may carry API keys).
class StringList
{
public:
    StringList() = default;
    StringList(const StringList&) = delete;
    StringList& operator=(const StringList&) = delete;
    ~StringList();
    // Appends a copy of text (NUL-terminated by curl). False when memory runs out.
    bool append(const char* text);
    curl_slist* get() const { return m_list; }

private:
    curl_slist* m_list = nullptr;
};

// A NUL-terminated copy of secret, for curl options that take C strings.
SecureBuffer cString(const SecureBuffer& secret);
SecureBuffer cString(QStringView text);

// A new handle with what every Twofold transfer uses: no proxy whatever the environment
// says, no signals (threads), TLS 1.2 or later with peer and host name verification, the
// caFile as the trusted CAs when given, only protocols (e.g. "smtp,smtps"), the timeouts, and
// errorBuffer (CURL_ERROR_SIZE bytes) for curl's own description. Null when curl has no memory.
Easy makeEasy(const DeliveryTimeouts& timeouts, const QString& caFile, const char* protocols,
              char* errorBuffer);

// The sentence for a failed transfer to host:port whose cause is not specific to mail or SMS:
// the name cannot be found, the connection is refused, it took too long, the certificate is
// not trusted or is for another name, TLS cannot be set up, the CA file cannot be read.
Error transferError(CURLcode code, const char* errorBuffer, const QString& host, int port);

struct HttpPost
{
    QUrl url;
    QByteArray contentType;
    QByteArray body;
    QString basicUser; // HTTP Basic auth when not empty
    const SecureBuffer* basicPassword = nullptr;
    const std::vector<WebhookHeader>* headers = nullptr;
    QString caFile;
};

struct HttpResponse
{
    long status = 0;
    QByteArray body; // at most 1 MiB is read
};

// POSTs request on the calling thread (blocking up to the timeouts), following no redirect.
// Any HTTP status is a response; only a failed exchange is an Error (transferError).
Result<HttpResponse> httpPost(const HttpPost& request, const DeliveryTimeouts& timeouts);

// Runs job on the delivery thread pool; the future carries its Status.
QFuture<Status> runOffThread(std::function<Status()> job);
// A future that has already finished with status.
QFuture<Status> readyFuture(Status status);

} // namespace twofold::curl
