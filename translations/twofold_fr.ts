<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>Text</name>
        <message>
            <location filename="../core/platform/FileSecretStore.cpp" line="+41" />
            <source>The remembered-computer file %1 could not be written. Check that the folder exists and that you may write there.</source>
            <translation>Le fichier des ordinateurs mémorisés %1 n’a pas pu être écrit. Vérifiez que le dossier existe et que vous avez le droit d’y écrire.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Account</name>
        <message>
            <location filename="../ui/account/AccountText.cpp" line="+23" />
            <source>A server address has no spaces: check "%1".</source>
            <translation>Une adresse de serveur ne contient pas d’espaces : vérifiez « %1 ».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>"%1" is not a server address: it should look like https://sign-in.example.org.</source>
            <translation>« %1 » n’est pas une adresse de serveur : elle devrait ressembler à https://sign-in.example.org.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server address must start with https://: codes and your account would otherwise cross the network unprotected. (Plain http:// is only for a server on this computer.)</source>
            <translation>L’adresse du serveur doit commencer par https:// : sinon les codes et votre compte traverseraient le réseau sans protection. (http:// seul n’est permis que pour un serveur sur cet ordinateur.)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server address must start with https://, not %1://.</source>
            <translation>L’adresse du serveur doit commencer par https://, pas par %1://.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Leave the user name and password out of the server address: Twofold asks for your email and master password separately.</source>
            <translation>Retirez le nom d’utilisateur et le mot de passe de l’adresse du serveur : Twofold demande votre e-mail et votre mot de passe principal à part.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server address cannot have "?" or "#" in it: give only the address your administrator gave you.</source>
            <translation>L’adresse du serveur ne peut pas contenir « ? » ni « # » : donnez seulement l’adresse que votre administrateur vous a fournie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The port in "%1" is not a port number (1 to 65535).</source>
            <translation>Le port de « %1 » n’est pas un numéro de port (1 à 65535).</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Enter the address of your Twofold server (your administrator has it).</source>
            <translation>Saisissez l’adresse de votre serveur Twofold (votre administrateur la connaît).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter your email address: it is your account's name on the server.</source>
            <translation>Saisissez votre adresse e-mail : c’est le nom de votre compte sur le serveur.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose a master password.</source>
            <translation>Choisissez un mot de passe principal.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose a stronger master password: the line under it says why.</source>
            <translation>Choisissez un mot de passe principal plus robuste : la ligne en dessous indique pourquoi.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Type the master password again to confirm it.</source>
            <translation>Saisissez à nouveau le mot de passe principal pour le confirmer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The two passwords do not match.</source>
            <translation>Les deux mots de passe ne correspondent pas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter your master password.</source>
            <translation>Saisissez votre mot de passe principal.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter your account key: it is in your emergency kit and starts with TF1-.</source>
            <translation>Saisissez votre clé de compte : elle figure dans votre kit d’urgence et commence par TF1-.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This computer does not have your account key yet. Type it from your emergency kit: it is needed once on each computer.</source>
            <translation>Cet ordinateur n’a pas encore votre clé de compte. Saisissez-la depuis votre kit d’urgence : elle est demandée une fois sur chaque ordinateur.</translation>
        </message>
        <message>
            <location filename="../ui/account/AccountWidgets.cpp" line="+44" />
            <source>Where to keep the vault</source>
            <translation>Où conserver le coffre</translation>
        </message>
        <message>
            <location filename="../ui/account/AccountText.cpp" line="+6" />
            <source>From your emergency kit (TF1-…): each new computer needs it once, before the code.</source>
            <translation>Dans votre kit d’urgence (TF1-…) : chaque nouvel ordinateur en a besoin une fois, avant le code.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The picture %1 could not be opened: choose a PNG, JPEG or BMP file.</source>
            <translation>L’image %1 n’a pas pu être ouverte : choisissez un fichier PNG, JPEG ou BMP.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The QR code in this picture is not a Twofold "Add a computer" code. On a computer that is signed in, open Settings &gt; Security &gt; Add a computer… and use the code it shows.</source>
            <translation>Le code QR de cette image n’est pas un code Twofold « Ajouter un ordinateur ». Sur un ordinateur connecté, ouvrez Réglages &gt; Sécurité &gt; Ajouter un ordinateur… et utilisez le code affiché.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server, the email and the account key were filled in from the code. Type your master password to sign in.</source>
            <translation>Le serveur, l’e-mail et la clé de compte ont été remplis depuis le code. Saisissez votre mot de passe principal pour vous connecter.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Read the account key from a picture</source>
            <translation>Lire la clé de compte dans une image</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
            <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This vault is kept on this computer only, with no account on a server, so no other computer can sign in to it. Copy the vault file instead, or create a Twofold server account.</source>
            <translation>Ce coffre n’existe que sur cet ordinateur, sans compte sur un serveur : aucun autre ordinateur ne peut s’y connecter. Copiez plutôt le fichier du coffre, ou créez un compte sur un serveur Twofold.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This computer does not keep the account key of this vault. Use the account key from your emergency kit on the other computer.</source>
            <translation>Cet ordinateur ne conserve pas la clé de compte de ce coffre. Utilisez sur l’autre ordinateur la clé de compte de votre kit d’urgence.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This computer's copy of the vault, its account key and the token that remembers this computer are removed from this computer. Your account %1 on %2 and your other computers are not touched: sign in again here with your master password, your account key and your second factor.</source>
            <translation>La copie du coffre sur cet ordinateur, sa clé de compte et le jeton qui mémorise cet ordinateur sont supprimés de cet ordinateur. Votre compte %1 sur %2 et vos autres ordinateurs ne sont pas touchés : reconnectez-vous ici avec votre mot de passe principal, votre clé de compte et votre second facteur.</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n changes made on this computer have not reached the server yet and will be lost. Cancel and sync first to keep them.</source>
            <translation>
                <numerusform>%n modification faite sur cet ordinateur n’a pas encore atteint le serveur et sera perdue. Annulez et synchronisez d’abord pour la garder.</numerusform>
                <numerusform>%n modifications faites sur cet ordinateur n’ont pas encore atteint le serveur et seront perdues. Annulez et synchronisez d’abord pour les garder.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>This computer is signed out of %1 and has forgotten it.</source>
            <translation>Cet ordinateur est déconnecté de %1 et l’a oublié.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This computer is signed out of %1 and has forgotten it, but the server could not be told to stop remembering it (%2). Revoke it from another computer in Settings &gt; Security.</source>
            <translation>Cet ordinateur est déconnecté de %1 et l’a oublié, mais le serveur n’a pas pu être prié de ne plus le mémoriser (%2). Révoquez-le depuis un autre ordinateur dans Réglages &gt; Sécurité.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the master password was not given</source>
            <translation>le mot de passe principal n’a pas été donné</translation>
        </message>
    </context>
    <context>
        <name>Twofold::AtomicFile</name>
        <message>
            <location filename="../core/vault/AtomicFile.cpp" line="+91" />
            <source> Your changes are still open: nothing was lost.</source>
            <translation> Vos modifications sont toujours présentes : rien n’a été perdu.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The disk holding %1 is full, so the vault was not saved. Free some space and save again, or save to another place.</source>
            <translation>Le disque contenant %1 est plein : le coffre n’a donc pas été enregistré. Libérez de l’espace et enregistrez à nouveau, ou enregistrez à un autre emplacement.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is on a read-only disk, so the vault was not saved. Save it to another place.</source>
            <translation>%1 se trouve sur un disque en lecture seule : le coffre n’a donc pas été enregistré. Enregistrez-le à un autre emplacement.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is on a read-only disk.</source>
            <translation>%1 se trouve sur un disque en lecture seule.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>You do not have permission to write next to %1, so the vault was not saved.</source>
            <translation>Vous n’avez pas le droit d’écrire à côté de %1 : le coffre n’a donc pas été enregistré.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You do not have permission to read %1.</source>
            <translation>Vous n’avez pas le droit de lire %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The folder of %1 does not exist.</source>
            <translation>Le dossier de %1 n’existe pas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The vault could not be saved to %1 (%2).</source>
            <translation>Le coffre n’a pas pu être enregistré dans %1 (%2).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 could not be read (%2).</source>
            <translation>%1 n’a pas pu être lu (%2).</translation>
        </message>
        <message>
            <location filename="../core/vault/AtomicFile_posix.cpp" line="+155" />
            <source>The vault was written, but the disk did not confirm it (%1). Save again before you turn the computer off.</source>
            <translation>Le coffre a été écrit, mais le disque ne l’a pas confirmé (%1). Enregistrez à nouveau avant d’éteindre l’ordinateur.</translation>
        </message>
        <message>
            <location filename="../core/vault/AtomicFile.cpp" line="-65" />
            <source>%1 could not be removed (%2).</source>
            <translation>%1 n’a pas pu être supprimé (%2).</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Auth</name>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="+14" />
            <source>a second</source>
            <translation>une seconde</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n seconds</source>
            <translation>
                <numerusform>%n seconde</numerusform>
                <numerusform>%n secondes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>a minute</source>
            <translation>une minute</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is not turned on for this vault.</source>
            <translation>La méthode « %1 » n’est pas activée pour ce coffre.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Authenticator codes are made by the app on your phone: nothing is sent.</source>
            <translation>Les codes de l’application d’authentification sont générés par l’application sur votre téléphone : rien n’est envoyé.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Too many wrong codes in a row. Try again in %1.</source>
            <translation>Trop de codes erronés d’affilée. Réessayez dans %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A code was sent just now. You can ask for another in %1.</source>
            <translation>Un code vient d’être envoyé. Vous pourrez en demander un autre dans %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Five codes were sent in the last hour, the most allowed. You can ask for another in %1.</source>
            <translation>Cinq codes ont été envoyés au cours de la dernière heure, soit le maximum autorisé. Vous pourrez en demander un autre dans %1.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>That code is not right. You can try it once more.</source>
            <translation>Ce code n’est pas correct. Vous pouvez encore essayer une fois.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>That code is not right. You can try it %n more times.</source>
            <translation>
                <numerusform>Ce code n’est pas correct. Vous pouvez encore essayer %n fois.</numerusform>
                <numerusform>Ce code n’est pas correct. Vous pouvez encore essayer %n fois.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>That code is not right, and it has now been tried three times: ask for a new one.</source>
            <translation>Ce code n’est pas correct, et il a maintenant été essayé trois fois : demandez-en un nouveau.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That code has expired (codes last 10 minutes): ask for a new one.</source>
            <translation>Ce code a expiré (les codes sont valables 10 minutes) : demandez-en un nouveau.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No code by text message is waiting to be checked: ask for a new one.</source>
            <translation>Aucun code envoyé par SMS n’attend d’être vérifié : demandez-en un nouveau.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No code by email is waiting to be checked: ask for a new one.</source>
            <translation>Aucun code envoyé par e-mail n’attend d’être vérifié : demandez-en un nouveau.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That code has been used already. Wait for the next one in your authenticator app.</source>
            <translation>Ce code a déjà été utilisé. Attendez le suivant dans votre application d’authentification.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That code is not right. Enter the code your authenticator app shows for Twofold now.</source>
            <translation>Ce code n’est pas correct. Saisissez le code que votre application d’authentification affiche maintenant pour Twofold.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>That recovery code is not right, or it has been used already.</source>
            <translation>Ce code de récupération n’est pas correct, ou il a déjà été utilisé.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This computer is no longer remembered: enter a code.</source>
            <translation>Cet ordinateur n’est plus mémorisé : saisissez un code.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This vault asks for a code at every sign-in, so computers are not remembered.</source>
            <translation>Ce coffre demande un code à chaque connexion : les ordinateurs ne sont donc pas mémorisés.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Two-factor sign-in is not on for this vault: turn on a method first.</source>
            <translation>La connexion à deux facteurs n’est pas activée pour ce coffre : activez d’abord une méthode.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>That is not the code that was sent. You can try it once more.</source>
            <translation>Ce n’est pas le code qui a été envoyé. Vous pouvez encore essayer une fois.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>That is not the code that was sent. You can try it %n more times.</source>
            <translation>
                <numerusform>Ce n’est pas le code qui a été envoyé. Vous pouvez encore essayer %n fois.</numerusform>
                <numerusform>Ce n’est pas le code qui a été envoyé. Vous pouvez encore essayer %n fois.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>That code is not right. Check that the setup key was entered exactly and that your phone's clock is right, then enter the code the app shows now.</source>
            <translation>Ce code n’est pas correct. Vérifiez que la clé de configuration a été saisie exactement et que l’horloge de votre téléphone est à l’heure, puis saisissez le code que l’application affiche maintenant.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>One more wrong code locks sign-in for a while.</source>
            <translation>Un code erroné de plus bloque la connexion pendant un moment.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>After %n more wrong codes, sign-in is locked for a while.</source>
            <translation>
                <numerusform>Après %n autre code erroné, la connexion est bloquée pendant un moment.</numerusform>
                <numerusform>Après %n autres codes erronés, la connexion est bloquée pendant un moment.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>The SMS gateway refused Twofold's sign-in: check the account and token in the delivery settings.</source>
            <translation>La passerelle SMS a refusé la connexion de Twofold : vérifiez le compte et le jeton dans les réglages d’envoi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server refused the sign-in: check the SMTP user name and password in the delivery settings.</source>
            <translation>Le serveur de messagerie a refusé la connexion : vérifiez le nom d’utilisateur et le mot de passe SMTP dans les réglages d’envoi.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The SMS gateway did not answer in time. Check the network and the delivery settings, then try again.</source>
            <translation>La passerelle SMS n’a pas répondu à temps. Vérifiez le réseau et les réglages d’envoi, puis réessayez.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server did not answer in time. Check the network and the delivery settings, then try again.</source>
            <translation>Le serveur de messagerie n’a pas répondu à temps. Vérifiez le réseau et les réglages d’envoi, puis réessayez.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No SMS gateway is set up to send codes: set one up in the delivery settings first.</source>
            <translation>Aucune passerelle SMS n’est configurée pour envoyer les codes : configurez-en d’abord une dans les réglages d’envoi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No mail server is set up to send codes: set one up in the delivery settings first.</source>
            <translation>Aucun serveur de messagerie n’est configuré pour envoyer les codes : configurez-en d’abord un dans les réglages d’envoi.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The code could not be sent: the SMS gateway could not be reached or refused it. Check the delivery settings and the number, then try again.</source>
            <translation>Le code n’a pas pu être envoyé : la passerelle SMS est injoignable ou l’a refusé. Vérifiez les réglages d’envoi et le numéro, puis réessayez.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The code could not be sent: the mail server could not be reached or refused it. Check the delivery settings and the address, then try again.</source>
            <translation>Le code n’a pas pu être envoyé : le serveur de messagerie est injoignable ou l’a refusé. Vérifiez les réglages d’envoi et l’adresse, puis réessayez.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the disk is read-only</source>
            <translation>le disque est en lecture seule</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Twofold may not write to the vault's folder</source>
            <translation>Twofold n’a pas le droit d’écrire dans le dossier du coffre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the vault file could not be written</source>
            <translation>le fichier du coffre n’a pas pu être écrit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Twofold could not record this sign-in step in the vault file (%1), so no code can be accepted now. Free the disk or make it writable, then try again.</source>
            <translation>Twofold n’a pas pu enregistrer cette étape de connexion dans le fichier du coffre (%1) : aucun code ne peut donc être accepté pour l’instant. Libérez de la place sur le disque ou rendez-le accessible en écriture, puis réessayez.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The sign-in verifier answered for another vault. Close the vault and sign in again.</source>
            <translation>Le vérificateur de connexion a répondu pour un autre coffre. Fermez le coffre et reconnectez-vous.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The sign-in verifier speaks another version of Twofold's sign-in protocol. Update Twofold.</source>
            <translation>Le vérificateur de connexion parle une autre version du protocole de connexion de Twofold. Mettez Twofold à jour.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The vault's master password was changed in another program. Close the vault and sign in again with the new password.</source>
            <translation>Le mot de passe principal du coffre a été changé dans un autre programme. Fermez le coffre et reconnectez-vous avec le nouveau mot de passe.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>That password is not right for this vault.</source>
            <translation>Ce mot de passe n’est pas le bon pour ce coffre.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That item does not exist any more: it may have been removed in another program.</source>
            <translation>Cet élément n’existe plus : il a peut-être été supprimé dans un autre programme.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The new delivery settings were not saved, because a test code could not be sent with them: %1</source>
            <translation>Les nouveaux réglages d’envoi n’ont pas été enregistrés, car aucun code de test n’a pu être envoyé avec eux : %1</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The vault file was moved or deleted while you were signing in. Choose it again, then sign in.</source>
            <translation>Le fichier du coffre a été déplacé ou supprimé pendant la connexion. Choisissez-le de nouveau, puis connectez-vous.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The vault file could not be read while you were signing in. Check that its disk is connected and that you may read it, then try again.</source>
            <translation>Le fichier du coffre n’a pas pu être lu pendant la connexion. Vérifiez que son disque est branché et que vous avez le droit de le lire, puis réessayez.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The vault was saved by a newer Twofold. Update Twofold to open it.</source>
            <translation>Le coffre a été enregistré par une version plus récente de Twofold. Mettez Twofold à jour pour l’ouvrir.</translation>
        </message>
        <message>
            <location line="+123" />
            <source>Another computer changed the vault on the server first. Twofold fetches its changes and sends yours again.</source>
            <translation>Un autre ordinateur a modifié le coffre sur le serveur en premier. Twofold récupère ses modifications et envoie à nouveau les vôtres.</translation>
        </message>
        <message>
            <location filename="../core/auth/DeliveryCodeSender.cpp" line="+32" />
            <source>Codes cannot be sent by email yet: set up the mail server first (Preferences &gt; Security &gt; Delivery, or twofold-cli delivery set smtp).</source>
            <translation>Les codes ne peuvent pas encore être envoyés par e-mail : configurez d’abord le serveur de messagerie (Préférences &gt; Sécurité &gt; Envoi, ou twofold-cli delivery set smtp).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Codes cannot be sent by text message yet: set up the SMS gateway first (Preferences &gt; Security &gt; Delivery, or twofold-cli delivery set sms).</source>
            <translation>Les codes ne peuvent pas encore être envoyés par SMS : configurez d’abord la passerelle SMS (Préférences &gt; Sécurité &gt; Envoi, ou twofold-cli delivery set sms).</translation>
        </message>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="-230" />
            <location filename="../core/auth/TwoFactorStatus.cpp" line="+21" />
            <source>The sign-in verifier and this program do not understand each other. Update Twofold.</source>
            <translation>Le vérificateur de connexion et ce programme ne se comprennent pas. Mettez Twofold à jour.</translation>
        </message>
        <message>
            <location filename="../core/auth/Policy.cpp" line="+21" />
            <source>The administrator's policy file %1 is not valid (%2), so Twofold cannot tell how sign-in must work and will not start it. Ask your administrator to correct the file.</source>
            <translation>Le fichier de politique de l’administrateur %1 n’est pas valide (%2) : Twofold ne peut donc pas savoir comment la connexion doit se dérouler et ne la lancera pas. Demandez à votre administrateur de corriger le fichier.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>it cannot be read: %1</source>
            <translation>il ne peut pas être lu : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>it is far too large</source>
            <translation>il est beaucoup trop volumineux</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 at character %2</source>
            <translation>%1 au caractère %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>it must be one JSON object</source>
            <translation>il doit contenir un seul objet JSON</translation>
        </message>
        <message>
            <location line="+16" />
            <source>"twoFactor" must be "off", "optional" or "required"</source>
            <translation>« twoFactor » doit valoir « off », « optional » ou « required »</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"allowedMethods" must be a list</source>
            <translation>« allowedMethods » doit être une liste</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"allowedMethods" may list only "authenticator", "email" and "sms"</source>
            <translation>« allowedMethods » ne peut contenir que « authenticator », « email » et « sms »</translation>
        </message>
        <message>
            <location line="+6" />
            <source>two-factor sign-in is required but no method is allowed</source>
            <translation>la connexion à deux facteurs est exigée, mais aucune méthode n’est autorisée</translation>
        </message>
        <message>
            <location line="+8" />
            <source>"server" must be an https:// address</source>
            <translation>« server » doit être une adresse https://</translation>
        </message>
        <message>
            <location filename="../core/auth/SignInMethod.cpp" line="+36" />
            <source>Authenticator app</source>
            <translation>Application d’authentification</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Text message (SMS)</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation>Code de récupération</translation>
        </message>
        <message>
            <location filename="../core/auth/SignInSession.cpp" line="+27" />
            <source>This vault needs a second factor, but its two-factor settings have no method turned on. Try the backup copy of the vault (the same name ending in .bak).</source>
            <translation>Ce coffre exige un second facteur, mais aucune méthode n’est activée dans ses paramètres de connexion à deux facteurs. Essayez la copie de sauvegarde du coffre (le même nom, terminé par .bak).</translation>
        </message>
        <message>
            <location line="+32" />
            <source>This computer does not have the account key of this vault. Give the account key from your emergency kit (TF1-…), or sign in to the account again on this computer.</source>
            <translation>Cet ordinateur n'a pas la clé de compte de ce coffre. Saisissez la clé de compte de votre kit d'urgence (TF1-…), ou reconnectez-vous au compte sur cet ordinateur.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The sign-in server accepted the password and the code, but the account key does not fit this vault: give the account key from this account's emergency kit.</source>
            <translation>Le serveur de connexion a accepté le mot de passe et le code, mais la clé de compte ne correspond pas à ce coffre : saisissez la clé de compte du kit d'urgence de ce compte.</translation>
        </message>
        <message>
            <location line="+204" />
            <source>There is already a file at %1: sign in to it, or choose another place for this account's vault.</source>
            <translation>Il existe déjà un fichier à %1 : connectez-vous à celui-ci, ou choisissez un autre emplacement pour le coffre de ce compte.</translation>
        </message>
        <message>
            <location line="+426" />
            <source>This computer could not be remembered: %1</source>
            <translation>Cet ordinateur n’a pas pu être mémorisé : %1</translation>
        </message>
        <message>
            <location line="+133" />
            <source>This computer could not keep the account key: %1</source>
            <translation>Cet ordinateur n'a pas pu conserver la clé de compte : %1</translation>
        </message>
        <message>
            <location filename="../core/auth/TwoFactorSettings.cpp" line="+24" />
            <source>Enter your master password again to change the two-factor settings.</source>
            <translation>Saisissez à nouveau votre mot de passe principal pour modifier les paramètres de connexion à deux facteurs.</translation>
        </message>
        <message>
            <location line="+320" />
            <location line="+12" />
            <source>No remembered computer was chosen.</source>
            <translation>Aucun ordinateur mémorisé n’a été choisi.</translation>
        </message>
        <message>
            <location line="-327" />
            <source>Wait for the change being made to finish.</source>
            <translation>Attendez la fin de la modification en cours.</translation>
        </message>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="+55" />
            <location filename="../core/auth/TwoFactorSettings.cpp" line="+205" />
            <source>This vault was opened read-only, so its two-factor settings cannot be changed.</source>
            <translation>Ce coffre a été ouvert en lecture seule : ses paramètres de connexion à deux facteurs ne peuvent donc pas être modifiés.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your sign-in server sends the codes itself, so its administrator keeps these settings.</source>
            <translation>Votre serveur de connexion envoie lui-même les codes : c’est donc son administrateur qui gère ces réglages.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An account with this email exists on the server already: sign in to it instead.</source>
            <translation>Un compte avec cette adresse e-mail existe déjà sur le serveur : connectez-vous plutôt à ce compte.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The sign-in server could not be reached. Check the connection and try again.</source>
            <translation>Le serveur de connexion est injoignable. Vérifiez la connexion et réessayez.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sign-in server %1 could not be reached. Check the connection and try again.</source>
            <translation>Le serveur de connexion %1 est injoignable. Vérifiez la connexion et réessayez.</translation>
        </message>
        <message>
            <location line="+139" />
            <source>The certificate of the sign-in server %1 is not trusted on this computer, so nothing was sent to it. If your administrator uses a certificate authority of their own, set TWOFOLD_SERVER_CA to its certificate file (twofold-cli also takes --server-ca FILE).</source>
            <translation>Le certificat du serveur de connexion %1 n’est pas reconnu sur cet ordinateur : rien ne lui a été envoyé. Si votre administrateur utilise sa propre autorité de certification, définissez TWOFOLD_SERVER_CA sur son fichier de certificat (twofold-cli accepte aussi --server-ca FICHIER).</translation>
        </message>
        <message>
            <location line="-131" />
            <source>The sign-in server is busy. Try again in %1.</source>
            <translation>Le serveur de connexion est occupé. Réessayez dans %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sign-in server %1 is busy. Try again in %2.</source>
            <translation>Le serveur de connexion %1 est occupé. Réessayez dans %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sign-in server could not take the request. Try again later, or ask its administrator.</source>
            <translation>Le serveur de connexion n’a pas pu traiter la demande. Réessayez plus tard ou adressez-vous à son administrateur.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sign-in server %1 could not take the request. Try again later, or ask its administrator.</source>
            <translation>Le serveur de connexion %1 n’a pas pu traiter la demande. Réessayez plus tard ou adressez-vous à son administrateur.</translation>
        </message>
        <message>
            <location line="+139" />
            <location filename="../core/auth/TwoFactorSettings.cpp" line="+58" />
            <source>Your administrator requires two-factor sign-in, so the last method cannot be turned off. Turn on another method first.</source>
            <translation>Votre administrateur exige la connexion à deux facteurs : la dernière méthode ne peut donc pas être désactivée. Activez d’abord une autre méthode.</translation>
        </message>
        <message>
            <location line="-190" />
            <source>Give the app password a name, such as the script that uses it.</source>
            <translation>Donnez un nom au mot de passe d’application, par exemple celui du script qui l’utilise.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An app password named "%1" exists already.</source>
            <translation>Un mot de passe d’application nommé « %1 » existe déjà.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This vault has as many app passwords as it can hold: revoke one first.</source>
            <translation>Ce coffre contient déjà autant de mots de passe d’application qu’il le peut : révoquez-en d’abord un.</translation>
        </message>
        <message>
            <location filename="../core/auth/ServerSettings.cpp" line="+158" />
            <location filename="../core/auth/TwoFactorSettings.cpp" line="+129" />
            <source>No app password is named "%1".</source>
            <translation>Aucun mot de passe d’application ne s’appelle « %1 ».</translation>
        </message>
        <message>
            <location filename="../core/auth/TwoFactorSetup.cpp" line="+26" />
            <source>Your administrator has turned two-factor sign-in off on this computer.</source>
            <translation>Votre administrateur a désactivé la connexion à deux facteurs sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="+180" />
            <location filename="../core/auth/TwoFactorSetup.cpp" line="+3" />
            <source>Your administrator does not allow %1 for signing in.</source>
            <translation>Votre administrateur n’autorise pas la méthode « %1 » pour la connexion.</translation>
        </message>
        <message>
            <location filename="../core/auth/TwoFactorSetup.cpp" line="+5" />
            <source>No method is being set up: start again.</source>
            <translation>Aucune méthode n’est en cours de configuration : recommencez.</translation>
        </message>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="-228" />
            <source>The two-factor settings kept in this vault are damaged, so the second factor cannot be checked. Try the backup copy of the vault (the same name ending in .bak).</source>
            <translation>Les paramètres de connexion à deux facteurs conservés dans ce coffre sont endommagés : le second facteur ne peut donc pas être vérifié. Essayez la copie de sauvegarde du coffre (le même nom, terminé par .bak).</translation>
        </message>
        <message>
            <location filename="../core/auth/AccountKey.cpp" line="+55" />
            <source>The account key kept on this computer is damaged: give the account key from your emergency kit.</source>
            <translation>La clé de compte conservée sur cet ordinateur est endommagée : saisissez la clé de compte de votre kit d'urgence.</translation>
        </message>
        <message>
            <location line="+29" />
            <source> (the key has no zeros: it may be the letter O)</source>
            <translation> (la clé ne contient pas de zéro : c'est peut-être la lettre O)</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (the key has no ones: it may be the letter I or L)</source>
            <translation> (la clé ne contient pas de un : c'est peut-être la lettre I ou L)</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (the key has no eights: it may be the letter B)</source>
            <translation> (la clé ne contient pas de huit : c'est peut-être la lettre B)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An account key has only the letters A to Z and the digits 2 to 7: "%1" at place %2 is not one of them%3.</source>
            <translation>Une clé de compte ne contient que les lettres A à Z et les chiffres 2 à 7 : « %1 » à la position %2 n'en fait pas partie%3.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>An account key has %1 letters and digits after "TF1" (eight groups of five); this one has %2. Compare it with your emergency kit.</source>
            <translation>Une clé de compte a %1 lettres et chiffres après « TF1 » (huit groupes de cinq) ; celle-ci en a %2. Comparez-la avec votre kit d'urgence.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>This account key has a typo: compare each group of five with your emergency kit.</source>
            <translation>Cette clé de compte contient une faute de frappe : comparez chaque groupe de cinq avec votre kit d'urgence.</translation>
        </message>
        <message>
            <location filename="../core/auth/ServerAccount.cpp" line="+129" />
            <source>"%1" is not an email address: the account is named by one, such as name@example.org.</source>
            <translation>« %1 » n'est pas une adresse e-mail : le compte est désigné par une adresse, comme name@example.org.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This computer has no place to keep the account key, so no account can be made here.</source>
            <translation>Cet ordinateur n'a aucun endroit où conserver la clé de compte : aucun compte ne peut donc être créé ici.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is already a file at %1. Choose another place for the new vault.</source>
            <translation>Il existe déjà un fichier à %1. Choisissez un autre emplacement pour le nouveau coffre.</translation>
        </message>
        <message>
            <location line="+103" />
            <source>The account %1 was made on %2, but %3 Sign in to it with "account sign-in" on this computer once that is fixed.</source>
            <translation>Le compte %1 a été créé sur %2, mais %3 Connectez-vous-y avec « account sign-in » sur cet ordinateur une fois ce problème réglé.</translation>
        </message>
        <message>
            <location filename="../core/auth/ServerEndpoint.cpp" line="+41" />
            <source>"%1" is not the address of a sign-in server: give it as https://host or https://host:port.</source>
            <translation>« %1 » n'est pas l'adresse d'un serveur de connexion : indiquez-la sous la forme https://hôte ou https://hôte:port.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The sign-in server's address must start with https:// ("%1" does not).</source>
            <translation>L'adresse du serveur de connexion doit commencer par https:// (« %1 » ne le fait pas).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The sign-in server's address may not carry a user name, a password, a query or a fragment: give it as https://host or https://host:port.</source>
            <translation>L'adresse du serveur de connexion ne peut contenir ni nom d'utilisateur, ni mot de passe, ni requête, ni fragment : indiquez-la sous la forme https://hôte ou https://hôte:port.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The sign-in server %1 would be reached without encryption: use https:// (plain http:// is only allowed on this computer's own address).</source>
            <translation>Le serveur de connexion %1 serait joint sans chiffrement : utilisez https:// (http:// simple n'est permis que vers l'adresse de cet ordinateur).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The certificate file %1 could not be read: %2</source>
            <translation>Le fichier de certificat %1 n'a pas pu être lu : %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
            <translation>Le fichier %1 ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----).</translation>
        </message>
        <message>
            <location filename="../core/auth/ServerSettings.cpp" line="-136" />
            <source>This change needs the vault opened by signing in to its account with the master password (not with an app password). Lock the vault, sign in, and try again.</source>
            <translation>Cette modification demande que le coffre ait été ouvert en se connectant à son compte avec le mot de passe principal (et non avec un mot de passe d’application). Verrouillez le coffre, connectez-vous, puis réessayez.</translation>
        </message>
        <message>
            <location line="+77" />
            <source>The sign-in server has the new master password, but this computer's vault file could not be saved: %1 Sign in with the new master password from now on.</source>
            <translation>Le serveur de connexion a le nouveau mot de passe principal, mais le fichier du coffre de cet ordinateur n’a pas pu être enregistré : %1 Connectez-vous désormais avec le nouveau mot de passe principal.</translation>
        </message>
        <message>
            <location filename="../core/auth/AddComputerLink.cpp" line="+22" />
            <source>This is not a Twofold "Add a computer" link: it starts with twofold://add-computer. Copy the whole link again from the computer that is signed in.</source>
            <translation>Ce n’est pas un lien Twofold « Ajouter un ordinateur » : il commence par twofold://add-computer. Copiez de nouveau le lien entier depuis l’ordinateur connecté.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>This "Add a computer" link is far too long to be one: copy it again.</source>
            <translation>Ce lien « Ajouter un ordinateur » est bien trop long pour en être un : copiez-le de nouveau.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>This "Add a computer" link gives its %1 twice: copy the whole link again.</source>
            <translation>Ce lien « Ajouter un ordinateur » donne deux fois son paramètre %1 : copiez de nouveau le lien entier.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This "Add a computer" link has no server address: copy the whole link again.</source>
            <translation>Ce lien « Ajouter un ordinateur » n’a pas d’adresse de serveur : copiez de nouveau le lien entier.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This "Add a computer" link has no email: copy the whole link again.</source>
            <translation>Ce lien « Ajouter un ordinateur » n’a pas d’adresse e-mail : copiez de nouveau le lien entier.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This "Add a computer" link has no account key: copy the whole link again.</source>
            <translation>Ce lien « Ajouter un ordinateur » n’a pas de clé de compte : copiez de nouveau le lien entier.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server address in this "Add a computer" link is not a web address (https://…): copy the whole link again.</source>
            <translation>L’adresse du serveur de ce lien « Ajouter un ordinateur » n’est pas une adresse web (https://…) : copiez de nouveau le lien entier.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The email in this "Add a computer" link is not an email address: copy the whole link again.</source>
            <translation>L’e-mail de ce lien « Ajouter un ordinateur » n’est pas une adresse e-mail : copiez de nouveau le lien entier.</translation>
        </message>
        <message>
            <location filename="../core/auth/ForgetComputer.cpp" line="+23" />
            <source>This vault is kept on this computer only, with no account on a server: there is nothing to sign out of, and removing its file would lose it.</source>
            <translation>Ce coffre n’existe que sur cet ordinateur, sans compte sur un serveur : il n’y a rien dont se déconnecter, et supprimer son fichier le perdrait.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Cli</name>
        <message>
            <location filename="../app/cli/Arguments.cpp" line="+90" />
            <source>There is no option %1 (see twofold-cli --help).</source>
            <translation>L’option %1 n’existe pas (voir twofold-cli --help).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is no option --%1 (see twofold-cli --help).</source>
            <translation>L’option --%1 n’existe pas (voir twofold-cli --help).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The option --%1 takes no value.</source>
            <translation>L’option --%1 ne prend pas de valeur.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The option --%1 needs a value: --%1 %2.</source>
            <translation>L’option --%1 demande une valeur : --%1 %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The option --%1 is given more than once.</source>
            <translation>L’option --%1 est donnée plusieurs fois.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Name a command (see twofold-cli --help).</source>
            <translation>Indiquez une commande (voir twofold-cli --help).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The command "%1" needs one of: %2.</source>
            <translation>La commande « %1 » attend l’un des éléments suivants : %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../app/cli/CommandTable.cpp" line="+139" />
            <source>There is no command "%1" (see twofold-cli --help).</source>
            <translation>La commande « %1 » n’existe pas (voir twofold-cli --help).</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The option --%1 does not apply to "%2" (see twofold-cli help %2).</source>
            <translation>L’option --%1 ne s’applique pas à « %2 » (voir twofold-cli help %2).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The command "%1" needs more arguments: %2.</source>
            <translation>La commande « %1 » demande davantage d’arguments : %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The command "%1" does not take "%2": %3.</source>
            <translation>La commande « %1 » n’accepte pas « %2 » : %3.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The option --%1 needs a whole number, not "%2".</source>
            <translation>L’option --%1 demande un nombre entier, pas « %2 ».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The option --%1 must be between %2 and %3.</source>
            <translation>L’option --%1 doit être comprise entre %2 et %3.</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandHelpers.cpp" line="+98" />
            <source>%1 entries in the trash are called "%2": name one by its id (shown by "trash ls --ids").</source>
            <translation>%1 entrées de la corbeille s’appellent « %2 » : désignez-en une par son identifiant (affiché par « trash ls --ids »).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is no entry called "%1" in the trash.</source>
            <translation>Il n’y a aucune entrée nommée « %1 » dans la corbeille.</translation>
        </message>
        <message>
            <location line="+81" />
            <source>The user name</source>
            <translation>Le nom d’utilisateur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The web address</source>
            <translation>L’adresse web</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The notes</source>
            <translation>Les notes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The tags, separated by commas ("" for none)</source>
            <translation>Les étiquettes, séparées par des virgules ("" pour aucune)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The group, as a path "A/B" (created if missing; "" for the top)</source>
            <translation>Le groupe, sous forme de chemin « A/B » (créé s’il n’existe pas ; "" pour le niveau supérieur)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Set a random password of N characters (default 20) instead of asking</source>
            <translation>Définir un mot de passe aléatoire de N caractères (20 par défaut) au lieu de le demander</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandTable.cpp" line="-104" />
            <source>Explain a command</source>
            <translation>Expliquer une commande</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Usage: twofold-cli [OPTIONS] COMMAND [ARGUMENTS]</source>
            <translation>Utilisation : twofold-cli [OPTIONS] COMMAND [ARGUMENTS]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Twofold's command line: your vault, and passwords and passphrases, for people and scripts.</source>
            <translation>La ligne de commande de Twofold : votre coffre, ainsi que des mots de passe et des phrases de passe, pour les personnes comme pour les scripts.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Commands:</source>
            <translation>Commandes :</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Options for every command (before or after it):</source>
            <translation>Options valables pour toutes les commandes (avant ou après celle-ci) :</translation>
        </message>
        <message>
            <location line="+6" />
            <source>ENTRY is the exact title of an entry, or its id (see "ls --ids"). Secrets are never taken from the command line.</source>
            <translation>ENTRY est le titre exact d’une entrée, ou son identifiant (voir « ls --ids »). Les secrets ne sont jamais lus depuis la ligne de commande.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exit status: 0 success, 1 usage, 2 wrong password or code, 3 locked out, 4 a problem with the vault file, 5 the mail server, SMS gateway or sign-in server could not be reached or refused delivery.</source>
            <translation>Code de sortie : 0 succès, 1 mauvaise utilisation, 2 mot de passe ou code erroné, 3 bloqué, 4 problème avec le fichier du coffre, 5 serveur de messagerie, passerelle SMS ou serveur de connexion injoignable ou ayant refusé l’envoi.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"twofold-cli help COMMAND" explains a command.</source>
            <translation>« twofold-cli help COMMAND » explique une commande.</translation>
        </message>
        <message>
            <location line="+7" />
            <source> [OPTIONS]</source>
            <translation> [OPTIONS]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Usage: %1</source>
            <translation>Utilisation : %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Options:</source>
            <translation>Options :</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The options for every command (--vault, --password-stdin, …) are listed by "twofold-cli --help".</source>
            <translation>Les options valables pour toutes les commandes (--vault, --password-stdin, …) sont listées par « twofold-cli --help ».</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Usage:</source>
            <translation>Utilisation :</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"twofold-cli help %1 ACTION" explains an action.</source>
            <translation>« twofold-cli help %1 ACTION » explique une action.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The vault file (default: $TWOFOLD_VAULT, else vault.twofold in Twofold's data folder)</source>
            <translation>Le fichier du coffre (par défaut : $TWOFOLD_VAULT, sinon vault.twofold dans le dossier de données de Twofold)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Read the master password, then every later answer, one line each from standard input</source>
            <translation>Lire le mot de passe principal, puis chaque réponse suivante, une ligne chacune, depuis l’entrée standard</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Take the master password from the environment variable VAR</source>
            <translation>Prendre le mot de passe principal dans la variable d’environnement VAR</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in with this second factor: authenticator, email or sms (default: the vault's default method)</source>
            <translation>Se connecter avec ce second facteur : authenticator, email ou sms (par défaut : la méthode par défaut du coffre)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The second-factor answer is one of the vault's recovery codes</source>
            <translation>La réponse au second facteur est l’un des codes de récupération du coffre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>After a right code, remember this computer for 30 days: later sign-ins here skip the code when the vault allows it (2fa ask new-computers)</source>
            <translation>Après un code correct, mémoriser cet ordinateur pendant 30 jours : les prochaines connexions ici ne demandent pas de code si le coffre le permet (2fa ask new-computers)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The password given is one of the vault's app passwords (no second factor is asked; two-factor settings cannot be changed with it)</source>
            <translation>Le mot de passe donné est l’un des mots de passe d’application du coffre (aucun second facteur n’est demandé ; il ne permet pas de modifier les paramètres de connexion à deux facteurs)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sign-in server of a new account (account create, account sign-in); later commands take it from the vault file</source>
            <translation>Le serveur de connexion d'un nouveau compte (account create, account sign-in) ; les commandes suivantes le lisent dans le fichier du coffre</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trust only the certificate authorities in this PEM file for the sign-in server (a private CA)</source>
            <translation>Ne faire confiance, pour le serveur de connexion, qu'aux autorités de certification de ce fichier PEM (une AC privée)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show this help, or a command's</source>
            <translation>Afficher cette aide, ou celle d’une commande</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the version</source>
            <translation>Afficher la version</translation>
        </message>
        <message>
            <location filename="../app/cli/Console.cpp" line="+89" />
            <source>Twofold needs %1, but there is no terminal to ask on: pass --password-stdin to give it as a line of standard input.</source>
            <translation>Twofold doit demander %1, mais il n’y a aucun terminal pour le faire : passez --password-stdin pour le fournir sur une ligne de l’entrée standard.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+23" />
            <source>The answer giving %1 is longer than %2 bytes.</source>
            <translation>La réponse donnant %1 dépasse %2 octets.</translation>
        </message>
        <message>
            <location line="-18" />
            <location line="+22" />
            <source>The input ended before %1 was given.</source>
            <translation>L’entrée s’est terminée avant que %1 soit fourni.</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Standard input ended before %1 was given.</source>
            <translation>L’entrée standard s’est terminée avant que %1 soit fourni.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The two entries of %1 differ; nothing was changed.</source>
            <translation>Vous avez saisi %1 deux fois de manière différente ; rien n’a été modifié.</translation>
        </message>
        <message>
            <location filename="../app/cli/DeliveryCommands.cpp" line="+69" />
            <source>--security takes starttls, tls or none (none only for this computer).</source>
            <translation>--security accepte starttls, tls ou none (none uniquement pour cet ordinateur).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>delivery set smtp needs --host HOST and --from ADDRESS.</source>
            <translation>delivery set smtp demande --host HOST et --from ADDRESS.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>SMTP password for %1: </source>
            <translation>Mot de passe SMTP pour %1 : </translation>
        </message>
        <message>
            <location line="+0" />
            <source>the SMTP password</source>
            <translation>le mot de passe SMTP</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Twilio auth token: </source>
            <translation>Jeton d’authentification Twilio : </translation>
        </message>
        <message>
            <location line="+0" />
            <source>the auth token</source>
            <translation>le jeton d’authentification</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--provider takes twilio or webhook.</source>
            <translation>--provider accepte twilio ou webhook.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>delivery set takes smtp or sms.</source>
            <translation>delivery set accepte smtp ou sms.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The delivery settings were saved.</source>
            <translation>Les paramètres d’envoi ont été enregistrés.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Say where the test goes: --to ADDRESS for mail, --phone NUMBER for SMS.</source>
            <translation>Indiquez où envoyer le test : --to ADDRESS pour un e-mail, --phone NUMBER pour un SMS.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No mail server is set: use "twofold-cli delivery set smtp" first.</source>
            <translation>Aucun serveur de messagerie n’est configuré : utilisez d’abord « twofold-cli delivery set smtp ».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A test mail was sent to %1.</source>
            <translation>Un e-mail de test a été envoyé à %1.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A test message was sent to %1.</source>
            <translation>Un message de test a été envoyé à %1.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Set where sign-in codes are sent from</source>
            <translation>Définir d’où les codes de connexion sont envoyés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smtp: --host, --port, --security, --user, --from, --from-name, --ca-file; the SMTP password is the next answer. sms: --provider twilio with --base-url, --account-sid and --from (the auth token is the next answer), or --provider webhook with --url and --body-template.</source>
            <translation>smtp : --host, --port, --security, --user, --from, --from-name, --ca-file ; le mot de passe SMTP est la réponse suivante. sms : --provider twilio avec --base-url, --account-sid et --from (le jeton d’authentification est la réponse suivante), ou --provider webhook avec --url et --body-template.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>smtp: the mail server</source>
            <translation>smtp : le serveur de messagerie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>smtp: its port (default: 587, or 465 with tls)</source>
            <translation>smtp : son port (par défaut : 587, ou 465 avec tls)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smtp: starttls (default) or tls</source>
            <translation>smtp : starttls (par défaut) ou tls</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smtp: the user name to sign in with</source>
            <translation>smtp : le nom d’utilisateur pour se connecter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the sender: a mail address, or an SMS number</source>
            <translation>l’expéditeur : une adresse e-mail, ou un numéro SMS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smtp: the sender's name</source>
            <translation>smtp : le nom de l’expéditeur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>extra certificate authorities to trust</source>
            <translation>autorités de certification supplémentaires à approuver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sms: twilio or webhook</source>
            <translation>sms : twilio ou webhook</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sms: the Twilio API's address</source>
            <translation>sms : l’adresse de l’API Twilio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sms: the Twilio account SID</source>
            <translation>sms : le SID du compte Twilio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sms: the webhook's address</source>
            <translation>sms : l’adresse du webhook</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sms: the webhook's JSON, with {to}, {body} and {code}</source>
            <translation>sms : le JSON du webhook, avec {to}, {body} et {code}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Send a test mail or SMS with the delivery settings</source>
            <translation>Envoyer un e-mail ou un SMS de test avec les paramètres d’envoi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>send a test mail here</source>
            <translation>envoyer un e-mail de test à cette adresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>send a test SMS here</source>
            <translation>envoyer un SMS de test à ce numéro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the country the number is dialled from</source>
            <translation>le pays depuis lequel le numéro est composé</translation>
        </message>
        <message>
            <location filename="../app/cli/EntryCommands.cpp" line="+24" />
            <source>There is already an entry called "%1": choose another title, or change that entry with "twofold-cli edit".</source>
            <translation>Il existe déjà une entrée nommée « %1 » : choisissez un autre titre, ou modifiez cette entrée avec « twofold-cli edit ».</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Password for "%1": </source>
            <translation>Mot de passe pour « %1 » : </translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="+59" />
            <location filename="../app/cli/EntryCommands.cpp" line="+1" />
            <location filename="../app/cli/IoCommands.cpp" line="+164" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="+259" />
            <location filename="../app/cli/VaultCommands.cpp" line="+57" />
            <source>Type it again: </source>
            <translation>Saisissez-le à nouveau : </translation>
        </message>
        <message>
            <location filename="../app/cli/EntryCommands.cpp" line="+0" />
            <source>the entry's password</source>
            <translation>le mot de passe de l’entrée</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+46" />
            <source>An entry needs a title.</source>
            <translation>Une entrée doit avoir un titre.</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Added "%1".</source>
            <translation>Entrée « %1 » ajoutée.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Say what to change, for example --username U (see twofold-cli help edit).</source>
            <translation>Indiquez ce qu’il faut modifier, par exemple --username U (voir twofold-cli help edit).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give --generate or --ask-password, not both.</source>
            <translation>Donnez --generate ou --ask-password, pas les deux.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Changed "%1".</source>
            <translation>Entrée « %1 » modifiée.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>"%1" is already in the trash: "rm --permanent" deletes it for good.</source>
            <translation>« %1 » est déjà dans la corbeille : « rm --permanent » supprime définitivement l’entrée.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Deleted "%1" for good.</source>
            <translation>Entrée « %1 » supprimée définitivement.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Moved "%1" to the trash.</source>
            <translation>Entrée « %1 » mise à la corbeille.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Restored "%1".</source>
            <translation>Entrée « %1 » restaurée.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The trash is already empty.</source>
            <translation>La corbeille est déjà vide.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deleted 1 entry for good.</source>
            <translation>1 entrée supprimée définitivement.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted %1 entries for good.</source>
            <translation>%1 entrées supprimées définitivement.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The new title</source>
            <translation>Le nouveau titre</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ask for a new password (the next line of standard input with --password-stdin)</source>
            <translation>Demander un nouveau mot de passe (la ligne suivante de l’entrée standard avec --password-stdin)</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../app/cli/VaultCommands.cpp" line="+131" />
            <source>Print each entry's id, a tab, then its title</source>
            <translation>Afficher l’identifiant de chaque entrée, une tabulation, puis son titre</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add an entry</source>
            <translation>Ajouter une entrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Without --generate, asks for the entry's password (twice at a terminal; the line after the master password with --password-stdin).</source>
            <translation>Sans --generate, demande le mot de passe de l’entrée (deux fois dans un terminal ; la ligne qui suit le mot de passe principal avec --password-stdin).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Change an entry</source>
            <translation>Modifier une entrée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only the fields named by options change; the old password is kept in the entry's history.</source>
            <translation>Seuls les champs désignés par les options changent ; l’ancien mot de passe est conservé dans l’historique de l’entrée.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Move an entry to the trash</source>
            <translation>Mettre une entrée à la corbeille</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete it for good instead (also an entry already in the trash)</source>
            <translation>La supprimer plutôt définitivement (y compris une entrée déjà dans la corbeille)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>List the entries in the trash</source>
            <translation>Lister les entrées de la corbeille</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Take an entry out of the trash</source>
            <translation>Sortir une entrée de la corbeille</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete every entry in the trash for good</source>
            <translation>Supprimer définitivement toutes les entrées de la corbeille</translation>
        </message>
        <message>
            <location filename="../app/cli/EventWait.h" line="+39" />
            <source>Twofold gave up waiting after two minutes; nothing more was done.</source>
            <translation>Twofold a cessé d’attendre au bout de deux minutes ; rien d’autre n’a été fait.</translation>
        </message>
        <message>
            <location filename="../app/cli/GenerateCommand.cpp" line="+31" />
            <source>Give --length for a password or --words for a passphrase, not both.</source>
            <translation>Donnez --length pour un mot de passe ou --words pour une phrase de passe, pas les deux.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The option --%1 applies to passwords, not to passphrases (--words).</source>
            <translation>L’option --%1 s’applique aux mots de passe, pas aux phrases de passe (--words).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The option --%1 applies to passphrases: add --words N.</source>
            <translation>L’option --%1 s’applique aux phrases de passe : ajoutez --words N.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Print a random password or passphrase</source>
            <translation>Afficher un mot de passe ou une phrase de passe aléatoire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A password of 20 characters with lower and upper case letters, digits and symbols (at least one of each) unless told otherwise; with --words, a passphrase of words from the EFF large word list.</source>
            <translation>Sauf indication contraire, un mot de passe de 20 caractères avec des minuscules, des majuscules, des chiffres et des symboles (au moins un de chaque) ; avec --words, une phrase de passe composée de mots de la grande liste de mots de l’EFF.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A password of N characters (8 to 128; default 20)</source>
            <translation>Un mot de passe de N caractères (8 à 128 ; 20 par défaut)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A passphrase of N words (3 to 20) instead</source>
            <translation>Plutôt une phrase de passe de N mots (3 à 20)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No lower-case letters</source>
            <translation>Pas de minuscules</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No upper-case letters</source>
            <translation>Pas de majuscules</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No digits</source>
            <translation>Pas de chiffres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No symbols</source>
            <translation>Pas de symboles</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Leave out characters easily mistaken for others (I l 1 | O 0 o)</source>
            <translation>Exclure les caractères faciles à confondre avec d’autres (I l 1 | O 0 o)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Put S between the words (default "-")</source>
            <translation>Mettre S entre les mots (« - » par défaut)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start each word with a capital letter</source>
            <translation>Commencer chaque mot par une majuscule</translation>
        </message>
        <message>
            <location filename="../app/cli/OtpCommands.cpp" line="+32" />
            <source>otpauth:// link or setup URI: </source>
            <translation>Lien otpauth:// ou URI de configuration : </translation>
        </message>
        <message>
            <location line="+0" />
            <source>the otpauth:// link</source>
            <translation>le lien otpauth://</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--at takes a time in seconds since 1970 (Unix time), such as 1700000000.</source>
            <translation>--at accepte une heure en secondes depuis 1970 (temps Unix), par exemple 1700000000.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>"%1" has no two-factor code: add one with "twofold-cli edit ENTRY --otp URI".</source>
            <translation>« %1 » n’a pas de code à deux facteurs : ajoutez-en un avec « twofold-cli edit ENTRY --otp URI ».</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Valid for %1 more seconds.</source>
            <translation>Valide encore %1 secondes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Counter %1.</source>
            <translation>Compteur %1.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>A two-factor (otpauth://) link for the entry; "-" reads it from standard input, after any password</source>
            <translation>Un lien à deux facteurs (otpauth://) pour l’entrée ; « - » le lit depuis l’entrée standard, après l’éventuel mot de passe</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Print the code an otpauth:// link gives</source>
            <translation>Afficher le code que donne un lien otpauth://</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs no vault. "-" reads the link from standard input, which keeps the secret off the command line. HOTP links use their counter.</source>
            <translation>Ne nécessite aucun coffre. « - » lit le lien depuis l’entrée standard, ce qui garde le secret hors de la ligne de commande. Les liens HOTP utilisent leur compteur.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The code at this time instead of now</source>
            <translation>Le code à cette heure-là plutôt que maintenant</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Print an entry's current two-factor code</source>
            <translation>Afficher le code à deux facteurs actuel d’une entrée</translation>
        </message>
        <message>
            <location filename="../app/cli/SettingsSession.cpp" line="+49" />
            <source>"%1" is not a sign-in method: say authenticator, email or sms.</source>
            <translation>« %1 » n’est pas une méthode de connexion : indiquez authenticator, email ou sms.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Your recovery codes follow, one a line. Keep them somewhere safe: each signs in once when no other method can, and they are not shown again.</source>
            <translation>Vos codes de récupération suivent, un par ligne. Conservez-les en lieu sûr : chacun permet de se connecter une fois quand aucune autre méthode ne le peut, et ils ne seront plus affichés.</translation>
        </message>
        <message>
            <location filename="../app/cli/SignIn.cpp" line="+60" />
            <source>Account key (TF1-…; press Enter if this computer has it): </source>
            <translation>Clé de compte (TF1-… ; Entrée si cet ordinateur l'a) : </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account key (TF1-…): </source>
            <translation>Clé de compte (TF1-…) : </translation>
        </message>
        <message>
            <location line="+1" />
            <source>the account key</source>
            <translation>la clé de compte</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This computer does not have the account key of this vault: give it (TF1-…, from your emergency kit) on the line after the master password.</source>
            <translation>Cet ordinateur n'a pas la clé de compte de ce coffre : donnez-la (TF1-…, de votre kit d'urgence) sur la ligne qui suit le mot de passe principal.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>--method takes authenticator, email or sms (for a recovery code, give --recovery-code).</source>
            <translation>--method accepte authenticator, email ou sms (pour un code de récupération, indiquez --recovery-code).</translation>
        </message>
        <message>
            <location line="+39" />
            <source>A sign-in code was sent to %1.</source>
            <translation>Un code de connexion a été envoyé à %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This computer is remembered until %1: later sign-ins here skip the code.</source>
            <translation>Cet ordinateur est mémorisé jusqu’au %1 : les prochaines connexions ici ne demanderont pas de code.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Recovery code accepted: %n left. Every remembered computer was forgotten.</source>
            <translation>
                <numerusform>Code de récupération accepté : il en reste %n. Tous les ordinateurs mémorisés ont été oubliés.</numerusform>
                <numerusform>Code de récupération accepté : il en reste %n. Tous les ordinateurs mémorisés ont été oubliés.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Twofold signed in but could not open the vault.</source>
            <translation>Twofold s’est connecté mais n’a pas pu ouvrir le coffre.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Your administrator does not allow the method %1: give another --method.</source>
            <translation>Votre administrateur n’autorise pas la méthode « %1 » : indiquez une autre --method.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Recovery code: </source>
            <translation>Code de récupération : </translation>
        </message>
        <message>
            <location line="+0" />
            <source>a recovery code</source>
            <translation>un code de récupération</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Code from your authenticator app: </source>
            <translation>Code de votre application d’authentification : </translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-148" />
            <source>Code you received: </source>
            <translation>Code reçu : </translation>
        </message>
        <message>
            <location line="+1" />
            <source>the sign-in code</source>
            <translation>le code de connexion</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This vault asks for the code at every sign-in, so this computer is not remembered ("2fa ask new-computers" changes that).</source>
            <translation>Ce coffre demande le code à chaque connexion, donc cet ordinateur n’est pas mémorisé (« 2fa ask new-computers » change cela).</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The environment variable %1 (named by --password-env) is not set or empty.</source>
            <translation>La variable d’environnement %1 (désignée par --password-env) n’est pas définie ou est vide.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>the master password</source>
            <translation>le mot de passe principal</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is no vault at %1: create one with "twofold-cli init", or name another with --vault.</source>
            <translation>Il n’y a pas de coffre à l’emplacement %1 : créez-en un avec « twofold-cli init », ou indiquez-en un autre avec --vault.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+58" />
            <source>Master password: </source>
            <translation>Mot de passe principal : </translation>
        </message>
        <message>
            <location line="-21" />
            <source>Your administrator requires two-factor sign-in and this vault has none yet: turn on a method first with "twofold-cli 2fa enable authenticator" (or email or sms; see "twofold-cli 2fa status" for those allowed).</source>
            <translation>Votre administrateur exige la connexion à deux facteurs et ce coffre n’en a pas encore : activez d’abord une méthode avec « twofold-cli 2fa enable authenticator » (ou email ou sms ; « twofold-cli 2fa status » indique celles qui sont autorisées).</translation>
        </message>
        <message>
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-83" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Two-factor sign-in: on</source>
            <translation>Connexion à deux facteurs : activée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Two-factor sign-in: off</source>
            <translation>Connexion à deux facteurs : désactivée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>on</source>
            <translation>activé</translation>
        </message>
        <message>
            <location line="+0" />
            <source>off</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <location line="+5" />
            <source> (default)</source>
            <translation> (par défaut)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>, added %1</source>
            <translation>, ajouté le %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Recovery codes left: %1</source>
            <translation>Codes de récupération restants : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Code asked: at every sign-in</source>
            <translation>Code demandé : à chaque connexion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code asked: on computers not remembered</source>
            <translation>Code demandé : sur les ordinateurs non mémorisés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remembered computers: %1</source>
            <translation>Ordinateurs mémorisés : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Codes are checked by %1 (the sign-in server; it sends email and SMS codes itself)</source>
            <translation>Les codes sont vérifiés par %1 (le serveur de connexion ; il envoie lui-même les codes par e-mail et SMS)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delivery settings: saved</source>
            <translation>Paramètres d’envoi : enregistrés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivery settings: none</source>
            <translation>Paramètres d’envoi : aucun</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Off</source>
            <translation>Désactivée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Required</source>
            <translation>Obligatoire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional</source>
            <translation>Facultative</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Policy: %1 (no policy file at %2)</source>
            <translation>Politique : %1 (aucun fichier de politique à %2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Policy: %1 (from %2)</source>
            <translation>Politique : %1 (depuis %2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Methods allowed: %1</source>
            <translation>Méthodes autorisées : %1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Current code from your authenticator app: </source>
            <translation>Code actuel de votre application d’authentification : </translation>
        </message>
        <message>
            <location line="+2" />
            <source>the code that confirms the new method</source>
            <translation>le code qui confirme la nouvelle méthode</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Say where the codes go with --address ADDRESS.</source>
            <translation>Indiquez où envoyer les codes avec --address ADDRESS.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say where the codes go with --phone NUMBER.</source>
            <translation>Indiquez où envoyer les codes avec --phone NUMBER.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--address goes with email and --phone with sms.</source>
            <translation>--address va avec email et --phone avec sms.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 is already on.</source>
            <translation>La méthode « %1 » est déjà activée.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your administrator does not allow the method %1.</source>
            <translation>Votre administrateur n’autorise pas la méthode « %1 ».</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add this account to your authenticator app: open the link below, or type the setup key for %1 (issuer %2).</source>
            <translation>Ajoutez ce compte à votre application d’authentification : ouvrez le lien ci-dessous, ou saisissez la clé de configuration pour %1 (émetteur %2).</translation>
        </message>
        <message>
            <location line="+19" />
            <source>A code was sent to %1.</source>
            <translation>Un code a été envoyé à %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is on.</source>
            <translation>La méthode « %1 » est activée.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 is already off.</source>
            <translation>La méthode « %1 » est déjà désactivée.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is off.</source>
            <translation>La méthode « %1 » est désactivée.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is off; two-factor sign-in is now off.</source>
            <translation>La méthode « %1 » est désactivée ; la connexion à deux facteurs est maintenant désactivée.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 is now the method asked first.</source>
            <translation>La méthode « %1 » est maintenant demandée en premier.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>"%1" is not a choice: say always or new-computers.</source>
            <translation>« %1 » n’est pas un choix possible : indiquez always ou new-computers.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The code is now asked at every sign-in.</source>
            <translation>Le code est maintenant demandé à chaque connexion.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The code is now asked only on computers not remembered.</source>
            <translation>Le code n’est maintenant demandé que sur les ordinateurs non mémorisés.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The master password was changed; every remembered computer was forgotten.</source>
            <translation>Le mot de passe principal a été changé ; tous les ordinateurs mémorisés ont été oubliés.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The old recovery codes no longer work.</source>
            <translation>Les anciens codes de récupération ne fonctionnent plus.</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>Every remembered computer was forgotten (%n in all).</source>
            <translation>
                <numerusform>Tous les ordinateurs mémorisés ont été oubliés (%n au total).</numerusform>
                <numerusform>Tous les ordinateurs mémorisés ont été oubliés (%n au total).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>The app password "%1" follows; it is not shown again.</source>
            <translation>Le mot de passe d’application « %1 » suit ; il ne sera plus affiché.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The app password "%1" was revoked.</source>
            <translation>Le mot de passe d’application « %1 » a été révoqué.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Show the vault's two-factor sign-in methods</source>
            <translation>Afficher les méthodes de connexion à deux facteurs du coffre</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Turn a second-factor method on</source>
            <translation>Activer une méthode de second facteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>authenticator prints the otpauth:// link and the setup key, one a line, then reads a current code; email and sms send a code and read it. The first method turned on prints ten recovery codes, one a line.</source>
            <translation>authenticator affiche le lien otpauth:// et la clé de configuration, un par ligne, puis lit un code actuel ; email et sms envoient un code et le lisent. La première méthode activée affiche dix codes de récupération, un par ligne.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>email: where the codes go</source>
            <translation>email : l’adresse où envoyer les codes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sms: the mobile number the codes go to</source>
            <translation>sms : le numéro de mobile auquel envoyer les codes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sms: the country the number is dialled from (GB, US, …)</source>
            <translation>sms : le pays depuis lequel le numéro est composé (GB, US, …)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>authenticator: the account name the app shows</source>
            <translation>authenticator : le nom de compte affiché par l’application</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Turn a second-factor method off</source>
            <translation>Désactiver une méthode de second facteur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Make a method the one asked first</source>
            <translation>Faire d’une méthode celle qui est demandée en premier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ask the code at every sign-in, or only on computers not remembered</source>
            <translation>Demander le code à chaque connexion, ou seulement sur les ordinateurs non mémorisés</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Change the master password (the new one is the next line of standard input with --password-stdin)</source>
            <translation>Changer le mot de passe principal (avec --password-stdin, le nouveau est la ligne suivante de l’entrée standard)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Make a new set of recovery codes (the old set stops working)</source>
            <translation>Créer un nouveau jeu de codes de récupération (l’ancien jeu cesse de fonctionner)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Forget every remembered computer</source>
            <translation>Oublier tous les ordinateurs mémorisés</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Make an app password for a script (shown once)</source>
            <translation>Créer un mot de passe d’application pour un script (affiché une seule fois)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>List app passwords: name, created, last used</source>
            <translation>Lister les mots de passe d’application : nom, date de création, dernière utilisation</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Revoke an app password</source>
            <translation>Révoquer un mot de passe d’application</translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="-29" />
            <source>Say which sign-in server keeps the account: --server https://host[:port].</source>
            <translation>Indiquez quel serveur de connexion gère le compte : --server https://hôte[:port].</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandHelpers.cpp" line="+54" />
            <source>The option --kdf-memory must be between 1 and %1 MiB.</source>
            <translation>L’option --kdf-memory doit être comprise entre 1 et %1 Mio.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--kdf-memory times --kdf-iterations may be at most %1 (MiB times passes): more would make every unlock take minutes.</source>
            <translation>--kdf-memory multiplié par --kdf-iterations ne peut dépasser %1 (Mio multipliés par passes) : au-delà, chaque déverrouillage prendrait des minutes.</translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="+24" />
            <source>There is already a file at %1: name another with --vault for the account's vault.</source>
            <translation>Il existe déjà un fichier à %1 : indiquez-en un autre avec --vault pour le coffre du compte.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Created the account %1 on %2 and its vault %3. Your account key follows: it is shown only now. Keep it with your master password (print it, or store it offline): another computer needs it to open this vault.</source>
            <translation>Le compte %1 a été créé sur %2, avec son coffre %3. Votre clé de compte suit : elle n'est affichée que maintenant. Gardez-la avec votre mot de passe principal (imprimée, ou hors ligne) : un autre ordinateur en a besoin pour ouvrir ce coffre.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is already a file at %1: it may be this account's vault (then use it with no --server), or name another with --vault.</source>
            <translation>Il existe déjà un fichier à %1 : c'est peut-être le coffre de ce compte (utilisez-le alors sans --server), ou indiquez-en un autre avec --vault.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Signed in to %1 on %2: this computer's vault is %3. Later commands on it go through the server with no --server.</source>
            <translation>Connecté à %1 sur %2 : le coffre de cet ordinateur est %3. Les commandes suivantes passent par le serveur sans --server.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>The vault holds %n entries.</source>
            <translation>
                <numerusform>Le coffre contient %n entrée.</numerusform>
                <numerusform>Le coffre contient %n entrées.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>Create an account on a sign-in server (--server) and its vault</source>
            <translation>Créer un compte sur un serveur de connexion (--server) et son coffre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Asks for the new master password (twice at a terminal, once with --password-stdin), makes the account on the server named by --server and the vault at --vault (or the default path), and prints the account key on a line of its own, once. The server checks the second factor: the vault file opens only with the master password, the account key (kept on this computer) and what the server releases.</source>
            <translation>Demande le nouveau mot de passe principal (deux fois dans un terminal, une fois avec --password-stdin), crée le compte sur le serveur indiqué par --server et le coffre à --vault (ou à l'emplacement par défaut), et affiche une seule fois la clé de compte sur une ligne à part. Le serveur vérifie le second facteur : le fichier du coffre ne s'ouvre qu'avec le mot de passe principal, la clé de compte (conservée sur cet ordinateur) et ce que le serveur libère.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sign in to a server account on this computer (--server)</source>
            <translation>Se connecter à un compte de serveur sur cet ordinateur (--server)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Makes this computer's vault file for the account at --vault (or the default path). Answers, one a line with --password-stdin: the master password; the account key (TF1-…; an empty line when this computer keeps it already); then the second-factor code.</source>
            <translation>Crée le fichier du coffre de cet ordinateur pour le compte à --vault (ou à l'emplacement par défaut). Réponses, une par ligne avec --password-stdin : le mot de passe principal ; la clé de compte (TF1-… ; une ligne vide si cet ordinateur l'a déjà) ; puis le code du second facteur.</translation>
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="-138" />
            <source>There is already a file at %1: name another with --vault, or open that vault.</source>
            <translation>Il existe déjà un fichier à l’emplacement %1 : indiquez-en un autre avec --vault, ou ouvrez ce coffre.</translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="-100" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-163" />
            <location filename="../app/cli/VaultCommands.cpp" line="+7" />
            <source>New master password: </source>
            <translation>Nouveau mot de passe principal : </translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="+0" />
            <location filename="../app/cli/VaultCommands.cpp" line="+1" />
            <source>the new master password</source>
            <translation>le nouveau mot de passe principal</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandHelpers.cpp" line="-21" />
            <source>Strength: %1</source>
            <translation>Robustesse : %1</translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="+9" />
            <location filename="../app/cli/VaultCommands.cpp" line="+7" />
            <source>Measuring this computer, so that unlocking takes about a second…</source>
            <translation>Mesure de cet ordinateur, pour que le déverrouillage prenne environ une seconde…</translation>
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="+5" />
            <source>Created the vault %1.</source>
            <translation>Coffre %1 créé.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Say what to search for: twofold-cli search TERM.</source>
            <translation>Indiquez ce qu’il faut rechercher : twofold-cli search TERM.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>There is no field "%1": name one of %2.</source>
            <translation>Le champ « %1 » n’existe pas : choisissez parmi %2.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Title: %1</source>
            <translation>Titre : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name: %1</source>
            <translation>Nom d’utilisateur : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password: </source>
            <translation>Mot de passe : </translation>
        </message>
        <message>
            <location filename="../app/cli/IoCommands.cpp" line="-126" />
            <source>There is no file %1.</source>
            <translation>Il n’y a aucun fichier %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 cannot be read: %2.</source>
            <translation>Impossible de lire %1 : %2.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>There is no import format "%1": name one of auto, %2.</source>
            <translation>Il n’y a aucun format d’import « %1 » : indiquez auto ou l’un de %2.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The option --duplicates takes skip, keep or update.</source>
            <translation>L’option --duplicates accepte skip, keep ou update.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Imported %1 entries from %2 (%3).</source>
            <translation>%1 entrées importées depuis %2 (%3).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 added, %2 updated, %3 duplicates skipped; in the file: %4.</source>
            <translation>%1 ajoutées, %2 mises à jour, %3 doublons ignorés ; dans le fichier : %4.</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-179" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skipped: %1</source>
            <translation>Ignoré : %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Write %L1 entries unencrypted to %2? [y/N] </source>
            <translation>Écrire %L1 entrées non chiffrées dans %2 ? [y/N] </translation>
        </message>
        <message>
            <location line="+1" />
            <source>the answer to the question</source>
            <translation>la réponse à la question</translation>
        </message>
        <message>
            <location line="+14" />
            <source>There is no export format "%1": name one of %2.</source>
            <translation>Il n’y a aucun format d’export « %1 » : indiquez l’un de %2.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Password for the export: </source>
            <translation>Mot de passe de l’export : </translation>
        </message>
        <message>
            <location line="+1" />
            <source>the export's password</source>
            <translation>le mot de passe de l’export</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The export's password cannot be empty.</source>
            <translation>Le mot de passe de l’export ne peut pas être vide.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing was written.</source>
            <translation>Rien n’a été écrit.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Wrote %L1 entries, encrypted, to %2.</source>
            <translation>%L1 entrées écrites, chiffrées, dans %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrote %L1 entries to %2 (readable only by you).</source>
            <translation>%L1 entrées écrites dans %2 (lisible par vous seul).</translation>
        </message>
        <message>
            <location line="+39" />
            <source>VERSION is the number "show --history" lists (1 or more).</source>
            <translation>VERSION est le numéro que liste « show --history » (1 ou plus).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The password of "%1" is version %2 again; the one it replaces is in its history.</source>
            <translation>Le mot de passe de « %1 » est de nouveau la version %2 ; celui qu’il remplace est dans son historique.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Kind: %1</source>
            <translation>Type : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../app/cli/VaultCommands.cpp" line="+1" />
            <source>Web address: %1</source>
            <translation>Adresse web : %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Password history: none</source>
            <translation>Historique des mots de passe : aucun</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Password version %1 (until %2): </source>
            <translation>Version %1 du mot de passe (jusqu’au %2) : </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Older version %1 (changed %2 on another computer or this one): title "%3", user name "%4", web address "%5", notes "%6"</source>
            <translation>Version antérieure %1 (modifiée le %2 sur un autre ordinateur ou celui-ci) : titre « %3 », nom d’utilisateur « %4 », adresse web « %5 », notes « %6 »</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Older version %1's password: </source>
            <translation>Mot de passe de la version antérieure %1 : </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Add the entries of another manager's export</source>
            <translation>Ajouter les entrées de l’export d’un autre gestionnaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FORMAT is auto (guessed from the content) or one of bitwarden-json, bitwarden-csv, 1password-1pux, 1password-csv, keepass-xml, keepassxc-csv, chrome-csv, firefox-csv, lastpass-csv, msecure-csv, otpauth, aegis-json, otpauth-migration. A malformed file is refused with the line or item at fault and nothing is written; whatever is skipped is listed.</source>
            <translation>FORMAT vaut auto (deviné d’après le contenu) ou l’un de bitwarden-json, bitwarden-csv, 1password-1pux, 1password-csv, keepass-xml, keepassxc-csv, chrome-csv, firefox-csv, lastpass-csv, msecure-csv, otpauth, aegis-json, otpauth-migration. Un fichier mal formé est refusé en nommant la ligne ou l’élément fautif, et rien n’est écrit ; tout ce qui est ignoré est listé.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What to do with an entry whose web address and user name are already in the vault (default skip)</source>
            <translation>Que faire d’une entrée dont l’adresse web et le nom d’utilisateur sont déjà dans le coffre (par défaut skip)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Write the entries to a file for another manager or a backup</source>
            <translation>Écrire les entrées dans un fichier pour un autre gestionnaire ou une sauvegarde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FORMAT is twofold-json (everything, encrypted with a password you choose unless --plain), keepass-xml, bitwarden-json or csv. Plain-text exports ask first and are readable only by you.</source>
            <translation>FORMAT vaut twofold-json (tout, chiffré avec un mot de passe de votre choix sauf avec --plain), keepass-xml, bitwarden-json ou csv. Les exports en clair demandent d’abord confirmation et ne sont lisibles que par vous.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>twofold-json without encryption</source>
            <translation>twofold-json sans chiffrement</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Make an older password (see show --history) current again</source>
            <translation>Rendre de nouveau actuel un ancien mot de passe (voir show --history)</translation>
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="+1" />
            <source>Group: %1</source>
            <translation>Groupe : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags: %1</source>
            <translation>Étiquettes : %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes: %1</source>
            <translation>Notes : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created: %1</source>
            <translation>Création : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Modified: %1</source>
            <translation>Modification : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In the trash since: %1</source>
            <translation>Dans la corbeille depuis : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Id: %1</source>
            <translation>Identifiant : %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Create a new vault</source>
            <translation>Créer un nouveau coffre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asks for the new master password twice at a terminal (once with --password-stdin or --password-env) and refuses one that is too easy to guess. The key derivation is tuned to this computer unless --kdf-memory or --kdf-iterations is given (the other then keeps its default: 256 MiB, 3 iterations).</source>
            <translation>Demande le nouveau mot de passe principal deux fois dans un terminal (une fois avec --password-stdin ou --password-env) et refuse un mot de passe trop facile à deviner. La dérivation de clé est ajustée à cet ordinateur, sauf si --kdf-memory ou --kdf-iterations est donné (l’autre garde alors sa valeur par défaut : 256 Mio, 3 itérations).</translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="+66" />
            <location filename="../app/cli/VaultCommands.cpp" line="+7" />
            <source>Memory of the key derivation (Argon2id), in MiB</source>
            <translation>Mémoire de la dérivation de clé (Argon2id), en Mio</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../app/cli/VaultCommands.cpp" line="+3" />
            <source>Iterations of the key derivation</source>
            <translation>Itérations de la dérivation de clé</translation>
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="+5" />
            <source>List the entries by title (of GROUP and its subgroups)</source>
            <translation>Lister les entrées par titre (de GROUP et de ses sous-groupes)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>GROUP is a path "A/B" or an id. Entries in the trash are left out (see "trash ls").</source>
            <translation>GROUP est un chemin « A/B » ou un identifiant. Les entrées de la corbeille sont exclues (voir « trash ls »).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>List the entries whose title, user name, web address, tags or notes hold every term</source>
            <translation>Lister les entrées dont le titre, le nom d’utilisateur, l’adresse web, les étiquettes ou les notes contiennent chacun des termes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Case and accents do not matter. Entries in the trash are left out.</source>
            <translation>La casse et les accents n’ont pas d’importance. Les entrées de la corbeille sont exclues.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show an entry (the password as ******** unless --reveal)</source>
            <translation>Afficher une entrée (le mot de passe sous la forme ******** sauf avec --reveal)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Print only this field: title, username, password, url, group, tags, notes, created, modified or id</source>
            <translation>Afficher seulement ce champ : title, username, password, url, group, tags, notes, created, modified ou id</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Print the password itself</source>
            <translation>Afficher le mot de passe lui-même</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Also list the older passwords</source>
            <translation>Lister aussi les anciens mots de passe</translation>
        </message>
        <message>
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-12" />
            <source>Policy: %1 (your organisation's, as %2 enforces it)</source>
            <translation>Politique : %1 (celle de votre organisation, telle que %2 l’applique)</translation>
        </message>
        <message>
            <location filename="../app/cli/SyncCommands.cpp" line="+35" />
            <source>  removed an entry for good</source>
            <translation>  une entrée supprimée définitivement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  added "%1"</source>
            <translation>  « %1 » ajoutée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  removed "%1" for good</source>
            <translation>  « %1 » supprimée définitivement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  changed "%1"</source>
            <translation>  « %1 » modifiée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  added the group "%1"</source>
            <translation>  groupe « %1 » ajouté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  removed the group "%1"</source>
            <translation>  groupe « %1 » supprimé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  changed the group "%1"</source>
            <translation>  groupe « %1 » modifié</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  named the vault "%1"</source>
            <translation>  coffre renommé « %1 »</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Changed on this computer and another: the newer edit is current, the other is kept in the entry's versions (show ENTRY --history):</source>
            <translation>Modifiées sur cet ordinateur et sur un autre : la modification la plus récente est en vigueur, l’autre est conservée dans les versions de l’entrée (show ENTRY --history) :</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n record(s) on the server could not be opened with this vault's key and were skipped.</source>
            <translation>
                <numerusform>%n enregistrement du serveur n’a pas pu être ouvert avec la clé de ce coffre et a été ignoré.</numerusform>
                <numerusform>%n enregistrements du serveur n’ont pas pu être ouverts avec la clé de ce coffre et ont été ignorés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n change(s) are kept in the vault and will be sent at the next sync.</source>
            <translation>
                <numerusform>%n modification est conservée dans le coffre et sera envoyée à la prochaine synchronisation.</numerusform>
                <numerusform>%n modifications sont conservées dans le coffre et seront envoyées à la prochaine synchronisation.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+30" />
            <source>This vault is not on a sign-in server, so there is nothing to sync it with. Vaults made with "twofold-cli account create" sync.</source>
            <translation>Ce coffre n’est pas sur un serveur de connexion : il n’y a rien avec quoi le synchroniser. Les coffres créés avec « twofold-cli account create » se synchronisent.</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Received %n change(s):</source>
            <translation>
                <numerusform>%n modification reçue :</numerusform>
                <numerusform>%n modifications reçues :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Sent %n change(s):</source>
            <translation>
                <numerusform>%n modification envoyée :</numerusform>
                <numerusform>%n modifications envoyées :</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Already in sync: nothing new here or on the server.</source>
            <translation>Déjà synchronisé : rien de nouveau ici ni sur le serveur.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Fetch the changes other computers made and send this computer's</source>
            <translation>Récupérer les modifications des autres ordinateurs et envoyer celles de cet ordinateur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Prints what came in, what went out, and the entries changed on this computer and another (the newer edit is current, the other is kept in the entry's versions). Every command that changes a vault on a sign-in server also sends its change; offline, changes are kept in the vault file and sent by the next sync.</source>
            <translation>Affiche ce qui est arrivé, ce qui est parti et les entrées modifiées sur cet ordinateur et sur un autre (la modification la plus récente est en vigueur, l’autre est conservée dans les versions de l’entrée). Chaque commande qui modifie un coffre sur un serveur de connexion envoie aussi sa modification ; hors ligne, les modifications sont conservées dans le fichier du coffre et envoyées à la prochaine synchronisation.</translation>
        </message>
        <message>
            <location filename="../app/cli/IoCommands.cpp" line="-95" />
            <source>"%1" is its older version %2 again; the entry as it was is kept as its newest older version.</source>
            <translation>« %1 » est de nouveau sa version antérieure %2 ; l’entrée telle qu’elle était est gardée comme sa version antérieure la plus récente.</translation>
        </message>
        <message>
            <location line="+101" />
            <source>Make an older version of a whole entry (kept when it was changed on two computers, see show --history) current again</source>
            <translation>Rendre de nouveau actuelle une version antérieure d’une entrée entière (gardée quand elle a été modifiée sur deux ordinateurs, voir show --history)</translation>
        </message>
        <message>
            <location line="-103" />
            <source>VERSION is the number of an older version "show --history" lists (1 or more).</source>
            <translation>VERSION est le numéro d’une version antérieure que « show --history » affiche (1 ou plus).</translation>
        </message>
        <message>
            <location filename="../app/cli/Console.cpp" line="-102" />
            <source>The answer giving %1 is not UTF-8 text: its byte %2 is not valid there. Twofold reads every answer as UTF-8.</source>
            <translation>La réponse donnant %1 n'est pas du texte UTF-8 : son octet %2 n'est pas valide à cet endroit. Twofold lit chaque réponse en UTF-8.</translation>
        </message>
        <message>
            <location filename="../app/cli/Arguments.cpp" line="-23" />
            <source>The argument "%1" is not UTF-8 text: its byte %2 (0x%3) is not valid there. twofold-cli takes every argument as UTF-8.</source>
            <translation>L'argument « %1 » n'est pas du texte UTF-8 : son octet %2 (0x%3) n'est pas valide à cet endroit. twofold-cli lit chaque argument en UTF-8.</translation>
        </message>
        <message>
            <location filename="../app/cli/SignIn.cpp" line="-53" />
            <source>The environment variable %1 (named by --password-env) is not UTF-8 text: its byte %2 is not valid there. Twofold reads passwords as UTF-8.</source>
            <translation>La variable d'environnement %1 (indiquée par --password-env) n'est pas du texte UTF-8 : son octet %2 n'est pas valide à cet endroit. Twofold lit les mots de passe en UTF-8.</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandHelpers.cpp" line="-36" />
            <source>The new master password is not UTF-8 text (its byte %1 is not valid there): choose one you can type on any keyboard.</source>
            <translation>Le nouveau mot de passe maître n'est pas du texte UTF-8 (son octet %1 n'est pas valide à cet endroit) : choisissez-en un que vous pouvez saisir sur n'importe quel clavier.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The new master password holds %1, a control character or noncharacter that a keyboard cannot type: choose one you can type wherever you unlock the vault.</source>
            <translation>Le nouveau mot de passe maître contient %1, un caractère de contrôle ou un non-caractère qu'aucun clavier ne peut saisir : choisissez-en un que vous pouvez saisir partout où vous déverrouillez le coffre.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>twofold-cli has ended without the change: the vault file is as it was before it. Run the command again once that is fixed.</source>
            <translation>twofold-cli s'est arrêté sans la modification : le fichier du coffre est tel qu'il était avant elle. Relancez la commande une fois ce problème réglé.</translation>
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="-14" />
            <source>With --field, only that field's value is printed (tags one a line): "show ENTRY --field password --reveal" prints the password alone. Control characters in any value, the password too, are printed as escapes (\e, \a, \r, \x00, \u202e), so no entry can drive the terminal.</source>
            <translation>Avec --field, seule la valeur de ce champ est affichée (les étiquettes une par ligne) : « show ENTRY --field password --reveal » affiche le mot de passe seul. Les caractères de contrôle de toute valeur, mot de passe compris, sont affichés en séquences d'échappement (\e, \a, \r, \x00, \u202e) : aucune entrée ne peut piloter le terminal.</translation>
        </message>
        <message>
            <location filename="../app/cli/IoCommands.cpp" line="-191" />
            <source>%1 is not UTF-8 text: its line %2 holds a byte that is not valid there. Save the file as UTF-8 and import it again; nothing was imported.</source>
            <translation>%1 n'est pas du texte UTF-8 : sa ligne %2 contient un octet qui n'est pas valide à cet endroit. Enregistrez le fichier en UTF-8 et importez-le de nouveau ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../app/cli/AttachmentCommands.cpp" line="+113" />
            <source>"%1" has no attachments.</source>
            <translation>« %1 » n’a aucune pièce jointe.</translation>
        </message>
        <message>
            <location line="-59" />
            <location line="+4" />
            <source>%1 could not be read: %2.</source>
            <translation>%1 n’a pas pu être lu : %2.</translation>
        </message>
        <message>
            <location line="-11" />
            <source>%1 is %2; an attachment can be at most %3 MiB.</source>
            <translation>%1 fait %2 ; une pièce jointe ne peut dépasser %3 Mio.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>%1 is a folder; attach the files in it one by one.</source>
            <translation>%1 est un dossier ; joignez les fichiers qu’il contient un par un.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 is larger than %2 MiB, the most an attachment can be.</source>
            <translation>%1 dépasse %2 Mio, la taille maximale d’une pièce jointe.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--name names one file; give one FILE with it.</source>
            <translation>--name nomme un seul fichier ; donnez un seul FICHIER avec.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Attached "%1" (%2) to "%3".</source>
            <translation>« %1 » (%2) joint à « %3 ».</translation>
        </message>
        <message>
            <location filename="../app/cli/IoCommands.cpp" line="+219" />
            <source>Attachment %1: %2 (%3)</source>
            <translation>Pièce jointe %1 : %2 (%3)</translation>
        </message>
        <message>
            <location line="-76" />
            <source>Attachments left out (%1 has no place for them): %L2. twofold-json keeps them, or save them with "attachment save".</source>
            <translation>Pièces jointes laissées de côté (%1 n’a pas de place pour elles) : %L2. twofold-json les garde, ou enregistrez-les avec « attachment save ».</translation>
        </message>
        <message>
            <location filename="../app/cli/AttachmentCommands.cpp" line="+96" />
            <source>Each file can be at most 16 MiB, and an entry can have 100. They are read from the vault only when you save one.</source>
            <translation>Chaque fichier peut faire au plus 16 Mio, et une entrée peut en avoir 100. Ils ne sont lus dans le coffre que lorsque vous en enregistrez un.</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Keep files with an entry, encrypted in the vault</source>
            <translation>Garder des fichiers avec une entrée, chiffrés dans le coffre</translation>
        </message>
        <message>
            <location line="+13" />
            <source>List an entry's attachments: number, name, size, added</source>
            <translation>Lister les pièces jointes d’une entrée : numéro, nom, taille, ajout</translation>
        </message>
        <message>
            <location line="+7" />
            <source>NAME is the attachment's name or its number in "attachment ls". Without FILE, it is saved under its name in the current folder. The file is readable only by you; an existing file is kept unless --force.</source>
            <translation>NAME est le nom de la pièce jointe ou son numéro dans « attachment ls ». Sans FICHIER, elle est enregistrée sous son nom dans le dossier courant. Vous seul pouvez lire le fichier ; un fichier existant est gardé sauf avec --force.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Remove an attachment from an entry</source>
            <translation>Retirer une pièce jointe d’une entrée</translation>
        </message>
        <message>
            <location line="-42" />
            <source>Removed "%1" from "%2".</source>
            <translation>« %1 » retiré de « %2 ».</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Replace a file that is already there</source>
            <translation>Remplacer un fichier déjà présent</translation>
        </message>
        <message>
            <location line="-59" />
            <source>Saved "%1" (%2) to %3 (readable only by you).</source>
            <translation>« %1 » (%2) enregistré dans %3 (lisible par vous seul).</translation>
        </message>
        <message>
            <location line="+40" />
            <source>The attachment's name (default: the file's name)</source>
            <translation>Le nom de la pièce jointe (par défaut : le nom du fichier)</translation>
        </message>
        <message>
            <location line="-50" />
            <source>There is already a file at %1: give another FILE, or --force to replace it.</source>
            <translation>Il y a déjà un fichier à %1 : donnez un autre FICHIER, ou --force pour le remplacer.</translation>
        </message>
        <message>
            <location line="-106" />
            <source>There is no file at %1.</source>
            <translation>Il n’y a pas de fichier à %1.</translation>
        </message>
        <message>
            <location line="+169" />
            <source>Write an attachment to a file</source>
            <translation>Écrire une pièce jointe dans un fichier</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Delivery</name>
        <message>
            <location filename="../core/delivery/CurlSupport.cpp" line="+124" />
            <source>Could not find the server %1: check its name and this computer's internet connection.</source>
            <translation>Le serveur %1 est introuvable : vérifiez son nom et la connexion Internet de cet ordinateur.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 refused the connection on port %2: check the port, and that the server is running.</source>
            <translation>%1 a refusé la connexion sur le port %2 : vérifiez le port, et que le serveur fonctionne.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 did not answer in time: check the server name, port and security setting, then try again.</source>
            <translation>%1 n’a pas répondu à temps : vérifiez le nom du serveur, le port et le réglage de sécurité, puis réessayez.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The certificate of %1 is for another server name: use the name the certificate was made for.</source>
            <translation>Le certificat de %1 est établi pour un autre nom de serveur : utilisez le nom pour lequel le certificat a été créé.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The certificate of %1 has expired: ask the server's administrator to renew it.</source>
            <translation>Le certificat de %1 a expiré : demandez à l’administrateur du serveur de le renouveler.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The certificate of %1 is not trusted: if it is a private server, give the file of its certificate authority (CA) in the delivery settings.</source>
            <translation>Le certificat de %1 n’est pas approuvé : s’il s’agit d’un serveur privé, indiquez le fichier de son autorité de certification (CA) dans les paramètres d’envoi.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The certificate authority (CA) file in the delivery settings could not be read: check that it exists and holds PEM certificates.</source>
            <translation>Le fichier d’autorité de certification (CA) indiqué dans les paramètres d’envoi n’a pas pu être lu : vérifiez qu’il existe et qu’il contient des certificats PEM.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Could not set up an encrypted connection with %1 on port %2: check the port and the security setting.</source>
            <translation>Impossible d’établir une connexion chiffrée avec %1 sur le port %2 : vérifiez le port et le réglage de sécurité.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The server address "%1" is not valid.</source>
            <translation>L’adresse de serveur « %1 » n’est pas valide.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This computer ran out of memory while sending.</source>
            <translation>Cet ordinateur a manqué de mémoire pendant l’envoi.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 answered in a way Twofold does not understand: check the port and the security setting.</source>
            <translation>%1 a répondu d’une manière que Twofold ne comprend pas : vérifiez le port et le réglage de sécurité.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sending through %1 failed: %2.</source>
            <translation>L’envoi via %1 a échoué : %2.</translation>
        </message>
        <message>
            <location filename="../core/delivery/DeliverySettings.cpp" line="+25" />
            <source>The certificate authority (CA) file %1 does not exist.</source>
            <translation>Le fichier d’autorité de certification (CA) %1 n’existe pas.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>"%1" is not a web address for the %2: it should start with https://.</source>
            <translation>« %1 » n’est pas une adresse web valable pour le service %2 : elle doit commencer par https://.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The %1 must use https:// so its credentials and the codes travel encrypted (http:// is only allowed to this computer).</source>
            <translation>Le service %1 doit utiliser https:// pour que ses identifiants et les codes circulent chiffrés (http:// n’est autorisé que vers cet ordinateur).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Put no user name or password in the %1's address: use the settings made for them.</source>
            <translation>Ne mettez ni nom d’utilisateur ni mot de passe dans l’adresse du service %1 : utilisez les paramètres prévus pour cela.</translation>
        </message>
        <message>
            <location line="+144" />
            <source>Email delivery is not set up: give the SMTP server in the delivery settings.</source>
            <translation>L’envoi par e-mail n’est pas configuré : indiquez le serveur SMTP dans les paramètres d’envoi.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is not a server name.</source>
            <translation>« %1 » n’est pas un nom de serveur.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the SMTP server's port: usually 587 for STARTTLS or 465 for TLS.</source>
            <translation>Indiquez le port du serveur SMTP : généralement 587 pour STARTTLS ou 465 pour TLS.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the address the codes are sent from.</source>
            <translation>Indiquez l’adresse depuis laquelle les codes sont envoyés.</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../core/delivery/MailMessage.cpp" line="+99" />
            <source>A mail header cannot contain a line break or other control character.</source>
            <translation>Un en-tête d’e-mail ne peut pas contenir de saut de ligne ni d’autre caractère de contrôle.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the SMTP user name that goes with the password.</source>
            <translation>Indiquez le nom d’utilisateur SMTP qui va avec le mot de passe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mail can only go unencrypted to a server on this computer: choose STARTTLS or TLS.</source>
            <translation>Les e-mails ne peuvent être envoyés sans chiffrement qu’à un serveur situé sur cet ordinateur : choisissez STARTTLS ou TLS.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>SMS gateway</source>
            <translation>passerelle SMS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the SMS gateway's account SID (a Twilio one starts with AC).</source>
            <translation>Indiquez le SID du compte de la passerelle SMS (un SID Twilio commence par AC).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is not an account SID: it has letters and digits only.</source>
            <translation>« %1 » n’est pas un SID de compte : un SID ne contient que des lettres et des chiffres.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Give the SMS gateway's auth token.</source>
            <translation>Indiquez le jeton d’authentification de la passerelle SMS.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the number (or sender name) the codes are sent from.</source>
            <translation>Indiquez le numéro (ou le nom d’expéditeur) depuis lequel les codes sont envoyés.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" cannot be a sender: it has a line break or other control character.</source>
            <translation>« %1 » ne peut pas être un expéditeur : il contient un saut de ligne ou un autre caractère de contrôle.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>SMS webhook</source>
            <translation>webhook SMS</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is not a header name: use letters, digits and dashes, like X-Api-Key.</source>
            <translation>« %1 » n’est pas un nom d’en-tête : utilisez des lettres, des chiffres et des tirets, comme X-Api-Key.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Twofold sets the %1 header itself: remove it from the webhook's headers.</source>
            <translation>Twofold définit lui-même l’en-tête %1 : retirez-le des en-têtes du webhook.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The value of the %1 header cannot contain a line break or other control character.</source>
            <translation>La valeur de l’en-tête %1 ne peut pas contenir de saut de ligne ni d’autre caractère de contrôle.</translation>
        </message>
        <message>
            <location line="+155" />
            <source>The delivery settings stored in this vault are damaged: set email and SMS delivery up again.</source>
            <translation>Les paramètres d’envoi stockés dans ce coffre sont endommagés : configurez à nouveau l’envoi par e-mail et par SMS.</translation>
        </message>
        <message>
            <location filename="../core/delivery/MailMessage.cpp" line="+35" />
            <source>Enter an email address.</source>
            <translation>Saisissez une adresse e-mail.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is not an email address: it should look like name@example.com.</source>
            <translation>« %1 » n’est pas une adresse e-mail : elle devrait ressembler à nom@example.com.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>"%1" has letters Twofold cannot send to: use an address written with Latin letters, digits and punctuation only.</source>
            <translation>« %1 » contient des lettres que Twofold ne peut pas utiliser pour l’envoi : utilisez une adresse écrite uniquement avec des lettres latines, des chiffres et des signes de ponctuation.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Your Twofold sign-in code</source>
            <translation>Votre code de connexion Twofold</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../core/delivery/SmsGateway.cpp" line="+16" />
            <source>Your Twofold sign-in code is %1.</source>
            <translation>Votre code de connexion Twofold est %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <location line="+14" />
            <location filename="../core/delivery/SmsGateway.cpp" line="+1" />
            <source>It expires in %n minutes.</source>
            <translation>
                <numerusform>Il expire dans %n minute.</numerusform>
                <numerusform>Il expire dans %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-12" />
            <source>If you did not try to sign in, change your master password.</source>
            <translation>Si vous n’avez pas essayé de vous connecter, changez votre mot de passe principal.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Your Twofold setup code</source>
            <translation>Votre code de configuration Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your code to turn on sign-in codes by email in Twofold is %1.</source>
            <translation>Votre code pour activer les codes de connexion par e-mail dans Twofold est %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This is a setup check, not a sign-in. If you are not setting up Twofold, ignore this message.</source>
            <translation>Il s’agit d’une vérification de configuration, pas d’une connexion. Si vous n’êtes pas en train de configurer Twofold, ignorez ce message.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Twofold test message</source>
            <translation>Message de test Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is a test message from Twofold: your email delivery settings work.</source>
            <translation>Ceci est un message de test de Twofold : vos paramètres d’envoi par e-mail fonctionnent.</translation>
        </message>
        <message>
            <location filename="../core/delivery/SmsGateway.cpp" line="+8" />
            <source>This is a test message from Twofold: your SMS delivery settings work.</source>
            <translation>Ceci est un message de test de Twofold : vos paramètres d’envoi par SMS fonctionnent.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>SMS delivery is not set up: choose an SMS gateway in the delivery settings.</source>
            <translation>L’envoi par SMS n’est pas configuré : choisissez une passerelle SMS dans les paramètres d’envoi.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>"%1" is not a phone number in international form, like +447123456789.</source>
            <translation>« %1 » n’est pas un numéro de téléphone au format international, comme +447123456789.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An SMS needs some text.</source>
            <translation>Un SMS doit contenir du texte.</translation>
        </message>
        <message>
            <location filename="../core/delivery/SmtpSender.cpp" line="+50" />
            <source>The mail server refused the sign-in: check the SMTP user name and password.</source>
            <translation>Le serveur de messagerie a refusé la connexion : vérifiez le nom d’utilisateur et le mot de passe SMTP.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 does not offer STARTTLS, so the mail would travel unencrypted: choose TLS (usually port 465) if the server has it, or ask its administrator to turn STARTTLS on.</source>
            <translation>%1 ne propose pas STARTTLS, l’e-mail circulerait donc sans chiffrement : choisissez TLS (généralement le port 465) si le serveur le prend en charge, ou demandez à son administrateur d’activer STARTTLS.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The mail server wants a sign-in before it sends mail: enter the SMTP user name and password in the delivery settings.</source>
            <translation>Le serveur de messagerie exige une connexion avant d’envoyer des e-mails : saisissez le nom d’utilisateur et le mot de passe SMTP dans les paramètres d’envoi.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The mail server refused the sender address %1: many servers only accept the address of the account you sign in with.</source>
            <translation>Le serveur de messagerie a refusé l’adresse d’expéditeur %1 : beaucoup de serveurs n’acceptent que l’adresse du compte avec lequel vous vous connectez.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The mail server refused to deliver to %1: check the address.</source>
            <translation>Le serveur de messagerie a refusé de livrer le message à %1 : vérifiez l’adresse.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+7" />
            <source>The mail server refused the message: try again later, or ask its administrator.</source>
            <translation>Le serveur de messagerie a refusé le message : réessayez plus tard, ou contactez son administrateur.</translation>
        </message>
        <message>
            <location filename="../core/delivery/TwilioGateway.cpp" line="+68" />
            <source>The SMS gateway refused the account SID or auth token: check them in the delivery settings.</source>
            <translation>La passerelle SMS a refusé le SID du compte ou le jeton d’authentification : vérifiez-les dans les paramètres d’envoi.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The SMS gateway is getting too many messages from this account: try again in a minute.</source>
            <translation>La passerelle SMS reçoit trop de messages de ce compte : réessayez dans une minute.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The SMS gateway says %1 is not a valid phone number: check the number.</source>
            <translation>Selon la passerelle SMS, %1 n’est pas un numéro de téléphone valide : vérifiez le numéro.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The SMS gateway account is a trial account, which only sends to verified numbers: verify %1 with Twilio, or upgrade the account.</source>
            <translation>Le compte de la passerelle SMS est un compte d’essai, qui n’envoie qu’à des numéros vérifiés : faites vérifier %1 auprès de Twilio, ou mettez le compte à niveau.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 has replied STOP to the sender number: send START to it from that phone, then try again.</source>
            <translation>%1 a répondu STOP au numéro d’expéditeur : envoyez START à ce numéro depuis ce téléphone, puis réessayez.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The SMS gateway account may not send to %1's country: allow it in the account's geographic permissions.</source>
            <translation>Le compte de la passerelle SMS n’a pas le droit d’envoyer vers le pays de %1 : autorisez ce pays dans les autorisations géographiques du compte.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not a mobile number, so it cannot receive SMS: use a mobile number.</source>
            <translation>%1 n’est pas un numéro de mobile, il ne peut donc pas recevoir de SMS : utilisez un numéro de mobile.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The SMS gateway cannot send from %1 with this account: check the sender number in the delivery settings.</source>
            <translation>La passerelle SMS ne peut pas envoyer depuis %1 avec ce compte : vérifiez le numéro d’expéditeur dans les paramètres d’envoi.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+8" />
            <source>The SMS gateway does not know this account: check the base URL and the account SID.</source>
            <translation>La passerelle SMS ne connaît pas ce compte : vérifiez l’URL de base et le SID du compte.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The SMS gateway has a problem on its side: try again in a few minutes.</source>
            <translation>La passerelle SMS rencontre un problème de son côté : réessayez dans quelques minutes.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The SMS gateway refused the message: %1</source>
            <translation>La passerelle SMS a refusé le message : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The SMS gateway refused the message: check the SMS settings, then try again.</source>
            <translation>La passerelle SMS a refusé le message : vérifiez les paramètres SMS, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../core/delivery/WebhookGateway.cpp" line="+96" />
            <source>The SMS webhook's body template does not make valid JSON: check its quotes and braces, and put each {to}, {body} and {code} inside quotes.</source>
            <translation>Le modèle de corps du webhook SMS ne produit pas de JSON valide : vérifiez ses guillemets et ses accolades, et placez chaque {to}, {body} et {code} entre guillemets.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The SMS webhook refused access: check the headers (such as its API key) in the delivery settings.</source>
            <translation>Le webhook SMS a refusé l’accès : vérifiez les en-têtes (comme sa clé d’API) dans les paramètres d’envoi.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The SMS webhook's address does not take messages: check the URL in the delivery settings.</source>
            <translation>L’adresse du webhook SMS n’accepte pas de messages : vérifiez l’URL dans les paramètres d’envoi.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The SMS webhook is getting too many messages: try again in a minute.</source>
            <translation>Le webhook SMS reçoit trop de messages : réessayez dans une minute.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The SMS webhook has a problem on its side: try again in a few minutes, or ask whoever runs it.</source>
            <translation>Le webhook SMS rencontre un problème de son côté : réessayez dans quelques minutes, ou contactez la personne qui le gère.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The SMS webhook refused the message: check its URL, headers and body template in the delivery settings.</source>
            <translation>Le webhook SMS a refusé le message : vérifiez son URL, ses en-têtes et son modèle de corps dans les paramètres d’envoi.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::EmergencyKit</name>
        <message>
            <location filename="../ui/account/EmergencyKit.cpp" line="+34" />
            <location line="+54" />
            <source>Twofold emergency kit</source>
            <translation>Kit d’urgence Twofold</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Made on %1 for %2.</source>
            <translation>Établi le %1 pour %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Account key</source>
            <translation>Clé de compte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Master password</source>
            <translation>Mot de passe principal</translation>
        </message>
        <message>
            <location line="+4" />
            <source>To open your vault on a new computer you need your master password, this account key and your second factor. The account key never leaves your computers: neither Twofold nor the server's administrator can give it back to you if this kit is lost.</source>
            <translation>Pour ouvrir votre coffre sur un nouvel ordinateur, il vous faut votre mot de passe principal, cette clé de compte et votre second facteur. La clé de compte ne quitte jamais vos ordinateurs : ni Twofold ni l’administrateur du serveur ne peuvent vous la rendre si ce kit est perdu.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Keep this kit somewhere safe, away from your computer. Write your master password on it only if the place is as safe as your vault should be.</source>
            <translation>Gardez ce kit en lieu sûr, loin de votre ordinateur. N’y écrivez votre mot de passe principal que si cet endroit est aussi sûr que votre coffre doit l’être.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Could not save the emergency kit as %1: %2</source>
            <translation>Impossible d’enregistrer le kit d’urgence sous %1 : %2</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Twofold emergency kit - %1.pdf</source>
            <translation>Kit d’urgence Twofold - %1.pdf</translation>
        </message>
    </context>
    <context>
        <name>Twofold::EntryKind</name>
        <message>
            <location filename="../core/vault/EntryKind.cpp" line="+15" />
            <source>Cardholder name</source>
            <translation>Nom du titulaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card number</source>
            <translation>Numéro de carte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brand</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expiry</source>
            <translation>Expiration</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Security code</source>
            <translation>Code de sécurité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birthday</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Passport number</source>
            <translation>Numéro de passeport</translation>
        </message>
        <message>
            <location line="+1" />
            <source>National ID number</source>
            <translation>Numéro de carte d’identité</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Login</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Secure note</source>
            <translation>Note sécurisée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Payment card</source>
            <translation>Carte de paiement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Identity</source>
            <translation>Identité</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Export</name>
        <message>
            <location filename="../core/io/ExportJson.cpp" line="+153" />
            <source>This is not an encrypted Twofold export, or it is damaged.</source>
            <translation>Ce n’est pas un export Twofold chiffré, ou il est endommagé.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The password does not open this export.</source>
            <translation>Le mot de passe n’ouvre pas cet export.</translation>
        </message>
        <message>
            <location filename="../core/io/PrivateFile.cpp" line="+22" />
            <source>%1 cannot be made private to you: %2.</source>
            <translation>Impossible de rendre %1 privé pour vous : %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be written: %2.</source>
            <translation>Impossible d’écrire %1 : %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 could not be written completely (%2); it was removed.</source>
            <translation>%1 n’a pas pu être écrit entièrement (%2) ; il a été supprimé.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::FileLock</name>
        <message>
            <location filename="../core/vault/FileLock_posix.cpp" line="+80" />
            <location filename="../core/vault/FileLock_win.cpp" line="+61" />
            <source>The vault is being written by another program. Try again in a moment.</source>
            <translation>Le coffre est en cours d’écriture par un autre programme. Réessayez dans un instant.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Import</name>
        <message>
            <location filename="../core/io/AegisJson.cpp" line="+32" />
            <location filename="../core/io/BitwardenJson.cpp" line="+66" />
            <source>The file is not valid JSON (%1 at byte %2); nothing was imported.</source>
            <translation>Le fichier n’est pas du JSON valide (%1 à l’octet %2) ; rien n’a été importé.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This Aegis export is encrypted: export again without encryption; nothing was imported.</source>
            <translation>Cet export Aegis est chiffré : exportez de nouveau sans chiffrement ; rien n’a été importé.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Entry %1 (%2)</source>
            <translation>Entrée %1 (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>its code type "%1" is not TOTP or HOTP.</source>
            <translation>son type de code « %1 » n’est ni TOTP ni HOTP.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>its secret is empty.</source>
            <translation>son secret est vide.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>its algorithm %1 is not supported.</source>
            <translation>son algorithme %1 n’est pas pris en charge.</translation>
        </message>
        <message>
            <location filename="../core/io/BitwardenJson.cpp" line="+8" />
            <source>This Bitwarden export is encrypted: export again choosing the unencrypted .json format; nothing was imported.</source>
            <translation>Cet export Bitwarden est chiffré : exportez de nouveau au format .json non chiffré ; rien n’a été importé.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>item %1</source>
            <translation>l’élément %1</translation>
        </message>
        <message>
            <location line="+46" />
            <source>its type %1 is not one Bitwarden documents.</source>
            <translation>son type %1 n’est pas de ceux que Bitwarden documente.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>its linked field "%1" has no value of its own.</source>
            <translation>son champ lié « %1 » n’a pas de valeur propre.</translation>
        </message>
        <message>
            <location filename="../core/io/CsvImport.cpp" line="+16" />
            <source>line %1</source>
            <translation>la ligne %1</translation>
        </message>
        <message>
            <location filename="../core/io/Formats.cpp" line="+50" />
            <source>Bitwarden (JSON)</source>
            <translation>Bitwarden (JSON)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bitwarden (CSV)</source>
            <translation>Bitwarden (CSV)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1Password (1PUX)</source>
            <translation>1Password (1PUX)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1Password (CSV)</source>
            <translation>1Password (CSV)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>KeePass 2 / KeePassXC (XML)</source>
            <translation>KeePass 2 / KeePassXC (XML)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>KeePassXC (CSV)</source>
            <translation>KeePassXC (CSV)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chrome, Edge, Brave (CSV)</source>
            <translation>Chrome, Edge, Brave (CSV)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Firefox (CSV)</source>
            <translation>Firefox (CSV)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LastPass (CSV)</source>
            <translation>LastPass (CSV)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>mSecure (CSV)</source>
            <translation>mSecure (CSV)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>otpauth:// links (text)</source>
            <translation>Liens otpauth:// (texte)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Aegis (JSON, unencrypted)</source>
            <translation>Aegis (JSON, non chiffré)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Google Authenticator export (otpauth-migration://)</source>
            <translation>Export de Google Authenticator (otpauth-migration://)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The format of this file cannot be recognised: name it (one of %1).</source>
            <translation>Le format de ce fichier n’est pas reconnu : indiquez-le (l’un de %1).</translation>
        </message>
        <message>
            <location line="+65" />
            <location filename="../core/io/MSecureCsv.cpp" line="+43" />
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <location filename="../core/io/GoogleMigration.cpp" line="+123" />
            <source>it has no secret.</source>
            <translation>il n’a pas de secret.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>its algorithm is not SHA-1, SHA-256 or SHA-512.</source>
            <translation>son algorithme n’est ni SHA-1, ni SHA-256, ni SHA-512.</translation>
        </message>
        <message>
            <location line="+23" />
            <location filename="../core/io/OtpauthText.cpp" line="+40" />
            <source>Line %1</source>
            <translation>La ligne %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>it is not an otpauth-migration:// link.</source>
            <translation>ce n’est pas un lien otpauth-migration://.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1, account %2 (%3)</source>
            <translation>%1, compte %2 (%3)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The file holds no otpauth-migration:// link; nothing was imported.</source>
            <translation>Le fichier ne contient aucun lien otpauth-migration:// ; rien n’a été importé.</translation>
        </message>
        <message>
            <location filename="../core/io/ImportData.cpp" line="+74" />
            <source>the secret is empty</source>
            <translation>le secret est vide</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Field %1</source>
            <translation>Champ %1</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Line %1 is not valid CSV (a quote is not closed or a field is broken); nothing was imported.</source>
            <translation>La ligne %1 n’est pas du CSV valide (un guillemet n’est pas fermé ou un champ est abîmé) ; rien n’a été importé.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This file is not a %1 export; nothing was imported.</source>
            <translation>Ce fichier n’est pas un export %1 ; rien n’a été importé.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This is not a %1 export: its first line has no column "%2"; nothing was imported.</source>
            <translation>Ce n’est pas un export %1 : sa première ligne n’a pas de colonne « %2 » ; rien n’a été importé.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is malformed; nothing was imported.</source>
            <translation>%1 est mal formé ; rien n’a été importé.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Line %1 was skipped: it holds nothing.</source>
            <translation>La ligne %1 a été ignorée : elle ne contient rien.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 was skipped: %2</source>
            <translation>%1 : ignoré, %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The two-factor secret of %1 cannot be used (%2); it is kept as the hidden field "TOTP".</source>
            <translation>Le secret à deux facteurs de %1 est inutilisable (%2) ; il est conservé dans le champ masqué « TOTP ».</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file is larger than 256 MiB; nothing was imported.</source>
            <translation>Le fichier dépasse 256 Mio ; rien n’a été importé.</translation>
        </message>
        <message>
            <location filename="../core/io/KeePassXml.cpp" line="+484" />
            <source>The XML is malformed at line %1 (%2); nothing was imported.</source>
            <translation>Le XML est mal formé à la ligne %1 (%2) ; rien n’a été importé.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Unnamed group</source>
            <translation>Groupe sans nom</translation>
        </message>
        <message>
            <location line="+38" />
            <source>its field "%1" is encrypted with the database's inner key, which an XML export does not carry.</source>
            <translation>son champ « %1 » est chiffré avec la clé interne de la base, qu’un export XML ne contient pas.</translation>
        </message>
        <message>
            <location line="+106" />
            <source>the entry "%1"</source>
            <translation>l’entrée « %1 »</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The attachments of %1 (%2) were not imported: an XML export holds them outside the entry.</source>
            <translation>Les pièces jointes de %1 (%2) n’ont pas été importées : un export XML les garde hors de l’entrée.</translation>
        </message>
        <message>
            <location filename="../core/io/MSecureCsv.cpp" line="-3" />
            <source>it has fewer than the four columns Name, Type, Tags, Notes.</source>
            <translation>elle a moins que les quatre colonnes Name, Type, Tags, Notes.</translation>
        </message>
        <message>
            <location filename="../core/io/OnePassword1pux.cpp" line="+151" />
            <source>its document "%1" is a file, and files are not imported yet.</source>
            <translation>son document « %1 » est un fichier, et les fichiers ne sont pas encore importés.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>item %1 (%2)</source>
            <translation>l’élément %1 (%2)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>it was deleted in 1Password.</source>
            <translation>il a été supprimé dans 1Password.</translation>
        </message>
        <message>
            <location filename="../core/io/OtpauthText.cpp" line="+8" />
            <source>The file holds no otpauth:// link; nothing was imported.</source>
            <translation>Le fichier ne contient aucun lien otpauth:// ; rien n’a été importé.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Kdf</name>
        <message>
            <location filename="../core/crypto/Kdf.cpp" line="+36" />
            <source>The vault's key settings are damaged or out of range.</source>
            <translation>Les paramètres de clé du coffre sont endommagés ou hors limites.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This computer does not have enough free memory (%1 MiB) to open the vault. Close other programs and try again.</source>
            <translation>Cet ordinateur n’a pas assez de mémoire libre (%1 Mio) pour ouvrir le coffre. Fermez d’autres programmes et réessayez.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::OpenVault</name>
        <message>
            <location filename="../core/vault/OpenVault.cpp" line="+118" />
            <source>This vault is open for changes in another program (%1, process %2). Close it there, then try again.</source>
            <translation>Ce coffre est ouvert en modification dans un autre programme (%1, processus %2). Fermez-le dans ce programme, puis réessayez.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>another Twofold</source>
            <translation>une autre instance de Twofold</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The vault cannot be opened for changes, because its folder does not allow creating the lock file %1 (read-only or no permission). Commands that only read the vault still work.</source>
            <translation>Le coffre ne peut pas être ouvert en modification, car son dossier ne permet pas de créer le fichier de verrou %1 (lecture seule ou droits insuffisants). Les commandes qui ne font que lire le coffre fonctionnent toujours.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>There is already a file at %1. Open it, or choose another name for the new vault.</source>
            <translation>Il existe déjà un fichier à l’emplacement %1. Ouvrez-le, ou choisissez un autre nom pour le nouveau coffre.</translation>
        </message>
        <message>
            <location line="+68" />
            <source>The vault file was changed by another program while it was being opened. Try again.</source>
            <translation>Le fichier du coffre a été modifié par un autre programme pendant son ouverture. Réessayez.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>This vault was opened read-only, so changes cannot be saved.</source>
            <translation>Ce coffre a été ouvert en lecture seule : les modifications ne peuvent donc pas être enregistrées.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+83" />
            <source>The vault file was replaced by another program since it was opened, so it was not overwritten. Your changes are still open: save them to another file.</source>
            <translation>Le fichier du coffre a été remplacé par un autre programme depuis son ouverture : il n’a donc pas été écrasé. Vos modifications sont toujours présentes : enregistrez-les dans un autre fichier.</translation>
        </message>
        <message>
            <location line="-72" />
            <source>Someone signed in to this vault in another program while you were changing its two-factor settings, so the change was not saved. Try again.</source>
            <translation>Quelqu’un s’est connecté à ce coffre dans un autre programme pendant que vous modifiiez ses paramètres de connexion à deux facteurs : la modification n’a donc pas été enregistrée. Réessayez.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This vault was opened read-only, so its password cannot be changed.</source>
            <translation>Ce coffre a été ouvert en lecture seule : son mot de passe ne peut donc pas être modifié.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two-factor settings must be re-sealed with the new password.</source>
            <translation>Les paramètres de connexion à deux facteurs doivent être scellés à nouveau avec le nouveau mot de passe.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This vault has two-factor sign-in turned on: changing the password needs the sign-in share.</source>
            <translation>La connexion à deux facteurs est activée pour ce coffre : la modification du mot de passe nécessite la part de clé de connexion.</translation>
        </message>
        <message>
            <location line="-254" />
            <source>The vault cannot be opened for changes, because the disk holding %1 is full (there is no room for its lock file). Free some space and try again; commands that only read the vault still work.</source>
            <translation>Le coffre ne peut pas être ouvert en modification, car le disque qui contient %1 est plein (il n'y a pas de place pour son fichier de verrou). Libérez de l'espace et réessayez ; les commandes qui ne font que lire le coffre fonctionnent toujours.</translation>
        </message>
        <message>
            <location line="-51" />
            <source>The attachment section of the vault file is damaged.</source>
            <translation>La section des pièces jointes du fichier du coffre est endommagée.</translation>
        </message>
        <message>
            <location line="+196" />
            <source>The vault was not saved: %1 Your changes are kept; try again.</source>
            <translation>Le coffre n’a pas été enregistré : %1 Vos modifications sont conservées ; réessayez.</translation>
        </message>
        <message>
            <location line="-195" />
            <source>This attachment's content is not on this computer.</source>
            <translation>Le contenu de cette pièce jointe n’est pas sur cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Otp</name>
        <message>
            <location filename="../core/otp/Base32.cpp" line="+40" />
            <source>The setup key has %1 at character %2, but setup keys use only the letters A to Z and the digits 2 to 7.</source>
            <translation>La clé de configuration contient %1 au caractère %2, mais les clés de configuration n’utilisent que les lettres A à Z et les chiffres 2 à 7.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The 0 is probably the letter O.</source>
            <translation>Le 0 est probablement la lettre O.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The 1 is probably the letter I or L.</source>
            <translation>Le 1 est probablement la lettre I ou L.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The 8 is probably the letter B.</source>
            <translation>Le 8 est probablement la lettre B.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>The setup key has “=” at character %1, before its end; “=” may only come at the end of a key.</source>
            <translation>La clé de configuration contient « = » au caractère %1, avant sa fin ; « = » ne peut figurer qu’à la fin d’une clé.</translation>
        </message>
        <message>
            <location filename="../core/otp/OtpUri.cpp" line="+47" />
            <source>The link has a broken %-escape: “%1”. A “%” must be followed by two hexadecimal digits.</source>
            <translation>Le lien contient une séquence d’échappement % incorrecte : « %1 ». Un « % » doit être suivi de deux chiffres hexadécimaux.</translation>
        </message>
        <message>
            <location line="+91" />
            <source>The link asks for the algorithm “%1”, which Twofold does not support: only SHA1, SHA256 and SHA512 are.</source>
            <translation>Le lien demande l’algorithme « %1 », que Twofold ne prend pas en charge : seuls SHA1, SHA256 et SHA512 le sont.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The link has no secret (the setup key), so no codes can be made from it.</source>
            <translation>Le lien ne contient pas de secret (la clé de configuration) : aucun code ne peut donc en être généré.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The link's secret is not a valid setup key.</source>
            <translation>Le secret du lien n’est pas une clé de configuration valide.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The link's secret is too short to be a setup key.</source>
            <translation>Le secret du lien est trop court pour être une clé de configuration.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The link is empty.</source>
            <translation>Le lien est vide.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is not a two-factor link: such links start with otpauth://.</source>
            <translation>Ce n’est pas un lien à deux facteurs : ces liens commencent par otpauth://.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The link does not say which kind of codes it makes: otpauth:// must be followed by totp or hotp.</source>
            <translation>Le lien n’indique pas quel type de codes il génère : otpauth:// doit être suivi de totp ou hotp.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The link is for “%1” codes, but Twofold makes only totp (time-based) and hotp (counter-based) codes.</source>
            <translation>Le lien concerne des codes « %1 », mais Twofold ne génère que des codes totp (basés sur le temps) et hotp (basés sur un compteur).</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The link gives “%1” more than once, so it is not clear which to use.</source>
            <translation>Le lien indique « %1 » plusieurs fois : on ne sait donc pas quelle valeur utiliser.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The link asks for codes of “%1” digits, but codes have 6, 7 or 8 digits.</source>
            <translation>Le lien demande des codes de « %1 » chiffres, mais les codes ont 6, 7 ou 8 chiffres.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The link's period “%1” is not a whole number of seconds greater than zero.</source>
            <translation>La période du lien, « %1 », n’est pas un nombre entier de secondes supérieur à zéro.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The link's counter “%1” is not a whole number of zero or more.</source>
            <translation>Le compteur du lien, « %1 », n’est pas un nombre entier supérieur ou égal à zéro.</translation>
        </message>
        <message>
            <location filename="../core/otp/QrMatrix.cpp" line="+32" />
            <source>This text is too long for a QR code: it has %1 bytes, and a QR code holds at most 2331.</source>
            <translation>Ce texte est trop long pour un code QR : il fait %1 octets, et un code QR en contient au plus 2331.</translation>
        </message>
        <message>
            <location filename="../core/otp/Totp.cpp" line="+124" />
            <source>That code is for another time: your computer's clock seems a minute slow. Set the clock right, then enter a new code.</source>
            <translation>Ce code correspond à un autre moment : l’horloge de votre ordinateur semble retarder d’une minute. Mettez l’horloge à l’heure, puis saisissez un nouveau code.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>That code is for another time: your computer's clock seems %n minutes slow. Set the clock right, then enter a new code.</source>
            <translation>
                <numerusform>Ce code correspond à un autre moment : l’horloge de votre ordinateur semble retarder de %n minute. Mettez l’horloge à l’heure, puis saisissez un nouveau code.</numerusform>
                <numerusform>Ce code correspond à un autre moment : l’horloge de votre ordinateur semble retarder de %n minutes. Mettez l’horloge à l’heure, puis saisissez un nouveau code.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>That code is for another time: your computer's clock seems a minute fast. Set the clock right, then enter a new code.</source>
            <translation>Ce code correspond à un autre moment : l’horloge de votre ordinateur semble avancer d’une minute. Mettez l’horloge à l’heure, puis saisissez un nouveau code.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>That code is for another time: your computer's clock seems %n minutes fast. Set the clock right, then enter a new code.</source>
            <translation>
                <numerusform>Ce code correspond à un autre moment : l’horloge de votre ordinateur semble avancer de %n minute. Mettez l’horloge à l’heure, puis saisissez un nouveau code.</numerusform>
                <numerusform>Ce code correspond à un autre moment : l’horloge de votre ordinateur semble avancer de %n minutes. Mettez l’horloge à l’heure, puis saisissez un nouveau code.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Twofold::PasswordGenerator</name>
        <message>
            <location filename="../core/crypto/PasswordGenerator.cpp" line="+80" />
            <source>A generated password must be between %1 and %2 characters long.</source>
            <translation>Un mot de passe généré doit comporter entre %1 et %2 caractères.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose at least one kind of character: lower case, upper case, digits or symbols.</source>
            <translation>Choisissez au moins un type de caractères : minuscules, majuscules, chiffres ou symboles.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A passphrase must have between %1 and %2 words.</source>
            <translation>Une phrase de passe doit comporter entre %1 et %2 mots.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The separator between words must be at most %1 characters, without line breaks or other control characters.</source>
            <translation>Le séparateur entre les mots doit comporter au plus %1 caractères, sans saut de ligne ni autre caractère de contrôle.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>The random number source failed, so no password was generated.</source>
            <translation>La source de nombres aléatoires a échoué : aucun mot de passe n’a donc été généré.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The word list for passphrases is missing from this build of Twofold.</source>
            <translation>La liste de mots pour les phrases de passe est absente de cette version de Twofold.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::PasswordStrength</name>
        <message>
            <location filename="../core/crypto/PasswordStrength.cpp" line="+60" />
            <source>Too short: use at least %1 characters.</source>
            <translation>Trop court : utilisez au moins %1 caractères.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is one of the most common passwords and would be guessed at once.</source>
            <translation>C’est l’un des mots de passe les plus courants : il serait deviné immédiatement.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Too easy to guess: it follows a common pattern. Add a few unrelated words.</source>
            <translation>Trop facile à deviner : il suit un schéma courant. Ajoutez quelques mots sans rapport entre eux.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fair: it would resist casual guessing. A longer passphrase is safer.</source>
            <translation>Moyen : il résisterait à des tentatives occasionnelles. Une phrase de passe plus longue est plus sûre.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Good: hard to guess.</source>
            <translation>Bon : difficile à deviner.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strong: very hard to guess.</source>
            <translation>Robuste : très difficile à deviner.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::PhoneNumber</name>
        <message>
            <location filename="../core/delivery/PhoneNumber.cpp" line="+73" />
            <source>"%1" has too few digits for a phone number: type the whole number, with its area or mobile prefix.</source>
            <translation>« %1 » a trop peu de chiffres pour un numéro de téléphone : saisissez le numéro complet, avec son préfixe régional ou mobile.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>"%1" has too few digits for a number with country code %2: type the whole number, with its area or mobile prefix.</source>
            <translation>« %1 » a trop peu de chiffres pour un numéro avec l’indicatif de pays %2 : saisissez le numéro complet, avec son préfixe régional ou mobile.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>"%1" has too many digits for a phone number.</source>
            <translation>« %1 » a trop de chiffres pour un numéro de téléphone.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>"%1" has too many digits for a number with country code %2.</source>
            <translation>« %1 » a trop de chiffres pour un numéro avec l’indicatif de pays %2.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 is a landline number: SMS codes need a mobile number.</source>
            <translation>%1 est un numéro de ligne fixe : les codes par SMS nécessitent un numéro de mobile.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is a toll-free number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 est un numéro gratuit, qui ne peut pas recevoir de SMS : utilisez un numéro de mobile.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a premium-rate number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 est un numéro surtaxé, qui ne peut pas recevoir de SMS : utilisez un numéro de mobile.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a shared-cost number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 est un numéro à coût partagé, qui ne peut pas recevoir de SMS : utilisez un numéro de mobile.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is an internet (VoIP) number, which does not receive SMS codes reliably: use a mobile number.</source>
            <translation>%1 est un numéro Internet (VoIP), qui ne reçoit pas les codes par SMS de façon fiable : utilisez un numéro de mobile.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is a personal forwarding number, which cannot receive SMS: use the mobile number it forwards to.</source>
            <translation>%1 est un numéro de renvoi personnel, qui ne peut pas recevoir de SMS : utilisez le numéro de mobile vers lequel il renvoie.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is a pager number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 est un numéro de radiomessagerie, qui ne peut pas recevoir de SMS : utilisez un numéro de mobile.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a company switchboard number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 est le numéro d’un standard d’entreprise, qui ne peut pas recevoir de SMS : utilisez un numéro de mobile.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a voicemail access number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 est un numéro d’accès à une messagerie vocale, qui ne peut pas recevoir de SMS : utilisez un numéro de mobile.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 does not look like a mobile number: SMS codes need a mobile number.</source>
            <translation>%1 ne ressemble pas à un numéro de mobile : les codes par SMS nécessitent un numéro de mobile.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Enter a phone number.</source>
            <translation>Saisissez un numéro de téléphone.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>"%1" is not a phone number: use digits and spaces, with a + before the country code.</source>
            <translation>« %1 » n’est pas un numéro de téléphone : utilisez des chiffres et des espaces, avec un + devant l’indicatif de pays.</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+28" />
            <source>"%1" starts with a country code that does not exist: check the digits after the +.</source>
            <translation>« %1 » commence par un indicatif de pays qui n’existe pas : vérifiez les chiffres après le +.</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Pick the country of "%1", or type it with + and its country code.</source>
            <translation>Choisissez le pays de « %1 », ou saisissez ce numéro avec + et son indicatif de pays.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>"%1" does not have the right number of digits for a number with country code %2.</source>
            <translation>« %1 » n’a pas le bon nombre de chiffres pour un numéro avec l’indicatif de pays %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"%1" is not a valid number with country code %2: check the digits.</source>
            <translation>« %1 » n’est pas un numéro valide avec l’indicatif de pays %2 : vérifiez les chiffres.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::QrImageDecoder</name>
        <message>
            <location filename="../ui/otp/QrImageDecoder_none.cpp" line="+16" />
            <source>This copy of Twofold cannot read QR codes: paste the link or type the setup key instead.</source>
            <translation>Cette copie de Twofold ne sait pas lire les codes QR : collez plutôt le lien ou saisissez la clé de configuration.</translation>
        </message>
        <message>
            <location filename="../ui/otp/QrImageDecoder_zxing.cpp" line="+21" />
            <source>No QR code was found in the picture.</source>
            <translation>Aucun code QR n’a été trouvé dans l’image.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::SecretStore</name>
        <message>
            <location filename="../core/platform/FileSecretStore.cpp" line="+111" />
            <source>The remembered-computer file is busy in another program. Try again.</source>
            <translation>Le fichier des ordinateurs mémorisés est occupé par un autre programme. Réessayez.</translation>
        </message>
        <message>
            <location line="+38" />
            <location filename="../core/platform/SecretStore_keychain.cpp" line="+41" />
            <source>Nothing is remembered here under that name.</source>
            <translation>Rien n’est mémorisé ici sous ce nom.</translation>
        </message>
        <message>
            <location filename="../core/platform/SecretStore.cpp" line="+9" />
            <source>No system keychain could be reached, so remembered computers are kept in an encrypted file whose key lies next to it. That only protects against casual reading: anyone who can read your files can use it.</source>
            <translation>Aucun trousseau système n’a pu être joint : les ordinateurs mémorisés sont donc conservés dans un fichier chiffré dont la clé se trouve juste à côté. Cela ne protège que d’une lecture occasionnelle : toute personne qui peut lire vos fichiers peut l’utiliser.</translation>
        </message>
        <message>
            <location filename="../core/platform/SecretStore_keychain.cpp" line="-8" />
            <source>Access to the system keychain was refused, so this computer cannot be remembered.</source>
            <translation>L’accès au trousseau système a été refusé : cet ordinateur ne peut donc pas être mémorisé.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The system keychain does not allow Twofold to keep secrets there, so this computer cannot be remembered.</source>
            <translation>Le trousseau système ne permet pas à Twofold d’y conserver des secrets : cet ordinateur ne peut donc pas être mémorisé.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The system keychain could not forget this computer.</source>
            <translation>Le trousseau système n’a pas pu oublier cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Server</name>
        <message>
            <location filename="../app/server/AdminCommands.cpp" line="+47" />
            <source>Use one of: org create NAME, org list, org policy NAME off|optional|required [--methods LIST], org domains NAME DOMAIN[,DOMAIN…], user list [--org NAME], user org EMAIL NAME, user leave-org EMAIL, user reset-2fa EMAIL, device list EMAIL, device revoke ID.</source>
            <translation>Utilisez l’une de ces commandes : org create NAME, org list, org policy NAME off|optional|required [--methods LIST], org domains NAME DOMAIN[,DOMAIN…], user list [--org NAME], user org EMAIL NAME, user leave-org EMAIL, user reset-2fa EMAIL, device list EMAIL, device revoke ID.</translation>
        </message>
        <message>
            <location line="+105" />
            <source>%1 is in “%2” already.</source>
            <translation>%1 est déjà dans « %2 ».</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is in no organisation already.</source>
            <translation>%1 n’appartient déjà à aucune organisation.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 is now in “%2”: its policy applies from the next sign-in.</source>
            <translation>%1 est maintenant dans « %2 » : sa stratégie s’applique dès la prochaine connexion.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 has left “%2”: no organisation's policy applies from the next sign-in.</source>
            <translation>%1 a quitté « %2 » : aucune stratégie d’organisation ne s’applique dès la prochaine connexion.</translation>
        </message>
        <message>
            <location line="-110" />
            <source>Organisation “%1” created: two-factor sign-in optional, every method allowed.</source>
            <translation>Organisation « %1 » créée : connexion à deux facteurs facultative, toutes les méthodes autorisées.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Organisation “%1”: two-factor sign-in %2; methods allowed: %3.</source>
            <translation>Organisation « %1 » : connexion à deux facteurs %2 ; méthodes autorisées : %3.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Organisation “%1”: new accounts no longer join it by their mail domain.</source>
            <translation>Organisation « %1 » : les nouveaux comptes ne la rejoignent plus d’après leur domaine de messagerie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisation “%1”: new accounts with an address at %2 join it.</source>
            <translation>Organisation « %1 » : les nouveaux comptes avec une adresse chez %2 la rejoignent.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The second factor of %1 is reset at the next sign-in, where a new one is set up; remembered computers forgotten: %2.</source>
            <translation>Le second facteur de %1 est réinitialisé à la prochaine connexion, où un nouveau sera configuré ; ordinateurs mémorisés oubliés : %2.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>“%1” is not a device number: device list EMAIL shows them.</source>
            <translation>« %1 » n’est pas un numéro d’appareil : device list EMAIL les affiche.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Device %1 (“%2”) was already revoked on %3.</source>
            <translation>L’appareil %1 (« %2 ») a déjà été révoqué le %3.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Device %1 (“%2”) is revoked: it must pass the second factor at its next sign-in.</source>
            <translation>L’appareil %1 (« %2 ») est révoqué : il devra passer le second facteur à sa prochaine connexion.</translation>
        </message>
        <message>
            <location filename="../app/server/ServeCommand.cpp" line="+73" />
            <source>twofold-server does not know the command “%1”: see twofold-server --help.</source>
            <translation>twofold-server ne connaît pas la commande « %1 » : voir twofold-server --help.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>--test-clock ANCHOR_MS:SPEED is for tests on loopback only: give it with --insecure-http, a start time in milliseconds and a speed from 1 to 100000.</source>
            <translation>--test-clock ANCHOR_MS:SPEED est réservé aux tests en boucle locale : donnez-le avec --insecure-http, une heure de départ en millisecondes et une vitesse de 1 à 100000.</translation>
        </message>
        <message>
            <location filename="../app/server/ServerCommands.cpp" line="+32" />
            <source>twofold-server does not know the option --%1: see twofold-server --help.</source>
            <translation>twofold-server ne connaît pas l’option --%1 : voir twofold-server --help.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The option --%1 needs a value.</source>
            <translation>L’option --%1 attend une valeur.</translation>
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
            <translation>Usage : twofold-server --data DOSSIER [--listen HÔTE:PORT] --tls-cert FICHIER --tls-key FICHIER
       twofold-server --data DOSSIER --listen 127.0.0.1:PORT --insecure-http
       twofold-server admin [--data DOSSIER | --database URL] COMMANDE

Le serveur de connexion de Twofold : il vérifie les seconds facteurs et garde ce dont les coffres ont besoin.

Options :
  --data DOSSIER        dossier de données (créé en 0700) ; contient la base SQLite et le poivre
  --database URL        postgresql://UTILISATEUR@HÔTE[:PORT]/BASE au lieu de SQLite
  --config FICHIER      fichier de configuration (mode 0600) : identifiants SMTP et SMS, le poivre
  --listen HÔTE:PORT    adresse d’écoute (par défaut 127.0.0.1:8443)
  --tls-cert FICHIER    certificat PEM (chaîne) pour HTTPS
  --tls-key FICHIER     clé privée PEM pour HTTPS
  --insecure-http       HTTP en clair, sur une adresse de bouclage uniquement
  --rate-capacity N     requêtes qu’une adresse cliente peut envoyer d’un coup (par défaut 60)
  --rate-per-second N   requêtes par seconde qu’une adresse cliente peut soutenir (par défaut 1)
  --max-body-bytes N    plus grand corps de requête (par défaut 65536)
  --help, --version

Commandes d’administration :
  org create NAME
  org list
  org policy NAME off|optional|required [--methods authenticator,email,sms]
  user list [--org NAME]
  user reset-2fa EMAIL
  device list EMAIL
  device revoke ID

Code de sortie : 0 succès, 1 usage ou refus, 4 problème de fichier, 5 base de données injoignable.</translation>
        </message>
        <message>
            <location filename="../core/server/ServerSentences.cpp" line="+10" />
            <source>“%1” is not a database address: use postgresql://USER@HOST[:PORT]/DATABASE.</source>
            <translation>« %1 » n’est pas une adresse de base de données : utilisez postgresql://UTILISATEUR@HÔTE[:PORT]/BASE.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database address starts with “%1:”, but only postgresql:// and sqlite:// are supported.</source>
            <translation>L’adresse de la base de données commence par « %1: », mais seuls postgresql:// et sqlite:// sont pris en charge.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Leave the password out of the database address: put it in the config file as database-password, or in ~/.pgpass.</source>
            <translation>Retirez le mot de passe de l’adresse de la base de données : mettez-le dans le fichier de configuration sous database-password, ou dans ~/.pgpass.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database address has the unknown setting “%1”: only sslmode and host (a socket folder) are allowed.</source>
            <translation>L’adresse de la base de données contient le réglage inconnu « %1 » : seuls sslmode et host (un dossier de socket) sont autorisés.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The database address %1 needs a user, a host and a database name, as in postgresql://twofold@localhost/twofold.</source>
            <translation>L’adresse de base de données %1 doit comporter un utilisateur, un hôte et un nom de base, comme dans postgresql://twofold@localhost/twofold.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Qt’s %1 database driver is not installed (on Debian: libqt6sql6-sqlite or libqt6sql6-psql).</source>
            <translation>Le pilote de base de données %1 de Qt n’est pas installé (sous Debian : libqt6sql6-sqlite ou libqt6sql6-psql).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database file %1 cannot be opened for writing: check the data folder’s owner and free space.</source>
            <translation>Le fichier de base de données %1 ne peut pas être ouvert en écriture : vérifiez le propriétaire du dossier de données et l’espace libre.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The database server at %1 could not be reached or refused the sign-in: check that it runs, the address, the user and the password.</source>
            <translation>Le serveur de base de données %1 est injoignable ou a refusé la connexion : vérifiez qu’il fonctionne, l’adresse, l’utilisateur et le mot de passe.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database refused a change: the log says why.</source>
            <translation>La base de données a refusé une modification : le journal en donne la raison.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The database was set up by a newer twofold-server (schema %1; this one knows up to %2): upgrade twofold-server.</source>
            <translation>La base de données a été créée par un twofold-server plus récent (schéma %1 ; celui-ci connaît jusqu’au %2) : mettez twofold-server à jour.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Updating the database to schema %1 failed and was undone: the log says why.</source>
            <translation>La mise à jour de la base de données vers le schéma %1 a échoué et a été annulée : le journal en donne la raison.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“%1” is not an email address.</source>
            <translation>« %1 » n’est pas une adresse e-mail.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is already an account for %1.</source>
            <translation>Il existe déjà un compte pour %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no account for %1.</source>
            <translation>Il n’y a aucun compte pour %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no account number %1.</source>
            <translation>Il n’y a aucun compte numéro %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no organisation number %1.</source>
            <translation>Il n’y a aucune organisation numéro %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An organisation’s name must have 1 to 100 characters.</source>
            <translation>Le nom d’une organisation doit compter de 1 à 100 caractères.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is already an organisation named “%1”.</source>
            <translation>Il existe déjà une organisation nommée « %1 ».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no organisation named “%1”.</source>
            <translation>Il n’y a aucune organisation nommée « %1 ».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“%1” is not a policy: use off, optional or required.</source>
            <translation>« %1 » n’est pas une règle : utilisez off, optional ou required.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“%1” is not a sign-in method: use authenticator, email or sms, separated by commas.</source>
            <translation>« %1 » n’est pas une méthode de connexion : utilisez authenticator, email ou sms, séparées par des virgules.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The method %1 is named twice.</source>
            <translation>La méthode %1 est citée deux fois.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no device number %1.</source>
            <translation>Il n’y a aucun appareil numéro %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The config file %1 cannot be read.</source>
            <translation>Le fichier de configuration %1 ne peut pas être lu.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The config file %1 holds secrets but other users may read it (mode %2): run chmod 600 %1.</source>
            <translation>Le fichier de configuration %1 contient des secrets, mais d’autres utilisateurs peuvent le lire (mode %2) : exécutez chmod 600 %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The config file %1 is not a regular file.</source>
            <translation>Le fichier de configuration %1 n’est pas un fichier ordinaire.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Line %2 of the config file %1 is not of the form “key = value”.</source>
            <translation>La ligne %2 du fichier de configuration %1 n’est pas de la forme « clé = valeur ».</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Line %2 of the config file %1 sets “%3”, which twofold-server does not know.</source>
            <translation>La ligne %2 du fichier de configuration %1 définit « %3 », que twofold-server ne connaît pas.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Line %2 of the config file %1 sets “%3” a second time.</source>
            <translation>La ligne %2 du fichier de configuration %1 définit « %3 » une seconde fois.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The setting %1 %2</source>
            <translation>Le réglage %1 %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be a number.</source>
            <translation>doit être un nombre.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be greater than zero.</source>
            <translation>doit être supérieur à zéro.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be 32 bytes written in base64 (openssl rand -base64 32 makes one).</source>
            <translation>doit faire 32 octets écrits en base64 (openssl rand -base64 32 en produit un).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be true or false.</source>
            <translation>doit valoir true ou false.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be smtp://HOST[:PORT] (STARTTLS) or smtps://HOST[:PORT].</source>
            <translation>doit être smtp://HÔTE[:PORT] (STARTTLS) ou smtps://HÔTE[:PORT].</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be starttls, tls or none.</source>
            <translation>doit valoir starttls, tls ou none.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be none, twilio or webhook.</source>
            <translation>doit valoir none, twilio ou webhook.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Say where twofold-server keeps its data with --data DIR (or data = DIR in the config file).</source>
            <translation>Indiquez où twofold-server garde ses données avec --data DOSSIER (ou data = DOSSIER dans le fichier de configuration).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“%1” is not an address to listen on: use HOST:PORT, such as 127.0.0.1:8443 or [::1]:8443.</source>
            <translation>« %1 » n’est pas une adresse d’écoute : utilisez HÔTE:PORT, par exemple 127.0.0.1:8443 ou [::1]:8443.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--insecure-http sends sign-in traffic unencrypted, so it is allowed only on this computer’s loopback address, not on %1.</source>
            <translation>--insecure-http transmet le trafic de connexion sans chiffrement ; il n’est donc autorisé que sur l’adresse de bouclage de cet ordinateur, pas sur %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>twofold-server needs --tls-cert and --tls-key (or --insecure-http on a loopback address for tests).</source>
            <translation>twofold-server a besoin de --tls-cert et --tls-key (ou de --insecure-http sur une adresse de bouclage pour les tests).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The TLS file %1 cannot be read.</source>
            <translation>Le fichier TLS %1 ne peut pas être lu.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 holds no PEM certificate.</source>
            <translation>%1 ne contient aucun certificat PEM.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
            <translation>%1 ne contient aucune clé privée PEM non chiffrée (RSA ou EC).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>twofold-server cannot listen on %1: %2</source>
            <translation>twofold-server ne peut pas écouter sur %1 : %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The data folder %1 cannot be created or is not writable.</source>
            <translation>Le dossier de données %1 ne peut pas être créé ou n’est pas accessible en écriture.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The pepper in %1 is not 32 bytes of base64: restore it from a backup (without it no account can sign in).</source>
            <translation>Le poivre dans %1 ne fait pas 32 octets en base64 : restaurez-le depuis une sauvegarde (sans lui, aucun compte ne peut se connecter).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is nothing at this address.</source>
            <translation>Il n’y a rien à cette adresse.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This address does not take that method.</source>
            <translation>Cette adresse n’accepte pas cette méthode.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The request is larger than %1 bytes.</source>
            <translation>La requête dépasse %1 octets.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The request’s headers are larger than %1 bytes.</source>
            <translation>Les en-têtes de la requête dépassent %1 octets.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Send the request body with a Content-Length, not in chunks.</source>
            <translation>Envoyez le corps de la requête avec un Content-Length, pas par morceaux.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Too many requests from this address: try again in %n seconds.</source>
            <translation>
                <numerusform>Trop de requêtes depuis cette adresse : réessayez dans %n seconde.</numerusform>
                <numerusform>Trop de requêtes depuis cette adresse : réessayez dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>The request body is not valid JSON.</source>
            <translation>Le corps de la requête n’est pas du JSON valide.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The request body must be a JSON object.</source>
            <translation>Le corps de la requête doit être un objet JSON.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The field “%1” is missing.</source>
            <translation>Le champ « %1 » manque.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The field “%1” must be a whole number.</source>
            <translation>Le champ « %1 » doit être un nombre entier.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The field “%1” must be true or false.</source>
            <translation>Le champ « %1 » doit valoir true ou false.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The field “%1” must be a string without control characters.</source>
            <translation>Le champ « %1 » doit être une chaîne sans caractères de contrôle.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The field “%1” is not part of this request.</source>
            <translation>Le champ « %1 » ne fait pas partie de cette requête.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The field “%1” is longer than %2 characters.</source>
            <translation>Le champ « %1 » dépasse %2 caractères.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Send the request body as application/json.</source>
            <translation>Envoyez le corps de la requête en application/json.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server could not handle the request: its log says why.</source>
            <translation>Le serveur n’a pas pu traiter la requête : son journal en donne la raison.</translation>
        </message>
        <message>
            <location filename="../core/server/verifier/ServerDelivery.cpp" line="+33" />
            <source>a computer without a name</source>
            <translation>un ordinateur sans nom</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New sign-in to your Twofold vault</source>
            <translation>Nouvelle connexion à votre coffre Twofold</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your Twofold account %1 was signed in to from a computer it had not seen before (“%2”) at %3.

If this was you, there is nothing to do. If it was not, change your master password now and ask your administrator to revoke that computer.
</source>
            <translation>Votre compte Twofold %1 a reçu une connexion depuis un ordinateur qu’il ne connaissait pas (« %2 ») à %3.

Si c’était vous, il n’y a rien à faire. Sinon, changez dès maintenant votre mot de passe maître et demandez à votre administrateur de révoquer cet ordinateur.
</translation>
        </message>
    </context>
    <context>
        <name>Twofold::SignIn</name>
        <message>
            <location filename="../ui/signin/SignInText.cpp" line="+10" />
            <source>Enter the 6-digit code from your authenticator app</source>
            <extracomment>The code is the one-time number an authenticator app (TOTP) shows, not a password.</extracomment>
            <translation>Saisissez le code à 6 chiffres de votre application d’authentification</translation>
        </message>
        <message>
            <location line="+7" />
            <source>We sent a code to %1</source>
            <extracomment>%1 is a masked email address or phone number, e.g. "j•••@example.com". The code is a one-time sign-in number.</extracomment>
            <translation>Un code a été envoyé à %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sending a code to %1…</source>
            <extracomment>%1 is a masked email address or phone number. The code is a one-time sign-in number.</extracomment>
            <translation>Envoi d’un code à %1…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Send a code by text message to %1</source>
            <extracomment>%1 is a masked email address or phone number. The code is a one-time sign-in number.</extracomment>
            <translation>Envoyer un code par SMS au %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send a code by email to %1</source>
            <translation>Envoyer un code par e-mail à %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This vault asks for a code at every sign-in.</source>
            <translation>Ce coffre demande un code à chaque connexion.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This vault asks for a code only on computers it does not remember.</source>
            <translation>Ce coffre ne demande un code que sur les ordinateurs qu’il n’a pas mémorisés.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>The code in your app changes in %n s</source>
            <extracomment>How long the 6-digit number the authenticator app shows now stays valid.</extracomment>
            <translation>
                <numerusform>Le code de votre application change dans %n s</numerusform>
                <numerusform>Le code de votre application change dans %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Resend in %n s</source>
            <extracomment>A button, disabled until it can send another one-time code.</extracomment>
            <translation>
                <numerusform>Renvoyer dans %n s</numerusform>
                <numerusform>Renvoyer dans %n s</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Resend code</source>
            <extracomment>A button: send another one-time sign-in code.</extracomment>
            <translation>Renvoyer le code</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Send code in %n s</source>
            <extracomment>A button, disabled while no more codes may be sent (five an hour); the wait.</extracomment>
            <translation>
                <numerusform>Envoyer un code dans %n s</numerusform>
                <numerusform>Envoyer un code dans %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Send code in %n min</source>
            <translation>
                <numerusform>Envoyer un code dans %n min</numerusform>
                <numerusform>Envoyer un code dans %n min</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Send code</source>
            <extracomment>A button: send a one-time sign-in code.</extracomment>
            <translation>Envoyer le code</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Too many wrong codes. Try again in %1</source>
            <extracomment>%1 is minutes:seconds, e.g. 0:28. Codes are the one-time sign-in numbers.</extracomment>
            <translation>Trop de codes erronés. Réessayez dans %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>You have no recovery codes left.</source>
            <translation>Il ne vous reste aucun code de récupération.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You have one recovery code left.</source>
            <translation>Il vous reste un code de récupération.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>You have %n recovery codes left.</source>
            <translation>
                <numerusform>Il vous reste %n code de récupération.</numerusform>
                <numerusform>Il vous reste %n codes de récupération.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Recovery code accepted. You have no recovery codes left: make new ones in Preferences &gt; Security now.</source>
            <translation>Code de récupération accepté. Il ne vous reste aucun code de récupération : créez-en de nouveaux dès maintenant dans Préférences &gt; Sécurité.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recovery code accepted. You have one recovery code left: make new ones in Preferences &gt; Security soon.</source>
            <translation>Code de récupération accepté. Il ne vous reste qu’un code de récupération : créez-en de nouveaux prochainement dans Préférences &gt; Sécurité.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Recovery code accepted. You have %n recovery codes left.</source>
            <translation>
                <numerusform>Code de récupération accepté. Il vous reste %n code de récupération.</numerusform>
                <numerusform>Code de récupération accepté. Il vous reste %n codes de récupération.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 — %2</source>
            <extracomment>A sign-in method and where its codes go, e.g. "Email — j•••@example.com".</extracomment>
            <translation>%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Sync</name>
        <message>
            <location filename="../core/sync/SyncCrypto.cpp" line="+28" />
            <source>A record on the sync server cannot be opened with this vault's key: it was damaged or does not belong to this vault.</source>
            <translation>Un enregistrement du serveur de synchronisation ne peut pas être ouvert avec la clé de ce coffre : il est endommagé ou n’appartient pas à ce coffre.</translation>
        </message>
        <message>
            <location filename="../core/sync/SyncEngine.cpp" line="+35" />
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Offline — %n change(s) waiting</source>
            <translation>
                <numerusform>Hors ligne — %n modification en attente</numerusform>
                <numerusform>Hors ligne — %n modifications en attente</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not synced: %1</source>
            <translation>Non synchronisé : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Synced</source>
            <translation>Synchronisé</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n modification en attente</numerusform>
                <numerusform>%n modifications en attente</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Twofold::Vault</name>
        <message>
            <location filename="../core/vault/Vault.cpp" line="+25" />
            <source>There is no entry called "%1".</source>
            <translation>Il n’y a aucune entrée nommée « %1 ».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no group called "%1".</source>
            <translation>Il n’y a aucun groupe nommé « %1 ».</translation>
        </message>
        <message>
            <location line="+90" />
            <source>%1 entries are called "%2": name one by its id (%3).</source>
            <translation>%1 entrées s’appellent « %2 » : désignez-en une par son identifiant (%3).</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+31" />
            <source>An entry needs a title.</source>
            <translation>Une entrée doit avoir un titre.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>"%1" has no password version %2.</source>
            <translation>« %1 » n’a pas de version %2 du mot de passe.</translation>
        </message>
        <message>
            <location line="+462" />
            <location line="+17" />
            <source>A group name cannot be empty or contain "/".</source>
            <translation>Un nom de groupe ne peut pas être vide ni contenir « / ».</translation>
        </message>
        <message>
            <location line="-11" />
            <source>There is already a group called "%1" here.</source>
            <translation>Il existe déjà un groupe nommé « %1 » ici.</translation>
        </message>
        <message>
            <location line="-447" />
            <source>"%1" has no older version %2.</source>
            <translation>« %1 » n’a pas de version antérieure %2.</translation>
        </message>
        <message>
            <location line="+240" />
            <source>"%1" already has %2 attachments, the most an entry can have. Remove one first.</source>
            <translation>« %1 » a déjà %2 pièces jointes, le maximum pour une entrée. Retirez-en une d’abord.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>"%1" has %2 attachments called "%3": give its number instead (1 is the first).</source>
            <translation>« %1 » a %2 pièces jointes nommées « %3 » : donnez plutôt son numéro (1 est la première).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>"%1" has no attachment called "%2". Its attachments: %3.</source>
            <translation>« %1 » n’a pas de pièce jointe nommée « %2 ». Ses pièces jointes : %3.</translation>
        </message>
        <message>
            <location line="-4" />
            <source>"%1" has no attachments.</source>
            <translation>« %1 » n’a aucune pièce jointe.</translation>
        </message>
        <message>
            <location line="-31" />
            <source>"%1" has no such attachment.</source>
            <translation>« %1 » n’a pas cette pièce jointe.</translation>
        </message>
        <message>
            <location line="-36" />
            <source>"%1" is %2 MiB; an attachment can be at most %3 MiB.</source>
            <translation>« %1 » fait %2 Mio ; une pièce jointe ne peut dépasser %3 Mio.</translation>
        </message>
        <message>
            <location line="-3" />
            <source>An attachment needs a name.</source>
            <translation>Une pièce jointe a besoin d’un nom.</translation>
        </message>
        <message>
            <location line="+101" />
            <location line="+6" />
            <source>The attachment "%1" is damaged in the vault file and cannot be opened. The rest of the vault is not affected.</source>
            <translation>La pièce jointe « %1 » est endommagée dans le fichier du coffre et ne peut pas être ouverte. Le reste du coffre n’est pas touché.</translation>
        </message>
        <message>
            <location line="-14" />
            <source>The content of "%1" is not on this computer: it was added on another computer, and sync carries an attachment's name but not its content yet.</source>
            <translation>Le contenu de « %1 » n’est pas sur cet ordinateur : il a été ajouté sur un autre ordinateur, et la synchronisation transmet le nom d’une pièce jointe mais pas encore son contenu.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>This attachment's content is not on this computer.</source>
            <translation>Le contenu de cette pièce jointe n’est pas sur cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::VaultFile</name>
        <message>
            <location filename="../core/vault/VaultCodec.cpp" line="+247" />
            <source>The vault's content is damaged and cannot be read. Try the backup copy (the same name ending in .bak).</source>
            <translation>Le contenu du coffre est endommagé et ne peut pas être lu. Essayez la copie de sauvegarde (le même nom, terminé par .bak).</translation>
        </message>
        <message>
            <location line="+368" />
            <source>A record from the sync server is damaged and cannot be read.</source>
            <translation>Un enregistrement venu du serveur de synchronisation est endommagé et ne peut pas être lu.</translation>
        </message>
        <message>
            <location filename="../core/vault/VaultFile.cpp" line="+40" />
            <source>This file is not a Twofold vault.</source>
            <translation>Ce fichier n’est pas un coffre Twofold.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The vault file is damaged (%1) and cannot be opened. Try the backup copy (the same name ending in .bak).</source>
            <translation>Le fichier du coffre est endommagé (%1) et ne peut pas être ouvert. Essayez la copie de sauvegarde (le même nom, terminé par .bak).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>That password is not right for this vault.</source>
            <translation>Ce mot de passe n’est pas le bon pour ce coffre.</translation>
        </message>
        <message>
            <location line="+194" />
            <source>This file asks for more memory or time than Twofold ever uses: it was changed. Try the backup copy (the same name ending in .bak).</source>
            <translation>Ce fichier demande plus de mémoire ou de temps que Twofold n’en utilise jamais : il a été modifié. Essayez la copie de sauvegarde (le même nom, terminé par .bak).</translation>
        </message>
        <message>
            <location line="+78" />
            <source>There is no vault at %1.</source>
            <translation>Il n’y a pas de coffre à l’emplacement %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is a folder, not a vault file.</source>
            <translation>%1 est un dossier, pas un fichier de coffre.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You do not have permission to read %1.</source>
            <translation>Vous n’avez pas le droit de lire %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <location line="+126" />
            <source>The vault file %1 could not be read: %2.</source>
            <translation>Le fichier du coffre %1 n’a pas pu être lu : %2.</translation>
        </message>
        <message>
            <location line="-75" />
            <location line="+18" />
            <location line="+7" />
            <location line="+381" />
            <location line="+46" />
            <source>it ends too early</source>
            <translation>il se termine trop tôt</translation>
        </message>
        <message>
            <location line="-445" />
            <source>This vault uses format %1, which this version of Twofold does not know: it was saved by a newer Twofold (update Twofold to open it), or the file is damaged.</source>
            <translation>Ce coffre utilise le format %1, que cette version de Twofold ne connaît pas : il a été enregistré par une version plus récente de Twofold (mettez Twofold à jour pour l’ouvrir), ou le fichier est endommagé.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown format</source>
            <translation>format inconnu</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+389" />
            <source>impossible header size</source>
            <translation>taille d’en-tête impossible</translation>
        </message>
        <message>
            <location line="-383" />
            <source>the header checksum does not match</source>
            <translation>la somme de contrôle de l’en-tête ne correspond pas</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+386" />
            <source>impossible content size</source>
            <translation>taille de contenu impossible</translation>
        </message>
        <message>
            <location line="-381" />
            <location line="+16" />
            <source>there are extra bytes at the end</source>
            <translation>il y a des octets en trop à la fin</translation>
        </message>
        <message>
            <location line="-184" />
            <source>the header cannot be read</source>
            <translation>l’en-tête ne peut pas être lu</translation>
        </message>
        <message>
            <location line="+249" />
            <location line="+22" />
            <source>it has no password key slot</source>
            <translation>il n’a pas d’emplacement de clé pour le mot de passe</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+12" />
            <source>This vault has two-factor sign-in turned on: it needs a code as well as the password.</source>
            <translation>La connexion à deux facteurs est activée pour ce coffre : il faut un code en plus du mot de passe.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>the sign-in server's copy of its key slot cannot be read</source>
            <translation>la copie de son emplacement de clé sur le serveur de connexion est illisible</translation>
        </message>
        <message>
            <location line="+51" />
            <source>That app password is not right for this vault, or it was revoked.</source>
            <translation>Ce mot de passe d’application n’est pas le bon pour ce coffre, ou il a été révoqué.</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+17" />
            <location line="+3" />
            <source>its content does not decrypt</source>
            <translation>son contenu ne se déchiffre pas</translation>
        </message>
        <message>
            <location line="-53" />
            <source>This vault's app passwords also need its account key, which this computer does not have: use the app password on a computer signed in to the account.</source>
            <translation>Les mots de passe d’application de ce coffre demandent aussi sa clé de compte, que cet ordinateur n’a pas : utilisez le mot de passe d’application sur un ordinateur connecté au compte.</translation>
        </message>
        <message>
            <location line="+206" />
            <source>The attachments of %1 could not be read: %2.</source>
            <translation>Les pièces jointes de %1 n’ont pas pu être lues : %2.</translation>
        </message>
        <message>
            <location line="+50" />
            <location line="+4" />
            <source>The vault file changed on disk.</source>
            <translation>Le fichier du coffre a changé sur le disque.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::VaultLocation</name>
        <message>
            <location filename="../ui/common/VaultLocation.cpp" line="+49" />
            <source>Twofold vaults (*.twofold);;All files (*)</source>
            <translation>Coffres Twofold (*.twofold);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/gui/Startup.cpp" line="+52" />
            <source>Password manager with two-factor sign-in.</source>
            <translation>Gestionnaire de mots de passe avec connexion à deux facteurs.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The vault file to open (optional).</source>
            <translation>Le fichier du coffre à ouvrir (facultatif).</translation>
        </message>
    </context>
    <context>
        <name>twofold::AccountSignInPage</name>
        <message>
            <location filename="../ui/account/AccountSignInPage.cpp" line="+36" />
            <source>Why the account key is asked</source>
            <translation>Pourquoi la clé de compte est demandée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What is missing</source>
            <translation>Ce qui manque</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sign in</source>
            <translation>Se co&amp;nnecter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in to your Twofold account</source>
            <translation>Connectez-vous à votre compte Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About signing in</source>
            <translation>À propos de la connexion</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use your account on this computer too. Once the server has checked your second factor, your vault is set up here.</source>
            <translation>Utilisez votre compte sur cet ordinateur aussi. Dès que le serveur a vérifié votre second facteur, votre coffre est installé ici.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Master password</source>
            <translation>Mot de passe principal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Account key</source>
            <translation>Clé de compte</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Vault location</source>
            <translation>Emplacement du coffre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the vault location</source>
            <translation>Choisir l’emplacement du coffre</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Signing in</source>
            <translation>Connexion en cours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ser&amp;ver:</source>
            <translation>Ser&amp;veur :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Email:</source>
            <translation>E-ma&amp;il :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Master password:</source>
            <translation>&amp;Mot de passe principal :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Account &amp;key:</source>
            <translation>Clé de &amp;compte :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Location:</source>
            <translation>&amp;Emplacement :</translation>
        </message>
        <message>
            <location line="-56" />
            <source>Read from &amp;image…</source>
            <translation>Lire dans une &amp;image…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Read the account key from a picture of the QR code</source>
            <translation>Lire la clé de compte dans une image du code QR</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A picture of the QR code another signed-in computer shows in Settings &gt; Security &gt; Add a computer…</source>
            <translation>Une image du code QR qu’un autre ordinateur connecté affiche dans Réglages &gt; Sécurité &gt; Ajouter un ordinateur…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the key from your emergency kit, or paste the whole twofold://add-computer link</source>
            <translation>Saisissez la clé de votre kit d’urgence, ou collez le lien twofold://add-computer entier</translation>
        </message>
    </context>
    <context>
        <name>twofold::AddComputerDialog</name>
        <message>
            <location filename="../ui/account/AddComputerDialog.cpp" line="+38" />
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account &amp;key:</source>
            <translation>&amp;Clé de compte :</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Account key</source>
            <translation>Clé de compte</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+148" />
            <source>&amp;Show key…</source>
            <translation>&amp;Afficher la clé…</translation>
        </message>
        <message>
            <location line="-147" />
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add a computer — Twofold</source>
            <translation>Ajouter un ordinateur — Twofold</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in on another computer</source>
            <translation>Se connecter sur un autre ordinateur</translation>
        </message>
        <message>
            <location line="+6" />
            <source>On the other computer, open Twofold and choose Use a Twofold server, then Sign in to an account. There, type what is shown here, or use Read from image… with a picture of the QR code. Your master password and second factor are asked there too: this alone opens nothing.</source>
            <translation>Sur l’autre ordinateur, ouvrez Twofold et choisissez Utiliser un serveur Twofold, puis Se connecter à un compte. Là, saisissez ce qui est affiché ici, ou utilisez Lire dans une image… avec une image du code QR. Votre mot de passe principal et votre second facteur y sont aussi demandés : ceci seul n’ouvre rien.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+120" />
            <source>Hidden</source>
            <translation>Masquée</translation>
        </message>
        <message>
            <location line="-117" />
            <source>QR code for the other computer</source>
            <translation>Code QR pour l’autre ordinateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Holds the server address, the email and the account key</source>
            <translation>Contient l’adresse du serveur, l’e-mail et la clé de compte</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keep this code to yourself: with your master password and second factor, it opens your vault.</source>
            <translation>Gardez ce code pour vous : avec votre mot de passe principal et votre second facteur, il ouvre votre coffre.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+113" />
            <source>Show the account key and its QR code</source>
            <translation>Afficher la clé de compte et son code QR</translation>
        </message>
        <message>
            <location line="-110" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ser&amp;ver:</source>
            <translation>Ser&amp;veur :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Email:</source>
            <translation>&amp;E-mail :</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The account key is a secret: enter your master password to show it.</source>
            <translation>La clé de compte est secrète : saisissez votre mot de passe principal pour l’afficher.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>&amp;Hide key</source>
            <translation>&amp;Masquer la clé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hide the account key and its QR code</source>
            <translation>Masquer la clé de compte et son code QR</translation>
        </message>
    </context>
    <context>
        <name>twofold::AppFlow</name>
        <message numerus="yes">
            <location filename="../ui/setup/AppFlow.cpp" line="+71" />
            <source>You signed in with a recovery code. You have %n recovery codes left: each works once.</source>
            <translation>
                <numerusform>Vous avez utilisé un code de récupération pour vous connecter. Il vous reste %n code de récupération : chacun ne fonctionne qu’une fois.</numerusform>
                <numerusform>Vous avez utilisé un code de récupération pour vous connecter. Il vous reste %n codes de récupération : chacun ne fonctionne qu’une fois.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>You signed in with your last recovery code. Make new ones in Settings &gt; Security now.</source>
            <translation>Vous avez utilisé votre dernier code de récupération pour vous connecter. Créez-en de nouveaux dès maintenant dans Paramètres &gt; Sécurité.</translation>
        </message>
    </context>
    <context>
        <name>twofold::AppPasswordDialog</name>
        <message>
            <location filename="../ui/preferences/AppPasswordDialog.cpp" line="+23" />
            <source>&amp;Create</source>
            <translation>&amp;Créer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Done</source>
            <translation>&amp;Terminé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New app password</source>
            <translation>Nouveau mot de passe d’application</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Name the script or program that will use it, so you know what to revoke later.</source>
            <translation>Nommez le script ou le programme qui va l’utiliser, pour savoir plus tard lequel révoquer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup script</source>
            <translation>Script de sauvegarde</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location line="+17" />
            <source>This is the app password. Copy it now: it will not be shown again.</source>
            <translation>Voici le mot de passe d’application. Copiez-le maintenant : il ne sera plus affiché.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>App password</source>
            <translation>Mot de passe d’application</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy the app password</source>
            <translation>Copier le mot de passe d’application</translation>
        </message>
    </context>
    <context>
        <name>twofold::AppTray</name>
        <message>
            <location filename="../ui/setup/AppTray.cpp" line="+18" />
            <source>&amp;Show Twofold</source>
            <translation>&amp;Afficher Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quick &amp;search…</source>
            <translation>Recherche &amp;rapide…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Lock vault</source>
            <translation>&amp;Verrouiller le coffre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit Twofold</source>
            <translation>&amp;Quitter Twofold</translation>
        </message>
    </context>
    <context>
        <name>twofold::AttachmentsView</name>
        <message>
            <location filename="../ui/vault/AttachmentsView.cpp" line="+151" />
            <location line="+5" />
            <source>"%1" could not be read: %2.</source>
            <translation>« %1 » n’a pas pu être lu : %2.</translation>
        </message>
        <message>
            <location line="-12" />
            <source>"%1" is %2; an attachment can be at most %3 MiB.</source>
            <translation>« %1 » fait %2 ; une pièce jointe ne peut dépasser %3 Mio.</translation>
        </message>
        <message>
            <location line="-109" />
            <source>Add &amp;files…</source>
            <translation>Ajouter des &amp;fichiers…</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Add files to the entry</source>
            <translation>Ajouter des fichiers à l’entrée</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Add files to the entry as attachments</source>
            <translation>Ajouter des fichiers à l’entrée comme pièces jointes</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Added</source>
            <translation>Ajout</translation>
        </message>
        <message>
            <location line="+122" />
            <source>Attached "%1".</source>
            <translation>« %1 » joint.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attached %1 files.</source>
            <translation>%1 fichiers joints.</translation>
        </message>
        <message>
            <location line="-125" />
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <location line="-12" />
            <location line="+84" />
            <source>Attachments:</source>
            <translation>Pièces jointes :</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attachments: none</source>
            <translation>Pièces jointes : aucune</translation>
        </message>
        <message>
            <location line="-71" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Re&amp;move</source>
            <translation>Reti&amp;rer</translation>
        </message>
        <message>
            <location line="+169" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Remove "%1" from the entry? Its content leaves the vault when it is saved.</source>
            <translation>Retirer « %1 » de l’entrée ? Son contenu quitte le coffre à l’enregistrement.</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Remove the attachment?</source>
            <translation>Retirer la pièce jointe ?</translation>
        </message>
        <message>
            <location line="-147" />
            <source>Remove the chosen attachment from the entry</source>
            <translation>Retirer la pièce jointe choisie de l’entrée</translation>
        </message>
        <message>
            <location line="+163" />
            <source>Removed "%1" from the entry.</source>
            <translation>« %1 » retiré de l’entrée.</translation>
        </message>
        <message>
            <location line="-183" />
            <source>Save &amp;as…</source>
            <translation>Enregistrer &amp;sous…</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Save the attachment</source>
            <translation>Enregistrer la pièce jointe</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Save the chosen attachment as a file</source>
            <translation>Enregistrer la pièce jointe choisie comme fichier</translation>
        </message>
        <message>
            <location line="+137" />
            <source>Saved "%1" to %2 (readable only by you).</source>
            <translation>« %1 » enregistré dans %2 (lisible par vous seul).</translation>
        </message>
        <message>
            <location line="-147" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
    </context>
    <context>
        <name>twofold::AuthenticatorSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/AuthenticatorSetupDialog.cpp" line="+21" />
            <source>&amp;Copy key</source>
            <translation>&amp;Copier la clé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Verify</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Scan the QR code with your authenticator app, or type the setup key into it. Then enter the 6-digit code the app shows, to check that it works.</source>
            <extracomment>"setup key": the authenticator secret written out for typing into an app by hand.</extracomment>
            <translation>Scannez le code QR avec votre application d’authentification, ou saisissez-y la clé de configuration. Saisissez ensuite le code à 6 chiffres que l’application affiche, pour vérifier que tout fonctionne.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>QR code for your authenticator app</source>
            <translation>Code QR pour votre application d’authentification</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A QR code holding the setup key. Scan it with your authenticator app, or type the setup key shown next to it instead.</source>
            <translation>Un code QR contenant la clé de configuration. Scannez-le avec votre application d’authentification, ou saisissez plutôt la clé de configuration affichée à côté.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Setup key</source>
            <extracomment>"setup key": the authenticator secret written out for typing into an app by hand.</extracomment>
            <translation>Clé de configuration</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the setup key</source>
            <translation>Copier la clé de configuration</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Setup &amp;key:</source>
            <extracomment>"setup key": the authenticator secret written out for typing into an app by hand.</extracomment>
            <translation>C&amp;lé de configuration :</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Code from the authenticator app</source>
            <extracomment>"code": the 6-digit one-time code an authenticator app shows.</extracomment>
            <translation>Code de l’application d’authentification</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;ode from the app:</source>
            <extracomment>"code": the 6-digit one-time code an authenticator app shows.</extracomment>
            <translation>C&amp;ode de l’application :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Verify the code</source>
            <translation>Vérifier le code</translation>
        </message>
        <message numerus="yes">
            <location line="+31" />
            <source>The setup key is copied. The clipboard is cleared in %n second(s).</source>
            <extracomment>"setup key": the authenticator secret written out for typing into an app by hand.</extracomment>
            <translation>
                <numerusform>Clé de configuration copiée. Le presse-papiers sera vidé dans %n seconde.</numerusform>
                <numerusform>Clé de configuration copiée. Le presse-papiers sera vidé dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>Account: %1    Issuer: %2</source>
            <extracomment>The account and issuer an authenticator app lists this code under.</extracomment>
            <translation>Compte : %1    Émetteur : %2</translation>
        </message>
    </context>
    <context>
        <name>twofold::ChangeMasterPasswordDialog</name>
        <message>
            <location filename="../ui/preferences/ChangeMasterPasswordDialog.cpp" line="+24" />
            <source>C&amp;hange password</source>
            <translation>&amp;Modifier le mot de passe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change master password</source>
            <translation>Modifier le mot de passe principal</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New master password</source>
            <translation>Nouveau mot de passe principal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New master password again</source>
            <translation>Confirmation du nouveau mot de passe principal</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Every remembered computer will be asked for a code again. Your methods, recovery codes and app passwords stay as they are.</source>
            <translation>Un code sera de nouveau demandé sur chaque ordinateur mémorisé. Vos méthodes, vos codes de récupération et vos mots de passe d’application restent inchangés.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;New password:</source>
            <translation>&amp;Nouveau mot de passe :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Again:</source>
            <translation>&amp;Saisissez-le à nouveau :</translation>
        </message>
        <message>
            <location line="+46" />
            <location line="+1" />
            <source>The two passwords are not the same.</source>
            <translation>Les deux mots de passe ne correspondent pas.</translation>
        </message>
    </context>
    <context>
        <name>twofold::CodeField</name>
        <message>
            <location filename="../ui/twofactor/TwoFactorWidgets.cpp" line="+31" />
            <source>123 456</source>
            <extracomment>The placeholder of the field a 6-digit one-time code is typed into.</extracomment>
            <translation>123 456</translation>
        </message>
    </context>
    <context>
        <name>twofold::ConfirmPasswordDialog</name>
        <message>
            <location filename="../ui/twofactor/ConfirmPasswordDialog.cpp" line="+23" />
            <source>Confirm master password</source>
            <translation>Confirmer le mot de passe principal</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter your master password to change security settings.</source>
            <translation>Saisissez votre mot de passe principal pour modifier les paramètres de sécurité.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Master password</source>
            <translation>Mot de passe principal</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Checking the password</source>
            <translation>Vérification du mot de passe</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Confirm</source>
            <translation>Confirmer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirm the master password</source>
            <translation>Confirmer le mot de passe principal</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>twofold::CreateAccountPage</name>
        <message>
            <location filename="../ui/account/CreateAccountPage.cpp" line="+29" />
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What is missing</source>
            <translation>Ce qui manque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create &amp;account</source>
            <translation>Créer le &amp;compte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create a Twofold account</source>
            <translation>Créer un compte Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About the account</source>
            <translation>À propos du compte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your vault stays an encrypted file on this computer. The server checks your second factor; it never receives your master password.</source>
            <translation>Votre coffre reste un fichier chiffré sur cet ordinateur. Le serveur vérifie votre second facteur ; il ne reçoit jamais votre mot de passe principal.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Master password</source>
            <translation>Mot de passe principal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Master password again</source>
            <translation>Confirmation du mot de passe principal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Master password strength</source>
            <translation>Robustesse du mot de passe principal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Vault location</source>
            <translation>Emplacement du coffre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the vault location</source>
            <translation>Choisir l’emplacement du coffre</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Creating the account</source>
            <translation>Création du compte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Creating your account… This takes a few seconds: the master password is being made slow to guess, on this computer.</source>
            <translation>Création de votre compte… Cela prend quelques secondes : le mot de passe principal est rendu lent à deviner, sur cet ordinateur.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the account</source>
            <translation>Créer le compte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ser&amp;ver:</source>
            <translation>Ser&amp;veur :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Email:</source>
            <translation>E-ma&amp;il :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Master password:</source>
            <translation>&amp;Mot de passe principal :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Type it again:</source>
            <translation>&amp;Saisissez-le à nouveau :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Location:</source>
            <translation>&amp;Emplacement :</translation>
        </message>
    </context>
    <context>
        <name>twofold::CreateVaultController</name>
        <message>
            <location filename="../ui/common/VaultLocation.cpp" line="-26" />
            <source>Choose where to keep the vault.</source>
            <translation>Choisissez où conserver le coffre.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is a folder. Choose a file name for the new vault.</source>
            <translation>%1 est un dossier. Choisissez un nom de fichier pour le nouveau coffre.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is already a file at %1. Choose another name, or open it with “Open another vault…”.</source>
            <translation>Il existe déjà un fichier à l’emplacement %1. Choisissez un autre nom, ou ouvrez-le avec « Ouvrir un autre coffre… ».</translation>
        </message>
    </context>
    <context>
        <name>twofold::CreateVaultPage</name>
        <message>
            <location filename="../ui/setup/CreateVaultPage.cpp" line="+37" />
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What is missing</source>
            <translation>Ce qui manque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open another vault…</source>
            <translation>Ouvrir un autre coffre…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Create</source>
            <translation>&amp;Créer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use a Twofold &amp;server…</source>
            <translation>Utiliser un serveur T&amp;wofold…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create your vault</source>
            <translation>Créez votre coffre</translation>
        </message>
        <message>
            <location line="+5" />
            <source>About the vault</source>
            <translation>À propos du coffre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your passwords are kept in one encrypted file. Its master password is the one password you will need to remember: nobody can recover it for you.</source>
            <translation>Vos mots de passe sont conservés dans un seul fichier chiffré. Son mot de passe principal est le seul mot de passe que vous devrez retenir : personne ne pourra le récupérer pour vous.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Vault location</source>
            <translation>Emplacement du coffre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the vault location</source>
            <translation>Choisir l’emplacement du coffre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Master password</source>
            <translation>Mot de passe principal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Master password again</source>
            <translation>Confirmation du mot de passe principal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Master password strength</source>
            <translation>Robustesse du mot de passe principal</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Creating the vault</source>
            <translation>Création du coffre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Creating your vault… This takes a few seconds: the master password is being made slow to guess.</source>
            <translation>Création de votre coffre… Cela prend quelques secondes : le mot de passe principal est rendu lent à deviner.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open another vault</source>
            <translation>Ouvrir un autre coffre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the vault</source>
            <translation>Créer le coffre</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Location:</source>
            <translation>&amp;Emplacement :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Master password:</source>
            <translation>&amp;Mot de passe principal :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Type it again:</source>
            <translation>&amp;Saisissez-le à nouveau :</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Use a Twofold server</source>
            <translation>Utiliser un serveur Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About Twofold servers</source>
            <translation>À propos des serveurs Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For several computers or an organisation.</source>
            <translation>Pour plusieurs ordinateurs ou une organisation.</translation>
        </message>
        <message>
            <location line="+90" />
            <source>Where to keep the new vault</source>
            <translation>Où conserver le nouveau coffre</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Open a vault</source>
            <translation>Ouvrir un coffre</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Choose a master password.</source>
            <translation>Choisissez un mot de passe principal.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a stronger master password: the line under it says why.</source>
            <translation>Choisissez un mot de passe principal plus robuste : la ligne en dessous indique pourquoi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type the master password again to confirm it.</source>
            <translation>Saisissez à nouveau le mot de passe principal pour le confirmer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The two passwords do not match.</source>
            <translation>Les deux mots de passe ne correspondent pas.</translation>
        </message>
    </context>
    <context>
        <name>twofold::DeliverySettingsDialog</name>
        <message>
            <location filename="../ui/preferences/DeliverySettingsDialog.cpp" line="+46" />
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a certificate file</source>
            <translation>Choisir un fichier de certificats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional: the system's certificates are used</source>
            <translation>Facultatif : les certificats du système sont utilisés</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Certificate authorities (PEM)</source>
            <translation>Autorités de certification (PEM)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PEM certificates (*.pem *.crt);;All files (*)</source>
            <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Write each webhook header as "Name: value", one a line.</source>
            <translation>Écrivez chaque en-tête du webhook sous la forme « Nom: valeur », un par ligne.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Send a test to</source>
            <translation>Envoyer un test à</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send a &amp;test</source>
            <translation>Envoyer un &amp;test</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delivery settings</source>
            <translation>Paramètres d’envoi</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Email</source>
            <translation>E-&amp;mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text &amp;messages (SMS)</source>
            <translation>&amp;SMS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivery</source>
            <translation>Envoi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An email address or a mobile number</source>
            <translation>Une adresse e-mail ou un numéro de mobile</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send a test</source>
            <translation>Envoyer un test</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send a test t&amp;o:</source>
            <translation>Env&amp;oyer un test à :</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Mail server</source>
            <translation>Serveur de messagerie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smtp.example.com</source>
            <translation>smtp.example.com</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Security</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>STARTTLS (required)</source>
            <translation>STARTTLS (obligatoire)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TLS from the start</source>
            <translation>TLS dès la connexion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>None (only for a server on this computer)</source>
            <translation>Aucune (uniquement pour un serveur situé sur cet ordinateur)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation>Nom d’utilisateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Empty when the server needs no sign-in</source>
            <translation>À laisser vide si le serveur n’exige pas de connexion</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mail server password</source>
            <translation>Mot de passe du serveur de messagerie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender address</source>
            <translation>Adresse de l’expéditeur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>codes@example.com</source>
            <translation>codes@example.com</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender name</source>
            <translation>Nom de l’expéditeur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+74" />
            <source>Certificate authorities file</source>
            <translation>Fichier des autorités de certification</translation>
        </message>
        <message>
            <location line="-63" />
            <source>&amp;Server:</source>
            <translation>Ser&amp;veur :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Port:</source>
            <translation>&amp;Port :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Se&amp;curity:</source>
            <translation>Sé&amp;curité :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User name:</source>
            <translation>Nom d’&amp;utilisateur :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;word:</source>
            <translation>Mot &amp;de passe :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender &amp;address:</source>
            <translation>Ad&amp;resse de l’expéditeur :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender &amp;name:</source>
            <translation>&amp;Nom de l’expéditeur :</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+60" />
            <source>Certificate aut&amp;horities:</source>
            <translation>Autorités de certi&amp;fication :</translation>
        </message>
        <message>
            <location line="-51" />
            <source>SMS gateway</source>
            <translation>Passerelle SMS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Twilio (or a gateway that speaks its API)</source>
            <translation>Twilio (ou une passerelle compatible avec son API)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webhook (JSON)</source>
            <translation>Webhook (JSON)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No text messages are sent.</source>
            <translation>Aucun SMS n’est envoyé.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Account SID</source>
            <translation>SID du compte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Auth token</source>
            <translation>Jeton d’authentification</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender number</source>
            <translation>Numéro de l’expéditeur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+15005550006 or a sender name</source>
            <translation>+15005550006 ou un nom d’expéditeur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gateway address</source>
            <translation>Adresse de la passerelle</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Account &amp;SID:</source>
            <translation>S&amp;ID du compte :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Auth &amp;token:</source>
            <translation>&amp;Jeton d’authentification :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From:</source>
            <translation>E&amp;xpéditeur :</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+17" />
            <source>&amp;Address:</source>
            <translation>A&amp;dresse :</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Webhook address</source>
            <translation>Adresse du webhook</translation>
        </message>
        <message>
            <location line="+1" />
            <source>https://sms.example.com/send</source>
            <translation>https://sms.example.com/send</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Body template</source>
            <translation>Modèle de corps</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Headers</source>
            <translation>En-têtes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Authorization: Bearer …</source>
            <translation>Authorization: Bearer …</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Body:</source>
            <translation>Co&amp;rps :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Headers:</source>
            <translation>E&amp;n-têtes :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{to}, {body} and {code} are filled in; one header a line.</source>
            <translation>{to}, {body} et {code} sont remplacés ; un en-tête par ligne.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Gateway:</source>
            <translation>&amp;Passerelle :</translation>
        </message>
        <message>
            <location line="+106" />
            <source>Fill in the mail server first.</source>
            <translation>Renseignez d’abord le serveur de messagerie.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Sending a test to %1…</source>
            <translation>Envoi d’un test à %1…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A test was sent to %1. If it does not arrive, check the settings.</source>
            <translation>Un test a été envoyé à %1. S’il n’arrive pas, vérifiez les paramètres.</translation>
        </message>
        <message>
            <location filename="../ui/preferences/TurnOnMethod.cpp" line="+68" />
            <source>Codes by text message need an SMS gateway to send them. Set one up first.</source>
            <translation>L’envoi des codes par SMS nécessite une passerelle SMS. Configurez-en d’abord une.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Codes by email need a mail server to send them. Set one up first.</source>
            <translation>L’envoi des codes par e-mail nécessite un serveur de messagerie. Configurez-en d’abord un.</translation>
        </message>
    </context>
    <context>
        <name>twofold::EmailSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/EmailSetupDialog.cpp" line="+18" />
            <source>Enter the email address to send sign-in codes to. We send a code to it now, to check that it receives mail.</source>
            <extracomment>"code": the one-time code sent by email.</extracomment>
            <translation>Saisissez l’adresse e-mail à laquelle envoyer les codes de connexion. Un code y est envoyé tout de suite, pour vérifier qu’elle reçoit bien les e-mails.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Email address</source>
            <translation>Adresse e-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>name@example.com</source>
            <translation>nom@example.com</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email &amp;address:</source>
            <translation>A&amp;dresse e-mail :</translation>
        </message>
    </context>
    <context>
        <name>twofold::EmergencyKitDialog</name>
        <message>
            <location filename="../ui/account/EmergencyKitDialog.cpp" line="+37" />
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save as P&amp;DF…</source>
            <translation>Enregistrer en P&amp;DF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I have &amp;saved my emergency kit</source>
            <translation>J’ai &amp;enregistré mon kit d’urgence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finish</source>
            <translation>&amp;Terminer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Emergency kit — Twofold</source>
            <translation>Kit d’urgence — Twofold</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Account key</source>
            <translation>Clé de compte</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save your emergency kit</source>
            <translation>Enregistrez votre kit d’urgence</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your account key is shown only this once. With your master password it opens your vault on a new computer, and nobody can give it back to you: print this kit or save it as a PDF, and keep it somewhere safe away from this computer.</source>
            <translation>Votre clé de compte n’est affichée que cette fois. Avec votre mot de passe principal, elle ouvre votre coffre sur un nouvel ordinateur, et personne ne peut vous la rendre : imprimez ce kit ou enregistrez-le en PDF, et gardez-le en lieu sûr, loin de cet ordinateur.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Server:</source>
            <translation>Serveur :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email:</source>
            <translation>E-mail :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Account key:</source>
            <translation>Clé de &amp;compte :</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Print the emergency kit</source>
            <translation>Imprimer le kit d’urgence</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the emergency kit as a PDF</source>
            <translation>Enregistrer le kit d’urgence en PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I have saved my emergency kit</source>
            <translation>J’ai enregistré mon kit d’urgence</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finish</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <location line="+50" />
            <source>The emergency kit is saved in %1. Keep a copy away from this computer (a USB stick, or printed).</source>
            <translation>Le kit d’urgence est enregistré dans %1. Gardez-en une copie loin de cet ordinateur (sur une clé USB, ou imprimée).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The emergency kit went to the printer. Check that the page came out whole.</source>
            <translation>Le kit d’urgence est parti à l’imprimante. Vérifiez que la page est sortie en entier.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Print or save your emergency kit first, then tick "I have saved my emergency kit": the account key is not shown again.</source>
            <translation>Imprimez ou enregistrez d’abord votre kit d’urgence, puis cochez « J’ai enregistré mon kit d’urgence » : la clé de compte ne sera plus affichée.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Save the emergency kit</source>
            <translation>Enregistrer le kit d’urgence</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Twofold emergency kit</source>
            <translation>Kit d’urgence Twofold</translation>
        </message>
    </context>
    <context>
        <name>twofold::EntryActions</name>
        <message>
            <location filename="../ui/vault/EntryActions.cpp" line="+19" />
            <source>Copy &amp;two-factor code</source>
            <translation>Copier le code à &amp;deux facteurs</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Open web address</source>
            <translation>&amp;Ouvrir l’adresse web</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy password and open &amp;web address</source>
            <translation>Copier le mot de passe et ouvrir l’adresse &amp;web</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Opened %1.</source>
            <translation>%1 ouvert.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No browser could open %1.</source>
            <translation>Aucun navigateur n’a pu ouvrir %1.</translation>
        </message>
    </context>
    <context>
        <name>twofold::EntryEditorDialog</name>
        <message>
            <location filename="../ui/vault/EntryEditorDialog.cpp" line="+31" />
            <source>Gene&amp;rate</source>
            <translation>Géné&amp;rer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New entry</source>
            <translation>Nouvelle entrée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit entry</source>
            <translation>Modifier l’entrée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation>Nom d’utilisateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Web address</source>
            <translation>Adresse web</translation>
        </message>
        <message>
            <location line="+1" />
            <source>https://example.com</source>
            <translation>https://example.com</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Separate tags with commas</source>
            <translation>Séparez les étiquettes par des virgules</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a group, or type a new name (use / for a group inside another).</source>
            <translation>Choisissez un groupe, ou saisissez un nouveau nom (utilisez / pour un groupe dans un autre).</translation>
        </message>
        <message>
            <location line="+111" />
            <source>(top level)</source>
            <translation>(niveau supérieur)</translation>
        </message>
        <message>
            <location line="-83" />
            <source>Generate a password</source>
            <translation>Générer un mot de passe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the password generator and fill in a new password</source>
            <translation>Afficher le générateur de mots de passe et remplir avec un nouveau mot de passe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password strength</source>
            <translation>Robustesse du mot de passe</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Two-factor codes</source>
            <translation>Codes à deux facteurs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the two-factor codes</source>
            <translation>Retirer les codes à deux facteurs</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User name:</source>
            <translation>Nom d’&amp;utilisateur :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Web address:</source>
            <translation>Adresse &amp;web :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Two-factor:</source>
            <translation>Deux facteurs :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Group:</source>
            <translation>&amp;Groupe :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>T&amp;ags:</source>
            <translation>Éti&amp;quettes :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notes :</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save the entry</source>
            <translation>Enregistrer l’entrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+240" />
            <source>Discard changes?</source>
            <translation>Abandonner les modifications ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard this new entry?</source>
            <translation>Abandonner cette nouvelle entrée ?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Discard your changes to this entry?</source>
            <translation>Abandonner vos modifications de cette entrée ?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Keep editing</source>
            <translation>&amp;Continuer la modification</translation>
        </message>
        <message>
            <location line="+18" />
            <source>This entry has two-factor codes.</source>
            <translation>Cette entrée a des codes à deux facteurs.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change two-factor code…</source>
            <translation>Modifier le code à deux facteurs…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add two-factor code…</source>
            <translation>Ajouter un code à deux facteurs…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the two-factor code</source>
            <translation>Modifier le code à deux facteurs</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a two-factor code</source>
            <translation>Ajouter un code à deux facteurs</translation>
        </message>
        <message>
            <location line="-274" />
            <source>Changed on another computer</source>
            <translation>Modifié sur un autre ordinateur</translation>
        </message>
        <message>
            <location line="+91" />
            <source>This entry was deleted on another computer. Saving adds it back with what you see here.</source>
            <translation>Cette entrée a été supprimée sur un autre ordinateur. L'enregistrer la rajoute avec ce que vous voyez ici.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>This entry was moved to the trash on another computer. Saving takes it out of the trash with your changes.</source>
            <translation>Cette entrée a été mise à la corbeille sur un autre ordinateur. L'enregistrer la sort de la corbeille avec vos modifications.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This entry was changed on another computer while you were editing it. The fields you did not change now show its new values; saving keeps what you typed in the others.</source>
            <translation>Cette entrée a été modifiée sur un autre ordinateur pendant que vous la modifiiez. Les champs que vous n'avez pas changés affichent maintenant ses nouvelles valeurs ; l'enregistrer garde ce que vous avez saisi dans les autres.</translation>
        </message>
    </context>
    <context>
        <name>twofold::EntryListModel</name>
        <message>
            <location filename="../ui/vault/EntryListModel.cpp" line="+145" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name</source>
            <translation>Nom d’utilisateur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Web address</source>
            <translation>Adresse web</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Modified</source>
            <translation>Modifié le</translation>
        </message>
    </context>
    <context>
        <name>twofold::EntryPane</name>
        <message>
            <location filename="../ui/vault/EntryPane.cpp" line="+49" />
            <location line="+27" />
            <source>This entry is in the trash.</source>
            <translation>Cette entrée est dans la corbeille.</translation>
        </message>
        <message>
            <location line="-26" />
            <source>User name</source>
            <translation>Nom d’utilisateur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Web address</source>
            <translation>Adresse web</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Copy the user name</source>
            <translation>Copier le nom d’utilisateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the password</source>
            <translation>Copier le mot de passe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose an entry to see it here.</source>
            <translation>Choisissez une entrée pour l’afficher ici.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit this entry</source>
            <translation>Modifier cette entrée</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore this entry from the trash</source>
            <translation>Restaurer cette entrée depuis la corbeille</translation>
        </message>
        <message>
            <location line="+11" />
            <source>User name:</source>
            <translation>Nom d’utilisateur :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Two-factor:</source>
            <translation>Deux facteurs :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Web address:</source>
            <translation>Adresse web :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group:</source>
            <translation>Groupe :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags:</source>
            <translation>Étiquettes :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes:</source>
            <translation>Notes :</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+111" />
            <source>Two-factor code copied.</source>
            <translation>Code à deux facteurs copié.</translation>
        </message>
        <message>
            <location line="-70" />
            <source>(top level)</source>
            <translation>(niveau supérieur)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>User name copied.</source>
            <translation>Nom d’utilisateur copié.</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Password copied. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>Mot de passe copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
                <numerusform>Mot de passe copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+25" />
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Hide the password</source>
            <translation>Masquer le mot de passe</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>Show the password</source>
            <translation>Afficher le mot de passe</translation>
        </message>
        <message>
            <location line="-173" />
            <source>Older versions</source>
            <translation>Versions antérieures</translation>
        </message>
        <message>
            <location line="+114" />
            <source>%1 “%2”</source>
            <extracomment>%1 is a field's name ("user name"), %2 its value in an older version of the entry.</extracomment>
            <translation>%1 « %2 »</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>title</source>
            <translation>titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>user name</source>
            <translation>nom d'utilisateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>web address</source>
            <translation>adresse web</translation>
        </message>
        <message>
            <location line="+1" />
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tags</source>
            <translation>étiquettes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a different password</source>
            <translation>un autre mot de passe</translation>
        </message>
        <message>
            <location line="-28" />
            <source>%1: %2</source>
            <extracomment>%1 is when the older version was made, %2 how it differed ("user name “ann”, notes “…”").</extracomment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location line="+0" />
            <source>the same as now</source>
            <translation>identique à maintenant</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Older versions, kept when this entry was changed on two computers:</source>
            <translation>Versions antérieures, conservées quand cette entrée a été modifiée sur deux ordinateurs :</translation>
        </message>
    </context>
    <context>
        <name>twofold::ExportDialog</name>
        <message>
            <location filename="../ui/vault/ExportDialog.cpp" line="+63" />
            <source>&amp;Again:</source>
            <translation>&amp;Confirmer :</translation>
        </message>
        <message>
            <location line="-37" />
            <source>&amp;Export</source>
            <translation>&amp;Exporter</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Format:</source>
            <translation>&amp;Format :</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <location line="+103" />
            <source>&amp;Write unencrypted</source>
            <translation>&amp;Écrire sans chiffrement</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Anyone who can read this file can read every password in it. It is made readable by you only; delete it once you no longer need it.</source>
            <translation>Quiconque peut lire ce fichier peut lire chaque mot de passe qu’il contient. Il n’est rendu lisible que par vous ; supprimez-le dès que vous n’en avez plus besoin.</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Bitwarden JSON (unencrypted)</source>
            <translation>JSON Bitwarden (non chiffré)</translation>
        </message>
        <message>
            <location line="-10" />
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>CSV (unencrypted)</source>
            <translation>CSV (non chiffré)</translation>
        </message>
        <message>
            <location line="+107" />
            <source>Choose a password for the export: nothing opens the file without it.</source>
            <translation>Choisissez un mot de passe pour l’exportation : rien n’ouvre le fichier sans lui.</translation>
        </message>
        <message>
            <location line="-104" />
            <location line="+48" />
            <source>Choose the file to write</source>
            <translation>Choisir le fichier à écrire</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Choose the file to write first.</source>
            <translation>Choisissez d’abord le fichier à écrire.</translation>
        </message>
        <message>
            <location line="-108" />
            <location line="+1" />
            <source>Export entries</source>
            <translation>Exporter les entrées</translation>
        </message>
        <message>
            <location line="+129" />
            <source>Export unencrypted?</source>
            <translation>Exporter sans chiffrement ?</translation>
        </message>
        <message>
            <location line="-103" />
            <source>F&amp;ile:</source>
            <translation>F&amp;ichier :</translation>
        </message>
        <message>
            <location line="-19" />
            <source>File to write</source>
            <translation>Fichier à écrire</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Format of the export</source>
            <translation>Format de l’exportation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>KeePass 2 XML (unencrypted)</source>
            <translation>XML KeePass 2 (non chiffré)</translation>
        </message>
        <message>
            <location line="+140" />
            <source>Nothing was written.</source>
            <translation>Rien n’a été écrit.</translation>
        </message>
        <message>
            <location line="-134" />
            <source>Password for the export</source>
            <translation>Mot de passe de l’exportation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password for the export, again</source>
            <translation>Mot de passe de l’exportation, à nouveau</translation>
        </message>
        <message>
            <location line="+74" />
            <source>The file will hold %L1 entries with everything in them, encrypted with the password you choose here: keep that password, nothing opens the file without it.</source>
            <translation>Le fichier contiendra %L1 entrées avec tout leur contenu, chiffrées avec le mot de passe que vous choisissez ici : gardez ce mot de passe, rien n’ouvre le fichier sans lui.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file will hold %L1 entries, with their passwords, unencrypted: anyone who can read it can read every password in it.</source>
            <translation>Le fichier contiendra %L1 entrées, avec leurs mots de passe, non chiffrées : quiconque peut le lire peut lire chaque mot de passe qu’il contient.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The two passwords are not the same: type the same password in both fields.</source>
            <translation>Les deux mots de passe ne sont pas identiques : tapez le même mot de passe dans les deux champs.</translation>
        </message>
        <message>
            <location line="-116" />
            <source>Twofold JSON, encrypted with a password (everything; recommended)</source>
            <translation>JSON Twofold, chiffré avec un mot de passe (tout ; recommandé)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Type the file's path or choose it</source>
            <translation>Tapez le chemin du fichier ou choisissez-le</translation>
        </message>
        <message>
            <location line="+8" />
            <source>What the file will hold</source>
            <translation>Ce que le fichier contiendra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why nothing was written</source>
            <translation>Pourquoi rien n’a été écrit</translation>
        </message>
        <message>
            <location line="+113" />
            <source>Write %L1 entries, with their passwords, unencrypted to %2?</source>
            <translation>Écrire %L1 entrées, avec leurs mots de passe, sans chiffrement dans %2 ?</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Wrote %L1 entries to %2 (readable by you only).</source>
            <translation>%L1 entrées écrites dans %2 (lisible par vous seul).</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Wrote %L1 entries, encrypted, to %2.</source>
            <translation>%L1 entrées écrites, chiffrées, dans %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attachments left out (this format has no place for them): %L1. twofold-json keeps them.</source>
            <translation>Pièces jointes laissées de côté (ce format n’a pas de place pour elles) : %L1. twofold-json les garde.</translation>
        </message>
    </context>
    <context>
        <name>twofold::GeneralPane</name>
        <message>
            <location filename="../ui/preferences/GeneralPane.cpp" line="+35" />
            <source>Lock when the &amp;screen locks or the computer sleeps</source>
            <translation>Verrouiller quand l’écran se verrouille ou que l’ordinateur se met en &amp;veille</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Keep running in the notification area when the window is closed</source>
            <translation>&amp;Continuer dans la zone de notification quand la fenêtre est fermée</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock after this many minutes without use</source>
            <translation>Verrouiller après ce nombre de minutes sans utilisation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lock when the screen locks</source>
            <translation>Verrouiller quand l’écran se verrouille</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep running in the notification area</source>
            <translation>Continuer dans la zone de notification</translation>
        </message>
        <message>
            <location line="+5" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the clipboard after this many seconds</source>
            <translation>Vider le presse-papiers après ce nombre de secondes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>System default</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Lock after:</source>
            <translation>Verrouiller &amp;après :</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>minute(s) without keyboard or mouse use</source>
            <translation>
                <numerusform>minute sans utilisation du clavier ni de la souris</numerusform>
                <numerusform>minutes sans utilisation du clavier ni de la souris</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Clear the clipboard after:</source>
            <translation>Vider le &amp;presse-papiers après :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lan&amp;guage:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Applies the next time Twofold starts.</source>
            <translation>S’applique au prochain démarrage de Twofold.</translation>
        </message>
    </context>
    <context>
        <name>twofold::GroupList</name>
        <message>
            <location filename="../ui/vault/GroupList.cpp" line="+36" />
            <source>Groups and tags</source>
            <translation>Groupes et étiquettes</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Tag %1, %n entries</source>
            <translation>
                <numerusform>Étiquette %1, %n entrée</numerusform>
                <numerusform>Étiquette %1, %n entrées</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entries tagged “%1”</source>
            <translation>Entrées avec l’étiquette « %1 »</translation>
        </message>
        <message>
            <location line="+11" />
            <source>All entries</source>
            <translation>Toutes les entrées</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Trash</source>
            <translation>Corbeille</translation>
        </message>
    </context>
    <context>
        <name>twofold::ImportWizard</name>
        <message>
            <location filename="../ui/vault/ImportWizard.cpp" line="+105" />
            <source>%1 cannot be read: %2.</source>
            <translation>%1 ne peut pas être lu : %2.</translation>
        </message>
        <message>
            <location line="+245" />
            <source>%1 holds %L2 entries (read as %3): %L4 logins, %L5 secure notes, %L6 payment cards, %L7 identities; %L8 with a two-factor code.</source>
            <translation>%1 contient %L2 entrées (lu comme %3) : %L4 identifiants, %L5 notes sécurisées, %L6 cartes de paiement, %L7 identités ; %L8 avec un code à deux facteurs.</translation>
        </message>
        <message>
            <location line="-254" />
            <source>%1 is a folder: choose the file exported from the other manager.</source>
            <translation>%1 est un dossier : choisissez le fichier exporté par l’autre gestionnaire.</translation>
        </message>
        <message>
            <location line="+358" />
            <source>%L1 entries added, %L2 updated, %L3 skipped as already in the vault.</source>
            <translation>%L1 entrées ajoutées, %L2 mises à jour, %L3 ignorées car déjà dans le coffre.</translation>
        </message>
        <message>
            <location line="-77" />
            <source>%L1 entries of the file are already in the vault (the same web address and user name).</source>
            <translation>%L1 entrées du fichier sont déjà dans le coffre (même adresse web et même nom d’utilisateur).</translation>
        </message>
        <message>
            <location line="-3" />
            <source>%L1 things in the file will be skipped, and why:</source>
            <translation>%L1 éléments du fichier seront ignorés, et pourquoi :</translation>
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Cancel the import</source>
            <translation>&amp;Annuler l’importation</translation>
        </message>
        <message>
            <location line="-193" />
            <source>&amp;Format:</source>
            <translation>&amp;Format :</translation>
        </message>
        <message>
            <location line="+93" />
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;Keep both: add the file's entries beside them</source>
            <translation>Garder les &amp;deux : ajouter les entrées du fichier à côté</translation>
        </message>
        <message>
            <location line="-1" />
            <source>&amp;Skip them: keep the vault's entries as they are</source>
            <translation>I&amp;gnorer : garder les entrées du coffre telles quelles</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Update the vault's entries (their old passwords go into their history)</source>
            <translation>Mettre à &amp;jour les entrées du coffre (leurs anciens mots de passe vont dans leur historique)</translation>
        </message>
        <message>
            <location line="-130" />
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <location line="+209" />
            <source>Cancel the import</source>
            <translation>Annuler l’importation</translation>
        </message>
        <message>
            <location line="-219" />
            <location line="+11" />
            <location line="+36" />
            <source>Choose the file to import</source>
            <translation>Choisir le fichier à importer</translation>
        </message>
        <message>
            <location line="+87" />
            <location line="+1" />
            <source>Entries already in the vault</source>
            <translation>Entrées déjà dans le coffre</translation>
        </message>
        <message>
            <location line="-134" />
            <source>Export your entries from the other manager first, then choose that file here.</source>
            <translation>Exportez d’abord vos entrées depuis l’autre gestionnaire, puis choisissez ce fichier ici.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>F&amp;ile:</source>
            <translation>F&amp;ichier :</translation>
        </message>
        <message>
            <location line="-19" />
            <source>File to import</source>
            <translation>Fichier à importer</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Format of the file</source>
            <translation>Format du fichier</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location line="-118" />
            <source>Guess from the file</source>
            <translation>Deviner d’après le fichier</translation>
        </message>
        <message>
            <location line="-29" />
            <location line="+1" />
            <source>Import entries</source>
            <translation>Importer des entrées</translation>
        </message>
        <message>
            <location line="+241" />
            <source>Import progress</source>
            <translation>Progression de l’importation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import summary</source>
            <translation>Résumé de l’importation</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Importing</source>
            <translation>Importation</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Nothing in the file will be skipped.</source>
            <translation>Rien dans le fichier ne sera ignoré.</translation>
        </message>
        <message>
            <location line="-115" />
            <source>Reading %1…</source>
            <translation>Lecture de %1…</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Reading state</source>
            <translation>État de la lecture</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reading the file</source>
            <translation>Lecture du fichier</translation>
        </message>
        <message>
            <location line="+104" />
            <source>The first entries of the file</source>
            <translation>Les premières entrées du fichier</translation>
        </message>
        <message>
            <location line="+151" />
            <source>The import was cancelled: nothing was added and the vault is as it was.</source>
            <translation>L’importation a été annulée : rien n’a été ajouté et le coffre est tel qu’il était.</translation>
        </message>
        <message>
            <location line="-359" />
            <source>There is no file %1.</source>
            <translation>Il n’y a pas de fichier %1.</translation>
        </message>
        <message>
            <location line="+209" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="-113" />
            <source>Type the file's path or choose it</source>
            <translation>Tapez le chemin du fichier ou choisissez-le</translation>
        </message>
        <message>
            <location line="+113" />
            <source>User name</source>
            <translation>Nom d’utilisateur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Web address</source>
            <translation>Adresse web</translation>
        </message>
        <message>
            <location line="-6" />
            <location line="+3" />
            <source>What the file holds</source>
            <translation>Ce que contient le fichier</translation>
        </message>
        <message>
            <location line="+9" />
            <source>What will be skipped</source>
            <translation>Ce qui sera ignoré</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What will be skipped, and why</source>
            <translation>Ce qui sera ignoré, et pourquoi</translation>
        </message>
        <message>
            <location line="-118" />
            <source>Why the file cannot be imported</source>
            <translation>Pourquoi le fichier ne peut pas être importé</translation>
        </message>
        <message>
            <location line="-32" />
            <source>&amp;Back</source>
            <translation>&amp;Précédent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next</source>
            <translation>&amp;Suivant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Done</source>
            <translation>&amp;Terminé</translation>
        </message>
        <message>
            <location line="-38" />
            <source>The QR code in %1 is not an authenticator export (otpauth-migration://).</source>
            <translation>Le code QR de %1 n’est pas un export d’application d’authentification (otpauth-migration://).</translation>
        </message>
    </context>
    <context>
        <name>twofold::InlineConfirmation</name>
        <message>
            <location filename="../ui/preferences/InlineConfirmation.cpp" line="+12" />
            <location line="+8" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
    </context>
    <context>
        <name>twofold::MainWindow</name>
        <message>
            <location filename="../ui/vault/MainWindow.cpp" line="+53" />
            <source>%1 — Twofold</source>
            <translation>%1 — Twofold</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Search (%1)</source>
            <extracomment>%1 is the Find shortcut as this computer writes it: "Ctrl+F", "Strg+F", "⌘F".</extracomment>
            <translation>Rechercher (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search entries</source>
            <translation>Rechercher dans les entrées</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Entries</source>
            <translation>Entrées</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Entry list message</source>
            <translation>Message de la liste des entrées</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Search results</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save state</source>
            <translation>État de l’enregistrement</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+173" />
            <source>Entry restored.</source>
            <translation>Entrée restaurée.</translation>
        </message>
        <message>
            <location line="-56" />
            <source>Entry added.</source>
            <translation>Entrée ajoutée.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Entry saved.</source>
            <translation>Entrée enregistrée.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>“%1” moved to the trash.</source>
            <translation>Entrée « %1 » mise à la corbeille.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Twofold stayed unlocked because your latest changes could not be saved: %1</source>
            <translation>Twofold est resté déverrouillé, car vos dernières modifications n’ont pas pu être enregistrées : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+162" />
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location line="-127" />
            <source>Changes not saved</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your latest changes could not be saved: %1
Lock anyway and lose them?</source>
            <translation>Vos dernières modifications n’ont pas pu être enregistrées : %1
Verrouiller quand même et les perdre ?</translation>
        </message>
        <message numerus="yes">
            <location line="+61" />
            <source>%n found</source>
            <translation>
                <numerusform>%n trouvée</numerusform>
                <numerusform>%n trouvées</numerusform>
            </translation>
        </message>
        <message>
            <location line="+64" />
            <source>%1 Your changes are still open here.</source>
            <translation>%1 Vos modifications sont toujours présentes ici.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All changes saved</source>
            <translation>Toutes les modifications sont enregistrées</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Nothing matches “%1”</source>
            <translation>Aucun résultat pour « %1 »</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The trash is empty</source>
            <translation>La corbeille est vide</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No entries yet — press %1 to add one</source>
            <translation>Aucune entrée pour l’instant — appuyez sur %1 pour en ajouter une</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No entries here — press %1 to add one</source>
            <translation>Aucune entrée ici — appuyez sur %1 pour en ajouter une</translation>
        </message>
        <message>
            <location filename="../ui/vault/MainWindowMenus.cpp" line="+38" />
            <source>&amp;New entry…</source>
            <translation>&amp;Nouvelle entrée…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit entry…</source>
            <translation>&amp;Modifier l’entrée…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Move to trash</source>
            <translation>Mettre à la &amp;corbeille</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Lock vault</source>
            <translation>&amp;Verrouiller le coffre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Find</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy u&amp;ser name</source>
            <translation>Copier le nom d’&amp;utilisateur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy &amp;password</source>
            <translation>Copier le mot de &amp;passe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Se&amp;curity…</source>
            <translation>&amp;Sécurité…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;About Twofold</source>
            <translation>À &amp;propos de Twofold</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Undo moving to the trash</source>
            <translation>Annuler la mise à la corbeille</translation>
        </message>
        <message>
            <location line="+42" />
            <source>&amp;Vault</source>
            <translation>&amp;Coffre</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Entry</source>
            <translation>&amp;Entrée</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Main tools</source>
            <translation>Outils principaux</translation>
        </message>
        <message>
            <location line="+60" />
            <source>About Twofold</source>
            <translation>À propos de Twofold</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Twofold %1</source>
            <translation>Twofold %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A password manager with two-factor sign-in. Built with Qt %1.</source>
            <translation>Un gestionnaire de mots de passe avec connexion à deux facteurs. Compilé avec Qt %1.</translation>
        </message>
        <message>
            <location filename="../ui/vault/MainWindow.cpp" line="-438" />
            <source>Sync state</source>
            <translation>État de la synchronisation</translation>
        </message>
        <message>
            <location filename="../ui/vault/MainWindowMenus.cpp" line="-162" />
            <source>S&amp;ync now</source>
            <translation>S&amp;ynchroniser maintenant</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <location line="+129" />
            <source>Imported: %L1 entries added, %L2 updated.</source>
            <translation>Importé : %L1 entrées ajoutées, %L2 mises à jour.</translation>
        </message>
    </context>
    <context>
        <name>twofold::MessageBanner</name>
        <message>
            <location filename="../ui/common/MessageBanner.cpp" line="+34" />
            <location line="+12" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Close this message</source>
            <translation>Fermer ce message</translation>
        </message>
    </context>
    <context>
        <name>twofold::MethodSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/MethodSetupDialog.cpp" line="+27" />
            <source>Turn on the authenticator app</source>
            <translation>Activer l’application d’authentification</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Turn on codes by email</source>
            <translation>Activer les codes par e-mail</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Turn on codes by text message (SMS)</source>
            <translation>Activer les codes par SMS</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Working</source>
            <translation>Opération en cours</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Save your recovery codes and tick "I have saved these codes" first: they are shown only once.</source>
            <translation>Sauvegardez d’abord vos codes de récupération et cochez « J’ai sauvegardé ces codes » : ils ne sont affichés qu’une seule fois.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 turned on.</source>
            <extracomment>%1 is a two-factor method: "Authenticator app", "Email", "Text message (SMS)".</extracomment>
            <translation>La méthode « %1 » est activée.</translation>
        </message>
    </context>
    <context>
        <name>twofold::OtpKeyForm</name>
        <message>
            <location filename="../ui/otp/OtpKeyForm.cpp" line="+21" />
            <source>Period:</source>
            <translation>Période :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counter:</source>
            <translation>Compteur :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. JBSW Y3DP EHPK 3PXP</source>
            <translation>p. ex. JBSW Y3DP EHPK 3PXP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Setup key</source>
            <translation>Clé de configuration</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The key the website shows next to its QR code. Spaces and dashes do not matter, nor do capital letters.</source>
            <translation>La clé que le site web affiche à côté de son code QR. Les espaces, les tirets et les majuscules n’ont pas d’importance.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The website or company, e.g. Example Bank</source>
            <translation>Le site web ou l’entreprise, p. ex. Example Bank</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your user name or email address there</source>
            <translation>Votre nom d’utilisateur ou votre adresse e-mail sur ce site</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Advanced</source>
            <translation>Avancé</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Time-based (TOTP)</source>
            <translation>Basé sur le temps (TOTP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counter-based (HOTP)</source>
            <translation>Basé sur un compteur (HOTP)</translation>
        </message>
        <message>
            <location line="+11" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kind of code:</source>
            <translation>Type de code :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Algorithm:</source>
            <translation>Algorithme :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Digits:</source>
            <translation>Chiffres :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change these only when the website says so: most use time-based codes, SHA-1, 6 digits and 30 seconds.</source>
            <translation>Ne modifiez ces réglages que si le site web le demande : la plupart utilisent des codes basés sur le temps, SHA-1, 6 chiffres et 30 secondes.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Setup key:</source>
            <translation>Clé de configuration :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issuer:</source>
            <translation>Émetteur :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account:</source>
            <translation>Compte :</translation>
        </message>
        <message>
            <location line="+42" />
            <source>The setup key is too short: check that you typed all of it.</source>
            <translation>La clé de configuration est trop courte : vérifiez que vous l’avez saisie en entier.</translation>
        </message>
    </context>
    <context>
        <name>twofold::OtpSetupDialog</name>
        <message>
            <location filename="../ui/otp/OtpSetupDialog.cpp" line="+44" />
            <source>From an image file…</source>
            <translation>À partir d’un fichier image…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From the screen</source>
            <translation>À partir de l’écran</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add two-factor codes</source>
            <translation>Ajouter des codes à deux facteurs</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Two-factor link</source>
            <translation>Lien à deux facteurs</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Paste the link the website gives for authenticator apps (it starts with otpauth://).</source>
            <translation>Collez le lien que le site web fournit pour les applications d’authentification (il commence par otpauth://).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Read the QR code the website shows: from a picture of it, or straight from the screen while the website shows it.</source>
            <translation>Lisez le code QR affiché par le site web : à partir d’une image de celui-ci, ou directement à l’écran pendant que le site web l’affiche.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Paste a Link</source>
            <translation>Coller un lien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type the Setup Key</source>
            <translation>Saisir la clé de configuration</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read a QR Code</source>
            <translation>Lire un code QR</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The current code, to check against the website (enter it where the website asks for a code):</source>
            <translation>Le code actuel, à comparer avec le site web (saisissez-le là où le site web demande un code) :</translation>
        </message>
        <message>
            <location line="+104" />
            <source>This looks like a setup key, not a link: type or paste it under “Type the Setup Key”.</source>
            <translation>Ceci ressemble à une clé de configuration, pas à un lien : saisissez-la ou collez-la sous « Saisir la clé de configuration ».</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Choose a Picture of the QR Code</source>
            <translation>Choisir une image du code QR</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pictures (%1)</source>
            <translation>Images (%1)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 could not be opened as a picture (%2).</source>
            <translation>%1 n’a pas pu être ouvert comme image (%2).</translation>
        </message>
        <message>
            <location line="+33" />
            <source>No QR code was found on the screen. Show the website's QR code, move this window so it does not cover it, and try again.</source>
            <translation>Aucun code QR n’a été trouvé à l’écran. Affichez le code QR du site web, déplacez cette fenêtre pour qu’elle ne le masque pas, puis réessayez.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Twofold could not take a picture of the screen (your desktop may not allow it). Save the QR code as a picture and use “From an image file…” instead.</source>
            <translation>Twofold n’a pas pu faire de capture de l’écran (votre bureau ne le permet peut-être pas). Enregistrez le code QR sous forme d’image et utilisez plutôt « À partir d’un fichier image… ».</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This QR code is an export from Google Authenticator, which Twofold cannot read. Set up two-factor codes again on the website and read the QR code it shows.</source>
            <translation>Ce code QR est une exportation de Google Authenticator, que Twofold ne sait pas lire. Configurez à nouveau les codes à deux facteurs sur le site web et lisez le code QR qu’il affiche.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The QR code was read, but it does not hold a usable two-factor link.</source>
            <translation>Le code QR a été lu, mais il ne contient pas de lien à deux facteurs utilisable.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>QR code read.</source>
            <translation>Code QR lu.</translation>
        </message>
    </context>
    <context>
        <name>twofold::PasswordField</name>
        <message>
            <location filename="../ui/common/PasswordField.cpp" line="+27" />
            <location line="+1" />
            <source>Caps Lock is on</source>
            <translation>Le verrouillage des majuscules est activé</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide the password</source>
            <translation>Masquer le mot de passe</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show the password</source>
            <translation>Afficher le mot de passe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide %1</source>
            <translation>Masquer %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show %1</source>
            <translation>Afficher %1</translation>
        </message>
    </context>
    <context>
        <name>twofold::PasswordGeneratorPanel</name>
        <message>
            <location filename="../ui/vault/PasswordGeneratorPanel.cpp" line="+32" />
            <source>&amp;Characters</source>
            <translation>&amp;Caractères</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;phrase</source>
            <translation>&amp;Phrase de passe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a–z</source>
            <translation>a–z</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lower-case letters</source>
            <translation>Lettres minuscules</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A–Z</source>
            <translation>A–Z</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Capital letters</source>
            <translation>Lettres majuscules</translation>
        </message>
        <message>
            <location line="+1" />
            <source>0–9</source>
            <translation>0–9</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Digits</source>
            <translation>Chiffres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Symbols</source>
            <translation>Symboles</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leave out look-alikes (%1)</source>
            <translation>Exclure les caractères semblables (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave out characters that look alike</source>
            <translation>Exclure les caractères qui se ressemblent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Capital &amp;first letters</source>
            <translation>&amp;Premières lettres en majuscule</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Capital first letters</source>
            <translation>Premières lettres en majuscule</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New password</source>
            <translation>&amp;Nouveau mot de passe</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+3" />
            <source>Length in characters</source>
            <translation>Longueur en caractères</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Number of words</source>
            <translation>Nombre de mots</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Separator between the words</source>
            <translation>Séparateur entre les mots</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strength of generated passwords</source>
            <translation>Robustesse des mots de passe générés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make a new password</source>
            <translation>Générer un nouveau mot de passe</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Length:</source>
            <translation>&amp;Longueur :</translation>
        </message>
        <message>
            <location line="+8" />
            <source>W&amp;ords:</source>
            <translation>M&amp;ots :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Separator:</source>
            <translation>&amp;Séparateur :</translation>
        </message>
        <message>
            <location line="+98" />
            <source>About %1 bits of chance: far beyond guessing.</source>
            <extracomment>The strength of a generated password: "About 128 bits of chance: …".</extracomment>
            <translation>Environ %1 bits de hasard : impossible à deviner.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About %1 bits of chance: strong.</source>
            <translation>Environ %1 bits de hasard : robuste.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About %1 bits of chance: weak, make it longer.</source>
            <translation>Environ %1 bits de hasard : faible, allongez-le.</translation>
        </message>
    </context>
    <context>
        <name>twofold::PasswordHistoryView</name>
        <message>
            <location filename="../ui/vault/PasswordHistoryView.cpp" line="+22" />
            <source>Earlier passwords:</source>
            <translation>Mots de passe précédents :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Res&amp;tore</source>
            <translation>Res&amp;taurer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Earlier passwords</source>
            <translation>Mots de passe précédents</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replaced</source>
            <translation>Remplacé</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy the earlier password</source>
            <translation>Copier le mot de passe précédent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make the earlier password the entry's password again</source>
            <translation>Refaire du mot de passe précédent celui de l’entrée</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Earlier password copied.</source>
            <translation>Mot de passe précédent copié.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Earlier password restored; the one it replaced is now in the history.</source>
            <translation>Mot de passe précédent restauré ; celui qu’il remplace est maintenant dans l’historique.</translation>
        </message>
    </context>
    <context>
        <name>twofold::PreferencesDialog</name>
        <message>
            <location filename="../ui/preferences/PreferencesDialog.cpp" line="+80" />
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <location line="+2" />
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+17" />
            <source>Security</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Unlock a vault to change its security settings.</source>
            <translation>Déverrouillez un coffre pour modifier ses paramètres de sécurité.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
    </context>
    <context>
        <name>twofold::QrCodeWidget</name>
        <message>
            <location filename="../ui/otp/QrCodeWidget.cpp" line="+54" />
            <location line="+6" />
            <source>The QR code could not be saved to %1 (%2).</source>
            <translation>Le code QR n’a pas pu être enregistré dans %1 (%2).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save as PNG…</source>
            <translation>Enregistrer en PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as SVG…</source>
            <translation>Enregistrer en SVG…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>QR code</source>
            <translation>Code QR</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Scan this QR code with an authenticator app. If you cannot scan it, type the setup key shown with it.</source>
            <translation>Scannez ce code QR avec une application d’authentification. Si vous ne pouvez pas le scanner, saisissez la clé de configuration affichée avec lui.</translation>
        </message>
        <message>
            <location line="+116" />
            <location line="+11" />
            <source>There is no QR code to save.</source>
            <translation>Il n’y a aucun code QR à enregistrer.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save the QR code (anyone with the picture can make your codes)</source>
            <translation>Enregistrer le code QR (toute personne disposant de l’image peut générer vos codes)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SVG pictures (*.svg)</source>
            <translation>Images SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PNG pictures (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>QR code not saved</source>
            <translation>Code QR non enregistré</translation>
        </message>
    </context>
    <context>
        <name>twofold::RecoveryCodesDialog</name>
        <message>
            <location filename="../ui/twofactor/RecoveryCodesDialog.cpp" line="+16" />
            <source>Recovery codes</source>
            <translation>Codes de récupération</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+2" />
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
    </context>
    <context>
        <name>twofold::RecoveryCodesPanel</name>
        <message>
            <location filename="../ui/twofactor/RecoveryCodesPanel.cpp" line="+28" />
            <source>&amp;Copy all</source>
            <translation>&amp;Tout copier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Save to file…</source>
            <translation>&amp;Enregistrer dans un fichier…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I have &amp;saved these codes</source>
            <translation>J’ai &amp;sauvegardé ces codes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your recovery codes</source>
            <extracomment>Recovery codes: single-use codes that sign in when no other two-factor method is at hand.</extracomment>
            <translation>Vos codes de récupération</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Each code works once. Keep them somewhere safe, away from this computer: they sign you in when you cannot use your other two-factor methods.</source>
            <translation>Chaque code ne fonctionne qu’une fois. Conservez-les en lieu sûr, à l’écart de cet ordinateur : ils vous permettent de vous connecter quand vous ne pouvez pas utiliser vos autres méthodes de connexion à deux facteurs.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Recovery codes</source>
            <translation>Codes de récupération</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Copy all recovery codes</source>
            <translation>Copier tous les codes de récupération</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the recovery codes to a file</source>
            <translation>Enregistrer les codes de récupération dans un fichier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print the recovery codes</source>
            <translation>Imprimer les codes de récupération</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I have saved these codes</source>
            <translation>J’ai sauvegardé ces codes</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Recovery code %1</source>
            <translation>Code de récupération %1</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Twofold recovery codes</source>
            <translation>Codes de récupération Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each code works once. Keep them somewhere safe, away from this computer.</source>
            <translation>Chaque code ne fonctionne qu’une fois. Conservez-les en lieu sûr, à l’écart de cet ordinateur.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>There are no recovery codes to save.</source>
            <translation>Il n’y a aucun code de récupération à enregistrer.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+8" />
            <source>Could not write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message numerus="yes">
            <location line="+25" />
            <source>The recovery codes are copied. The clipboard is cleared in %n second(s).</source>
            <translation>
                <numerusform>Codes de récupération copiés. Le presse-papiers sera vidé dans %n seconde.</numerusform>
                <numerusform>Codes de récupération copiés. Le presse-papiers sera vidé dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save recovery codes</source>
            <translation>Enregistrer les codes de récupération</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Text files (*.txt)</source>
            <translation>Fichiers texte (*.txt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>twofold-recovery-codes.txt</source>
            <translation>twofold-recovery-codes.txt</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The recovery codes are saved in %1.</source>
            <translation>Les codes de récupération sont enregistrés dans %1.</translation>
        </message>
    </context>
    <context>
        <name>twofold::SecondFactorPage</name>
        <message>
            <location filename="../ui/signin/SecondFactorPage.cpp" line="+64" />
            <source>What to enter</source>
            <translation>Ce qu’il faut saisir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign-in code</source>
            <extracomment>The field for the one-time sign-in code (from an app, an email or a text message).</extracomment>
            <translation>Code de connexion</translation>
        </message>
        <message>
            <location line="+0" />
            <source>123 456</source>
            <translation>123 456</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time left for this code</source>
            <translation>Temps restant pour ce code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Remember this computer for 30 days</source>
            <translation>&amp;Mémoriser cet ordinateur pendant 30 jours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked out</source>
            <translation>Bloqué</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation>Code de récupération</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recovery codes left</source>
            <translation>Codes de récupération restants</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When a code is asked</source>
            <translation>Quand un code est demandé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use &amp;another method</source>
            <translation>Utiliser une &amp;autre méthode</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+292" />
            <source>Use a re&amp;covery code</source>
            <translation>Utiliser un code de ré&amp;cupération</translation>
        </message>
        <message>
            <location line="-291" />
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+302" />
            <source>&amp;Verify</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <location line="-293" />
            <source>Remember this computer for 30 days</source>
            <translation>Mémoriser cet ordinateur pendant 30 jours</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign-in methods</source>
            <translation>Méthodes de connexion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use another method</source>
            <translation>Utiliser une autre méthode</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+248" />
            <location line="+30" />
            <source>Use a recovery code</source>
            <translation>Utiliser un code de récupération</translation>
        </message>
        <message>
            <location line="-277" />
            <source>Back to the password</source>
            <translation>Retour au mot de passe</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+287" />
            <source>Verify</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <location line="-280" />
            <source>Checking</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <location line="+19" />
            <source>How to get a code</source>
            <translation>Comment recevoir un code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose how to get your code:</source>
            <extracomment>Codes are one-time sign-in numbers.</extracomment>
            <translation>Choisissez comment recevoir votre code :</translation>
        </message>
        <message>
            <location line="+7" />
            <source>About recovery codes</source>
            <translation>À propos des codes de récupération</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter one of the recovery codes you saved when you turned on two-factor sign-in. Each works once.</source>
            <translation>Saisissez l’un des codes de récupération que vous avez sauvegardés lors de l’activation de la connexion à deux facteurs. Chacun ne fonctionne qu’une fois.</translation>
        </message>
        <message>
            <location line="+208" />
            <source>Choose a sign-in method</source>
            <translation>Choisissez une méthode de connexion</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Two-factor sign-in</source>
            <translation>Connexion à deux facteurs</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Enter a code &amp;instead</source>
            <translation>Saisir plutôt un &amp;code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a code instead</source>
            <translation>Saisir plutôt un code</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Continue</source>
            <translation>C&amp;ontinuer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
    </context>
    <context>
        <name>twofold::SecurityPane</name>
        <message>
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="+70" />
            <source>Codes are checked on this computer: they guard Twofold itself, not a copy of the file.</source>
            <translation>Les codes sont vérifiés sur cet ordinateur : ils protègent Twofold lui-même, pas une copie du fichier.</translation>
        </message>
        <message>
            <location filename="../ui/preferences/SecurityPane.cpp" line="+108" />
            <location line="+1" />
            <source>Sign-in methods</source>
            <translation>Méthodes de connexion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Codes go to</source>
            <translation>Destination des codes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Added</source>
            <translation>Date d’ajout</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="+44" />
            <source>Default</source>
            <translation>Par défaut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Turn &amp;on…</source>
            <translation>&amp;Activer…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Turn on</source>
            <translation>Activer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Turn o&amp;ff</source>
            <translation>&amp;Désactiver</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+165" />
            <source>Turn off</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <location line="-164" />
            <source>Set as &amp;default</source>
            <translation>Définir par défa&amp;ut</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set as default</source>
            <translation>Définir par défaut</translation>
        </message>
        <message>
            <location line="+18" />
            <source>When to ask for a code</source>
            <translation>Quand demander un code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At &amp;every sign-in</source>
            <translation>À &amp;chaque connexion</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only on computers &amp;not remembered in the last 30 days</source>
            <translation>Seulement sur les ordinateurs &amp;non mémorisés au cours des 30 derniers jours</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Recovery codes</source>
            <translation>Codes de récupération</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Regenerate…</source>
            <translation>&amp;Régénérer…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Regenerate recovery codes</source>
            <translation>Régénérer les codes de récupération</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+1" />
            <source>Remembered computers</source>
            <translation>Ordinateurs mémorisés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Computer</source>
            <translation>Ordinateur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remembered on</source>
            <translation>Mémorisé le</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+20" />
            <source>Last used</source>
            <translation>Dernière utilisation</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Until</source>
            <translation>Jusqu’au</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forget &amp;all</source>
            <translation>&amp;Tout oublier</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Forget all remembered computers</source>
            <translation>Oublier tous les ordinateurs mémorisés</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+6" />
            <source>App passwords</source>
            <translation>Mots de passe d’application</translation>
        </message>
        <message>
            <location line="-5" />
            <source>For scripts and programs that cannot ask for a code: each opens the vault without two-factor sign-in until it is revoked.</source>
            <translation>Pour les scripts et les programmes qui ne peuvent pas demander de code : chacun ouvre le coffre sans connexion à deux facteurs jusqu’à sa révocation.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Created</source>
            <translation>Date de création</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add an app password</source>
            <translation>Ajouter un mot de passe d’application</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;voke</source>
            <translation>Ré&amp;voquer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Revoke the app password</source>
            <translation>Révoquer le mot de passe d’application</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="-29" />
            <source>Delivery and password</source>
            <translation>Envoi et mot de passe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deli&amp;very settings…</source>
            <translation>&amp;Paramètres d’envoi…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delivery settings</source>
            <translation>Paramètres d’envoi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change &amp;master password…</source>
            <translation>Modifier le &amp;mot de passe principal…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change master password</source>
            <translation>Modifier le mot de passe principal</translation>
        </message>
        <message>
            <location line="+56" />
            <source>%1 is on.</source>
            <translation>La méthode « %1 » est activée.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Turn off %1? It is the last method: two-factor sign-in will be off and every remembered computer forgotten.</source>
            <translation>Désactiver la méthode « %1 » ? C’est la dernière méthode : la connexion à deux facteurs sera désactivée et tous les ordinateurs mémorisés seront oubliés.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Turn off %1? Every remembered computer will be forgotten.</source>
            <translation>Désactiver la méthode « %1 » ? Tous les ordinateurs mémorisés seront oubliés.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is off.</source>
            <translation>La méthode « %1 » est désactivée.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 is now asked for first.</source>
            <translation>La méthode « %1 » est désormais demandée en premier.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A code will be asked for at every sign-in.</source>
            <translation>Un code sera demandé à chaque connexion.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Computers you choose to remember will not be asked for a code for 30 days.</source>
            <translation>Aucun code ne sera demandé pendant 30 jours sur les ordinateurs que vous choisissez de mémoriser.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Make ten new recovery codes? The ones you have now will stop working.</source>
            <translation>Créer dix nouveaux codes de récupération ? Ceux que vous avez actuellement cesseront de fonctionner.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make new codes</source>
            <translation>Créer de nouveaux codes</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Forget every remembered computer? Each will be asked for a code at its next sign-in.</source>
            <translation>Oublier tous les ordinateurs mémorisés ? Un code sera demandé sur chacun d’eux à sa prochaine connexion.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forget all</source>
            <translation>Tout oublier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No computer is remembered now.</source>
            <translation>Plus aucun ordinateur n’est mémorisé.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Revoke %1? It will be asked for a code at its next sign-in.</source>
            <translation>Révoquer %1 ? Un code y sera demandé à la prochaine connexion.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is no longer remembered.</source>
            <translation>%1 n’est plus mémorisé.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Revoke the app password "%1"? Programs using it will no longer open the vault.</source>
            <translation>Révoquer le mot de passe d’application « %1 » ? Les programmes qui l’utilisent ne pourront plus ouvrir le coffre.</translation>
        </message>
        <message>
            <location line="-24" />
            <location line="+25" />
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="+71" />
            <source>Revoke</source>
            <translation>Révoquer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The app password "%1" was revoked.</source>
            <translation>Le mot de passe d’application « %1 » a été révoqué.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The delivery settings were saved.</source>
            <translation>Les paramètres d’envoi ont été enregistrés.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The master password was changed. Every remembered computer was forgotten.</source>
            <translation>Le mot de passe principal a été modifié. Tous les ordinateurs mémorisés ont été oubliés.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Password confirmed for one more minute.</source>
            <translation>Mot de passe confirmé pour encore une minute.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Password confirmed for %n more minutes.</source>
            <translation>
                <numerusform>Mot de passe confirmé pour encore %n minute.</numerusform>
                <numerusform>Mot de passe confirmé pour encore %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="-128" />
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Two-factor sign-in is on: after the master password, Twofold asks for a code.</source>
            <translation>La connexion à deux facteurs est activée : après le mot de passe principal, Twofold demande un code.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Two-factor sign-in is off: the master password alone opens this vault.</source>
            <translation>La connexion à deux facteurs est désactivée : le mot de passe principal suffit à ouvrir ce coffre.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your organisation requires two-factor sign-in.</source>
            <translation>Votre organisation exige la connexion à deux facteurs.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your organisation has turned two-factor sign-in off on this computer.</source>
            <translation>Votre organisation a désactivé la connexion à deux facteurs sur cet ordinateur.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Codes are checked by %1: without them, a copy of the vault file opens nothing.</source>
            <translation>Les codes sont vérifiés par %1 : sans eux, une copie du fichier du coffre n’ouvre rien.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Recovery codes are made when the first method is turned on.</source>
            <translation>Les codes de récupération sont créés lors de l’activation de la première méthode.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One recovery code left.</source>
            <translation>Il reste un code de récupération.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n recovery codes left.</source>
            <translation>
                <numerusform>Il reste %n code de récupération.</numerusform>
                <numerusform>Il reste %n codes de récupération.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Email and SMS codes are sent with your own delivery settings.</source>
            <translation>Les codes par e-mail et par SMS sont envoyés avec vos propres paramètres d’envoi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No delivery settings yet: email and SMS codes need a mail server or an SMS gateway.</source>
            <translation>Aucun paramètre d’envoi pour l’instant : les codes par e-mail et par SMS nécessitent un serveur de messagerie ou une passerelle SMS.</translation>
        </message>
        <message>
            <location line="+37" />
            <location line="+30" />
            <source>Revoke %1</source>
            <translation>Révoquer %1</translation>
        </message>
        <message>
            <location line="-21" />
            <source>On</source>
            <translation>Activée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not allowed by your organisation</source>
            <translation>Non autorisée par votre organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Off</source>
            <translation>Désactivée</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A computer</source>
            <translation>Un ordinateur</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No computer is remembered.</source>
            <translation>Aucun ordinateur n’est mémorisé.</translation>
        </message>
        <message>
            <location filename="../ui/preferences/SecurityPaneComputers.cpp" line="+25" />
            <source>This computer</source>
            <translation>Cet ordinateur</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add a &amp;computer…</source>
            <translation>Ajouter un &amp;ordinateur…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add a computer</source>
            <translation>Ajouter un ordinateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign o&amp;ut and forget this computer…</source>
            <translation>Se &amp;déconnecter et oublier cet ordinateur…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign out and forget this computer</source>
            <translation>Se déconnecter et oublier cet ordinateur</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Signed in to %1 on %2. Add a computer shows what another computer needs to sign in too.</source>
            <translation>Connecté en tant que %1 sur %2. Ajouter un ordinateur montre ce dont un autre ordinateur a besoin pour se connecter aussi.</translation>
        </message>
    </context>
    <context>
        <name>twofold::SentCodeSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/SentCodeSetupDialog.cpp" line="+16" />
            <source>&amp;Send code</source>
            <translation>&amp;Envoyer le code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Verify</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Send a code</source>
            <extracomment>"code": the one-time code sent by email or text message.</extracomment>
            <translation>Envoyer un code</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Code you received</source>
            <extracomment>"code": the one-time code sent by email or text message.</extracomment>
            <translation>Code reçu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;ode:</source>
            <extracomment>"code": the one-time code sent by email or text message.</extracomment>
            <translation>&amp;Code :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Verify the code</source>
            <translation>Vérifier le code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send the code again</source>
            <translation>Renvoyer le code</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use a different &amp;number</source>
            <translation>Utiliser un autre &amp;numéro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use a different &amp;address</source>
            <translation>Utiliser une autre a&amp;dresse</translation>
        </message>
        <message numerus="yes">
            <location line="+86" />
            <source>We sent a code to %1. Enter it here; it works for %n minutes.</source>
            <extracomment>%1 is an email address or a phone number; %n the code's lifetime in minutes (10).</extracomment>
            <translation>
                <numerusform>Un code a été envoyé à %1. Saisissez-le ici ; il reste valable %n minute.</numerusform>
                <numerusform>Un code a été envoyé à %1. Saisissez-le ici ; il reste valable %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+57" />
            <source>Resend code (in %n s)</source>
            <extracomment>"code": the one-time code sent by email or text message.</extracomment>
            <translation>
                <numerusform>Renvoyer le code (dans %n s)</numerusform>
                <numerusform>Renvoyer le code (dans %n s)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Resend code</source>
            <translation>&amp;Renvoyer le code</translation>
        </message>
        <message>
            <location line="-53" />
            <source>We sent a new code.</source>
            <translation>Un nouveau code a été envoyé.</translation>
        </message>
    </context>
    <context>
        <name>twofold::ServerChoicePage</name>
        <message>
            <location filename="../ui/account/ServerChoicePage.cpp" line="+14" />
            <source>&amp;Create an account…</source>
            <translation>&amp;Créer un compte…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sign in to an account…</source>
            <translation>&amp;Se connecter à un compte…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use a Twofold server</source>
            <translation>Utiliser un serveur Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About server accounts</source>
            <translation>À propos des comptes sur un serveur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For several computers or an organisation. The server checks your second factor and holds a share of your vault's key, so a copy of the vault file opens nothing without it. Your master password and your account key never leave your computers.</source>
            <translation>Pour plusieurs ordinateurs ou une organisation. Le serveur vérifie votre second facteur et détient une part de la clé de votre coffre, si bien qu’une copie du fichier du coffre n’ouvre rien sans lui. Votre mot de passe principal et votre clé de compte ne quittent jamais vos ordinateurs.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>About creating an account</source>
            <translation>À propos de la création d’un compte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New on this server: make your account, your vault and its emergency kit.</source>
            <translation>Nouveau sur ce serveur : créez votre compte, votre coffre et son kit d’urgence.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About signing in</source>
            <translation>À propos de la connexion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You have an account: open your vault on this computer too.</source>
            <translation>Vous avez un compte : ouvrez votre coffre sur cet ordinateur aussi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create an account</source>
            <translation>Créer un compte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign in to an account</source>
            <translation>Se connecter à un compte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Back to creating a vault on this computer</source>
            <translation>Retour à la création d’un coffre sur cet ordinateur</translation>
        </message>
    </context>
    <context>
        <name>twofold::SignOutDialog</name>
        <message>
            <location filename="../ui/account/SignOutDialog.cpp" line="+18" />
            <source>Sign out and &amp;forget</source>
            <translation>Se déconnecter et &amp;oublier</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+13" />
            <source>Sign out and forget this computer</source>
            <translation>Se déconnecter et oublier cet ordinateur</translation>
        </message>
        <message>
            <location line="-9" />
            <source>What signing out does</source>
            <translation>Ce que fait la déconnexion</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changes not synced</source>
            <translation>Modifications non synchronisées</translation>
        </message>
    </context>
    <context>
        <name>twofold::SmsSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/SmsSetupDialog.cpp" line="+23" />
            <source>Enter the mobile number to send sign-in codes to. We send a code to it now, to check that it receives text messages.</source>
            <extracomment>"code": the one-time code sent by text message.</extracomment>
            <translation>Saisissez le numéro de mobile auquel envoyer les codes de connexion. Un code y est envoyé tout de suite, pour vérifier qu’il reçoit bien les SMS.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Country or region</source>
            <translation>Pays ou région</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (+%2)</source>
            <extracomment>A line of the country picker: "United Kingdom (+44)".</extracomment>
            <translation>%1 (+%2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Mobile number</source>
            <translation>Numéro de mobile</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Number to send to</source>
            <translation>Numéro de destination</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Country or region:</source>
            <translation>&amp;Pays ou région :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Mobile number:</source>
            <translation>Numéro de &amp;mobile :</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Will send to %1</source>
            <extracomment>%1 is the phone number in international form: "+44 7123 456789".</extracomment>
            <translation>Envoi au %1</translation>
        </message>
    </context>
    <context>
        <name>twofold::StartWindow</name>
        <message>
            <location filename="../ui/setup/StartWindow.cpp" line="+27" />
            <source>Twofold</source>
            <translation>Twofold</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Create a vault — Twofold</source>
            <translation>Créer un coffre — Twofold</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sign in — Twofold</source>
            <translation>Connexion — Twofold</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Use a Twofold server — Twofold</source>
            <translation>Utiliser un serveur Twofold — Twofold</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Create an account — Twofold</source>
            <translation>Créer un compte — Twofold</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Sign in to an account — Twofold</source>
            <translation>Se connecter à un compte — Twofold</translation>
        </message>
    </context>
    <context>
        <name>twofold::StrengthMeter</name>
        <message>
            <location filename="../ui/common/StrengthMeter.cpp" line="+33" />
            <source>Password strength</source>
            <translation>Robustesse du mot de passe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Password strength verdict</source>
            <translation>Évaluation de la robustesse du mot de passe</translation>
        </message>
        <message numerus="yes">
            <location line="+30" />
            <source>Use at least %n characters. A few unrelated words make a strong password that is easy to remember.</source>
            <translation>
                <numerusform>Utilisez au moins %n caractère. Quelques mots sans rapport entre eux forment un mot de passe robuste et facile à retenir.</numerusform>
                <numerusform>Utilisez au moins %n caractères. Quelques mots sans rapport entre eux forment un mot de passe robuste et facile à retenir.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>twofold::TotpCodeWidget</name>
        <message>
            <location filename="../ui/otp/TotpCodeWidget.cpp" line="+28" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Two-factor code</source>
            <translation>Code à deux facteurs</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Seconds left</source>
            <translation>Secondes restantes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the two-factor code</source>
            <translation>Copier le code à deux facteurs</translation>
        </message>
        <message>
            <location line="+37" />
            <source>This two-factor link cannot be used.</source>
            <translation>Ce lien à deux facteurs est inutilisable.</translation>
        </message>
        <message>
            <location line="+76" />
            <source>This code changes only when it is used.</source>
            <translation>Ce code ne change que lorsqu’il est utilisé.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This code is about to change: wait for the next one before you type it.</source>
            <translation>Ce code est sur le point de changer : attendez le suivant avant de le saisir.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This code changes in %1 seconds.</source>
            <translation>Ce code change dans %1 secondes.</translation>
        </message>
    </context>
    <context>
        <name>twofold::TurnOnTwoFactorDialog</name>
        <message>
            <location filename="../ui/twofactor/TurnOnTwoFactorDialog.cpp" line="+16" />
            <source>&amp;Not now</source>
            <translation>&amp;Pas maintenant</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Two-factor sign-in</source>
            <translation>Connexion à deux facteurs</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your organisation requires two-factor sign-in</source>
            <translation>Votre organisation exige la connexion à deux facteurs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Turn on two-factor sign-in now?</source>
            <translation>Activer la connexion à deux facteurs maintenant ?</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Turn on a method to open this vault. Until one is on, the vault stays closed.</source>
            <translation>Activez une méthode pour ouvrir ce coffre. Tant qu’aucune n’est active, le coffre reste fermé.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>With it, someone who learns your master password still cannot open your vault without a code from your phone or mail.</source>
            <translation>Ainsi, une personne qui découvre votre mot de passe principal ne peut toujours pas ouvrir votre coffre sans un code provenant de votre téléphone ou de vos e-mails.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 (recommended)</source>
            <extracomment>A method button of the first-run offer; %1 is "Authenticator app".</extracomment>
            <translation>%1 (recommandée)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Turn on %1</source>
            <translation>Activer la méthode « %1 »</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Your administrator's policy allows no two-factor method here.</source>
            <translation>La politique de votre administrateur n’autorise ici aucune méthode de connexion à deux facteurs.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lock the vault</source>
            <translation>Verrouiller le coffre</translation>
        </message>
    </context>
    <context>
        <name>twofold::UnlockPage</name>
        <message>
            <location filename="../ui/signin/UnlockPage.cpp" line="+35" />
            <source>Open another vault…</source>
            <translation>Ouvrir un autre coffre…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a new vault…</source>
            <translation>Créer un nouveau coffre…</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+5" />
            <source>Unlock your vault</source>
            <translation>Déverrouillez votre coffre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Vault file</source>
            <translation>Fichier du coffre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open another vault</source>
            <translation>Ouvrir un autre coffre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recent</source>
            <translation>Récents</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vaults opened recently</source>
            <translation>Coffres ouverts récemment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recent vaults</source>
            <translation>Coffres récents</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Create a new vault</source>
            <translation>Créer un nouveau coffre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Master password</source>
            <translation>Mot de passe principal</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unlocking</source>
            <translation>Déverrouillage</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Master password:</source>
            <translation>&amp;Mot de passe principal :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Account &amp;key:</source>
            <translation>Clé de &amp;compte :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Why the account key is asked</source>
            <translation>Pourquoi la clé de compte est demandée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This computer does not have this vault's account key. Type it from your emergency kit: it is kept here from then on.</source>
            <translation>Cet ordinateur n’a pas la clé de compte de ce coffre. Saisissez-la depuis votre kit d’urgence : elle y sera conservée ensuite.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Account key</source>
            <translation>Clé de compte</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Vault:</source>
            <translation>Coffre :</translation>
        </message>
        <message>
            <location line="+126" />
            <source>Open a vault</source>
            <translation>Ouvrir un coffre</translation>
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
            <translation>Le coffre est verrouillé.</translation>
        </message>
        <message>
            <location line="-22" />
            <source>That attachment is no longer in the entry.</source>
            <translation>Cette pièce jointe n’est plus dans l’entrée.</translation>
        </message>
    </context>
    <context>
        <name>twofold::VaultSync</name>
        <message>
            <location filename="../ui/vault/VaultSync.cpp" line="+174" />
            <source>This account was made before Twofold could sync, so the server does not know this vault's sync key yet. Run “twofold-cli sync” once on this computer to turn sync on.</source>
            <translation>Ce compte a été créé avant que Twofold ne sache synchroniser : le serveur ne connaît donc pas encore la clé de synchronisation de ce coffre. Exécutez une fois « twofold-cli sync » sur cet ordinateur pour activer la synchronisation.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“%1”</source>
            <extracomment>An entry's title quoted in a sentence, with this language's quotation marks.</extracomment>
            <translation>« %1 »</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changed on this computer and on another: %1. The newer edit is current; the other is kept in the entry's history.</source>
            <extracomment>%1 is the list of entries' titles, quoted: "“Mail” and “Bank”".</extracomment>
            <translation>Modifié sur cet ordinateur et sur un autre : %1. La modification la plus récente est en vigueur ; l'autre est conservée dans l'historique de l'entrée.</translation>
        </message>
    </context>
</TS>
