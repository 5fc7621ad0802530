#include "delivery/CurlSupport.h"
#include "delivery/DeliveryText.h"

#include <QCoreApplication>
#include <QPromise>
#include <QThreadPool>

#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace twofold::curl {

namespace {

constexpr qsizetype kMaxResponseBytes = 1 << 20;
constexpr int kDeliveryThreads = 4;
constexpr int kIdleThreadExpiryMs = 10'000;

void ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
            std::fputs("Twofold could not initialise libcurl.\n", stderr);
            std::abort();
        }
    });
}

QThreadPool* makeDeliveryPool()
{
    auto* pool = new QThreadPool;
    pool->setMaxThreadCount(kDeliveryThreads);
    pool->setExpiryTimeout(kIdleThreadExpiryMs);
    pool->setObjectName(QStringLiteral("Twofold delivery"));
    return pool;
}

// Waits for deliveries still running when the program ends; they are bounded by their timeouts.
Q_GLOBAL_STATIC_WITH_ARGS(std::unique_ptr<QThreadPool>, deliveryPool, (makeDeliveryPool()))

size_t collectResponse(char* data, size_t size, size_t count, void* userData)
{
    auto* body = static_cast<QByteArray*>(userData);
    const size_t bytes = size * count;
    if (body->size() + qsizetype(bytes) > kMaxResponseBytes)
        return 0; // too big for an answer we only read errors from: curl stops with a write error
    body->append(data, qsizetype(bytes));
    return bytes;
}

bool contains(const char* errorBuffer, const char* text)
{
    return std::strstr(errorBuffer, text) != nullptr;
}

} // namespace

StringList::~StringList()
{
    for (curl_slist* node = m_list; node; node = node->next)
        sodium_memzero(node->data, std::strlen(node->data));
    curl_slist_free_all(m_list);
}

bool StringList::append(const char* text)
{
    curl_slist* longer = curl_slist_append(m_list, text);
    if (!longer)
        return false;
    m_list = longer;
    return true;
}

SecureBuffer cString(const SecureBuffer& secret)
{
    SecureBuffer out(secret.size() + 1);
    if (!secret.isEmpty())
        std::memcpy(out.data(), secret.data(), secret.size());
    return out;
}

SecureBuffer cString(QStringView text)
{
    const SecureBuffer utf8 = SecureBuffer::fromUtf8(text);
    return cString(utf8);
}

Easy makeEasy(const DeliveryTimeouts& timeouts, const QString& caFile, const char* protocols,
              char* errorBuffer)
{
    ensureInitialised();
    Easy easy(curl_easy_init());
    if (!easy)
        return easy;
    CURL* h = easy.get();
    errorBuffer[0] = '\0';
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_PROXY, ""); // "" ignores http_proxy and friends
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, protocols);
    curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, protocols);
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(h, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(timeouts.connectMs));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(timeouts.totalMs));
    if (!caFile.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, caFile.toLocal8Bit().constData()); // curl copies the string
    return easy;
}

Error transferError(CURLcode code, const char* errorBuffer, const QString& host, int port)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return Error(
            ErrorCode::DeliveryFailed,
            DeliveryText::tr(
                "Could not find the server %1: check its name and this computer's internet connection.")
                .arg(host));
    case CURLE_COULDNT_CONNECT:
        return Error(
            ErrorCode::DeliveryFailed,
            DeliveryText::tr(
                "%1 refused the connection on port %2: check the port, and that the server is running.")
                .arg(host)
                .arg(port));
    case CURLE_OPERATION_TIMEDOUT:
        return Error(
            ErrorCode::DeliveryTimeout,
            DeliveryText::tr(
                "%1 did not answer in time: check the server name, port and security setting, then try "
                "again.")
                .arg(host));
    case CURLE_PEER_FAILED_VERIFICATION:
        if (contains(errorBuffer, "does not match") ||
            contains(errorBuffer, "no alternative certificate subject"))
            return Error(
                ErrorCode::DeliveryFailed,
                DeliveryText::tr(
                    "The certificate of %1 is for another server name: use the name the certificate was "
                    "made for.")
                    .arg(host));
        if (contains(errorBuffer, "expired"))
            return Error(ErrorCode::DeliveryFailed,
                         DeliveryText::tr(
                             "The certificate of %1 has expired: ask the server's administrator to renew it.")
                             .arg(host));
        return Error(
            ErrorCode::DeliveryFailed,
            DeliveryText::tr(
                "The certificate of %1 is not trusted: if it is a private server, give the file of its "
                "certificate authority (CA) in the delivery settings.")
                .arg(host));
    case CURLE_SSL_CACERT_BADFILE:
        return Error(
            ErrorCode::DeliveryFailed,
            DeliveryText::tr(
                "The certificate authority (CA) file in the delivery settings could not be read: check "
                "that it exists and holds PEM certificates."));
    case CURLE_SSL_CONNECT_ERROR:
        return Error(
            ErrorCode::DeliveryFailed,
            DeliveryText::tr(
                "Could not set up an encrypted connection with %1 on port %2: check the port and the "
                "security setting.")
                .arg(host)
                .arg(port));
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return Error(ErrorCode::DeliveryFailed,
                     DeliveryText::tr("The server address \"%1\" is not valid.").arg(host));
    case CURLE_OUT_OF_MEMORY:
        return Error(ErrorCode::DeliveryFailed,
                     DeliveryText::tr("This computer ran out of memory while sending."));
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
        return Error(ErrorCode::DeliveryFailed,
                     DeliveryText::tr(
                         "%1 answered in a way Twofold does not understand: check the port and the security "
                         "setting.")
                         .arg(host));
    default:
        return Error(
            ErrorCode::DeliveryFailed,
            DeliveryText::tr("Sending through %1 failed: %2.")
                .arg(host, QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code))));
    }
}

