// Fuzz target: the sentence SmtpSender makes of a failed exchange with a mail server
// (detail::smtpError in core/delivery/SmtpSender.cpp, and curl::transferError behind it). The
// input's first byte is curl's result code (modulo CURL_LAST), the next two the server's last
// reply code (big-endian, modulo 1000), the rest curl's error buffer as a C string of at most
// CURL_ERROR_SIZE bytes: text that quotes the server. Besides never crashing, every failure
// becomes a sentence with a delivery code: DeliveryAuthFailed exactly for a refused sign-in
// (curl's login denied, or a 530/535 reply to a send), DeliveryTimeout exactly for a timeout.
#include "FuzzTarget.h"

#include "delivery/SmtpError.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>

using namespace twofold;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 3)
        return 0;
    const auto code = CURLcode(data[0] % int(CURL_LAST));
    const long reply = long((unsigned(data[1]) << 8 | unsigned(data[2])) % 1000);
    std::array<char, CURL_ERROR_SIZE> errorBuffer{}; // as curl leaves it: NUL-terminated
    std::memcpy(errorBuffer.data(), data + 3, std::min(size - 3, errorBuffer.size() - 1));

    SmtpSettings settings;
    settings.host = QStringLiteral("smtp.example.com");
    settings.port = 587;
    settings.username = QStringLiteral("alice");
    settings.password = SecureBuffer::fromUtf8(QStringLiteral("secret"));
    settings.fromAddress = QStringLiteral("twofold@example.com");
    const Error e =
        detail::smtpError(code, errorBuffer.data(), reply, settings, QStringLiteral("alice@example.org"));

    if (e.message.isEmpty())
        std::abort();
    const bool refusedSignIn =
        code == CURLE_LOGIN_DENIED || (code == CURLE_SEND_ERROR && (reply == 530 || reply == 535));
    if (refusedSignIn != (e.code == ErrorCode::DeliveryAuthFailed))
        std::abort();
    if ((code == CURLE_OPERATION_TIMEDOUT) != (e.code == ErrorCode::DeliveryTimeout))
        std::abort();
    if (e.code != ErrorCode::DeliveryAuthFailed && e.code != ErrorCode::DeliveryTimeout &&
        e.code != ErrorCode::DeliveryFailed)
        std::abort();
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    auto failure = [](CURLcode code, int reply, const QByteArray& buffer) {
        QByteArray out;
        out += char(code);
        out += char(reply >> 8);
        out += char(reply & 0xff);
        return out + buffer;
    };
    return {
        failure(CURLE_LOGIN_DENIED, 535, "Login denied"),
        failure(CURLE_USE_SSL_FAILED, 0, "STARTTLS not supported."),
        failure(CURLE_SEND_ERROR, 530, "MAIL failed: 530"),
        failure(CURLE_SEND_ERROR, 550, "MAIL failed: 550"),
        failure(CURLE_SEND_ERROR, 553, "RCPT failed: 553"),
        failure(CURLE_SEND_ERROR, 554, "DATA failed: 554"),
        failure(CURLE_SEND_ERROR, 0, "Send failure: Broken pipe"),
        failure(CURLE_WEIRD_SERVER_REPLY, 421, "Got unexpected smtp-server response: 421"),
        failure(CURLE_WEIRD_SERVER_REPLY, 220, "Got unexpected smtp-server response: 220"),
        failure(CURLE_PEER_FAILED_VERIFICATION, 0,
                "SSL: no alternative certificate subject name matches target host name 'smtp.example.com'"),
        failure(CURLE_PEER_FAILED_VERIFICATION, 0, "SSL certificate problem: certificate has expired"),
        failure(CURLE_PEER_FAILED_VERIFICATION, 0, "SSL certificate problem: self-signed certificate"),
        failure(CURLE_COULDNT_RESOLVE_HOST, 0, "Could not resolve host: smtp.example.com"),
        failure(CURLE_COULDNT_CONNECT, 0, "Failed to connect to smtp.example.com port 587"),
        failure(CURLE_OPERATION_TIMEDOUT, 0, "Operation timed out after 10001 milliseconds"),
        failure(CURLE_SSL_CONNECT_ERROR, 0, "OpenSSL SSL_connect: SSL_ERROR_SYSCALL"),
        failure(CURLE_RECV_ERROR, 0, "Recv failure: Connection reset by peer"),
        failure(CURLE_REMOTE_ACCESS_DENIED, 550, "\xff\xfe not UTF-8 \x1b[31m"),
        failure(CURLE_FILESIZE_EXCEEDED, 552, ""),
    };
}
