<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QFileDevice</name>
    <message>
        <location filename="../core/platform/FileSecretStore.cpp" line="+33"/>
        <source>The remembered-computer file %1 could not be written. Check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Twofold::AtomicFile</name>
    <message>
        <location filename="../core/vault/AtomicFile.cpp" line="+21"/>
        <source> Your changes are still open: nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk holding %1 is full, so the vault was not saved. Free some space and save again, or save to another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is on a read-only disk, so the vault was not saved. Save it to another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is on a read-only disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You do not have permission to write next to %1, so the vault was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You do not have permission to read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault could not be saved to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/AtomicFile_posix.cpp" line="+142"/>
        <source>The vault was written, but the disk did not confirm it (%1). Save again before you turn the computer off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Twofold::Auth</name>
    <message>
        <location filename="../core/auth/AuthSentences.cpp" line="+12"/>
        <source>a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not turned on for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authenticator codes are made by the app on your phone: nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many wrong codes in a row. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A code was sent just now. You can ask for another in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Five codes were sent in the last hour, the most allowed. You can ask for another in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That code is not right. You can try it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>That code is not right. You can try it %n more times.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That code is not right, and it has now been tried three times: ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That code has expired (codes last 10 minutes): ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No code by text message is waiting to be checked: ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No code by email is waiting to be checked: ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That code has been used already. Wait for the next one in your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That code is not right. Enter the code your authenticator app shows for Twofold now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That recovery code is not right, or it has been used already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is no longer remembered: enter a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault asks for a code at every sign-in, so computers are not remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two-factor sign-in is not on for this vault: turn on a method first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That is not the code that was sent. You can try it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>That is not the code that was sent. You can try it %n more times.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That code is not right. Check that the setup key was entered exactly and that your phone&apos;s clock is right, then enter the code the app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DeliveryCodeSender.cpp" line="+30"/>
        <source>Codes cannot be sent by email yet: set up the mail server first (Preferences &gt; Security &gt; Delivery, or twofold-cli delivery set smtp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Codes cannot be sent by text message yet: set up the SMS gateway first (Preferences &gt; Security &gt; Delivery, or twofold-cli delivery set sms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/LocalVerifierHost.cpp" line="+13"/>
        <source>The vault&apos;s master password was changed in another program while you were signing in. Sign in again with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/Messages.cpp" line="+17"/>
        <source>The sign-in verifier and this program do not understand each other. Update Twofold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/Policy.cpp" line="+20"/>
        <source>The administrator&apos;s policy file %1 is not valid (%2), so Twofold cannot tell how sign-in must work and will not start it. Ask your administrator to correct the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is far too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it must be one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;twoFactor&quot; must be &quot;off&quot;, &quot;optional&quot; or &quot;required&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;allowedMethods&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;allowedMethods&quot; may list only &quot;authenticator&quot;, &quot;email&quot; and &quot;sms&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>two-factor sign-in is required but no method is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;server&quot; must be an https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SignInMethod.cpp" line="+36"/>
        <source>Authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text message (SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SignInSession.cpp" line="+21"/>
        <source>This vault needs a second factor, but its two-factor settings have no method turned on. Try the backup copy of the vault (the same name ending in .bak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+365"/>
        <source>This computer could not be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/TwoFactorSettings.cpp" line="+24"/>
        <source>Enter your master password again to change the two-factor settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault&apos;s master password was changed in another program. Close the vault and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+59"/>
        <source>Wait for the change being made to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This vault was opened read-only, so its two-factor settings cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Your administrator requires two-factor sign-in, so the last method cannot be turned off. Turn on another method first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Give the app password a name, such as the script that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An app password named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vault has as many app passwords as it can hold: revoke one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No app password is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/TwoFactorSetup.cpp" line="+26"/>
        <source>Your administrator has turned two-factor sign-in off on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your administrator does not allow %1 for signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No method is being set up: start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/Verifier.cpp" line="+377"/>
        <source>The sign-in verifier did not understand the request. Update Twofold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/VerifierState.cpp" line="+29"/>
        <source>The two-factor settings kept in this vault are damaged, so the second factor cannot be checked. Try the backup copy of the vault (the same name ending in .bak).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Twofold::Cli</name>
    <message>
        <location filename="../app/cli/CommandHelpers.cpp" line="+153"/>
        <source>The user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tags, separated by commas (&quot;&quot; for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group, as a path &quot;A/B&quot; (created if missing; &quot;&quot; for the top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a random password of N characters (default 20) instead of asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="+31"/>
        <source>Explain a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+127"/>
        <source>The vault file (default: $TWOFOLD_VAULT, else vault.twofold in Twofold&apos;s data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the master password, then every later answer, one line each from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the master password from the environment variable VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help, or a command&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EntryCommands.cpp" line="+199"/>
        <source>The new title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for a new password (the next line of standard input with --password-stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/VaultCommands.cpp" line="+192"/>
        <source>Print each entry&apos;s id, a tab, then its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without --generate, asks for the entry&apos;s password (twice at a terminal; the line after the master password with --password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the fields named by options change; the old password is kept in the entry&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move an entry to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete it for good instead (also an entry already in the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the entries in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take an entry out of the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete every entry in the trash for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommand.cpp" line="+69"/>
        <source>Print a random password or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A password of 20 characters with lower and upper case letters, digits and symbols (at least one of each) unless told otherwise; with --words, a passphrase of words from the EFF large word list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A password of N characters (8 to 128; default 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passphrase of N words (3 to 20) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lower-case letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upper-case letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out characters easily mistaken for others (I l 1 | O 0 o)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put S between the words (default &quot;-&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start each word with a capital letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VaultCommands.cpp" line="+8"/>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks for the new master password twice at a terminal (once with --password-stdin or --password-env) and refuses one that is too easy to guess. The key derivation is tuned to this computer unless --kdf-memory or --kdf-iterations is given (the other then keeps its default: 256 MiB, 3 iterations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Memory of the key derivation (Argon2id), in MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iterations of the key derivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the entries by title (of GROUP and its subgroups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GROUP is a path &quot;A/B&quot; or an id. Entries in the trash are left out (see &quot;trash ls&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the entries whose title, user name, web address, tags or notes hold every term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case and accents do not matter. Entries in the trash are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show an entry (the password as ******** unless --reveal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --field, only that field&apos;s value is printed (tags one a line): &quot;show ENTRY --field password --reveal&quot; prints the password alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print only this field: title, username, password, url, group, tags, notes, created, modified or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the password itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Twofold::Delivery</name>
    <message>
        <location filename="../core/delivery/CurlSupport.cpp" line="+124"/>
        <source>Could not find the server %1: check its name and this computer&apos;s internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the connection on port %2: check the port, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not answer in time: check the server name, port and security setting, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The certificate of %1 is for another server name: use the name the certificate was made for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate of %1 has expired: ask the server&apos;s administrator to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate of %1 is not trusted: if it is a private server, give the file of its certificate authority (CA) in the delivery settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate authority (CA) file in the delivery settings could not be read: check that it exists and holds PEM certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not set up an encrypted connection with %1 on port %2: check the port and the security setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server address &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer ran out of memory while sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered in a way Twofold does not understand: check the port and the security setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending through %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/delivery/DeliverySettings.cpp" line="+25"/>
        <source>The certificate authority (CA) file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not a web address for the %2: it should start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 must use https:// so its credentials and the codes travel encrypted (http:// is only allowed to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put no user name or password in the %1&apos;s address: use the settings made for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Email delivery is not set up: give the SMTP server in the delivery settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the SMTP server&apos;s port: usually 587 for STARTTLS or 465 for TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the address the codes are sent from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/delivery/MailMessage.cpp" line="+99"/>
        <source>A mail header cannot contain a line break or other control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the SMTP user name that goes with the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail can only go unencrypted to a server on this computer: choose STARTTLS or TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SMS gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the SMS gateway&apos;s account SID (a Twilio one starts with AC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an account SID: it has letters and digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the SMS gateway&apos;s auth token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the number (or sender name) the codes are sent from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; cannot be a sender: it has a line break or other control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SMS webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a header name: use letters, digits and dashes, like X-Api-Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Twofold sets the %1 header itself: remove it from the webhook&apos;s headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value of the %1 header cannot contain a line break or other control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The delivery settings stored in this vault are damaged: set email and SMS delivery up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/delivery/MailMessage.cpp" line="+35"/>
        <source>Enter an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an email address: it should look like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has letters Twofold cannot send to: use an address written with Latin letters, digits and punctuation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your Twofold sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/delivery/SmsGateway.cpp" line="+16"/>
        <source>Your Twofold sign-in code is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../core/delivery/SmsGateway.cpp" line="+1"/>
        <source>It expires in %n minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you did not try to sign in, change your master password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Twofold test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a test message from Twofold: your email delivery settings work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/delivery/SmsGateway.cpp" line="+8"/>
        <source>This is a test message from Twofold: your SMS delivery settings work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SMS delivery is not set up: choose an SMS gateway in the delivery settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is not a phone number in international form, like +447123456789.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An SMS needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/delivery/SmtpSender.cpp" line="+45"/>
        <source>The mail server refused the sign-in: check the SMTP user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not offer STARTTLS, so the mail would travel unencrypted: choose TLS (usually port 465) if the server has it, or ask its administrator to turn STARTTLS on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail server wants a sign-in before it sends mail: enter the SMTP user name and password in the delivery settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail server refused the sender address %1: many servers only accept the address of the account you sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail server refused to deliver to %1: check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>The mail server refused the message: try again later, or ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/delivery/TwilioGateway.cpp" line="+68"/>
        <source>The SMS gateway refused the account SID or auth token: check them in the delivery settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SMS gateway is getting too many messages from this account: try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SMS gateway says %1 is not a valid phone number: check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SMS gateway account is a trial account, which only sends to verified numbers: verify %1 with Twilio, or upgrade the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has replied STOP to the sender number: send START to it from that phone, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SMS gateway account may not send to %1&apos;s country: allow it in the account&apos;s geographic permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a mobile number, so it cannot receive SMS: use a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SMS gateway cannot send from %1 with this account: check the sender number in the delivery settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>The SMS gateway does not know this account: check the base URL and the account SID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SMS gateway has a problem on its side: try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SMS gateway refused the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SMS gateway refused the message: check the SMS settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/delivery/WebhookGateway.cpp" line="+96"/>
        <source>The SMS webhook&apos;s body template does not make valid JSON: check its quotes and braces, and put each {to}, {body} and {code} inside quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The SMS webhook refused access: check the headers (such as its API key) in the delivery settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SMS webhook&apos;s address does not take messages: check the URL in the delivery settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SMS webhook is getting too many messages: try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SMS webhook has a problem on its side: try again in a few minutes, or ask whoever runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SMS webhook refused the message: check its URL, headers and body template in the delivery settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Twofold::Kdf</name>
    <message>
        <location filename="../core/crypto/Kdf.cpp" line="+36"/>
        <source>The vault&apos;s key settings are damaged or out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This computer does not have enough free memory (%1 MiB) to open the vault. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Twofold::OpenVault</name>
    <message>
        <location filename="../core/vault/OpenVault.cpp" line="+61"/>
        <source>This vault is open for changes in another program (%1, process %2). Close it there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another Twofold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault cannot be opened for changes, because its folder does not allow creating the lock file %1 (read-only or no permission). Commands that only read the vault still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>There is already a file at %1. Open it, or choose another name for the new vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The vault file was changed by another program while it was being opened. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This vault was opened read-only, so changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault file was replaced by another program since it was opened, so it was not overwritten. Your changes are still open: save them to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This vault was opened read-only, so its password cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two-factor settings must be re-sealed with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This vault has two-factor sign-in turned on: changing the password needs the sign-in share.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Twofold::Otp</name>
    <message>
        <location filename="../core/otp/Base32.cpp" line="+40"/>
        <source>The setup key has %1 at character %2, but setup keys use only the letters A to Z and the digits 2 to 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The 0 is probably the letter O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 1 is probably the letter I or L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 8 is probably the letter B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The setup key has “=” at character %1, before its end; “=” may only come at the end of a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/otp/OtpUri.cpp" line="+47"/>
        <source>The link has a broken %-escape: “%1”. A “%” must be followed by two hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The link asks for the algorithm “%1”, which Twofold does not support: only SHA1, SHA256 and SHA512 are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The link has no secret (the setup key), so no codes can be made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The link&apos;s secret is not a valid setup key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link&apos;s secret is too short to be a setup key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The link is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a two-factor link: such links start with otpauth://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The link does not say which kind of codes it makes: otpauth:// must be followed by totp or hotp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link is for “%1” codes, but Twofold makes only totp (time-based) and hotp (counter-based) codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The link gives “%1” more than once, so it is not clear which to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The link asks for codes of “%1” digits, but codes have 6, 7 or 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The link&apos;s period “%1” is not a whole number of seconds greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The link&apos;s counter “%1” is not a whole number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/otp/QrMatrix.cpp" line="+32"/>
        <source>This text is too long for a QR code: it has %1 bytes, and a QR code holds at most 2331.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/otp/Totp.cpp" line="+124"/>
        <source>That code is for another time: your computer&apos;s clock seems a minute slow. Set the clock right, then enter a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>That code is for another time: your computer&apos;s clock seems %n minutes slow. Set the clock right, then enter a new code.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That code is for another time: your computer&apos;s clock seems a minute fast. Set the clock right, then enter a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>That code is for another time: your computer&apos;s clock seems %n minutes fast. Set the clock right, then enter a new code.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Twofold::PasswordStrength</name>
    <message>
        <location filename="../core/crypto/PasswordStrength.cpp" line="+59"/>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is one of the most common passwords and would be guessed at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too easy to guess: it follows a common pattern. Add a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fair: it would resist casual guessing. A longer passphrase is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good: hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strong: very hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Twofold::PhoneNumber</name>
    <message>
        <location filename="../core/delivery/PhoneNumber.cpp" line="+73"/>
        <source>&quot;%1&quot; has too few digits for a phone number: type the whole number, with its area or mobile prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; has too few digits for a number with country code %2: type the whole number, with its area or mobile prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; has too many digits for a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; has too many digits for a number with country code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a landline number: SMS codes need a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a toll-free number, which cannot receive SMS: use a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a premium-rate number, which cannot receive SMS: use a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a shared-cost number, which cannot receive SMS: use a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an internet (VoIP) number, which does not receive SMS codes reliably: use a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a personal forwarding number, which cannot receive SMS: use the mobile number it forwards to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a pager number, which cannot receive SMS: use a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a company switchboard number, which cannot receive SMS: use a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a voicemail access number, which cannot receive SMS: use a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not look like a mobile number: SMS codes need a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a phone number: use digits and spaces, with a + before the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+28"/>
        <source>&quot;%1&quot; starts with a country code that does not exist: check the digits after the +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Pick the country of &quot;%1&quot;, or type it with + and its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; does not have the right number of digits for a number with country code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a valid number with country code %2: check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Twofold::QrImageDecoder</name>
    <message>
        <location filename="../ui/otp/QrImageDecoder_none.cpp" line="+16"/>
        <source>This copy of Twofold cannot read QR codes: paste the link or type the setup key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/otp/QrImageDecoder_zxing.cpp" line="+21"/>
        <source>No QR code was found in the picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Twofold::SecretStore</name>
    <message>
        <location filename="../core/platform/SecretStore.cpp" line="+9"/>
        <source>No system keychain could be reached, so remembered computers are kept in an encrypted file whose key lies next to it. That only protects against casual reading: anyone who can read your files can use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Twofold::Vault</name>
    <message>
        <location filename="../core/vault/Vault.cpp" line="+16"/>
        <source>There is no entry called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no group called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 entries are called &quot;%2&quot;: name one by its id (shown by &quot;ls --ids&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+27"/>
        <source>An entry needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+16"/>
        <source>A group name cannot be empty or contain &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>There is already a group called &quot;%1&quot; here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Twofold::VaultFile</name>
    <message>
        <location filename="../core/vault/VaultCodec.cpp" line="+236"/>
        <source>The vault&apos;s content is damaged and cannot be read. Try the backup copy (the same name ending in .bak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/VaultFile.cpp" line="+33"/>
        <source>This file is not a Twofold vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault file is damaged (%1) and cannot be opened. Try the backup copy (the same name ending in .bak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That password is not right for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+209"/>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not have permission to read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+63"/>
        <source>The vault file %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+16"/>
        <location line="+7"/>
        <source>it ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>This vault uses format %1, which this version of Twofold does not know: it was saved by a newer Twofold (update Twofold to open it), or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>impossible header size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the header checksum does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>impossible content size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there are extra bytes at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+24"/>
        <source>the header cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+21"/>
        <source>it has no password key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vault has two-factor sign-in turned on: it needs a code as well as the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That app password is not right for this vault, or it was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its content does not decrypt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Twofold::VaultLocation</name>
    <message>
        <location filename="../ui/common/VaultLocation.cpp" line="+36"/>
        <source>Twofold vaults (*.twofold);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+33"/>
        <source>Password manager with two-factor sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault file to open (optional).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold</name>
    <message>
        <location filename="../core/platform/FileSecretStore.cpp" line="+81"/>
        <source>The remembered-computer file is busy in another program. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/platform/SecretStore_keychain.cpp" line="+28"/>
        <source>Access to the system keychain was refused, so this computer cannot be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain does not allow Twofold to keep secrets there, so this computer cannot be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is remembered here under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain could not forget this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::CreateVaultController</name>
    <message>
        <location filename="../ui/setup/CreateVaultController.cpp" line="+60"/>
        <source>Choose where to keep the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder. Choose a file name for the new vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a file at %1. Choose another name, or open it with “Open another vault…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::CreateVaultPage</name>
    <message>
        <location filename="../ui/setup/CreateVaultPage.cpp" line="+36"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your passwords are kept in one encrypted file. Its master password is the one password you will need to remember: nobody can recover it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the vault location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Master password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating your vault… This takes a few seconds: the master password is being made slow to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open another vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Master password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Where to keep the new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a master password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a stronger master password: the line under it says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the master password again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::EntryEditorDialog</name>
    <message>
        <location filename="../ui/vault/EntryEditorDialog.cpp" line="+27"/>
        <source>Gene&amp;rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a group, or type a new name (use / for a group inside another).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Generate a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in a random password of %1 characters: letters, digits and symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two-factor codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the two-factor codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>This entry has two-factor codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change two-factor code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add two-factor code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the two-factor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a two-factor code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::EntryListModel</name>
    <message>
        <location filename="../ui/vault/EntryListModel.cpp" line="+116"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::EntryPane</name>
    <message>
        <location filename="../ui/vault/EntryPane.cpp" line="+44"/>
        <location line="+25"/>
        <source>This entry is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Copy the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an entry to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this entry from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Two-factor code copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>User name copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Password copied. The clipboard will be cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::FileSecretStore</name>
    <message>
        <location filename="../core/platform/FileSecretStore.cpp" line="+34"/>
        <source>Nothing is remembered here under that name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::GroupList</name>
    <message>
        <location filename="../ui/vault/GroupList.cpp" line="+28"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::MainWindow</name>
    <message>
        <location filename="../ui/vault/MainWindow.cpp" line="+42"/>
        <source>%1 — Twofold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+218"/>
        <source>Entry restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-176"/>
        <source>&amp;New entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo moving to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Main tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Entry added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entry saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your latest changes could not be saved: %1
Lock anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 Your changes are still open here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::MessageBanner</name>
    <message>
        <location filename="../ui/common/MessageBanner.cpp" line="+23"/>
        <location line="+12"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::OtpKeyForm</name>
    <message>
        <location filename="../ui/otp/OtpKeyForm.cpp" line="+21"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key the website shows next to its QR code. Spaces and dashes do not matter, nor do capital letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The website or company, e.g. Example Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your user name or email address there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time-based (TOTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter-based (HOTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change these only when the website says so: most use time-based codes, SHA-1, 6 digits and 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setup key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The setup key is too short: check that you typed all of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::OtpSetupDialog</name>
    <message>
        <location filename="../ui/otp/OtpSetupDialog.cpp" line="+43"/>
        <source>From an Image File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add Two-Factor Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two-factor link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the link the website gives for authenticator apps (it starts with otpauth://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read the QR code the website shows: from a picture of it, or straight from the screen while the website shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paste a Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the Setup Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a QR Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The current code, to check against the website (enter it where the website asks for a code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>This looks like a setup key, not a link: type or paste it under “Type the Setup Key”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a Picture of the QR Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be opened as a picture (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No QR code was found on the screen. Show the website&apos;s QR code, move this window so it does not cover it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twofold could not take a picture of the screen (your desktop may not allow it). Save the QR code as a picture and use “From an Image File…” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This QR code is an export from Google Authenticator, which Twofold cannot read. Set up two-factor codes again on the website and read the QR code it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The QR code was read, but it does not hold a usable two-factor link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QR code read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::PasswordField</name>
    <message>
        <location filename="../ui/common/PasswordField.cpp" line="+29"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::PasswordGenerator</name>
    <message>
        <location filename="../core/crypto/PasswordGenerator.cpp" line="+76"/>
        <source>A generated password must be between %1 and %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one kind of character: lower case, upper case, digits or symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A passphrase must have between %1 and %2 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The separator between words must be at most %1 characters, without line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The random number source failed, so no password was generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The word list for passphrases is missing from this build of Twofold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::QrCodeWidget</name>
    <message>
        <location filename="../ui/otp/QrCodeWidget.cpp" line="+54"/>
        <location line="+6"/>
        <source>The QR code could not be saved to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan this QR code with an authenticator app. If you cannot scan it, type the setup key shown with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+11"/>
        <source>There is no QR code to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the QR code (anyone with the picture can make your codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG pictures (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QR code not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::StartWindow</name>
    <message>
        <location filename="../ui/setup/StartWindow.cpp" line="+18"/>
        <source>Twofold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create a vault — Twofold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock — Twofold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::StrengthMeter</name>
    <message>
        <location filename="../ui/common/StrengthMeter.cpp" line="+32"/>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password strength verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Use at least %n characters. A few unrelated words make a strong password that is easy to remember.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::TotpCodeWidget</name>
    <message>
        <location filename="../ui/otp/TotpCodeWidget.cpp" line="+28"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Two-factor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the two-factor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This two-factor link cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>This code changes only when it is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code is about to change: wait for the next one before you type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code changes in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::UnlockPage</name>
    <message>
        <location filename="../ui/signin/UnlockPage.cpp" line="+24"/>
        <source>Open another vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Unlock your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Master password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This vault has two-factor sign-in turned on, so it also needs a code. The next version of this window will ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::VaultController</name>
    <message>
        <location filename="../ui/vault/VaultController.cpp" line="+33"/>
        <location line="+21"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::cli</name>
    <message>
        <location filename="../app/cli/CommandHelpers.cpp" line="-93"/>
        <source>%1 entries in the trash are called &quot;%2&quot;: name one by its id (shown by &quot;trash ls --ids&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no entry called &quot;%1&quot; in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="-104"/>
        <source>Usage: twofold-cli [OPTIONS] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twofold&apos;s command line: your vault, and passwords and passphrases, for people and scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Options for every command (before or after it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ENTRY is the exact title of an entry, or its id (see &quot;ls --ids&quot;). Secrets are never taken from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit status: 0 success, 1 usage, 2 wrong password or code, 3 locked out, 4 a problem with the vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;twofold-cli help COMMAND&quot; explains a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The options for every command (--vault, --password-stdin, …) are listed by &quot;twofold-cli --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no command &quot;%1&quot; (see twofold-cli --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;twofold-cli help %1 ACTION&quot; explains an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EntryCommands.cpp" line="-206"/>
        <source>There is already an entry called &quot;%1&quot;: choose another title, or change that entry with &quot;twofold-cli edit&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Password for &quot;%1&quot;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/VaultCommands.cpp" line="-174"/>
        <source>Type it again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entry&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+39"/>
        <source>An entry needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Added &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say what to change, for example --username U (see twofold-cli help edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give --generate or --ask-password, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Changed &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is already in the trash: &quot;rm --permanent&quot; deletes it for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted &quot;%1&quot; for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved &quot;%1&quot; to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Restored &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The trash is already empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted 1 entry for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted %1 entries for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommand.cpp" line="-60"/>
        <source>Give --length for a password or --words for a passphrase, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option --%1 applies to passwords, not to passphrases (--words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The option --%1 applies to passphrases: add --words N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SignIn.cpp" line="+23"/>
        <source>The environment variable %1 (named by --password-env) is not set or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the master password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no vault at %1: create one with &quot;twofold-cli init&quot;, or name another with --vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Master password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VaultCommands.cpp" line="-15"/>
        <source>The option --kdf-memory must be between 1 and %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is already a file at %1: name another with --vault, or open that vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New master password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new master password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measuring this computer, so that unlocking takes about a second…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created the vault %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Say what to search for: twofold-cli search TERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no field &quot;%1&quot;: name one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the trash since: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::cli::Arguments</name>
    <message>
        <location filename="../app/cli/Arguments.cpp" line="+78"/>
        <source>There is no option %1 (see twofold-cli --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no option --%1 (see twofold-cli --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The option --%1 needs a value: --%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The option --%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name a command (see twofold-cli --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command &quot;%1&quot; needs one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no command &quot;%1&quot; (see twofold-cli --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The option --%1 does not apply to &quot;%2&quot; (see twofold-cli help %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command &quot;%1&quot; needs more arguments: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command &quot;%1&quot; does not take &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The option --%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The option --%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::cli::Prompter</name>
    <message>
        <location filename="../app/cli/Console.cpp" line="+61"/>
        <source>Twofold needs %1, but there is no terminal to ask on: pass --password-stdin to give it as a line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The answer giving %1 is longer than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The input ended before %1 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard input ended before %1 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two entries of %1 differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
