// Fuzz target: the twofold://add-computer link (core/auth/AddComputerLink.h), which the sign-in
// page reads from a pasted text or a QR code in any picture. Besides not crashing, every link
// that parses must survive a round trip: parse(build(parse(x))) gives the same three.
#include "FuzzTarget.h"

#include "auth/AddComputerLink.h"

#include <cstdlib>

using namespace twofold;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)AddComputerLink::looksLikeLink(text);
    Result<AddComputerLink> link = AddComputerLink::parse(text);
    if (link.ok()) {
        const SecureBuffer built = AddComputerLink::build(link->server, link->email, link->key);
        Result<AddComputerLink> again = AddComputerLink::parse(QString::fromUtf8(built.view()));
        if (!again.ok() || again->server != link->server || again->email != link->email ||
            !again->key.equals(link->key))
            std::abort(); // a link we accept must be one we can write back
    }
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    return {
        QByteArrayLiteral(
            "twofold://add-computer?server=https%3A%2F%2Fsign-in.example.org&email=ann%40example.org"
            "&key=TF1-AEBAG-BAFAY-DQQCI-KBMGA-2DQPC-AIREE-YUB7Y-GQJUC"),
        QByteArrayLiteral(
            "TWOFOLD://Add-Computer/?key=tf1aebagbafaydqqcikbmga2dqpcaireeyub7ygqjuc&email=a%2Bb@x.org"
            "&server=http://127.0.0.1:8443/p&v=2"),
        QByteArrayLiteral("twofold://add-computer?server=&email=&key="),
    };
}
