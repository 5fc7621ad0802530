// What the account pages ask of core/auth: creating the account (ServerAccountCreation), then
// the kit and the first sign-in; signing in on a new computer (SignInSession, newComputer).
#include "ui/account/AccountSignInPage.h"
#include "ui/account/CreateAccountPage.h"

namespace twofold {

void CreateAccountPage::startCreation()
{
}

void AccountSignInPage::startSignIn()
{
}

} // namespace twofold
