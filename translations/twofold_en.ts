<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Text</name>
        <message>
            <location filename="../core/platform/FileSecretStore.cpp" line="+41" />
            <source>The remembered-computer file %1 could not be written. Check that the folder exists and that you may write there.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::Account</name>
        <message>
            <location filename="../ui/account/AccountText.cpp" line="+23" />
            <source>A server address has no spaces: check "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>"%1" is not a server address: it should look like https://sign-in.example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server address must start with https://: codes and your account would otherwise cross the network unprotected. (Plain http:// is only for a server on this computer.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server address must start with https://, not %1://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Leave the user name and password out of the server address: Twofold asks for your email and master password separately.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server address cannot have "?" or "#" in it: give only the address your administrator gave you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The port in "%1" is not a port number (1 to 65535).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Enter the address of your Twofold server (your administrator has it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Enter your email address: it is your account's name on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Choose a master password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Choose a stronger master password: the line under it says why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Type the master password again to confirm it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The two passwords do not match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Enter your master password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Enter your account key: it is in your emergency kit and starts with TF1-.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This computer does not have your account key yet. Type it from your emergency kit: it is needed once on each computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/account/AccountWidgets.cpp" line="+44" />
            <source>Where to keep the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/account/AccountText.cpp" line="+6" />
            <source>From your emergency kit (TF1-…): each new computer needs it once, before the code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The picture %1 could not be opened: choose a PNG, JPEG or BMP file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The QR code in this picture is not a Twofold "Add a computer" code. On a computer that is signed in, open Settings &gt; Security &gt; Add a computer… and use the code it shows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The server, the email and the account key were filled in from the code. Type your master password to sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Read the account key from a picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This vault is kept on this computer only, with no account on a server, so no other computer can sign in to it. Copy the vault file instead, or create a Twofold server account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This computer does not keep the account key of this vault. Use the account key from your emergency kit on the other computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This computer's copy of the vault, its account key and the token that remembers this computer are removed from this computer. Your account %1 on %2 and your other computers are not touched: sign in again here with your master password, your account key and your second factor.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n changes made on this computer have not reached the server yet and will be lost. Cancel and sync first to keep them.</source>
            <translation>
                <numerusform>%n change made on this computer has not reached the server yet and will be lost. Cancel and sync first to keep it.</numerusform>
                <numerusform>%n changes made on this computer have not reached the server yet and will be lost. Cancel and sync first to keep them.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>This computer is signed out of %1 and has forgotten it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This computer is signed out of %1 and has forgotten it, but the server could not be told to stop remembering it (%2). Revoke it from another computer in Settings &gt; Security.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>the master password was not given</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::AtomicFile</name>
        <message>
            <location filename="../core/vault/AtomicFile.cpp" line="+91" />
            <source> Your changes are still open: nothing was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The disk holding %1 is full, so the vault was not saved. Free some space and save again, or save to another place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 is on a read-only disk, so the vault was not saved. Save it to another place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 is on a read-only disk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>You do not have permission to write next to %1, so the vault was not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>You do not have permission to read %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The folder of %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The vault could not be saved to %1 (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 could not be read (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/vault/AtomicFile_posix.cpp" line="+155" />
            <source>The vault was written, but the disk did not confirm it (%1). Save again before you turn the computer off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/vault/AtomicFile.cpp" line="-65" />
            <source>%1 could not be removed (%2).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::Auth</name>
        <message numerus="yes">
            <location filename="../core/auth/AuthSentences.cpp" line="+14" />
            <source>%n seconds</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source>a second</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source>a minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 is not turned on for this vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Authenticator codes are made by the app on your phone: nothing is sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Too many wrong codes in a row. Try again in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>A code was sent just now. You can ask for another in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Five codes were sent in the last hour, the most allowed. You can ask for another in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>That code is not right. You can try it once more.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>That code is not right. You can try it %n more times.</source>
            <translation>
                <numerusform>That code is not right. You can try it %n more time.</numerusform>
                <numerusform>That code is not right. You can try it %n more times.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>That code is not right, and it has now been tried three times: ask for a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>That code has expired (codes last 10 minutes): ask for a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>No code by text message is waiting to be checked: ask for a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No code by email is waiting to be checked: ask for a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>That code has been used already. Wait for the next one in your authenticator app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>That code is not right. Enter the code your authenticator app shows for Twofold now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>That recovery code is not right, or it has been used already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This computer is no longer remembered: enter a code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This vault asks for a code at every sign-in, so computers are not remembered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Two-factor sign-in is not on for this vault: turn on a method first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>That is not the code that was sent. You can try it once more.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>That is not the code that was sent. You can try it %n more times.</source>
            <translation>
                <numerusform>That is not the code that was sent. You can try it %n more time.</numerusform>
                <numerusform>That is not the code that was sent. You can try it %n more times.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>That code is not right. Check that the setup key was entered exactly and that your phone's clock is right, then enter the code the app shows now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>One more wrong code locks sign-in for a while.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>After %n more wrong codes, sign-in is locked for a while.</source>
            <translation>
                <numerusform>After %n more wrong code, sign-in is locked for a while.</numerusform>
                <numerusform>After %n more wrong codes, sign-in is locked for a while.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>The SMS gateway refused Twofold's sign-in: check the account and token in the delivery settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The mail server refused the sign-in: check the SMTP user name and password in the delivery settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The SMS gateway did not answer in time. Check the network and the delivery settings, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The mail server did not answer in time. Check the network and the delivery settings, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No SMS gateway is set up to send codes: set one up in the delivery settings first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No mail server is set up to send codes: set one up in the delivery settings first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The code could not be sent: the SMS gateway could not be reached or refused it. Check the delivery settings and the number, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The code could not be sent: the mail server could not be reached or refused it. Check the delivery settings and the address, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>the disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the disk is read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Twofold may not write to the vault's folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the vault file could not be written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Twofold could not record this sign-in step in the vault file (%1), so no code can be accepted now. Free the disk or make it writable, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The sign-in verifier answered for another vault. Close the vault and sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The sign-in verifier speaks another version of Twofold's sign-in protocol. Update Twofold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The vault's master password was changed in another program. Close the vault and sign in again with the new password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>That password is not right for this vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>That item does not exist any more: it may have been removed in another program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>The new delivery settings were not saved, because a test code could not be sent with them: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>The vault file was moved or deleted while you were signing in. Choose it again, then sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The vault file could not be read while you were signing in. Check that its disk is connected and that you may read it, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The vault was saved by a newer Twofold. Update Twofold to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+123" />
            <source>Another computer changed the vault on the server first. Twofold fetches its changes and sends yours again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/DeliveryCodeSender.cpp" line="+32" />
            <source>Codes cannot be sent by email yet: set up the mail server first (Preferences &gt; Security &gt; Delivery, or twofold-cli delivery set smtp).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Codes cannot be sent by text message yet: set up the SMS gateway first (Preferences &gt; Security &gt; Delivery, or twofold-cli delivery set sms).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="-230" />
            <location filename="../core/auth/TwoFactorStatus.cpp" line="+21" />
            <source>The sign-in verifier and this program do not understand each other. Update Twofold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/Policy.cpp" line="+21" />
            <source>The administrator's policy file %1 is not valid (%2), so Twofold cannot tell how sign-in must work and will not start it. Ask your administrator to correct the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>it cannot be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>it is far too large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1 at character %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>it must be one JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>"twoFactor" must be "off", "optional" or "required"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>"allowedMethods" must be a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>"allowedMethods" may list only "authenticator", "email" and "sms"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>two-factor sign-in is required but no method is allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>"server" must be an https:// address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/SignInMethod.cpp" line="+36" />
            <source>Authenticator app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Text message (SMS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/SignInSession.cpp" line="+27" />
            <source>This vault needs a second factor, but its two-factor settings have no method turned on. Try the backup copy of the vault (the same name ending in .bak).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>This computer does not have the account key of this vault. Give the account key from your emergency kit (TF1-…), or sign in to the account again on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The sign-in server accepted the password and the code, but the account key does not fit this vault: give the account key from this account's emergency kit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+204" />
            <source>There is already a file at %1: sign in to it, or choose another place for this account's vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+426" />
            <source>This computer could not be remembered: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+133" />
            <source>This computer could not keep the account key: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/TwoFactorSettings.cpp" line="+24" />
            <source>Enter your master password again to change the two-factor settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+320" />
            <location line="+12" />
            <source>No remembered computer was chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-327" />
            <source>Wait for the change being made to finish.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="+55" />
            <location filename="../core/auth/TwoFactorSettings.cpp" line="+205" />
            <source>This vault was opened read-only, so its two-factor settings cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Your sign-in server sends the codes itself, so its administrator keeps these settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>An account with this email exists on the server already: sign in to it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The sign-in server could not be reached. Check the connection and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The sign-in server %1 could not be reached. Check the connection and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+139" />
            <source>The certificate of the sign-in server %1 is not trusted on this computer, so nothing was sent to it. If your administrator uses a certificate authority of their own, set TWOFOLD_SERVER_CA to its certificate file (twofold-cli also takes --server-ca FILE).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-131" />
            <source>The sign-in server is busy. Try again in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The sign-in server %1 is busy. Try again in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The sign-in server could not take the request. Try again later, or ask its administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The sign-in server %1 could not take the request. Try again later, or ask its administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+139" />
            <location filename="../core/auth/TwoFactorSettings.cpp" line="+58" />
            <source>Your administrator requires two-factor sign-in, so the last method cannot be turned off. Turn on another method first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-190" />
            <source>Give the app password a name, such as the script that uses it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>An app password named "%1" exists already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This vault has as many app passwords as it can hold: revoke one first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/ServerSettings.cpp" line="+158" />
            <location filename="../core/auth/TwoFactorSettings.cpp" line="+129" />
            <source>No app password is named "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/TwoFactorSetup.cpp" line="+26" />
            <source>Your administrator has turned two-factor sign-in off on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="+180" />
            <location filename="../core/auth/TwoFactorSetup.cpp" line="+3" />
            <source>Your administrator does not allow %1 for signing in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/TwoFactorSetup.cpp" line="+5" />
            <source>No method is being set up: start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="-228" />
            <source>The two-factor settings kept in this vault are damaged, so the second factor cannot be checked. Try the backup copy of the vault (the same name ending in .bak).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/AccountKey.cpp" line="+55" />
            <source>The account key kept on this computer is damaged: give the account key from your emergency kit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source> (the key has no zeros: it may be the letter O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source> (the key has no ones: it may be the letter I or L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source> (the key has no eights: it may be the letter B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>An account key has only the letters A to Z and the digits 2 to 7: "%1" at place %2 is not one of them%3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>An account key has %1 letters and digits after "TF1" (eight groups of five); this one has %2. Compare it with your emergency kit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>This account key has a typo: compare each group of five with your emergency kit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/ServerAccount.cpp" line="+129" />
            <source>"%1" is not an email address: the account is named by one, such as name@example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>This computer has no place to keep the account key, so no account can be made here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>There is already a file at %1. Choose another place for the new vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+103" />
            <source>The account %1 was made on %2, but %3 Sign in to it with "account sign-in" on this computer once that is fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/ServerEndpoint.cpp" line="+41" />
            <source>"%1" is not the address of a sign-in server: give it as https://host or https://host:port.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The sign-in server's address must start with https:// ("%1" does not).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The sign-in server's address may not carry a user name, a password, a query or a fragment: give it as https://host or https://host:port.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The sign-in server %1 would be reached without encryption: use https:// (plain http:// is only allowed on this computer's own address).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The certificate file %1 could not be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/ServerSettings.cpp" line="-136" />
            <source>This change needs the vault opened by signing in to its account with the master password (not with an app password). Lock the vault, sign in, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+77" />
            <source>The sign-in server has the new master password, but this computer's vault file could not be saved: %1 Sign in with the new master password from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/AddComputerLink.cpp" line="+22" />
            <source>This is not a Twofold "Add a computer" link: it starts with twofold://add-computer. Copy the whole link again from the computer that is signed in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <source>This "Add a computer" link is far too long to be one: copy it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>This "Add a computer" link gives its %1 twice: copy the whole link again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>This "Add a computer" link has no server address: copy the whole link again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This "Add a computer" link has no email: copy the whole link again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This "Add a computer" link has no account key: copy the whole link again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The server address in this "Add a computer" link is not a web address (https://…): copy the whole link again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The email in this "Add a computer" link is not an email address: copy the whole link again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/auth/ForgetComputer.cpp" line="+23" />
            <source>This vault is kept on this computer only, with no account on a server: there is nothing to sign out of, and removing its file would lose it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::Cli</name>
        <message>
            <location filename="../app/cli/SignIn.cpp" line="+60" />
            <source>Account key (TF1-…; press Enter if this computer has it): </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Account key (TF1-…): </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the account key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>This computer does not have the account key of this vault: give it (TF1-…, from your emergency kit) on the line after the master password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>--method takes authenticator, email or sms (for a recovery code, give --recovery-code).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>A sign-in code was sent to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>This computer is remembered until %1: later sign-ins here skip the code.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Recovery code accepted: %n left. Every remembered computer was forgotten.</source>
            <translation>
                <numerusform>Recovery code accepted: %n left. Every remembered computer was forgotten.</numerusform>
                <numerusform>Recovery code accepted: %n left. Every remembered computer was forgotten.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Twofold signed in but could not open the vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Your administrator does not allow the method %1: give another --method.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Recovery code: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>a recovery code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Code from your authenticator app: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="+111" />
            <source>Code you received: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the sign-in code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This vault asks for the code at every sign-in, so this computer is not remembered ("2fa ask new-computers" changes that).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>The environment variable %1 (named by --password-env) is not set or empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>the master password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>There is no vault at %1: create one with "twofold-cli init", or name another with --vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+58" />
            <source>Master password: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-21" />
            <source>Your administrator requires two-factor sign-in and this vault has none yet: turn on a method first with "twofold-cli 2fa enable authenticator" (or email or sms; see "twofold-cli 2fa status" for those allowed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-83" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Two-factor sign-in: on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Two-factor sign-in: off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source> (default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>, added %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Recovery codes left: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Code asked: at every sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Code asked: on computers not remembered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remembered computers: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Codes are checked by %1 (the sign-in server; it sends email and SMS codes itself)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Delivery settings: saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delivery settings: none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Policy: %1 (no policy file at %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Policy: %1 (from %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Methods allowed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Current code from your authenticator app: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the code that confirms the new method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Say where the codes go with --address ADDRESS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Say where the codes go with --phone NUMBER.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>--address goes with email and --phone with sms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>%1 is already on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Your administrator does not allow the method %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Add this account to your authenticator app: open the link below, or type the setup key for %1 (issuer %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>A code was sent to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 is on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>%1 is already off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 is off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 is off; two-factor sign-in is now off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>%1 is now the method asked first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>"%1" is not a choice: say always or new-computers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The code is now asked at every sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The code is now asked only on computers not remembered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>The master password was changed; every remembered computer was forgotten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>The old recovery codes no longer work.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>Every remembered computer was forgotten (%n in all).</source>
            <translation>
                <numerusform>The remembered computer was forgotten.</numerusform>
                <numerusform>Every remembered computer was forgotten (%n in all).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>The app password "%1" follows; it is not shown again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>The app password "%1" was revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Show the vault's two-factor sign-in methods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Turn a second-factor method on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>authenticator prints the otpauth:// link and the setup key, one a line, then reads a current code; email and sms send a code and read it. The first method turned on prints ten recovery codes, one a line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>email: where the codes go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>sms: the mobile number the codes go to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>sms: the country the number is dialled from (GB, US, …)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>authenticator: the account name the app shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Turn a second-factor method off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Make a method the one asked first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Ask the code at every sign-in, or only on computers not remembered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Change the master password (the new one is the next line of standard input with --password-stdin)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Make a new set of recovery codes (the old set stops working)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Forget every remembered computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Make an app password for a script (shown once)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>List app passwords: name, created, last used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Revoke an app password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/Arguments.cpp" line="+90" />
            <source>There is no option %1 (see twofold-cli --help).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>There is no option --%1 (see twofold-cli --help).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The option --%1 takes no value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The option --%1 needs a value: --%1 %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The option --%1 is given more than once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Name a command (see twofold-cli --help).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The command "%1" needs one of: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location filename="../app/cli/CommandTable.cpp" line="+139" />
            <source>There is no command "%1" (see twofold-cli --help).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>The option --%1 does not apply to "%2" (see twofold-cli help %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The command "%1" needs more arguments: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The command "%1" does not take "%2": %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>The option --%1 needs a whole number, not "%2".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The option --%1 must be between %2 and %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/CommandHelpers.cpp" line="+98" />
            <source>%1 entries in the trash are called "%2": name one by its id (shown by "trash ls --ids").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>There is no entry called "%1" in the trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+81" />
            <source>The user name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The tags, separated by commas ("" for none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The group, as a path "A/B" (created if missing; "" for the top)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Set a random password of N characters (default 20) instead of asking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/CommandTable.cpp" line="-104" />
            <source>Explain a command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Usage: twofold-cli [OPTIONS] COMMAND [ARGUMENTS]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Twofold's command line: your vault, and passwords and passphrases, for people and scripts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Commands:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Options for every command (before or after it):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>ENTRY is the exact title of an entry, or its id (see "ls --ids"). Secrets are never taken from the command line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Exit status: 0 success, 1 usage, 2 wrong password or code, 3 locked out, 4 a problem with the vault file, 5 the mail server, SMS gateway or sign-in server could not be reached or refused delivery.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>"twofold-cli help COMMAND" explains a command.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source> [OPTIONS]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Usage: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Options:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The options for every command (--vault, --password-stdin, …) are listed by "twofold-cli --help".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Usage:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>"twofold-cli help %1 ACTION" explains an action.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>The vault file (default: $TWOFOLD_VAULT, else vault.twofold in Twofold's data folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Read the master password, then every later answer, one line each from standard input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Take the master password from the environment variable VAR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sign in with this second factor: authenticator, email or sms (default: the vault's default method)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The second-factor answer is one of the vault's recovery codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>After a right code, remember this computer for 30 days: later sign-ins here skip the code when the vault allows it (2fa ask new-computers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The password given is one of the vault's app passwords (no second factor is asked; two-factor settings cannot be changed with it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The sign-in server of a new account (account create, account sign-in); later commands take it from the vault file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Trust only the certificate authorities in this PEM file for the sign-in server (a private CA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Show this help, or a command's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show the version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/Console.cpp" line="+89" />
            <source>Twofold needs %1, but there is no terminal to ask on: pass --password-stdin to give it as a line of standard input.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <location line="+23" />
            <source>The answer giving %1 is longer than %2 bytes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-18" />
            <location line="+22" />
            <source>The input ended before %1 was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-21" />
            <source>Standard input ended before %1 was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>The two entries of %1 differ; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/DeliveryCommands.cpp" line="+69" />
            <source>--security takes starttls, tls or none (none only for this computer).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>delivery set smtp needs --host HOST and --from ADDRESS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>SMTP password for %1: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>the SMTP password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Twilio auth token: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>the auth token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>--provider takes twilio or webhook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>delivery set takes smtp or sms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The delivery settings were saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Say where the test goes: --to ADDRESS for mail, --phone NUMBER for SMS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>No mail server is set: use "twofold-cli delivery set smtp" first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A test mail was sent to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>A test message was sent to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Set where sign-in codes are sent from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>smtp: --host, --port, --security, --user, --from, --from-name, --ca-file; the SMTP password is the next answer. sms: --provider twilio with --base-url, --account-sid and --from (the auth token is the next answer), or --provider webhook with --url and --body-template.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>smtp: the mail server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>smtp: its port (default: 587, or 465 with tls)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>smtp: starttls (default) or tls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>smtp: the user name to sign in with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the sender: a mail address, or an SMS number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>smtp: the sender's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>extra certificate authorities to trust</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>sms: twilio or webhook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>sms: the Twilio API's address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>sms: the Twilio account SID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>sms: the webhook's address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>sms: the webhook's JSON, with {to}, {body} and {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Send a test mail or SMS with the delivery settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>send a test mail here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>send a test SMS here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the country the number is dialled from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/EntryCommands.cpp" line="+24" />
            <source>There is already an entry called "%1": choose another title, or change that entry with "twofold-cli edit".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Password for "%1": </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="+59" />
            <location filename="../app/cli/EntryCommands.cpp" line="+1" />
            <location filename="../app/cli/IoCommands.cpp" line="+164" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-163" />
            <location filename="../app/cli/VaultCommands.cpp" line="+57" />
            <source>Type it again: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/EntryCommands.cpp" line="+0" />
            <source>the entry's password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+46" />
            <source>An entry needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-17" />
            <source>Added "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Say what to change, for example --username U (see twofold-cli help edit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Give --generate or --ask-password, not both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>Changed "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>"%1" is already in the trash: "rm --permanent" deletes it for good.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Deleted "%1" for good.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Moved "%1" to the trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Restored "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The trash is already empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Deleted 1 entry for good.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Deleted %1 entries for good.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The new title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Ask for a new password (the next line of standard input with --password-stdin)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location filename="../app/cli/VaultCommands.cpp" line="+131" />
            <source>Print each entry's id, a tab, then its title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Add an entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Without --generate, asks for the entry's password (twice at a terminal; the line after the master password with --password-stdin).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Change an entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Only the fields named by options change; the old password is kept in the entry's history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Move an entry to the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Delete it for good instead (also an entry already in the trash)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>List the entries in the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Take an entry out of the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Delete every entry in the trash for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/EventWait.h" line="+39" />
            <source>Twofold gave up waiting after two minutes; nothing more was done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/GenerateCommand.cpp" line="+31" />
            <source>Give --length for a password or --words for a passphrase, not both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The option --%1 applies to passwords, not to passphrases (--words).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The option --%1 applies to passphrases: add --words N.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Print a random password or passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A password of 20 characters with lower and upper case letters, digits and symbols (at least one of each) unless told otherwise; with --words, a passphrase of words from the EFF large word list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>A password of N characters (8 to 128; default 20)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A passphrase of N words (3 to 20) instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No lower-case letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No upper-case letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No symbols</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Leave out characters easily mistaken for others (I l 1 | O 0 o)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Put S between the words (default "-")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Start each word with a capital letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/OtpCommands.cpp" line="+32" />
            <source>otpauth:// link or setup URI: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>the otpauth:// link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>--at takes a time in seconds since 1970 (Unix time), such as 1700000000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>"%1" has no two-factor code: add one with "twofold-cli edit ENTRY --otp URI".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Valid for %1 more seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Counter %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>A two-factor (otpauth://) link for the entry; "-" reads it from standard input, after any password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Print the code an otpauth:// link gives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Needs no vault. "-" reads the link from standard input, which keeps the secret off the command line. HOTP links use their counter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The code at this time instead of now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Print an entry's current two-factor code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/SettingsSession.cpp" line="+49" />
            <source>"%1" is not a sign-in method: say authenticator, email or sms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Your recovery codes follow, one a line. Keep them somewhere safe: each signs in once when no other method can, and they are not shown again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="-29" />
            <source>Say which sign-in server keeps the account: --server https://host[:port].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/CommandHelpers.cpp" line="+54" />
            <source>The option --kdf-memory must be between 1 and %1 MiB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>--kdf-memory times --kdf-iterations may be at most %1 (MiB times passes): more would make every unlock take minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="+24" />
            <source>There is already a file at %1: name another with --vault for the account's vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>Created the account %1 on %2 and its vault %3. Your account key follows: it is shown only now. Keep it with your master password (print it, or store it offline): another computer needs it to open this vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>There is already a file at %1: it may be this account's vault (then use it with no --server), or name another with --vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Signed in to %1 on %2: this computer's vault is %3. Later commands on it go through the server with no --server.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>The vault holds %n entries.</source>
            <translation>
                <numerusform>The vault holds %n entry.</numerusform>
                <numerusform>The vault holds %n entries.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>Create an account on a sign-in server (--server) and its vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Asks for the new master password (twice at a terminal, once with --password-stdin), makes the account on the server named by --server and the vault at --vault (or the default path), and prints the account key on a line of its own, once. The server checks the second factor: the vault file opens only with the master password, the account key (kept on this computer) and what the server releases.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Sign in to a server account on this computer (--server)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Makes this computer's vault file for the account at --vault (or the default path). Answers, one a line with --password-stdin: the master password; the account key (TF1-…; an empty line when this computer keeps it already); then the second-factor code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="-138" />
            <source>There is already a file at %1: name another with --vault, or open that vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="-100" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="+0" />
            <location filename="../app/cli/VaultCommands.cpp" line="+7" />
            <source>New master password: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="+0" />
            <location filename="../app/cli/VaultCommands.cpp" line="+1" />
            <source>the new master password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/CommandHelpers.cpp" line="-21" />
            <source>Strength: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="+9" />
            <location filename="../app/cli/VaultCommands.cpp" line="+7" />
            <source>Measuring this computer, so that unlocking takes about a second…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="+5" />
            <source>Created the vault %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Say what to search for: twofold-cli search TERM.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>There is no field "%1": name one of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+48" />
            <source>Title: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>User name: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Password: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/IoCommands.cpp" line="-126" />
            <source>There is no file %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 cannot be read: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>There is no import format "%1": name one of auto, %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The option --duplicates takes skip, keep or update.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Imported %1 entries from %2 (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 added, %2 updated, %3 duplicates skipped; in the file: %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-179" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Skipped: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Write %L1 entries unencrypted to %2? [y/N] </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the answer to the question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>There is no export format "%1": name one of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Password for the export: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the export's password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The export's password cannot be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Wrote %L1 entries, encrypted, to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wrote %L1 entries to %2 (readable only by you).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>VERSION is the number "show --history" lists (1 or more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The password of "%1" is version %2 again; the one it replaces is in its history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Kind: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location filename="../app/cli/VaultCommands.cpp" line="+1" />
            <source>Web address: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Password history: none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Password version %1 (until %2): </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Older version %1 (changed %2 on another computer or this one): title "%3", user name "%4", web address "%5", notes "%6"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Older version %1's password: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Add the entries of another manager's export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>FORMAT is auto (guessed from the content) or one of bitwarden-json, bitwarden-csv, 1password-1pux, 1password-csv, keepass-xml, keepassxc-csv, chrome-csv, firefox-csv, lastpass-csv, msecure-csv, otpauth, aegis-json, otpauth-migration. A malformed file is refused with the line or item at fault and nothing is written; whatever is skipped is listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>What to do with an entry whose web address and user name are already in the vault (default skip)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Write the entries to a file for another manager or a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>FORMAT is twofold-json (everything, encrypted with a password you choose unless --plain), keepass-xml, bitwarden-json or csv. Plain-text exports ask first and are readable only by you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>twofold-json without encryption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Make an older password (see show --history) current again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="+1" />
            <source>Group: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tags: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Notes: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Created: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Modified: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>In the trash since: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Id: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Create a new vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Asks for the new master password twice at a terminal (once with --password-stdin or --password-env) and refuses one that is too easy to guess. The key derivation is tuned to this computer unless --kdf-memory or --kdf-iterations is given (the other then keeps its default: 256 MiB, 3 iterations).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="+66" />
            <location filename="../app/cli/VaultCommands.cpp" line="+7" />
            <source>Memory of the key derivation (Argon2id), in MiB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location filename="../app/cli/VaultCommands.cpp" line="+3" />
            <source>Iterations of the key derivation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="+5" />
            <source>List the entries by title (of GROUP and its subgroups)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>GROUP is a path "A/B" or an id. Entries in the trash are left out (see "trash ls").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>List the entries whose title, user name, web address, tags or notes hold every term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Case and accents do not matter. Entries in the trash are left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Show an entry (the password as ******** unless --reveal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Print only this field: title, username, password, url, group, tags, notes, created, modified or id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Print the password itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Also list the older passwords</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-12" />
            <source>Policy: %1 (your organisation's, as %2 enforces it)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SyncCommands.cpp" line="+35" />
            <source>  removed an entry for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>  added "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>  removed "%1" for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>  changed "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>  added the group "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>  removed the group "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>  changed the group "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>  named the vault "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Changed on this computer and another: the newer edit is current, the other is kept in the entry's versions (show ENTRY --history):</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n record(s) on the server could not be opened with this vault's key and were skipped.</source>
            <translation>
                <numerusform>%n record on the server could not be opened with this vault's key and was skipped.</numerusform>
                <numerusform>%n records on the server could not be opened with this vault's key and were skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n change(s) are kept in the vault and will be sent at the next sync.</source>
            <translation>
                <numerusform>%n change is kept in the vault and will be sent at the next sync.</numerusform>
                <numerusform>%n changes are kept in the vault and will be sent at the next sync.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+30" />
            <source>This vault is not on a sign-in server, so there is nothing to sync it with. Vaults made with "twofold-cli account create" sync.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Received %n change(s):</source>
            <translation>
                <numerusform>Received %n change:</numerusform>
                <numerusform>Received %n changes:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Sent %n change(s):</source>
            <translation>
                <numerusform>Sent %n change:</numerusform>
                <numerusform>Sent %n changes:</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Already in sync: nothing new here or on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Fetch the changes other computers made and send this computer's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Prints what came in, what went out, and the entries changed on this computer and another (the newer edit is current, the other is kept in the entry's versions). Every command that changes a vault on a sign-in server also sends its change; offline, changes are kept in the vault file and sent by the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/IoCommands.cpp" line="-95" />
            <source>"%1" is its older version %2 again; the entry as it was is kept as its newest older version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+101" />
            <source>Make an older version of a whole entry (kept when it was changed on two computers, see show --history) current again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-103" />
            <source>VERSION is the number of an older version "show --history" lists (1 or more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/Console.cpp" line="-102" />
            <source>The answer giving %1 is not UTF-8 text: its byte %2 is not valid there. Twofold reads every answer as UTF-8.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/Arguments.cpp" line="-23" />
            <source>The argument "%1" is not UTF-8 text: its byte %2 (0x%3) is not valid there. twofold-cli takes every argument as UTF-8.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/SignIn.cpp" line="-53" />
            <source>The environment variable %1 (named by --password-env) is not UTF-8 text: its byte %2 is not valid there. Twofold reads passwords as UTF-8.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/CommandHelpers.cpp" line="-36" />
            <source>The new master password is not UTF-8 text (its byte %1 is not valid there): choose one you can type on any keyboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The new master password holds %1, a control character or noncharacter that a keyboard cannot type: choose one you can type wherever you unlock the vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>twofold-cli has ended without the change: the vault file is as it was before it. Run the command again once that is fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="-14" />
            <source>With --field, only that field's value is printed (tags one a line): "show ENTRY --field password --reveal" prints the password alone. Control characters in any value, the password too, are printed as escapes (\e, \a, \r, \x00, \u202e), so no entry can drive the terminal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/IoCommands.cpp" line="-191" />
            <source>%1 is not UTF-8 text: its line %2 holds a byte that is not valid there. Save the file as UTF-8 and import it again; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/AttachmentCommands.cpp" line="+113" />
            <source>"%1" has no attachments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-59" />
            <location line="+4" />
            <source>%1 could not be read: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-11" />
            <source>%1 is %2; an attachment can be at most %3 MiB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>%1 is a folder; attach the files in it one by one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>%1 is larger than %2 MiB, the most an attachment can be.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>--name names one file; give one FILE with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Attached "%1" (%2) to "%3".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/IoCommands.cpp" line="+219" />
            <source>Attachment %1: %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-76" />
            <source>Attachments left out (%1 has no place for them): %L2. twofold-json keeps them, or save them with "attachment save".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/AttachmentCommands.cpp" line="+96" />
            <source>Each file can be at most 16 MiB, and an entry can have 100. They are read from the vault only when you save one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>Keep files with an entry, encrypted in the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>List an entry's attachments: number, name, size, added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>NAME is the attachment's name or its number in "attachment ls". Without FILE, it is saved under its name in the current folder. The file is readable only by you; an existing file is kept unless --force.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Remove an attachment from an entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-42" />
            <source>Removed "%1" from "%2".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Replace a file that is already there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-59" />
            <source>Saved "%1" (%2) to %3 (readable only by you).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>The attachment's name (default: the file's name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-50" />
            <source>There is already a file at %1: give another FILE, or --force to replace it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-106" />
            <source>There is no file at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+169" />
            <source>Write an attachment to a file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::Delivery</name>
        <message>
            <location filename="../core/delivery/MailMessage.cpp" line="+134" />
            <source>Enter an email address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is not an email address: it should look like name@example.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>"%1" has letters Twofold cannot send to: use an address written with Latin letters, digits and punctuation only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Your Twofold sign-in code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location filename="../core/delivery/SmsGateway.cpp" line="+16" />
            <source>Your Twofold sign-in code is %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <location line="+14" />
            <location filename="../core/delivery/SmsGateway.cpp" line="+1" />
            <source>It expires in %n minutes.</source>
            <translation>
                <numerusform>It expires in %n minute.</numerusform>
                <numerusform>It expires in %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-12" />
            <source>If you did not try to sign in, change your master password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Your Twofold setup code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Your code to turn on sign-in codes by email in Twofold is %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This is a setup check, not a sign-in. If you are not setting up Twofold, ignore this message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Twofold test message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This is a test message from Twofold: your email delivery settings work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/delivery/CurlSupport.cpp" line="+124" />
            <source>Could not find the server %1: check its name and this computer's internet connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 refused the connection on port %2: check the port, and that the server is running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 did not answer in time: check the server name, port and security setting, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The certificate of %1 is for another server name: use the name the certificate was made for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The certificate of %1 has expired: ask the server's administrator to renew it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The certificate of %1 is not trusted: if it is a private server, give the file of its certificate authority (CA) in the delivery settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The certificate authority (CA) file in the delivery settings could not be read: check that it exists and holds PEM certificates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Could not set up an encrypted connection with %1 on port %2: check the port and the security setting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The server address "%1" is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This computer ran out of memory while sending.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 answered in a way Twofold does not understand: check the port and the security setting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Sending through %1 failed: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/delivery/DeliverySettings.cpp" line="+25" />
            <source>The certificate authority (CA) file %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>"%1" is not a web address for the %2: it should start with https://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The %1 must use https:// so its credentials and the codes travel encrypted (http:// is only allowed to this computer).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Put no user name or password in the %1's address: use the settings made for them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+144" />
            <source>Email delivery is not set up: give the SMTP server in the delivery settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is not a server name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Give the SMTP server's port: usually 587 for STARTTLS or 465 for TLS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Give the address the codes are sent from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location filename="../core/delivery/MailMessage.cpp" line="-111" />
            <source>A mail header cannot contain a line break or other control character.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Give the SMTP user name that goes with the password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Mail can only go unencrypted to a server on this computer: choose STARTTLS or TLS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>SMS gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Give the SMS gateway's account SID (a Twilio one starts with AC).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is not an account SID: it has letters and digits only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Give the SMS gateway's auth token.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Give the number (or sender name) the codes are sent from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>"%1" cannot be a sender: it has a line break or other control character.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>SMS webhook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is not a header name: use letters, digits and dashes, like X-Api-Key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Twofold sets the %1 header itself: remove it from the webhook's headers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The value of the %1 header cannot contain a line break or other control character.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+155" />
            <source>The delivery settings stored in this vault are damaged: set email and SMS delivery up again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/delivery/SmsGateway.cpp" line="+8" />
            <source>This is a test message from Twofold: your SMS delivery settings work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>SMS delivery is not set up: choose an SMS gateway in the delivery settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>"%1" is not a phone number in international form, like +447123456789.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>An SMS needs some text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/delivery/SmtpSender.cpp" line="+50" />
            <source>The mail server refused the sign-in: check the SMTP user name and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 does not offer STARTTLS, so the mail would travel unencrypted: choose TLS (usually port 465) if the server has it, or ask its administrator to turn STARTTLS on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The mail server wants a sign-in before it sends mail: enter the SMTP user name and password in the delivery settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The mail server refused the sender address %1: many servers only accept the address of the account you sign in with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The mail server refused to deliver to %1: check the address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+7" />
            <source>The mail server refused the message: try again later, or ask its administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/delivery/TwilioGateway.cpp" line="+68" />
            <source>The SMS gateway refused the account SID or auth token: check them in the delivery settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The SMS gateway is getting too many messages from this account: try again in a minute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The SMS gateway says %1 is not a valid phone number: check the number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The SMS gateway account is a trial account, which only sends to verified numbers: verify %1 with Twilio, or upgrade the account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 has replied STOP to the sender number: send START to it from that phone, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The SMS gateway account may not send to %1's country: allow it in the account's geographic permissions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not a mobile number, so it cannot receive SMS: use a mobile number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The SMS gateway cannot send from %1 with this account: check the sender number in the delivery settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+8" />
            <source>The SMS gateway does not know this account: check the base URL and the account SID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The SMS gateway has a problem on its side: try again in a few minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The SMS gateway refused the message: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The SMS gateway refused the message: check the SMS settings, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/delivery/WebhookGateway.cpp" line="+96" />
            <source>The SMS webhook's body template does not make valid JSON: check its quotes and braces, and put each {to}, {body} and {code} inside quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The SMS webhook refused access: check the headers (such as its API key) in the delivery settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The SMS webhook's address does not take messages: check the URL in the delivery settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The SMS webhook is getting too many messages: try again in a minute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The SMS webhook has a problem on its side: try again in a few minutes, or ask whoever runs it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The SMS webhook refused the message: check its URL, headers and body template in the delivery settings.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::EmergencyKit</name>
        <message>
            <location filename="../ui/account/EmergencyKit.cpp" line="+34" />
            <location line="+54" />
            <source>Twofold emergency kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-52" />
            <source>Made on %1 for %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Account key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Master password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>To open your vault on a new computer you need your master password, this account key and your second factor. The account key never leaves your computers: neither Twofold nor the server's administrator can give it back to you if this kit is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Keep this kit somewhere safe, away from your computer. Write your master password on it only if the place is as safe as your vault should be.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Could not save the emergency kit as %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Twofold emergency kit - %1.pdf</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::EntryKind</name>
        <message>
            <location filename="../core/vault/EntryKind.cpp" line="+15" />
            <source>Cardholder name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Card number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Brand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Expiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Security code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Passport number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>National ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Secure note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Payment card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Identity</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::Export</name>
        <message>
            <location filename="../core/io/ExportJson.cpp" line="+153" />
            <source>This is not an encrypted Twofold export, or it is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>The password does not open this export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/io/PrivateFile.cpp" line="+22" />
            <source>%1 cannot be made private to you: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be written: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 could not be written completely (%2); it was removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::FileLock</name>
        <message>
            <location filename="../core/vault/FileLock_posix.cpp" line="+80" />
            <location filename="../core/vault/FileLock_win.cpp" line="+61" />
            <source>The vault is being written by another program. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::Import</name>
        <message>
            <location filename="../core/io/AegisJson.cpp" line="+32" />
            <location filename="../core/io/BitwardenJson.cpp" line="+66" />
            <source>The file is not valid JSON (%1 at byte %2); nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>This Aegis export is encrypted: export again without encryption; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Entry %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>its code type "%1" is not TOTP or HOTP.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>its secret is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>its algorithm %1 is not supported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/io/BitwardenJson.cpp" line="+8" />
            <source>This Bitwarden export is encrypted: export again choosing the unencrypted .json format; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>item %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>its type %1 is not one Bitwarden documents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>its linked field "%1" has no value of its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/io/CsvImport.cpp" line="+16" />
            <source>line %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/io/Formats.cpp" line="+50" />
            <source>Bitwarden (JSON)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Bitwarden (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>1Password (1PUX)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>1Password (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>KeePass 2 / KeePassXC (XML)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>KeePassXC (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Chrome, Edge, Brave (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Firefox (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>LastPass (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>mSecure (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>otpauth:// links (text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Aegis (JSON, unencrypted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Google Authenticator export (otpauth-migration://)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>The format of this file cannot be recognised: name it (one of %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+65" />
            <location filename="../core/io/MSecureCsv.cpp" line="+43" />
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/io/GoogleMigration.cpp" line="+123" />
            <source>it has no secret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>its algorithm is not SHA-1, SHA-256 or SHA-512.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <location filename="../core/io/OtpauthText.cpp" line="+40" />
            <source>Line %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>it is not an otpauth-migration:// link.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>%1, account %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The file holds no otpauth-migration:// link; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/io/ImportData.cpp" line="+74" />
            <source>the secret is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Field %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Line %1 is not valid CSV (a quote is not closed or a field is broken); nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>This file is not a %1 export; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This is not a %1 export: its first line has no column "%2"; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 is malformed; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Line %1 was skipped: it holds nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 was skipped: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The two-factor secret of %1 cannot be used (%2); it is kept as the hidden field "TOTP".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The file is larger than 256 MiB; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/io/KeePassXml.cpp" line="+484" />
            <source>The XML is malformed at line %1 (%2); nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Unnamed group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>its field "%1" is encrypted with the database's inner key, which an XML export does not carry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+106" />
            <source>the entry "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>The attachments of %1 (%2) were not imported: an XML export holds them outside the entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/io/MSecureCsv.cpp" line="-3" />
            <source>it has fewer than the four columns Name, Type, Tags, Notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/io/OnePassword1pux.cpp" line="+151" />
            <source>its document "%1" is a file, and files are not imported yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>item %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>it was deleted in 1Password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/io/OtpauthText.cpp" line="+8" />
            <source>The file holds no otpauth:// link; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::Kdf</name>
        <message>
            <location filename="../core/crypto/Kdf.cpp" line="+36" />
            <source>The vault's key settings are damaged or out of range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>This computer does not have enough free memory (%1 MiB) to open the vault. Close other programs and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::OpenVault</name>
        <message>
            <location filename="../core/vault/OpenVault.cpp" line="+118" />
            <source>This vault is open for changes in another program (%1, process %2). Close it there, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>another Twofold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The vault cannot be opened for changes, because its folder does not allow creating the lock file %1 (read-only or no permission). Commands that only read the vault still work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>There is already a file at %1. Open it, or choose another name for the new vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+68" />
            <source>The vault file was changed by another program while it was being opened. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+71" />
            <source>This vault was opened read-only, so changes cannot be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <location line="+83" />
            <source>The vault file was replaced by another program since it was opened, so it was not overwritten. Your changes are still open: save them to another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-72" />
            <source>Someone signed in to this vault in another program while you were changing its two-factor settings, so the change was not saved. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>This vault was opened read-only, so its password cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The two-factor settings must be re-sealed with the new password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This vault has two-factor sign-in turned on: changing the password needs the sign-in share.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-254" />
            <source>The vault cannot be opened for changes, because the disk holding %1 is full (there is no room for its lock file). Free some space and try again; commands that only read the vault still work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-51" />
            <source>The attachment section of the vault file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+196" />
            <source>The vault was not saved: %1 Your changes are kept; try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-195" />
            <source>This attachment's content is not on this computer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::Otp</name>
        <message>
            <location filename="../core/otp/Totp.cpp" line="+124" />
            <source>That code is for another time: your computer's clock seems a minute slow. Set the clock right, then enter a new code.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>That code is for another time: your computer's clock seems %n minutes slow. Set the clock right, then enter a new code.</source>
            <translation>
                <numerusform>That code is for another time: your computer's clock seems %n minute slow. Set the clock right, then enter a new code.</numerusform>
                <numerusform>That code is for another time: your computer's clock seems %n minutes slow. Set the clock right, then enter a new code.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>That code is for another time: your computer's clock seems a minute fast. Set the clock right, then enter a new code.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>That code is for another time: your computer's clock seems %n minutes fast. Set the clock right, then enter a new code.</source>
            <translation>
                <numerusform>That code is for another time: your computer's clock seems %n minute fast. Set the clock right, then enter a new code.</numerusform>
                <numerusform>That code is for another time: your computer's clock seems %n minutes fast. Set the clock right, then enter a new code.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/otp/Base32.cpp" line="+40" />
            <source>The setup key has %1 at character %2, but setup keys use only the letters A to Z and the digits 2 to 7.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The 0 is probably the letter O.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The 1 is probably the letter I or L.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The 8 is probably the letter B.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>The setup key has “=” at character %1, before its end; “=” may only come at the end of a key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/otp/OtpUri.cpp" line="+47" />
            <source>The link has a broken %-escape: “%1”. A “%” must be followed by two hexadecimal digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+91" />
            <source>The link asks for the algorithm “%1”, which Twofold does not support: only SHA1, SHA256 and SHA512 are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>The link has no secret (the setup key), so no codes can be made from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The link's secret is not a valid setup key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The link's secret is too short to be a setup key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The link is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This is not a two-factor link: such links start with otpauth://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>The link does not say which kind of codes it makes: otpauth:// must be followed by totp or hotp.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The link is for “%1” codes, but Twofold makes only totp (time-based) and hotp (counter-based) codes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>The link gives “%1” more than once, so it is not clear which to use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>The link asks for codes of “%1” digits, but codes have 6, 7 or 8 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The link's period “%1” is not a whole number of seconds greater than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The link's counter “%1” is not a whole number of zero or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/otp/QrMatrix.cpp" line="+32" />
            <source>This text is too long for a QR code: it has %1 bytes, and a QR code holds at most 2331.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::PasswordGenerator</name>
        <message>
            <location filename="../core/crypto/PasswordGenerator.cpp" line="+80" />
            <source>A generated password must be between %1 and %2 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Choose at least one kind of character: lower case, upper case, digits or symbols.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>A passphrase must have between %1 and %2 words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The separator between words must be at most %1 characters, without line breaks or other control characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+78" />
            <source>The random number source failed, so no password was generated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The word list for passphrases is missing from this build of Twofold.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::PasswordStrength</name>
        <message>
            <location filename="../core/crypto/PasswordStrength.cpp" line="+60" />
            <source>Too short: use at least %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This is one of the most common passwords and would be guessed at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Too easy to guess: it follows a common pattern. Add a few unrelated words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Fair: it would resist casual guessing. A longer passphrase is safer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Good: hard to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Strong: very hard to guess.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::PhoneNumber</name>
        <message>
            <location filename="../core/delivery/PhoneNumber.cpp" line="+73" />
            <source>"%1" has too few digits for a phone number: type the whole number, with its area or mobile prefix.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>"%1" has too few digits for a number with country code %2: type the whole number, with its area or mobile prefix.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>"%1" has too many digits for a phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>"%1" has too many digits for a number with country code %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 is a landline number: SMS codes need a mobile number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 is a toll-free number, which cannot receive SMS: use a mobile number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a premium-rate number, which cannot receive SMS: use a mobile number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a shared-cost number, which cannot receive SMS: use a mobile number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 is an internet (VoIP) number, which does not receive SMS codes reliably: use a mobile number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 is a personal forwarding number, which cannot receive SMS: use the mobile number it forwards to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 is a pager number, which cannot receive SMS: use a mobile number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a company switchboard number, which cannot receive SMS: use a mobile number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a voicemail access number, which cannot receive SMS: use a mobile number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 does not look like a mobile number: SMS codes need a mobile number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Enter a phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>"%1" is not a phone number: use digits and spaces, with a + before the country code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <location line="+28" />
            <source>"%1" starts with a country code that does not exist: check the digits after the +.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-24" />
            <source>Pick the country of "%1", or type it with + and its country code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>"%1" does not have the right number of digits for a number with country code %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>"%1" is not a valid number with country code %2: check the digits.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::QrImageDecoder</name>
        <message>
            <location filename="../ui/otp/QrImageDecoder_none.cpp" line="+16" />
            <source>This copy of Twofold cannot read QR codes: paste the link or type the setup key instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/otp/QrImageDecoder_zxing.cpp" line="+21" />
            <source>No QR code was found in the picture.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::SecretStore</name>
        <message>
            <location filename="../core/platform/FileSecretStore.cpp" line="+111" />
            <source>The remembered-computer file is busy in another program. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <location filename="../core/platform/SecretStore_keychain.cpp" line="+41" />
            <source>Nothing is remembered here under that name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/platform/SecretStore.cpp" line="+9" />
            <source>No system keychain could be reached, so remembered computers are kept in an encrypted file whose key lies next to it. That only protects against casual reading: anyone who can read your files can use it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/platform/SecretStore_keychain.cpp" line="-8" />
            <source>Access to the system keychain was refused, so this computer cannot be remembered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The system keychain does not allow Twofold to keep secrets there, so this computer cannot be remembered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The system keychain could not forget this computer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::Server</name>
        <message>
            <location filename="../app/server/AdminCommands.cpp" line="+47" />
            <source>Use one of: org create NAME, org list, org policy NAME off|optional|required [--methods LIST], org domains NAME DOMAIN[,DOMAIN…], user list [--org NAME], user org EMAIL NAME, user leave-org EMAIL, user reset-2fa EMAIL, device list EMAIL, device revoke ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+105" />
            <source>%1 is in “%2” already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 is in no organisation already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>%1 is now in “%2”: its policy applies from the next sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 has left “%2”: no organisation's policy applies from the next sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-110" />
            <source>Organisation “%1” created: two-factor sign-in optional, every method allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Organisation “%1”: two-factor sign-in %2; methods allowed: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Organisation “%1”: new accounts no longer join it by their mail domain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Organisation “%1”: new accounts with an address at %2 join it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+80" />
            <source>The second factor of %1 is reset at the next sign-in, where a new one is set up; remembered computers forgotten: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>“%1” is not a device number: device list EMAIL shows them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Device %1 (“%2”) was already revoked on %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Device %1 (“%2”) is revoked: it must pass the second factor at its next sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/server/ServeCommand.cpp" line="+73" />
            <source>twofold-server does not know the command “%1”: see twofold-server --help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>--test-clock ANCHOR_MS:SPEED is for tests on loopback only: give it with --insecure-http, a start time in milliseconds and a speed from 1 to 100000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/server/ServerCommands.cpp" line="+32" />
            <source>twofold-server does not know the option --%1: see twofold-server --help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The option --%1 needs a value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Usage: twofold-server --data DIR [--listen HOST:PORT] --tls-cert FILE --tls-key FILE
       twofold-server --data DIR --listen 127.0.0.1:PORT --insecure-http
       twofold-server admin [--data DIR | --database URL] COMMAND

The sign-in server of Twofold: it checks second factors and keeps what the vaults need.

Options:
  --data DIR            data folder (made 0700); holds the SQLite database and the pepper
  --database URL        postgresql://USER@HOST[:PORT]/DATABASE instead of SQLite
  --config FILE         config file (mode 0600): SMTP and SMS credentials, the pepper
  --listen HOST:PORT    address to listen on (default 127.0.0.1:8443)
  --tls-cert FILE       PEM certificate (chain) for HTTPS
  --tls-key FILE        PEM private key for HTTPS
  --insecure-http       plain HTTP, on a loopback address only
  --rate-capacity N     requests a client address may send at once (default 60)
  --rate-per-second N   requests a second a client address may keep up (default 1)
  --max-body-bytes N    largest request body (default 65536)
  --help, --version

Admin commands:
  org create NAME
  org list
  org policy NAME off|optional|required [--methods authenticator,email,sms]
  user list [--org NAME]
  user reset-2fa EMAIL
  device list EMAIL
  device revoke ID

Exit status: 0 success, 1 usage or refusal, 4 file problem, 5 database unreachable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/server/ServerSentences.cpp" line="+10" />
            <source>“%1” is not a database address: use postgresql://USER@HOST[:PORT]/DATABASE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The database address starts with “%1:”, but only postgresql:// and sqlite:// are supported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Leave the password out of the database address: put it in the config file as database-password, or in ~/.pgpass.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The database address has the unknown setting “%1”: only sslmode and host (a socket folder) are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The database address %1 needs a user, a host and a database name, as in postgresql://twofold@localhost/twofold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Qt’s %1 database driver is not installed (on Debian: libqt6sql6-sqlite or libqt6sql6-psql).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The database file %1 cannot be opened for writing: check the data folder’s owner and free space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The database server at %1 could not be reached or refused the sign-in: check that it runs, the address, the user and the password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The database refused a change: the log says why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The database was set up by a newer twofold-server (schema %1; this one knows up to %2): upgrade twofold-server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Updating the database to schema %1 failed and was undone: the log says why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>“%1” is not an email address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>There is already an account for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>There is no account for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>There is no account number %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>There is no organisation number %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>An organisation’s name must have 1 to 100 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>There is already an organisation named “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>There is no organisation named “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>“%1” is not a policy: use off, optional or required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>“%1” is not a sign-in method: use authenticator, email or sms, separated by commas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The method %1 is named twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>There is no device number %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The config file %1 cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The config file %1 holds secrets but other users may read it (mode %2): run chmod 600 %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The config file %1 is not a regular file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Line %2 of the config file %1 is not of the form “key = value”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Line %2 of the config file %1 sets “%3”, which twofold-server does not know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Line %2 of the config file %1 sets “%3” a second time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The setting %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>must be a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>must be greater than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>must be 32 bytes written in base64 (openssl rand -base64 32 makes one).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>must be true or false.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>must be smtp://HOST[:PORT] (STARTTLS) or smtps://HOST[:PORT].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>must be starttls, tls or none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>must be none, twilio or webhook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Say where twofold-server keeps its data with --data DIR (or data = DIR in the config file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>“%1” is not an address to listen on: use HOST:PORT, such as 127.0.0.1:8443 or [::1]:8443.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>--insecure-http sends sign-in traffic unencrypted, so it is allowed only on this computer’s loopback address, not on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>twofold-server needs --tls-cert and --tls-key (or --insecure-http on a loopback address for tests).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The TLS file %1 cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 holds no PEM certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>twofold-server cannot listen on %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The data folder %1 cannot be created or is not writable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The pepper in %1 is not 32 bytes of base64: restore it from a backup (without it no account can sign in).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>There is nothing at this address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This address does not take that method.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The request is larger than %1 bytes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The request’s headers are larger than %1 bytes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Send the request body with a Content-Length, not in chunks.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Too many requests from this address: try again in %n seconds.</source>
            <translation>
                <numerusform>Too many requests from this address: try again in %n second.</numerusform>
                <numerusform>Too many requests from this address: try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>The request body is not valid JSON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The request body must be a JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The field “%1” is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The field “%1” must be a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The field “%1” must be true or false.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The field “%1” must be a string without control characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The field “%1” is not part of this request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The field “%1” is longer than %2 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Send the request body as application/json.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server could not handle the request: its log says why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/server/verifier/ServerDelivery.cpp" line="+33" />
            <source>a computer without a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>New sign-in to your Twofold vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Your Twofold account %1 was signed in to from a computer it had not seen before (“%2”) at %3.

If this was you, there is nothing to do. If it was not, change your master password now and ask your administrator to revoke that computer.
</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::SignIn</name>
        <message>
            <location filename="../ui/signin/SignInText.cpp" line="+10" />
            <source>Enter the 6-digit code from your authenticator app</source>
            <extracomment>The code is the one-time number an authenticator app (TOTP) shows, not a password.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>We sent a code to %1</source>
            <extracomment>%1 is a masked email address or phone number, e.g. "j•••@example.com". The code is a one-time sign-in number.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Sending a code to %1…</source>
            <extracomment>%1 is a masked email address or phone number. The code is a one-time sign-in number.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Send a code by text message to %1</source>
            <extracomment>%1 is a masked email address or phone number. The code is a one-time sign-in number.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Send a code by email to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>This vault asks for a code at every sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This vault asks for a code only on computers it does not remember.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>The code in your app changes in %n s</source>
            <extracomment>How long the 6-digit number the authenticator app shows now stays valid.</extracomment>
            <translation>
                <numerusform>The code in your app changes in %n s</numerusform>
                <numerusform>The code in your app changes in %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Resend in %n s</source>
            <extracomment>A button, disabled until it can send another one-time code.</extracomment>
            <translation>
                <numerusform>Resend in %n s</numerusform>
                <numerusform>Resend in %n s</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Resend code</source>
            <extracomment>A button: send another one-time sign-in code.</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Send code in %n s</source>
            <extracomment>A button, disabled while no more codes may be sent (five an hour); the wait.</extracomment>
            <translation>
                <numerusform>Send code in %n s</numerusform>
                <numerusform>Send code in %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Send code in %n min</source>
            <translation>
                <numerusform>Send code in %n min</numerusform>
                <numerusform>Send code in %n min</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Send code</source>
            <extracomment>A button: send a one-time sign-in code.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Too many wrong codes. Try again in %1</source>
            <extracomment>%1 is minutes:seconds, e.g. 0:28. Codes are the one-time sign-in numbers.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>You have no recovery codes left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>You have one recovery code left.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>You have %n recovery codes left.</source>
            <translation>
                <numerusform>You have %n recovery code left.</numerusform>
                <numerusform>You have %n recovery codes left.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Recovery code accepted. You have no recovery codes left: make new ones in Preferences &gt; Security now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Recovery code accepted. You have one recovery code left: make new ones in Preferences &gt; Security soon.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Recovery code accepted. You have %n recovery codes left.</source>
            <translation>
                <numerusform>Recovery code accepted. You have %n recovery code left.</numerusform>
                <numerusform>Recovery code accepted. You have %n recovery codes left.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 — %2</source>
            <extracomment>A sign-in method and where its codes go, e.g. "Email — j•••@example.com".</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::Sync</name>
        <message>
            <location filename="../core/sync/SyncCrypto.cpp" line="+28" />
            <source>A record on the sync server cannot be opened with this vault's key: it was damaged or does not belong to this vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/sync/SyncEngine.cpp" line="+35" />
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Offline — %n change(s) waiting</source>
            <translation>
                <numerusform>Offline — %n change waiting</numerusform>
                <numerusform>Offline — %n changes waiting</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not synced: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Synced</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n change waiting</numerusform>
                <numerusform>%n changes waiting</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Twofold::Vault</name>
        <message>
            <location filename="../core/vault/Vault.cpp" line="+25" />
            <source>There is no entry called "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>There is no group called "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+90" />
            <source>%1 entries are called "%2": name one by its id (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <location line="+31" />
            <source>An entry needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <source>"%1" has no password version %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+462" />
            <location line="+17" />
            <source>A group name cannot be empty or contain "/".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-11" />
            <source>There is already a group called "%1" here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-447" />
            <source>"%1" has no older version %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+240" />
            <source>"%1" already has %2 attachments, the most an entry can have. Remove one first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+50" />
            <source>"%1" has %2 attachments called "%3": give its number instead (1 is the first).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>"%1" has no attachment called "%2". Its attachments: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>"%1" has no attachments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-31" />
            <source>"%1" has no such attachment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-36" />
            <source>"%1" is %2 MiB; an attachment can be at most %3 MiB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-3" />
            <source>An attachment needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+101" />
            <location line="+6" />
            <source>The attachment "%1" is damaged in the vault file and cannot be opened. The rest of the vault is not affected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-14" />
            <source>The content of "%1" is not on this computer: it was added on another computer, and sync carries an attachment's name but not its content yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>This attachment's content is not on this computer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::VaultFile</name>
        <message>
            <location filename="../core/vault/VaultCodec.cpp" line="+247" />
            <source>The vault's content is damaged and cannot be read. Try the backup copy (the same name ending in .bak).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+368" />
            <source>A record from the sync server is damaged and cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/vault/VaultFile.cpp" line="+40" />
            <source>This file is not a Twofold vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The vault file is damaged (%1) and cannot be opened. Try the backup copy (the same name ending in .bak).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>That password is not right for this vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+194" />
            <source>This file asks for more memory or time than Twofold ever uses: it was changed. Try the backup copy (the same name ending in .bak).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+78" />
            <source>There is no vault at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 is a folder, not a vault file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>You do not have permission to read %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <location line="+126" />
            <source>The vault file %1 could not be read: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-75" />
            <location line="+18" />
            <location line="+7" />
            <location line="+381" />
            <location line="+46" />
            <source>it ends too early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-445" />
            <source>This vault uses format %1, which this version of Twofold does not know: it was saved by a newer Twofold (update Twofold to open it), or the file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>unknown format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+389" />
            <source>impossible header size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-383" />
            <source>the header checksum does not match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+386" />
            <source>impossible content size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-381" />
            <location line="+16" />
            <source>there are extra bytes at the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-184" />
            <source>the header cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+249" />
            <location line="+22" />
            <source>it has no password key slot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+12" />
            <source>This vault has two-factor sign-in turned on: it needs a code as well as the password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>the sign-in server's copy of its key slot cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <source>That app password is not right for this vault, or it was revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <location line="+17" />
            <location line="+3" />
            <source>its content does not decrypt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-53" />
            <source>This vault's app passwords also need its account key, which this computer does not have: use the app password on a computer signed in to the account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+206" />
            <source>The attachments of %1 could not be read: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+50" />
            <location line="+4" />
            <source>The vault file changed on disk.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twofold::VaultLocation</name>
        <message>
            <location filename="../ui/common/VaultLocation.cpp" line="+49" />
            <source>Twofold vaults (*.twofold);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/gui/Startup.cpp" line="+52" />
            <source>Password manager with two-factor sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The vault file to open (optional).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::AccountSignInPage</name>
        <message>
            <location filename="../ui/account/AccountSignInPage.cpp" line="+36" />
            <source>Why the account key is asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sign in to your Twofold account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>About signing in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Use your account on this computer too. Once the server has checked your second factor, your vault is set up here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Master password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Account key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Vault location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose the vault location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Signing in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ser&amp;ver:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Master password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Account &amp;key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Location:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-56" />
            <source>Read from &amp;image…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Read the account key from a picture of the QR code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A picture of the QR code another signed-in computer shows in Settings &gt; Security &gt; Add a computer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Type the key from your emergency kit, or paste the whole twofold://add-computer link</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::AddComputerDialog</name>
        <message>
            <location filename="../ui/account/AddComputerDialog.cpp" line="+38" />
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Account &amp;key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Account key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+148" />
            <source>&amp;Show key…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-147" />
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Add a computer — Twofold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sign in on another computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>On the other computer, open Twofold and choose Use a Twofold server, then Sign in to an account. There, type what is shown here, or use Read from image… with a picture of the QR code. Your master password and second factor are asked there too: this alone opens nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <location line="+120" />
            <source>Hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-117" />
            <source>QR code for the other computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Holds the server address, the email and the account key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Keep this code to yourself: with your master password and second factor, it opens your vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+113" />
            <source>Show the account key and its QR code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-110" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Ser&amp;ver:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>The account key is a secret: enter your master password to show it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>&amp;Hide key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hide the account key and its QR code</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::AppFlow</name>
        <message numerus="yes">
            <location filename="../ui/setup/AppFlow.cpp" line="+71" />
            <source>You signed in with a recovery code. You have %n recovery codes left: each works once.</source>
            <translation>
                <numerusform>You signed in with a recovery code. You have %n recovery code left: it works once.</numerusform>
                <numerusform>You signed in with a recovery code. You have %n recovery codes left: each works once.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>You signed in with your last recovery code. Make new ones in Settings &gt; Security now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::AppPasswordDialog</name>
        <message>
            <location filename="../ui/preferences/AppPasswordDialog.cpp" line="+23" />
            <source>&amp;Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>New app password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Name the script or program that will use it, so you know what to revoke later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Backup script</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>This is the app password. Copy it now: it will not be shown again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>App password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Copy the app password</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::AppTray</name>
        <message>
            <location filename="../ui/setup/AppTray.cpp" line="+18" />
            <source>&amp;Show Twofold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Quick &amp;search…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Lock vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit Twofold</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::AttachmentsView</name>
        <message>
            <location filename="../ui/vault/AttachmentsView.cpp" line="+151" />
            <location line="+5" />
            <source>"%1" could not be read: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-12" />
            <source>"%1" is %2; an attachment can be at most %3 MiB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-109" />
            <source>Add &amp;files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Add files to the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-18" />
            <source>Add files to the entry as attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-8" />
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+122" />
            <source>Attached "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Attached %1 files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-125" />
            <source>Attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-12" />
            <location line="+84" />
            <source>Attachments:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Attachments: none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-71" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-6" />
            <source>Re&amp;move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+169" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-3" />
            <source>Remove "%1" from the entry? Its content leaves the vault when it is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>Remove the attachment?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-147" />
            <source>Remove the chosen attachment from the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+163" />
            <source>Removed "%1" from the entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-183" />
            <source>Save &amp;as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Save the attachment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-21" />
            <source>Save the chosen attachment as a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+137" />
            <source>Saved "%1" to %2 (readable only by you).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-147" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::AuthenticatorSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/AuthenticatorSetupDialog.cpp" line="+21" />
            <source>&amp;Copy key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Scan the QR code with your authenticator app, or type the setup key into it. Then enter the 6-digit code the app shows, to check that it works.</source>
            <extracomment>"setup key": the authenticator secret written out for typing into an app by hand.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>QR code for your authenticator app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A QR code holding the setup key. Scan it with your authenticator app, or type the setup key shown next to it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Setup key</source>
            <extracomment>"setup key": the authenticator secret written out for typing into an app by hand.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Copy the setup key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Setup &amp;key:</source>
            <extracomment>"setup key": the authenticator secret written out for typing into an app by hand.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Code from the authenticator app</source>
            <extracomment>"code": the 6-digit one-time code an authenticator app shows.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;ode from the app:</source>
            <extracomment>"code": the 6-digit one-time code an authenticator app shows.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Verify the code</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+31" />
            <source>The setup key is copied. The clipboard is cleared in %n second(s).</source>
            <extracomment>"setup key": the authenticator secret written out for typing into an app by hand.</extracomment>
            <translation>
                <numerusform>The setup key is copied. The clipboard is cleared in %n second.</numerusform>
                <numerusform>The setup key is copied. The clipboard is cleared in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>Account: %1    Issuer: %2</source>
            <extracomment>The account and issuer an authenticator app lists this code under.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::ChangeMasterPasswordDialog</name>
        <message>
            <location filename="../ui/preferences/ChangeMasterPasswordDialog.cpp" line="+24" />
            <source>C&amp;hange password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Change master password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>New master password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>New master password again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Every remembered computer will be asked for a code again. Your methods, recovery codes and app passwords stay as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;New password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <location line="+1" />
            <source>The two passwords are not the same.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::CodeField</name>
        <message>
            <location filename="../ui/twofactor/TwoFactorWidgets.cpp" line="+31" />
            <source>123 456</source>
            <extracomment>The placeholder of the field a 6-digit one-time code is typed into.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::ConfirmPasswordDialog</name>
        <message>
            <location filename="../ui/twofactor/ConfirmPasswordDialog.cpp" line="+23" />
            <source>Confirm master password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Enter your master password to change security settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Master password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Checking the password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Confirm the master password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::CreateAccountPage</name>
        <message>
            <location filename="../ui/account/CreateAccountPage.cpp" line="+29" />
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>What is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Create &amp;account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Create a Twofold account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>About the account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Your vault stays an encrypted file on this computer. The server checks your second factor; it never receives your master password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Master password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Master password again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Master password strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Vault location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose the vault location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Creating the account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Creating your account… This takes a few seconds: the master password is being made slow to guess, on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Create the account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Ser&amp;ver:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Master password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Type it again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Location:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::CreateVaultController</name>
        <message>
            <location filename="../ui/common/VaultLocation.cpp" line="-26" />
            <source>Choose where to keep the vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 is a folder. Choose a file name for the new vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>There is already a file at %1. Choose another name, or open it with “Open another vault…”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::CreateVaultPage</name>
        <message>
            <location filename="../ui/setup/CreateVaultPage.cpp" line="+37" />
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open another vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Use a Twofold &amp;server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Create your vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>About the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Your passwords are kept in one encrypted file. Its master password is the one password you will need to remember: nobody can recover it for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Vault location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose the vault location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Master password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Master password again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Master password strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Creating the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Creating your vault… This takes a few seconds: the master password is being made slow to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Open another vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Create the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Location:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Master password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Type it again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Use a Twofold server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>About Twofold servers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>For several computers or an organisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+90" />
            <source>Where to keep the new vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Open a vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Choose a master password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Choose a stronger master password: the line under it says why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Type the master password again to confirm it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The two passwords do not match.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::DeliverySettingsDialog</name>
        <message>
            <location filename="../ui/preferences/DeliverySettingsDialog.cpp" line="+46" />
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose a certificate file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Optional: the system's certificates are used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Certificate authorities (PEM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>PEM certificates (*.pem *.crt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Write each webhook header as "Name: value", one a line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Send a test to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Send a &amp;test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Delivery settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Text &amp;messages (SMS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>An email address or a mobile number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Send a test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Send a test t&amp;o:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>Mail server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>smtp.example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Security</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>STARTTLS (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>TLS from the start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>None (only for a server on this computer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Empty when the server needs no sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Mail server password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sender address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>codes@example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sender name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+74" />
            <source>Certificate authorities file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-63" />
            <source>&amp;Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Port:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Se&amp;curity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;word:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sender &amp;address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sender &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+60" />
            <source>Certificate aut&amp;horities:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-51" />
            <source>SMS gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Twilio (or a gateway that speaks its API)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Webhook (JSON)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No text messages are sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Account SID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Auth token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sender number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>+15005550006 or a sender name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Gateway address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Account &amp;SID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Auth &amp;token:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+17" />
            <source>&amp;Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-13" />
            <source>Webhook address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>https://sms.example.com/send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Body template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Headers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Authorization: Bearer …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Body:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Headers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{to}, {body} and {code} are filled in; one header a line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Gateway:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+106" />
            <source>Fill in the mail server first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Sending a test to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>A test was sent to %1. If it does not arrive, check the settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/preferences/TurnOnMethod.cpp" line="+68" />
            <source>Codes by text message need an SMS gateway to send them. Set one up first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Codes by email need a mail server to send them. Set one up first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::EmailSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/EmailSetupDialog.cpp" line="+18" />
            <source>Enter the email address to send sign-in codes to. We send a code to it now, to check that it receives mail.</source>
            <extracomment>"code": the one-time code sent by email.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>name@example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Email &amp;address:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::EmergencyKitDialog</name>
        <message>
            <location filename="../ui/account/EmergencyKitDialog.cpp" line="+37" />
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Save as P&amp;DF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>I have &amp;saved my emergency kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Emergency kit — Twofold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Account key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Save your emergency kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Your account key is shown only this once. With your master password it opens your vault on a new computer, and nobody can give it back to you: print this kit or save it as a PDF, and keep it somewhere safe away from this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Account key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Print the emergency kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save the emergency kit as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>I have saved my emergency kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+50" />
            <source>The emergency kit is saved in %1. Keep a copy away from this computer (a USB stick, or printed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The emergency kit went to the printer. Check that the page came out whole.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Print or save your emergency kit first, then tick "I have saved my emergency kit": the account key is not shown again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Save the emergency kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Twofold emergency kit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::EntryActions</name>
        <message>
            <location filename="../ui/vault/EntryActions.cpp" line="+19" />
            <source>Copy &amp;two-factor code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Open web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Copy password and open &amp;web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>Opened %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No browser could open %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::EntryEditorDialog</name>
        <message>
            <location filename="../ui/vault/EntryEditorDialog.cpp" line="+31" />
            <source>Gene&amp;rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>New entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Edit entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>https://example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Separate tags with commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose a group, or type a new name (use / for a group inside another).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+111" />
            <source>(top level)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-83" />
            <source>Generate a password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show the password generator and fill in a new password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Password strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Two-factor codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove the two-factor codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Web address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Two-factor:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Group:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>T&amp;ags:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Save the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+240" />
            <source>Discard changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Discard this new entry?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Discard your changes to this entry?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Keep editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>This entry has two-factor codes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Change two-factor code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add two-factor code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Change the two-factor code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add a two-factor code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-274" />
            <source>Changed on another computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+91" />
            <source>This entry was deleted on another computer. Saving adds it back with what you see here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>This entry was moved to the trash on another computer. Saving takes it out of the trash with your changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This entry was changed on another computer while you were editing it. The fields you did not change now show its new values; saving keeps what you typed in the others.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::EntryListModel</name>
        <message>
            <location filename="../ui/vault/EntryListModel.cpp" line="+145" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Modified</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::EntryPane</name>
        <message>
            <location filename="../ui/vault/EntryPane.cpp" line="+49" />
            <location line="+27" />
            <source>This entry is in the trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-26" />
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>Copy the user name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Copy the password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Choose an entry to see it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Edit this entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Restore this entry from the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Two-factor:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Web address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Group:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tags:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <location line="+111" />
            <source>Two-factor code copied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-70" />
            <source>(top level)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+53" />
            <source>User name copied.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Password copied. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>Password copied. The clipboard will be cleared in %n second.</numerusform>
                <numerusform>Password copied. The clipboard will be cleared in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+25" />
            <source>Hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Hide the password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>Show the password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-173" />
            <source>Older versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+114" />
            <source>%1 “%2”</source>
            <extracomment>%1 is a field's name ("user name"), %2 its value in an older version of the entry.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>user name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>a different password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-28" />
            <source>%1: %2</source>
            <extracomment>%1 is when the older version was made, %2 how it differed ("user name “ann”, notes “…”").</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>the same as now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Older versions, kept when this entry was changed on two computers:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::ExportDialog</name>
        <message>
            <location filename="../ui/vault/ExportDialog.cpp" line="+63" />
            <source>&amp;Again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-37" />
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+103" />
            <source>&amp;Write unencrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>Anyone who can read this file can read every password in it. It is made readable by you only; delete it once you no longer need it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-128" />
            <source>Bitwarden JSON (unencrypted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-10" />
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>CSV (unencrypted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+107" />
            <source>Choose a password for the export: nothing opens the file without it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-104" />
            <location line="+48" />
            <source>Choose the file to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+50" />
            <source>Choose the file to write first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-108" />
            <location line="+1" />
            <source>Export entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+129" />
            <source>Export unencrypted?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-103" />
            <source>F&amp;ile:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-19" />
            <source>File to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-6" />
            <source>Format of the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>KeePass 2 XML (unencrypted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+140" />
            <source>Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-134" />
            <source>Password for the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Password for the export, again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+74" />
            <source>The file will hold %L1 entries with everything in them, encrypted with the password you choose here: keep that password, nothing opens the file without it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The file will hold %L1 entries, with their passwords, unencrypted: anyone who can read it can read every password in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>The two passwords are not the same: type the same password in both fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-116" />
            <source>Twofold JSON, encrypted with a password (everything; recommended)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Type the file's path or choose it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>What the file will hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Why nothing was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+113" />
            <source>Write %L1 entries, with their passwords, unencrypted to %2?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Wrote %L1 entries to %2 (readable by you only).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>Wrote %L1 entries, encrypted, to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Attachments left out (this format has no place for them): %L1. twofold-json keeps them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::GeneralPane</name>
        <message>
            <location filename="../ui/preferences/GeneralPane.cpp" line="+35" />
            <source>Lock when the &amp;screen locks or the computer sleeps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Keep running in the notification area when the window is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lock after this many minutes without use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Lock when the screen locks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Keep running in the notification area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Clear the clipboard after this many seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>System default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Lock after:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>minute(s) without keyboard or mouse use</source>
            <translation>
                <numerusform>minute without keyboard or mouse use</numerusform>
                <numerusform>minutes without keyboard or mouse use</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Clear the clipboard after:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Lan&amp;guage:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Applies the next time Twofold starts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::GroupList</name>
        <message>
            <location filename="../ui/vault/GroupList.cpp" line="+36" />
            <source>Groups and tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Tag %1, %n entries</source>
            <translation>
                <numerusform>Tag %1, %n entry</numerusform>
                <numerusform>Tag %1, %n entries</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entries tagged “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>All entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::ImportWizard</name>
        <message>
            <location filename="../ui/vault/ImportWizard.cpp" line="+105" />
            <source>%1 cannot be read: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+245" />
            <source>%1 holds %L2 entries (read as %3): %L4 logins, %L5 secure notes, %L6 payment cards, %L7 identities; %L8 with a two-factor code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-254" />
            <source>%1 is a folder: choose the file exported from the other manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+358" />
            <source>%L1 entries added, %L2 updated, %L3 skipped as already in the vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-77" />
            <source>%L1 entries of the file are already in the vault (the same web address and user name).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-3" />
            <source>%L1 things in the file will be skipped, and why:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Cancel the import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-193" />
            <source>&amp;Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+93" />
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>&amp;Keep both: add the file's entries beside them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>&amp;Skip them: keep the vault's entries as they are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Update the vault's entries (their old passwords go into their history)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-130" />
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+209" />
            <source>Cancel the import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-219" />
            <location line="+11" />
            <location line="+36" />
            <source>Choose the file to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+87" />
            <location line="+1" />
            <source>Entries already in the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-134" />
            <source>Export your entries from the other manager first, then choose that file here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>F&amp;ile:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-19" />
            <source>File to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>Format of the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+119" />
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-118" />
            <source>Guess from the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-29" />
            <location line="+1" />
            <source>Import entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+241" />
            <source>Import progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Import summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>Importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-21" />
            <source>Nothing in the file will be skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-115" />
            <source>Reading %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-65" />
            <source>Reading state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Reading the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+104" />
            <source>The first entries of the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+151" />
            <source>The import was cancelled: nothing was added and the vault is as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-359" />
            <source>There is no file %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+209" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-113" />
            <source>Type the file's path or choose it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+113" />
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-6" />
            <location line="+3" />
            <source>What the file holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>What will be skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What will be skipped, and why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-118" />
            <source>Why the file cannot be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-32" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-38" />
            <source>The QR code in %1 is not an authenticator export (otpauth-migration://).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::InlineConfirmation</name>
        <message>
            <location filename="../ui/preferences/InlineConfirmation.cpp" line="+12" />
            <location line="+8" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-3" />
            <source>Question</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::MainWindow</name>
        <message>
            <location filename="../ui/vault/MainWindow.cpp" line="+53" />
            <source>%1 — Twofold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Search (%1)</source>
            <extracomment>%1 is the Find shortcut as this computer writes it: "Ctrl+F", "Strg+F", "⌘F".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Search entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Entry list message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <location line="+173" />
            <source>Entry restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-56" />
            <source>Entry added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Entry saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>“%1” moved to the trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>Twofold stayed unlocked because your latest changes could not be saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+162" />
            <source>Try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-127" />
            <source>Changes not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Your latest changes could not be saved: %1
Lock anyway and lose them?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+61" />
            <source>%n found</source>
            <translation>
                <numerusform>%n found</numerusform>
                <numerusform>%n found</numerusform>
            </translation>
        </message>
        <message>
            <location line="+64" />
            <source>%1 Your changes are still open here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>All changes saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Nothing matches “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The trash is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No entries yet — press %1 to add one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No entries here — press %1 to add one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/vault/MainWindowMenus.cpp" line="+38" />
            <source>&amp;New entry…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit entry…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Move to trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Lock vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Copy u&amp;ser name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Copy &amp;password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Se&amp;curity…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;About Twofold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Undo moving to the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>&amp;Vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Main tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+60" />
            <source>About Twofold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Twofold %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A password manager with two-factor sign-in. Built with Qt %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/vault/MainWindow.cpp" line="-438" />
            <source>Sync state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/vault/MainWindowMenus.cpp" line="-162" />
            <source>S&amp;ync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>E&amp;xport…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+129" />
            <source>Imported: %L1 entries added, %L2 updated.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::MessageBanner</name>
        <message>
            <location filename="../ui/common/MessageBanner.cpp" line="+34" />
            <location line="+12" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-10" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Close this message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::MethodSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/MethodSetupDialog.cpp" line="+27" />
            <source>Turn on the authenticator app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Turn on codes by email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Turn on codes by text message (SMS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Working</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Save your recovery codes and tick "I have saved these codes" first: they are shown only once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>%1 turned on.</source>
            <extracomment>%1 is a two-factor method: "Authenticator app", "Email", "Text message (SMS)".</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::OtpKeyForm</name>
        <message>
            <location filename="../ui/otp/OtpKeyForm.cpp" line="+21" />
            <source>Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Counter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>e.g. JBSW Y3DP EHPK 3PXP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Setup key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The key the website shows next to its QR code. Spaces and dashes do not matter, nor do capital letters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The website or company, e.g. Example Bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Your user name or email address there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Advanced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Time-based (TOTP)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Counter-based (HOTP)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Kind of code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Algorithm:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Digits:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Change these only when the website says so: most use time-based codes, SHA-1, 6 digits and 30 seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Setup key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Issuer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Account:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>The setup key is too short: check that you typed all of it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::OtpSetupDialog</name>
        <message>
            <location filename="../ui/otp/OtpSetupDialog.cpp" line="+44" />
            <source>From an image file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>From the screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Add two-factor codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Two-factor link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Paste the link the website gives for authenticator apps (it starts with otpauth://).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Read the QR code the website shows: from a picture of it, or straight from the screen while the website shows it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Paste a Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Type the Setup Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Read a QR Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The current code, to check against the website (enter it where the website asks for a code):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+104" />
            <source>This looks like a setup key, not a link: type or paste it under “Type the Setup Key”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Choose a Picture of the QR Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pictures (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>%1 could not be opened as a picture (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>No QR code was found on the screen. Show the website's QR code, move this window so it does not cover it, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Twofold could not take a picture of the screen (your desktop may not allow it). Save the QR code as a picture and use “From an image file…” instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>This QR code is an export from Google Authenticator, which Twofold cannot read. Set up two-factor codes again on the website and read the QR code it shows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The QR code was read, but it does not hold a usable two-factor link.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>QR code read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::PasswordField</name>
        <message>
            <location filename="../ui/common/PasswordField.cpp" line="+27" />
            <location line="+1" />
            <source>Caps Lock is on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+79" />
            <source>Hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Hide the password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Show the password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Hide %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Show %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::PasswordGeneratorPanel</name>
        <message>
            <location filename="../ui/vault/PasswordGeneratorPanel.cpp" line="+32" />
            <source>&amp;Characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;phrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>a–z</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Lower-case letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A–Z</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Capital letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>0–9</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Symbols</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Leave out look-alikes (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Leave out characters that look alike</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Capital &amp;first letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Capital first letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+3" />
            <source>Length in characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Number of words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Separator between the words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Strength of generated passwords</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Make a new password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Length:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>W&amp;ords:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Separator:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+98" />
            <source>About %1 bits of chance: far beyond guessing.</source>
            <extracomment>The strength of a generated password: "About 128 bits of chance: …".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>About %1 bits of chance: strong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>About %1 bits of chance: weak, make it longer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::PasswordHistoryView</name>
        <message>
            <location filename="../ui/vault/PasswordHistoryView.cpp" line="+22" />
            <source>Earlier passwords:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Res&amp;tore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Earlier passwords</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Replaced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Copy the earlier password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Make the earlier password the entry's password again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Earlier password copied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Earlier password restored; the one it replaced is now in the history.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::PreferencesDialog</name>
        <message>
            <location filename="../ui/preferences/PreferencesDialog.cpp" line="+80" />
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-50" />
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+17" />
            <source>Security</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>Unlock a vault to change its security settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::QrCodeWidget</name>
        <message>
            <location filename="../ui/otp/QrCodeWidget.cpp" line="+54" />
            <location line="+6" />
            <source>The QR code could not be saved to %1 (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Save as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save as SVG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>QR code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Scan this QR code with an authenticator app. If you cannot scan it, type the setup key shown with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+116" />
            <location line="+11" />
            <source>There is no QR code to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Save the QR code (anyone with the picture can make your codes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>SVG pictures (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>PNG pictures (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>QR code not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::RecoveryCodesDialog</name>
        <message>
            <location filename="../ui/twofactor/RecoveryCodesDialog.cpp" line="+16" />
            <source>Recovery codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location line="+2" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::RecoveryCodesPanel</name>
        <message>
            <location filename="../ui/twofactor/RecoveryCodesPanel.cpp" line="+28" />
            <source>&amp;Copy all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Save to file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>I have &amp;saved these codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Your recovery codes</source>
            <extracomment>Recovery codes: single-use codes that sign in when no other two-factor method is at hand.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Each code works once. Keep them somewhere safe, away from this computer: they sign you in when you cannot use your other two-factor methods.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Recovery codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Copy all recovery codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save the recovery codes to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Print the recovery codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>I have saved these codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>Recovery code %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Twofold recovery codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Each code works once. Keep them somewhere safe, away from this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>There are no recovery codes to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+8" />
            <source>Could not write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+25" />
            <source>The recovery codes are copied. The clipboard is cleared in %n second(s).</source>
            <translation>
                <numerusform>The recovery codes are copied. The clipboard is cleared in %n second.</numerusform>
                <numerusform>The recovery codes are copied. The clipboard is cleared in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save recovery codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Text files (*.txt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>twofold-recovery-codes.txt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The recovery codes are saved in %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::SecondFactorPage</name>
        <message>
            <location filename="../ui/signin/SecondFactorPage.cpp" line="+64" />
            <source>What to enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sign-in code</source>
            <extracomment>The field for the one-time sign-in code (from an app, an email or a text message).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>123 456</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Time left for this code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Remember this computer for 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Locked out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Recovery codes left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>When a code is asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Use &amp;another method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+292" />
            <source>Use a re&amp;covery code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-291" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+302" />
            <source>&amp;Verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-293" />
            <source>Remember this computer for 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Sign-in methods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Use another method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+248" />
            <location line="+30" />
            <source>Use a recovery code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-277" />
            <source>Back to the password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+287" />
            <source>Verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-280" />
            <source>Checking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>How to get a code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Choose how to get your code:</source>
            <extracomment>Codes are one-time sign-in numbers.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>About recovery codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enter one of the recovery codes you saved when you turned on two-factor sign-in. Each works once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+208" />
            <source>Choose a sign-in method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Two-factor sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Enter a code &amp;instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enter a code instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::SecurityPane</name>
        <message>
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="+70" />
            <source>Codes are checked on this computer: they guard Twofold itself, not a copy of the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/preferences/SecurityPane.cpp" line="+108" />
            <location line="+1" />
            <source>Sign-in methods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Codes go to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="+44" />
            <source>Default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Turn &amp;on…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Turn on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Turn o&amp;ff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+165" />
            <source>Turn off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-164" />
            <source>Set as &amp;default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Set as default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>When to ask for a code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>At &amp;every sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Only on computers &amp;not remembered in the last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Recovery codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Regenerate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Regenerate recovery codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <location line="+1" />
            <source>Remembered computers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Remembered on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+20" />
            <source>Last used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-20" />
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Forget &amp;all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Forget all remembered computers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <location line="+6" />
            <source>App passwords</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>For scripts and programs that cannot ask for a code: each opens the vault without two-factor sign-in until it is revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add an app password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;voke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Revoke the app password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="-29" />
            <source>Delivery and password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Deli&amp;very settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Delivery settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Change &amp;master password…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Change master password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>%1 is on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Turn off %1? It is the last method: two-factor sign-in will be off and every remembered computer forgotten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Turn off %1? Every remembered computer will be forgotten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 is off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>%1 is now asked for first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>A code will be asked for at every sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Computers you choose to remember will not be asked for a code for 30 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Make ten new recovery codes? The ones you have now will stop working.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Make new codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Forget every remembered computer? Each will be asked for a code at its next sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Forget all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No computer is remembered now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Revoke %1? It will be asked for a code at its next sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 is no longer remembered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Revoke the app password "%1"? Programs using it will no longer open the vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-24" />
            <location line="+25" />
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="+71" />
            <source>Revoke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The app password "%1" was revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The delivery settings were saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>The master password was changed. Every remembered computer was forgotten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Password confirmed for one more minute.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Password confirmed for %n more minutes.</source>
            <translation>
                <numerusform>Password confirmed for %n more minute.</numerusform>
                <numerusform>Password confirmed for %n more minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="-128" />
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Two-factor sign-in is on: after the master password, Twofold asks for a code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Two-factor sign-in is off: the master password alone opens this vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Your organisation requires two-factor sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Your organisation has turned two-factor sign-in off on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Codes are checked by %1: without them, a copy of the vault file opens nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Recovery codes are made when the first method is turned on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>One recovery code left.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n recovery codes left.</source>
            <translation>
                <numerusform>%n recovery code left.</numerusform>
                <numerusform>%n recovery codes left.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Email and SMS codes are sent with your own delivery settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No delivery settings yet: email and SMS codes need a mail server or an SMS gateway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <location line="+30" />
            <source>Revoke %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-21" />
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not allowed by your organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>A computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>No computer is remembered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/preferences/SecurityPaneComputers.cpp" line="+25" />
            <source>This computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Add a &amp;computer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Add a computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sign o&amp;ut and forget this computer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sign out and forget this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Signed in to %1 on %2. Add a computer shows what another computer needs to sign in too.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::SentCodeSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/SentCodeSetupDialog.cpp" line="+16" />
            <source>&amp;Send code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Send a code</source>
            <extracomment>"code": the one-time code sent by email or text message.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Code you received</source>
            <extracomment>"code": the one-time code sent by email or text message.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;ode:</source>
            <extracomment>"code": the one-time code sent by email or text message.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Verify the code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Send the code again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Use a different &amp;number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Use a different &amp;address</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+86" />
            <source>We sent a code to %1. Enter it here; it works for %n minutes.</source>
            <extracomment>%1 is an email address or a phone number; %n the code's lifetime in minutes (10).</extracomment>
            <translation>
                <numerusform>We sent a code to %1. Enter it here; it works for %n minute.</numerusform>
                <numerusform>We sent a code to %1. Enter it here; it works for %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+57" />
            <source>Resend code (in %n s)</source>
            <extracomment>"code": the one-time code sent by email or text message.</extracomment>
            <translation>
                <numerusform>Resend code (in %n s)</numerusform>
                <numerusform>Resend code (in %n s)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Resend code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-53" />
            <source>We sent a new code.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::ServerChoicePage</name>
        <message>
            <location filename="../ui/account/ServerChoicePage.cpp" line="+14" />
            <source>&amp;Create an account…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sign in to an account…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Use a Twofold server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>About server accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>For several computers or an organisation. The server checks your second factor and holds a share of your vault's key, so a copy of the vault file opens nothing without it. Your master password and your account key never leave your computers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>About creating an account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New on this server: make your account, your vault and its emergency kit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>About signing in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>You have an account: open your vault on this computer too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Create an account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Sign in to an account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Back to creating a vault on this computer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::SignOutDialog</name>
        <message>
            <location filename="../ui/account/SignOutDialog.cpp" line="+18" />
            <source>Sign out and &amp;forget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-16" />
            <location line="+13" />
            <source>Sign out and forget this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>What signing out does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Changes not synced</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::SmsSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/SmsSetupDialog.cpp" line="+23" />
            <source>Enter the mobile number to send sign-in codes to. We send a code to it now, to check that it receives text messages.</source>
            <extracomment>"code": the one-time code sent by text message.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Country or region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 (+%2)</source>
            <extracomment>A line of the country picker: "United Kingdom (+44)".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Mobile number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Number to send to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Country or region:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Mobile number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+68" />
            <source>Will send to %1</source>
            <extracomment>%1 is the phone number in international form: "+44 7123 456789".</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::StartWindow</name>
        <message>
            <location filename="../ui/setup/StartWindow.cpp" line="+27" />
            <source>Twofold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Create a vault — Twofold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Sign in — Twofold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Use a Twofold server — Twofold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Create an account — Twofold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Sign in to an account — Twofold</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::StrengthMeter</name>
        <message>
            <location filename="../ui/common/StrengthMeter.cpp" line="+33" />
            <source>Password strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Password strength verdict</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+30" />
            <source>Use at least %n characters. A few unrelated words make a strong password that is easy to remember.</source>
            <translation>
                <numerusform>Use at least %n character. A few unrelated words make a strong password that is easy to remember.</numerusform>
                <numerusform>Use at least %n characters. A few unrelated words make a strong password that is easy to remember.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>twofold::TotpCodeWidget</name>
        <message>
            <location filename="../ui/otp/TotpCodeWidget.cpp" line="+28" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Two-factor code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Seconds left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Copy the two-factor code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>This two-factor link cannot be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+76" />
            <source>This code changes only when it is used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This code is about to change: wait for the next one before you type it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This code changes in %1 seconds.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::TurnOnTwoFactorDialog</name>
        <message>
            <location filename="../ui/twofactor/TurnOnTwoFactorDialog.cpp" line="+16" />
            <source>&amp;Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Two-factor sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Your organisation requires two-factor sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Turn on two-factor sign-in now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Turn on a method to open this vault. Until one is on, the vault stays closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>With it, someone who learns your master password still cannot open your vault without a code from your phone or mail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>%1 (recommended)</source>
            <extracomment>A method button of the first-run offer; %1 is "Authenticator app".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Turn on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Your administrator's policy allows no two-factor method here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Lock the vault</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::UnlockPage</name>
        <message>
            <location filename="../ui/signin/UnlockPage.cpp" line="+35" />
            <source>Open another vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Create a new vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+5" />
            <source>Unlock your vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Vault file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open another vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Vaults opened recently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Recent vaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Create a new vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Master password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Unlocking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Master password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Account &amp;key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Why the account key is asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This computer does not have this vault's account key. Type it from your emergency kit: it is kept here from then on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Account key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Vault:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+126" />
            <source>Open a vault</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::VaultController</name>
        <message>
            <location filename="../ui/vault/VaultController.cpp" line="+41" />
            <location line="+21" />
            <location line="+9" />
            <location line="+12" />
            <location line="+8" />
            <location line="+13" />
            <location line="+8" />
            <location line="+8" />
            <source>The vault is locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-22" />
            <source>That attachment is no longer in the entry.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twofold::VaultSync</name>
        <message>
            <location filename="../ui/vault/VaultSync.cpp" line="+174" />
            <source>This account was made before Twofold could sync, so the server does not know this vault's sync key yet. Run “twofold-cli sync” once on this computer to turn sync on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>“%1”</source>
            <extracomment>An entry's title quoted in a sentence, with this language's quotation marks.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Changed on this computer and on another: %1. The newer edit is current; the other is kept in the entry's history.</source>
            <extracomment>%1 is the list of entries' titles, quoted: "“Mail” and “Bank”".</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