Result<HttpResponse> httpPost(const HttpPost& request, const DeliveryTimeouts& timeouts)
{
    char errorBuffer[CURL_ERROR_SIZE];
    Easy easy = makeEasy(timeouts, request.caFile, "http,https", errorBuffer);
    if (!easy)
        return transferError(CURLE_OUT_OF_MEMORY, "", request.url.host(), 0);
    CURL* h = easy.get();
    const QByteArray url = request.url.toEncoded();
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_POST, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.constData());
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));

    bool customContentType = false;
    if (request.headers) {
        for (const WebhookHeader& header : *request.headers)
            customContentType =
                customContentType || header.name.compare(u"Content-Type", Qt::CaseInsensitive) == 0;
    }
    StringList headers;
    bool headersOk =
        (customContentType || headers.append(("Content-Type: " + request.contentType).constData())) &&
        headers.append("Accept: application/json") && headers.append("Expect:");
    if (request.headers) {
        for (const WebhookHeader& header : *request.headers) {
            const QByteArray name = header.name.toLatin1();
            SecureBuffer line(std::size_t(name.size()) + 2 + header.value.size() + 1);
            std::memcpy(line.data(), name.constData(), std::size_t(name.size()));
            std::memcpy(line.data() + name.size(), ": ", 2);
            if (!header.value.isEmpty())
                std::memcpy(line.data() + name.size() + 2, header.value.data(), header.value.size());
            headersOk = headersOk && headers.append(reinterpret_cast<const char*>(line.data()));
        }
    }
    if (!headersOk)
        return transferError(CURLE_OUT_OF_MEMORY, "", request.url.host(), 0);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(h, CURLOPT_USERAGENT, "Twofold/" TWOFOLD_VERSION_STRING);

    SecureBuffer user;
    SecureBuffer password;
    if (!request.basicUser.isEmpty()) {
        user = cString(request.basicUser);
        password = request.basicPassword ? cString(*request.basicPassword) : cString(QStringView());
        curl_easy_setopt(h, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
        curl_easy_setopt(h, CURLOPT_USERNAME, reinterpret_cast<const char*>(user.data()));
        curl_easy_setopt(h, CURLOPT_PASSWORD, reinterpret_cast<const char*>(password.data()));
    }

    HttpResponse response;
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collectResponse);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &response.body);
    const CURLcode code = curl_easy_perform(h);
    const int port = request.url.port(request.url.scheme() == QLatin1String("https") ? 443 : 80);
    if (code != CURLE_OK && !(code == CURLE_WRITE_ERROR && !response.body.isEmpty()))
        return transferError(code, errorBuffer, request.url.host(), port);
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

QFuture<Status> runOffThread(std::function<Status()> job)
{
    // OpenSSL's exit handler must be registered before the pool's: the pool is then destroyed
    // first, and its threads free their OpenSSL state before OpenSSL is cleaned up.
    ensureInitialised();
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    promise->start();
    (*deliveryPool())->start([promise, job = std::move(job)] {
        promise->addResult(job());
        promise->finish();
    });
    return future;
}

QFuture<Status> readyFuture(Status status)
{
    QPromise<Status> promise;
    QFuture<Status> future = promise.future();
    promise.start();
    promise.addResult(std::move(status));
    promise.finish();
    return future;
}

} // namespace twofold::curl
