<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Text</name>
        <message>
            <location filename="../core/platform/FileSecretStore.cpp" line="+41" />
            <source>The remembered-computer file %1 could not be written. Check that the folder exists and that you may write there.</source>
            <translation>Die Datei für gemerkte Computer %1 konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert und ob Sie dort schreiben dürfen.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Account</name>
        <message>
            <location filename="../ui/account/AccountText.cpp" line="+23" />
            <source>A server address has no spaces: check "%1".</source>
            <translation>Eine Serveradresse enthält keine Leerzeichen: Prüfen Sie „%1“.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>"%1" is not a server address: it should look like https://sign-in.example.org.</source>
            <translation>„%1“ ist keine Serveradresse: Sie sollte wie https://sign-in.example.org aussehen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server address must start with https://: codes and your account would otherwise cross the network unprotected. (Plain http:// is only for a server on this computer.)</source>
            <translation>Die Serveradresse muss mit https:// beginnen: Sonst gingen Codes und Ihr Konto ungeschützt über das Netz. (Einfaches http:// nur für einen Server auf diesem Computer.)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server address must start with https://, not %1://.</source>
            <translation>Die Serveradresse muss mit https:// beginnen, nicht mit %1://.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Leave the user name and password out of the server address: Twofold asks for your email and master password separately.</source>
            <translation>Lassen Sie Benutzername und Passwort aus der Serveradresse weg: Twofold fragt E-Mail und Master-Passwort getrennt ab.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server address cannot have "?" or "#" in it: give only the address your administrator gave you.</source>
            <translation>Die Serveradresse darf kein „?“ oder „#“ enthalten: Geben Sie nur die Adresse an, die Ihnen Ihre Administration genannt hat.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The port in "%1" is not a port number (1 to 65535).</source>
            <translation>Der Port in „%1“ ist keine Portnummer (1 bis 65535).</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Enter the address of your Twofold server (your administrator has it).</source>
            <translation>Geben Sie die Adresse Ihres Twofold-Servers ein (Ihre Administration kennt sie).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter your email address: it is your account's name on the server.</source>
            <translation>Geben Sie Ihre E-Mail-Adresse ein: Sie ist der Name Ihres Kontos auf dem Server.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose a master password.</source>
            <translation>Wählen Sie ein Master-Passwort.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose a stronger master password: the line under it says why.</source>
            <translation>Wählen Sie ein stärkeres Master-Passwort: Die Zeile darunter sagt, warum.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Type the master password again to confirm it.</source>
            <translation>Geben Sie das Master-Passwort zur Bestätigung noch einmal ein.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The two passwords do not match.</source>
            <translation>Die beiden Passwörter stimmen nicht überein.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter your master password.</source>
            <translation>Geben Sie Ihr Master-Passwort ein.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter your account key: it is in your emergency kit and starts with TF1-.</source>
            <translation>Geben Sie Ihren Kontoschlüssel ein: Er steht in Ihrem Notfall-Kit und beginnt mit TF1-.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This computer does not have your account key yet. Type it from your emergency kit: it is needed once on each computer.</source>
            <translation>Dieser Computer hat Ihren Kontoschlüssel noch nicht. Geben Sie ihn aus Ihrem Notfall-Kit ein: Er wird auf jedem Computer einmal gebraucht.</translation>
        </message>
        <message>
            <location filename="../ui/account/AccountWidgets.cpp" line="+44" />
            <source>Where to keep the vault</source>
            <translation>Wo der Tresor gespeichert werden soll</translation>
        </message>
        <message>
            <location filename="../ui/account/AccountText.cpp" line="+6" />
            <source>From your emergency kit (TF1-…): each new computer needs it once, before the code.</source>
            <translation>Aus Ihrem Notfall-Kit (TF1-…): Jeder neue Computer braucht ihn einmal, vor dem Code.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The picture %1 could not be opened: choose a PNG, JPEG or BMP file.</source>
            <translation>Das Bild %1 konnte nicht geöffnet werden: Wählen Sie eine PNG-, JPEG- oder BMP-Datei.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The QR code in this picture is not a Twofold "Add a computer" code. On a computer that is signed in, open Settings &gt; Security &gt; Add a computer… and use the code it shows.</source>
            <translation>Der QR-Code in diesem Bild ist kein Twofold-Code „Computer hinzufügen“. Öffnen Sie auf einem angemeldeten Computer Einstellungen &gt; Sicherheit &gt; Computer hinzufügen… und verwenden Sie den dort gezeigten Code.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server, the email and the account key were filled in from the code. Type your master password to sign in.</source>
            <translation>Server, E-Mail und Kontoschlüssel wurden aus dem Code übernommen. Geben Sie Ihr Master-Passwort ein, um sich anzumelden.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Read the account key from a picture</source>
            <translation>Kontoschlüssel aus einem Bild lesen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This vault is kept on this computer only, with no account on a server, so no other computer can sign in to it. Copy the vault file instead, or create a Twofold server account.</source>
            <translation>Dieser Tresor liegt nur auf diesem Computer, ohne Konto auf einem Server, daher kann sich kein anderer Computer bei ihm anmelden. Kopieren Sie stattdessen die Tresordatei, oder legen Sie ein Twofold-Serverkonto an.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This computer does not keep the account key of this vault. Use the account key from your emergency kit on the other computer.</source>
            <translation>Dieser Computer bewahrt den Kontoschlüssel dieses Tresors nicht auf. Verwenden Sie auf dem anderen Computer den Kontoschlüssel aus Ihrem Notfallkit.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This computer's copy of the vault, its account key and the token that remembers this computer are removed from this computer. Your account %1 on %2 and your other computers are not touched: sign in again here with your master password, your account key and your second factor.</source>
            <translation>Die Kopie des Tresors auf diesem Computer, sein Kontoschlüssel und das Token, mit dem dieser Computer gespeichert ist, werden von diesem Computer entfernt. Ihr Konto %1 auf %2 und Ihre anderen Computer bleiben unberührt: Melden Sie sich hier wieder mit Master-Passwort, Kontoschlüssel und zweitem Faktor an.</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n changes made on this computer have not reached the server yet and will be lost. Cancel and sync first to keep them.</source>
            <translation>
                <numerusform>%n auf diesem Computer gemachte Änderung hat den Server noch nicht erreicht und geht verloren. Brechen Sie ab und synchronisieren Sie zuerst, um sie zu behalten.</numerusform>
                <numerusform>%n auf diesem Computer gemachte Änderungen haben den Server noch nicht erreicht und gehen verloren. Brechen Sie ab und synchronisieren Sie zuerst, um sie zu behalten.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>This computer is signed out of %1 and has forgotten it.</source>
            <translation>Dieser Computer ist von %1 abgemeldet und hat es vergessen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This computer is signed out of %1 and has forgotten it, but the server could not be told to stop remembering it (%2). Revoke it from another computer in Settings &gt; Security.</source>
            <translation>Dieser Computer ist von %1 abgemeldet und hat es vergessen, aber dem Server konnte nicht mitgeteilt werden, ihn nicht mehr zu speichern (%2). Widerrufen Sie ihn auf einem anderen Computer unter Einstellungen &gt; Sicherheit.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the master password was not given</source>
            <translation>das Master-Passwort wurde nicht eingegeben</translation>
        </message>
    </context>
    <context>
        <name>Twofold::AtomicFile</name>
        <message>
            <location filename="../core/vault/AtomicFile.cpp" line="+91" />
            <source> Your changes are still open: nothing was lost.</source>
            <translation> Ihre Änderungen sind noch offen: Es ist nichts verloren gegangen.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The disk holding %1 is full, so the vault was not saved. Free some space and save again, or save to another place.</source>
            <translation>Der Datenträger mit %1 ist voll, daher wurde der Tresor nicht gespeichert. Geben Sie etwas Speicherplatz frei und speichern Sie erneut, oder speichern Sie an einem anderen Ort.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is on a read-only disk, so the vault was not saved. Save it to another place.</source>
            <translation>%1 liegt auf einem schreibgeschützten Datenträger, daher wurde der Tresor nicht gespeichert. Speichern Sie ihn an einem anderen Ort.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is on a read-only disk.</source>
            <translation>%1 liegt auf einem schreibgeschützten Datenträger.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>You do not have permission to write next to %1, so the vault was not saved.</source>
            <translation>Sie haben keine Berechtigung, im Ordner von %1 zu schreiben, daher wurde der Tresor nicht gespeichert.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You do not have permission to read %1.</source>
            <translation>Sie haben keine Berechtigung, %1 zu lesen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The folder of %1 does not exist.</source>
            <translation>Der Ordner von %1 existiert nicht.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The vault could not be saved to %1 (%2).</source>
            <translation>Der Tresor konnte nicht unter %1 gespeichert werden (%2).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 could not be read (%2).</source>
            <translation>%1 konnte nicht gelesen werden (%2).</translation>
        </message>
        <message>
            <location filename="../core/vault/AtomicFile_posix.cpp" line="+155" />
            <source>The vault was written, but the disk did not confirm it (%1). Save again before you turn the computer off.</source>
            <translation>Der Tresor wurde geschrieben, aber der Datenträger hat es nicht bestätigt (%1). Speichern Sie erneut, bevor Sie den Computer ausschalten.</translation>
        </message>
        <message>
            <location filename="../core/vault/AtomicFile.cpp" line="-65" />
            <source>%1 could not be removed (%2).</source>
            <translation>%1 konnte nicht entfernt werden (%2).</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Auth</name>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="+14" />
            <source>a second</source>
            <translation>einer Sekunde</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n seconds</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>a minute</source>
            <translation>einer Minute</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n minutes</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is not turned on for this vault.</source>
            <translation>Die Methode „%1“ ist für diesen Tresor nicht aktiviert.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Authenticator codes are made by the app on your phone: nothing is sent.</source>
            <translation>Authenticator-Codes erzeugt die App auf Ihrem Telefon: Es wird nichts gesendet.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Too many wrong codes in a row. Try again in %1.</source>
            <translation>Zu viele falsche Codes hintereinander. Versuchen Sie es in %1 erneut.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A code was sent just now. You can ask for another in %1.</source>
            <translation>Gerade eben wurde ein Code gesendet. Sie können in %1 einen weiteren anfordern.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Five codes were sent in the last hour, the most allowed. You can ask for another in %1.</source>
            <translation>In der letzten Stunde wurden fünf Codes gesendet, das erlaubte Maximum. Sie können in %1 einen weiteren anfordern.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>That code is not right. You can try it once more.</source>
            <translation>Dieser Code ist nicht richtig. Sie können es noch einmal versuchen.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>That code is not right. You can try it %n more times.</source>
            <translation>
                <numerusform>Dieser Code ist nicht richtig. Sie können es noch %n Mal versuchen.</numerusform>
                <numerusform>Dieser Code ist nicht richtig. Sie können es noch %n Mal versuchen.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>That code is not right, and it has now been tried three times: ask for a new one.</source>
            <translation>Dieser Code ist nicht richtig, und er wurde jetzt dreimal versucht: Fordern Sie einen neuen an.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That code has expired (codes last 10 minutes): ask for a new one.</source>
            <translation>Dieser Code ist abgelaufen (Codes gelten 10 Minuten): Fordern Sie einen neuen an.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No code by text message is waiting to be checked: ask for a new one.</source>
            <translation>Es wartet kein per SMS gesendeter Code auf die Prüfung: Fordern Sie einen neuen an.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No code by email is waiting to be checked: ask for a new one.</source>
            <translation>Es wartet kein per E-Mail gesendeter Code auf die Prüfung: Fordern Sie einen neuen an.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That code has been used already. Wait for the next one in your authenticator app.</source>
            <translation>Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten in Ihrer Authenticator-App.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That code is not right. Enter the code your authenticator app shows for Twofold now.</source>
            <translation>Dieser Code ist nicht richtig. Geben Sie den Code ein, den Ihre Authenticator-App jetzt für Twofold anzeigt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>That recovery code is not right, or it has been used already.</source>
            <translation>Dieser Wiederherstellungscode ist nicht richtig, oder er wurde bereits verwendet.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This computer is no longer remembered: enter a code.</source>
            <translation>Dieser Computer ist nicht mehr gemerkt: Geben Sie einen Code ein.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This vault asks for a code at every sign-in, so computers are not remembered.</source>
            <translation>Dieser Tresor verlangt bei jeder Anmeldung einen Code, daher werden keine Computer gemerkt.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Two-factor sign-in is not on for this vault: turn on a method first.</source>
            <translation>Die Zwei-Faktor-Anmeldung ist für diesen Tresor nicht aktiviert: Aktivieren Sie zuerst eine Methode.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>That is not the code that was sent. You can try it once more.</source>
            <translation>Das ist nicht der Code, der gesendet wurde. Sie können es noch einmal versuchen.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>That is not the code that was sent. You can try it %n more times.</source>
            <translation>
                <numerusform>Das ist nicht der Code, der gesendet wurde. Sie können es noch %n Mal versuchen.</numerusform>
                <numerusform>Das ist nicht der Code, der gesendet wurde. Sie können es noch %n Mal versuchen.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>That code is not right. Check that the setup key was entered exactly and that your phone's clock is right, then enter the code the app shows now.</source>
            <translation>Dieser Code ist nicht richtig. Prüfen Sie, ob der Einrichtungsschlüssel genau so eingegeben wurde und ob die Uhr Ihres Telefons richtig geht, und geben Sie dann den Code ein, den die App jetzt anzeigt.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>One more wrong code locks sign-in for a while.</source>
            <translation>Ein weiterer falscher Code sperrt die Anmeldung für eine Weile.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>After %n more wrong codes, sign-in is locked for a while.</source>
            <translation>
                <numerusform>Nach %n weiteren falschen Code wird die Anmeldung für eine Weile gesperrt.</numerusform>
                <numerusform>Nach %n weiteren falschen Codes wird die Anmeldung für eine Weile gesperrt.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>The SMS gateway refused Twofold's sign-in: check the account and token in the delivery settings.</source>
            <translation>Das SMS-Gateway hat die Anmeldung von Twofold abgelehnt: Prüfen Sie Konto und Token in den Versandeinstellungen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server refused the sign-in: check the SMTP user name and password in the delivery settings.</source>
            <translation>Der Mailserver hat die Anmeldung abgelehnt: Prüfen Sie SMTP-Benutzername und -Passwort in den Versandeinstellungen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The SMS gateway did not answer in time. Check the network and the delivery settings, then try again.</source>
            <translation>Das SMS-Gateway hat nicht rechtzeitig geantwortet. Prüfen Sie das Netzwerk und die Versandeinstellungen und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server did not answer in time. Check the network and the delivery settings, then try again.</source>
            <translation>Der Mailserver hat nicht rechtzeitig geantwortet. Prüfen Sie das Netzwerk und die Versandeinstellungen und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No SMS gateway is set up to send codes: set one up in the delivery settings first.</source>
            <translation>Es ist kein SMS-Gateway zum Senden von Codes eingerichtet: Richten Sie zuerst eines in den Versandeinstellungen ein.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No mail server is set up to send codes: set one up in the delivery settings first.</source>
            <translation>Es ist kein Mailserver zum Senden von Codes eingerichtet: Richten Sie zuerst einen in den Versandeinstellungen ein.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The code could not be sent: the SMS gateway could not be reached or refused it. Check the delivery settings and the number, then try again.</source>
            <translation>Der Code konnte nicht gesendet werden: Das SMS-Gateway war nicht erreichbar oder hat ihn abgelehnt. Prüfen Sie die Versandeinstellungen und die Nummer und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The code could not be sent: the mail server could not be reached or refused it. Check the delivery settings and the address, then try again.</source>
            <translation>Der Code konnte nicht gesendet werden: Der Mailserver war nicht erreichbar oder hat ihn abgelehnt. Prüfen Sie die Versandeinstellungen und die Adresse und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the disk is read-only</source>
            <translation>der Datenträger ist schreibgeschützt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Twofold may not write to the vault's folder</source>
            <translation>Twofold darf nicht in den Ordner des Tresors schreiben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the vault file could not be written</source>
            <translation>die Tresordatei konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Twofold could not record this sign-in step in the vault file (%1), so no code can be accepted now. Free the disk or make it writable, then try again.</source>
            <translation>Twofold konnte diesen Anmeldeschritt nicht in der Tresordatei festhalten (%1), deshalb kann jetzt kein Code angenommen werden. Schaffen Sie Platz auf dem Datenträger oder machen Sie ihn beschreibbar und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The sign-in verifier answered for another vault. Close the vault and sign in again.</source>
            <translation>Der Anmeldeprüfer hat für einen anderen Tresor geantwortet. Schließen Sie den Tresor und melden Sie sich erneut an.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The sign-in verifier speaks another version of Twofold's sign-in protocol. Update Twofold.</source>
            <translation>Der Anmeldeprüfer spricht eine andere Version des Anmeldeprotokolls von Twofold. Aktualisieren Sie Twofold.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The vault's master password was changed in another program. Close the vault and sign in again with the new password.</source>
            <translation>Das Master-Passwort des Tresors wurde in einem anderen Programm geändert. Schließen Sie den Tresor und melden Sie sich mit dem neuen Passwort erneut an.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>That password is not right for this vault.</source>
            <translation>Dieses Passwort ist für diesen Tresor nicht richtig.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That item does not exist any more: it may have been removed in another program.</source>
            <translation>Dieser Eintrag existiert nicht mehr: Er wurde vielleicht in einem anderen Programm entfernt.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The new delivery settings were not saved, because a test code could not be sent with them: %1</source>
            <translation>Die neuen Versandeinstellungen wurden nicht gespeichert, weil mit ihnen kein Testcode gesendet werden konnte: %1</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The vault file was moved or deleted while you were signing in. Choose it again, then sign in.</source>
            <translation>Die Tresordatei wurde während der Anmeldung verschoben oder gelöscht. Wählen Sie sie erneut und melden Sie sich dann an.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The vault file could not be read while you were signing in. Check that its disk is connected and that you may read it, then try again.</source>
            <translation>Die Tresordatei konnte während der Anmeldung nicht gelesen werden. Prüfen Sie, ob ihr Datenträger angeschlossen ist und ob Sie sie lesen dürfen, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The vault was saved by a newer Twofold. Update Twofold to open it.</source>
            <translation>Der Tresor wurde von einem neueren Twofold gespeichert. Aktualisieren Sie Twofold, um ihn zu öffnen.</translation>
        </message>
        <message>
            <location line="+123" />
            <source>Another computer changed the vault on the server first. Twofold fetches its changes and sends yours again.</source>
            <translation>Ein anderer Computer hat den Tresor zuerst auf dem Server geändert. Twofold holt dessen Änderungen und sendet Ihre erneut.</translation>
        </message>
        <message>
            <location filename="../core/auth/DeliveryCodeSender.cpp" line="+32" />
            <source>Codes cannot be sent by email yet: set up the mail server first (Preferences &gt; Security &gt; Delivery, or twofold-cli delivery set smtp).</source>
            <translation>Codes können noch nicht per E-Mail gesendet werden: Richten Sie zuerst den Mailserver ein (Einstellungen &gt; Sicherheit &gt; Versand oder twofold-cli delivery set smtp).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Codes cannot be sent by text message yet: set up the SMS gateway first (Preferences &gt; Security &gt; Delivery, or twofold-cli delivery set sms).</source>
            <translation>Codes können noch nicht per SMS gesendet werden: Richten Sie zuerst das SMS-Gateway ein (Einstellungen &gt; Sicherheit &gt; Versand oder twofold-cli delivery set sms).</translation>
        </message>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="-230" />
            <location filename="../core/auth/TwoFactorStatus.cpp" line="+21" />
            <source>The sign-in verifier and this program do not understand each other. Update Twofold.</source>
            <translation>Der Anmeldeprüfer und dieses Programm verstehen einander nicht. Aktualisieren Sie Twofold.</translation>
        </message>
        <message>
            <location filename="../core/auth/Policy.cpp" line="+21" />
            <source>The administrator's policy file %1 is not valid (%2), so Twofold cannot tell how sign-in must work and will not start it. Ask your administrator to correct the file.</source>
            <translation>Die Richtliniendatei %1 Ihres Administrators ist ungültig (%2), daher kann Twofold nicht feststellen, wie die Anmeldung ablaufen muss, und startet sie nicht. Bitten Sie Ihren Administrator, die Datei zu korrigieren.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>it cannot be read: %1</source>
            <translation>sie kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>it is far too large</source>
            <translation>sie ist viel zu groß</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 at character %2</source>
            <translation>%1 an Position %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>it must be one JSON object</source>
            <translation>sie muss genau ein JSON-Objekt sein</translation>
        </message>
        <message>
            <location line="+16" />
            <source>"twoFactor" must be "off", "optional" or "required"</source>
            <translation>"twoFactor" muss "off", "optional" oder "required" sein</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"allowedMethods" must be a list</source>
            <translation>"allowedMethods" muss eine Liste sein</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"allowedMethods" may list only "authenticator", "email" and "sms"</source>
            <translation>"allowedMethods" darf nur "authenticator", "email" und "sms" enthalten</translation>
        </message>
        <message>
            <location line="+6" />
            <source>two-factor sign-in is required but no method is allowed</source>
            <translation>die Zwei-Faktor-Anmeldung ist vorgeschrieben, aber keine Methode ist erlaubt</translation>
        </message>
        <message>
            <location line="+8" />
            <source>"server" must be an https:// address</source>
            <translation>"server" muss eine https://-Adresse sein</translation>
        </message>
        <message>
            <location filename="../core/auth/SignInMethod.cpp" line="+36" />
            <source>Authenticator app</source>
            <translation>Authenticator-App</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Text message (SMS)</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation>Wiederherstellungscode</translation>
        </message>
        <message>
            <location filename="../core/auth/SignInSession.cpp" line="+27" />
            <source>This vault needs a second factor, but its two-factor settings have no method turned on. Try the backup copy of the vault (the same name ending in .bak).</source>
            <translation>Dieser Tresor verlangt einen zweiten Faktor, aber in seinen Zwei-Faktor-Einstellungen ist keine Methode aktiviert. Versuchen Sie es mit der Sicherungskopie des Tresors (derselbe Name mit der Endung .bak).</translation>
        </message>
        <message>
            <location line="+32" />
            <source>This computer does not have the account key of this vault. Give the account key from your emergency kit (TF1-…), or sign in to the account again on this computer.</source>
            <translation>Dieser Computer hat den Kontoschlüssel dieses Tresors nicht. Geben Sie den Kontoschlüssel aus Ihrem Notfall-Kit ein (TF1-…) oder melden Sie sich auf diesem Computer erneut beim Konto an.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The sign-in server accepted the password and the code, but the account key does not fit this vault: give the account key from this account's emergency kit.</source>
            <translation>Der Anmeldeserver hat Passwort und Code angenommen, aber der Kontoschlüssel passt nicht zu diesem Tresor: Geben Sie den Kontoschlüssel aus dem Notfall-Kit dieses Kontos ein.</translation>
        </message>
        <message>
            <location line="+204" />
            <source>There is already a file at %1: sign in to it, or choose another place for this account's vault.</source>
            <translation>Unter %1 gibt es bereits eine Datei: Melden Sie sich dort an, oder wählen Sie einen anderen Ort für den Tresor dieses Kontos.</translation>
        </message>
        <message>
            <location line="+426" />
            <source>This computer could not be remembered: %1</source>
            <translation>Dieser Computer konnte nicht gemerkt werden: %1</translation>
        </message>
        <message>
            <location line="+133" />
            <source>This computer could not keep the account key: %1</source>
            <translation>Dieser Computer konnte den Kontoschlüssel nicht speichern: %1</translation>
        </message>
        <message>
            <location filename="../core/auth/TwoFactorSettings.cpp" line="+24" />
            <source>Enter your master password again to change the two-factor settings.</source>
            <translation>Geben Sie Ihr Master-Passwort erneut ein, um die Zwei-Faktor-Einstellungen zu ändern.</translation>
        </message>
        <message>
            <location line="+320" />
            <location line="+12" />
            <source>No remembered computer was chosen.</source>
            <translation>Es wurde kein gemerkter Computer ausgewählt.</translation>
        </message>
        <message>
            <location line="-327" />
            <source>Wait for the change being made to finish.</source>
            <translation>Warten Sie, bis die laufende Änderung abgeschlossen ist.</translation>
        </message>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="+55" />
            <location filename="../core/auth/TwoFactorSettings.cpp" line="+205" />
            <source>This vault was opened read-only, so its two-factor settings cannot be changed.</source>
            <translation>Dieser Tresor wurde schreibgeschützt geöffnet, daher können seine Zwei-Faktor-Einstellungen nicht geändert werden.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your sign-in server sends the codes itself, so its administrator keeps these settings.</source>
            <translation>Ihr Anmeldeserver versendet die Codes selbst, daher verwaltet sein Administrator diese Einstellungen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An account with this email exists on the server already: sign in to it instead.</source>
            <translation>Auf dem Server gibt es bereits ein Konto mit dieser E-Mail-Adresse: Melden Sie sich stattdessen dort an.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The sign-in server could not be reached. Check the connection and try again.</source>
            <translation>Der Anmeldeserver war nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sign-in server %1 could not be reached. Check the connection and try again.</source>
            <translation>Der Anmeldeserver %1 war nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location line="+139" />
            <source>The certificate of the sign-in server %1 is not trusted on this computer, so nothing was sent to it. If your administrator uses a certificate authority of their own, set TWOFOLD_SERVER_CA to its certificate file (twofold-cli also takes --server-ca FILE).</source>
            <translation>Das Zertifikat des Anmeldeservers %1 ist auf diesem Computer nicht vertrauenswürdig, daher wurde nichts an ihn gesendet. Wenn Ihr Administrator eine eigene Zertifizierungsstelle verwendet, setzen Sie TWOFOLD_SERVER_CA auf deren Zertifikatsdatei (twofold-cli akzeptiert auch --server-ca DATEI).</translation>
        </message>
        <message>
            <location line="-131" />
            <source>The sign-in server is busy. Try again in %1.</source>
            <translation>Der Anmeldeserver ist ausgelastet. Versuchen Sie es in %1 erneut.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sign-in server %1 is busy. Try again in %2.</source>
            <translation>Der Anmeldeserver %1 ist ausgelastet. Versuchen Sie es in %2 erneut.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sign-in server could not take the request. Try again later, or ask its administrator.</source>
            <translation>Der Anmeldeserver konnte die Anfrage nicht annehmen. Versuchen Sie es später erneut oder fragen Sie seinen Administrator.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sign-in server %1 could not take the request. Try again later, or ask its administrator.</source>
            <translation>Der Anmeldeserver %1 konnte die Anfrage nicht annehmen. Versuchen Sie es später erneut oder fragen Sie seinen Administrator.</translation>
        </message>
        <message>
            <location line="+139" />
            <location filename="../core/auth/TwoFactorSettings.cpp" line="+58" />
            <source>Your administrator requires two-factor sign-in, so the last method cannot be turned off. Turn on another method first.</source>
            <translation>Ihr Administrator schreibt die Zwei-Faktor-Anmeldung vor, daher kann die letzte Methode nicht deaktiviert werden. Aktivieren Sie zuerst eine andere Methode.</translation>
        </message>
        <message>
            <location line="-190" />
            <source>Give the app password a name, such as the script that uses it.</source>
            <translation>Geben Sie dem App-Passwort einen Namen, etwa den des Skripts, das es verwendet.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An app password named "%1" exists already.</source>
            <translation>Ein App-Passwort namens „%1“ existiert bereits.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This vault has as many app passwords as it can hold: revoke one first.</source>
            <translation>Dieser Tresor enthält bereits so viele App-Passwörter, wie er aufnehmen kann: Widerrufen Sie zuerst eines.</translation>
        </message>
        <message>
            <location filename="../core/auth/ServerSettings.cpp" line="+158" />
            <location filename="../core/auth/TwoFactorSettings.cpp" line="+129" />
            <source>No app password is named "%1".</source>
            <translation>Es gibt kein App-Passwort namens „%1“.</translation>
        </message>
        <message>
            <location filename="../core/auth/TwoFactorSetup.cpp" line="+26" />
            <source>Your administrator has turned two-factor sign-in off on this computer.</source>
            <translation>Ihr Administrator hat die Zwei-Faktor-Anmeldung auf diesem Computer deaktiviert.</translation>
        </message>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="+180" />
            <location filename="../core/auth/TwoFactorSetup.cpp" line="+3" />
            <source>Your administrator does not allow %1 for signing in.</source>
            <translation>Ihr Administrator erlaubt die Methode „%1“ nicht für die Anmeldung.</translation>
        </message>
        <message>
            <location filename="../core/auth/TwoFactorSetup.cpp" line="+5" />
            <source>No method is being set up: start again.</source>
            <translation>Es wird gerade keine Methode eingerichtet: Beginnen Sie von vorn.</translation>
        </message>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="-228" />
            <source>The two-factor settings kept in this vault are damaged, so the second factor cannot be checked. Try the backup copy of the vault (the same name ending in .bak).</source>
            <translation>Die in diesem Tresor gespeicherten Zwei-Faktor-Einstellungen sind beschädigt, daher kann der zweite Faktor nicht geprüft werden. Versuchen Sie es mit der Sicherungskopie des Tresors (derselbe Name mit der Endung .bak).</translation>
        </message>
        <message>
            <location filename="../core/auth/AccountKey.cpp" line="+55" />
            <source>The account key kept on this computer is damaged: give the account key from your emergency kit.</source>
            <translation>Der auf diesem Computer gespeicherte Kontoschlüssel ist beschädigt: Geben Sie den Kontoschlüssel aus Ihrem Notfall-Kit ein.</translation>
        </message>
        <message>
            <location line="+29" />
            <source> (the key has no zeros: it may be the letter O)</source>
            <translation> (der Schlüssel enthält keine Nullen: Es ist wohl der Buchstabe O)</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (the key has no ones: it may be the letter I or L)</source>
            <translation> (der Schlüssel enthält keine Einsen: Es ist wohl der Buchstabe I oder L)</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (the key has no eights: it may be the letter B)</source>
            <translation> (der Schlüssel enthält keine Achten: Es ist wohl der Buchstabe B)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An account key has only the letters A to Z and the digits 2 to 7: "%1" at place %2 is not one of them%3.</source>
            <translation>Ein Kontoschlüssel besteht nur aus den Buchstaben A bis Z und den Ziffern 2 bis 7: „%1“ an Stelle %2 gehört nicht dazu%3.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>An account key has %1 letters and digits after "TF1" (eight groups of five); this one has %2. Compare it with your emergency kit.</source>
            <translation>Ein Kontoschlüssel hat nach „TF1“ %1 Buchstaben und Ziffern (acht Fünfergruppen); dieser hat %2. Vergleichen Sie ihn mit Ihrem Notfall-Kit.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>This account key has a typo: compare each group of five with your emergency kit.</source>
            <translation>Dieser Kontoschlüssel enthält einen Tippfehler: Vergleichen Sie jede Fünfergruppe mit Ihrem Notfall-Kit.</translation>
        </message>
        <message>
            <location filename="../core/auth/ServerAccount.cpp" line="+129" />
            <source>"%1" is not an email address: the account is named by one, such as name@example.org.</source>
            <translation>„%1“ ist keine E-Mail-Adresse: Das Konto wird durch eine benannt, etwa name@example.org.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This computer has no place to keep the account key, so no account can be made here.</source>
            <translation>Dieser Computer hat keinen Ort, an dem er den Kontoschlüssel speichern kann, daher kann hier kein Konto angelegt werden.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is already a file at %1. Choose another place for the new vault.</source>
            <translation>Unter %1 gibt es bereits eine Datei. Wählen Sie einen anderen Ort für den neuen Tresor.</translation>
        </message>
        <message>
            <location line="+103" />
            <source>The account %1 was made on %2, but %3 Sign in to it with "account sign-in" on this computer once that is fixed.</source>
            <translation>Das Konto %1 wurde auf %2 angelegt, aber %3 Melden Sie sich mit „account sign-in“ auf diesem Computer an, sobald das behoben ist.</translation>
        </message>
        <message>
            <location filename="../core/auth/ServerEndpoint.cpp" line="+41" />
            <source>"%1" is not the address of a sign-in server: give it as https://host or https://host:port.</source>
            <translation>„%1“ ist keine Adresse eines Anmeldeservers: Geben Sie sie als https://host oder https://host:port an.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The sign-in server's address must start with https:// ("%1" does not).</source>
            <translation>Die Adresse des Anmeldeservers muss mit https:// beginnen („%1“ tut das nicht).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The sign-in server's address may not carry a user name, a password, a query or a fragment: give it as https://host or https://host:port.</source>
            <translation>Die Adresse des Anmeldeservers darf keinen Benutzernamen, kein Passwort, keine Abfrage und kein Fragment enthalten: Geben Sie sie als https://host oder https://host:port an.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The sign-in server %1 would be reached without encryption: use https:// (plain http:// is only allowed on this computer's own address).</source>
            <translation>Der Anmeldeserver %1 würde unverschlüsselt erreicht: Verwenden Sie https:// (einfaches http:// ist nur für die eigene Adresse dieses Computers erlaubt).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The certificate file %1 could not be read: %2</source>
            <translation>Die Zertifikatsdatei %1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
            <translation>Die Datei %1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
        </message>
        <message>
            <location filename="../core/auth/ServerSettings.cpp" line="-136" />
            <source>This change needs the vault opened by signing in to its account with the master password (not with an app password). Lock the vault, sign in, and try again.</source>
            <translation>Für diese Änderung muss der Tresor durch eine Anmeldung bei seinem Konto mit dem Master-Passwort geöffnet sein (nicht mit einem App-Passwort). Sperren Sie den Tresor, melden Sie sich an und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location line="+77" />
            <source>The sign-in server has the new master password, but this computer's vault file could not be saved: %1 Sign in with the new master password from now on.</source>
            <translation>Der Anmeldeserver hat das neue Master-Passwort, aber die Tresordatei dieses Computers konnte nicht gespeichert werden: %1 Melden Sie sich ab jetzt mit dem neuen Master-Passwort an.</translation>
        </message>
        <message>
            <location filename="../core/auth/AddComputerLink.cpp" line="+22" />
            <source>This is not a Twofold "Add a computer" link: it starts with twofold://add-computer. Copy the whole link again from the computer that is signed in.</source>
            <translation>Dies ist kein Twofold-Link „Computer hinzufügen“: Er beginnt mit twofold://add-computer. Kopieren Sie den ganzen Link erneut vom angemeldeten Computer.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>This "Add a computer" link is far too long to be one: copy it again.</source>
            <translation>Dieser Link „Computer hinzufügen“ ist viel zu lang, um einer zu sein: Kopieren Sie ihn erneut.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>This "Add a computer" link gives its %1 twice: copy the whole link again.</source>
            <translation>Dieser Link „Computer hinzufügen“ enthält %1 zweimal: Kopieren Sie den ganzen Link erneut.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This "Add a computer" link has no server address: copy the whole link again.</source>
            <translation>Diesem Link „Computer hinzufügen“ fehlt die Serveradresse: Kopieren Sie den ganzen Link erneut.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This "Add a computer" link has no email: copy the whole link again.</source>
            <translation>Diesem Link „Computer hinzufügen“ fehlt die E-Mail-Adresse: Kopieren Sie den ganzen Link erneut.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This "Add a computer" link has no account key: copy the whole link again.</source>
            <translation>Diesem Link „Computer hinzufügen“ fehlt der Kontoschlüssel: Kopieren Sie den ganzen Link erneut.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server address in this "Add a computer" link is not a web address (https://…): copy the whole link again.</source>
            <translation>Die Serveradresse in diesem Link „Computer hinzufügen“ ist keine Webadresse (https://…): Kopieren Sie den ganzen Link erneut.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The email in this "Add a computer" link is not an email address: copy the whole link again.</source>
            <translation>Die E-Mail in diesem Link „Computer hinzufügen“ ist keine E-Mail-Adresse: Kopieren Sie den ganzen Link erneut.</translation>
        </message>
        <message>
            <location filename="../core/auth/ForgetComputer.cpp" line="+23" />
            <source>This vault is kept on this computer only, with no account on a server: there is nothing to sign out of, and removing its file would lose it.</source>
            <translation>Dieser Tresor liegt nur auf diesem Computer, ohne Konto auf einem Server: Es gibt nichts abzumelden, und das Entfernen seiner Datei würde ihn verlieren.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Cli</name>
        <message>
            <location filename="../app/cli/Arguments.cpp" line="+90" />
            <source>There is no option %1 (see twofold-cli --help).</source>
            <translation>Es gibt keine Option %1 (siehe twofold-cli --help).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is no option --%1 (see twofold-cli --help).</source>
            <translation>Es gibt keine Option --%1 (siehe twofold-cli --help).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The option --%1 takes no value.</source>
            <translation>Die Option --%1 nimmt keinen Wert an.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The option --%1 needs a value: --%1 %2.</source>
            <translation>Die Option --%1 braucht einen Wert: --%1 %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The option --%1 is given more than once.</source>
            <translation>Die Option --%1 wurde mehr als einmal angegeben.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Name a command (see twofold-cli --help).</source>
            <translation>Geben Sie einen Befehl an (siehe twofold-cli --help).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The command "%1" needs one of: %2.</source>
            <translation>Der Befehl „%1“ braucht eine dieser Aktionen: %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../app/cli/CommandTable.cpp" line="+139" />
            <source>There is no command "%1" (see twofold-cli --help).</source>
            <translation>Es gibt keinen Befehl „%1“ (siehe twofold-cli --help).</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The option --%1 does not apply to "%2" (see twofold-cli help %2).</source>
            <translation>Die Option --%1 gilt nicht für „%2“ (siehe twofold-cli help %2).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The command "%1" needs more arguments: %2.</source>
            <translation>Der Befehl „%1“ braucht weitere Argumente: %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The command "%1" does not take "%2": %3.</source>
            <translation>Der Befehl „%1“ nimmt „%2“ nicht an: %3.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The option --%1 needs a whole number, not "%2".</source>
            <translation>Die Option --%1 braucht eine ganze Zahl, nicht „%2“.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The option --%1 must be between %2 and %3.</source>
            <translation>Die Option --%1 muss zwischen %2 und %3 liegen.</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandHelpers.cpp" line="+98" />
            <source>%1 entries in the trash are called "%2": name one by its id (shown by "trash ls --ids").</source>
            <translation>Im Papierkorb heißen %1 Einträge „%2“: Geben Sie einen davon über seine ID an (angezeigt von „trash ls --ids“).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is no entry called "%1" in the trash.</source>
            <translation>Im Papierkorb gibt es keinen Eintrag namens „%1“.</translation>
        </message>
        <message>
            <location line="+81" />
            <source>The user name</source>
            <translation>Der Benutzername</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The web address</source>
            <translation>Die Webadresse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The notes</source>
            <translation>Die Notizen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The tags, separated by commas ("" for none)</source>
            <translation>Die Tags, durch Kommas getrennt ("" für keine)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The group, as a path "A/B" (created if missing; "" for the top)</source>
            <translation>Die Gruppe als Pfad „A/B“ (wird angelegt, falls sie fehlt; "" für die oberste Ebene)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Set a random password of N characters (default 20) instead of asking</source>
            <translation>Ein zufälliges Passwort aus N Zeichen (Standard 20) setzen, statt danach zu fragen</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandTable.cpp" line="-104" />
            <source>Explain a command</source>
            <translation>Einen Befehl erklären</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Usage: twofold-cli [OPTIONS] COMMAND [ARGUMENTS]</source>
            <translation>Aufruf: twofold-cli [OPTIONS] COMMAND [ARGUMENTS]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Twofold's command line: your vault, and passwords and passphrases, for people and scripts.</source>
            <translation>Die Befehlszeile von Twofold: Ihr Tresor sowie Passwörter und Passphrasen, für Menschen und Skripte.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Commands:</source>
            <translation>Befehle:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Options for every command (before or after it):</source>
            <translation>Optionen für jeden Befehl (davor oder danach):</translation>
        </message>
        <message>
            <location line="+6" />
            <source>ENTRY is the exact title of an entry, or its id (see "ls --ids"). Secrets are never taken from the command line.</source>
            <translation>ENTRY ist der genaue Titel eines Eintrags oder seine ID (siehe „ls --ids“). Geheimnisse werden nie von der Befehlszeile übernommen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exit status: 0 success, 1 usage, 2 wrong password or code, 3 locked out, 4 a problem with the vault file, 5 the mail server, SMS gateway or sign-in server could not be reached or refused delivery.</source>
            <translation>Exit-Status: 0 Erfolg, 1 falscher Aufruf, 2 falsches Passwort oder falscher Code, 3 gesperrt, 4 ein Problem mit der Tresordatei, 5 Mailserver, SMS-Gateway oder Anmeldeserver nicht erreichbar oder Zustellung abgelehnt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"twofold-cli help COMMAND" explains a command.</source>
            <translation>„twofold-cli help COMMAND“ erklärt einen Befehl.</translation>
        </message>
        <message>
            <location line="+7" />
            <source> [OPTIONS]</source>
            <translation> [OPTIONS]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Usage: %1</source>
            <translation>Aufruf: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Options:</source>
            <translation>Optionen:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The options for every command (--vault, --password-stdin, …) are listed by "twofold-cli --help".</source>
            <translation>Die Optionen für jeden Befehl (--vault, --password-stdin, …) listet „twofold-cli --help“ auf.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Usage:</source>
            <translation>Aufruf:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"twofold-cli help %1 ACTION" explains an action.</source>
            <translation>„twofold-cli help %1 ACTION“ erklärt eine Aktion.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The vault file (default: $TWOFOLD_VAULT, else vault.twofold in Twofold's data folder)</source>
            <translation>Die Tresordatei (Standard: $TWOFOLD_VAULT, sonst vault.twofold im Datenordner von Twofold)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Read the master password, then every later answer, one line each from standard input</source>
            <translation>Das Master-Passwort und danach jede weitere Antwort zeilenweise von der Standardeingabe lesen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Take the master password from the environment variable VAR</source>
            <translation>Das Master-Passwort aus der Umgebungsvariablen VAR nehmen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in with this second factor: authenticator, email or sms (default: the vault's default method)</source>
            <translation>Mit diesem zweiten Faktor anmelden: authenticator, email oder sms (Standard: die Standardmethode des Tresors)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The second-factor answer is one of the vault's recovery codes</source>
            <translation>Die Antwort für den zweiten Faktor ist einer der Wiederherstellungscodes des Tresors</translation>
        </message>
        <message>
            <location line="+3" />
            <source>After a right code, remember this computer for 30 days: later sign-ins here skip the code when the vault allows it (2fa ask new-computers)</source>
            <translation>Nach einem richtigen Code diesen Computer 30 Tage lang merken: Spätere Anmeldungen hier fragen keinen Code ab, wenn der Tresor es erlaubt (2fa ask new-computers)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The password given is one of the vault's app passwords (no second factor is asked; two-factor settings cannot be changed with it)</source>
            <translation>Das angegebene Passwort ist eines der App-Passwörter des Tresors (es wird kein zweiter Faktor abgefragt; die Zwei-Faktor-Einstellungen können damit nicht geändert werden)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sign-in server of a new account (account create, account sign-in); later commands take it from the vault file</source>
            <translation>Der Anmeldeserver eines neuen Kontos (account create, account sign-in); spätere Befehle entnehmen ihn der Tresordatei</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trust only the certificate authorities in this PEM file for the sign-in server (a private CA)</source>
            <translation>Für den Anmeldeserver nur den Zertifizierungsstellen in dieser PEM-Datei vertrauen (eine private CA)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show this help, or a command's</source>
            <translation>Diese Hilfe anzeigen oder die eines Befehls</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the version</source>
            <translation>Die Version anzeigen</translation>
        </message>
        <message>
            <location filename="../app/cli/Console.cpp" line="+89" />
            <source>Twofold needs %1, but there is no terminal to ask on: pass --password-stdin to give it as a line of standard input.</source>
            <translation>Twofold benötigt %1, aber es gibt kein Terminal, in dem danach gefragt werden kann: Übergeben Sie --password-stdin, um den Wert als Zeile der Standardeingabe anzugeben.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+23" />
            <source>The answer giving %1 is longer than %2 bytes.</source>
            <translation>Die Antwort, mit der Sie %1 angeben, ist länger als %2 Bytes.</translation>
        </message>
        <message>
            <location line="-18" />
            <location line="+22" />
            <source>The input ended before %1 was given.</source>
            <translation>Die Eingabe endete, bevor Sie %1 angegeben haben.</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Standard input ended before %1 was given.</source>
            <translation>Die Standardeingabe endete, bevor Sie %1 angegeben haben.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The two entries of %1 differ; nothing was changed.</source>
            <translation>Die beiden Eingaben für %1 stimmen nicht überein; es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../app/cli/DeliveryCommands.cpp" line="+69" />
            <source>--security takes starttls, tls or none (none only for this computer).</source>
            <translation>--security nimmt starttls, tls oder none an (none nur für diesen Computer).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>delivery set smtp needs --host HOST and --from ADDRESS.</source>
            <translation>delivery set smtp braucht --host HOST und --from ADDRESS.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>SMTP password for %1: </source>
            <translation>SMTP-Passwort für %1: </translation>
        </message>
        <message>
            <location line="+0" />
            <source>the SMTP password</source>
            <translation>das SMTP-Passwort</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Twilio auth token: </source>
            <translation>Twilio-Auth-Token: </translation>
        </message>
        <message>
            <location line="+0" />
            <source>the auth token</source>
            <translation>das Auth-Token</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--provider takes twilio or webhook.</source>
            <translation>--provider nimmt twilio oder webhook an.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>delivery set takes smtp or sms.</source>
            <translation>delivery set nimmt smtp oder sms an.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The delivery settings were saved.</source>
            <translation>Die Versandeinstellungen wurden gespeichert.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Say where the test goes: --to ADDRESS for mail, --phone NUMBER for SMS.</source>
            <translation>Geben Sie an, wohin der Test geht: --to ADDRESS für E-Mail, --phone NUMBER für SMS.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No mail server is set: use "twofold-cli delivery set smtp" first.</source>
            <translation>Es ist kein Mailserver eingerichtet: Verwenden Sie zuerst „twofold-cli delivery set smtp“.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A test mail was sent to %1.</source>
            <translation>Eine Test-E-Mail wurde an %1 gesendet.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A test message was sent to %1.</source>
            <translation>Eine Testnachricht wurde an %1 gesendet.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Set where sign-in codes are sent from</source>
            <translation>Festlegen, von wo Anmeldecodes gesendet werden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smtp: --host, --port, --security, --user, --from, --from-name, --ca-file; the SMTP password is the next answer. sms: --provider twilio with --base-url, --account-sid and --from (the auth token is the next answer), or --provider webhook with --url and --body-template.</source>
            <translation>smtp: --host, --port, --security, --user, --from, --from-name, --ca-file; das SMTP-Passwort ist die nächste Antwort. sms: --provider twilio mit --base-url, --account-sid und --from (das Auth-Token ist die nächste Antwort) oder --provider webhook mit --url und --body-template.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>smtp: the mail server</source>
            <translation>smtp: der Mailserver</translation>
        </message>
        <message>
            <location line="+2" />
            <source>smtp: its port (default: 587, or 465 with tls)</source>
            <translation>smtp: sein Port (Standard: 587, bzw. 465 mit tls)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smtp: starttls (default) or tls</source>
            <translation>smtp: starttls (Standard) oder tls</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smtp: the user name to sign in with</source>
            <translation>smtp: der Benutzername für die Anmeldung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the sender: a mail address, or an SMS number</source>
            <translation>der Absender: eine E-Mail-Adresse oder eine SMS-Nummer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smtp: the sender's name</source>
            <translation>smtp: der Name des Absenders</translation>
        </message>
        <message>
            <location line="+2" />
            <source>extra certificate authorities to trust</source>
            <translation>zusätzliche Zertifizierungsstellen, denen vertraut werden soll</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sms: twilio or webhook</source>
            <translation>sms: twilio oder webhook</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sms: the Twilio API's address</source>
            <translation>sms: die Adresse der Twilio-API</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sms: the Twilio account SID</source>
            <translation>sms: die Konto-SID bei Twilio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sms: the webhook's address</source>
            <translation>sms: die Adresse des Webhooks</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sms: the webhook's JSON, with {to}, {body} and {code}</source>
            <translation>sms: das JSON des Webhooks, mit {to}, {body} und {code}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Send a test mail or SMS with the delivery settings</source>
            <translation>Eine Test-E-Mail oder -SMS mit den Versandeinstellungen senden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>send a test mail here</source>
            <translation>eine Test-E-Mail hierhin senden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>send a test SMS here</source>
            <translation>eine Test-SMS hierhin senden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the country the number is dialled from</source>
            <translation>das Land, aus dem die Nummer gewählt wird</translation>
        </message>
        <message>
            <location filename="../app/cli/EntryCommands.cpp" line="+24" />
            <source>There is already an entry called "%1": choose another title, or change that entry with "twofold-cli edit".</source>
            <translation>Es gibt bereits einen Eintrag namens „%1“: Wählen Sie einen anderen Titel, oder ändern Sie diesen Eintrag mit „twofold-cli edit“.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Password for "%1": </source>
            <translation>Passwort für „%1“: </translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="+59" />
            <location filename="../app/cli/EntryCommands.cpp" line="+1" />
            <location filename="../app/cli/IoCommands.cpp" line="+164" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="+259" />
            <location filename="../app/cli/VaultCommands.cpp" line="+57" />
            <source>Type it again: </source>
            <translation>Noch einmal eingeben: </translation>
        </message>
        <message>
            <location filename="../app/cli/EntryCommands.cpp" line="+0" />
            <source>the entry's password</source>
            <translation>das Passwort des Eintrags</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+46" />
            <source>An entry needs a title.</source>
            <translation>Ein Eintrag braucht einen Titel.</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Added "%1".</source>
            <translation>„%1“ hinzugefügt.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Say what to change, for example --username U (see twofold-cli help edit).</source>
            <translation>Geben Sie an, was geändert werden soll, zum Beispiel --username U (siehe twofold-cli help edit).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give --generate or --ask-password, not both.</source>
            <translation>Geben Sie --generate oder --ask-password an, nicht beides.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Changed "%1".</source>
            <translation>„%1“ geändert.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>"%1" is already in the trash: "rm --permanent" deletes it for good.</source>
            <translation>„%1“ ist bereits im Papierkorb: „rm --permanent“ löscht den Eintrag endgültig.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Deleted "%1" for good.</source>
            <translation>„%1“ endgültig gelöscht.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Moved "%1" to the trash.</source>
            <translation>„%1“ in den Papierkorb verschoben.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Restored "%1".</source>
            <translation>„%1“ wiederhergestellt.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The trash is already empty.</source>
            <translation>Der Papierkorb ist bereits leer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deleted 1 entry for good.</source>
            <translation>1 Eintrag endgültig gelöscht.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted %1 entries for good.</source>
            <translation>%1 Einträge endgültig gelöscht.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The new title</source>
            <translation>Der neue Titel</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ask for a new password (the next line of standard input with --password-stdin)</source>
            <translation>Nach einem neuen Passwort fragen (mit --password-stdin die nächste Zeile der Standardeingabe)</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../app/cli/VaultCommands.cpp" line="+131" />
            <source>Print each entry's id, a tab, then its title</source>
            <translation>Für jeden Eintrag die ID, einen Tabulator und dann den Titel ausgeben</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add an entry</source>
            <translation>Einen Eintrag hinzufügen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Without --generate, asks for the entry's password (twice at a terminal; the line after the master password with --password-stdin).</source>
            <translation>Ohne --generate wird nach dem Passwort des Eintrags gefragt (am Terminal zweimal; mit --password-stdin die Zeile nach dem Master-Passwort).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Change an entry</source>
            <translation>Einen Eintrag ändern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only the fields named by options change; the old password is kept in the entry's history.</source>
            <translation>Nur die mit Optionen angegebenen Felder ändern sich; das alte Passwort bleibt im Verlauf des Eintrags erhalten.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Move an entry to the trash</source>
            <translation>Einen Eintrag in den Papierkorb verschieben</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete it for good instead (also an entry already in the trash)</source>
            <translation>Stattdessen endgültig löschen (auch einen Eintrag, der bereits im Papierkorb ist)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>List the entries in the trash</source>
            <translation>Die Einträge im Papierkorb auflisten</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Take an entry out of the trash</source>
            <translation>Einen Eintrag aus dem Papierkorb zurückholen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete every entry in the trash for good</source>
            <translation>Alle Einträge im Papierkorb endgültig löschen</translation>
        </message>
        <message>
            <location filename="../app/cli/EventWait.h" line="+39" />
            <source>Twofold gave up waiting after two minutes; nothing more was done.</source>
            <translation>Twofold hat nach zwei Minuten aufgehört zu warten; es wurde nichts weiter getan.</translation>
        </message>
        <message>
            <location filename="../app/cli/GenerateCommand.cpp" line="+31" />
            <source>Give --length for a password or --words for a passphrase, not both.</source>
            <translation>Geben Sie --length für ein Passwort oder --words für eine Passphrase an, nicht beides.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The option --%1 applies to passwords, not to passphrases (--words).</source>
            <translation>Die Option --%1 gilt für Passwörter, nicht für Passphrasen (--words).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The option --%1 applies to passphrases: add --words N.</source>
            <translation>Die Option --%1 gilt für Passphrasen: Fügen Sie --words N hinzu.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Print a random password or passphrase</source>
            <translation>Ein zufälliges Passwort oder eine zufällige Passphrase ausgeben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A password of 20 characters with lower and upper case letters, digits and symbols (at least one of each) unless told otherwise; with --words, a passphrase of words from the EFF large word list.</source>
            <translation>Sofern nicht anders angegeben, ein Passwort aus 20 Zeichen mit Klein- und Großbuchstaben, Ziffern und Symbolen (mindestens je eines); mit --words eine Passphrase aus Wörtern der großen Wortliste der EFF.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A password of N characters (8 to 128; default 20)</source>
            <translation>Ein Passwort aus N Zeichen (8 bis 128; Standard 20)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A passphrase of N words (3 to 20) instead</source>
            <translation>Stattdessen eine Passphrase aus N Wörtern (3 bis 20)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No lower-case letters</source>
            <translation>Keine Kleinbuchstaben</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No upper-case letters</source>
            <translation>Keine Großbuchstaben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No digits</source>
            <translation>Keine Ziffern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No symbols</source>
            <translation>Keine Symbole</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Leave out characters easily mistaken for others (I l 1 | O 0 o)</source>
            <translation>Zeichen weglassen, die leicht mit anderen verwechselt werden (I l 1 | O 0 o)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Put S between the words (default "-")</source>
            <translation>S zwischen die Wörter setzen (Standard „-“)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start each word with a capital letter</source>
            <translation>Jedes Wort mit einem Großbuchstaben beginnen</translation>
        </message>
        <message>
            <location filename="../app/cli/OtpCommands.cpp" line="+32" />
            <source>otpauth:// link or setup URI: </source>
            <translation>otpauth://-Link oder Einrichtungs-URI: </translation>
        </message>
        <message>
            <location line="+0" />
            <source>the otpauth:// link</source>
            <translation>den otpauth://-Link</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--at takes a time in seconds since 1970 (Unix time), such as 1700000000.</source>
            <translation>--at nimmt eine Zeit in Sekunden seit 1970 (Unix-Zeit) an, etwa 1700000000.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>"%1" has no two-factor code: add one with "twofold-cli edit ENTRY --otp URI".</source>
            <translation>„%1“ hat keinen Zwei-Faktor-Code: Fügen Sie einen mit „twofold-cli edit ENTRY --otp URI“ hinzu.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Valid for %1 more seconds.</source>
            <translation>Noch %1 Sekunden gültig.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Counter %1.</source>
            <translation>Zähler %1.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>A two-factor (otpauth://) link for the entry; "-" reads it from standard input, after any password</source>
            <translation>Ein Zwei-Faktor-Link (otpauth://) für den Eintrag; „-“ liest ihn von der Standardeingabe, nach einem etwaigen Passwort</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Print the code an otpauth:// link gives</source>
            <translation>Den Code ausgeben, den ein otpauth://-Link ergibt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs no vault. "-" reads the link from standard input, which keeps the secret off the command line. HOTP links use their counter.</source>
            <translation>Braucht keinen Tresor. „-“ liest den Link von der Standardeingabe, sodass das Geheimnis nicht in der Befehlszeile steht. HOTP-Links verwenden ihren Zähler.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The code at this time instead of now</source>
            <translation>Der Code zu diesem Zeitpunkt statt jetzt</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Print an entry's current two-factor code</source>
            <translation>Den aktuellen Zwei-Faktor-Code eines Eintrags ausgeben</translation>
        </message>
        <message>
            <location filename="../app/cli/SettingsSession.cpp" line="+49" />
            <source>"%1" is not a sign-in method: say authenticator, email or sms.</source>
            <translation>„%1“ ist keine Anmeldemethode: Geben Sie authenticator, email oder sms an.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Your recovery codes follow, one a line. Keep them somewhere safe: each signs in once when no other method can, and they are not shown again.</source>
            <translation>Es folgen Ihre Wiederherstellungscodes, einer pro Zeile. Bewahren Sie sie an einem sicheren Ort auf: Mit jedem können Sie sich einmal anmelden, wenn keine andere Methode möglich ist, und sie werden nicht noch einmal angezeigt.</translation>
        </message>
        <message>
            <location filename="../app/cli/SignIn.cpp" line="+60" />
            <source>Account key (TF1-…; press Enter if this computer has it): </source>
            <translation>Kontoschlüssel (TF1-…; Eingabetaste, wenn dieser Computer ihn hat): </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account key (TF1-…): </source>
            <translation>Kontoschlüssel (TF1-…): </translation>
        </message>
        <message>
            <location line="+1" />
            <source>the account key</source>
            <translation>den Kontoschlüssel</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This computer does not have the account key of this vault: give it (TF1-…, from your emergency kit) on the line after the master password.</source>
            <translation>Dieser Computer hat den Kontoschlüssel dieses Tresors nicht: Geben Sie ihn (TF1-…, aus Ihrem Notfall-Kit) in der Zeile nach dem Master-Passwort an.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>--method takes authenticator, email or sms (for a recovery code, give --recovery-code).</source>
            <translation>--method nimmt authenticator, email oder sms an (für einen Wiederherstellungscode geben Sie --recovery-code an).</translation>
        </message>
        <message>
            <location line="+39" />
            <source>A sign-in code was sent to %1.</source>
            <translation>Ein Anmeldecode wurde an %1 gesendet.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This computer is remembered until %1: later sign-ins here skip the code.</source>
            <translation>Dieser Computer wird bis %1 gemerkt: Spätere Anmeldungen hier fragen keinen Code ab.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Recovery code accepted: %n left. Every remembered computer was forgotten.</source>
            <translation>
                <numerusform>Wiederherstellungscode akzeptiert: noch %n übrig. Alle gemerkten Computer wurden vergessen.</numerusform>
                <numerusform>Wiederherstellungscode akzeptiert: noch %n übrig. Alle gemerkten Computer wurden vergessen.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Twofold signed in but could not open the vault.</source>
            <translation>Twofold hat Sie angemeldet, konnte den Tresor aber nicht öffnen.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Your administrator does not allow the method %1: give another --method.</source>
            <translation>Ihr Administrator erlaubt die Methode „%1“ nicht: Geben Sie eine andere --method an.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Recovery code: </source>
            <translation>Wiederherstellungscode: </translation>
        </message>
        <message>
            <location line="+0" />
            <source>a recovery code</source>
            <translation>einen Wiederherstellungscode</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Code from your authenticator app: </source>
            <translation>Code aus Ihrer Authenticator-App: </translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-148" />
            <source>Code you received: </source>
            <translation>Erhaltener Code: </translation>
        </message>
        <message>
            <location line="+1" />
            <source>the sign-in code</source>
            <translation>den Anmeldecode</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This vault asks for the code at every sign-in, so this computer is not remembered ("2fa ask new-computers" changes that).</source>
            <translation>Dieser Tresor fragt bei jeder Anmeldung nach dem Code, daher wird dieser Computer nicht gemerkt („2fa ask new-computers“ ändert das).</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The environment variable %1 (named by --password-env) is not set or empty.</source>
            <translation>Die Umgebungsvariable %1 (angegeben mit --password-env) ist nicht gesetzt oder leer.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>the master password</source>
            <translation>das Master-Passwort</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is no vault at %1: create one with "twofold-cli init", or name another with --vault.</source>
            <translation>Unter %1 gibt es keinen Tresor: Erstellen Sie einen mit „twofold-cli init“, oder geben Sie mit --vault einen anderen an.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+58" />
            <source>Master password: </source>
            <translation>Master-Passwort: </translation>
        </message>
        <message>
            <location line="-21" />
            <source>Your administrator requires two-factor sign-in and this vault has none yet: turn on a method first with "twofold-cli 2fa enable authenticator" (or email or sms; see "twofold-cli 2fa status" for those allowed).</source>
            <translation>Ihr Administrator verlangt die Zwei-Faktor-Anmeldung, und dieser Tresor hat noch keine: Aktivieren Sie zuerst eine Methode mit „twofold-cli 2fa enable authenticator“ (oder email oder sms; die erlaubten zeigt „twofold-cli 2fa status“).</translation>
        </message>
        <message>
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-83" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Two-factor sign-in: on</source>
            <translation>Zwei-Faktor-Anmeldung: ein</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Two-factor sign-in: off</source>
            <translation>Zwei-Faktor-Anmeldung: aus</translation>
        </message>
        <message>
            <location line="+2" />
            <source>on</source>
            <translation>ein</translation>
        </message>
        <message>
            <location line="+0" />
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <location line="+5" />
            <source> (default)</source>
            <translation> (Standard)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>, added %1</source>
            <translation>, hinzugefügt: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Recovery codes left: %1</source>
            <translation>Verbleibende Wiederherstellungscodes: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Code asked: at every sign-in</source>
            <translation>Code wird abgefragt: bei jeder Anmeldung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code asked: on computers not remembered</source>
            <translation>Code wird abgefragt: auf nicht gemerkten Computern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remembered computers: %1</source>
            <translation>Gemerkte Computer: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Codes are checked by %1 (the sign-in server; it sends email and SMS codes itself)</source>
            <translation>Codes werden von %1 geprüft (dem Anmeldeserver; er versendet E-Mail- und SMS-Codes selbst)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delivery settings: saved</source>
            <translation>Versandeinstellungen: gespeichert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivery settings: none</source>
            <translation>Versandeinstellungen: keine</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Required</source>
            <translation>Erforderlich</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Policy: %1 (no policy file at %2)</source>
            <translation>Richtlinie: %1 (keine Richtliniendatei unter %2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Policy: %1 (from %2)</source>
            <translation>Richtlinie: %1 (aus %2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Methods allowed: %1</source>
            <translation>Erlaubte Methoden: %1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Current code from your authenticator app: </source>
            <translation>Aktueller Code aus Ihrer Authenticator-App: </translation>
        </message>
        <message>
            <location line="+2" />
            <source>the code that confirms the new method</source>
            <translation>den Code, der die neue Methode bestätigt</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Say where the codes go with --address ADDRESS.</source>
            <translation>Geben Sie mit --address ADDRESS an, wohin die Codes gehen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say where the codes go with --phone NUMBER.</source>
            <translation>Geben Sie mit --phone NUMBER an, wohin die Codes gehen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--address goes with email and --phone with sms.</source>
            <translation>--address gehört zu email und --phone zu sms.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 is already on.</source>
            <translation>Die Methode „%1“ ist bereits aktiviert.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your administrator does not allow the method %1.</source>
            <translation>Ihr Administrator erlaubt die Methode „%1“ nicht.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add this account to your authenticator app: open the link below, or type the setup key for %1 (issuer %2).</source>
            <translation>Fügen Sie dieses Konto Ihrer Authenticator-App hinzu: Öffnen Sie den Link unten, oder tippen Sie den Einrichtungsschlüssel für %1 (Aussteller %2) ein.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>A code was sent to %1.</source>
            <translation>Ein Code wurde an %1 gesendet.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is on.</source>
            <translation>Die Methode „%1“ ist aktiviert.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 is already off.</source>
            <translation>Die Methode „%1“ ist bereits deaktiviert.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is off.</source>
            <translation>Die Methode „%1“ ist deaktiviert.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is off; two-factor sign-in is now off.</source>
            <translation>Die Methode „%1“ ist deaktiviert; die Zwei-Faktor-Anmeldung ist jetzt ausgeschaltet.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 is now the method asked first.</source>
            <translation>Die Methode „%1“ wird jetzt zuerst abgefragt.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>"%1" is not a choice: say always or new-computers.</source>
            <translation>„%1“ ist keine Wahl: Geben Sie always oder new-computers an.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The code is now asked at every sign-in.</source>
            <translation>Der Code wird jetzt bei jeder Anmeldung abgefragt.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The code is now asked only on computers not remembered.</source>
            <translation>Der Code wird jetzt nur auf nicht gemerkten Computern abgefragt.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The master password was changed; every remembered computer was forgotten.</source>
            <translation>Das Master-Passwort wurde geändert; alle gemerkten Computer wurden vergessen.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The old recovery codes no longer work.</source>
            <translation>Die alten Wiederherstellungscodes funktionieren nicht mehr.</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>Every remembered computer was forgotten (%n in all).</source>
            <translation>
                <numerusform>Alle gemerkten Computer wurden vergessen (insgesamt %n).</numerusform>
                <numerusform>Alle gemerkten Computer wurden vergessen (insgesamt %n).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>The app password "%1" follows; it is not shown again.</source>
            <translation>Es folgt das App-Passwort „%1“; es wird nicht noch einmal angezeigt.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The app password "%1" was revoked.</source>
            <translation>Das App-Passwort „%1“ wurde widerrufen.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Show the vault's two-factor sign-in methods</source>
            <translation>Die Zwei-Faktor-Anmeldemethoden des Tresors anzeigen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Turn a second-factor method on</source>
            <translation>Eine Methode für den zweiten Faktor aktivieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>authenticator prints the otpauth:// link and the setup key, one a line, then reads a current code; email and sms send a code and read it. The first method turned on prints ten recovery codes, one a line.</source>
            <translation>authenticator gibt den otpauth://-Link und den Einrichtungsschlüssel aus, einen pro Zeile, und liest dann einen aktuellen Code ein; email und sms senden einen Code und lesen ihn ein. Die erste aktivierte Methode gibt zehn Wiederherstellungscodes aus, einen pro Zeile.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>email: where the codes go</source>
            <translation>email: wohin die Codes gehen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sms: the mobile number the codes go to</source>
            <translation>sms: die Mobilnummer, an die die Codes gehen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sms: the country the number is dialled from (GB, US, …)</source>
            <translation>sms: das Land, aus dem die Nummer gewählt wird (GB, US, …)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>authenticator: the account name the app shows</source>
            <translation>authenticator: der Kontoname, den die App anzeigt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Turn a second-factor method off</source>
            <translation>Eine Methode für den zweiten Faktor deaktivieren</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Make a method the one asked first</source>
            <translation>Eine Methode zu der machen, die zuerst abgefragt wird</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ask the code at every sign-in, or only on computers not remembered</source>
            <translation>Den Code bei jeder Anmeldung abfragen oder nur auf nicht gemerkten Computern</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Change the master password (the new one is the next line of standard input with --password-stdin)</source>
            <translation>Das Master-Passwort ändern (mit --password-stdin ist das neue die nächste Zeile der Standardeingabe)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Make a new set of recovery codes (the old set stops working)</source>
            <translation>Einen neuen Satz Wiederherstellungscodes erstellen (der alte Satz funktioniert dann nicht mehr)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Forget every remembered computer</source>
            <translation>Alle gemerkten Computer vergessen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Make an app password for a script (shown once)</source>
            <translation>Ein App-Passwort für ein Skript erstellen (wird einmal angezeigt)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>List app passwords: name, created, last used</source>
            <translation>App-Passwörter auflisten: Name, erstellt, zuletzt verwendet</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Revoke an app password</source>
            <translation>Ein App-Passwort widerrufen</translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="-29" />
            <source>Say which sign-in server keeps the account: --server https://host[:port].</source>
            <translation>Geben Sie an, welcher Anmeldeserver das Konto führt: --server https://host[:port].</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandHelpers.cpp" line="+54" />
            <source>The option --kdf-memory must be between 1 and %1 MiB.</source>
            <translation>Die Option --kdf-memory muss zwischen 1 und %1 MiB liegen.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--kdf-memory times --kdf-iterations may be at most %1 (MiB times passes): more would make every unlock take minutes.</source>
            <translation>--kdf-memory mal --kdf-iterations darf höchstens %1 betragen (MiB mal Durchläufe): mehr ließe jedes Entsperren Minuten dauern.</translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="+24" />
            <source>There is already a file at %1: name another with --vault for the account's vault.</source>
            <translation>Unter %1 gibt es bereits eine Datei: Nennen Sie mit --vault eine andere für den Tresor des Kontos.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Created the account %1 on %2 and its vault %3. Your account key follows: it is shown only now. Keep it with your master password (print it, or store it offline): another computer needs it to open this vault.</source>
            <translation>Das Konto %1 auf %2 und sein Tresor %3 wurden angelegt. Es folgt Ihr Kontoschlüssel: Er wird nur jetzt angezeigt. Bewahren Sie ihn bei Ihrem Master-Passwort auf (ausgedruckt oder offline): Ein anderer Computer braucht ihn, um diesen Tresor zu öffnen.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is already a file at %1: it may be this account's vault (then use it with no --server), or name another with --vault.</source>
            <translation>Unter %1 gibt es bereits eine Datei: Vielleicht ist es der Tresor dieses Kontos (dann verwenden Sie ihn ohne --server), oder nennen Sie mit --vault eine andere.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Signed in to %1 on %2: this computer's vault is %3. Later commands on it go through the server with no --server.</source>
            <translation>Bei %1 auf %2 angemeldet: Der Tresor dieses Computers ist %3. Spätere Befehle darauf laufen ohne --server über den Server.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>The vault holds %n entries.</source>
            <translation>
                <numerusform>Der Tresor enthält %n Eintrag.</numerusform>
                <numerusform>Der Tresor enthält %n Einträge.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>Create an account on a sign-in server (--server) and its vault</source>
            <translation>Ein Konto auf einem Anmeldeserver (--server) und seinen Tresor anlegen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Asks for the new master password (twice at a terminal, once with --password-stdin), makes the account on the server named by --server and the vault at --vault (or the default path), and prints the account key on a line of its own, once. The server checks the second factor: the vault file opens only with the master password, the account key (kept on this computer) and what the server releases.</source>
            <translation>Fragt nach dem neuen Master-Passwort (am Terminal zweimal, mit --password-stdin einmal), legt das Konto auf dem mit --server genannten Server und den Tresor unter --vault (oder am Standardort) an und gibt den Kontoschlüssel einmal in einer eigenen Zeile aus. Der Server prüft den zweiten Faktor: Die Tresordatei öffnet sich nur mit dem Master-Passwort, dem Kontoschlüssel (auf diesem Computer gespeichert) und dem, was der Server freigibt.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sign in to a server account on this computer (--server)</source>
            <translation>Auf diesem Computer bei einem Serverkonto anmelden (--server)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Makes this computer's vault file for the account at --vault (or the default path). Answers, one a line with --password-stdin: the master password; the account key (TF1-…; an empty line when this computer keeps it already); then the second-factor code.</source>
            <translation>Legt die Tresordatei dieses Computers für das Konto unter --vault (oder am Standardort) an. Antworten, mit --password-stdin eine pro Zeile: das Master-Passwort; der Kontoschlüssel (TF1-…; eine leere Zeile, wenn dieser Computer ihn schon hat); dann der Code des zweiten Faktors.</translation>
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="-138" />
            <source>There is already a file at %1: name another with --vault, or open that vault.</source>
            <translation>Unter %1 gibt es bereits eine Datei: Geben Sie mit --vault eine andere an, oder öffnen Sie diesen Tresor.</translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="-100" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-163" />
            <location filename="../app/cli/VaultCommands.cpp" line="+7" />
            <source>New master password: </source>
            <translation>Neues Master-Passwort: </translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="+0" />
            <location filename="../app/cli/VaultCommands.cpp" line="+1" />
            <source>the new master password</source>
            <translation>das neue Master-Passwort</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandHelpers.cpp" line="-21" />
            <source>Strength: %1</source>
            <translation>Stärke: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="+9" />
            <location filename="../app/cli/VaultCommands.cpp" line="+7" />
            <source>Measuring this computer, so that unlocking takes about a second…</source>
            <translation>Dieser Computer wird vermessen, damit das Entsperren etwa eine Sekunde dauert…</translation>
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="+5" />
            <source>Created the vault %1.</source>
            <translation>Tresor %1 erstellt.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Say what to search for: twofold-cli search TERM.</source>
            <translation>Geben Sie an, wonach gesucht werden soll: twofold-cli search TERM.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>There is no field "%1": name one of %2.</source>
            <translation>Es gibt kein Feld „%1“: Geben Sie eines von %2 an.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Title: %1</source>
            <translation>Titel: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name: %1</source>
            <translation>Benutzername: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password: </source>
            <translation>Passwort: </translation>
        </message>
        <message>
            <location filename="../app/cli/IoCommands.cpp" line="-126" />
            <source>There is no file %1.</source>
            <translation>Es gibt keine Datei %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 cannot be read: %2.</source>
            <translation>%1 kann nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>There is no import format "%1": name one of auto, %2.</source>
            <translation>Es gibt kein Importformat „%1“: nennen Sie auto oder eines von %2.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The option --duplicates takes skip, keep or update.</source>
            <translation>Die Option --duplicates nimmt skip, keep oder update.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Imported %1 entries from %2 (%3).</source>
            <translation>%1 Einträge aus %2 importiert (%3).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 added, %2 updated, %3 duplicates skipped; in the file: %4.</source>
            <translation>%1 hinzugefügt, %2 aktualisiert, %3 Duplikate übersprungen; in der Datei: %4.</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-179" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skipped: %1</source>
            <translation>Übersprungen: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Write %L1 entries unencrypted to %2? [y/N] </source>
            <translation>%L1 Einträge unverschlüsselt nach %2 schreiben? [y/N] </translation>
        </message>
        <message>
            <location line="+1" />
            <source>the answer to the question</source>
            <translation>die Antwort auf die Frage</translation>
        </message>
        <message>
            <location line="+14" />
            <source>There is no export format "%1": name one of %2.</source>
            <translation>Es gibt kein Exportformat „%1“: nennen Sie eines von %2.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Password for the export: </source>
            <translation>Passwort für den Export: </translation>
        </message>
        <message>
            <location line="+1" />
            <source>the export's password</source>
            <translation>das Passwort des Exports</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The export's password cannot be empty.</source>
            <translation>Das Passwort des Exports darf nicht leer sein.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing was written.</source>
            <translation>Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Wrote %L1 entries, encrypted, to %2.</source>
            <translation>%L1 Einträge verschlüsselt nach %2 geschrieben.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrote %L1 entries to %2 (readable only by you).</source>
            <translation>%L1 Einträge nach %2 geschrieben (nur für Sie lesbar).</translation>
        </message>
        <message>
            <location line="+39" />
            <source>VERSION is the number "show --history" lists (1 or more).</source>
            <translation>VERSION ist die Nummer, die „show --history“ anzeigt (1 oder mehr).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The password of "%1" is version %2 again; the one it replaces is in its history.</source>
            <translation>Das Passwort von „%1“ ist wieder Version %2; das ersetzte steht in seinem Verlauf.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Kind: %1</source>
            <translation>Art: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../app/cli/VaultCommands.cpp" line="+1" />
            <source>Web address: %1</source>
            <translation>Webadresse: %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Password history: none</source>
            <translation>Passwortverlauf: keiner</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Password version %1 (until %2): </source>
            <translation>Passwortversion %1 (bis %2): </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Older version %1 (changed %2 on another computer or this one): title "%3", user name "%4", web address "%5", notes "%6"</source>
            <translation>Ältere Version %1 (geändert %2 auf einem anderen oder diesem Computer): Titel „%3“, Benutzername „%4“, Webadresse „%5“, Notizen „%6“</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Older version %1's password: </source>
            <translation>Passwort der älteren Version %1: </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Add the entries of another manager's export</source>
            <translation>Die Einträge aus dem Export eines anderen Passwortmanagers hinzufügen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FORMAT is auto (guessed from the content) or one of bitwarden-json, bitwarden-csv, 1password-1pux, 1password-csv, keepass-xml, keepassxc-csv, chrome-csv, firefox-csv, lastpass-csv, msecure-csv, otpauth, aegis-json, otpauth-migration. A malformed file is refused with the line or item at fault and nothing is written; whatever is skipped is listed.</source>
            <translation>FORMAT ist auto (aus dem Inhalt erraten) oder eines von bitwarden-json, bitwarden-csv, 1password-1pux, 1password-csv, keepass-xml, keepassxc-csv, chrome-csv, firefox-csv, lastpass-csv, msecure-csv, otpauth, aegis-json, otpauth-migration. Eine fehlerhafte Datei wird mit der betroffenen Zeile oder dem betroffenen Element abgelehnt, und es wird nichts geschrieben; alles Übersprungene wird aufgelistet.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What to do with an entry whose web address and user name are already in the vault (default skip)</source>
            <translation>Was mit einem Eintrag geschieht, dessen Webadresse und Benutzername schon im Tresor sind (Standard skip)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Write the entries to a file for another manager or a backup</source>
            <translation>Die Einträge in eine Datei für einen anderen Passwortmanager oder als Sicherung schreiben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FORMAT is twofold-json (everything, encrypted with a password you choose unless --plain), keepass-xml, bitwarden-json or csv. Plain-text exports ask first and are readable only by you.</source>
            <translation>FORMAT ist twofold-json (alles, verschlüsselt mit einem Passwort Ihrer Wahl, außer mit --plain), keepass-xml, bitwarden-json oder csv. Exporte im Klartext fragen vorher nach und sind nur für Sie lesbar.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>twofold-json without encryption</source>
            <translation>twofold-json ohne Verschlüsselung</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Make an older password (see show --history) current again</source>
            <translation>Ein älteres Passwort (siehe show --history) wieder aktuell machen</translation>
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="+1" />
            <source>Group: %1</source>
            <translation>Gruppe: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags: %1</source>
            <translation>Tags: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes: %1</source>
            <translation>Notizen: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created: %1</source>
            <translation>Erstellt: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Modified: %1</source>
            <translation>Geändert: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In the trash since: %1</source>
            <translation>Im Papierkorb seit: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Id: %1</source>
            <translation>ID: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Create a new vault</source>
            <translation>Einen neuen Tresor erstellen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asks for the new master password twice at a terminal (once with --password-stdin or --password-env) and refuses one that is too easy to guess. The key derivation is tuned to this computer unless --kdf-memory or --kdf-iterations is given (the other then keeps its default: 256 MiB, 3 iterations).</source>
            <translation>Fragt am Terminal zweimal nach dem neuen Master-Passwort (einmal mit --password-stdin oder --password-env) und lehnt eines ab, das zu leicht zu erraten ist. Die Schlüsselableitung wird auf diesen Computer abgestimmt, sofern weder --kdf-memory noch --kdf-iterations angegeben ist (der jeweils andere Wert behält dann seinen Standard: 256 MiB, 3 Iterationen).</translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="+66" />
            <location filename="../app/cli/VaultCommands.cpp" line="+7" />
            <source>Memory of the key derivation (Argon2id), in MiB</source>
            <translation>Speicher der Schlüsselableitung (Argon2id), in MiB</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../app/cli/VaultCommands.cpp" line="+3" />
            <source>Iterations of the key derivation</source>
            <translation>Iterationen der Schlüsselableitung</translation>
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="+5" />
            <source>List the entries by title (of GROUP and its subgroups)</source>
            <translation>Die Einträge nach Titel auflisten (von GROUP und ihren Untergruppen)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>GROUP is a path "A/B" or an id. Entries in the trash are left out (see "trash ls").</source>
            <translation>GROUP ist ein Pfad „A/B“ oder eine ID. Einträge im Papierkorb werden ausgelassen (siehe „trash ls“).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>List the entries whose title, user name, web address, tags or notes hold every term</source>
            <translation>Die Einträge auflisten, deren Titel, Benutzername, Webadresse, Tags oder Notizen jeden Suchbegriff enthalten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Case and accents do not matter. Entries in the trash are left out.</source>
            <translation>Groß-/Kleinschreibung und Akzente spielen keine Rolle. Einträge im Papierkorb werden ausgelassen.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show an entry (the password as ******** unless --reveal)</source>
            <translation>Einen Eintrag anzeigen (das Passwort als ********, außer mit --reveal)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Print only this field: title, username, password, url, group, tags, notes, created, modified or id</source>
            <translation>Nur dieses Feld ausgeben: title, username, password, url, group, tags, notes, created, modified oder id</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Print the password itself</source>
            <translation>Das Passwort selbst ausgeben</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Also list the older passwords</source>
            <translation>Auch die älteren Passwörter auflisten</translation>
        </message>
        <message>
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-12" />
            <source>Policy: %1 (your organisation's, as %2 enforces it)</source>
            <translation>Richtlinie: %1 (die Ihrer Organisation, wie %2 sie durchsetzt)</translation>
        </message>
        <message>
            <location filename="../app/cli/SyncCommands.cpp" line="+35" />
            <source>  removed an entry for good</source>
            <translation>  einen Eintrag endgültig entfernt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  added "%1"</source>
            <translation>  „%1“ hinzugefügt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  removed "%1" for good</source>
            <translation>  „%1“ endgültig entfernt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  changed "%1"</source>
            <translation>  „%1“ geändert</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  added the group "%1"</source>
            <translation>  Gruppe „%1“ hinzugefügt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  removed the group "%1"</source>
            <translation>  Gruppe „%1“ entfernt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  changed the group "%1"</source>
            <translation>  Gruppe „%1“ geändert</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  named the vault "%1"</source>
            <translation>  Tresor „%1“ genannt</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Changed on this computer and another: the newer edit is current, the other is kept in the entry's versions (show ENTRY --history):</source>
            <translation>Auf diesem und einem anderen Computer geändert: Die neuere Änderung gilt, die andere bleibt in den Versionen des Eintrags erhalten (show ENTRY --history):</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n record(s) on the server could not be opened with this vault's key and were skipped.</source>
            <translation>
                <numerusform>%n Datensatz auf dem Server ließ sich mit dem Schlüssel dieses Tresors nicht öffnen und wurde übersprungen.</numerusform>
                <numerusform>%n Datensätze auf dem Server ließen sich mit dem Schlüssel dieses Tresors nicht öffnen und wurden übersprungen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n change(s) are kept in the vault and will be sent at the next sync.</source>
            <translation>
                <numerusform>%n Änderung bleibt im Tresor gespeichert und wird bei der nächsten Synchronisierung gesendet.</numerusform>
                <numerusform>%n Änderungen bleiben im Tresor gespeichert und werden bei der nächsten Synchronisierung gesendet.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+30" />
            <source>This vault is not on a sign-in server, so there is nothing to sync it with. Vaults made with "twofold-cli account create" sync.</source>
            <translation>Dieser Tresor liegt auf keinem Anmeldeserver, daher gibt es nichts, womit er synchronisiert werden könnte. Mit „twofold-cli account create“ erstellte Tresore werden synchronisiert.</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Received %n change(s):</source>
            <translation>
                <numerusform>%n Änderung empfangen:</numerusform>
                <numerusform>%n Änderungen empfangen:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Sent %n change(s):</source>
            <translation>
                <numerusform>%n Änderung gesendet:</numerusform>
                <numerusform>%n Änderungen gesendet:</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Already in sync: nothing new here or on the server.</source>
            <translation>Bereits synchronisiert: Nichts Neues hier oder auf dem Server.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Fetch the changes other computers made and send this computer's</source>
            <translation>Die Änderungen anderer Computer holen und die dieses Computers senden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Prints what came in, what went out, and the entries changed on this computer and another (the newer edit is current, the other is kept in the entry's versions). Every command that changes a vault on a sign-in server also sends its change; offline, changes are kept in the vault file and sent by the next sync.</source>
            <translation>Zeigt, was ankam, was gesendet wurde und welche Einträge auf diesem und einem anderen Computer geändert wurden (die neuere Änderung gilt, die andere bleibt in den Versionen des Eintrags erhalten). Jeder Befehl, der einen Tresor auf einem Anmeldeserver ändert, sendet seine Änderung auch; offline bleiben Änderungen in der Tresordatei und werden bei der nächsten Synchronisierung gesendet.</translation>
        </message>
        <message>
            <location filename="../app/cli/IoCommands.cpp" line="-95" />
            <source>"%1" is its older version %2 again; the entry as it was is kept as its newest older version.</source>
            <translation>„%1“ ist wieder seine ältere Version %2; der Eintrag, wie er war, bleibt als seine neueste ältere Version erhalten.</translation>
        </message>
        <message>
            <location line="+101" />
            <source>Make an older version of a whole entry (kept when it was changed on two computers, see show --history) current again</source>
            <translation>Eine ältere Version eines ganzen Eintrags (aufbewahrt, wenn er auf zwei Computern geändert wurde, siehe show --history) wieder aktuell machen</translation>
        </message>
        <message>
            <location line="-103" />
            <source>VERSION is the number of an older version "show --history" lists (1 or more).</source>
            <translation>VERSION ist die Nummer einer älteren Version, die „show --history“ auflistet (1 oder mehr).</translation>
        </message>
        <message>
            <location filename="../app/cli/Console.cpp" line="-102" />
            <source>The answer giving %1 is not UTF-8 text: its byte %2 is not valid there. Twofold reads every answer as UTF-8.</source>
            <translation>Die Antwort, mit der Sie %1 angeben, ist kein UTF-8-Text: Ihr Byte %2 ist an dieser Stelle ungültig. Twofold liest jede Antwort als UTF-8.</translation>
        </message>
        <message>
            <location filename="../app/cli/Arguments.cpp" line="-23" />
            <source>The argument "%1" is not UTF-8 text: its byte %2 (0x%3) is not valid there. twofold-cli takes every argument as UTF-8.</source>
            <translation>Das Argument „%1“ ist kein UTF-8-Text: Sein Byte %2 (0x%3) ist an dieser Stelle ungültig. twofold-cli nimmt jedes Argument als UTF-8.</translation>
        </message>
        <message>
            <location filename="../app/cli/SignIn.cpp" line="-53" />
            <source>The environment variable %1 (named by --password-env) is not UTF-8 text: its byte %2 is not valid there. Twofold reads passwords as UTF-8.</source>
            <translation>Die Umgebungsvariable %1 (genannt mit --password-env) ist kein UTF-8-Text: Ihr Byte %2 ist an dieser Stelle ungültig. Twofold liest Passwörter als UTF-8.</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandHelpers.cpp" line="-36" />
            <source>The new master password is not UTF-8 text (its byte %1 is not valid there): choose one you can type on any keyboard.</source>
            <translation>Das neue Master-Passwort ist kein UTF-8-Text (sein Byte %1 ist an dieser Stelle ungültig): Wählen Sie eines, das Sie auf jeder Tastatur eingeben können.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The new master password holds %1, a control character or noncharacter that a keyboard cannot type: choose one you can type wherever you unlock the vault.</source>
            <translation>Das neue Master-Passwort enthält %1, ein Steuerzeichen oder Nichtzeichen, das keine Tastatur eingeben kann: Wählen Sie eines, das Sie überall eingeben können, wo Sie den Tresor entsperren.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>twofold-cli has ended without the change: the vault file is as it was before it. Run the command again once that is fixed.</source>
            <translation>twofold-cli wurde ohne die Änderung beendet: Die Tresordatei ist so wie vor ihr. Führen Sie den Befehl erneut aus, sobald das behoben ist.</translation>
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="-14" />
            <source>With --field, only that field's value is printed (tags one a line): "show ENTRY --field password --reveal" prints the password alone. Control characters in any value, the password too, are printed as escapes (\e, \a, \r, \x00, \u202e), so no entry can drive the terminal.</source>
            <translation>Mit --field wird nur der Wert dieses Feldes ausgegeben (Tags einer pro Zeile): „show ENTRY --field password --reveal“ gibt nur das Passwort aus. Steuerzeichen in jedem Wert, auch im Passwort, werden als Escape-Folgen ausgegeben (\e, \a, \r, \x00, \u202e), sodass kein Eintrag das Terminal steuern kann.</translation>
        </message>
        <message>
            <location filename="../app/cli/IoCommands.cpp" line="-191" />
            <source>%1 is not UTF-8 text: its line %2 holds a byte that is not valid there. Save the file as UTF-8 and import it again; nothing was imported.</source>
            <translation>%1 ist kein UTF-8-Text: Seine Zeile %2 enthält ein Byte, das an dieser Stelle ungültig ist. Speichern Sie die Datei als UTF-8 und importieren Sie sie erneut; es wurde nichts importiert.</translation>
        </message>
        <message>
            <location filename="../app/cli/AttachmentCommands.cpp" line="+113" />
            <source>"%1" has no attachments.</source>
            <translation>„%1“ hat keine Anhänge.</translation>
        </message>
        <message>
            <location line="-59" />
            <location line="+4" />
            <source>%1 could not be read: %2.</source>
            <translation>%1 konnte nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <location line="-11" />
            <source>%1 is %2; an attachment can be at most %3 MiB.</source>
            <translation>%1 ist %2 groß; ein Anhang darf höchstens %3 MiB groß sein.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>%1 is a folder; attach the files in it one by one.</source>
            <translation>%1 ist ein Ordner; hängen Sie die Dateien darin einzeln an.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 is larger than %2 MiB, the most an attachment can be.</source>
            <translation>%1 ist größer als %2 MiB, die Höchstgröße eines Anhangs.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--name names one file; give one FILE with it.</source>
            <translation>--name benennt eine Datei; geben Sie damit nur eine DATEI an.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Attached "%1" (%2) to "%3".</source>
            <translation>„%1“ (%2) an „%3“ angehängt.</translation>
        </message>
        <message>
            <location filename="../app/cli/IoCommands.cpp" line="+219" />
            <source>Attachment %1: %2 (%3)</source>
            <translation>Anhang %1: %2 (%3)</translation>
        </message>
        <message>
            <location line="-76" />
            <source>Attachments left out (%1 has no place for them): %L2. twofold-json keeps them, or save them with "attachment save".</source>
            <translation>Nicht exportierte Anhänge (%1 hat keinen Platz dafür): %L2. twofold-json behält sie, oder speichern Sie sie mit „attachment save“.</translation>
        </message>
        <message>
            <location filename="../app/cli/AttachmentCommands.cpp" line="+96" />
            <source>Each file can be at most 16 MiB, and an entry can have 100. They are read from the vault only when you save one.</source>
            <translation>Jede Datei darf höchstens 16 MiB groß sein, und ein Eintrag kann 100 haben. Sie werden erst aus dem Tresor gelesen, wenn Sie eine speichern.</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Keep files with an entry, encrypted in the vault</source>
            <translation>Dateien verschlüsselt im Tresor bei einem Eintrag aufbewahren</translation>
        </message>
        <message>
            <location line="+13" />
            <source>List an entry's attachments: number, name, size, added</source>
            <translation>Die Anhänge eines Eintrags auflisten: Nummer, Name, Größe, hinzugefügt</translation>
        </message>
        <message>
            <location line="+7" />
            <source>NAME is the attachment's name or its number in "attachment ls". Without FILE, it is saved under its name in the current folder. The file is readable only by you; an existing file is kept unless --force.</source>
            <translation>NAME ist der Name des Anhangs oder seine Nummer in „attachment ls“. Ohne DATEI wird er unter seinem Namen im aktuellen Ordner gespeichert. Nur Sie können die Datei lesen; eine vorhandene Datei bleibt ohne --force erhalten.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Remove an attachment from an entry</source>
            <translation>Einen Anhang von einem Eintrag entfernen</translation>
        </message>
        <message>
            <location line="-42" />
            <source>Removed "%1" from "%2".</source>
            <translation>„%1“ aus „%2“ entfernt.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Replace a file that is already there</source>
            <translation>Eine vorhandene Datei ersetzen</translation>
        </message>
        <message>
            <location line="-59" />
            <source>Saved "%1" (%2) to %3 (readable only by you).</source>
            <translation>„%1“ (%2) in %3 gespeichert (nur für Sie lesbar).</translation>
        </message>
        <message>
            <location line="+40" />
            <source>The attachment's name (default: the file's name)</source>
            <translation>Der Name des Anhangs (Standard: der Name der Datei)</translation>
        </message>
        <message>
            <location line="-50" />
            <source>There is already a file at %1: give another FILE, or --force to replace it.</source>
            <translation>Unter %1 gibt es schon eine Datei: geben Sie eine andere DATEI an, oder --force, um sie zu ersetzen.</translation>
        </message>
        <message>
            <location line="-106" />
            <source>There is no file at %1.</source>
            <translation>Unter %1 gibt es keine Datei.</translation>
        </message>
        <message>
            <location line="+169" />
            <source>Write an attachment to a file</source>
            <translation>Einen Anhang in eine Datei schreiben</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Delivery</name>
        <message>
            <location filename="../core/delivery/CurlSupport.cpp" line="+124" />
            <source>Could not find the server %1: check its name and this computer's internet connection.</source>
            <translation>Der Server %1 wurde nicht gefunden: Prüfen Sie seinen Namen und die Internetverbindung dieses Computers.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 refused the connection on port %2: check the port, and that the server is running.</source>
            <translation>%1 hat die Verbindung an Port %2 abgelehnt: Prüfen Sie den Port und ob der Server läuft.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 did not answer in time: check the server name, port and security setting, then try again.</source>
            <translation>%1 hat nicht rechtzeitig geantwortet: Prüfen Sie Servername, Port und Sicherheitseinstellung, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The certificate of %1 is for another server name: use the name the certificate was made for.</source>
            <translation>Das Zertifikat von %1 gilt für einen anderen Servernamen: Verwenden Sie den Namen, für den das Zertifikat ausgestellt wurde.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The certificate of %1 has expired: ask the server's administrator to renew it.</source>
            <translation>Das Zertifikat von %1 ist abgelaufen: Bitten Sie den Administrator des Servers, es zu erneuern.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The certificate of %1 is not trusted: if it is a private server, give the file of its certificate authority (CA) in the delivery settings.</source>
            <translation>Das Zertifikat von %1 ist nicht vertrauenswürdig: Wenn es ein privater Server ist, geben Sie in den Versandeinstellungen die Datei seiner Zertifizierungsstelle (CA) an.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The certificate authority (CA) file in the delivery settings could not be read: check that it exists and holds PEM certificates.</source>
            <translation>Die Datei der Zertifizierungsstelle (CA) in den Versandeinstellungen konnte nicht gelesen werden: Prüfen Sie, ob sie existiert und PEM-Zertifikate enthält.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Could not set up an encrypted connection with %1 on port %2: check the port and the security setting.</source>
            <translation>Mit %1 konnte an Port %2 keine verschlüsselte Verbindung hergestellt werden: Prüfen Sie den Port und die Sicherheitseinstellung.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The server address "%1" is not valid.</source>
            <translation>Die Serveradresse „%1“ ist ungültig.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This computer ran out of memory while sending.</source>
            <translation>Diesem Computer ist beim Senden der Speicher ausgegangen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 answered in a way Twofold does not understand: check the port and the security setting.</source>
            <translation>%1 hat auf eine Weise geantwortet, die Twofold nicht versteht: Prüfen Sie den Port und die Sicherheitseinstellung.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sending through %1 failed: %2.</source>
            <translation>Das Senden über %1 ist fehlgeschlagen: %2.</translation>
        </message>
        <message>
            <location filename="../core/delivery/DeliverySettings.cpp" line="+25" />
            <source>The certificate authority (CA) file %1 does not exist.</source>
            <translation>Die Datei der Zertifizierungsstelle (CA) %1 existiert nicht.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>"%1" is not a web address for the %2: it should start with https://.</source>
            <translation>„%1“ ist keine Webadresse für %2: Sie sollte mit https:// beginnen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The %1 must use https:// so its credentials and the codes travel encrypted (http:// is only allowed to this computer).</source>
            <translation>Für %1 muss https:// verwendet werden, damit seine Zugangsdaten und die Codes verschlüsselt übertragen werden (http:// ist nur zu diesem Computer erlaubt).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Put no user name or password in the %1's address: use the settings made for them.</source>
            <translation>Geben Sie in der Adresse für %1 keinen Benutzernamen und kein Passwort an: Verwenden Sie die dafür vorgesehenen Einstellungen.</translation>
        </message>
        <message>
            <location line="+144" />
            <source>Email delivery is not set up: give the SMTP server in the delivery settings.</source>
            <translation>Der E-Mail-Versand ist nicht eingerichtet: Geben Sie in den Versandeinstellungen den SMTP-Server an.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is not a server name.</source>
            <translation>„%1“ ist kein Servername.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the SMTP server's port: usually 587 for STARTTLS or 465 for TLS.</source>
            <translation>Geben Sie den Port des SMTP-Servers an: üblicherweise 587 für STARTTLS oder 465 für TLS.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the address the codes are sent from.</source>
            <translation>Geben Sie die Adresse an, von der die Codes gesendet werden.</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../core/delivery/MailMessage.cpp" line="+99" />
            <source>A mail header cannot contain a line break or other control character.</source>
            <translation>Eine Mail-Kopfzeile darf keinen Zeilenumbruch und kein anderes Steuerzeichen enthalten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the SMTP user name that goes with the password.</source>
            <translation>Geben Sie den SMTP-Benutzernamen an, der zu dem Passwort gehört.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mail can only go unencrypted to a server on this computer: choose STARTTLS or TLS.</source>
            <translation>Unverschlüsselt können Mails nur an einen Server auf diesem Computer gehen: Wählen Sie STARTTLS oder TLS.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>SMS gateway</source>
            <translation>das SMS-Gateway</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the SMS gateway's account SID (a Twilio one starts with AC).</source>
            <translation>Geben Sie die Konto-SID des SMS-Gateways an (bei Twilio beginnt sie mit AC).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is not an account SID: it has letters and digits only.</source>
            <translation>„%1“ ist keine Konto-SID: Eine solche besteht nur aus Buchstaben und Ziffern.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Give the SMS gateway's auth token.</source>
            <translation>Geben Sie das Auth-Token des SMS-Gateways an.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the number (or sender name) the codes are sent from.</source>
            <translation>Geben Sie die Nummer (oder den Absendernamen) an, von der die Codes gesendet werden.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" cannot be a sender: it has a line break or other control character.</source>
            <translation>„%1“ kann kein Absender sein: Es enthält einen Zeilenumbruch oder ein anderes Steuerzeichen.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>SMS webhook</source>
            <translation>den SMS-Webhook</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is not a header name: use letters, digits and dashes, like X-Api-Key.</source>
            <translation>„%1“ ist kein Header-Name: Verwenden Sie Buchstaben, Ziffern und Bindestriche, etwa X-Api-Key.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Twofold sets the %1 header itself: remove it from the webhook's headers.</source>
            <translation>Twofold setzt den Header %1 selbst: Entfernen Sie ihn aus den Headern des Webhooks.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The value of the %1 header cannot contain a line break or other control character.</source>
            <translation>Der Wert des Headers %1 darf keinen Zeilenumbruch und kein anderes Steuerzeichen enthalten.</translation>
        </message>
        <message>
            <location line="+155" />
            <source>The delivery settings stored in this vault are damaged: set email and SMS delivery up again.</source>
            <translation>Die in diesem Tresor gespeicherten Versandeinstellungen sind beschädigt: Richten Sie den Versand per E-Mail und SMS neu ein.</translation>
        </message>
        <message>
            <location filename="../core/delivery/MailMessage.cpp" line="+35" />
            <source>Enter an email address.</source>
            <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is not an email address: it should look like name@example.com.</source>
            <translation>„%1“ ist keine E-Mail-Adresse: Sie sollte wie name@example.com aussehen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>"%1" has letters Twofold cannot send to: use an address written with Latin letters, digits and punctuation only.</source>
            <translation>„%1“ enthält Buchstaben, an die Twofold nicht senden kann: Verwenden Sie eine Adresse, die nur aus lateinischen Buchstaben, Ziffern und Satzzeichen besteht.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Your Twofold sign-in code</source>
            <translation>Ihr Twofold-Anmeldecode</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../core/delivery/SmsGateway.cpp" line="+16" />
            <source>Your Twofold sign-in code is %1.</source>
            <translation>Ihr Twofold-Anmeldecode lautet %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <location line="+14" />
            <location filename="../core/delivery/SmsGateway.cpp" line="+1" />
            <source>It expires in %n minutes.</source>
            <translation>
                <numerusform>Er läuft in %n Minute ab.</numerusform>
                <numerusform>Er läuft in %n Minuten ab.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-12" />
            <source>If you did not try to sign in, change your master password.</source>
            <translation>Wenn Sie nicht versucht haben, sich anzumelden, ändern Sie Ihr Master-Passwort.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Your Twofold setup code</source>
            <translation>Ihr Twofold-Einrichtungscode</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your code to turn on sign-in codes by email in Twofold is %1.</source>
            <translation>Ihr Code zum Aktivieren der Anmeldecodes per E-Mail in Twofold lautet %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This is a setup check, not a sign-in. If you are not setting up Twofold, ignore this message.</source>
            <translation>Dies ist eine Prüfung bei der Einrichtung, keine Anmeldung. Wenn Sie Twofold nicht gerade einrichten, ignorieren Sie diese Nachricht.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Twofold test message</source>
            <translation>Twofold-Testnachricht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is a test message from Twofold: your email delivery settings work.</source>
            <translation>Dies ist eine Testnachricht von Twofold: Ihre Einstellungen für den E-Mail-Versand funktionieren.</translation>
        </message>
        <message>
            <location filename="../core/delivery/SmsGateway.cpp" line="+8" />
            <source>This is a test message from Twofold: your SMS delivery settings work.</source>
            <translation>Dies ist eine Testnachricht von Twofold: Ihre Einstellungen für den SMS-Versand funktionieren.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>SMS delivery is not set up: choose an SMS gateway in the delivery settings.</source>
            <translation>Der SMS-Versand ist nicht eingerichtet: Wählen Sie in den Versandeinstellungen ein SMS-Gateway.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>"%1" is not a phone number in international form, like +447123456789.</source>
            <translation>„%1“ ist keine Telefonnummer im internationalen Format, etwa +447123456789.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An SMS needs some text.</source>
            <translation>Eine SMS braucht etwas Text.</translation>
        </message>
        <message>
            <location filename="../core/delivery/SmtpSender.cpp" line="+50" />
            <source>The mail server refused the sign-in: check the SMTP user name and password.</source>
            <translation>Der Mailserver hat die Anmeldung abgelehnt: Prüfen Sie SMTP-Benutzername und -Passwort.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 does not offer STARTTLS, so the mail would travel unencrypted: choose TLS (usually port 465) if the server has it, or ask its administrator to turn STARTTLS on.</source>
            <translation>%1 bietet kein STARTTLS an, daher würde die Mail unverschlüsselt übertragen: Wählen Sie TLS (meist Port 465), falls der Server es unterstützt, oder bitten Sie seinen Administrator, STARTTLS zu aktivieren.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The mail server wants a sign-in before it sends mail: enter the SMTP user name and password in the delivery settings.</source>
            <translation>Der Mailserver verlangt eine Anmeldung, bevor er Mails sendet: Geben Sie in den Versandeinstellungen SMTP-Benutzername und -Passwort ein.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The mail server refused the sender address %1: many servers only accept the address of the account you sign in with.</source>
            <translation>Der Mailserver hat die Absenderadresse %1 abgelehnt: Viele Server akzeptieren nur die Adresse des Kontos, mit dem Sie sich anmelden.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The mail server refused to deliver to %1: check the address.</source>
            <translation>Der Mailserver hat die Zustellung an %1 abgelehnt: Prüfen Sie die Adresse.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+7" />
            <source>The mail server refused the message: try again later, or ask its administrator.</source>
            <translation>Der Mailserver hat die Nachricht abgelehnt: Versuchen Sie es später erneut, oder wenden Sie sich an seinen Administrator.</translation>
        </message>
        <message>
            <location filename="../core/delivery/TwilioGateway.cpp" line="+68" />
            <source>The SMS gateway refused the account SID or auth token: check them in the delivery settings.</source>
            <translation>Das SMS-Gateway hat die Konto-SID oder das Auth-Token abgelehnt: Prüfen Sie beides in den Versandeinstellungen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The SMS gateway is getting too many messages from this account: try again in a minute.</source>
            <translation>Das SMS-Gateway erhält zu viele Nachrichten von diesem Konto: Versuchen Sie es in einer Minute erneut.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The SMS gateway says %1 is not a valid phone number: check the number.</source>
            <translation>Laut SMS-Gateway ist %1 keine gültige Telefonnummer: Prüfen Sie die Nummer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The SMS gateway account is a trial account, which only sends to verified numbers: verify %1 with Twilio, or upgrade the account.</source>
            <translation>Das Konto beim SMS-Gateway ist ein Testkonto, das nur an verifizierte Nummern sendet: Verifizieren Sie %1 bei Twilio, oder führen Sie ein Upgrade des Kontos durch.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 has replied STOP to the sender number: send START to it from that phone, then try again.</source>
            <translation>%1 hat der Absendernummer mit STOP geantwortet: Senden Sie von diesem Telefon START an die Absendernummer, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The SMS gateway account may not send to %1's country: allow it in the account's geographic permissions.</source>
            <translation>Das Konto beim SMS-Gateway darf nicht in das Land von %1 senden: Erlauben Sie es in den geografischen Berechtigungen des Kontos.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not a mobile number, so it cannot receive SMS: use a mobile number.</source>
            <translation>%1 ist keine Mobilnummer und kann daher keine SMS empfangen: Verwenden Sie eine Mobilnummer.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The SMS gateway cannot send from %1 with this account: check the sender number in the delivery settings.</source>
            <translation>Das SMS-Gateway kann mit diesem Konto nicht von %1 senden: Prüfen Sie die Absendernummer in den Versandeinstellungen.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+8" />
            <source>The SMS gateway does not know this account: check the base URL and the account SID.</source>
            <translation>Das SMS-Gateway kennt dieses Konto nicht: Prüfen Sie die Basis-URL und die Konto-SID.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The SMS gateway has a problem on its side: try again in a few minutes.</source>
            <translation>Das SMS-Gateway hat ein Problem auf seiner Seite: Versuchen Sie es in einigen Minuten erneut.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The SMS gateway refused the message: %1</source>
            <translation>Das SMS-Gateway hat die Nachricht abgelehnt: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The SMS gateway refused the message: check the SMS settings, then try again.</source>
            <translation>Das SMS-Gateway hat die Nachricht abgelehnt: Prüfen Sie die SMS-Einstellungen, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location filename="../core/delivery/WebhookGateway.cpp" line="+96" />
            <source>The SMS webhook's body template does not make valid JSON: check its quotes and braces, and put each {to}, {body} and {code} inside quotes.</source>
            <translation>Die Body-Vorlage des SMS-Webhooks ergibt kein gültiges JSON: Prüfen Sie Anführungszeichen und geschweifte Klammern, und setzen Sie jedes {to}, {body} und {code} in Anführungszeichen.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The SMS webhook refused access: check the headers (such as its API key) in the delivery settings.</source>
            <translation>Der SMS-Webhook hat den Zugriff verweigert: Prüfen Sie die Header (etwa seinen API-Schlüssel) in den Versandeinstellungen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The SMS webhook's address does not take messages: check the URL in the delivery settings.</source>
            <translation>Die Adresse des SMS-Webhooks nimmt keine Nachrichten an: Prüfen Sie die URL in den Versandeinstellungen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The SMS webhook is getting too many messages: try again in a minute.</source>
            <translation>Der SMS-Webhook erhält zu viele Nachrichten: Versuchen Sie es in einer Minute erneut.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The SMS webhook has a problem on its side: try again in a few minutes, or ask whoever runs it.</source>
            <translation>Der SMS-Webhook hat ein Problem auf seiner Seite: Versuchen Sie es in einigen Minuten erneut, oder wenden Sie sich an den Betreiber.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The SMS webhook refused the message: check its URL, headers and body template in the delivery settings.</source>
            <translation>Der SMS-Webhook hat die Nachricht abgelehnt: Prüfen Sie URL, Header und Body-Vorlage in den Versandeinstellungen.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::EmergencyKit</name>
        <message>
            <location filename="../ui/account/EmergencyKit.cpp" line="+34" />
            <location line="+54" />
            <source>Twofold emergency kit</source>
            <translation>Twofold-Notfall-Kit</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Made on %1 for %2.</source>
            <translation>Erstellt am %1 für %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server address</source>
            <translation>Serveradresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Account key</source>
            <translation>Kontoschlüssel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Master password</source>
            <translation>Master-Passwort</translation>
        </message>
        <message>
            <location line="+4" />
            <source>To open your vault on a new computer you need your master password, this account key and your second factor. The account key never leaves your computers: neither Twofold nor the server's administrator can give it back to you if this kit is lost.</source>
            <translation>Um Ihren Tresor auf einem neuen Computer zu öffnen, brauchen Sie Ihr Master-Passwort, diesen Kontoschlüssel und Ihren zweiten Faktor. Der Kontoschlüssel verlässt Ihre Computer nie: Weder Twofold noch die Administration des Servers kann ihn Ihnen wiedergeben, wenn dieses Kit verloren geht.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Keep this kit somewhere safe, away from your computer. Write your master password on it only if the place is as safe as your vault should be.</source>
            <translation>Bewahren Sie dieses Kit an einem sicheren Ort auf, nicht beim Computer. Schreiben Sie Ihr Master-Passwort nur dann darauf, wenn der Ort so sicher ist, wie Ihr Tresor sein soll.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Could not save the emergency kit as %1: %2</source>
            <translation>Das Notfall-Kit konnte nicht als %1 gespeichert werden: %2</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Twofold emergency kit - %1.pdf</source>
            <translation>Twofold-Notfall-Kit - %1.pdf</translation>
        </message>
    </context>
    <context>
        <name>Twofold::EntryKind</name>
        <message>
            <location filename="../core/vault/EntryKind.cpp" line="+15" />
            <source>Cardholder name</source>
            <translation>Name des Karteninhabers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card number</source>
            <translation>Kartennummer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brand</source>
            <translation>Marke</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expiry</source>
            <translation>Ablaufdatum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Security code</source>
            <translation>Sicherheitscode</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Passport number</source>
            <translation>Reisepassnummer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>National ID number</source>
            <translation>Personalausweisnummer</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Login</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Secure note</source>
            <translation>Sichere Notiz</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Payment card</source>
            <translation>Zahlungskarte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Identity</source>
            <translation>Identität</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Export</name>
        <message>
            <location filename="../core/io/ExportJson.cpp" line="+153" />
            <source>This is not an encrypted Twofold export, or it is damaged.</source>
            <translation>Dies ist kein verschlüsselter Twofold-Export, oder er ist beschädigt.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The password does not open this export.</source>
            <translation>Das Passwort öffnet diesen Export nicht.</translation>
        </message>
        <message>
            <location filename="../core/io/PrivateFile.cpp" line="+22" />
            <source>%1 cannot be made private to you: %2.</source>
            <translation>%1 kann nicht nur für Sie lesbar gemacht werden: %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be written: %2.</source>
            <translation>%1 kann nicht geschrieben werden: %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 could not be written completely (%2); it was removed.</source>
            <translation>%1 konnte nicht vollständig geschrieben werden (%2); die Datei wurde entfernt.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::FileLock</name>
        <message>
            <location filename="../core/vault/FileLock_posix.cpp" line="+80" />
            <location filename="../core/vault/FileLock_win.cpp" line="+61" />
            <source>The vault is being written by another program. Try again in a moment.</source>
            <translation>Der Tresor wird gerade von einem anderen Programm geschrieben. Versuchen Sie es gleich noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Import</name>
        <message>
            <location filename="../core/io/AegisJson.cpp" line="+32" />
            <location filename="../core/io/BitwardenJson.cpp" line="+66" />
            <source>The file is not valid JSON (%1 at byte %2); nothing was imported.</source>
            <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2); es wurde nichts importiert.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This Aegis export is encrypted: export again without encryption; nothing was imported.</source>
            <translation>Dieser Aegis-Export ist verschlüsselt: exportieren Sie erneut ohne Verschlüsselung; es wurde nichts importiert.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Entry %1 (%2)</source>
            <translation>Eintrag %1 (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>its code type "%1" is not TOTP or HOTP.</source>
            <translation>sein Codetyp „%1“ ist weder TOTP noch HOTP.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>its secret is empty.</source>
            <translation>sein Geheimnis ist leer.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>its algorithm %1 is not supported.</source>
            <translation>sein Algorithmus %1 wird nicht unterstützt.</translation>
        </message>
        <message>
            <location filename="../core/io/BitwardenJson.cpp" line="+8" />
            <source>This Bitwarden export is encrypted: export again choosing the unencrypted .json format; nothing was imported.</source>
            <translation>Dieser Bitwarden-Export ist verschlüsselt: exportieren Sie erneut im unverschlüsselten .json-Format; es wurde nichts importiert.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>item %1</source>
            <translation>Element %1</translation>
        </message>
        <message>
            <location line="+46" />
            <source>its type %1 is not one Bitwarden documents.</source>
            <translation>sein Typ %1 ist keiner, den Bitwarden dokumentiert.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>its linked field "%1" has no value of its own.</source>
            <translation>sein verknüpftes Feld „%1“ hat keinen eigenen Wert.</translation>
        </message>
        <message>
            <location filename="../core/io/CsvImport.cpp" line="+16" />
            <source>line %1</source>
            <translation>Zeile %1</translation>
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
            <translation>otpauth://-Links (Text)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Aegis (JSON, unencrypted)</source>
            <translation>Aegis (JSON, unverschlüsselt)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Google Authenticator export (otpauth-migration://)</source>
            <translation>Google-Authenticator-Export (otpauth-migration://)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The format of this file cannot be recognised: name it (one of %1).</source>
            <translation>Das Format dieser Datei ist nicht erkennbar: nennen Sie es (eines von %1).</translation>
        </message>
        <message>
            <location line="+65" />
            <location filename="../core/io/MSecureCsv.cpp" line="+43" />
            <source>Untitled</source>
            <translation>Ohne Titel</translation>
        </message>
        <message>
            <location filename="../core/io/GoogleMigration.cpp" line="+123" />
            <source>it has no secret.</source>
            <translation>es hat kein Geheimnis.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>its algorithm is not SHA-1, SHA-256 or SHA-512.</source>
            <translation>sein Algorithmus ist nicht SHA-1, SHA-256 oder SHA-512.</translation>
        </message>
        <message>
            <location line="+23" />
            <location filename="../core/io/OtpauthText.cpp" line="+40" />
            <source>Line %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>it is not an otpauth-migration:// link.</source>
            <translation>sie ist kein otpauth-migration://-Link.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1, account %2 (%3)</source>
            <translation>%1, Konto %2 (%3)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The file holds no otpauth-migration:// link; nothing was imported.</source>
            <translation>Die Datei enthält keinen otpauth-migration://-Link; es wurde nichts importiert.</translation>
        </message>
        <message>
            <location filename="../core/io/ImportData.cpp" line="+74" />
            <source>the secret is empty</source>
            <translation>das Geheimnis ist leer</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Field %1</source>
            <translation>Feld %1</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Line %1 is not valid CSV (a quote is not closed or a field is broken); nothing was imported.</source>
            <translation>Zeile %1 ist kein gültiges CSV (ein Anführungszeichen ist nicht geschlossen oder ein Feld ist fehlerhaft); es wurde nichts importiert.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This file is not a %1 export; nothing was imported.</source>
            <translation>Diese Datei ist kein %1-Export; es wurde nichts importiert.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This is not a %1 export: its first line has no column "%2"; nothing was imported.</source>
            <translation>Dies ist kein %1-Export: seine erste Zeile hat keine Spalte „%2“; es wurde nichts importiert.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is malformed; nothing was imported.</source>
            <translation>%1 ist fehlerhaft; es wurde nichts importiert.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Line %1 was skipped: it holds nothing.</source>
            <translation>Zeile %1 wurde übersprungen: sie enthält nichts.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 was skipped: %2</source>
            <translation>%1 wurde übersprungen: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The two-factor secret of %1 cannot be used (%2); it is kept as the hidden field "TOTP".</source>
            <translation>Das Zwei-Faktor-Geheimnis von %1 ist nicht verwendbar (%2); es wird als verborgenes Feld „TOTP“ behalten.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file is larger than 256 MiB; nothing was imported.</source>
            <translation>Die Datei ist größer als 256 MiB; es wurde nichts importiert.</translation>
        </message>
        <message>
            <location filename="../core/io/KeePassXml.cpp" line="+484" />
            <source>The XML is malformed at line %1 (%2); nothing was imported.</source>
            <translation>Das XML ist in Zeile %1 fehlerhaft (%2); es wurde nichts importiert.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Unnamed group</source>
            <translation>Unbenannte Gruppe</translation>
        </message>
        <message>
            <location line="+38" />
            <source>its field "%1" is encrypted with the database's inner key, which an XML export does not carry.</source>
            <translation>sein Feld „%1“ ist mit dem inneren Schlüssel der Datenbank verschlüsselt, den ein XML-Export nicht enthält.</translation>
        </message>
        <message>
            <location line="+106" />
            <source>the entry "%1"</source>
            <translation>der Eintrag „%1“</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The attachments of %1 (%2) were not imported: an XML export holds them outside the entry.</source>
            <translation>Die Anhänge von %1 (%2) wurden nicht importiert: ein XML-Export hält sie außerhalb des Eintrags.</translation>
        </message>
        <message>
            <location filename="../core/io/MSecureCsv.cpp" line="-3" />
            <source>it has fewer than the four columns Name, Type, Tags, Notes.</source>
            <translation>sie hat weniger als die vier Spalten Name, Type, Tags, Notes.</translation>
        </message>
        <message>
            <location filename="../core/io/OnePassword1pux.cpp" line="+151" />
            <source>its document "%1" is a file, and files are not imported yet.</source>
            <translation>sein Dokument „%1“ ist eine Datei, und Dateien werden noch nicht importiert.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>item %1 (%2)</source>
            <translation>Element %1 (%2)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>it was deleted in 1Password.</source>
            <translation>es wurde in 1Password gelöscht.</translation>
        </message>
        <message>
            <location filename="../core/io/OtpauthText.cpp" line="+8" />
            <source>The file holds no otpauth:// link; nothing was imported.</source>
            <translation>Die Datei enthält keinen otpauth://-Link; es wurde nichts importiert.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Kdf</name>
        <message>
            <location filename="../core/crypto/Kdf.cpp" line="+36" />
            <source>The vault's key settings are damaged or out of range.</source>
            <translation>Die Schlüsseleinstellungen des Tresors sind beschädigt oder liegen außerhalb des zulässigen Bereichs.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This computer does not have enough free memory (%1 MiB) to open the vault. Close other programs and try again.</source>
            <translation>Dieser Computer hat nicht genug freien Speicher (%1 MiB), um den Tresor zu öffnen. Schließen Sie andere Programme, und versuchen Sie es erneut.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::OpenVault</name>
        <message>
            <location filename="../core/vault/OpenVault.cpp" line="+118" />
            <source>This vault is open for changes in another program (%1, process %2). Close it there, then try again.</source>
            <translation>Dieser Tresor ist in einem anderen Programm zum Ändern geöffnet (%1, Prozess %2). Schließen Sie ihn dort, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>another Twofold</source>
            <translation>ein anderes Twofold</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The vault cannot be opened for changes, because its folder does not allow creating the lock file %1 (read-only or no permission). Commands that only read the vault still work.</source>
            <translation>Der Tresor kann nicht zum Ändern geöffnet werden, weil sein Ordner das Anlegen der Sperrdatei %1 nicht erlaubt (schreibgeschützt oder keine Berechtigung). Befehle, die den Tresor nur lesen, funktionieren weiterhin.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>There is already a file at %1. Open it, or choose another name for the new vault.</source>
            <translation>Unter %1 gibt es bereits eine Datei. Öffnen Sie sie, oder wählen Sie einen anderen Namen für den neuen Tresor.</translation>
        </message>
        <message>
            <location line="+68" />
            <source>The vault file was changed by another program while it was being opened. Try again.</source>
            <translation>Die Tresordatei wurde von einem anderen Programm geändert, während sie geöffnet wurde. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>This vault was opened read-only, so changes cannot be saved.</source>
            <translation>Dieser Tresor wurde schreibgeschützt geöffnet, daher können Änderungen nicht gespeichert werden.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+83" />
            <source>The vault file was replaced by another program since it was opened, so it was not overwritten. Your changes are still open: save them to another file.</source>
            <translation>Die Tresordatei wurde seit dem Öffnen von einem anderen Programm ersetzt, daher wurde sie nicht überschrieben. Ihre Änderungen sind noch offen: Speichern Sie sie in einer anderen Datei.</translation>
        </message>
        <message>
            <location line="-72" />
            <source>Someone signed in to this vault in another program while you were changing its two-factor settings, so the change was not saved. Try again.</source>
            <translation>Während Sie die Einstellungen der Zwei-Faktor-Anmeldung geändert haben, hat sich jemand in einem anderen Programm bei diesem Tresor angemeldet, deshalb wurde die Änderung nicht gespeichert. Versuchen Sie es noch einmal.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This vault was opened read-only, so its password cannot be changed.</source>
            <translation>Dieser Tresor wurde schreibgeschützt geöffnet, daher kann sein Passwort nicht geändert werden.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two-factor settings must be re-sealed with the new password.</source>
            <translation>Die Zwei-Faktor-Einstellungen müssen mit dem neuen Passwort neu versiegelt werden.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This vault has two-factor sign-in turned on: changing the password needs the sign-in share.</source>
            <translation>Für diesen Tresor ist die Zwei-Faktor-Anmeldung aktiviert: Zum Ändern des Passworts wird der Anmeldeanteil benötigt.</translation>
        </message>
        <message>
            <location line="-254" />
            <source>The vault cannot be opened for changes, because the disk holding %1 is full (there is no room for its lock file). Free some space and try again; commands that only read the vault still work.</source>
            <translation>Der Tresor kann nicht zum Ändern geöffnet werden, weil der Datenträger mit %1 voll ist (für seine Sperrdatei ist kein Platz). Geben Sie Speicherplatz frei und versuchen Sie es erneut; Befehle, die den Tresor nur lesen, funktionieren weiterhin.</translation>
        </message>
        <message>
            <location line="-51" />
            <source>The attachment section of the vault file is damaged.</source>
            <translation>Der Anhangsbereich der Tresordatei ist beschädigt.</translation>
        </message>
        <message>
            <location line="+196" />
            <source>The vault was not saved: %1 Your changes are kept; try again.</source>
            <translation>Der Tresor wurde nicht gespeichert: %1 Ihre Änderungen bleiben erhalten; versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location line="-195" />
            <source>This attachment's content is not on this computer.</source>
            <translation>Der Inhalt dieses Anhangs ist nicht auf diesem Computer.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Otp</name>
        <message>
            <location filename="../core/otp/Base32.cpp" line="+40" />
            <source>The setup key has %1 at character %2, but setup keys use only the letters A to Z and the digits 2 to 7.</source>
            <translation>Der Einrichtungsschlüssel enthält %1 an Position %2, aber Einrichtungsschlüssel verwenden nur die Buchstaben A bis Z und die Ziffern 2 bis 7.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The 0 is probably the letter O.</source>
            <translation>Die 0 ist wahrscheinlich der Buchstabe O.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The 1 is probably the letter I or L.</source>
            <translation>Die 1 ist wahrscheinlich der Buchstabe I oder L.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The 8 is probably the letter B.</source>
            <translation>Die 8 ist wahrscheinlich der Buchstabe B.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>The setup key has “=” at character %1, before its end; “=” may only come at the end of a key.</source>
            <translation>Der Einrichtungsschlüssel enthält „=“ an Position %1, vor seinem Ende; „=“ darf nur am Ende eines Schlüssels stehen.</translation>
        </message>
        <message>
            <location filename="../core/otp/OtpUri.cpp" line="+47" />
            <source>The link has a broken %-escape: “%1”. A “%” must be followed by two hexadecimal digits.</source>
            <translation>Der Link enthält eine fehlerhafte %-Maskierung: „%1“. Auf ein „%“ müssen zwei Hexadezimalziffern folgen.</translation>
        </message>
        <message>
            <location line="+91" />
            <source>The link asks for the algorithm “%1”, which Twofold does not support: only SHA1, SHA256 and SHA512 are.</source>
            <translation>Der Link verlangt den Algorithmus „%1“, den Twofold nicht unterstützt: Unterstützt werden nur SHA1, SHA256 und SHA512.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The link has no secret (the setup key), so no codes can be made from it.</source>
            <translation>Der Link enthält kein Geheimnis (den Einrichtungsschlüssel), daher lassen sich daraus keine Codes erzeugen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The link's secret is not a valid setup key.</source>
            <translation>Das Geheimnis des Links ist kein gültiger Einrichtungsschlüssel.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The link's secret is too short to be a setup key.</source>
            <translation>Das Geheimnis des Links ist zu kurz für einen Einrichtungsschlüssel.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The link is empty.</source>
            <translation>Der Link ist leer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is not a two-factor link: such links start with otpauth://.</source>
            <translation>Dies ist kein Zwei-Faktor-Link: Solche Links beginnen mit otpauth://.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The link does not say which kind of codes it makes: otpauth:// must be followed by totp or hotp.</source>
            <translation>Der Link gibt nicht an, welche Art von Codes er erzeugt: Auf otpauth:// muss totp oder hotp folgen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The link is for “%1” codes, but Twofold makes only totp (time-based) and hotp (counter-based) codes.</source>
            <translation>Der Link ist für „%1“-Codes, aber Twofold erzeugt nur totp-Codes (zeitbasiert) und hotp-Codes (zählerbasiert).</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The link gives “%1” more than once, so it is not clear which to use.</source>
            <translation>Der Link gibt „%1“ mehr als einmal an, daher ist unklar, welcher Wert gilt.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The link asks for codes of “%1” digits, but codes have 6, 7 or 8 digits.</source>
            <translation>Der Link verlangt Codes mit „%1“ Ziffern, aber Codes haben 6, 7 oder 8 Ziffern.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The link's period “%1” is not a whole number of seconds greater than zero.</source>
            <translation>Das Intervall „%1“ des Links ist keine ganze Zahl von Sekunden größer als null.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The link's counter “%1” is not a whole number of zero or more.</source>
            <translation>Der Zähler „%1“ des Links ist keine ganze Zahl größer oder gleich null.</translation>
        </message>
        <message>
            <location filename="../core/otp/QrMatrix.cpp" line="+32" />
            <source>This text is too long for a QR code: it has %1 bytes, and a QR code holds at most 2331.</source>
            <translation>Dieser Text ist zu lang für einen QR-Code: Er hat %1 Bytes, und ein QR-Code fasst höchstens 2331.</translation>
        </message>
        <message>
            <location filename="../core/otp/Totp.cpp" line="+124" />
            <source>That code is for another time: your computer's clock seems a minute slow. Set the clock right, then enter a new code.</source>
            <translation>Dieser Code gehört zu einer anderen Uhrzeit: Die Uhr Ihres Computers scheint eine Minute nachzugehen. Stellen Sie die Uhr richtig, und geben Sie dann einen neuen Code ein.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>That code is for another time: your computer's clock seems %n minutes slow. Set the clock right, then enter a new code.</source>
            <translation>
                <numerusform>Dieser Code gehört zu einer anderen Uhrzeit: Die Uhr Ihres Computers scheint %n Minute nachzugehen. Stellen Sie die Uhr richtig, und geben Sie dann einen neuen Code ein.</numerusform>
                <numerusform>Dieser Code gehört zu einer anderen Uhrzeit: Die Uhr Ihres Computers scheint %n Minuten nachzugehen. Stellen Sie die Uhr richtig, und geben Sie dann einen neuen Code ein.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>That code is for another time: your computer's clock seems a minute fast. Set the clock right, then enter a new code.</source>
            <translation>Dieser Code gehört zu einer anderen Uhrzeit: Die Uhr Ihres Computers scheint eine Minute vorzugehen. Stellen Sie die Uhr richtig, und geben Sie dann einen neuen Code ein.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>That code is for another time: your computer's clock seems %n minutes fast. Set the clock right, then enter a new code.</source>
            <translation>
                <numerusform>Dieser Code gehört zu einer anderen Uhrzeit: Die Uhr Ihres Computers scheint %n Minute vorzugehen. Stellen Sie die Uhr richtig, und geben Sie dann einen neuen Code ein.</numerusform>
                <numerusform>Dieser Code gehört zu einer anderen Uhrzeit: Die Uhr Ihres Computers scheint %n Minuten vorzugehen. Stellen Sie die Uhr richtig, und geben Sie dann einen neuen Code ein.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Twofold::PasswordGenerator</name>
        <message>
            <location filename="../core/crypto/PasswordGenerator.cpp" line="+80" />
            <source>A generated password must be between %1 and %2 characters long.</source>
            <translation>Ein generiertes Passwort muss zwischen %1 und %2 Zeichen lang sein.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose at least one kind of character: lower case, upper case, digits or symbols.</source>
            <translation>Wählen Sie mindestens eine Zeichenart: Kleinbuchstaben, Großbuchstaben, Ziffern oder Symbole.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A passphrase must have between %1 and %2 words.</source>
            <translation>Eine Passphrase muss zwischen %1 und %2 Wörter haben.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The separator between words must be at most %1 characters, without line breaks or other control characters.</source>
            <translation>Das Trennzeichen zwischen den Wörtern darf höchstens %1 Zeichen lang sein, ohne Zeilenumbrüche oder andere Steuerzeichen.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>The random number source failed, so no password was generated.</source>
            <translation>Die Zufallszahlenquelle ist ausgefallen, daher wurde kein Passwort generiert.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The word list for passphrases is missing from this build of Twofold.</source>
            <translation>In diesem Build von Twofold fehlt die Wortliste für Passphrasen.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::PasswordStrength</name>
        <message>
            <location filename="../core/crypto/PasswordStrength.cpp" line="+60" />
            <source>Too short: use at least %1 characters.</source>
            <translation>Zu kurz: Verwenden Sie mindestens %1 Zeichen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is one of the most common passwords and would be guessed at once.</source>
            <translation>Dies ist eines der häufigsten Passwörter und wäre sofort erraten.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Too easy to guess: it follows a common pattern. Add a few unrelated words.</source>
            <translation>Zu leicht zu erraten: Es folgt einem gängigen Muster. Fügen Sie ein paar voneinander unabhängige Wörter hinzu.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fair: it would resist casual guessing. A longer passphrase is safer.</source>
            <translation>Mittel: Es würde beiläufigem Raten standhalten. Eine längere Passphrase ist sicherer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Good: hard to guess.</source>
            <translation>Gut: schwer zu erraten.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strong: very hard to guess.</source>
            <translation>Stark: sehr schwer zu erraten.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::PhoneNumber</name>
        <message>
            <location filename="../core/delivery/PhoneNumber.cpp" line="+73" />
            <source>"%1" has too few digits for a phone number: type the whole number, with its area or mobile prefix.</source>
            <translation>„%1“ hat zu wenige Ziffern für eine Telefonnummer: Geben Sie die ganze Nummer mit Orts- oder Mobilfunkvorwahl ein.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>"%1" has too few digits for a number with country code %2: type the whole number, with its area or mobile prefix.</source>
            <translation>„%1“ hat zu wenige Ziffern für eine Nummer mit der Ländervorwahl %2: Geben Sie die ganze Nummer mit Orts- oder Mobilfunkvorwahl ein.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>"%1" has too many digits for a phone number.</source>
            <translation>„%1“ hat zu viele Ziffern für eine Telefonnummer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>"%1" has too many digits for a number with country code %2.</source>
            <translation>„%1“ hat zu viele Ziffern für eine Nummer mit der Ländervorwahl %2.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 is a landline number: SMS codes need a mobile number.</source>
            <translation>%1 ist eine Festnetznummer: SMS-Codes brauchen eine Mobilnummer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is a toll-free number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 ist eine gebührenfreie Nummer, die keine SMS empfangen kann: Verwenden Sie eine Mobilnummer.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a premium-rate number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 ist eine Mehrwertdienstnummer, die keine SMS empfangen kann: Verwenden Sie eine Mobilnummer.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a shared-cost number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 ist eine Shared-Cost-Nummer, die keine SMS empfangen kann: Verwenden Sie eine Mobilnummer.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is an internet (VoIP) number, which does not receive SMS codes reliably: use a mobile number.</source>
            <translation>%1 ist eine Internetnummer (VoIP), die SMS-Codes nicht zuverlässig empfängt: Verwenden Sie eine Mobilnummer.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is a personal forwarding number, which cannot receive SMS: use the mobile number it forwards to.</source>
            <translation>%1 ist eine persönliche Weiterleitungsnummer, die keine SMS empfangen kann: Verwenden Sie die Mobilnummer, an die sie weiterleitet.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is a pager number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 ist eine Pager-Nummer, die keine SMS empfangen kann: Verwenden Sie eine Mobilnummer.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a company switchboard number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 ist die Nummer einer Firmenzentrale, die keine SMS empfangen kann: Verwenden Sie eine Mobilnummer.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a voicemail access number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 ist eine Mailbox-Zugangsnummer, die keine SMS empfangen kann: Verwenden Sie eine Mobilnummer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 does not look like a mobile number: SMS codes need a mobile number.</source>
            <translation>%1 scheint keine Mobilnummer zu sein: SMS-Codes brauchen eine Mobilnummer.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Enter a phone number.</source>
            <translation>Geben Sie eine Telefonnummer ein.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>"%1" is not a phone number: use digits and spaces, with a + before the country code.</source>
            <translation>„%1“ ist keine Telefonnummer: Verwenden Sie Ziffern und Leerzeichen, mit einem + vor der Ländervorwahl.</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+28" />
            <source>"%1" starts with a country code that does not exist: check the digits after the +.</source>
            <translation>„%1“ beginnt mit einer Ländervorwahl, die es nicht gibt: Prüfen Sie die Ziffern nach dem +.</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Pick the country of "%1", or type it with + and its country code.</source>
            <translation>Wählen Sie das Land von „%1“, oder geben Sie die Nummer mit + und ihrer Ländervorwahl ein.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>"%1" does not have the right number of digits for a number with country code %2.</source>
            <translation>„%1“ hat nicht die richtige Anzahl von Ziffern für eine Nummer mit der Ländervorwahl %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"%1" is not a valid number with country code %2: check the digits.</source>
            <translation>„%1“ ist keine gültige Nummer mit der Ländervorwahl %2: Prüfen Sie die Ziffern.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::QrImageDecoder</name>
        <message>
            <location filename="../ui/otp/QrImageDecoder_none.cpp" line="+16" />
            <source>This copy of Twofold cannot read QR codes: paste the link or type the setup key instead.</source>
            <translation>Diese Version von Twofold kann keine QR-Codes lesen: Fügen Sie stattdessen den Link ein, oder tippen Sie den Einrichtungsschlüssel ein.</translation>
        </message>
        <message>
            <location filename="../ui/otp/QrImageDecoder_zxing.cpp" line="+21" />
            <source>No QR code was found in the picture.</source>
            <translation>Im Bild wurde kein QR-Code gefunden.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::SecretStore</name>
        <message>
            <location filename="../core/platform/FileSecretStore.cpp" line="+111" />
            <source>The remembered-computer file is busy in another program. Try again.</source>
            <translation>Die Datei für gemerkte Computer wird gerade von einem anderen Programm verwendet. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location line="+38" />
            <location filename="../core/platform/SecretStore_keychain.cpp" line="+41" />
            <source>Nothing is remembered here under that name.</source>
            <translation>Unter diesem Namen ist hier nichts gespeichert.</translation>
        </message>
        <message>
            <location filename="../core/platform/SecretStore.cpp" line="+9" />
            <source>No system keychain could be reached, so remembered computers are kept in an encrypted file whose key lies next to it. That only protects against casual reading: anyone who can read your files can use it.</source>
            <translation>Es war kein Systemschlüsselbund erreichbar, daher werden gemerkte Computer in einer verschlüsselten Datei gespeichert, deren Schlüssel direkt daneben liegt. Das schützt nur vor beiläufigem Lesen: Wer Ihre Dateien lesen kann, kann sie verwenden.</translation>
        </message>
        <message>
            <location filename="../core/platform/SecretStore_keychain.cpp" line="-8" />
            <source>Access to the system keychain was refused, so this computer cannot be remembered.</source>
            <translation>Der Zugriff auf den Systemschlüsselbund wurde verweigert, daher kann dieser Computer nicht gemerkt werden.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The system keychain does not allow Twofold to keep secrets there, so this computer cannot be remembered.</source>
            <translation>Der Systemschlüsselbund erlaubt Twofold nicht, dort Geheimnisse zu speichern, daher kann dieser Computer nicht gemerkt werden.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The system keychain could not forget this computer.</source>
            <translation>Der Systemschlüsselbund konnte diesen Computer nicht vergessen.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Server</name>
        <message>
            <location filename="../app/server/AdminCommands.cpp" line="+47" />
            <source>Use one of: org create NAME, org list, org policy NAME off|optional|required [--methods LIST], org domains NAME DOMAIN[,DOMAIN…], user list [--org NAME], user org EMAIL NAME, user leave-org EMAIL, user reset-2fa EMAIL, device list EMAIL, device revoke ID.</source>
            <translation>Verwenden Sie einen dieser Befehle: org create NAME, org list, org policy NAME off|optional|required [--methods LIST], org domains NAME DOMAIN[,DOMAIN…], user list [--org NAME], user org EMAIL NAME, user leave-org EMAIL, user reset-2fa EMAIL, device list EMAIL, device revoke ID.</translation>
        </message>
        <message>
            <location line="+105" />
            <source>%1 is in “%2” already.</source>
            <translation>%1 ist bereits in „%2“.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is in no organisation already.</source>
            <translation>%1 gehört bereits zu keiner Organisation.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 is now in “%2”: its policy applies from the next sign-in.</source>
            <translation>%1 ist jetzt in „%2“: deren Richtlinie gilt ab der nächsten Anmeldung.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 has left “%2”: no organisation's policy applies from the next sign-in.</source>
            <translation>%1 hat „%2“ verlassen: ab der nächsten Anmeldung gilt keine Richtlinie einer Organisation.</translation>
        </message>
        <message>
            <location line="-110" />
            <source>Organisation “%1” created: two-factor sign-in optional, every method allowed.</source>
            <translation>Organisation „%1“ angelegt: Zwei-Faktor-Anmeldung optional, alle Methoden erlaubt.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Organisation “%1”: two-factor sign-in %2; methods allowed: %3.</source>
            <translation>Organisation „%1“: Zwei-Faktor-Anmeldung %2; erlaubte Methoden: %3.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Organisation “%1”: new accounts no longer join it by their mail domain.</source>
            <translation>Organisation „%1“: Neue Konten treten ihr nicht mehr über ihre Mail-Domain bei.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisation “%1”: new accounts with an address at %2 join it.</source>
            <translation>Organisation „%1“: Neue Konten mit einer Adresse unter %2 treten ihr bei.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The second factor of %1 is reset at the next sign-in, where a new one is set up; remembered computers forgotten: %2.</source>
            <translation>Der zweite Faktor von %1 wird bei der nächsten Anmeldung zurückgesetzt, wo ein neuer eingerichtet wird; vergessene gemerkte Computer: %2.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>“%1” is not a device number: device list EMAIL shows them.</source>
            <translation>„%1“ ist keine Gerätenummer: device list EMAIL zeigt sie an.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Device %1 (“%2”) was already revoked on %3.</source>
            <translation>Gerät %1 („%2“) wurde bereits am %3 widerrufen.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Device %1 (“%2”) is revoked: it must pass the second factor at its next sign-in.</source>
            <translation>Gerät %1 („%2“) ist widerrufen: Bei der nächsten Anmeldung muss es den zweiten Faktor bestehen.</translation>
        </message>
        <message>
            <location filename="../app/server/ServeCommand.cpp" line="+73" />
            <source>twofold-server does not know the command “%1”: see twofold-server --help.</source>
            <translation>twofold-server kennt den Befehl „%1“ nicht: siehe twofold-server --help.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>--test-clock ANCHOR_MS:SPEED is for tests on loopback only: give it with --insecure-http, a start time in milliseconds and a speed from 1 to 100000.</source>
            <translation>--test-clock ANCHOR_MS:SPEED ist nur für Tests über Loopback gedacht: Geben Sie es zusammen mit --insecure-http an, mit einer Startzeit in Millisekunden und einer Geschwindigkeit von 1 bis 100000.</translation>
        </message>
        <message>
            <location filename="../app/server/ServerCommands.cpp" line="+32" />
            <source>twofold-server does not know the option --%1: see twofold-server --help.</source>
            <translation>twofold-server kennt die Option --%1 nicht: siehe twofold-server --help.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The option --%1 needs a value.</source>
            <translation>Die Option --%1 braucht einen Wert.</translation>
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
            <translation>Aufruf: twofold-server --data DIR [--listen HOST:PORT] --tls-cert DATEI --tls-key DATEI
       twofold-server --data DIR --listen 127.0.0.1:PORT --insecure-http
       twofold-server admin [--data DIR | --database URL] BEFEHL

Der Anmeldeserver von Twofold: Er prüft zweite Faktoren und verwahrt, was die Tresore brauchen.

Optionen:
  --data DIR            Datenordner (mit 0700 angelegt); enthält die SQLite-Datenbank und den Pepper
  --database URL        postgresql://BENUTZER@HOST[:PORT]/DATENBANK statt SQLite
  --config DATEI        Konfigurationsdatei (Modus 0600): SMTP- und SMS-Zugangsdaten, der Pepper
  --listen HOST:PORT    Adresse, auf der gelauscht wird (Standard 127.0.0.1:8443)
  --tls-cert DATEI      PEM-Zertifikat (Kette) für HTTPS
  --tls-key DATEI       privater PEM-Schlüssel für HTTPS
  --insecure-http       einfaches HTTP, nur auf einer Loopback-Adresse
  --rate-capacity N     Anfragen, die eine Client-Adresse auf einmal senden darf (Standard 60)
  --rate-per-second N   Anfragen pro Sekunde, die eine Client-Adresse dauerhaft senden darf (Standard 1)
  --max-body-bytes N    größter Anfragerumpf (Standard 65536)
  --help, --version

Admin-Befehle:
  org create NAME
  org list
  org policy NAME off|optional|required [--methods authenticator,email,sms]
  user list [--org NAME]
  user reset-2fa EMAIL
  device list EMAIL
  device revoke ID

Exit-Status: 0 Erfolg, 1 Aufruf oder Ablehnung, 4 Dateiproblem, 5 Datenbank nicht erreichbar.</translation>
        </message>
        <message>
            <location filename="../core/server/ServerSentences.cpp" line="+10" />
            <source>“%1” is not a database address: use postgresql://USER@HOST[:PORT]/DATABASE.</source>
            <translation>„%1“ ist keine Datenbankadresse: Verwenden Sie postgresql://BENUTZER@HOST[:PORT]/DATENBANK.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database address starts with “%1:”, but only postgresql:// and sqlite:// are supported.</source>
            <translation>Die Datenbankadresse beginnt mit „%1:“, unterstützt werden aber nur postgresql:// und sqlite://.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Leave the password out of the database address: put it in the config file as database-password, or in ~/.pgpass.</source>
            <translation>Lassen Sie das Passwort aus der Datenbankadresse weg: Tragen Sie es in der Konfigurationsdatei als database-password ein oder in ~/.pgpass.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database address has the unknown setting “%1”: only sslmode and host (a socket folder) are allowed.</source>
            <translation>Die Datenbankadresse enthält die unbekannte Einstellung „%1“: Erlaubt sind nur sslmode und host (ein Socket-Ordner).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The database address %1 needs a user, a host and a database name, as in postgresql://twofold@localhost/twofold.</source>
            <translation>Die Datenbankadresse %1 braucht einen Benutzer, einen Host und einen Datenbanknamen, wie in postgresql://twofold@localhost/twofold.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Qt’s %1 database driver is not installed (on Debian: libqt6sql6-sqlite or libqt6sql6-psql).</source>
            <translation>Qts Datenbanktreiber %1 ist nicht installiert (unter Debian: libqt6sql6-sqlite oder libqt6sql6-psql).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database file %1 cannot be opened for writing: check the data folder’s owner and free space.</source>
            <translation>Die Datenbankdatei %1 lässt sich nicht zum Schreiben öffnen: Prüfen Sie den Eigentümer des Datenordners und den freien Platz.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The database server at %1 could not be reached or refused the sign-in: check that it runs, the address, the user and the password.</source>
            <translation>Der Datenbankserver unter %1 war nicht erreichbar oder hat die Anmeldung abgelehnt: Prüfen Sie, ob er läuft, sowie Adresse, Benutzer und Passwort.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database refused a change: the log says why.</source>
            <translation>Die Datenbank hat eine Änderung abgelehnt: Das Protokoll nennt den Grund.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The database was set up by a newer twofold-server (schema %1; this one knows up to %2): upgrade twofold-server.</source>
            <translation>Die Datenbank wurde von einem neueren twofold-server eingerichtet (Schema %1; dieser kennt bis %2): Aktualisieren Sie twofold-server.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Updating the database to schema %1 failed and was undone: the log says why.</source>
            <translation>Die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen und wurde rückgängig gemacht: Das Protokoll nennt den Grund.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“%1” is not an email address.</source>
            <translation>„%1“ ist keine E-Mail-Adresse.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is already an account for %1.</source>
            <translation>Für %1 gibt es bereits ein Konto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no account for %1.</source>
            <translation>Für %1 gibt es kein Konto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no account number %1.</source>
            <translation>Es gibt kein Konto mit der Nummer %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no organisation number %1.</source>
            <translation>Es gibt keine Organisation mit der Nummer %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An organisation’s name must have 1 to 100 characters.</source>
            <translation>Der Name einer Organisation muss 1 bis 100 Zeichen haben.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is already an organisation named “%1”.</source>
            <translation>Es gibt bereits eine Organisation namens „%1“.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no organisation named “%1”.</source>
            <translation>Es gibt keine Organisation namens „%1“.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“%1” is not a policy: use off, optional or required.</source>
            <translation>„%1“ ist keine Richtlinie: Verwenden Sie off, optional oder required.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“%1” is not a sign-in method: use authenticator, email or sms, separated by commas.</source>
            <translation>„%1“ ist keine Anmeldemethode: Verwenden Sie authenticator, email oder sms, durch Kommas getrennt.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The method %1 is named twice.</source>
            <translation>Die Methode %1 ist doppelt genannt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no device number %1.</source>
            <translation>Es gibt kein Gerät mit der Nummer %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The config file %1 cannot be read.</source>
            <translation>Die Konfigurationsdatei %1 kann nicht gelesen werden.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The config file %1 holds secrets but other users may read it (mode %2): run chmod 600 %1.</source>
            <translation>Die Konfigurationsdatei %1 enthält Geheimnisse, aber andere Benutzer dürfen sie lesen (Modus %2): Führen Sie chmod 600 %1 aus.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The config file %1 is not a regular file.</source>
            <translation>Die Konfigurationsdatei %1 ist keine normale Datei.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Line %2 of the config file %1 is not of the form “key = value”.</source>
            <translation>Zeile %2 der Konfigurationsdatei %1 hat nicht die Form „Schlüssel = Wert“.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Line %2 of the config file %1 sets “%3”, which twofold-server does not know.</source>
            <translation>Zeile %2 der Konfigurationsdatei %1 setzt „%3“, das twofold-server nicht kennt.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Line %2 of the config file %1 sets “%3” a second time.</source>
            <translation>Zeile %2 der Konfigurationsdatei %1 setzt „%3“ ein zweites Mal.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The setting %1 %2</source>
            <translation>Die Einstellung %1 %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be a number.</source>
            <translation>muss eine Zahl sein.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be greater than zero.</source>
            <translation>muss größer als null sein.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be 32 bytes written in base64 (openssl rand -base64 32 makes one).</source>
            <translation>muss aus 32 Bytes in Base64 bestehen (openssl rand -base64 32 erzeugt sie).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be true or false.</source>
            <translation>muss true oder false sein.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be smtp://HOST[:PORT] (STARTTLS) or smtps://HOST[:PORT].</source>
            <translation>muss smtp://HOST[:PORT] (STARTTLS) oder smtps://HOST[:PORT] sein.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be starttls, tls or none.</source>
            <translation>muss starttls, tls oder none sein.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be none, twilio or webhook.</source>
            <translation>muss none, twilio oder webhook sein.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Say where twofold-server keeps its data with --data DIR (or data = DIR in the config file).</source>
            <translation>Geben Sie mit --data DIR an, wo twofold-server seine Daten ablegt (oder mit data = DIR in der Konfigurationsdatei).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“%1” is not an address to listen on: use HOST:PORT, such as 127.0.0.1:8443 or [::1]:8443.</source>
            <translation>„%1“ ist keine Adresse zum Lauschen: Verwenden Sie HOST:PORT, etwa 127.0.0.1:8443 oder [::1]:8443.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--insecure-http sends sign-in traffic unencrypted, so it is allowed only on this computer’s loopback address, not on %1.</source>
            <translation>--insecure-http überträgt den Anmeldeverkehr unverschlüsselt und ist daher nur auf der Loopback-Adresse dieses Computers erlaubt, nicht auf %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>twofold-server needs --tls-cert and --tls-key (or --insecure-http on a loopback address for tests).</source>
            <translation>twofold-server braucht --tls-cert und --tls-key (oder --insecure-http auf einer Loopback-Adresse für Tests).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The TLS file %1 cannot be read.</source>
            <translation>Die TLS-Datei %1 kann nicht gelesen werden.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 holds no PEM certificate.</source>
            <translation>%1 enthält kein PEM-Zertifikat.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
            <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA oder EC).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>twofold-server cannot listen on %1: %2</source>
            <translation>twofold-server kann nicht auf %1 lauschen: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The data folder %1 cannot be created or is not writable.</source>
            <translation>Der Datenordner %1 kann nicht angelegt werden oder ist nicht beschreibbar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The pepper in %1 is not 32 bytes of base64: restore it from a backup (without it no account can sign in).</source>
            <translation>Der Pepper in %1 besteht nicht aus 32 Bytes Base64: Stellen Sie ihn aus einer Sicherung wieder her (ohne ihn kann sich kein Konto anmelden).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is nothing at this address.</source>
            <translation>Unter dieser Adresse gibt es nichts.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This address does not take that method.</source>
            <translation>Diese Adresse nimmt diese Methode nicht an.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The request is larger than %1 bytes.</source>
            <translation>Die Anfrage ist größer als %1 Bytes.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The request’s headers are larger than %1 bytes.</source>
            <translation>Die Kopfzeilen der Anfrage sind größer als %1 Bytes.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Send the request body with a Content-Length, not in chunks.</source>
            <translation>Senden Sie den Anfragerumpf mit Content-Length, nicht in Stücken.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Too many requests from this address: try again in %n seconds.</source>
            <translation>
                <numerusform>Zu viele Anfragen von dieser Adresse: Versuchen Sie es in %n Sekunde erneut.</numerusform>
                <numerusform>Zu viele Anfragen von dieser Adresse: Versuchen Sie es in %n Sekunden erneut.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>The request body is not valid JSON.</source>
            <translation>Der Anfragerumpf ist kein gültiges JSON.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The request body must be a JSON object.</source>
            <translation>Der Anfragerumpf muss ein JSON-Objekt sein.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The field “%1” is missing.</source>
            <translation>Das Feld „%1“ fehlt.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The field “%1” must be a whole number.</source>
            <translation>Das Feld „%1“ muss eine ganze Zahl sein.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The field “%1” must be true or false.</source>
            <translation>Das Feld „%1“ muss true oder false sein.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The field “%1” must be a string without control characters.</source>
            <translation>Das Feld „%1“ muss eine Zeichenkette ohne Steuerzeichen sein.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The field “%1” is not part of this request.</source>
            <translation>Das Feld „%1“ gehört nicht zu dieser Anfrage.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The field “%1” is longer than %2 characters.</source>
            <translation>Das Feld „%1“ ist länger als %2 Zeichen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Send the request body as application/json.</source>
            <translation>Senden Sie den Anfragerumpf als application/json.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server could not handle the request: its log says why.</source>
            <translation>Der Server konnte die Anfrage nicht bearbeiten: Sein Protokoll nennt den Grund.</translation>
        </message>
        <message>
            <location filename="../core/server/verifier/ServerDelivery.cpp" line="+33" />
            <source>a computer without a name</source>
            <translation>einem Computer ohne Namen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New sign-in to your Twofold vault</source>
            <translation>Neue Anmeldung an Ihrem Twofold-Tresor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your Twofold account %1 was signed in to from a computer it had not seen before (“%2”) at %3.

If this was you, there is nothing to do. If it was not, change your master password now and ask your administrator to revoke that computer.
</source>
            <translation>Bei Ihrem Twofold-Konto %1 wurde sich um %3 von einem Computer angemeldet, den es noch nicht kannte („%2“).

Wenn Sie das waren, ist nichts zu tun. Wenn nicht, ändern Sie jetzt Ihr Master-Passwort und bitten Sie Ihren Administrator, diesen Computer zu sperren.
</translation>
        </message>
    </context>
    <context>
        <name>Twofold::SignIn</name>
        <message>
            <location filename="../ui/signin/SignInText.cpp" line="+10" />
            <source>Enter the 6-digit code from your authenticator app</source>
            <extracomment>The code is the one-time number an authenticator app (TOTP) shows, not a password.</extracomment>
            <translation>Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein</translation>
        </message>
        <message>
            <location line="+7" />
            <source>We sent a code to %1</source>
            <extracomment>%1 is a masked email address or phone number, e.g. "j•••@example.com". The code is a one-time sign-in number.</extracomment>
            <translation>Wir haben einen Code an %1 gesendet</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sending a code to %1…</source>
            <extracomment>%1 is a masked email address or phone number. The code is a one-time sign-in number.</extracomment>
            <translation>Code wird an %1 gesendet…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Send a code by text message to %1</source>
            <extracomment>%1 is a masked email address or phone number. The code is a one-time sign-in number.</extracomment>
            <translation>Einen Code per SMS an %1 senden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send a code by email to %1</source>
            <translation>Einen Code per E-Mail an %1 senden</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This vault asks for a code at every sign-in.</source>
            <translation>Dieser Tresor verlangt bei jeder Anmeldung einen Code.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This vault asks for a code only on computers it does not remember.</source>
            <translation>Dieser Tresor verlangt einen Code nur auf Computern, die nicht gemerkt sind.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>The code in your app changes in %n s</source>
            <extracomment>How long the 6-digit number the authenticator app shows now stays valid.</extracomment>
            <translation>
                <numerusform>Der Code in Ihrer App ändert sich in %n s</numerusform>
                <numerusform>Der Code in Ihrer App ändert sich in %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Resend in %n s</source>
            <extracomment>A button, disabled until it can send another one-time code.</extracomment>
            <translation>
                <numerusform>Erneut senden in %n s</numerusform>
                <numerusform>Erneut senden in %n s</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Resend code</source>
            <extracomment>A button: send another one-time sign-in code.</extracomment>
            <translation>Code erneut senden</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Send code in %n s</source>
            <extracomment>A button, disabled while no more codes may be sent (five an hour); the wait.</extracomment>
            <translation>
                <numerusform>Code senden in %n s</numerusform>
                <numerusform>Code senden in %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Send code in %n min</source>
            <translation>
                <numerusform>Code senden in %n min</numerusform>
                <numerusform>Code senden in %n min</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Send code</source>
            <extracomment>A button: send a one-time sign-in code.</extracomment>
            <translation>Code senden</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Too many wrong codes. Try again in %1</source>
            <extracomment>%1 is minutes:seconds, e.g. 0:28. Codes are the one-time sign-in numbers.</extracomment>
            <translation>Zu viele falsche Codes. Versuchen Sie es in %1 erneut</translation>
        </message>
        <message>
            <location line="+7" />
            <source>You have no recovery codes left.</source>
            <translation>Sie haben keine Wiederherstellungscodes mehr.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You have one recovery code left.</source>
            <translation>Sie haben noch einen Wiederherstellungscode.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>You have %n recovery codes left.</source>
            <translation>
                <numerusform>Sie haben noch %n Wiederherstellungscode.</numerusform>
                <numerusform>Sie haben noch %n Wiederherstellungscodes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Recovery code accepted. You have no recovery codes left: make new ones in Preferences &gt; Security now.</source>
            <translation>Wiederherstellungscode akzeptiert. Sie haben keine Wiederherstellungscodes mehr: Erstellen Sie jetzt unter Einstellungen &gt; Sicherheit neue.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recovery code accepted. You have one recovery code left: make new ones in Preferences &gt; Security soon.</source>
            <translation>Wiederherstellungscode akzeptiert. Sie haben noch einen Wiederherstellungscode: Erstellen Sie bald unter Einstellungen &gt; Sicherheit neue.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Recovery code accepted. You have %n recovery codes left.</source>
            <translation>
                <numerusform>Wiederherstellungscode akzeptiert. Sie haben noch %n Wiederherstellungscode.</numerusform>
                <numerusform>Wiederherstellungscode akzeptiert. Sie haben noch %n Wiederherstellungscodes.</numerusform>
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
            <translation>Ein Datensatz auf dem Synchronisierungsserver lässt sich mit dem Schlüssel dieses Tresors nicht öffnen: Er ist beschädigt oder gehört nicht zu diesem Tresor.</translation>
        </message>
        <message>
            <location filename="../core/sync/SyncEngine.cpp" line="+35" />
            <source>Syncing…</source>
            <translation>Wird synchronisiert…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Offline — %n change(s) waiting</source>
            <translation>
                <numerusform>Offline — %n Änderung wartet</numerusform>
                <numerusform>Offline — %n Änderungen warten</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not synced: %1</source>
            <translation>Nicht synchronisiert: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Synced</source>
            <translation>Synchronisiert</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n Änderung wartet</numerusform>
                <numerusform>%n Änderungen warten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Twofold::Vault</name>
        <message>
            <location filename="../core/vault/Vault.cpp" line="+25" />
            <source>There is no entry called "%1".</source>
            <translation>Es gibt keinen Eintrag namens „%1“.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no group called "%1".</source>
            <translation>Es gibt keine Gruppe namens „%1“.</translation>
        </message>
        <message>
            <location line="+90" />
            <source>%1 entries are called "%2": name one by its id (%3).</source>
            <translation>%1 Einträge heißen „%2“: nennen Sie einen über seine ID (%3).</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+31" />
            <source>An entry needs a title.</source>
            <translation>Ein Eintrag braucht einen Titel.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>"%1" has no password version %2.</source>
            <translation>„%1“ hat keine Passwortversion %2.</translation>
        </message>
        <message>
            <location line="+462" />
            <location line="+17" />
            <source>A group name cannot be empty or contain "/".</source>
            <translation>Ein Gruppenname darf nicht leer sein und kein „/“ enthalten.</translation>
        </message>
        <message>
            <location line="-11" />
            <source>There is already a group called "%1" here.</source>
            <translation>Hier gibt es bereits eine Gruppe namens „%1“.</translation>
        </message>
        <message>
            <location line="-447" />
            <source>"%1" has no older version %2.</source>
            <translation>„%1“ hat keine ältere Version %2.</translation>
        </message>
        <message>
            <location line="+240" />
            <source>"%1" already has %2 attachments, the most an entry can have. Remove one first.</source>
            <translation>„%1“ hat schon %2 Anhänge, so viele, wie ein Eintrag haben kann. Entfernen Sie zuerst einen.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>"%1" has %2 attachments called "%3": give its number instead (1 is the first).</source>
            <translation>„%1“ hat %2 Anhänge namens „%3“: geben Sie stattdessen seine Nummer an (1 ist der erste).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>"%1" has no attachment called "%2". Its attachments: %3.</source>
            <translation>„%1“ hat keinen Anhang namens „%2“. Seine Anhänge: %3.</translation>
        </message>
        <message>
            <location line="-4" />
            <source>"%1" has no attachments.</source>
            <translation>„%1“ hat keine Anhänge.</translation>
        </message>
        <message>
            <location line="-31" />
            <source>"%1" has no such attachment.</source>
            <translation>„%1“ hat keinen solchen Anhang.</translation>
        </message>
        <message>
            <location line="-36" />
            <source>"%1" is %2 MiB; an attachment can be at most %3 MiB.</source>
            <translation>„%1“ ist %2 MiB groß; ein Anhang darf höchstens %3 MiB groß sein.</translation>
        </message>
        <message>
            <location line="-3" />
            <source>An attachment needs a name.</source>
            <translation>Ein Anhang braucht einen Namen.</translation>
        </message>
        <message>
            <location line="+101" />
            <location line="+6" />
            <source>The attachment "%1" is damaged in the vault file and cannot be opened. The rest of the vault is not affected.</source>
            <translation>Der Anhang „%1“ ist in der Tresordatei beschädigt und lässt sich nicht öffnen. Der übrige Tresor ist nicht betroffen.</translation>
        </message>
        <message>
            <location line="-14" />
            <source>The content of "%1" is not on this computer: it was added on another computer, and sync carries an attachment's name but not its content yet.</source>
            <translation>Der Inhalt von „%1“ ist nicht auf diesem Computer: Er wurde auf einem anderen Computer hinzugefügt, und die Synchronisierung überträgt bisher den Namen eines Anhangs, nicht seinen Inhalt.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>This attachment's content is not on this computer.</source>
            <translation>Der Inhalt dieses Anhangs ist nicht auf diesem Computer.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::VaultFile</name>
        <message>
            <location filename="../core/vault/VaultCodec.cpp" line="+247" />
            <source>The vault's content is damaged and cannot be read. Try the backup copy (the same name ending in .bak).</source>
            <translation>Der Inhalt des Tresors ist beschädigt und kann nicht gelesen werden. Versuchen Sie es mit der Sicherungskopie (derselbe Name mit der Endung .bak).</translation>
        </message>
        <message>
            <location line="+368" />
            <source>A record from the sync server is damaged and cannot be read.</source>
            <translation>Ein Datensatz vom Synchronisierungsserver ist beschädigt und kann nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../core/vault/VaultFile.cpp" line="+40" />
            <source>This file is not a Twofold vault.</source>
            <translation>Diese Datei ist kein Twofold-Tresor.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The vault file is damaged (%1) and cannot be opened. Try the backup copy (the same name ending in .bak).</source>
            <translation>Die Tresordatei ist beschädigt (%1) und kann nicht geöffnet werden. Versuchen Sie es mit der Sicherungskopie (derselbe Name mit der Endung .bak).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>That password is not right for this vault.</source>
            <translation>Dieses Passwort ist für diesen Tresor nicht richtig.</translation>
        </message>
        <message>
            <location line="+194" />
            <source>This file asks for more memory or time than Twofold ever uses: it was changed. Try the backup copy (the same name ending in .bak).</source>
            <translation>Diese Datei verlangt mehr Speicher oder Zeit, als Twofold je verwendet: Sie wurde verändert. Versuchen Sie es mit der Sicherungskopie (derselbe Name mit der Endung .bak).</translation>
        </message>
        <message>
            <location line="+78" />
            <source>There is no vault at %1.</source>
            <translation>Unter %1 gibt es keinen Tresor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is a folder, not a vault file.</source>
            <translation>%1 ist ein Ordner, keine Tresordatei.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You do not have permission to read %1.</source>
            <translation>Sie haben keine Berechtigung, %1 zu lesen.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <location line="+126" />
            <source>The vault file %1 could not be read: %2.</source>
            <translation>Die Tresordatei %1 konnte nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <location line="-75" />
            <location line="+18" />
            <location line="+7" />
            <location line="+381" />
            <location line="+46" />
            <source>it ends too early</source>
            <translation>sie endet zu früh</translation>
        </message>
        <message>
            <location line="-445" />
            <source>This vault uses format %1, which this version of Twofold does not know: it was saved by a newer Twofold (update Twofold to open it), or the file is damaged.</source>
            <translation>Dieser Tresor verwendet das Format %1, das diese Version von Twofold nicht kennt: Er wurde von einer neueren Version von Twofold gespeichert (aktualisieren Sie Twofold, um ihn zu öffnen), oder die Datei ist beschädigt.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown format</source>
            <translation>unbekanntes Format</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+389" />
            <source>impossible header size</source>
            <translation>unmögliche Header-Größe</translation>
        </message>
        <message>
            <location line="-383" />
            <source>the header checksum does not match</source>
            <translation>die Prüfsumme des Headers stimmt nicht</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+386" />
            <source>impossible content size</source>
            <translation>unmögliche Inhaltsgröße</translation>
        </message>
        <message>
            <location line="-381" />
            <location line="+16" />
            <source>there are extra bytes at the end</source>
            <translation>am Ende stehen überzählige Bytes</translation>
        </message>
        <message>
            <location line="-184" />
            <source>the header cannot be read</source>
            <translation>der Header kann nicht gelesen werden</translation>
        </message>
        <message>
            <location line="+249" />
            <location line="+22" />
            <source>it has no password key slot</source>
            <translation>sie hat keinen Schlüsselplatz für das Passwort</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+12" />
            <source>This vault has two-factor sign-in turned on: it needs a code as well as the password.</source>
            <translation>Für diesen Tresor ist die Zwei-Faktor-Anmeldung aktiviert: Er braucht neben dem Passwort auch einen Code.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>the sign-in server's copy of its key slot cannot be read</source>
            <translation>die Kopie seines Schlüsselfachs auf dem Anmeldeserver kann nicht gelesen werden</translation>
        </message>
        <message>
            <location line="+51" />
            <source>That app password is not right for this vault, or it was revoked.</source>
            <translation>Dieses App-Passwort ist für diesen Tresor nicht richtig, oder es wurde widerrufen.</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+17" />
            <location line="+3" />
            <source>its content does not decrypt</source>
            <translation>ihr Inhalt lässt sich nicht entschlüsseln</translation>
        </message>
        <message>
            <location line="-53" />
            <source>This vault's app passwords also need its account key, which this computer does not have: use the app password on a computer signed in to the account.</source>
            <translation>Die App-Passwörter dieses Tresors brauchen auch seinen Kontoschlüssel, den dieser Computer nicht hat: Verwenden Sie das App-Passwort auf einem Computer, der beim Konto angemeldet ist.</translation>
        </message>
        <message>
            <location line="+206" />
            <source>The attachments of %1 could not be read: %2.</source>
            <translation>Die Anhänge von %1 konnten nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <location line="+50" />
            <location line="+4" />
            <source>The vault file changed on disk.</source>
            <translation>Die Tresordatei hat sich auf dem Datenträger geändert.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::VaultLocation</name>
        <message>
            <location filename="../ui/common/VaultLocation.cpp" line="+49" />
            <source>Twofold vaults (*.twofold);;All files (*)</source>
            <translation>Twofold-Tresore (*.twofold);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/gui/Startup.cpp" line="+52" />
            <source>Password manager with two-factor sign-in.</source>
            <translation>Passwortmanager mit Zwei-Faktor-Anmeldung.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The vault file to open (optional).</source>
            <translation>Die zu öffnende Tresordatei (optional).</translation>
        </message>
    </context>
    <context>
        <name>twofold::AccountSignInPage</name>
        <message>
            <location filename="../ui/account/AccountSignInPage.cpp" line="+36" />
            <source>Why the account key is asked</source>
            <translation>Warum der Kontoschlüssel gefragt wird</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Auswählen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What is missing</source>
            <translation>Was fehlt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sign in</source>
            <translation>A&amp;nmelden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in to your Twofold account</source>
            <translation>Bei Ihrem Twofold-Konto anmelden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About signing in</source>
            <translation>Über die Anmeldung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use your account on this computer too. Once the server has checked your second factor, your vault is set up here.</source>
            <translation>Nutzen Sie Ihr Konto auch auf diesem Computer. Sobald der Server Ihren zweiten Faktor geprüft hat, wird Ihr Tresor hier eingerichtet.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server address</source>
            <translation>Serveradresse</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Master password</source>
            <translation>Master-Passwort</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Account key</source>
            <translation>Kontoschlüssel</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Vault location</source>
            <translation>Speicherort des Tresors</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the vault location</source>
            <translation>Speicherort des Tresors wählen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Signing in</source>
            <translation>Anmeldung läuft</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ser&amp;ver:</source>
            <translation>Se&amp;rver:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Email:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Master password:</source>
            <translation>&amp;Master-Passwort:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Account &amp;key:</source>
            <translation>&amp;Kontoschlüssel:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Location:</source>
            <translation>&amp;Speicherort:</translation>
        </message>
        <message>
            <location line="-56" />
            <source>Read from &amp;image…</source>
            <translation>Aus &amp;Bild lesen…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Read the account key from a picture of the QR code</source>
            <translation>Kontoschlüssel aus einem Bild des QR-Codes lesen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A picture of the QR code another signed-in computer shows in Settings &gt; Security &gt; Add a computer…</source>
            <translation>Ein Bild des QR-Codes, den ein anderer angemeldeter Computer unter Einstellungen &gt; Sicherheit &gt; Computer hinzufügen… zeigt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the key from your emergency kit, or paste the whole twofold://add-computer link</source>
            <translation>Geben Sie den Schlüssel aus Ihrem Notfallkit ein, oder fügen Sie den ganzen twofold://add-computer-Link ein</translation>
        </message>
    </context>
    <context>
        <name>twofold::AddComputerDialog</name>
        <message>
            <location filename="../ui/account/AddComputerDialog.cpp" line="+38" />
            <source>Server address</source>
            <translation>Serveradresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account &amp;key:</source>
            <translation>&amp;Kontoschlüssel:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Account key</source>
            <translation>Kontoschlüssel</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+148" />
            <source>&amp;Show key…</source>
            <translation>Schlüssel &amp;zeigen…</translation>
        </message>
        <message>
            <location line="-147" />
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add a computer — Twofold</source>
            <translation>Computer hinzufügen — Twofold</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in on another computer</source>
            <translation>Auf einem anderen Computer anmelden</translation>
        </message>
        <message>
            <location line="+6" />
            <source>On the other computer, open Twofold and choose Use a Twofold server, then Sign in to an account. There, type what is shown here, or use Read from image… with a picture of the QR code. Your master password and second factor are asked there too: this alone opens nothing.</source>
            <translation>Öffnen Sie auf dem anderen Computer Twofold und wählen Sie Twofold-Server verwenden, dann Bei einem Konto anmelden. Geben Sie dort ein, was hier steht, oder verwenden Sie Aus Bild lesen… mit einem Bild des QR-Codes. Master-Passwort und zweiter Faktor werden dort ebenfalls abgefragt: Dies allein öffnet nichts.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+120" />
            <source>Hidden</source>
            <translation>Verborgen</translation>
        </message>
        <message>
            <location line="-117" />
            <source>QR code for the other computer</source>
            <translation>QR-Code für den anderen Computer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Holds the server address, the email and the account key</source>
            <translation>Enthält Serveradresse, E-Mail und Kontoschlüssel</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keep this code to yourself: with your master password and second factor, it opens your vault.</source>
            <translation>Behalten Sie diesen Code für sich: Mit Ihrem Master-Passwort und zweiten Faktor öffnet er Ihren Tresor.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+113" />
            <source>Show the account key and its QR code</source>
            <translation>Kontoschlüssel und QR-Code zeigen</translation>
        </message>
        <message>
            <location line="-110" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ser&amp;ver:</source>
            <translation>Ser&amp;ver:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Email:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The account key is a secret: enter your master password to show it.</source>
            <translation>Der Kontoschlüssel ist geheim: Geben Sie Ihr Master-Passwort ein, um ihn zu zeigen.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>&amp;Hide key</source>
            <translation>Schlüssel &amp;verbergen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hide the account key and its QR code</source>
            <translation>Kontoschlüssel und QR-Code verbergen</translation>
        </message>
    </context>
    <context>
        <name>twofold::AppFlow</name>
        <message numerus="yes">
            <location filename="../ui/setup/AppFlow.cpp" line="+71" />
            <source>You signed in with a recovery code. You have %n recovery codes left: each works once.</source>
            <translation>
                <numerusform>Sie haben sich mit einem Wiederherstellungscode angemeldet. Sie haben noch %n Wiederherstellungscode: Er funktioniert nur einmal.</numerusform>
                <numerusform>Sie haben sich mit einem Wiederherstellungscode angemeldet. Sie haben noch %n Wiederherstellungscodes: Jeder funktioniert nur einmal.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>You signed in with your last recovery code. Make new ones in Settings &gt; Security now.</source>
            <translation>Sie haben sich mit Ihrem letzten Wiederherstellungscode angemeldet. Erstellen Sie jetzt unter Einstellungen &gt; Sicherheit neue.</translation>
        </message>
    </context>
    <context>
        <name>twofold::AppPasswordDialog</name>
        <message>
            <location filename="../ui/preferences/AppPasswordDialog.cpp" line="+23" />
            <source>&amp;Create</source>
            <translation>&amp;Erstellen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Done</source>
            <translation>&amp;Fertig</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New app password</source>
            <translation>Neues App-Passwort</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Name the script or program that will use it, so you know what to revoke later.</source>
            <translation>Nennen Sie das Skript oder Programm, das es verwenden wird, damit Sie später wissen, was Sie widerrufen müssen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup script</source>
            <translation>Sicherungsskript</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>This is the app password. Copy it now: it will not be shown again.</source>
            <translation>Dies ist das App-Passwort. Kopieren Sie es jetzt: Es wird nicht noch einmal angezeigt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>App password</source>
            <translation>App-Passwort</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy the app password</source>
            <translation>Das App-Passwort kopieren</translation>
        </message>
    </context>
    <context>
        <name>twofold::AppTray</name>
        <message>
            <location filename="../ui/setup/AppTray.cpp" line="+18" />
            <source>&amp;Show Twofold</source>
            <translation>Twofold &amp;anzeigen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quick &amp;search…</source>
            <translation>&amp;Schnellsuche…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Lock vault</source>
            <translation>Tresor &amp;sperren</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit Twofold</source>
            <translation>Twofold &amp;beenden</translation>
        </message>
    </context>
    <context>
        <name>twofold::AttachmentsView</name>
        <message>
            <location filename="../ui/vault/AttachmentsView.cpp" line="+151" />
            <location line="+5" />
            <source>"%1" could not be read: %2.</source>
            <translation>„%1“ konnte nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <location line="-12" />
            <source>"%1" is %2; an attachment can be at most %3 MiB.</source>
            <translation>„%1“ ist %2 groß; ein Anhang darf höchstens %3 MiB groß sein.</translation>
        </message>
        <message>
            <location line="-109" />
            <source>Add &amp;files…</source>
            <translation>&amp;Dateien hinzufügen…</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Add files to the entry</source>
            <translation>Dateien zum Eintrag hinzufügen</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Add files to the entry as attachments</source>
            <translation>Dateien als Anhänge zum Eintrag hinzufügen</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <location line="+122" />
            <source>Attached "%1".</source>
            <translation>„%1“ angehängt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attached %1 files.</source>
            <translation>%1 Dateien angehängt.</translation>
        </message>
        <message>
            <location line="-125" />
            <source>Attachments</source>
            <translation>Anhänge</translation>
        </message>
        <message>
            <location line="-12" />
            <location line="+84" />
            <source>Attachments:</source>
            <translation>Anhänge:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attachments: none</source>
            <translation>Anhänge: keine</translation>
        </message>
        <message>
            <location line="-71" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Re&amp;move</source>
            <translation>Ent&amp;fernen</translation>
        </message>
        <message>
            <location line="+169" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Remove "%1" from the entry? Its content leaves the vault when it is saved.</source>
            <translation>„%1“ aus dem Eintrag entfernen? Sein Inhalt verlässt den Tresor beim Speichern.</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Remove the attachment?</source>
            <translation>Anhang entfernen?</translation>
        </message>
        <message>
            <location line="-147" />
            <source>Remove the chosen attachment from the entry</source>
            <translation>Den gewählten Anhang aus dem Eintrag entfernen</translation>
        </message>
        <message>
            <location line="+163" />
            <source>Removed "%1" from the entry.</source>
            <translation>„%1“ aus dem Eintrag entfernt.</translation>
        </message>
        <message>
            <location line="-183" />
            <source>Save &amp;as…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Save the attachment</source>
            <translation>Anhang speichern</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Save the chosen attachment as a file</source>
            <translation>Den gewählten Anhang als Datei speichern</translation>
        </message>
        <message>
            <location line="+137" />
            <source>Saved "%1" to %2 (readable only by you).</source>
            <translation>„%1“ in %2 gespeichert (nur für Sie lesbar).</translation>
        </message>
        <message>
            <location line="-147" />
            <source>Size</source>
            <translation>Größe</translation>
        </message>
    </context>
    <context>
        <name>twofold::AuthenticatorSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/AuthenticatorSetupDialog.cpp" line="+21" />
            <source>&amp;Copy key</source>
            <translation>Schlüssel &amp;kopieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Verify</source>
            <translation>&amp;Prüfen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Scan the QR code with your authenticator app, or type the setup key into it. Then enter the 6-digit code the app shows, to check that it works.</source>
            <extracomment>"setup key": the authenticator secret written out for typing into an app by hand.</extracomment>
            <translation>Scannen Sie den QR-Code mit Ihrer Authenticator-App, oder tippen Sie den Einrichtungsschlüssel dort ein. Geben Sie dann den 6-stelligen Code ein, den die App anzeigt, um zu prüfen, ob es funktioniert.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>QR code for your authenticator app</source>
            <translation>QR-Code für Ihre Authenticator-App</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A QR code holding the setup key. Scan it with your authenticator app, or type the setup key shown next to it instead.</source>
            <translation>Ein QR-Code, der den Einrichtungsschlüssel enthält. Scannen Sie ihn mit Ihrer Authenticator-App, oder tippen Sie stattdessen den daneben angezeigten Einrichtungsschlüssel ein.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Setup key</source>
            <extracomment>"setup key": the authenticator secret written out for typing into an app by hand.</extracomment>
            <translation>Einrichtungsschlüssel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the setup key</source>
            <translation>Den Einrichtungsschlüssel kopieren</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Setup &amp;key:</source>
            <extracomment>"setup key": the authenticator secret written out for typing into an app by hand.</extracomment>
            <translation>&amp;Einrichtungsschlüssel:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Code from the authenticator app</source>
            <extracomment>"code": the 6-digit one-time code an authenticator app shows.</extracomment>
            <translation>Code aus der Authenticator-App</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;ode from the app:</source>
            <extracomment>"code": the 6-digit one-time code an authenticator app shows.</extracomment>
            <translation>&amp;Code aus der App:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Verify the code</source>
            <translation>Den Code prüfen</translation>
        </message>
        <message numerus="yes">
            <location line="+31" />
            <source>The setup key is copied. The clipboard is cleared in %n second(s).</source>
            <extracomment>"setup key": the authenticator secret written out for typing into an app by hand.</extracomment>
            <translation>
                <numerusform>Der Einrichtungsschlüssel wurde kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
                <numerusform>Der Einrichtungsschlüssel wurde kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>Account: %1    Issuer: %2</source>
            <extracomment>The account and issuer an authenticator app lists this code under.</extracomment>
            <translation>Konto: %1    Aussteller: %2</translation>
        </message>
    </context>
    <context>
        <name>twofold::ChangeMasterPasswordDialog</name>
        <message>
            <location filename="../ui/preferences/ChangeMasterPasswordDialog.cpp" line="+24" />
            <source>C&amp;hange password</source>
            <translation>&amp;Passwort ändern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change master password</source>
            <translation>Master-Passwort ändern</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New master password</source>
            <translation>Neues Master-Passwort</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New master password again</source>
            <translation>Neues Master-Passwort wiederholen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Every remembered computer will be asked for a code again. Your methods, recovery codes and app passwords stay as they are.</source>
            <translation>Auf allen gemerkten Computern wird wieder ein Code abgefragt. Ihre Methoden, Wiederherstellungscodes und App-Passwörter bleiben unverändert.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;New password:</source>
            <translation>&amp;Neues Passwort:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Again:</source>
            <translation>&amp;Wiederholung:</translation>
        </message>
        <message>
            <location line="+46" />
            <location line="+1" />
            <source>The two passwords are not the same.</source>
            <translation>Die beiden Passwörter stimmen nicht überein.</translation>
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
            <translation>Master-Passwort bestätigen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter your master password to change security settings.</source>
            <translation>Geben Sie Ihr Master-Passwort ein, um Sicherheitseinstellungen zu ändern.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Master password</source>
            <translation>Master-Passwort</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Checking the password</source>
            <translation>Das Passwort wird geprüft</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Confirm</source>
            <translation>Bestätigen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirm the master password</source>
            <translation>Das Master-Passwort bestätigen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>twofold::CreateAccountPage</name>
        <message>
            <location filename="../ui/account/CreateAccountPage.cpp" line="+29" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Auswählen…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What is missing</source>
            <translation>Was fehlt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create &amp;account</source>
            <translation>&amp;Konto erstellen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create a Twofold account</source>
            <translation>Ein Twofold-Konto erstellen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About the account</source>
            <translation>Über das Konto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your vault stays an encrypted file on this computer. The server checks your second factor; it never receives your master password.</source>
            <translation>Ihr Tresor bleibt eine verschlüsselte Datei auf diesem Computer. Der Server prüft Ihren zweiten Faktor; Ihr Master-Passwort erhält er nie.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server address</source>
            <translation>Serveradresse</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Master password</source>
            <translation>Master-Passwort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Master password again</source>
            <translation>Master-Passwort wiederholen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Master password strength</source>
            <translation>Stärke des Master-Passworts</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Vault location</source>
            <translation>Speicherort des Tresors</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the vault location</source>
            <translation>Speicherort des Tresors wählen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Creating the account</source>
            <translation>Konto wird erstellt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Creating your account… This takes a few seconds: the master password is being made slow to guess, on this computer.</source>
            <translation>Ihr Konto wird erstellt… Das dauert einige Sekunden: Das Master-Passwort wird auf diesem Computer schwer erratbar gemacht.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the account</source>
            <translation>Das Konto erstellen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ser&amp;ver:</source>
            <translation>Se&amp;rver:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Email:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Master password:</source>
            <translation>&amp;Master-Passwort:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Type it again:</source>
            <translation>Passwort &amp;wiederholen:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Location:</source>
            <translation>&amp;Speicherort:</translation>
        </message>
    </context>
    <context>
        <name>twofold::CreateVaultController</name>
        <message>
            <location filename="../ui/common/VaultLocation.cpp" line="-26" />
            <source>Choose where to keep the vault.</source>
            <translation>Wählen Sie, wo der Tresor gespeichert werden soll.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is a folder. Choose a file name for the new vault.</source>
            <translation>%1 ist ein Ordner. Wählen Sie einen Dateinamen für den neuen Tresor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is already a file at %1. Choose another name, or open it with “Open another vault…”.</source>
            <translation>Unter %1 gibt es bereits eine Datei. Wählen Sie einen anderen Namen, oder öffnen Sie sie mit „Anderen Tresor öffnen…“.</translation>
        </message>
    </context>
    <context>
        <name>twofold::CreateVaultPage</name>
        <message>
            <location filename="../ui/setup/CreateVaultPage.cpp" line="+37" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Auswählen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What is missing</source>
            <translation>Was fehlt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open another vault…</source>
            <translation>Anderen Tresor öffnen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Create</source>
            <translation>&amp;Erstellen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use a Twofold &amp;server…</source>
            <translation>Twofold-Se&amp;rver verwenden…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create your vault</source>
            <translation>Ihren Tresor erstellen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>About the vault</source>
            <translation>Über den Tresor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your passwords are kept in one encrypted file. Its master password is the one password you will need to remember: nobody can recover it for you.</source>
            <translation>Ihre Passwörter werden in einer einzigen verschlüsselten Datei aufbewahrt. Deren Master-Passwort ist das einzige Passwort, das Sie sich merken müssen: Niemand kann es für Sie wiederherstellen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Vault location</source>
            <translation>Speicherort des Tresors</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the vault location</source>
            <translation>Speicherort des Tresors wählen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Master password</source>
            <translation>Master-Passwort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Master password again</source>
            <translation>Master-Passwort wiederholen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Master password strength</source>
            <translation>Stärke des Master-Passworts</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Creating the vault</source>
            <translation>Tresor wird erstellt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Creating your vault… This takes a few seconds: the master password is being made slow to guess.</source>
            <translation>Ihr Tresor wird erstellt… Das dauert einige Sekunden: Das Master-Passwort wird so aufbereitet, dass es nur langsam zu erraten ist.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open another vault</source>
            <translation>Anderen Tresor öffnen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the vault</source>
            <translation>Tresor erstellen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Location:</source>
            <translation>&amp;Speicherort:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Master password:</source>
            <translation>&amp;Master-Passwort:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Type it again:</source>
            <translation>Passwort &amp;wiederholen:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Use a Twofold server</source>
            <translation>Einen Twofold-Server verwenden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About Twofold servers</source>
            <translation>Über Twofold-Server</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For several computers or an organisation.</source>
            <translation>Für mehrere Computer oder eine Organisation.</translation>
        </message>
        <message>
            <location line="+90" />
            <source>Where to keep the new vault</source>
            <translation>Wo der neue Tresor gespeichert werden soll</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Open a vault</source>
            <translation>Tresor öffnen</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Choose a master password.</source>
            <translation>Wählen Sie ein Master-Passwort.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a stronger master password: the line under it says why.</source>
            <translation>Wählen Sie ein stärkeres Master-Passwort: Die Zeile darunter sagt, warum.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type the master password again to confirm it.</source>
            <translation>Geben Sie das Master-Passwort zur Bestätigung noch einmal ein.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The two passwords do not match.</source>
            <translation>Die beiden Passwörter stimmen nicht überein.</translation>
        </message>
    </context>
    <context>
        <name>twofold::DeliverySettingsDialog</name>
        <message>
            <location filename="../ui/preferences/DeliverySettingsDialog.cpp" line="+46" />
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a certificate file</source>
            <translation>Zertifikatsdatei auswählen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional: the system's certificates are used</source>
            <translation>Optional: Es werden die Zertifikate des Systems verwendet</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Certificate authorities (PEM)</source>
            <translation>Zertifizierungsstellen (PEM)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PEM certificates (*.pem *.crt);;All files (*)</source>
            <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Write each webhook header as "Name: value", one a line.</source>
            <translation>Schreiben Sie jeden Webhook-Header als „Name: Wert“, einen pro Zeile.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Send a test to</source>
            <translation>Test senden an</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send a &amp;test</source>
            <translation>&amp;Test senden</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delivery settings</source>
            <translation>Versandeinstellungen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Email</source>
            <translation>&amp;E-Mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text &amp;messages (SMS)</source>
            <translation>S&amp;MS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivery</source>
            <translation>Versand</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An email address or a mobile number</source>
            <translation>Eine E-Mail-Adresse oder eine Mobilnummer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send a test</source>
            <translation>Test senden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send a test t&amp;o:</source>
            <translation>Test senden &amp;an:</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Mail server</source>
            <translation>Mailserver</translation>
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
            <translation>Sicherheit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>STARTTLS (required)</source>
            <translation>STARTTLS (erforderlich)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TLS from the start</source>
            <translation>TLS von Anfang an</translation>
        </message>
        <message>
            <location line="+1" />
            <source>None (only for a server on this computer)</source>
            <translation>Keine (nur für einen Server auf diesem Computer)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Empty when the server needs no sign-in</source>
            <translation>Leer, wenn der Server keine Anmeldung verlangt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mail server password</source>
            <translation>Passwort des Mailservers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender address</source>
            <translation>Absenderadresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>codes@example.com</source>
            <translation>codes@example.com</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender name</source>
            <translation>Absendername</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+74" />
            <source>Certificate authorities file</source>
            <translation>Datei der Zertifizierungsstellen</translation>
        </message>
        <message>
            <location line="-63" />
            <source>&amp;Server:</source>
            <translation>Se&amp;rver:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Se&amp;curity:</source>
            <translation>Sicher&amp;heit:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;wort:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender &amp;address:</source>
            <translation>Absendera&amp;dresse:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender &amp;name:</source>
            <translation>Absender&amp;name:</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+60" />
            <source>Certificate aut&amp;horities:</source>
            <translation>&amp;Zertifizierungsstellen:</translation>
        </message>
        <message>
            <location line="-51" />
            <source>SMS gateway</source>
            <translation>SMS-Gateway</translation>
        </message>
        <message>
            <location line="+1" />
            <source>None</source>
            <translation>Keines</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Twilio (or a gateway that speaks its API)</source>
            <translation>Twilio (oder ein Gateway, das dessen API unterstützt)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webhook (JSON)</source>
            <translation>Webhook (JSON)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No text messages are sent.</source>
            <translation>Es werden keine SMS gesendet.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Account SID</source>
            <translation>Konto-SID</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Auth token</source>
            <translation>Auth-Token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender number</source>
            <translation>Absendernummer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+15005550006 or a sender name</source>
            <translation>+15005550006 oder ein Absendername</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gateway address</source>
            <translation>Gateway-Adresse</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Account &amp;SID:</source>
            <translation>Konto-S&amp;ID:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Auth &amp;token:</source>
            <translation>Auth-T&amp;oken:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+17" />
            <source>&amp;Address:</source>
            <translation>A&amp;dresse:</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Webhook address</source>
            <translation>Webhook-Adresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>https://sms.example.com/send</source>
            <translation>https://sms.example.com/send</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Body template</source>
            <translation>Body-Vorlage</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Headers</source>
            <translation>Header</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Authorization: Bearer …</source>
            <translation>Authorization: Bearer …</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Body:</source>
            <translation>&amp;Body:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Headers:</source>
            <translation>&amp;Header:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{to}, {body} and {code} are filled in; one header a line.</source>
            <translation>{to}, {body} und {code} werden eingesetzt; ein Header pro Zeile.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Gateway:</source>
            <translation>&amp;Gateway:</translation>
        </message>
        <message>
            <location line="+106" />
            <source>Fill in the mail server first.</source>
            <translation>Geben Sie zuerst den Mailserver an.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Sending a test to %1…</source>
            <translation>Test wird an %1 gesendet…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A test was sent to %1. If it does not arrive, check the settings.</source>
            <translation>Ein Test wurde an %1 gesendet. Wenn er nicht ankommt, prüfen Sie die Einstellungen.</translation>
        </message>
        <message>
            <location filename="../ui/preferences/TurnOnMethod.cpp" line="+68" />
            <source>Codes by text message need an SMS gateway to send them. Set one up first.</source>
            <translation>Für Codes per SMS wird ein SMS-Gateway benötigt, das sie sendet. Richten Sie zuerst eines ein.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Codes by email need a mail server to send them. Set one up first.</source>
            <translation>Für Codes per E-Mail wird ein Mailserver benötigt, der sie sendet. Richten Sie zuerst einen ein.</translation>
        </message>
    </context>
    <context>
        <name>twofold::EmailSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/EmailSetupDialog.cpp" line="+18" />
            <source>Enter the email address to send sign-in codes to. We send a code to it now, to check that it receives mail.</source>
            <extracomment>"code": the one-time code sent by email.</extracomment>
            <translation>Geben Sie die E-Mail-Adresse ein, an die Anmeldecodes gesendet werden sollen. Wir senden jetzt einen Code dorthin, um zu prüfen, ob sie E-Mails empfängt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Email address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email &amp;address:</source>
            <translation>E-Mail-&amp;Adresse:</translation>
        </message>
    </context>
    <context>
        <name>twofold::EmergencyKitDialog</name>
        <message>
            <location filename="../ui/account/EmergencyKitDialog.cpp" line="+37" />
            <source>Server address</source>
            <translation>Serveradresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save as P&amp;DF…</source>
            <translation>Als &amp;PDF speichern…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I have &amp;saved my emergency kit</source>
            <translation>Ich habe mein Notfall-Kit &amp;gespeichert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finish</source>
            <translation>&amp;Fertig</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Emergency kit — Twofold</source>
            <translation>Notfall-Kit — Twofold</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Account key</source>
            <translation>Kontoschlüssel</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save your emergency kit</source>
            <translation>Speichern Sie Ihr Notfall-Kit</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your account key is shown only this once. With your master password it opens your vault on a new computer, and nobody can give it back to you: print this kit or save it as a PDF, and keep it somewhere safe away from this computer.</source>
            <translation>Ihr Kontoschlüssel wird nur dieses eine Mal angezeigt. Mit Ihrem Master-Passwort öffnet er Ihren Tresor auf einem neuen Computer, und niemand kann ihn Ihnen wiedergeben: Drucken Sie dieses Kit oder speichern Sie es als PDF, und bewahren Sie es an einem sicheren Ort auf, nicht bei diesem Computer.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email:</source>
            <translation>E-Mail:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Account key:</source>
            <translation>&amp;Kontoschlüssel:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Print the emergency kit</source>
            <translation>Das Notfall-Kit drucken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the emergency kit as a PDF</source>
            <translation>Das Notfall-Kit als PDF speichern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I have saved my emergency kit</source>
            <translation>Ich habe mein Notfall-Kit gespeichert</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finish</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <location line="+50" />
            <source>The emergency kit is saved in %1. Keep a copy away from this computer (a USB stick, or printed).</source>
            <translation>Das Notfall-Kit ist in %1 gespeichert. Bewahren Sie eine Kopie getrennt von diesem Computer auf (auf einem USB-Stick oder ausgedruckt).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The emergency kit went to the printer. Check that the page came out whole.</source>
            <translation>Das Notfall-Kit wurde an den Drucker geschickt. Prüfen Sie, ob die Seite vollständig herauskam.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Print or save your emergency kit first, then tick "I have saved my emergency kit": the account key is not shown again.</source>
            <translation>Drucken oder speichern Sie zuerst Ihr Notfall-Kit und kreuzen Sie dann „Ich habe mein Notfall-Kit gespeichert“ an: Der Kontoschlüssel wird nicht noch einmal angezeigt.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Save the emergency kit</source>
            <translation>Das Notfall-Kit speichern</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Twofold emergency kit</source>
            <translation>Twofold-Notfall-Kit</translation>
        </message>
    </context>
    <context>
        <name>twofold::EntryActions</name>
        <message>
            <location filename="../ui/vault/EntryActions.cpp" line="+19" />
            <source>Copy &amp;two-factor code</source>
            <translation>&amp;Zwei-Faktor-Code kopieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Open web address</source>
            <translation>Web&amp;adresse öffnen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy password and open &amp;web address</source>
            <translation>Passwort kopieren und &amp;Webadresse öffnen</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Opened %1.</source>
            <translation>%1 geöffnet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No browser could open %1.</source>
            <translation>Kein Browser konnte %1 öffnen.</translation>
        </message>
    </context>
    <context>
        <name>twofold::EntryEditorDialog</name>
        <message>
            <location filename="../ui/vault/EntryEditorDialog.cpp" line="+31" />
            <source>Gene&amp;rate</source>
            <translation>Gene&amp;rieren</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New entry</source>
            <translation>Neuer Eintrag</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit entry</source>
            <translation>Eintrag bearbeiten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Web address</source>
            <translation>Webadresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>https://example.com</source>
            <translation>https://example.com</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Separate tags with commas</source>
            <translation>Tags durch Kommas trennen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a group, or type a new name (use / for a group inside another).</source>
            <translation>Wählen Sie eine Gruppe, oder geben Sie einen neuen Namen ein (mit / für eine Gruppe innerhalb einer anderen).</translation>
        </message>
        <message>
            <location line="+111" />
            <source>(top level)</source>
            <translation>(oberste Ebene)</translation>
        </message>
        <message>
            <location line="-83" />
            <source>Generate a password</source>
            <translation>Ein Passwort generieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the password generator and fill in a new password</source>
            <translation>Den Passwortgenerator anzeigen und ein neues Passwort einsetzen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password strength</source>
            <translation>Passwortstärke</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Two-factor codes</source>
            <translation>Zwei-Faktor-Codes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the two-factor codes</source>
            <translation>Die Zwei-Faktor-Codes entfernen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Web address:</source>
            <translation>&amp;Webadresse:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Two-factor:</source>
            <translation>Zwei-Faktor:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Group:</source>
            <translation>&amp;Gruppe:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>T&amp;ags:</source>
            <translation>T&amp;ags:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notizen:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save the entry</source>
            <translation>Den Eintrag speichern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location line="+240" />
            <source>Discard changes?</source>
            <translation>Änderungen verwerfen?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard this new entry?</source>
            <translation>Diesen neuen Eintrag verwerfen?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Discard your changes to this entry?</source>
            <translation>Ihre Änderungen an diesem Eintrag verwerfen?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Keep editing</source>
            <translation>&amp;Weiter bearbeiten</translation>
        </message>
        <message>
            <location line="+18" />
            <source>This entry has two-factor codes.</source>
            <translation>Dieser Eintrag hat Zwei-Faktor-Codes.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change two-factor code…</source>
            <translation>Zwei-Faktor-Code ändern…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add two-factor code…</source>
            <translation>Zwei-Faktor-Code hinzufügen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the two-factor code</source>
            <translation>Den Zwei-Faktor-Code ändern</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a two-factor code</source>
            <translation>Einen Zwei-Faktor-Code hinzufügen</translation>
        </message>
        <message>
            <location line="-274" />
            <source>Changed on another computer</source>
            <translation>Auf einem anderen Computer geändert</translation>
        </message>
        <message>
            <location line="+91" />
            <source>This entry was deleted on another computer. Saving adds it back with what you see here.</source>
            <translation>Dieser Eintrag wurde auf einem anderen Computer gelöscht. Beim Speichern wird er mit dem hier Angezeigten wieder hinzugefügt.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>This entry was moved to the trash on another computer. Saving takes it out of the trash with your changes.</source>
            <translation>Dieser Eintrag wurde auf einem anderen Computer in den Papierkorb verschoben. Beim Speichern wird er mit Ihren Änderungen aus dem Papierkorb geholt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This entry was changed on another computer while you were editing it. The fields you did not change now show its new values; saving keeps what you typed in the others.</source>
            <translation>Dieser Eintrag wurde auf einem anderen Computer geändert, während Sie ihn bearbeitet haben. Die Felder, die Sie nicht geändert haben, zeigen jetzt seine neuen Werte; beim Speichern bleibt, was Sie in den anderen eingegeben haben.</translation>
        </message>
    </context>
    <context>
        <name>twofold::EntryListModel</name>
        <message>
            <location filename="../ui/vault/EntryListModel.cpp" line="+145" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Web address</source>
            <translation>Webadresse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Modified</source>
            <translation>Geändert</translation>
        </message>
    </context>
    <context>
        <name>twofold::EntryPane</name>
        <message>
            <location filename="../ui/vault/EntryPane.cpp" line="+49" />
            <location line="+27" />
            <source>This entry is in the trash.</source>
            <translation>Dieser Eintrag ist im Papierkorb.</translation>
        </message>
        <message>
            <location line="-26" />
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Web address</source>
            <translation>Webadresse</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Copy the user name</source>
            <translation>Den Benutzernamen kopieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the password</source>
            <translation>Das Passwort kopieren</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose an entry to see it here.</source>
            <translation>Wählen Sie einen Eintrag, um ihn hier zu sehen.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit this entry</source>
            <translation>Diesen Eintrag bearbeiten</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore this entry from the trash</source>
            <translation>Diesen Eintrag aus dem Papierkorb wiederherstellen</translation>
        </message>
        <message>
            <location line="+11" />
            <source>User name:</source>
            <translation>Benutzername:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password:</source>
            <translation>Passwort:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Two-factor:</source>
            <translation>Zwei-Faktor:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Web address:</source>
            <translation>Webadresse:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group:</source>
            <translation>Gruppe:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags:</source>
            <translation>Tags:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes:</source>
            <translation>Notizen:</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+111" />
            <source>Two-factor code copied.</source>
            <translation>Zwei-Faktor-Code kopiert.</translation>
        </message>
        <message>
            <location line="-70" />
            <source>(top level)</source>
            <translation>(oberste Ebene)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>User name copied.</source>
            <translation>Benutzername kopiert.</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Password copied. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>Passwort kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
                <numerusform>Passwort kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+25" />
            <source>Hide</source>
            <translation>Verbergen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Hide the password</source>
            <translation>Das Passwort verbergen</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>Show the password</source>
            <translation>Das Passwort anzeigen</translation>
        </message>
        <message>
            <location line="-173" />
            <source>Older versions</source>
            <translation>Ältere Versionen</translation>
        </message>
        <message>
            <location line="+114" />
            <source>%1 “%2”</source>
            <extracomment>%1 is a field's name ("user name"), %2 its value in an older version of the entry.</extracomment>
            <translation>%1 „%2“</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>user name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <location line="+1" />
            <source>web address</source>
            <translation>Webadresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a different password</source>
            <translation>ein anderes Passwort</translation>
        </message>
        <message>
            <location line="-28" />
            <source>%1: %2</source>
            <extracomment>%1 is when the older version was made, %2 how it differed ("user name “ann”, notes “…”").</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+0" />
            <source>the same as now</source>
            <translation>wie jetzt</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Older versions, kept when this entry was changed on two computers:</source>
            <translation>Ältere Versionen, aufbewahrt, als dieser Eintrag auf zwei Computern geändert wurde:</translation>
        </message>
    </context>
    <context>
        <name>twofold::ExportDialog</name>
        <message>
            <location filename="../ui/vault/ExportDialog.cpp" line="+63" />
            <source>&amp;Again:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <location line="-37" />
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <location line="+103" />
            <source>&amp;Write unencrypted</source>
            <translation>&amp;Unverschlüsselt schreiben</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Anyone who can read this file can read every password in it. It is made readable by you only; delete it once you no longer need it.</source>
            <translation>Wer diese Datei lesen kann, kann jedes Passwort darin lesen. Sie wird nur für Sie lesbar gemacht; löschen Sie sie, sobald Sie sie nicht mehr brauchen.</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Bitwarden JSON (unencrypted)</source>
            <translation>Bitwarden-JSON (unverschlüsselt)</translation>
        </message>
        <message>
            <location line="-10" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Auswählen…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>CSV (unencrypted)</source>
            <translation>CSV (unverschlüsselt)</translation>
        </message>
        <message>
            <location line="+107" />
            <source>Choose a password for the export: nothing opens the file without it.</source>
            <translation>Wählen Sie ein Passwort für den Export: Ohne es lässt sich die Datei nicht öffnen.</translation>
        </message>
        <message>
            <location line="-104" />
            <location line="+48" />
            <source>Choose the file to write</source>
            <translation>Die zu schreibende Datei auswählen</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Choose the file to write first.</source>
            <translation>Wählen Sie zuerst die zu schreibende Datei.</translation>
        </message>
        <message>
            <location line="-108" />
            <location line="+1" />
            <source>Export entries</source>
            <translation>Einträge exportieren</translation>
        </message>
        <message>
            <location line="+129" />
            <source>Export unencrypted?</source>
            <translation>Unverschlüsselt exportieren?</translation>
        </message>
        <message>
            <location line="-103" />
            <source>F&amp;ile:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <location line="-19" />
            <source>File to write</source>
            <translation>Zu schreibende Datei</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Format of the export</source>
            <translation>Format des Exports</translation>
        </message>
        <message>
            <location line="+3" />
            <source>KeePass 2 XML (unencrypted)</source>
            <translation>KeePass-2-XML (unverschlüsselt)</translation>
        </message>
        <message>
            <location line="+140" />
            <source>Nothing was written.</source>
            <translation>Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <location line="-134" />
            <source>Password for the export</source>
            <translation>Passwort für den Export</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password for the export, again</source>
            <translation>Passwort für den Export, noch einmal</translation>
        </message>
        <message>
            <location line="+74" />
            <source>The file will hold %L1 entries with everything in them, encrypted with the password you choose here: keep that password, nothing opens the file without it.</source>
            <translation>Die Datei wird %L1 Einträge mit ihrem gesamten Inhalt enthalten, verschlüsselt mit dem Passwort, das Sie hier wählen: Bewahren Sie dieses Passwort auf, ohne es lässt sich die Datei nicht öffnen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file will hold %L1 entries, with their passwords, unencrypted: anyone who can read it can read every password in it.</source>
            <translation>Die Datei wird %L1 Einträge mit ihren Passwörtern unverschlüsselt enthalten: Wer sie lesen kann, kann jedes Passwort darin lesen.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The two passwords are not the same: type the same password in both fields.</source>
            <translation>Die beiden Passwörter stimmen nicht überein: Geben Sie in beide Felder dasselbe Passwort ein.</translation>
        </message>
        <message>
            <location line="-116" />
            <source>Twofold JSON, encrypted with a password (everything; recommended)</source>
            <translation>Twofold-JSON, mit einem Passwort verschlüsselt (alles; empfohlen)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Type the file's path or choose it</source>
            <translation>Geben Sie den Pfad der Datei ein oder wählen Sie sie aus</translation>
        </message>
        <message>
            <location line="+8" />
            <source>What the file will hold</source>
            <translation>Was die Datei enthalten wird</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why nothing was written</source>
            <translation>Warum nichts geschrieben wurde</translation>
        </message>
        <message>
            <location line="+113" />
            <source>Write %L1 entries, with their passwords, unencrypted to %2?</source>
            <translation>%L1 Einträge mit ihren Passwörtern unverschlüsselt in %2 schreiben?</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Wrote %L1 entries to %2 (readable by you only).</source>
            <translation>%L1 Einträge in %2 geschrieben (nur für Sie lesbar).</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Wrote %L1 entries, encrypted, to %2.</source>
            <translation>%L1 Einträge verschlüsselt in %2 geschrieben.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attachments left out (this format has no place for them): %L1. twofold-json keeps them.</source>
            <translation>Nicht exportierte Anhänge (dieses Format hat keinen Platz dafür): %L1. twofold-json behält sie.</translation>
        </message>
    </context>
    <context>
        <name>twofold::GeneralPane</name>
        <message>
            <location filename="../ui/preferences/GeneralPane.cpp" line="+35" />
            <source>Lock when the &amp;screen locks or the computer sleeps</source>
            <translation>Sperren, wenn der &amp;Bildschirm gesperrt wird oder der Computer in den Ruhezustand wechselt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Keep running in the notification area when the window is closed</source>
            <translation>Beim Schließen des Fensters im &amp;Infobereich weiterlaufen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock after this many minutes without use</source>
            <translation>Nach so vielen Minuten ohne Nutzung sperren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lock when the screen locks</source>
            <translation>Sperren, wenn der Bildschirm gesperrt wird</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep running in the notification area</source>
            <translation>Im Infobereich weiterlaufen</translation>
        </message>
        <message>
            <location line="+5" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the clipboard after this many seconds</source>
            <translation>Die Zwischenablage nach so vielen Sekunden leeren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location line="+1" />
            <source>System default</source>
            <translation>Systemstandard</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Lock after:</source>
            <translation>&amp;Sperren nach:</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>minute(s) without keyboard or mouse use</source>
            <translation>
                <numerusform>Minute ohne Tastatur- oder Mausnutzung</numerusform>
                <numerusform>Minuten ohne Tastatur- oder Mausnutzung</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Clear the clipboard after:</source>
            <translation>&amp;Zwischenablage leeren nach:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lan&amp;guage:</source>
            <translation>Sp&amp;rache:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Applies the next time Twofold starts.</source>
            <translation>Gilt ab dem nächsten Start von Twofold.</translation>
        </message>
    </context>
    <context>
        <name>twofold::GroupList</name>
        <message>
            <location filename="../ui/vault/GroupList.cpp" line="+36" />
            <source>Groups and tags</source>
            <translation>Gruppen und Tags</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Tags</source>
            <translation>Tags</translation>
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
                <numerusform>Tag %1, %n Eintrag</numerusform>
                <numerusform>Tag %1, %n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entries tagged “%1”</source>
            <translation>Einträge mit dem Tag „%1“</translation>
        </message>
        <message>
            <location line="+11" />
            <source>All entries</source>
            <translation>Alle Einträge</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Trash</source>
            <translation>Papierkorb</translation>
        </message>
    </context>
    <context>
        <name>twofold::ImportWizard</name>
        <message>
            <location filename="../ui/vault/ImportWizard.cpp" line="+105" />
            <source>%1 cannot be read: %2.</source>
            <translation>%1 kann nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <location line="+245" />
            <source>%1 holds %L2 entries (read as %3): %L4 logins, %L5 secure notes, %L6 payment cards, %L7 identities; %L8 with a two-factor code.</source>
            <translation>%1 enthält %L2 Einträge (gelesen als %3): %L4 Anmeldungen, %L5 sichere Notizen, %L6 Zahlungskarten, %L7 Identitäten; %L8 mit einem Zwei-Faktor-Code.</translation>
        </message>
        <message>
            <location line="-254" />
            <source>%1 is a folder: choose the file exported from the other manager.</source>
            <translation>%1 ist ein Ordner: Wählen Sie die Datei, die der andere Manager exportiert hat.</translation>
        </message>
        <message>
            <location line="+358" />
            <source>%L1 entries added, %L2 updated, %L3 skipped as already in the vault.</source>
            <translation>%L1 Einträge hinzugefügt, %L2 aktualisiert, %L3 übersprungen, weil sie schon im Tresor sind.</translation>
        </message>
        <message>
            <location line="-77" />
            <source>%L1 entries of the file are already in the vault (the same web address and user name).</source>
            <translation>%L1 Einträge der Datei sind schon im Tresor (dieselbe Webadresse und derselbe Benutzername).</translation>
        </message>
        <message>
            <location line="-3" />
            <source>%L1 things in the file will be skipped, and why:</source>
            <translation>%L1 Dinge in der Datei werden übersprungen, und warum:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Cancel the import</source>
            <translation>Import a&amp;bbrechen</translation>
        </message>
        <message>
            <location line="-193" />
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <location line="+93" />
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;Keep both: add the file's entries beside them</source>
            <translation>&amp;Beide behalten: die Einträge der Datei daneben hinzufügen</translation>
        </message>
        <message>
            <location line="-1" />
            <source>&amp;Skip them: keep the vault's entries as they are</source>
            <translation>Ü&amp;berspringen: die Einträge des Tresors bleiben, wie sie sind</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Update the vault's entries (their old passwords go into their history)</source>
            <translation>Die Einträge des Tresors a&amp;ktualisieren (ihre alten Passwörter kommen in ihren Verlauf)</translation>
        </message>
        <message>
            <location line="-130" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Auswählen…</translation>
        </message>
        <message>
            <location line="+209" />
            <source>Cancel the import</source>
            <translation>Import abbrechen</translation>
        </message>
        <message>
            <location line="-219" />
            <location line="+11" />
            <location line="+36" />
            <source>Choose the file to import</source>
            <translation>Die zu importierende Datei auswählen</translation>
        </message>
        <message>
            <location line="+87" />
            <location line="+1" />
            <source>Entries already in the vault</source>
            <translation>Einträge, die schon im Tresor sind</translation>
        </message>
        <message>
            <location line="-134" />
            <source>Export your entries from the other manager first, then choose that file here.</source>
            <translation>Exportieren Sie Ihre Einträge zuerst aus dem anderen Manager und wählen Sie dann diese Datei hier.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>F&amp;ile:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <location line="-19" />
            <source>File to import</source>
            <translation>Zu importierende Datei</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Format of the file</source>
            <translation>Format der Datei</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location line="-118" />
            <source>Guess from the file</source>
            <translation>Aus der Datei erkennen</translation>
        </message>
        <message>
            <location line="-29" />
            <location line="+1" />
            <source>Import entries</source>
            <translation>Einträge importieren</translation>
        </message>
        <message>
            <location line="+241" />
            <source>Import progress</source>
            <translation>Fortschritt des Imports</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import summary</source>
            <translation>Zusammenfassung des Imports</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Importing</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Nothing in the file will be skipped.</source>
            <translation>Nichts in der Datei wird übersprungen.</translation>
        </message>
        <message>
            <location line="-115" />
            <source>Reading %1…</source>
            <translation>%1 wird gelesen…</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Reading state</source>
            <translation>Lesestand</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reading the file</source>
            <translation>Die Datei wird gelesen</translation>
        </message>
        <message>
            <location line="+104" />
            <source>The first entries of the file</source>
            <translation>Die ersten Einträge der Datei</translation>
        </message>
        <message>
            <location line="+151" />
            <source>The import was cancelled: nothing was added and the vault is as it was.</source>
            <translation>Der Import wurde abgebrochen: Nichts wurde hinzugefügt, und der Tresor ist, wie er war.</translation>
        </message>
        <message>
            <location line="-359" />
            <source>There is no file %1.</source>
            <translation>Es gibt keine Datei %1.</translation>
        </message>
        <message>
            <location line="+209" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location line="-113" />
            <source>Type the file's path or choose it</source>
            <translation>Geben Sie den Pfad der Datei ein oder wählen Sie sie aus</translation>
        </message>
        <message>
            <location line="+113" />
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Web address</source>
            <translation>Webadresse</translation>
        </message>
        <message>
            <location line="-6" />
            <location line="+3" />
            <source>What the file holds</source>
            <translation>Was die Datei enthält</translation>
        </message>
        <message>
            <location line="+9" />
            <source>What will be skipped</source>
            <translation>Was übersprungen wird</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What will be skipped, and why</source>
            <translation>Was übersprungen wird, und warum</translation>
        </message>
        <message>
            <location line="-118" />
            <source>Why the file cannot be imported</source>
            <translation>Warum die Datei nicht importiert werden kann</translation>
        </message>
        <message>
            <location line="-32" />
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Done</source>
            <translation>&amp;Fertig</translation>
        </message>
        <message>
            <location line="-38" />
            <source>The QR code in %1 is not an authenticator export (otpauth-migration://).</source>
            <translation>Der QR-Code in %1 ist kein Export einer Authenticator-App (otpauth-migration://).</translation>
        </message>
    </context>
    <context>
        <name>twofold::InlineConfirmation</name>
        <message>
            <location filename="../ui/preferences/InlineConfirmation.cpp" line="+12" />
            <location line="+8" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Question</source>
            <translation>Frage</translation>
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
            <translation>Suchen (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search entries</source>
            <translation>Einträge durchsuchen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Entries</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Entry list message</source>
            <translation>Meldung der Eintragsliste</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save state</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+173" />
            <source>Entry restored.</source>
            <translation>Eintrag wiederhergestellt.</translation>
        </message>
        <message>
            <location line="-56" />
            <source>Entry added.</source>
            <translation>Eintrag hinzugefügt.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Entry saved.</source>
            <translation>Eintrag gespeichert.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>“%1” moved to the trash.</source>
            <translation>„%1“ in den Papierkorb verschoben.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Twofold stayed unlocked because your latest changes could not be saved: %1</source>
            <translation>Twofold ist entsperrt geblieben, weil Ihre letzten Änderungen nicht gespeichert werden konnten: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+162" />
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <location line="-127" />
            <source>Changes not saved</source>
            <translation>Änderungen nicht gespeichert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your latest changes could not be saved: %1
Lock anyway and lose them?</source>
            <translation>Ihre letzten Änderungen konnten nicht gespeichert werden: %1
Trotzdem sperren und die Änderungen verlieren?</translation>
        </message>
        <message numerus="yes">
            <location line="+61" />
            <source>%n found</source>
            <translation>
                <numerusform>%n gefunden</numerusform>
                <numerusform>%n gefunden</numerusform>
            </translation>
        </message>
        <message>
            <location line="+64" />
            <source>%1 Your changes are still open here.</source>
            <translation>%1 Ihre Änderungen sind hier noch offen.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All changes saved</source>
            <translation>Alle Änderungen gespeichert</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Nothing matches “%1”</source>
            <translation>Keine Treffer für „%1“</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The trash is empty</source>
            <translation>Der Papierkorb ist leer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No entries yet — press %1 to add one</source>
            <translation>Noch keine Einträge — drücken Sie %1, um einen hinzuzufügen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No entries here — press %1 to add one</source>
            <translation>Hier gibt es keine Einträge — drücken Sie %1, um einen hinzuzufügen</translation>
        </message>
        <message>
            <location filename="../ui/vault/MainWindowMenus.cpp" line="+38" />
            <source>&amp;New entry…</source>
            <translation>&amp;Neuer Eintrag…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit entry…</source>
            <translation>Eintrag &amp;bearbeiten…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Move to trash</source>
            <translation>In den Papier&amp;korb verschieben</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Lock vault</source>
            <translation>Tresor &amp;sperren</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy u&amp;ser name</source>
            <translation>B&amp;enutzernamen kopieren</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy &amp;password</source>
            <translation>&amp;Passwort kopieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Se&amp;curity…</source>
            <translation>Si&amp;cherheit…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;About Twofold</source>
            <translation>Über &amp;Twofold</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Undo moving to the trash</source>
            <translation>Verschieben in den Papierkorb rückgängig machen</translation>
        </message>
        <message>
            <location line="+42" />
            <source>&amp;Vault</source>
            <translation>&amp;Tresor</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Entry</source>
            <translation>&amp;Eintrag</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Main tools</source>
            <translation>Hauptwerkzeuge</translation>
        </message>
        <message>
            <location line="+60" />
            <source>About Twofold</source>
            <translation>Über Twofold</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Twofold %1</source>
            <translation>Twofold %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A password manager with two-factor sign-in. Built with Qt %1.</source>
            <translation>Ein Passwortmanager mit Zwei-Faktor-Anmeldung. Erstellt mit Qt %1.</translation>
        </message>
        <message>
            <location filename="../ui/vault/MainWindow.cpp" line="-438" />
            <source>Sync state</source>
            <translation>Synchronisationsstatus</translation>
        </message>
        <message>
            <location filename="../ui/vault/MainWindowMenus.cpp" line="-162" />
            <source>S&amp;ync now</source>
            <translation>Jetzt s&amp;ynchronisieren</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <location line="+129" />
            <source>Imported: %L1 entries added, %L2 updated.</source>
            <translation>Importiert: %L1 Einträge hinzugefügt, %L2 aktualisiert.</translation>
        </message>
    </context>
    <context>
        <name>twofold::MessageBanner</name>
        <message>
            <location filename="../ui/common/MessageBanner.cpp" line="+34" />
            <location line="+12" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Close this message</source>
            <translation>Diese Meldung schließen</translation>
        </message>
    </context>
    <context>
        <name>twofold::MethodSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/MethodSetupDialog.cpp" line="+27" />
            <source>Turn on the authenticator app</source>
            <translation>Authenticator-App aktivieren</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Turn on codes by email</source>
            <translation>Codes per E-Mail aktivieren</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Turn on codes by text message (SMS)</source>
            <translation>Codes per SMS aktivieren</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Working</source>
            <translation>Wird ausgeführt</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Save your recovery codes and tick "I have saved these codes" first: they are shown only once.</source>
            <translation>Speichern Sie zuerst Ihre Wiederherstellungscodes, und setzen Sie das Häkchen bei „Ich habe diese Codes gespeichert“: Sie werden nur einmal angezeigt.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 turned on.</source>
            <extracomment>%1 is a two-factor method: "Authenticator app", "Email", "Text message (SMS)".</extracomment>
            <translation>Die Methode „%1“ wurde aktiviert.</translation>
        </message>
    </context>
    <context>
        <name>twofold::OtpKeyForm</name>
        <message>
            <location filename="../ui/otp/OtpKeyForm.cpp" line="+21" />
            <source>Period:</source>
            <translation>Intervall:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counter:</source>
            <translation>Zähler:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. JBSW Y3DP EHPK 3PXP</source>
            <translation>z. B. JBSW Y3DP EHPK 3PXP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Setup key</source>
            <translation>Einrichtungsschlüssel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The key the website shows next to its QR code. Spaces and dashes do not matter, nor do capital letters.</source>
            <translation>Der Schlüssel, den die Website neben ihrem QR-Code anzeigt. Leerzeichen und Bindestriche spielen keine Rolle, Groß- und Kleinschreibung ebenso wenig.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The website or company, e.g. Example Bank</source>
            <translation>Die Website oder Firma, z. B. Example Bank</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your user name or email address there</source>
            <translation>Ihr Benutzername oder Ihre E-Mail-Adresse dort</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Advanced</source>
            <translation>Erweitert</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Time-based (TOTP)</source>
            <translation>Zeitbasiert (TOTP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counter-based (HOTP)</source>
            <translation>Zählerbasiert (HOTP)</translation>
        </message>
        <message>
            <location line="+11" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kind of code:</source>
            <translation>Art des Codes:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Algorithm:</source>
            <translation>Algorithmus:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Digits:</source>
            <translation>Ziffern:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change these only when the website says so: most use time-based codes, SHA-1, 6 digits and 30 seconds.</source>
            <translation>Ändern Sie diese Werte nur, wenn die Website es verlangt: Die meisten verwenden zeitbasierte Codes, SHA-1, 6 Ziffern und 30 Sekunden.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Setup key:</source>
            <translation>Einrichtungsschlüssel:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issuer:</source>
            <translation>Aussteller:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account:</source>
            <translation>Konto:</translation>
        </message>
        <message>
            <location line="+42" />
            <source>The setup key is too short: check that you typed all of it.</source>
            <translation>Der Einrichtungsschlüssel ist zu kurz: Prüfen Sie, ob Sie ihn vollständig eingegeben haben.</translation>
        </message>
    </context>
    <context>
        <name>twofold::OtpSetupDialog</name>
        <message>
            <location filename="../ui/otp/OtpSetupDialog.cpp" line="+44" />
            <source>From an image file…</source>
            <translation>Aus einer Bilddatei…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From the screen</source>
            <translation>Vom Bildschirm</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add two-factor codes</source>
            <translation>Zwei-Faktor-Codes hinzufügen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Two-factor link</source>
            <translation>Zwei-Faktor-Link</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Paste the link the website gives for authenticator apps (it starts with otpauth://).</source>
            <translation>Fügen Sie den Link ein, den die Website für Authenticator-Apps angibt (er beginnt mit otpauth://).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Read the QR code the website shows: from a picture of it, or straight from the screen while the website shows it.</source>
            <translation>Lesen Sie den QR-Code ein, den die Website anzeigt: aus einem Bild davon oder direkt vom Bildschirm, während die Website ihn anzeigt.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Paste a Link</source>
            <translation>Link einfügen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type the Setup Key</source>
            <translation>Einrichtungsschlüssel eingeben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read a QR Code</source>
            <translation>QR-Code einlesen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The current code, to check against the website (enter it where the website asks for a code):</source>
            <translation>Der aktuelle Code zum Abgleich mit der Website (geben Sie ihn dort ein, wo die Website nach einem Code fragt):</translation>
        </message>
        <message>
            <location line="+104" />
            <source>This looks like a setup key, not a link: type or paste it under “Type the Setup Key”.</source>
            <translation>Das sieht nach einem Einrichtungsschlüssel aus, nicht nach einem Link: Tippen Sie ihn unter „Einrichtungsschlüssel eingeben“ ein, oder fügen Sie ihn dort ein.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Choose a Picture of the QR Code</source>
            <translation>Bild des QR-Codes auswählen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pictures (%1)</source>
            <translation>Bilder (%1)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 could not be opened as a picture (%2).</source>
            <translation>%1 konnte nicht als Bild geöffnet werden (%2).</translation>
        </message>
        <message>
            <location line="+33" />
            <source>No QR code was found on the screen. Show the website's QR code, move this window so it does not cover it, and try again.</source>
            <translation>Auf dem Bildschirm wurde kein QR-Code gefunden. Lassen Sie den QR-Code der Website anzeigen, verschieben Sie dieses Fenster so, dass es ihn nicht verdeckt, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Twofold could not take a picture of the screen (your desktop may not allow it). Save the QR code as a picture and use “From an image file…” instead.</source>
            <translation>Twofold konnte kein Bild des Bildschirms aufnehmen (Ihr Desktop erlaubt es möglicherweise nicht). Speichern Sie den QR-Code als Bild, und verwenden Sie stattdessen „Aus einer Bilddatei…“.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This QR code is an export from Google Authenticator, which Twofold cannot read. Set up two-factor codes again on the website and read the QR code it shows.</source>
            <translation>Dieser QR-Code ist ein Export aus Google Authenticator, den Twofold nicht lesen kann. Richten Sie die Zwei-Faktor-Codes auf der Website neu ein, und lesen Sie den QR-Code ein, den sie anzeigt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The QR code was read, but it does not hold a usable two-factor link.</source>
            <translation>Der QR-Code wurde gelesen, enthält aber keinen verwendbaren Zwei-Faktor-Link.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>QR code read.</source>
            <translation>QR-Code gelesen.</translation>
        </message>
    </context>
    <context>
        <name>twofold::PasswordField</name>
        <message>
            <location filename="../ui/common/PasswordField.cpp" line="+27" />
            <location line="+1" />
            <source>Caps Lock is on</source>
            <translation>Die Feststelltaste ist aktiviert</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Hide</source>
            <translation>Verbergen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide the password</source>
            <translation>Das Passwort verbergen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show the password</source>
            <translation>Das Passwort anzeigen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide %1</source>
            <translation>%1 verbergen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show %1</source>
            <translation>%1 anzeigen</translation>
        </message>
    </context>
    <context>
        <name>twofold::PasswordGeneratorPanel</name>
        <message>
            <location filename="../ui/vault/PasswordGeneratorPanel.cpp" line="+32" />
            <source>&amp;Characters</source>
            <translation>&amp;Zeichen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;phrase</source>
            <translation>Pass&amp;phrase</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a–z</source>
            <translation>a–z</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lower-case letters</source>
            <translation>Kleinbuchstaben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A–Z</source>
            <translation>A–Z</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Capital letters</source>
            <translation>Großbuchstaben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>0–9</source>
            <translation>0–9</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Digits</source>
            <translation>Ziffern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Symbols</source>
            <translation>Symbole</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leave out look-alikes (%1)</source>
            <translation>Ähnliche Zeichen weglassen (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave out characters that look alike</source>
            <translation>Zeichen weglassen, die sich ähneln</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Capital &amp;first letters</source>
            <translation>&amp;Anfangsbuchstaben groß</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Capital first letters</source>
            <translation>Anfangsbuchstaben groß</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New password</source>
            <translation>&amp;Neues Passwort</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+3" />
            <source>Length in characters</source>
            <translation>Länge in Zeichen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Number of words</source>
            <translation>Anzahl der Wörter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Separator between the words</source>
            <translation>Trennzeichen zwischen den Wörtern</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strength of generated passwords</source>
            <translation>Stärke der erzeugten Passwörter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make a new password</source>
            <translation>Ein neues Passwort erzeugen</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Length:</source>
            <translation>&amp;Länge:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>W&amp;ords:</source>
            <translation>W&amp;örter:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Separator:</source>
            <translation>&amp;Trennzeichen:</translation>
        </message>
        <message>
            <location line="+98" />
            <source>About %1 bits of chance: far beyond guessing.</source>
            <extracomment>The strength of a generated password: "About 128 bits of chance: …".</extracomment>
            <translation>Etwa %1 Bit Zufall: weit jenseits jedes Ratens.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About %1 bits of chance: strong.</source>
            <translation>Etwa %1 Bit Zufall: stark.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About %1 bits of chance: weak, make it longer.</source>
            <translation>Etwa %1 Bit Zufall: schwach, machen Sie es länger.</translation>
        </message>
    </context>
    <context>
        <name>twofold::PasswordHistoryView</name>
        <message>
            <location filename="../ui/vault/PasswordHistoryView.cpp" line="+22" />
            <source>Earlier passwords:</source>
            <translation>Frühere Passwörter:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Res&amp;tore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Earlier passwords</source>
            <translation>Frühere Passwörter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replaced</source>
            <translation>Ersetzt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy the earlier password</source>
            <translation>Das frühere Passwort kopieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make the earlier password the entry's password again</source>
            <translation>Das frühere Passwort wieder zum Passwort des Eintrags machen</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Earlier password copied.</source>
            <translation>Früheres Passwort kopiert.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Earlier password restored; the one it replaced is now in the history.</source>
            <translation>Früheres Passwort wiederhergestellt; das ersetzte steht jetzt im Verlauf.</translation>
        </message>
    </context>
    <context>
        <name>twofold::PreferencesDialog</name>
        <message>
            <location filename="../ui/preferences/PreferencesDialog.cpp" line="+80" />
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Sections</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <location line="+2" />
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+17" />
            <source>Security</source>
            <translation>Sicherheit</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Unlock a vault to change its security settings.</source>
            <translation>Entsperren Sie einen Tresor, um seine Sicherheitseinstellungen zu ändern.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
    </context>
    <context>
        <name>twofold::QrCodeWidget</name>
        <message>
            <location filename="../ui/otp/QrCodeWidget.cpp" line="+54" />
            <location line="+6" />
            <source>The QR code could not be saved to %1 (%2).</source>
            <translation>Der QR-Code konnte nicht unter %1 gespeichert werden (%2).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save as PNG…</source>
            <translation>Als PNG speichern…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as SVG…</source>
            <translation>Als SVG speichern…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>QR code</source>
            <translation>QR-Code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Scan this QR code with an authenticator app. If you cannot scan it, type the setup key shown with it.</source>
            <translation>Scannen Sie diesen QR-Code mit einer Authenticator-App. Wenn Sie ihn nicht scannen können, geben Sie den dabei angezeigten Einrichtungsschlüssel ein.</translation>
        </message>
        <message>
            <location line="+116" />
            <location line="+11" />
            <source>There is no QR code to save.</source>
            <translation>Es gibt keinen QR-Code zum Speichern.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save the QR code (anyone with the picture can make your codes)</source>
            <translation>Den QR-Code speichern (wer das Bild hat, kann Ihre Codes erzeugen)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SVG pictures (*.svg)</source>
            <translation>SVG-Bilder (*.svg)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PNG pictures (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>QR code not saved</source>
            <translation>QR-Code nicht gespeichert</translation>
        </message>
    </context>
    <context>
        <name>twofold::RecoveryCodesDialog</name>
        <message>
            <location filename="../ui/twofactor/RecoveryCodesDialog.cpp" line="+16" />
            <source>Recovery codes</source>
            <translation>Wiederherstellungscodes</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+2" />
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
    </context>
    <context>
        <name>twofold::RecoveryCodesPanel</name>
        <message>
            <location filename="../ui/twofactor/RecoveryCodesPanel.cpp" line="+28" />
            <source>&amp;Copy all</source>
            <translation>Alle &amp;kopieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Save to file…</source>
            <translation>In Datei &amp;speichern…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I have &amp;saved these codes</source>
            <translation>&amp;Ich habe diese Codes gespeichert</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your recovery codes</source>
            <extracomment>Recovery codes: single-use codes that sign in when no other two-factor method is at hand.</extracomment>
            <translation>Ihre Wiederherstellungscodes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Each code works once. Keep them somewhere safe, away from this computer: they sign you in when you cannot use your other two-factor methods.</source>
            <translation>Jeder Code funktioniert nur einmal. Bewahren Sie die Codes an einem sicheren Ort auf, getrennt von diesem Computer: Mit ihnen melden Sie sich an, wenn Sie Ihre anderen Zwei-Faktor-Methoden nicht verwenden können.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Recovery codes</source>
            <translation>Wiederherstellungscodes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Copy all recovery codes</source>
            <translation>Alle Wiederherstellungscodes kopieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the recovery codes to a file</source>
            <translation>Die Wiederherstellungscodes in einer Datei speichern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print the recovery codes</source>
            <translation>Die Wiederherstellungscodes drucken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I have saved these codes</source>
            <translation>Ich habe diese Codes gespeichert</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Recovery code %1</source>
            <translation>Wiederherstellungscode %1</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Twofold recovery codes</source>
            <translation>Twofold-Wiederherstellungscodes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each code works once. Keep them somewhere safe, away from this computer.</source>
            <translation>Jeder Code funktioniert nur einmal. Bewahren Sie die Codes an einem sicheren Ort auf, getrennt von diesem Computer.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>There are no recovery codes to save.</source>
            <translation>Es gibt keine Wiederherstellungscodes zum Speichern.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+8" />
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message numerus="yes">
            <location line="+25" />
            <source>The recovery codes are copied. The clipboard is cleared in %n second(s).</source>
            <translation>
                <numerusform>Die Wiederherstellungscodes wurden kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
                <numerusform>Die Wiederherstellungscodes wurden kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save recovery codes</source>
            <translation>Wiederherstellungscodes speichern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Text files (*.txt)</source>
            <translation>Textdateien (*.txt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>twofold-recovery-codes.txt</source>
            <translation>twofold-recovery-codes.txt</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The recovery codes are saved in %1.</source>
            <translation>Die Wiederherstellungscodes wurden in %1 gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>twofold::SecondFactorPage</name>
        <message>
            <location filename="../ui/signin/SecondFactorPage.cpp" line="+64" />
            <source>What to enter</source>
            <translation>Was einzugeben ist</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign-in code</source>
            <extracomment>The field for the one-time sign-in code (from an app, an email or a text message).</extracomment>
            <translation>Anmeldecode</translation>
        </message>
        <message>
            <location line="+0" />
            <source>123 456</source>
            <translation>123 456</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time left for this code</source>
            <translation>Verbleibende Zeit für diesen Code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Remember this computer for 30 days</source>
            <translation>Diesen Computer 30 Tage lang &amp;merken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked out</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation>Wiederherstellungscode</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recovery codes left</source>
            <translation>Verbleibende Wiederherstellungscodes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When a code is asked</source>
            <translation>Wann ein Code abgefragt wird</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use &amp;another method</source>
            <translation>&amp;Andere Methode verwenden</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+292" />
            <source>Use a re&amp;covery code</source>
            <translation>Wiederherstellungs&amp;code verwenden</translation>
        </message>
        <message>
            <location line="-291" />
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+302" />
            <source>&amp;Verify</source>
            <translation>&amp;Prüfen</translation>
        </message>
        <message>
            <location line="-293" />
            <source>Remember this computer for 30 days</source>
            <translation>Diesen Computer 30 Tage lang merken</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign-in methods</source>
            <translation>Anmeldemethoden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use another method</source>
            <translation>Andere Methode verwenden</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+248" />
            <location line="+30" />
            <source>Use a recovery code</source>
            <translation>Wiederherstellungscode verwenden</translation>
        </message>
        <message>
            <location line="-277" />
            <source>Back to the password</source>
            <translation>Zurück zum Passwort</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+287" />
            <source>Verify</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <location line="-280" />
            <source>Checking</source>
            <translation>Wird geprüft</translation>
        </message>
        <message>
            <location line="+19" />
            <source>How to get a code</source>
            <translation>Wie Sie einen Code erhalten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose how to get your code:</source>
            <extracomment>Codes are one-time sign-in numbers.</extracomment>
            <translation>Wählen Sie, wie Sie Ihren Code erhalten möchten:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>About recovery codes</source>
            <translation>Über Wiederherstellungscodes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter one of the recovery codes you saved when you turned on two-factor sign-in. Each works once.</source>
            <translation>Geben Sie einen der Wiederherstellungscodes ein, die Sie beim Aktivieren der Zwei-Faktor-Anmeldung gespeichert haben. Jeder funktioniert nur einmal.</translation>
        </message>
        <message>
            <location line="+208" />
            <source>Choose a sign-in method</source>
            <translation>Anmeldemethode wählen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Two-factor sign-in</source>
            <translation>Zwei-Faktor-Anmeldung</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Enter a code &amp;instead</source>
            <translation>Stattdessen einen &amp;Code eingeben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a code instead</source>
            <translation>Stattdessen einen Code eingeben</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Continue</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
    </context>
    <context>
        <name>twofold::SecurityPane</name>
        <message>
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="+70" />
            <source>Codes are checked on this computer: they guard Twofold itself, not a copy of the file.</source>
            <translation>Codes werden auf diesem Computer geprüft: Sie schützen Twofold selbst, nicht eine Kopie der Datei.</translation>
        </message>
        <message>
            <location filename="../ui/preferences/SecurityPane.cpp" line="+108" />
            <location line="+1" />
            <source>Sign-in methods</source>
            <translation>Anmeldemethoden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Codes go to</source>
            <translation>Codes gehen an</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="+44" />
            <source>Default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Turn &amp;on…</source>
            <translation>&amp;Aktivieren…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Turn on</source>
            <translation>Aktivieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Turn o&amp;ff</source>
            <translation>&amp;Deaktivieren</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+165" />
            <source>Turn off</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <location line="-164" />
            <source>Set as &amp;default</source>
            <translation>Als &amp;Standard festlegen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set as default</source>
            <translation>Als Standard festlegen</translation>
        </message>
        <message>
            <location line="+18" />
            <source>When to ask for a code</source>
            <translation>Wann ein Code abgefragt wird</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At &amp;every sign-in</source>
            <translation>Bei &amp;jeder Anmeldung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only on computers &amp;not remembered in the last 30 days</source>
            <translation>Nur auf Computern, die in den letzten 30 Tagen &amp;nicht gemerkt wurden</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Recovery codes</source>
            <translation>Wiederherstellungscodes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Regenerate…</source>
            <translation>Neu &amp;erstellen…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Regenerate recovery codes</source>
            <translation>Wiederherstellungscodes neu erstellen</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+1" />
            <source>Remembered computers</source>
            <translation>Gemerkte Computer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remembered on</source>
            <translation>Gemerkt am</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+20" />
            <source>Last used</source>
            <translation>Zuletzt verwendet</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forget &amp;all</source>
            <translation>Alle ver&amp;gessen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Forget all remembered computers</source>
            <translation>Alle gemerkten Computer vergessen</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+6" />
            <source>App passwords</source>
            <translation>App-Passwörter</translation>
        </message>
        <message>
            <location line="-5" />
            <source>For scripts and programs that cannot ask for a code: each opens the vault without two-factor sign-in until it is revoked.</source>
            <translation>Für Skripte und Programme, die nicht nach einem Code fragen können: Jedes öffnet den Tresor ohne Zwei-Faktor-Anmeldung, bis es widerrufen wird.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add…</source>
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add an app password</source>
            <translation>Ein App-Passwort hinzufügen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;voke</source>
            <translation>&amp;Widerrufen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Revoke the app password</source>
            <translation>Das App-Passwort widerrufen</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="-29" />
            <source>Delivery and password</source>
            <translation>Versand und Passwort</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deli&amp;very settings…</source>
            <translation>&amp;Versandeinstellungen…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delivery settings</source>
            <translation>Versandeinstellungen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change &amp;master password…</source>
            <translation>&amp;Master-Passwort ändern…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change master password</source>
            <translation>Master-Passwort ändern</translation>
        </message>
        <message>
            <location line="+56" />
            <source>%1 is on.</source>
            <translation>Die Methode „%1“ ist aktiviert.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Turn off %1? It is the last method: two-factor sign-in will be off and every remembered computer forgotten.</source>
            <translation>Die Methode „%1“ deaktivieren? Es ist die letzte Methode: Die Zwei-Faktor-Anmeldung wird ausgeschaltet, und alle gemerkten Computer werden vergessen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Turn off %1? Every remembered computer will be forgotten.</source>
            <translation>Die Methode „%1“ deaktivieren? Alle gemerkten Computer werden vergessen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is off.</source>
            <translation>Die Methode „%1“ ist deaktiviert.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 is now asked for first.</source>
            <translation>Die Methode „%1“ wird jetzt zuerst abgefragt.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A code will be asked for at every sign-in.</source>
            <translation>Bei jeder Anmeldung wird ein Code abgefragt.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Computers you choose to remember will not be asked for a code for 30 days.</source>
            <translation>Auf Computern, die Sie merken lassen, wird 30 Tage lang kein Code abgefragt.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Make ten new recovery codes? The ones you have now will stop working.</source>
            <translation>Zehn neue Wiederherstellungscodes erstellen? Ihre jetzigen Codes funktionieren dann nicht mehr.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make new codes</source>
            <translation>Neue Codes erstellen</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Forget every remembered computer? Each will be asked for a code at its next sign-in.</source>
            <translation>Alle gemerkten Computer vergessen? Auf jedem wird bei der nächsten Anmeldung ein Code abgefragt.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forget all</source>
            <translation>Alle vergessen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No computer is remembered now.</source>
            <translation>Jetzt ist kein Computer mehr gemerkt.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Revoke %1? It will be asked for a code at its next sign-in.</source>
            <translation>%1 widerrufen? Bei der nächsten Anmeldung wird dort ein Code verlangt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is no longer remembered.</source>
            <translation>%1 ist nicht mehr gemerkt.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Revoke the app password "%1"? Programs using it will no longer open the vault.</source>
            <translation>Das App-Passwort „%1“ widerrufen? Programme, die es verwenden, können den Tresor dann nicht mehr öffnen.</translation>
        </message>
        <message>
            <location line="-24" />
            <location line="+25" />
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="+71" />
            <source>Revoke</source>
            <translation>Widerrufen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The app password "%1" was revoked.</source>
            <translation>Das App-Passwort „%1“ wurde widerrufen.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The delivery settings were saved.</source>
            <translation>Die Versandeinstellungen wurden gespeichert.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The master password was changed. Every remembered computer was forgotten.</source>
            <translation>Das Master-Passwort wurde geändert. Alle gemerkten Computer wurden vergessen.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Password confirmed for one more minute.</source>
            <translation>Das Passwort ist noch eine Minute lang bestätigt.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Password confirmed for %n more minutes.</source>
            <translation>
                <numerusform>Das Passwort ist noch %n Minute lang bestätigt.</numerusform>
                <numerusform>Das Passwort ist noch %n Minuten lang bestätigt.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="-128" />
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Two-factor sign-in is on: after the master password, Twofold asks for a code.</source>
            <translation>Die Zwei-Faktor-Anmeldung ist aktiviert: Nach dem Master-Passwort fragt Twofold nach einem Code.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Two-factor sign-in is off: the master password alone opens this vault.</source>
            <translation>Die Zwei-Faktor-Anmeldung ist deaktiviert: Das Master-Passwort allein öffnet diesen Tresor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your organisation requires two-factor sign-in.</source>
            <translation>Ihre Organisation schreibt die Zwei-Faktor-Anmeldung vor.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your organisation has turned two-factor sign-in off on this computer.</source>
            <translation>Ihre Organisation hat die Zwei-Faktor-Anmeldung auf diesem Computer deaktiviert.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Codes are checked by %1: without them, a copy of the vault file opens nothing.</source>
            <translation>Codes werden von %1 geprüft: Ohne sie öffnet eine Kopie der Tresordatei nichts.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Recovery codes are made when the first method is turned on.</source>
            <translation>Wiederherstellungscodes werden erstellt, wenn die erste Methode aktiviert wird.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One recovery code left.</source>
            <translation>Noch ein Wiederherstellungscode übrig.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n recovery codes left.</source>
            <translation>
                <numerusform>Noch %n Wiederherstellungscode übrig.</numerusform>
                <numerusform>Noch %n Wiederherstellungscodes übrig.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Email and SMS codes are sent with your own delivery settings.</source>
            <translation>Codes per E-Mail und SMS werden mit Ihren eigenen Versandeinstellungen gesendet.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No delivery settings yet: email and SMS codes need a mail server or an SMS gateway.</source>
            <translation>Noch keine Versandeinstellungen: Codes per E-Mail und SMS brauchen einen Mailserver oder ein SMS-Gateway.</translation>
        </message>
        <message>
            <location line="+37" />
            <location line="+30" />
            <source>Revoke %1</source>
            <translation>%1 widerrufen</translation>
        </message>
        <message>
            <location line="-21" />
            <source>On</source>
            <translation>Aktiviert</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not allowed by your organisation</source>
            <translation>Von Ihrer Organisation nicht erlaubt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Off</source>
            <translation>Deaktiviert</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A computer</source>
            <translation>Ein Computer</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No computer is remembered.</source>
            <translation>Es ist kein Computer gemerkt.</translation>
        </message>
        <message>
            <location filename="../ui/preferences/SecurityPaneComputers.cpp" line="+25" />
            <source>This computer</source>
            <translation>Dieser Computer</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add a &amp;computer…</source>
            <translation>&amp;Computer hinzufügen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add a computer</source>
            <translation>Computer hinzufügen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign o&amp;ut and forget this computer…</source>
            <translation>Ab&amp;melden und diesen Computer vergessen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign out and forget this computer</source>
            <translation>Abmelden und diesen Computer vergessen</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Signed in to %1 on %2. Add a computer shows what another computer needs to sign in too.</source>
            <translation>Angemeldet als %1 auf %2. Computer hinzufügen zeigt, was ein anderer Computer zum Anmelden braucht.</translation>
        </message>
    </context>
    <context>
        <name>twofold::SentCodeSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/SentCodeSetupDialog.cpp" line="+16" />
            <source>&amp;Send code</source>
            <translation>Code &amp;senden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Verify</source>
            <translation>&amp;Prüfen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Send a code</source>
            <extracomment>"code": the one-time code sent by email or text message.</extracomment>
            <translation>Einen Code senden</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Code you received</source>
            <extracomment>"code": the one-time code sent by email or text message.</extracomment>
            <translation>Erhaltener Code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;ode:</source>
            <extracomment>"code": the one-time code sent by email or text message.</extracomment>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Verify the code</source>
            <translation>Den Code prüfen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send the code again</source>
            <translation>Den Code erneut senden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use a different &amp;number</source>
            <translation>Andere &amp;Nummer verwenden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use a different &amp;address</source>
            <translation>Andere &amp;Adresse verwenden</translation>
        </message>
        <message numerus="yes">
            <location line="+86" />
            <source>We sent a code to %1. Enter it here; it works for %n minutes.</source>
            <extracomment>%1 is an email address or a phone number; %n the code's lifetime in minutes (10).</extracomment>
            <translation>
                <numerusform>Wir haben einen Code an %1 gesendet. Geben Sie ihn hier ein; er gilt %n Minute lang.</numerusform>
                <numerusform>Wir haben einen Code an %1 gesendet. Geben Sie ihn hier ein; er gilt %n Minuten lang.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+57" />
            <source>Resend code (in %n s)</source>
            <extracomment>"code": the one-time code sent by email or text message.</extracomment>
            <translation>
                <numerusform>Code erneut senden (in %n s)</numerusform>
                <numerusform>Code erneut senden (in %n s)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Resend code</source>
            <translation>Code &amp;erneut senden</translation>
        </message>
        <message>
            <location line="-53" />
            <source>We sent a new code.</source>
            <translation>Wir haben einen neuen Code gesendet.</translation>
        </message>
    </context>
    <context>
        <name>twofold::ServerChoicePage</name>
        <message>
            <location filename="../ui/account/ServerChoicePage.cpp" line="+14" />
            <source>&amp;Create an account…</source>
            <translation>Konto &amp;erstellen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sign in to an account…</source>
            <translation>Bei einem Konto &amp;anmelden…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use a Twofold server</source>
            <translation>Einen Twofold-Server verwenden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About server accounts</source>
            <translation>Über Serverkonten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For several computers or an organisation. The server checks your second factor and holds a share of your vault's key, so a copy of the vault file opens nothing without it. Your master password and your account key never leave your computers.</source>
            <translation>Für mehrere Computer oder eine Organisation. Der Server prüft Ihren zweiten Faktor und hält einen Teil des Tresorschlüssels, sodass eine Kopie der Tresordatei ohne ihn nichts öffnet. Ihr Master-Passwort und Ihr Kontoschlüssel verlassen Ihre Computer nie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>About creating an account</source>
            <translation>Über das Erstellen eines Kontos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New on this server: make your account, your vault and its emergency kit.</source>
            <translation>Neu auf diesem Server: Erstellen Sie Ihr Konto, Ihren Tresor und sein Notfall-Kit.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About signing in</source>
            <translation>Über die Anmeldung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You have an account: open your vault on this computer too.</source>
            <translation>Sie haben ein Konto: Öffnen Sie Ihren Tresor auch auf diesem Computer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create an account</source>
            <translation>Ein Konto erstellen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign in to an account</source>
            <translation>Bei einem Konto anmelden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Back to creating a vault on this computer</source>
            <translation>Zurück zum Erstellen eines Tresors auf diesem Computer</translation>
        </message>
    </context>
    <context>
        <name>twofold::SignOutDialog</name>
        <message>
            <location filename="../ui/account/SignOutDialog.cpp" line="+18" />
            <source>Sign out and &amp;forget</source>
            <translation>Abmelden und &amp;vergessen</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+13" />
            <source>Sign out and forget this computer</source>
            <translation>Abmelden und diesen Computer vergessen</translation>
        </message>
        <message>
            <location line="-9" />
            <source>What signing out does</source>
            <translation>Was das Abmelden bewirkt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changes not synced</source>
            <translation>Nicht synchronisierte Änderungen</translation>
        </message>
    </context>
    <context>
        <name>twofold::SmsSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/SmsSetupDialog.cpp" line="+23" />
            <source>Enter the mobile number to send sign-in codes to. We send a code to it now, to check that it receives text messages.</source>
            <extracomment>"code": the one-time code sent by text message.</extracomment>
            <translation>Geben Sie die Mobilnummer ein, an die Anmeldecodes gesendet werden sollen. Wir senden jetzt einen Code dorthin, um zu prüfen, ob sie SMS empfängt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Country or region</source>
            <translation>Land oder Region</translation>
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
            <translation>Mobilnummer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Number to send to</source>
            <translation>Nummer, an die gesendet wird</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Country or region:</source>
            <translation>&amp;Land oder Region:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Mobile number:</source>
            <translation>&amp;Mobilnummer:</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Will send to %1</source>
            <extracomment>%1 is the phone number in international form: "+44 7123 456789".</extracomment>
            <translation>Wird an %1 gesendet</translation>
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
            <translation>Tresor erstellen — Twofold</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sign in — Twofold</source>
            <translation>Anmelden — Twofold</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Use a Twofold server — Twofold</source>
            <translation>Twofold-Server verwenden — Twofold</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Create an account — Twofold</source>
            <translation>Konto erstellen — Twofold</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Sign in to an account — Twofold</source>
            <translation>Bei einem Konto anmelden — Twofold</translation>
        </message>
    </context>
    <context>
        <name>twofold::StrengthMeter</name>
        <message>
            <location filename="../ui/common/StrengthMeter.cpp" line="+33" />
            <source>Password strength</source>
            <translation>Passwortstärke</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Password strength verdict</source>
            <translation>Bewertung der Passwortstärke</translation>
        </message>
        <message numerus="yes">
            <location line="+30" />
            <source>Use at least %n characters. A few unrelated words make a strong password that is easy to remember.</source>
            <translation>
                <numerusform>Verwenden Sie mindestens %n Zeichen. Ein paar voneinander unabhängige Wörter ergeben ein starkes Passwort, das leicht zu merken ist.</numerusform>
                <numerusform>Verwenden Sie mindestens %n Zeichen. Ein paar voneinander unabhängige Wörter ergeben ein starkes Passwort, das leicht zu merken ist.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>twofold::TotpCodeWidget</name>
        <message>
            <location filename="../ui/otp/TotpCodeWidget.cpp" line="+28" />
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Two-factor code</source>
            <translation>Zwei-Faktor-Code</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Seconds left</source>
            <translation>Verbleibende Sekunden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the two-factor code</source>
            <translation>Den Zwei-Faktor-Code kopieren</translation>
        </message>
        <message>
            <location line="+37" />
            <source>This two-factor link cannot be used.</source>
            <translation>Dieser Zwei-Faktor-Link kann nicht verwendet werden.</translation>
        </message>
        <message>
            <location line="+76" />
            <source>This code changes only when it is used.</source>
            <translation>Dieser Code ändert sich erst, wenn er verwendet wird.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This code is about to change: wait for the next one before you type it.</source>
            <translation>Dieser Code ändert sich gleich: Warten Sie auf den nächsten, bevor Sie ihn eingeben.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This code changes in %1 seconds.</source>
            <translation>Dieser Code ändert sich in %1 Sekunden.</translation>
        </message>
    </context>
    <context>
        <name>twofold::TurnOnTwoFactorDialog</name>
        <message>
            <location filename="../ui/twofactor/TurnOnTwoFactorDialog.cpp" line="+16" />
            <source>&amp;Not now</source>
            <translation>&amp;Nicht jetzt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Lock</source>
            <translation>&amp;Sperren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Two-factor sign-in</source>
            <translation>Zwei-Faktor-Anmeldung</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your organisation requires two-factor sign-in</source>
            <translation>Ihre Organisation verlangt die Zwei-Faktor-Anmeldung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Turn on two-factor sign-in now?</source>
            <translation>Zwei-Faktor-Anmeldung jetzt aktivieren?</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Turn on a method to open this vault. Until one is on, the vault stays closed.</source>
            <translation>Aktivieren Sie eine Methode, um diesen Tresor zu öffnen. Bis eine aktiv ist, bleibt der Tresor geschlossen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>With it, someone who learns your master password still cannot open your vault without a code from your phone or mail.</source>
            <translation>Damit kann jemand, der Ihr Master-Passwort erfährt, Ihren Tresor trotzdem nicht ohne einen Code von Ihrem Telefon oder aus Ihren E-Mails öffnen.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 (recommended)</source>
            <extracomment>A method button of the first-run offer; %1 is "Authenticator app".</extracomment>
            <translation>%1 (empfohlen)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Turn on %1</source>
            <translation>%1 aktivieren</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Your administrator's policy allows no two-factor method here.</source>
            <translation>Die Richtlinie Ihres Administrators erlaubt hier keine Zwei-Faktor-Methode.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lock the vault</source>
            <translation>Tresor sperren</translation>
        </message>
    </context>
    <context>
        <name>twofold::UnlockPage</name>
        <message>
            <location filename="../ui/signin/UnlockPage.cpp" line="+35" />
            <source>Open another vault…</source>
            <translation>Anderen Tresor öffnen…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Unlock</source>
            <translation>&amp;Entsperren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a new vault…</source>
            <translation>Neuen Tresor erstellen…</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+5" />
            <source>Unlock your vault</source>
            <translation>Ihren Tresor entsperren</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Vault file</source>
            <translation>Tresordatei</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open another vault</source>
            <translation>Anderen Tresor öffnen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recent</source>
            <translation>Zuletzt geöffnet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vaults opened recently</source>
            <translation>Kürzlich geöffnete Tresore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recent vaults</source>
            <translation>Zuletzt geöffnete Tresore</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Create a new vault</source>
            <translation>Einen neuen Tresor erstellen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Master password</source>
            <translation>Master-Passwort</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unlocking</source>
            <translation>Wird entsperrt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Master password:</source>
            <translation>&amp;Master-Passwort:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Account &amp;key:</source>
            <translation>&amp;Kontoschlüssel:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Why the account key is asked</source>
            <translation>Warum der Kontoschlüssel gefragt wird</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This computer does not have this vault's account key. Type it from your emergency kit: it is kept here from then on.</source>
            <translation>Dieser Computer hat den Kontoschlüssel dieses Tresors nicht. Geben Sie ihn aus Ihrem Notfall-Kit ein: Danach wird er hier aufbewahrt.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Account key</source>
            <translation>Kontoschlüssel</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Vault:</source>
            <translation>Tresor:</translation>
        </message>
        <message>
            <location line="+126" />
            <source>Open a vault</source>
            <translation>Tresor öffnen</translation>
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
            <translation>Der Tresor ist gesperrt.</translation>
        </message>
        <message>
            <location line="-22" />
            <source>That attachment is no longer in the entry.</source>
            <translation>Dieser Anhang ist nicht mehr im Eintrag.</translation>
        </message>
    </context>
    <context>
        <name>twofold::VaultSync</name>
        <message>
            <location filename="../ui/vault/VaultSync.cpp" line="+174" />
            <source>This account was made before Twofold could sync, so the server does not know this vault's sync key yet. Run “twofold-cli sync” once on this computer to turn sync on.</source>
            <translation>Dieses Konto wurde angelegt, bevor Twofold synchronisieren konnte, daher kennt der Server den Synchronisationsschlüssel dieses Tresors noch nicht. Führen Sie einmal „twofold-cli sync“ auf diesem Computer aus, um die Synchronisation einzuschalten.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“%1”</source>
            <extracomment>An entry's title quoted in a sentence, with this language's quotation marks.</extracomment>
            <translation>„%1“</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changed on this computer and on another: %1. The newer edit is current; the other is kept in the entry's history.</source>
            <extracomment>%1 is the list of entries' titles, quoted: "“Mail” and “Bank”".</extracomment>
            <translation>Auf diesem und auf einem anderen Computer geändert: %1. Die neuere Änderung gilt; die andere bleibt im Verlauf des Eintrags erhalten.</translation>
        </message>
    </context>
</TS>
