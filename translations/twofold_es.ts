<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>Text</name>
        <message>
            <location filename="../core/platform/FileSecretStore.cpp" line="+41" />
            <source>The remembered-computer file %1 could not be written. Check that the folder exists and that you may write there.</source>
            <translation>No se pudo escribir el archivo de equipos recordados %1. Compruebe que la carpeta existe y que tiene permiso para escribir en ella.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Account</name>
        <message>
            <location filename="../ui/account/AccountText.cpp" line="+23" />
            <source>A server address has no spaces: check "%1".</source>
            <translation>Una dirección de servidor no lleva espacios: revise «%1».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>"%1" is not a server address: it should look like https://sign-in.example.org.</source>
            <translation>«%1» no es una dirección de servidor: debería tener la forma https://sign-in.example.org.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server address must start with https://: codes and your account would otherwise cross the network unprotected. (Plain http:// is only for a server on this computer.)</source>
            <translation>La dirección del servidor debe empezar por https://: si no, los códigos y su cuenta cruzarían la red sin protección. (http:// a secas solo vale para un servidor en este equipo).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server address must start with https://, not %1://.</source>
            <translation>La dirección del servidor debe empezar por https://, no por %1://.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Leave the user name and password out of the server address: Twofold asks for your email and master password separately.</source>
            <translation>Quite el nombre de usuario y la contraseña de la dirección del servidor: Twofold pide su correo y su contraseña maestra por separado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server address cannot have "?" or "#" in it: give only the address your administrator gave you.</source>
            <translation>La dirección del servidor no puede llevar «?» ni «#»: indique solo la dirección que le dio su administrador.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The port in "%1" is not a port number (1 to 65535).</source>
            <translation>El puerto de «%1» no es un número de puerto (de 1 a 65535).</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Enter the address of your Twofold server (your administrator has it).</source>
            <translation>Escriba la dirección de su servidor Twofold (su administrador la tiene).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter your email address: it is your account's name on the server.</source>
            <translation>Escriba su dirección de correo: es el nombre de su cuenta en el servidor.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose a master password.</source>
            <translation>Elija una contraseña maestra.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose a stronger master password: the line under it says why.</source>
            <translation>Elija una contraseña maestra más segura: la línea de debajo indica por qué.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Type the master password again to confirm it.</source>
            <translation>Vuelva a escribir la contraseña maestra para confirmarla.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The two passwords do not match.</source>
            <translation>Las dos contraseñas no coinciden.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter your master password.</source>
            <translation>Escriba su contraseña maestra.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter your account key: it is in your emergency kit and starts with TF1-.</source>
            <translation>Escriba su clave de cuenta: está en su kit de emergencia y empieza por TF1-.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This computer does not have your account key yet. Type it from your emergency kit: it is needed once on each computer.</source>
            <translation>Este equipo aún no tiene su clave de cuenta. Escríbala desde su kit de emergencia: se pide una vez en cada equipo.</translation>
        </message>
        <message>
            <location filename="../ui/account/AccountWidgets.cpp" line="+44" />
            <source>Where to keep the vault</source>
            <translation>Dónde guardar la bóveda</translation>
        </message>
        <message>
            <location filename="../ui/account/AccountText.cpp" line="+6" />
            <source>From your emergency kit (TF1-…): each new computer needs it once, before the code.</source>
            <translation>De su kit de emergencia (TF1-…): cada equipo nuevo la necesita una vez, antes del código.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The picture %1 could not be opened: choose a PNG, JPEG or BMP file.</source>
            <translation>No se pudo abrir la imagen %1: elija un archivo PNG, JPEG o BMP.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The QR code in this picture is not a Twofold "Add a computer" code. On a computer that is signed in, open Settings &gt; Security &gt; Add a computer… and use the code it shows.</source>
            <translation>El código QR de esta imagen no es un código «Añadir un equipo» de Twofold. En un equipo con la sesión iniciada, abra Ajustes &gt; Seguridad &gt; Añadir un equipo… y use el código que muestra.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server, the email and the account key were filled in from the code. Type your master password to sign in.</source>
            <translation>El servidor, el correo y la clave de cuenta se han rellenado a partir del código. Escriba su contraseña maestra para iniciar sesión.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Read the account key from a picture</source>
            <translation>Leer la clave de cuenta de una imagen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This vault is kept on this computer only, with no account on a server, so no other computer can sign in to it. Copy the vault file instead, or create a Twofold server account.</source>
            <translation>Esta bóveda solo está en este equipo, sin cuenta en un servidor, así que ningún otro equipo puede iniciar sesión en ella. Copie el archivo de la bóveda, o cree una cuenta en un servidor Twofold.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This computer does not keep the account key of this vault. Use the account key from your emergency kit on the other computer.</source>
            <translation>Este equipo no guarda la clave de cuenta de esta bóveda. Use en el otro equipo la clave de cuenta de su kit de emergencia.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This computer's copy of the vault, its account key and the token that remembers this computer are removed from this computer. Your account %1 on %2 and your other computers are not touched: sign in again here with your master password, your account key and your second factor.</source>
            <translation>La copia de la bóveda en este equipo, su clave de cuenta y el token que recuerda este equipo se eliminan de este equipo. Su cuenta %1 en %2 y sus otros equipos no se tocan: vuelva a iniciar sesión aquí con su contraseña maestra, su clave de cuenta y su segundo factor.</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n changes made on this computer have not reached the server yet and will be lost. Cancel and sync first to keep them.</source>
            <translation>
                <numerusform>%n cambio hecho en este equipo aún no ha llegado al servidor y se perderá. Cancele y sincronice antes para conservarlo.</numerusform>
                <numerusform>%n cambios hechos en este equipo aún no han llegado al servidor y se perderán. Cancele y sincronice antes para conservarlos.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>This computer is signed out of %1 and has forgotten it.</source>
            <translation>Este equipo ha cerrado la sesión de %1 y la ha olvidado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This computer is signed out of %1 and has forgotten it, but the server could not be told to stop remembering it (%2). Revoke it from another computer in Settings &gt; Security.</source>
            <translation>Este equipo ha cerrado la sesión de %1 y la ha olvidado, pero no se pudo pedir al servidor que deje de recordarlo (%2). Revóquelo desde otro equipo en Ajustes &gt; Seguridad.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the master password was not given</source>
            <translation>no se dio la contraseña maestra</translation>
        </message>
    </context>
    <context>
        <name>Twofold::AtomicFile</name>
        <message>
            <location filename="../core/vault/AtomicFile.cpp" line="+91" />
            <source> Your changes are still open: nothing was lost.</source>
            <translation> Sus cambios siguen abiertos: no se ha perdido nada.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The disk holding %1 is full, so the vault was not saved. Free some space and save again, or save to another place.</source>
            <translation>El disco que contiene %1 está lleno, así que la bóveda no se guardó. Libere espacio y vuelva a guardar, o guárdela en otro lugar.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is on a read-only disk, so the vault was not saved. Save it to another place.</source>
            <translation>%1 está en un disco de solo lectura, así que la bóveda no se guardó. Guárdela en otro lugar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is on a read-only disk.</source>
            <translation>%1 está en un disco de solo lectura.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>You do not have permission to write next to %1, so the vault was not saved.</source>
            <translation>No tiene permiso para escribir junto a %1, así que la bóveda no se guardó.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You do not have permission to read %1.</source>
            <translation>No tiene permiso para leer %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The folder of %1 does not exist.</source>
            <translation>La carpeta de %1 no existe.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The vault could not be saved to %1 (%2).</source>
            <translation>No se pudo guardar la bóveda en %1 (%2).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 could not be read (%2).</source>
            <translation>No se pudo leer %1 (%2).</translation>
        </message>
        <message>
            <location filename="../core/vault/AtomicFile_posix.cpp" line="+155" />
            <source>The vault was written, but the disk did not confirm it (%1). Save again before you turn the computer off.</source>
            <translation>La bóveda se escribió, pero el disco no lo confirmó (%1). Vuelva a guardar antes de apagar el equipo.</translation>
        </message>
        <message>
            <location filename="../core/vault/AtomicFile.cpp" line="-65" />
            <source>%1 could not be removed (%2).</source>
            <translation>No se pudo eliminar %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Auth</name>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="+14" />
            <source>a second</source>
            <translation>un segundo</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n seconds</source>
            <translation>
                <numerusform>%n segundo</numerusform>
                <numerusform>%n segundos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>a minute</source>
            <translation>un minuto</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is not turned on for this vault.</source>
            <translation>El método «%1» no está activado en esta bóveda.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Authenticator codes are made by the app on your phone: nothing is sent.</source>
            <translation>Los códigos de autenticación los genera la aplicación de su teléfono: no se envía nada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Too many wrong codes in a row. Try again in %1.</source>
            <translation>Demasiados códigos incorrectos seguidos. Vuelva a intentarlo dentro de %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A code was sent just now. You can ask for another in %1.</source>
            <translation>Se acaba de enviar un código. Puede pedir otro dentro de %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Five codes were sent in the last hour, the most allowed. You can ask for another in %1.</source>
            <translation>Se enviaron cinco códigos en la última hora, el máximo permitido. Puede pedir otro dentro de %1.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>That code is not right. You can try it once more.</source>
            <translation>Ese código no es correcto. Puede intentarlo una vez más.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>That code is not right. You can try it %n more times.</source>
            <translation>
                <numerusform>Ese código no es correcto. Puede intentarlo %n vez más.</numerusform>
                <numerusform>Ese código no es correcto. Puede intentarlo %n veces más.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>That code is not right, and it has now been tried three times: ask for a new one.</source>
            <translation>Ese código no es correcto y ya se ha intentado tres veces: pida uno nuevo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That code has expired (codes last 10 minutes): ask for a new one.</source>
            <translation>Ese código ha caducado (los códigos duran 10 minutos): pida uno nuevo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No code by text message is waiting to be checked: ask for a new one.</source>
            <translation>No hay ningún código enviado por SMS pendiente de comprobar: pida uno nuevo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No code by email is waiting to be checked: ask for a new one.</source>
            <translation>No hay ningún código enviado por correo electrónico pendiente de comprobar: pida uno nuevo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That code has been used already. Wait for the next one in your authenticator app.</source>
            <translation>Ese código ya se ha usado. Espere al siguiente en su aplicación de autenticación.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That code is not right. Enter the code your authenticator app shows for Twofold now.</source>
            <translation>Ese código no es correcto. Introduzca el código que su aplicación de autenticación muestra ahora para Twofold.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>That recovery code is not right, or it has been used already.</source>
            <translation>Ese código de recuperación no es correcto o ya se ha usado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This computer is no longer remembered: enter a code.</source>
            <translation>Este equipo ya no está recordado: introduzca un código.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This vault asks for a code at every sign-in, so computers are not remembered.</source>
            <translation>Esta bóveda pide un código en cada inicio de sesión, así que no se recuerdan equipos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Two-factor sign-in is not on for this vault: turn on a method first.</source>
            <translation>El inicio de sesión en dos pasos no está activado en esta bóveda: active primero un método.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>That is not the code that was sent. You can try it once more.</source>
            <translation>Ese no es el código que se envió. Puede intentarlo una vez más.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>That is not the code that was sent. You can try it %n more times.</source>
            <translation>
                <numerusform>Ese no es el código que se envió. Puede intentarlo %n vez más.</numerusform>
                <numerusform>Ese no es el código que se envió. Puede intentarlo %n veces más.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>That code is not right. Check that the setup key was entered exactly and that your phone's clock is right, then enter the code the app shows now.</source>
            <translation>Ese código no es correcto. Compruebe que la clave de configuración se introdujo exactamente y que el reloj de su teléfono está en hora; después, introduzca el código que muestra ahora la aplicación.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>One more wrong code locks sign-in for a while.</source>
            <translation>Un código incorrecto más bloquea el inicio de sesión durante un rato.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>After %n more wrong codes, sign-in is locked for a while.</source>
            <translation>
                <numerusform>Tras %n código incorrecto más, el inicio de sesión se bloquea durante un rato.</numerusform>
                <numerusform>Tras %n códigos incorrectos más, el inicio de sesión se bloquea durante un rato.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>The SMS gateway refused Twofold's sign-in: check the account and token in the delivery settings.</source>
            <translation>La pasarela de SMS rechazó el inicio de sesión de Twofold: compruebe la cuenta y el token en los ajustes de envío.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server refused the sign-in: check the SMTP user name and password in the delivery settings.</source>
            <translation>El servidor de correo rechazó el inicio de sesión: compruebe el usuario y la contraseña SMTP en los ajustes de envío.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The SMS gateway did not answer in time. Check the network and the delivery settings, then try again.</source>
            <translation>La pasarela de SMS no respondió a tiempo. Compruebe la red y los ajustes de envío y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server did not answer in time. Check the network and the delivery settings, then try again.</source>
            <translation>El servidor de correo no respondió a tiempo. Compruebe la red y los ajustes de envío y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No SMS gateway is set up to send codes: set one up in the delivery settings first.</source>
            <translation>No hay ninguna pasarela de SMS configurada para enviar códigos: configure primero una en los ajustes de envío.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No mail server is set up to send codes: set one up in the delivery settings first.</source>
            <translation>No hay ningún servidor de correo configurado para enviar códigos: configure primero uno en los ajustes de envío.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The code could not be sent: the SMS gateway could not be reached or refused it. Check the delivery settings and the number, then try again.</source>
            <translation>No se pudo enviar el código: no se pudo contactar con la pasarela de SMS o esta lo rechazó. Compruebe los ajustes de envío y el número y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The code could not be sent: the mail server could not be reached or refused it. Check the delivery settings and the address, then try again.</source>
            <translation>No se pudo enviar el código: no se pudo contactar con el servidor de correo o este lo rechazó. Compruebe los ajustes de envío y la dirección y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the disk is read-only</source>
            <translation>el disco es de solo lectura</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Twofold may not write to the vault's folder</source>
            <translation>Twofold no tiene permiso para escribir en la carpeta de la bóveda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the vault file could not be written</source>
            <translation>no se pudo escribir el archivo de la bóveda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Twofold could not record this sign-in step in the vault file (%1), so no code can be accepted now. Free the disk or make it writable, then try again.</source>
            <translation>Twofold no pudo registrar este paso del inicio de sesión en el archivo de la bóveda (%1), así que ahora no se puede aceptar ningún código. Libere espacio en el disco o haga que admita escritura y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The sign-in verifier answered for another vault. Close the vault and sign in again.</source>
            <translation>El verificador de inicio de sesión respondió por otra bóveda. Cierre la bóveda e inicie sesión de nuevo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The sign-in verifier speaks another version of Twofold's sign-in protocol. Update Twofold.</source>
            <translation>El verificador de inicio de sesión usa otra versión del protocolo de inicio de sesión de Twofold. Actualice Twofold.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The vault's master password was changed in another program. Close the vault and sign in again with the new password.</source>
            <translation>La contraseña maestra de la bóveda se cambió en otro programa. Cierre la bóveda e inicie sesión de nuevo con la nueva contraseña.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>That password is not right for this vault.</source>
            <translation>Esa contraseña no es correcta para esta bóveda.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That item does not exist any more: it may have been removed in another program.</source>
            <translation>Ese elemento ya no existe: puede que se haya eliminado en otro programa.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The new delivery settings were not saved, because a test code could not be sent with them: %1</source>
            <translation>Los nuevos ajustes de envío no se guardaron porque no se pudo enviar un código de prueba con ellos: %1</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The vault file was moved or deleted while you were signing in. Choose it again, then sign in.</source>
            <translation>El archivo de la bóveda se movió o se eliminó mientras iniciaba sesión. Vuelva a elegirlo y luego inicie sesión.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The vault file could not be read while you were signing in. Check that its disk is connected and that you may read it, then try again.</source>
            <translation>No se pudo leer el archivo de la bóveda mientras iniciaba sesión. Compruebe que su disco está conectado y que tiene permiso para leerlo, y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The vault was saved by a newer Twofold. Update Twofold to open it.</source>
            <translation>La bóveda se guardó con una versión más reciente de Twofold. Actualice Twofold para abrirla.</translation>
        </message>
        <message>
            <location line="+123" />
            <source>Another computer changed the vault on the server first. Twofold fetches its changes and sends yours again.</source>
            <translation>Otro equipo cambió primero la bóveda en el servidor. Twofold descarga sus cambios y vuelve a enviar los suyos.</translation>
        </message>
        <message>
            <location filename="../core/auth/DeliveryCodeSender.cpp" line="+32" />
            <source>Codes cannot be sent by email yet: set up the mail server first (Preferences &gt; Security &gt; Delivery, or twofold-cli delivery set smtp).</source>
            <translation>Todavía no se pueden enviar códigos por correo electrónico: configure primero el servidor de correo (Preferencias &gt; Seguridad &gt; Envío, o twofold-cli delivery set smtp).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Codes cannot be sent by text message yet: set up the SMS gateway first (Preferences &gt; Security &gt; Delivery, or twofold-cli delivery set sms).</source>
            <translation>Todavía no se pueden enviar códigos por SMS: configure primero la pasarela SMS (Preferencias &gt; Seguridad &gt; Envío, o twofold-cli delivery set sms).</translation>
        </message>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="-230" />
            <location filename="../core/auth/TwoFactorStatus.cpp" line="+21" />
            <source>The sign-in verifier and this program do not understand each other. Update Twofold.</source>
            <translation>El verificador de inicio de sesión y este programa no se entienden entre sí. Actualice Twofold.</translation>
        </message>
        <message>
            <location filename="../core/auth/Policy.cpp" line="+21" />
            <source>The administrator's policy file %1 is not valid (%2), so Twofold cannot tell how sign-in must work and will not start it. Ask your administrator to correct the file.</source>
            <translation>El archivo de directiva del administrador %1 no es válido (%2), así que Twofold no puede saber cómo debe funcionar el inicio de sesión y no lo iniciará. Pida a su administrador que corrija el archivo.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>it cannot be read: %1</source>
            <translation>no se puede leer: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>it is far too large</source>
            <translation>es demasiado grande</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 at character %2</source>
            <translation>%1 en el carácter %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>it must be one JSON object</source>
            <translation>debe ser un único objeto JSON</translation>
        </message>
        <message>
            <location line="+16" />
            <source>"twoFactor" must be "off", "optional" or "required"</source>
            <translation>"twoFactor" debe ser "off", "optional" o "required"</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"allowedMethods" must be a list</source>
            <translation>"allowedMethods" debe ser una lista</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"allowedMethods" may list only "authenticator", "email" and "sms"</source>
            <translation>"allowedMethods" solo puede contener "authenticator", "email" y "sms"</translation>
        </message>
        <message>
            <location line="+6" />
            <source>two-factor sign-in is required but no method is allowed</source>
            <translation>se exige el inicio de sesión en dos pasos, pero no se permite ningún método</translation>
        </message>
        <message>
            <location line="+8" />
            <source>"server" must be an https:// address</source>
            <translation>"server" debe ser una dirección https://</translation>
        </message>
        <message>
            <location filename="../core/auth/SignInMethod.cpp" line="+36" />
            <source>Authenticator app</source>
            <translation>Aplicación de autenticación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Text message (SMS)</source>
            <translation>Mensaje de texto (SMS)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation>Código de recuperación</translation>
        </message>
        <message>
            <location filename="../core/auth/SignInSession.cpp" line="+27" />
            <source>This vault needs a second factor, but its two-factor settings have no method turned on. Try the backup copy of the vault (the same name ending in .bak).</source>
            <translation>Esta bóveda necesita un segundo factor, pero sus ajustes de inicio de sesión en dos pasos no tienen ningún método activado. Pruebe con la copia de seguridad de la bóveda (el mismo nombre terminado en .bak).</translation>
        </message>
        <message>
            <location line="+32" />
            <source>This computer does not have the account key of this vault. Give the account key from your emergency kit (TF1-…), or sign in to the account again on this computer.</source>
            <translation>Este equipo no tiene la clave de cuenta de esta bóveda. Escriba la clave de cuenta de su kit de emergencia (TF1-…) o vuelva a iniciar sesión en la cuenta en este equipo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The sign-in server accepted the password and the code, but the account key does not fit this vault: give the account key from this account's emergency kit.</source>
            <translation>El servidor de inicio de sesión aceptó la contraseña y el código, pero la clave de cuenta no corresponde a esta bóveda: escriba la clave de cuenta del kit de emergencia de esta cuenta.</translation>
        </message>
        <message>
            <location line="+204" />
            <source>There is already a file at %1: sign in to it, or choose another place for this account's vault.</source>
            <translation>Ya hay un archivo en %1: inicie sesión en él o elija otro lugar para la bóveda de esta cuenta.</translation>
        </message>
        <message>
            <location line="+426" />
            <source>This computer could not be remembered: %1</source>
            <translation>No se pudo recordar este equipo: %1</translation>
        </message>
        <message>
            <location line="+133" />
            <source>This computer could not keep the account key: %1</source>
            <translation>Este equipo no pudo guardar la clave de cuenta: %1</translation>
        </message>
        <message>
            <location filename="../core/auth/TwoFactorSettings.cpp" line="+24" />
            <source>Enter your master password again to change the two-factor settings.</source>
            <translation>Vuelva a introducir su contraseña maestra para cambiar los ajustes de inicio de sesión en dos pasos.</translation>
        </message>
        <message>
            <location line="+320" />
            <location line="+12" />
            <source>No remembered computer was chosen.</source>
            <translation>No se ha elegido ningún equipo recordado.</translation>
        </message>
        <message>
            <location line="-327" />
            <source>Wait for the change being made to finish.</source>
            <translation>Espere a que termine el cambio en curso.</translation>
        </message>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="+55" />
            <location filename="../core/auth/TwoFactorSettings.cpp" line="+205" />
            <source>This vault was opened read-only, so its two-factor settings cannot be changed.</source>
            <translation>Esta bóveda se abrió en modo de solo lectura, así que no se pueden cambiar sus ajustes de inicio de sesión en dos pasos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your sign-in server sends the codes itself, so its administrator keeps these settings.</source>
            <translation>Su servidor de inicio de sesión envía los códigos él mismo, así que su administrador gestiona estos ajustes.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An account with this email exists on the server already: sign in to it instead.</source>
            <translation>Ya existe en el servidor una cuenta con este correo: inicie sesión en ella.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The sign-in server could not be reached. Check the connection and try again.</source>
            <translation>No se pudo contactar con el servidor de inicio de sesión. Compruebe la conexión e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sign-in server %1 could not be reached. Check the connection and try again.</source>
            <translation>No se pudo contactar con el servidor de inicio de sesión %1. Compruebe la conexión e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+139" />
            <source>The certificate of the sign-in server %1 is not trusted on this computer, so nothing was sent to it. If your administrator uses a certificate authority of their own, set TWOFOLD_SERVER_CA to its certificate file (twofold-cli also takes --server-ca FILE).</source>
            <translation>El certificado del servidor de inicio de sesión %1 no es de confianza en este equipo, así que no se le envió nada. Si su administrador usa una autoridad de certificación propia, defina TWOFOLD_SERVER_CA con su archivo de certificado (twofold-cli también acepta --server-ca ARCHIVO).</translation>
        </message>
        <message>
            <location line="-131" />
            <source>The sign-in server is busy. Try again in %1.</source>
            <translation>El servidor de inicio de sesión está ocupado. Inténtelo de nuevo dentro de %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sign-in server %1 is busy. Try again in %2.</source>
            <translation>El servidor de inicio de sesión %1 está ocupado. Inténtelo de nuevo dentro de %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sign-in server could not take the request. Try again later, or ask its administrator.</source>
            <translation>El servidor de inicio de sesión no pudo atender la solicitud. Inténtelo más tarde o consulte a su administrador.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sign-in server %1 could not take the request. Try again later, or ask its administrator.</source>
            <translation>El servidor de inicio de sesión %1 no pudo atender la solicitud. Inténtelo más tarde o consulte a su administrador.</translation>
        </message>
        <message>
            <location line="+139" />
            <location filename="../core/auth/TwoFactorSettings.cpp" line="+58" />
            <source>Your administrator requires two-factor sign-in, so the last method cannot be turned off. Turn on another method first.</source>
            <translation>Su administrador exige el inicio de sesión en dos pasos, así que no se puede desactivar el último método. Active primero otro método.</translation>
        </message>
        <message>
            <location line="-190" />
            <source>Give the app password a name, such as the script that uses it.</source>
            <translation>Dé un nombre a la contraseña de aplicación, como el del script que la usa.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An app password named "%1" exists already.</source>
            <translation>Ya existe una contraseña de aplicación llamada «%1».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This vault has as many app passwords as it can hold: revoke one first.</source>
            <translation>Esta bóveda ya tiene todas las contraseñas de aplicación que admite: revoque una primero.</translation>
        </message>
        <message>
            <location filename="../core/auth/ServerSettings.cpp" line="+158" />
            <location filename="../core/auth/TwoFactorSettings.cpp" line="+129" />
            <source>No app password is named "%1".</source>
            <translation>No hay ninguna contraseña de aplicación llamada «%1».</translation>
        </message>
        <message>
            <location filename="../core/auth/TwoFactorSetup.cpp" line="+26" />
            <source>Your administrator has turned two-factor sign-in off on this computer.</source>
            <translation>Su administrador ha desactivado el inicio de sesión en dos pasos en este equipo.</translation>
        </message>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="+180" />
            <location filename="../core/auth/TwoFactorSetup.cpp" line="+3" />
            <source>Your administrator does not allow %1 for signing in.</source>
            <translation>Su administrador no permite el método «%1» para iniciar sesión.</translation>
        </message>
        <message>
            <location filename="../core/auth/TwoFactorSetup.cpp" line="+5" />
            <source>No method is being set up: start again.</source>
            <translation>No se está configurando ningún método: vuelva a empezar.</translation>
        </message>
        <message>
            <location filename="../core/auth/AuthSentences.cpp" line="-228" />
            <source>The two-factor settings kept in this vault are damaged, so the second factor cannot be checked. Try the backup copy of the vault (the same name ending in .bak).</source>
            <translation>Los ajustes de inicio de sesión en dos pasos guardados en esta bóveda están dañados, así que no se puede comprobar el segundo factor. Pruebe con la copia de seguridad de la bóveda (el mismo nombre terminado en .bak).</translation>
        </message>
        <message>
            <location filename="../core/auth/AccountKey.cpp" line="+55" />
            <source>The account key kept on this computer is damaged: give the account key from your emergency kit.</source>
            <translation>La clave de cuenta guardada en este equipo está dañada: escriba la clave de cuenta de su kit de emergencia.</translation>
        </message>
        <message>
            <location line="+29" />
            <source> (the key has no zeros: it may be the letter O)</source>
            <translation> (la clave no tiene ceros: puede ser la letra O)</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (the key has no ones: it may be the letter I or L)</source>
            <translation> (la clave no tiene unos: puede ser la letra I o L)</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (the key has no eights: it may be the letter B)</source>
            <translation> (la clave no tiene ochos: puede ser la letra B)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An account key has only the letters A to Z and the digits 2 to 7: "%1" at place %2 is not one of them%3.</source>
            <translation>Una clave de cuenta solo tiene las letras A a Z y las cifras 2 a 7: «%1» en la posición %2 no es una de ellas%3.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>An account key has %1 letters and digits after "TF1" (eight groups of five); this one has %2. Compare it with your emergency kit.</source>
            <translation>Una clave de cuenta tiene %1 letras y cifras después de «TF1» (ocho grupos de cinco); esta tiene %2. Compárela con su kit de emergencia.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>This account key has a typo: compare each group of five with your emergency kit.</source>
            <translation>Esta clave de cuenta tiene una errata: compare cada grupo de cinco con su kit de emergencia.</translation>
        </message>
        <message>
            <location filename="../core/auth/ServerAccount.cpp" line="+129" />
            <source>"%1" is not an email address: the account is named by one, such as name@example.org.</source>
            <translation>«%1» no es una dirección de correo: la cuenta se identifica con una, como name@example.org.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This computer has no place to keep the account key, so no account can be made here.</source>
            <translation>Este equipo no tiene dónde guardar la clave de cuenta, así que aquí no se puede crear ninguna cuenta.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is already a file at %1. Choose another place for the new vault.</source>
            <translation>Ya hay un archivo en %1. Elija otro lugar para la nueva bóveda.</translation>
        </message>
        <message>
            <location line="+103" />
            <source>The account %1 was made on %2, but %3 Sign in to it with "account sign-in" on this computer once that is fixed.</source>
            <translation>La cuenta %1 se creó en %2, pero %3 Inicie sesión en ella con «account sign-in» en este equipo cuando esté resuelto.</translation>
        </message>
        <message>
            <location filename="../core/auth/ServerEndpoint.cpp" line="+41" />
            <source>"%1" is not the address of a sign-in server: give it as https://host or https://host:port.</source>
            <translation>«%1» no es la dirección de un servidor de inicio de sesión: indíquela como https://host o https://host:puerto.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The sign-in server's address must start with https:// ("%1" does not).</source>
            <translation>La dirección del servidor de inicio de sesión debe empezar por https:// («%1» no lo hace).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The sign-in server's address may not carry a user name, a password, a query or a fragment: give it as https://host or https://host:port.</source>
            <translation>La dirección del servidor de inicio de sesión no puede llevar nombre de usuario, contraseña, consulta ni fragmento: indíquela como https://host o https://host:puerto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The sign-in server %1 would be reached without encryption: use https:// (plain http:// is only allowed on this computer's own address).</source>
            <translation>Se llegaría al servidor de inicio de sesión %1 sin cifrado: use https:// (http:// simple solo se permite hacia la propia dirección de este equipo).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The certificate file %1 could not be read: %2</source>
            <translation>No se pudo leer el archivo de certificado %1: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
            <translation>El archivo %1 no contiene ningún certificado PEM (-----BEGIN CERTIFICATE-----).</translation>
        </message>
        <message>
            <location filename="../core/auth/ServerSettings.cpp" line="-136" />
            <source>This change needs the vault opened by signing in to its account with the master password (not with an app password). Lock the vault, sign in, and try again.</source>
            <translation>Este cambio necesita la bóveda abierta iniciando sesión en su cuenta con la contraseña maestra (no con una contraseña de aplicación). Bloquee la bóveda, inicie sesión y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+77" />
            <source>The sign-in server has the new master password, but this computer's vault file could not be saved: %1 Sign in with the new master password from now on.</source>
            <translation>El servidor de inicio de sesión tiene la nueva contraseña maestra, pero no se pudo guardar el archivo de la bóveda de este equipo: %1 A partir de ahora, inicie sesión con la nueva contraseña maestra.</translation>
        </message>
        <message>
            <location filename="../core/auth/AddComputerLink.cpp" line="+22" />
            <source>This is not a Twofold "Add a computer" link: it starts with twofold://add-computer. Copy the whole link again from the computer that is signed in.</source>
            <translation>Esto no es un enlace «Añadir un equipo» de Twofold: empieza por twofold://add-computer. Vuelva a copiar el enlace completo desde el equipo que tiene la sesión iniciada.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>This "Add a computer" link is far too long to be one: copy it again.</source>
            <translation>Este enlace «Añadir un equipo» es demasiado largo para serlo: vuelva a copiarlo.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>This "Add a computer" link gives its %1 twice: copy the whole link again.</source>
            <translation>Este enlace «Añadir un equipo» da dos veces su parámetro %1: vuelva a copiar el enlace completo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This "Add a computer" link has no server address: copy the whole link again.</source>
            <translation>Este enlace «Añadir un equipo» no tiene dirección de servidor: vuelva a copiar el enlace completo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This "Add a computer" link has no email: copy the whole link again.</source>
            <translation>Este enlace «Añadir un equipo» no tiene correo electrónico: vuelva a copiar el enlace completo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This "Add a computer" link has no account key: copy the whole link again.</source>
            <translation>Este enlace «Añadir un equipo» no tiene clave de cuenta: vuelva a copiar el enlace completo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server address in this "Add a computer" link is not a web address (https://…): copy the whole link again.</source>
            <translation>La dirección del servidor de este enlace «Añadir un equipo» no es una dirección web (https://…): vuelva a copiar el enlace completo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The email in this "Add a computer" link is not an email address: copy the whole link again.</source>
            <translation>El correo de este enlace «Añadir un equipo» no es una dirección de correo electrónico: vuelva a copiar el enlace completo.</translation>
        </message>
        <message>
            <location filename="../core/auth/ForgetComputer.cpp" line="+23" />
            <source>This vault is kept on this computer only, with no account on a server: there is nothing to sign out of, and removing its file would lose it.</source>
            <translation>Esta bóveda solo está en este equipo, sin cuenta en un servidor: no hay ninguna sesión que cerrar, y eliminar su archivo la perdería.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Cli</name>
        <message>
            <location filename="../app/cli/Arguments.cpp" line="+90" />
            <source>There is no option %1 (see twofold-cli --help).</source>
            <translation>No existe la opción %1 (consulte twofold-cli --help).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is no option --%1 (see twofold-cli --help).</source>
            <translation>No existe la opción --%1 (consulte twofold-cli --help).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The option --%1 takes no value.</source>
            <translation>La opción --%1 no admite ningún valor.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The option --%1 needs a value: --%1 %2.</source>
            <translation>La opción --%1 necesita un valor: --%1 %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The option --%1 is given more than once.</source>
            <translation>La opción --%1 se ha indicado más de una vez.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Name a command (see twofold-cli --help).</source>
            <translation>Indique un comando (consulte twofold-cli --help).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The command "%1" needs one of: %2.</source>
            <translation>El comando «%1» necesita una de estas acciones: %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../app/cli/CommandTable.cpp" line="+139" />
            <source>There is no command "%1" (see twofold-cli --help).</source>
            <translation>No existe el comando «%1» (consulte twofold-cli --help).</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The option --%1 does not apply to "%2" (see twofold-cli help %2).</source>
            <translation>La opción --%1 no se aplica a «%2» (consulte twofold-cli help %2).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The command "%1" needs more arguments: %2.</source>
            <translation>Al comando «%1» le faltan argumentos: %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The command "%1" does not take "%2": %3.</source>
            <translation>El comando «%1» no admite «%2»: %3.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The option --%1 needs a whole number, not "%2".</source>
            <translation>La opción --%1 necesita un número entero, no «%2».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The option --%1 must be between %2 and %3.</source>
            <translation>La opción --%1 debe estar entre %2 y %3.</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandHelpers.cpp" line="+98" />
            <source>%1 entries in the trash are called "%2": name one by its id (shown by "trash ls --ids").</source>
            <translation>Hay %1 entradas en la papelera llamadas «%2»: indique una por su id (lo muestra «trash ls --ids»).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is no entry called "%1" in the trash.</source>
            <translation>No hay ninguna entrada llamada «%1» en la papelera.</translation>
        </message>
        <message>
            <location line="+81" />
            <source>The user name</source>
            <translation>El nombre de usuario</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The web address</source>
            <translation>La dirección web</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The notes</source>
            <translation>Las notas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The tags, separated by commas ("" for none)</source>
            <translation>Las etiquetas, separadas por comas ("" para ninguna)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The group, as a path "A/B" (created if missing; "" for the top)</source>
            <translation>El grupo, como ruta «A/B» (se crea si no existe; "" para el nivel superior)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Set a random password of N characters (default 20) instead of asking</source>
            <translation>Poner una contraseña aleatoria de N caracteres (20 por omisión) en lugar de pedirla</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandTable.cpp" line="-104" />
            <source>Explain a command</source>
            <translation>Explicar un comando</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Usage: twofold-cli [OPTIONS] COMMAND [ARGUMENTS]</source>
            <translation>Uso: twofold-cli [OPTIONS] COMMAND [ARGUMENTS]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Twofold's command line: your vault, and passwords and passphrases, for people and scripts.</source>
            <translation>La línea de comandos de Twofold: su bóveda, y contraseñas y frases de contraseña, para personas y scripts.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Commands:</source>
            <translation>Comandos:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Options for every command (before or after it):</source>
            <translation>Opciones para todos los comandos (antes o después del comando):</translation>
        </message>
        <message>
            <location line="+6" />
            <source>ENTRY is the exact title of an entry, or its id (see "ls --ids"). Secrets are never taken from the command line.</source>
            <translation>ENTRY es el título exacto de una entrada, o su id (consulte «ls --ids»). Los secretos nunca se toman de la línea de comandos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exit status: 0 success, 1 usage, 2 wrong password or code, 3 locked out, 4 a problem with the vault file, 5 the mail server, SMS gateway or sign-in server could not be reached or refused delivery.</source>
            <translation>Estado de salida: 0 éxito, 1 error de uso, 2 contraseña o código incorrectos, 3 bloqueado, 4 un problema con el archivo de la bóveda, 5 el servidor de correo, la pasarela de SMS o el servidor de inicio de sesión no responde o rechazó el envío.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"twofold-cli help COMMAND" explains a command.</source>
            <translation>«twofold-cli help COMMAND» explica un comando.</translation>
        </message>
        <message>
            <location line="+7" />
            <source> [OPTIONS]</source>
            <translation> [OPTIONS]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Usage: %1</source>
            <translation>Uso: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Options:</source>
            <translation>Opciones:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The options for every command (--vault, --password-stdin, …) are listed by "twofold-cli --help".</source>
            <translation>Las opciones de todos los comandos (--vault, --password-stdin, …) se listan con «twofold-cli --help».</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Usage:</source>
            <translation>Uso:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"twofold-cli help %1 ACTION" explains an action.</source>
            <translation>«twofold-cli help %1 ACTION» explica una acción.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The vault file (default: $TWOFOLD_VAULT, else vault.twofold in Twofold's data folder)</source>
            <translation>El archivo de la bóveda (por omisión: $TWOFOLD_VAULT o, si no, vault.twofold en la carpeta de datos de Twofold)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Read the master password, then every later answer, one line each from standard input</source>
            <translation>Leer de la entrada estándar la contraseña maestra y después cada respuesta posterior, una línea cada una</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Take the master password from the environment variable VAR</source>
            <translation>Tomar la contraseña maestra de la variable de entorno VAR</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in with this second factor: authenticator, email or sms (default: the vault's default method)</source>
            <translation>Iniciar sesión con este segundo factor: authenticator, email o sms (por omisión: el método predeterminado de la bóveda)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The second-factor answer is one of the vault's recovery codes</source>
            <translation>La respuesta del segundo factor es uno de los códigos de recuperación de la bóveda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>After a right code, remember this computer for 30 days: later sign-ins here skip the code when the vault allows it (2fa ask new-computers)</source>
            <translation>Tras un código correcto, recordar este equipo durante 30 días: los próximos inicios de sesión aquí no piden código si la bóveda lo permite (2fa ask new-computers)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The password given is one of the vault's app passwords (no second factor is asked; two-factor settings cannot be changed with it)</source>
            <translation>La contraseña dada es una de las contraseñas de aplicación de la bóveda (no se pide segundo factor; con ella no se pueden cambiar los ajustes de inicio de sesión en dos pasos)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sign-in server of a new account (account create, account sign-in); later commands take it from the vault file</source>
            <translation>El servidor de inicio de sesión de una cuenta nueva (account create, account sign-in); las órdenes posteriores lo toman del archivo de la bóveda</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trust only the certificate authorities in this PEM file for the sign-in server (a private CA)</source>
            <translation>Confiar solo en las autoridades de certificación de este archivo PEM para el servidor de inicio de sesión (una CA privada)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show this help, or a command's</source>
            <translation>Mostrar esta ayuda, o la de un comando</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the version</source>
            <translation>Mostrar la versión</translation>
        </message>
        <message>
            <location filename="../app/cli/Console.cpp" line="+89" />
            <source>Twofold needs %1, but there is no terminal to ask on: pass --password-stdin to give it as a line of standard input.</source>
            <translation>Twofold necesita %1, pero no hay ningún terminal en el que pedir ese dato: use --password-stdin para darlo como una línea de la entrada estándar.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+23" />
            <source>The answer giving %1 is longer than %2 bytes.</source>
            <translation>La respuesta con %1 ocupa más de %2 bytes.</translation>
        </message>
        <message>
            <location line="-18" />
            <location line="+22" />
            <source>The input ended before %1 was given.</source>
            <translation>La entrada terminó antes de recibir %1.</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Standard input ended before %1 was given.</source>
            <translation>La entrada estándar terminó antes de recibir %1.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The two entries of %1 differ; nothing was changed.</source>
            <translation>Los dos valores escritos para %1 no coinciden; no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../app/cli/DeliveryCommands.cpp" line="+69" />
            <source>--security takes starttls, tls or none (none only for this computer).</source>
            <translation>--security admite starttls, tls o none (none solo para este equipo).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>delivery set smtp needs --host HOST and --from ADDRESS.</source>
            <translation>delivery set smtp necesita --host HOST y --from ADDRESS.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>SMTP password for %1: </source>
            <translation>Contraseña SMTP de %1: </translation>
        </message>
        <message>
            <location line="+0" />
            <source>the SMTP password</source>
            <translation>la contraseña SMTP</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Twilio auth token: </source>
            <translation>Token de autenticación de Twilio: </translation>
        </message>
        <message>
            <location line="+0" />
            <source>the auth token</source>
            <translation>el token de autenticación</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--provider takes twilio or webhook.</source>
            <translation>--provider admite twilio o webhook.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>delivery set takes smtp or sms.</source>
            <translation>delivery set admite smtp o sms.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The delivery settings were saved.</source>
            <translation>Se guardaron los ajustes de envío.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Say where the test goes: --to ADDRESS for mail, --phone NUMBER for SMS.</source>
            <translation>Indique adónde va la prueba: --to ADDRESS para correo, --phone NUMBER para SMS.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No mail server is set: use "twofold-cli delivery set smtp" first.</source>
            <translation>No hay ningún servidor de correo configurado: use primero «twofold-cli delivery set smtp».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A test mail was sent to %1.</source>
            <translation>Se envió un correo de prueba a %1.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A test message was sent to %1.</source>
            <translation>Se envió un mensaje de prueba a %1.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Set where sign-in codes are sent from</source>
            <translation>Configurar desde dónde se envían los códigos de inicio de sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smtp: --host, --port, --security, --user, --from, --from-name, --ca-file; the SMTP password is the next answer. sms: --provider twilio with --base-url, --account-sid and --from (the auth token is the next answer), or --provider webhook with --url and --body-template.</source>
            <translation>smtp: --host, --port, --security, --user, --from, --from-name, --ca-file; la contraseña SMTP es la siguiente respuesta. sms: --provider twilio con --base-url, --account-sid y --from (el token de autenticación es la siguiente respuesta), o --provider webhook con --url y --body-template.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>smtp: the mail server</source>
            <translation>smtp: el servidor de correo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>smtp: its port (default: 587, or 465 with tls)</source>
            <translation>smtp: su puerto (por omisión: 587, o 465 con tls)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smtp: starttls (default) or tls</source>
            <translation>smtp: starttls (por omisión) o tls</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smtp: the user name to sign in with</source>
            <translation>smtp: el nombre de usuario con el que iniciar sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the sender: a mail address, or an SMS number</source>
            <translation>el remitente: una dirección de correo o un número para SMS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smtp: the sender's name</source>
            <translation>smtp: el nombre del remitente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>extra certificate authorities to trust</source>
            <translation>autoridades de certificación adicionales en las que confiar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sms: twilio or webhook</source>
            <translation>sms: twilio o webhook</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sms: the Twilio API's address</source>
            <translation>sms: la dirección de la API de Twilio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sms: the Twilio account SID</source>
            <translation>sms: el SID de la cuenta de Twilio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sms: the webhook's address</source>
            <translation>sms: la dirección del webhook</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sms: the webhook's JSON, with {to}, {body} and {code}</source>
            <translation>sms: el JSON del webhook, con {to}, {body} y {code}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Send a test mail or SMS with the delivery settings</source>
            <translation>Enviar un correo o SMS de prueba con los ajustes de envío</translation>
        </message>
        <message>
            <location line="+1" />
            <source>send a test mail here</source>
            <translation>enviar un correo de prueba a esta dirección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>send a test SMS here</source>
            <translation>enviar un SMS de prueba a este número</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the country the number is dialled from</source>
            <translation>el país desde el que se marca el número</translation>
        </message>
        <message>
            <location filename="../app/cli/EntryCommands.cpp" line="+24" />
            <source>There is already an entry called "%1": choose another title, or change that entry with "twofold-cli edit".</source>
            <translation>Ya hay una entrada llamada «%1»: elija otro título, o cambie esa entrada con «twofold-cli edit».</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Password for "%1": </source>
            <translation>Contraseña de «%1»: </translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="+59" />
            <location filename="../app/cli/EntryCommands.cpp" line="+1" />
            <location filename="../app/cli/IoCommands.cpp" line="+164" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="+259" />
            <location filename="../app/cli/VaultCommands.cpp" line="+57" />
            <source>Type it again: </source>
            <translation>Escríbala de nuevo: </translation>
        </message>
        <message>
            <location filename="../app/cli/EntryCommands.cpp" line="+0" />
            <source>the entry's password</source>
            <translation>la contraseña de la entrada</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+46" />
            <source>An entry needs a title.</source>
            <translation>Una entrada necesita un título.</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Added "%1".</source>
            <translation>Se añadió «%1».</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Say what to change, for example --username U (see twofold-cli help edit).</source>
            <translation>Indique qué cambiar, por ejemplo --username U (consulte twofold-cli help edit).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give --generate or --ask-password, not both.</source>
            <translation>Indique --generate o --ask-password, no ambas.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Changed "%1".</source>
            <translation>Se cambió «%1».</translation>
        </message>
        <message>
            <location line="+24" />
            <source>"%1" is already in the trash: "rm --permanent" deletes it for good.</source>
            <translation>«%1» ya está en la papelera: «rm --permanent» la elimina definitivamente.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Deleted "%1" for good.</source>
            <translation>Se eliminó «%1» definitivamente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Moved "%1" to the trash.</source>
            <translation>Se movió «%1» a la papelera.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Restored "%1".</source>
            <translation>Se restauró «%1».</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The trash is already empty.</source>
            <translation>La papelera ya está vacía.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deleted 1 entry for good.</source>
            <translation>Se eliminó 1 entrada definitivamente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted %1 entries for good.</source>
            <translation>Se eliminaron %1 entradas definitivamente.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The new title</source>
            <translation>El nuevo título</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ask for a new password (the next line of standard input with --password-stdin)</source>
            <translation>Pedir una contraseña nueva (la siguiente línea de la entrada estándar con --password-stdin)</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../app/cli/VaultCommands.cpp" line="+131" />
            <source>Print each entry's id, a tab, then its title</source>
            <translation>Mostrar el id de cada entrada, un tabulador y después su título</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add an entry</source>
            <translation>Añadir una entrada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Without --generate, asks for the entry's password (twice at a terminal; the line after the master password with --password-stdin).</source>
            <translation>Sin --generate, pide la contraseña de la entrada (dos veces en un terminal; la línea que sigue a la contraseña maestra con --password-stdin).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Change an entry</source>
            <translation>Cambiar una entrada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only the fields named by options change; the old password is kept in the entry's history.</source>
            <translation>Solo cambian los campos indicados con opciones; la contraseña anterior se conserva en el historial de la entrada.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Move an entry to the trash</source>
            <translation>Mover una entrada a la papelera</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete it for good instead (also an entry already in the trash)</source>
            <translation>Eliminarla definitivamente en su lugar (también una entrada que ya está en la papelera)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>List the entries in the trash</source>
            <translation>Listar las entradas de la papelera</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Take an entry out of the trash</source>
            <translation>Sacar una entrada de la papelera</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete every entry in the trash for good</source>
            <translation>Eliminar definitivamente todas las entradas de la papelera</translation>
        </message>
        <message>
            <location filename="../app/cli/EventWait.h" line="+39" />
            <source>Twofold gave up waiting after two minutes; nothing more was done.</source>
            <translation>Twofold dejó de esperar tras dos minutos; no se hizo nada más.</translation>
        </message>
        <message>
            <location filename="../app/cli/GenerateCommand.cpp" line="+31" />
            <source>Give --length for a password or --words for a passphrase, not both.</source>
            <translation>Indique --length para una contraseña o --words para una frase de contraseña, no ambas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The option --%1 applies to passwords, not to passphrases (--words).</source>
            <translation>La opción --%1 se aplica a contraseñas, no a frases de contraseña (--words).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The option --%1 applies to passphrases: add --words N.</source>
            <translation>La opción --%1 se aplica a frases de contraseña: añada --words N.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Print a random password or passphrase</source>
            <translation>Mostrar una contraseña o frase de contraseña aleatoria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A password of 20 characters with lower and upper case letters, digits and symbols (at least one of each) unless told otherwise; with --words, a passphrase of words from the EFF large word list.</source>
            <translation>Una contraseña de 20 caracteres con minúsculas, mayúsculas, dígitos y símbolos (al menos uno de cada tipo), salvo que se indique otra cosa; con --words, una frase de contraseña con palabras de la lista larga de palabras de la EFF (EFF large word list).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A password of N characters (8 to 128; default 20)</source>
            <translation>Una contraseña de N caracteres (de 8 a 128; 20 por omisión)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A passphrase of N words (3 to 20) instead</source>
            <translation>En su lugar, una frase de contraseña de N palabras (de 3 a 20)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No lower-case letters</source>
            <translation>Sin minúsculas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No upper-case letters</source>
            <translation>Sin mayúsculas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No digits</source>
            <translation>Sin dígitos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No symbols</source>
            <translation>Sin símbolos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Leave out characters easily mistaken for others (I l 1 | O 0 o)</source>
            <translation>Omitir caracteres que se confunden fácilmente con otros (I l 1 | O 0 o)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Put S between the words (default "-")</source>
            <translation>Poner S entre las palabras (por omisión «-»)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start each word with a capital letter</source>
            <translation>Empezar cada palabra con mayúscula</translation>
        </message>
        <message>
            <location filename="../app/cli/OtpCommands.cpp" line="+32" />
            <source>otpauth:// link or setup URI: </source>
            <translation>Enlace otpauth:// o URI de configuración: </translation>
        </message>
        <message>
            <location line="+0" />
            <source>the otpauth:// link</source>
            <translation>el enlace otpauth://</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--at takes a time in seconds since 1970 (Unix time), such as 1700000000.</source>
            <translation>--at admite un instante en segundos desde 1970 (tiempo Unix), como 1700000000.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>"%1" has no two-factor code: add one with "twofold-cli edit ENTRY --otp URI".</source>
            <translation>«%1» no tiene código de verificación en dos pasos: añada uno con «twofold-cli edit ENTRY --otp URI».</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Valid for %1 more seconds.</source>
            <translation>Válido durante %1 segundos más.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Counter %1.</source>
            <translation>Contador %1.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>A two-factor (otpauth://) link for the entry; "-" reads it from standard input, after any password</source>
            <translation>Un enlace de verificación en dos pasos (otpauth://) para la entrada; «-» lo lee de la entrada estándar, después de la contraseña, si la hay</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Print the code an otpauth:// link gives</source>
            <translation>Mostrar el código que da un enlace otpauth://</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs no vault. "-" reads the link from standard input, which keeps the secret off the command line. HOTP links use their counter.</source>
            <translation>No necesita bóveda. «-» lee el enlace de la entrada estándar, lo que mantiene el secreto fuera de la línea de comandos. Los enlaces HOTP usan su contador.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The code at this time instead of now</source>
            <translation>El código en este instante en lugar de ahora</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Print an entry's current two-factor code</source>
            <translation>Mostrar el código de verificación en dos pasos actual de una entrada</translation>
        </message>
        <message>
            <location filename="../app/cli/SettingsSession.cpp" line="+49" />
            <source>"%1" is not a sign-in method: say authenticator, email or sms.</source>
            <translation>«%1» no es un método de inicio de sesión: indique authenticator, email o sms.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Your recovery codes follow, one a line. Keep them somewhere safe: each signs in once when no other method can, and they are not shown again.</source>
            <translation>A continuación aparecen sus códigos de recuperación, uno por línea. Guárdelos en un lugar seguro: cada uno sirve para iniciar sesión una vez cuando no es posible con ningún otro método, y no se volverán a mostrar.</translation>
        </message>
        <message>
            <location filename="../app/cli/SignIn.cpp" line="+60" />
            <source>Account key (TF1-…; press Enter if this computer has it): </source>
            <translation>Clave de cuenta (TF1-…; pulse Intro si este equipo la tiene): </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account key (TF1-…): </source>
            <translation>Clave de cuenta (TF1-…): </translation>
        </message>
        <message>
            <location line="+1" />
            <source>the account key</source>
            <translation>la clave de cuenta</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This computer does not have the account key of this vault: give it (TF1-…, from your emergency kit) on the line after the master password.</source>
            <translation>Este equipo no tiene la clave de cuenta de esta bóveda: dela (TF1-…, de su kit de emergencia) en la línea que sigue a la contraseña maestra.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>--method takes authenticator, email or sms (for a recovery code, give --recovery-code).</source>
            <translation>--method admite authenticator, email o sms (para un código de recuperación, use --recovery-code).</translation>
        </message>
        <message>
            <location line="+39" />
            <source>A sign-in code was sent to %1.</source>
            <translation>Se envió un código de inicio de sesión a %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This computer is remembered until %1: later sign-ins here skip the code.</source>
            <translation>Este equipo se recordará hasta %1: los próximos inicios de sesión aquí no pedirán código.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Recovery code accepted: %n left. Every remembered computer was forgotten.</source>
            <translation>
                <numerusform>Código de recuperación aceptado: queda %n. Se olvidaron todos los equipos recordados.</numerusform>
                <numerusform>Código de recuperación aceptado: quedan %n. Se olvidaron todos los equipos recordados.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Twofold signed in but could not open the vault.</source>
            <translation>Twofold inició sesión, pero no pudo abrir la bóveda.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Your administrator does not allow the method %1: give another --method.</source>
            <translation>Su administrador no permite el método «%1»: indique otro --method.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Recovery code: </source>
            <translation>Código de recuperación: </translation>
        </message>
        <message>
            <location line="+0" />
            <source>a recovery code</source>
            <translation>un código de recuperación</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Code from your authenticator app: </source>
            <translation>Código de su aplicación de autenticación: </translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-148" />
            <source>Code you received: </source>
            <translation>Código que ha recibido: </translation>
        </message>
        <message>
            <location line="+1" />
            <source>the sign-in code</source>
            <translation>el código de inicio de sesión</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This vault asks for the code at every sign-in, so this computer is not remembered ("2fa ask new-computers" changes that).</source>
            <translation>Esta bóveda pide el código en cada inicio de sesión, así que este equipo no se recuerda («2fa ask new-computers» lo cambia).</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The environment variable %1 (named by --password-env) is not set or empty.</source>
            <translation>La variable de entorno %1 (indicada con --password-env) no está definida o está vacía.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>the master password</source>
            <translation>la contraseña maestra</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is no vault at %1: create one with "twofold-cli init", or name another with --vault.</source>
            <translation>No hay ninguna bóveda en %1: cree una con «twofold-cli init», o indique otra con --vault.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+58" />
            <source>Master password: </source>
            <translation>Contraseña maestra: </translation>
        </message>
        <message>
            <location line="-21" />
            <source>Your administrator requires two-factor sign-in and this vault has none yet: turn on a method first with "twofold-cli 2fa enable authenticator" (or email or sms; see "twofold-cli 2fa status" for those allowed).</source>
            <translation>Su administrador exige el inicio de sesión en dos pasos y esta bóveda aún no lo tiene: active primero un método con «twofold-cli 2fa enable authenticator» (o email o sms; «twofold-cli 2fa status» muestra los permitidos).</translation>
        </message>
        <message>
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-83" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Two-factor sign-in: on</source>
            <translation>Inicio de sesión en dos pasos: activado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Two-factor sign-in: off</source>
            <translation>Inicio de sesión en dos pasos: desactivado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>on</source>
            <translation>activado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <location line="+5" />
            <source> (default)</source>
            <translation> (predeterminado)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>, added %1</source>
            <translation>, añadido: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Recovery codes left: %1</source>
            <translation>Códigos de recuperación restantes: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Code asked: at every sign-in</source>
            <translation>Código solicitado: en cada inicio de sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code asked: on computers not remembered</source>
            <translation>Código solicitado: en equipos no recordados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remembered computers: %1</source>
            <translation>Equipos recordados: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Codes are checked by %1 (the sign-in server; it sends email and SMS codes itself)</source>
            <translation>Los códigos los comprueba %1 (el servidor de inicio de sesión; envía él mismo los códigos por correo y SMS)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delivery settings: saved</source>
            <translation>Ajustes de envío: guardados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivery settings: none</source>
            <translation>Ajustes de envío: ninguno</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Off</source>
            <translation>Desactivada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Required</source>
            <translation>Obligatoria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Policy: %1 (no policy file at %2)</source>
            <translation>Directiva: %1 (no hay archivo de directiva en %2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Policy: %1 (from %2)</source>
            <translation>Directiva: %1 (de %2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Methods allowed: %1</source>
            <translation>Métodos permitidos: %1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Current code from your authenticator app: </source>
            <translation>Código actual de su aplicación de autenticación: </translation>
        </message>
        <message>
            <location line="+2" />
            <source>the code that confirms the new method</source>
            <translation>el código que confirma el nuevo método</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Say where the codes go with --address ADDRESS.</source>
            <translation>Indique adónde van los códigos con --address ADDRESS.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say where the codes go with --phone NUMBER.</source>
            <translation>Indique adónde van los códigos con --phone NUMBER.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--address goes with email and --phone with sms.</source>
            <translation>--address va con email y --phone con sms.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 is already on.</source>
            <translation>El método «%1» ya está activado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your administrator does not allow the method %1.</source>
            <translation>Su administrador no permite el método «%1».</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add this account to your authenticator app: open the link below, or type the setup key for %1 (issuer %2).</source>
            <translation>Añada esta cuenta a su aplicación de autenticación: abra el enlace de abajo, o escriba la clave de configuración para %1 (emisor %2).</translation>
        </message>
        <message>
            <location line="+19" />
            <source>A code was sent to %1.</source>
            <translation>Se envió un código a %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is on.</source>
            <translation>El método «%1» está activado.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 is already off.</source>
            <translation>El método «%1» ya está desactivado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is off.</source>
            <translation>El método «%1» está desactivado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is off; two-factor sign-in is now off.</source>
            <translation>El método «%1» está desactivado; el inicio de sesión en dos pasos queda desactivado.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 is now the method asked first.</source>
            <translation>El método «%1» es ahora el que se pide primero.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>"%1" is not a choice: say always or new-computers.</source>
            <translation>«%1» no es una opción: indique always o new-computers.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The code is now asked at every sign-in.</source>
            <translation>El código se pide ahora en cada inicio de sesión.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The code is now asked only on computers not remembered.</source>
            <translation>El código se pide ahora solo en equipos no recordados.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The master password was changed; every remembered computer was forgotten.</source>
            <translation>Se ha cambiado la contraseña maestra; se han olvidado todos los equipos recordados.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The old recovery codes no longer work.</source>
            <translation>Los códigos de recuperación anteriores ya no sirven.</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>Every remembered computer was forgotten (%n in all).</source>
            <translation>
                <numerusform>Se olvidaron todos los equipos recordados (%n en total).</numerusform>
                <numerusform>Se olvidaron todos los equipos recordados (%n en total).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>The app password "%1" follows; it is not shown again.</source>
            <translation>A continuación aparece la contraseña de aplicación «%1»; no se volverá a mostrar.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The app password "%1" was revoked.</source>
            <translation>Se ha revocado la contraseña de aplicación «%1».</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Show the vault's two-factor sign-in methods</source>
            <translation>Mostrar los métodos de inicio de sesión en dos pasos de la bóveda</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Turn a second-factor method on</source>
            <translation>Activar un método de segundo factor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>authenticator prints the otpauth:// link and the setup key, one a line, then reads a current code; email and sms send a code and read it. The first method turned on prints ten recovery codes, one a line.</source>
            <translation>authenticator muestra el enlace otpauth:// y la clave de configuración, uno por línea, y después lee un código actual; email y sms envían un código y lo leen. El primer método que se activa muestra diez códigos de recuperación, uno por línea.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>email: where the codes go</source>
            <translation>email: adónde van los códigos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sms: the mobile number the codes go to</source>
            <translation>sms: el número de móvil al que van los códigos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sms: the country the number is dialled from (GB, US, …)</source>
            <translation>sms: el país desde el que se marca el número (GB, US, …)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>authenticator: the account name the app shows</source>
            <translation>authenticator: el nombre de cuenta que muestra la aplicación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Turn a second-factor method off</source>
            <translation>Desactivar un método de segundo factor</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Make a method the one asked first</source>
            <translation>Hacer que un método sea el que se pide primero</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ask the code at every sign-in, or only on computers not remembered</source>
            <translation>Pedir el código en cada inicio de sesión o solo en equipos no recordados</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Change the master password (the new one is the next line of standard input with --password-stdin)</source>
            <translation>Cambiar la contraseña maestra (con --password-stdin, la nueva es la siguiente línea de la entrada estándar)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Make a new set of recovery codes (the old set stops working)</source>
            <translation>Crear un nuevo juego de códigos de recuperación (el anterior deja de funcionar)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Forget every remembered computer</source>
            <translation>Olvidar todos los equipos recordados</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Make an app password for a script (shown once)</source>
            <translation>Crear una contraseña de aplicación para un script (se muestra una sola vez)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>List app passwords: name, created, last used</source>
            <translation>Listar las contraseñas de aplicación: nombre, creación, último uso</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Revoke an app password</source>
            <translation>Revocar una contraseña de aplicación</translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="-29" />
            <source>Say which sign-in server keeps the account: --server https://host[:port].</source>
            <translation>Indique qué servidor de inicio de sesión guarda la cuenta: --server https://host[:puerto].</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandHelpers.cpp" line="+54" />
            <source>The option --kdf-memory must be between 1 and %1 MiB.</source>
            <translation>La opción --kdf-memory debe estar entre 1 y %1 MiB.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--kdf-memory times --kdf-iterations may be at most %1 (MiB times passes): more would make every unlock take minutes.</source>
            <translation>--kdf-memory por --kdf-iterations puede ser como mucho %1 (MiB por pasadas): más haría que cada desbloqueo tardara minutos.</translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="+24" />
            <source>There is already a file at %1: name another with --vault for the account's vault.</source>
            <translation>Ya hay un archivo en %1: indique otro con --vault para la bóveda de la cuenta.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Created the account %1 on %2 and its vault %3. Your account key follows: it is shown only now. Keep it with your master password (print it, or store it offline): another computer needs it to open this vault.</source>
            <translation>Se creó la cuenta %1 en %2 y su bóveda %3. A continuación, su clave de cuenta: solo se muestra ahora. Guárdela junto a su contraseña maestra (impresa o sin conexión): otro equipo la necesita para abrir esta bóveda.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is already a file at %1: it may be this account's vault (then use it with no --server), or name another with --vault.</source>
            <translation>Ya hay un archivo en %1: puede ser la bóveda de esta cuenta (úsela entonces sin --server) o indique otro con --vault.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Signed in to %1 on %2: this computer's vault is %3. Later commands on it go through the server with no --server.</source>
            <translation>Sesión iniciada en %1 en %2: la bóveda de este equipo es %3. Las órdenes posteriores pasan por el servidor sin --server.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>The vault holds %n entries.</source>
            <translation>
                <numerusform>La bóveda contiene %n entrada.</numerusform>
                <numerusform>La bóveda contiene %n entradas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>Create an account on a sign-in server (--server) and its vault</source>
            <translation>Crear una cuenta en un servidor de inicio de sesión (--server) y su bóveda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Asks for the new master password (twice at a terminal, once with --password-stdin), makes the account on the server named by --server and the vault at --vault (or the default path), and prints the account key on a line of its own, once. The server checks the second factor: the vault file opens only with the master password, the account key (kept on this computer) and what the server releases.</source>
            <translation>Pide la nueva contraseña maestra (dos veces en un terminal, una con --password-stdin), crea la cuenta en el servidor indicado por --server y la bóveda en --vault (o en la ruta predeterminada) e imprime una sola vez la clave de cuenta en una línea propia. El servidor comprueba el segundo factor: el archivo de la bóveda solo se abre con la contraseña maestra, la clave de cuenta (guardada en este equipo) y lo que libera el servidor.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sign in to a server account on this computer (--server)</source>
            <translation>Iniciar sesión en una cuenta de servidor en este equipo (--server)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Makes this computer's vault file for the account at --vault (or the default path). Answers, one a line with --password-stdin: the master password; the account key (TF1-…; an empty line when this computer keeps it already); then the second-factor code.</source>
            <translation>Crea el archivo de la bóveda de este equipo para la cuenta en --vault (o en la ruta predeterminada). Respuestas, una por línea con --password-stdin: la contraseña maestra; la clave de cuenta (TF1-…; una línea vacía si este equipo ya la tiene); después el código del segundo factor.</translation>
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="-138" />
            <source>There is already a file at %1: name another with --vault, or open that vault.</source>
            <translation>Ya hay un archivo en %1: indique otro con --vault, o abra esa bóveda.</translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="-100" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-163" />
            <location filename="../app/cli/VaultCommands.cpp" line="+7" />
            <source>New master password: </source>
            <translation>Nueva contraseña maestra: </translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="+0" />
            <location filename="../app/cli/VaultCommands.cpp" line="+1" />
            <source>the new master password</source>
            <translation>la nueva contraseña maestra</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandHelpers.cpp" line="-21" />
            <source>Strength: %1</source>
            <translation>Seguridad: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="+9" />
            <location filename="../app/cli/VaultCommands.cpp" line="+7" />
            <source>Measuring this computer, so that unlocking takes about a second…</source>
            <translation>Midiendo este equipo para que el desbloqueo tarde alrededor de un segundo…</translation>
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="+5" />
            <source>Created the vault %1.</source>
            <translation>Se creó la bóveda %1.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Say what to search for: twofold-cli search TERM.</source>
            <translation>Indique qué buscar: twofold-cli search TERM.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>There is no field "%1": name one of %2.</source>
            <translation>No existe el campo «%1»: indique uno de estos: %2.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Title: %1</source>
            <translation>Título: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name: %1</source>
            <translation>Nombre de usuario: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password: </source>
            <translation>Contraseña: </translation>
        </message>
        <message>
            <location filename="../app/cli/IoCommands.cpp" line="-126" />
            <source>There is no file %1.</source>
            <translation>No existe el archivo %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 cannot be read: %2.</source>
            <translation>No se puede leer %1: %2.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>There is no import format "%1": name one of auto, %2.</source>
            <translation>No hay ningún formato de importación «%1»: indique auto o uno de %2.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The option --duplicates takes skip, keep or update.</source>
            <translation>La opción --duplicates admite skip, keep o update.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Imported %1 entries from %2 (%3).</source>
            <translation>Se importaron %1 entradas de %2 (%3).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 added, %2 updated, %3 duplicates skipped; in the file: %4.</source>
            <translation>%1 añadidas, %2 actualizadas, %3 duplicados omitidos; en el archivo: %4.</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-179" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skipped: %1</source>
            <translation>Omitido: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Write %L1 entries unencrypted to %2? [y/N] </source>
            <translation>¿Escribir %L1 entradas sin cifrar en %2? [y/N] </translation>
        </message>
        <message>
            <location line="+1" />
            <source>the answer to the question</source>
            <translation>la respuesta a la pregunta</translation>
        </message>
        <message>
            <location line="+14" />
            <source>There is no export format "%1": name one of %2.</source>
            <translation>No hay ningún formato de exportación «%1»: indique uno de %2.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Password for the export: </source>
            <translation>Contraseña de la exportación: </translation>
        </message>
        <message>
            <location line="+1" />
            <source>the export's password</source>
            <translation>la contraseña de la exportación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The export's password cannot be empty.</source>
            <translation>La contraseña de la exportación no puede estar vacía.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing was written.</source>
            <translation>No se escribió nada.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Wrote %L1 entries, encrypted, to %2.</source>
            <translation>Se escribieron %L1 entradas, cifradas, en %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrote %L1 entries to %2 (readable only by you).</source>
            <translation>Se escribieron %L1 entradas en %2 (solo usted puede leerlo).</translation>
        </message>
        <message>
            <location line="+39" />
            <source>VERSION is the number "show --history" lists (1 or more).</source>
            <translation>VERSION es el número que muestra «show --history» (1 o más).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The password of "%1" is version %2 again; the one it replaces is in its history.</source>
            <translation>La contraseña de «%1» vuelve a ser la versión %2; la que sustituye queda en su historial.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Kind: %1</source>
            <translation>Tipo: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../app/cli/VaultCommands.cpp" line="+1" />
            <source>Web address: %1</source>
            <translation>Dirección web: %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Password history: none</source>
            <translation>Historial de contraseñas: ninguno</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Password version %1 (until %2): </source>
            <translation>Versión %1 de la contraseña (hasta %2): </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Older version %1 (changed %2 on another computer or this one): title "%3", user name "%4", web address "%5", notes "%6"</source>
            <translation>Versión anterior %1 (cambiada el %2 en otro equipo o en este): título «%3», nombre de usuario «%4», dirección web «%5», notas «%6»</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Older version %1's password: </source>
            <translation>Contraseña de la versión anterior %1: </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Add the entries of another manager's export</source>
            <translation>Añadir las entradas de la exportación de otro gestor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FORMAT is auto (guessed from the content) or one of bitwarden-json, bitwarden-csv, 1password-1pux, 1password-csv, keepass-xml, keepassxc-csv, chrome-csv, firefox-csv, lastpass-csv, msecure-csv, otpauth, aegis-json, otpauth-migration. A malformed file is refused with the line or item at fault and nothing is written; whatever is skipped is listed.</source>
            <translation>FORMAT es auto (deducido del contenido) o uno de bitwarden-json, bitwarden-csv, 1password-1pux, 1password-csv, keepass-xml, keepassxc-csv, chrome-csv, firefox-csv, lastpass-csv, msecure-csv, otpauth, aegis-json, otpauth-migration. Un archivo mal formado se rechaza indicando la línea o el elemento culpable y no se escribe nada; todo lo omitido se enumera.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What to do with an entry whose web address and user name are already in the vault (default skip)</source>
            <translation>Qué hacer con una entrada cuya dirección web y nombre de usuario ya están en la bóveda (por omisión skip)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Write the entries to a file for another manager or a backup</source>
            <translation>Escribir las entradas en un archivo para otro gestor o como copia de seguridad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FORMAT is twofold-json (everything, encrypted with a password you choose unless --plain), keepass-xml, bitwarden-json or csv. Plain-text exports ask first and are readable only by you.</source>
            <translation>FORMAT es twofold-json (todo, cifrado con una contraseña que usted elige salvo con --plain), keepass-xml, bitwarden-json o csv. Las exportaciones en texto plano preguntan antes y solo usted puede leerlas.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>twofold-json without encryption</source>
            <translation>twofold-json sin cifrar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Make an older password (see show --history) current again</source>
            <translation>Volver a usar una contraseña anterior (vea show --history)</translation>
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="+1" />
            <source>Group: %1</source>
            <translation>Grupo: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags: %1</source>
            <translation>Etiquetas: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes: %1</source>
            <translation>Notas: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created: %1</source>
            <translation>Creación: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Modified: %1</source>
            <translation>Modificación: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In the trash since: %1</source>
            <translation>En la papelera desde: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Id: %1</source>
            <translation>Id: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Create a new vault</source>
            <translation>Crear una bóveda nueva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asks for the new master password twice at a terminal (once with --password-stdin or --password-env) and refuses one that is too easy to guess. The key derivation is tuned to this computer unless --kdf-memory or --kdf-iterations is given (the other then keeps its default: 256 MiB, 3 iterations).</source>
            <translation>Pide la nueva contraseña maestra dos veces en un terminal (una vez con --password-stdin o --password-env) y rechaza una que sea demasiado fácil de adivinar. La derivación de clave se ajusta a este equipo salvo que se indique --kdf-memory o --kdf-iterations (la otra opción conserva entonces su valor por omisión: 256 MiB, 3 iteraciones).</translation>
        </message>
        <message>
            <location filename="../app/cli/AccountCommands.cpp" line="+66" />
            <location filename="../app/cli/VaultCommands.cpp" line="+7" />
            <source>Memory of the key derivation (Argon2id), in MiB</source>
            <translation>Memoria de la derivación de clave (Argon2id), en MiB</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../app/cli/VaultCommands.cpp" line="+3" />
            <source>Iterations of the key derivation</source>
            <translation>Iteraciones de la derivación de clave</translation>
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="+5" />
            <source>List the entries by title (of GROUP and its subgroups)</source>
            <translation>Listar las entradas por título (de GROUP y sus subgrupos)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>GROUP is a path "A/B" or an id. Entries in the trash are left out (see "trash ls").</source>
            <translation>GROUP es una ruta «A/B» o un id. Las entradas de la papelera se omiten (consulte «trash ls»).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>List the entries whose title, user name, web address, tags or notes hold every term</source>
            <translation>Listar las entradas cuyo título, nombre de usuario, dirección web, etiquetas o notas contienen todos los términos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Case and accents do not matter. Entries in the trash are left out.</source>
            <translation>No importan las mayúsculas ni los acentos. Las entradas de la papelera se omiten.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show an entry (the password as ******** unless --reveal)</source>
            <translation>Mostrar una entrada (la contraseña como ******** salvo con --reveal)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Print only this field: title, username, password, url, group, tags, notes, created, modified or id</source>
            <translation>Mostrar solo este campo: title, username, password, url, group, tags, notes, created, modified o id</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Print the password itself</source>
            <translation>Mostrar la contraseña en sí</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Also list the older passwords</source>
            <translation>Mostrar también las contraseñas anteriores</translation>
        </message>
        <message>
            <location filename="../app/cli/TwoFactorCommands.cpp" line="-12" />
            <source>Policy: %1 (your organisation's, as %2 enforces it)</source>
            <translation>Directiva: %1 (la de su organización, tal como la aplica %2)</translation>
        </message>
        <message>
            <location filename="../app/cli/SyncCommands.cpp" line="+35" />
            <source>  removed an entry for good</source>
            <translation>  una entrada eliminada definitivamente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  added "%1"</source>
            <translation>  «%1» añadida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  removed "%1" for good</source>
            <translation>  «%1» eliminada definitivamente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  changed "%1"</source>
            <translation>  «%1» cambiada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  added the group "%1"</source>
            <translation>  grupo «%1» añadido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  removed the group "%1"</source>
            <translation>  grupo «%1» eliminado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  changed the group "%1"</source>
            <translation>  grupo «%1» cambiado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  named the vault "%1"</source>
            <translation>  bóveda renombrada «%1»</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Changed on this computer and another: the newer edit is current, the other is kept in the entry's versions (show ENTRY --history):</source>
            <translation>Cambiadas en este equipo y en otro: el cambio más reciente es el actual, el otro se conserva en las versiones de la entrada (show ENTRY --history):</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n record(s) on the server could not be opened with this vault's key and were skipped.</source>
            <translation>
                <numerusform>%n registro del servidor no se pudo abrir con la clave de esta bóveda y se omitió.</numerusform>
                <numerusform>%n registros del servidor no se pudieron abrir con la clave de esta bóveda y se omitieron.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n change(s) are kept in the vault and will be sent at the next sync.</source>
            <translation>
                <numerusform>%n cambio se conserva en la bóveda y se enviará en la próxima sincronización.</numerusform>
                <numerusform>%n cambios se conservan en la bóveda y se enviarán en la próxima sincronización.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+30" />
            <source>This vault is not on a sign-in server, so there is nothing to sync it with. Vaults made with "twofold-cli account create" sync.</source>
            <translation>Esta bóveda no está en un servidor de inicio de sesión, así que no hay nada con qué sincronizarla. Las bóvedas creadas con «twofold-cli account create» se sincronizan.</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Received %n change(s):</source>
            <translation>
                <numerusform>%n cambio recibido:</numerusform>
                <numerusform>%n cambios recibidos:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Sent %n change(s):</source>
            <translation>
                <numerusform>%n cambio enviado:</numerusform>
                <numerusform>%n cambios enviados:</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Already in sync: nothing new here or on the server.</source>
            <translation>Ya sincronizada: nada nuevo aquí ni en el servidor.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Fetch the changes other computers made and send this computer's</source>
            <translation>Descargar los cambios de otros equipos y enviar los de este equipo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Prints what came in, what went out, and the entries changed on this computer and another (the newer edit is current, the other is kept in the entry's versions). Every command that changes a vault on a sign-in server also sends its change; offline, changes are kept in the vault file and sent by the next sync.</source>
            <translation>Muestra lo que llegó, lo que se envió y las entradas cambiadas en este equipo y en otro (el cambio más reciente es el actual, el otro se conserva en las versiones de la entrada). Cada orden que cambia una bóveda en un servidor de inicio de sesión también envía su cambio; sin conexión, los cambios se conservan en el archivo de la bóveda y se envían en la próxima sincronización.</translation>
        </message>
        <message>
            <location filename="../app/cli/IoCommands.cpp" line="-95" />
            <source>"%1" is its older version %2 again; the entry as it was is kept as its newest older version.</source>
            <translation>«%1» vuelve a ser su versión anterior %2; la entrada tal como estaba se guarda como su versión anterior más reciente.</translation>
        </message>
        <message>
            <location line="+101" />
            <source>Make an older version of a whole entry (kept when it was changed on two computers, see show --history) current again</source>
            <translation>Volver a hacer actual una versión anterior de una entrada completa (guardada cuando se cambió en dos ordenadores, véase show --history)</translation>
        </message>
        <message>
            <location line="-103" />
            <source>VERSION is the number of an older version "show --history" lists (1 or more).</source>
            <translation>VERSION es el número de una versión anterior que muestra «show --history» (1 o más).</translation>
        </message>
        <message>
            <location filename="../app/cli/Console.cpp" line="-102" />
            <source>The answer giving %1 is not UTF-8 text: its byte %2 is not valid there. Twofold reads every answer as UTF-8.</source>
            <translation>La respuesta con %1 no es texto UTF-8: su byte %2 no es válido en esa posición. Twofold lee cada respuesta como UTF-8.</translation>
        </message>
        <message>
            <location filename="../app/cli/Arguments.cpp" line="-23" />
            <source>The argument "%1" is not UTF-8 text: its byte %2 (0x%3) is not valid there. twofold-cli takes every argument as UTF-8.</source>
            <translation>El argumento «%1» no es texto UTF-8: su byte %2 (0x%3) no es válido en esa posición. twofold-cli toma cada argumento como UTF-8.</translation>
        </message>
        <message>
            <location filename="../app/cli/SignIn.cpp" line="-53" />
            <source>The environment variable %1 (named by --password-env) is not UTF-8 text: its byte %2 is not valid there. Twofold reads passwords as UTF-8.</source>
            <translation>La variable de entorno %1 (indicada con --password-env) no es texto UTF-8: su byte %2 no es válido en esa posición. Twofold lee las contraseñas como UTF-8.</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandHelpers.cpp" line="-36" />
            <source>The new master password is not UTF-8 text (its byte %1 is not valid there): choose one you can type on any keyboard.</source>
            <translation>La nueva contraseña maestra no es texto UTF-8 (su byte %1 no es válido en esa posición): elija una que pueda escribir en cualquier teclado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The new master password holds %1, a control character or noncharacter that a keyboard cannot type: choose one you can type wherever you unlock the vault.</source>
            <translation>La nueva contraseña maestra contiene %1, un carácter de control o un no-carácter que ningún teclado puede escribir: elija una que pueda escribir dondequiera que desbloquee la bóveda.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>twofold-cli has ended without the change: the vault file is as it was before it. Run the command again once that is fixed.</source>
            <translation>twofold-cli ha terminado sin el cambio: el archivo de la bóveda está como estaba antes de él. Vuelva a ejecutar la orden cuando eso esté resuelto.</translation>
        </message>
        <message>
            <location filename="../app/cli/VaultCommands.cpp" line="-14" />
            <source>With --field, only that field's value is printed (tags one a line): "show ENTRY --field password --reveal" prints the password alone. Control characters in any value, the password too, are printed as escapes (\e, \a, \r, \x00, \u202e), so no entry can drive the terminal.</source>
            <translation>Con --field, solo se muestra el valor de ese campo (las etiquetas, una por línea): «show ENTRY --field password --reveal» muestra solo la contraseña. Los caracteres de control de cualquier valor, también de la contraseña, se muestran como secuencias de escape (\e, \a, \r, \x00, \u202e), de modo que ninguna entrada puede controlar el terminal.</translation>
        </message>
        <message>
            <location filename="../app/cli/IoCommands.cpp" line="-191" />
            <source>%1 is not UTF-8 text: its line %2 holds a byte that is not valid there. Save the file as UTF-8 and import it again; nothing was imported.</source>
            <translation>%1 no es texto UTF-8: su línea %2 contiene un byte que no es válido en esa posición. Guarde el archivo como UTF-8 e impórtelo de nuevo; no se ha importado nada.</translation>
        </message>
        <message>
            <location filename="../app/cli/AttachmentCommands.cpp" line="+113" />
            <source>"%1" has no attachments.</source>
            <translation>«%1» no tiene adjuntos.</translation>
        </message>
        <message>
            <location line="-59" />
            <location line="+4" />
            <source>%1 could not be read: %2.</source>
            <translation>No se pudo leer %1: %2.</translation>
        </message>
        <message>
            <location line="-11" />
            <source>%1 is %2; an attachment can be at most %3 MiB.</source>
            <translation>%1 ocupa %2; un adjunto puede ocupar como máximo %3 MiB.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>%1 is a folder; attach the files in it one by one.</source>
            <translation>%1 es una carpeta; adjunte sus archivos uno por uno.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 is larger than %2 MiB, the most an attachment can be.</source>
            <translation>%1 ocupa más de %2 MiB, el máximo de un adjunto.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--name names one file; give one FILE with it.</source>
            <translation>--name nombra un solo archivo; indique un único ARCHIVO con él.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Attached "%1" (%2) to "%3".</source>
            <translation>«%1» (%2) adjuntado a «%3».</translation>
        </message>
        <message>
            <location filename="../app/cli/IoCommands.cpp" line="+219" />
            <source>Attachment %1: %2 (%3)</source>
            <translation>Adjunto %1: %2 (%3)</translation>
        </message>
        <message>
            <location line="-76" />
            <source>Attachments left out (%1 has no place for them): %L2. twofold-json keeps them, or save them with "attachment save".</source>
            <translation>Adjuntos omitidos (%1 no tiene sitio para ellos): %L2. twofold-json los conserva, o guárdelos con «attachment save».</translation>
        </message>
        <message>
            <location filename="../app/cli/AttachmentCommands.cpp" line="+96" />
            <source>Each file can be at most 16 MiB, and an entry can have 100. They are read from the vault only when you save one.</source>
            <translation>Cada archivo puede ocupar como máximo 16 MiB, y una entrada puede tener 100. Solo se leen de la bóveda cuando guarda uno.</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Keep files with an entry, encrypted in the vault</source>
            <translation>Guardar archivos con una entrada, cifrados en la bóveda</translation>
        </message>
        <message>
            <location line="+13" />
            <source>List an entry's attachments: number, name, size, added</source>
            <translation>Listar los adjuntos de una entrada: número, nombre, tamaño, añadido</translation>
        </message>
        <message>
            <location line="+7" />
            <source>NAME is the attachment's name or its number in "attachment ls". Without FILE, it is saved under its name in the current folder. The file is readable only by you; an existing file is kept unless --force.</source>
            <translation>NAME es el nombre del adjunto o su número en «attachment ls». Sin ARCHIVO, se guarda con su nombre en la carpeta actual. Solo usted puede leer el archivo; un archivo existente se conserva salvo con --force.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Remove an attachment from an entry</source>
            <translation>Quitar un adjunto de una entrada</translation>
        </message>
        <message>
            <location line="-42" />
            <source>Removed "%1" from "%2".</source>
            <translation>«%1» quitado de «%2».</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Replace a file that is already there</source>
            <translation>Reemplazar un archivo que ya existe</translation>
        </message>
        <message>
            <location line="-59" />
            <source>Saved "%1" (%2) to %3 (readable only by you).</source>
            <translation>«%1» (%2) guardado en %3 (solo usted puede leerlo).</translation>
        </message>
        <message>
            <location line="+40" />
            <source>The attachment's name (default: the file's name)</source>
            <translation>El nombre del adjunto (por omisión: el nombre del archivo)</translation>
        </message>
        <message>
            <location line="-50" />
            <source>There is already a file at %1: give another FILE, or --force to replace it.</source>
            <translation>Ya hay un archivo en %1: indique otro ARCHIVO, o --force para reemplazarlo.</translation>
        </message>
        <message>
            <location line="-106" />
            <source>There is no file at %1.</source>
            <translation>No hay ningún archivo en %1.</translation>
        </message>
        <message>
            <location line="+169" />
            <source>Write an attachment to a file</source>
            <translation>Escribir un adjunto en un archivo</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Delivery</name>
        <message>
            <location filename="../core/delivery/CurlSupport.cpp" line="+124" />
            <source>Could not find the server %1: check its name and this computer's internet connection.</source>
            <translation>No se encontró el servidor %1: compruebe su nombre y la conexión a Internet de este equipo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 refused the connection on port %2: check the port, and that the server is running.</source>
            <translation>%1 rechazó la conexión en el puerto %2: compruebe el puerto y que el servidor esté en funcionamiento.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 did not answer in time: check the server name, port and security setting, then try again.</source>
            <translation>%1 no respondió a tiempo: compruebe el nombre del servidor, el puerto y el ajuste de seguridad, y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The certificate of %1 is for another server name: use the name the certificate was made for.</source>
            <translation>El certificado de %1 es para otro nombre de servidor: use el nombre para el que se emitió el certificado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The certificate of %1 has expired: ask the server's administrator to renew it.</source>
            <translation>El certificado de %1 ha caducado: pida al administrador del servidor que lo renueve.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The certificate of %1 is not trusted: if it is a private server, give the file of its certificate authority (CA) in the delivery settings.</source>
            <translation>El certificado de %1 no es de confianza: si es un servidor privado, indique el archivo de su autoridad de certificación (CA) en los ajustes de envío.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The certificate authority (CA) file in the delivery settings could not be read: check that it exists and holds PEM certificates.</source>
            <translation>No se pudo leer el archivo de la autoridad de certificación (CA) indicado en los ajustes de envío: compruebe que existe y que contiene certificados PEM.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Could not set up an encrypted connection with %1 on port %2: check the port and the security setting.</source>
            <translation>No se pudo establecer una conexión cifrada con %1 en el puerto %2: compruebe el puerto y el ajuste de seguridad.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The server address "%1" is not valid.</source>
            <translation>La dirección de servidor «%1» no es válida.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This computer ran out of memory while sending.</source>
            <translation>Este equipo se quedó sin memoria durante el envío.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 answered in a way Twofold does not understand: check the port and the security setting.</source>
            <translation>%1 respondió de una forma que Twofold no entiende: compruebe el puerto y el ajuste de seguridad.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sending through %1 failed: %2.</source>
            <translation>Falló el envío a través de %1: %2.</translation>
        </message>
        <message>
            <location filename="../core/delivery/DeliverySettings.cpp" line="+25" />
            <source>The certificate authority (CA) file %1 does not exist.</source>
            <translation>El archivo de la autoridad de certificación (CA) %1 no existe.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>"%1" is not a web address for the %2: it should start with https://.</source>
            <translation>«%1» no es una dirección web válida para %2: debería empezar por https://.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The %1 must use https:// so its credentials and the codes travel encrypted (http:// is only allowed to this computer).</source>
            <translation>Con %1 se debe usar https:// para que sus credenciales y los códigos viajen cifrados (http:// solo se permite hacia este equipo).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Put no user name or password in the %1's address: use the settings made for them.</source>
            <translation>No ponga ningún nombre de usuario ni contraseña en la dirección web que usa %1: use los ajustes pensados para ello.</translation>
        </message>
        <message>
            <location line="+144" />
            <source>Email delivery is not set up: give the SMTP server in the delivery settings.</source>
            <translation>El envío por correo electrónico no está configurado: indique el servidor SMTP en los ajustes de envío.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is not a server name.</source>
            <translation>«%1» no es un nombre de servidor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the SMTP server's port: usually 587 for STARTTLS or 465 for TLS.</source>
            <translation>Indique el puerto del servidor SMTP: normalmente 587 para STARTTLS o 465 para TLS.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the address the codes are sent from.</source>
            <translation>Indique la dirección desde la que se envían los códigos.</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../core/delivery/MailMessage.cpp" line="+99" />
            <source>A mail header cannot contain a line break or other control character.</source>
            <translation>Un encabezado de correo no puede contener un salto de línea ni otro carácter de control.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the SMTP user name that goes with the password.</source>
            <translation>Indique el nombre de usuario SMTP que corresponde a la contraseña.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mail can only go unencrypted to a server on this computer: choose STARTTLS or TLS.</source>
            <translation>El correo solo puede ir sin cifrar a un servidor de este equipo: elija STARTTLS o TLS.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>SMS gateway</source>
            <translation>la pasarela SMS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the SMS gateway's account SID (a Twilio one starts with AC).</source>
            <translation>Indique el SID de cuenta de la pasarela SMS (el de Twilio empieza por AC).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is not an account SID: it has letters and digits only.</source>
            <translation>«%1» no es un SID de cuenta: un SID solo tiene letras y dígitos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Give the SMS gateway's auth token.</source>
            <translation>Indique el token de autenticación de la pasarela SMS.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the number (or sender name) the codes are sent from.</source>
            <translation>Indique el número (o el nombre de remitente) desde el que se envían los códigos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" cannot be a sender: it has a line break or other control character.</source>
            <translation>«%1» no puede ser un remitente: contiene un salto de línea u otro carácter de control.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>SMS webhook</source>
            <translation>el webhook de SMS</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is not a header name: use letters, digits and dashes, like X-Api-Key.</source>
            <translation>«%1» no es un nombre de encabezado: use letras, dígitos y guiones, como X-Api-Key.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Twofold sets the %1 header itself: remove it from the webhook's headers.</source>
            <translation>Twofold establece el encabezado %1 por sí mismo: quítelo de los encabezados del webhook.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The value of the %1 header cannot contain a line break or other control character.</source>
            <translation>El valor del encabezado %1 no puede contener un salto de línea ni otro carácter de control.</translation>
        </message>
        <message>
            <location line="+155" />
            <source>The delivery settings stored in this vault are damaged: set email and SMS delivery up again.</source>
            <translation>Los ajustes de envío guardados en esta bóveda están dañados: vuelva a configurar el envío por correo electrónico y por SMS.</translation>
        </message>
        <message>
            <location filename="../core/delivery/MailMessage.cpp" line="+35" />
            <source>Enter an email address.</source>
            <translation>Introduzca una dirección de correo electrónico.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is not an email address: it should look like name@example.com.</source>
            <translation>«%1» no es una dirección de correo electrónico: debería tener la forma nombre@example.com.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>"%1" has letters Twofold cannot send to: use an address written with Latin letters, digits and punctuation only.</source>
            <translation>«%1» contiene letras con las que Twofold no puede enviar correo: use una dirección escrita solo con letras latinas, dígitos y signos de puntuación.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Your Twofold sign-in code</source>
            <translation>Su código de inicio de sesión de Twofold</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../core/delivery/SmsGateway.cpp" line="+16" />
            <source>Your Twofold sign-in code is %1.</source>
            <translation>Su código de inicio de sesión de Twofold es %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <location line="+14" />
            <location filename="../core/delivery/SmsGateway.cpp" line="+1" />
            <source>It expires in %n minutes.</source>
            <translation>
                <numerusform>Caduca dentro de %n minuto.</numerusform>
                <numerusform>Caduca dentro de %n minutos.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-12" />
            <source>If you did not try to sign in, change your master password.</source>
            <translation>Si no ha intentado iniciar sesión, cambie su contraseña maestra.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Your Twofold setup code</source>
            <translation>Su código de configuración de Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your code to turn on sign-in codes by email in Twofold is %1.</source>
            <translation>Su código para activar los códigos de inicio de sesión por correo electrónico en Twofold es %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This is a setup check, not a sign-in. If you are not setting up Twofold, ignore this message.</source>
            <translation>Es una comprobación de configuración, no un inicio de sesión. Si no está configurando Twofold, ignore este mensaje.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Twofold test message</source>
            <translation>Mensaje de prueba de Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is a test message from Twofold: your email delivery settings work.</source>
            <translation>Este es un mensaje de prueba de Twofold: sus ajustes de envío por correo electrónico funcionan.</translation>
        </message>
        <message>
            <location filename="../core/delivery/SmsGateway.cpp" line="+8" />
            <source>This is a test message from Twofold: your SMS delivery settings work.</source>
            <translation>Este es un mensaje de prueba de Twofold: sus ajustes de envío por SMS funcionan.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>SMS delivery is not set up: choose an SMS gateway in the delivery settings.</source>
            <translation>El envío por SMS no está configurado: elija una pasarela SMS en los ajustes de envío.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>"%1" is not a phone number in international form, like +447123456789.</source>
            <translation>«%1» no es un número de teléfono en formato internacional, como +447123456789.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An SMS needs some text.</source>
            <translation>Un SMS necesita algo de texto.</translation>
        </message>
        <message>
            <location filename="../core/delivery/SmtpSender.cpp" line="+50" />
            <source>The mail server refused the sign-in: check the SMTP user name and password.</source>
            <translation>El servidor de correo rechazó el inicio de sesión: compruebe el nombre de usuario y la contraseña SMTP.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 does not offer STARTTLS, so the mail would travel unencrypted: choose TLS (usually port 465) if the server has it, or ask its administrator to turn STARTTLS on.</source>
            <translation>%1 no ofrece STARTTLS, así que el correo viajaría sin cifrar: elija TLS (normalmente el puerto 465) si el servidor lo admite, o pida al administrador del servidor que active STARTTLS.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The mail server wants a sign-in before it sends mail: enter the SMTP user name and password in the delivery settings.</source>
            <translation>El servidor de correo exige iniciar sesión antes de enviar correo: introduzca el nombre de usuario y la contraseña SMTP en los ajustes de envío.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The mail server refused the sender address %1: many servers only accept the address of the account you sign in with.</source>
            <translation>El servidor de correo rechazó la dirección de remitente %1: muchos servidores solo aceptan la dirección de la cuenta con la que se inicia sesión.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The mail server refused to deliver to %1: check the address.</source>
            <translation>El servidor de correo se negó a entregar a %1: compruebe la dirección.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+7" />
            <source>The mail server refused the message: try again later, or ask its administrator.</source>
            <translation>El servidor de correo rechazó el mensaje: vuelva a intentarlo más tarde, o consulte al administrador del servidor.</translation>
        </message>
        <message>
            <location filename="../core/delivery/TwilioGateway.cpp" line="+68" />
            <source>The SMS gateway refused the account SID or auth token: check them in the delivery settings.</source>
            <translation>La pasarela SMS rechazó el SID de cuenta o el token de autenticación: compruébelos en los ajustes de envío.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The SMS gateway is getting too many messages from this account: try again in a minute.</source>
            <translation>La pasarela SMS está recibiendo demasiados mensajes de esta cuenta: vuelva a intentarlo dentro de un minuto.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The SMS gateway says %1 is not a valid phone number: check the number.</source>
            <translation>La pasarela SMS indica que %1 no es un número de teléfono válido: compruebe el número.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The SMS gateway account is a trial account, which only sends to verified numbers: verify %1 with Twilio, or upgrade the account.</source>
            <translation>La cuenta de la pasarela SMS es una cuenta de prueba, que solo envía a números verificados: verifique %1 con Twilio, o actualice la cuenta.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 has replied STOP to the sender number: send START to it from that phone, then try again.</source>
            <translation>%1 ha respondido STOP al número remitente: envíele START desde ese teléfono y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The SMS gateway account may not send to %1's country: allow it in the account's geographic permissions.</source>
            <translation>La cuenta de la pasarela SMS no puede enviar al país de %1: permítalo en los permisos geográficos de la cuenta.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not a mobile number, so it cannot receive SMS: use a mobile number.</source>
            <translation>%1 no es un número de móvil, así que no puede recibir SMS: use un número de móvil.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The SMS gateway cannot send from %1 with this account: check the sender number in the delivery settings.</source>
            <translation>La pasarela SMS no puede enviar desde %1 con esta cuenta: compruebe el número remitente en los ajustes de envío.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+8" />
            <source>The SMS gateway does not know this account: check the base URL and the account SID.</source>
            <translation>La pasarela SMS no conoce esta cuenta: compruebe la URL base y el SID de cuenta.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The SMS gateway has a problem on its side: try again in a few minutes.</source>
            <translation>La pasarela SMS tiene un problema por su parte: vuelva a intentarlo dentro de unos minutos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The SMS gateway refused the message: %1</source>
            <translation>La pasarela SMS rechazó el mensaje: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The SMS gateway refused the message: check the SMS settings, then try again.</source>
            <translation>La pasarela SMS rechazó el mensaje: compruebe los ajustes de SMS y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location filename="../core/delivery/WebhookGateway.cpp" line="+96" />
            <source>The SMS webhook's body template does not make valid JSON: check its quotes and braces, and put each {to}, {body} and {code} inside quotes.</source>
            <translation>La plantilla del cuerpo del webhook de SMS no genera un JSON válido: compruebe sus comillas y llaves, y ponga cada {to}, {body} y {code} entre comillas.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The SMS webhook refused access: check the headers (such as its API key) in the delivery settings.</source>
            <translation>El webhook de SMS denegó el acceso: compruebe los encabezados (como su clave de API) en los ajustes de envío.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The SMS webhook's address does not take messages: check the URL in the delivery settings.</source>
            <translation>La dirección del webhook de SMS no acepta mensajes: compruebe la URL en los ajustes de envío.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The SMS webhook is getting too many messages: try again in a minute.</source>
            <translation>El webhook de SMS está recibiendo demasiados mensajes: vuelva a intentarlo dentro de un minuto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The SMS webhook has a problem on its side: try again in a few minutes, or ask whoever runs it.</source>
            <translation>El webhook de SMS tiene un problema por su parte: vuelva a intentarlo dentro de unos minutos, o consulte a quien lo gestione.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The SMS webhook refused the message: check its URL, headers and body template in the delivery settings.</source>
            <translation>El webhook de SMS rechazó el mensaje: compruebe su URL, sus encabezados y su plantilla de cuerpo en los ajustes de envío.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::EmergencyKit</name>
        <message>
            <location filename="../ui/account/EmergencyKit.cpp" line="+34" />
            <location line="+54" />
            <source>Twofold emergency kit</source>
            <translation>Kit de emergencia de Twofold</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Made on %1 for %2.</source>
            <translation>Creado el %1 para %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Account key</source>
            <translation>Clave de cuenta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Master password</source>
            <translation>Contraseña maestra</translation>
        </message>
        <message>
            <location line="+4" />
            <source>To open your vault on a new computer you need your master password, this account key and your second factor. The account key never leaves your computers: neither Twofold nor the server's administrator can give it back to you if this kit is lost.</source>
            <translation>Para abrir su bóveda en un equipo nuevo necesita su contraseña maestra, esta clave de cuenta y su segundo factor. La clave de cuenta nunca sale de sus equipos: ni Twofold ni el administrador del servidor pueden devolvérsela si pierde este kit.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Keep this kit somewhere safe, away from your computer. Write your master password on it only if the place is as safe as your vault should be.</source>
            <translation>Guarde este kit en un lugar seguro, lejos de su equipo. Escriba en él su contraseña maestra solo si ese lugar es tan seguro como debe serlo su bóveda.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Could not save the emergency kit as %1: %2</source>
            <translation>No se pudo guardar el kit de emergencia como %1: %2</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Twofold emergency kit - %1.pdf</source>
            <translation>Kit de emergencia de Twofold - %1.pdf</translation>
        </message>
    </context>
    <context>
        <name>Twofold::EntryKind</name>
        <message>
            <location filename="../core/vault/EntryKind.cpp" line="+15" />
            <source>Cardholder name</source>
            <translation>Nombre del titular</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card number</source>
            <translation>Número de tarjeta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brand</source>
            <translation>Marca</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expiry</source>
            <translation>Caducidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Security code</source>
            <translation>Código de seguridad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birthday</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Passport number</source>
            <translation>Número de pasaporte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>National ID number</source>
            <translation>Número de documento de identidad</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Login</source>
            <translation>Inicio de sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Secure note</source>
            <translation>Nota segura</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Payment card</source>
            <translation>Tarjeta de pago</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Identity</source>
            <translation>Identidad</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Export</name>
        <message>
            <location filename="../core/io/ExportJson.cpp" line="+153" />
            <source>This is not an encrypted Twofold export, or it is damaged.</source>
            <translation>No es una exportación cifrada de Twofold, o está dañada.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The password does not open this export.</source>
            <translation>La contraseña no abre esta exportación.</translation>
        </message>
        <message>
            <location filename="../core/io/PrivateFile.cpp" line="+22" />
            <source>%1 cannot be made private to you: %2.</source>
            <translation>No se puede hacer %1 privado para usted: %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be written: %2.</source>
            <translation>No se puede escribir %1: %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 could not be written completely (%2); it was removed.</source>
            <translation>%1 no se pudo escribir entero (%2); se eliminó.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::FileLock</name>
        <message>
            <location filename="../core/vault/FileLock_posix.cpp" line="+80" />
            <location filename="../core/vault/FileLock_win.cpp" line="+61" />
            <source>The vault is being written by another program. Try again in a moment.</source>
            <translation>Otro programa está escribiendo la bóveda. Vuelva a intentarlo en un momento.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Import</name>
        <message>
            <location filename="../core/io/AegisJson.cpp" line="+32" />
            <location filename="../core/io/BitwardenJson.cpp" line="+66" />
            <source>The file is not valid JSON (%1 at byte %2); nothing was imported.</source>
            <translation>El archivo no es JSON válido (%1 en el byte %2); no se importó nada.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This Aegis export is encrypted: export again without encryption; nothing was imported.</source>
            <translation>Esta exportación de Aegis está cifrada: exporte de nuevo sin cifrado; no se importó nada.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Entry %1 (%2)</source>
            <translation>Entrada %1 (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>its code type "%1" is not TOTP or HOTP.</source>
            <translation>su tipo de código «%1» no es TOTP ni HOTP.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>its secret is empty.</source>
            <translation>su secreto está vacío.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>its algorithm %1 is not supported.</source>
            <translation>su algoritmo %1 no es compatible.</translation>
        </message>
        <message>
            <location filename="../core/io/BitwardenJson.cpp" line="+8" />
            <source>This Bitwarden export is encrypted: export again choosing the unencrypted .json format; nothing was imported.</source>
            <translation>Esta exportación de Bitwarden está cifrada: exporte de nuevo eligiendo el formato .json sin cifrar; no se importó nada.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>item %1</source>
            <translation>el elemento %1</translation>
        </message>
        <message>
            <location line="+46" />
            <source>its type %1 is not one Bitwarden documents.</source>
            <translation>su tipo %1 no es uno de los que documenta Bitwarden.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>its linked field "%1" has no value of its own.</source>
            <translation>su campo vinculado «%1» no tiene valor propio.</translation>
        </message>
        <message>
            <location filename="../core/io/CsvImport.cpp" line="+16" />
            <source>line %1</source>
            <translation>la línea %1</translation>
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
            <translation>Enlaces otpauth:// (texto)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Aegis (JSON, unencrypted)</source>
            <translation>Aegis (JSON, sin cifrar)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Google Authenticator export (otpauth-migration://)</source>
            <translation>Exportación de Google Authenticator (otpauth-migration://)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The format of this file cannot be recognised: name it (one of %1).</source>
            <translation>No se reconoce el formato de este archivo: indíquelo (uno de %1).</translation>
        </message>
        <message>
            <location line="+65" />
            <location filename="../core/io/MSecureCsv.cpp" line="+43" />
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <location filename="../core/io/GoogleMigration.cpp" line="+123" />
            <source>it has no secret.</source>
            <translation>no tiene secreto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>its algorithm is not SHA-1, SHA-256 or SHA-512.</source>
            <translation>su algoritmo no es SHA-1, SHA-256 ni SHA-512.</translation>
        </message>
        <message>
            <location line="+23" />
            <location filename="../core/io/OtpauthText.cpp" line="+40" />
            <source>Line %1</source>
            <translation>La línea %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>it is not an otpauth-migration:// link.</source>
            <translation>no es un enlace otpauth-migration://.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1, account %2 (%3)</source>
            <translation>%1, cuenta %2 (%3)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The file holds no otpauth-migration:// link; nothing was imported.</source>
            <translation>El archivo no contiene ningún enlace otpauth-migration://; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../core/io/ImportData.cpp" line="+74" />
            <source>the secret is empty</source>
            <translation>el secreto está vacío</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Field %1</source>
            <translation>Campo %1</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Line %1 is not valid CSV (a quote is not closed or a field is broken); nothing was imported.</source>
            <translation>La línea %1 no es CSV válido (unas comillas no se cierran o un campo está roto); no se importó nada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This file is not a %1 export; nothing was imported.</source>
            <translation>Este archivo no es una exportación de %1; no se importó nada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This is not a %1 export: its first line has no column "%2"; nothing was imported.</source>
            <translation>No es una exportación de %1: su primera línea no tiene la columna «%2»; no se importó nada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is malformed; nothing was imported.</source>
            <translation>%1 está mal formado; no se importó nada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Line %1 was skipped: it holds nothing.</source>
            <translation>Se omitió la línea %1: no contiene nada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 was skipped: %2</source>
            <translation>Se omitió %1: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The two-factor secret of %1 cannot be used (%2); it is kept as the hidden field "TOTP".</source>
            <translation>El secreto de dos factores de %1 no se puede usar (%2); se conserva como el campo oculto «TOTP».</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file is larger than 256 MiB; nothing was imported.</source>
            <translation>El archivo ocupa más de 256 MiB; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../core/io/KeePassXml.cpp" line="+484" />
            <source>The XML is malformed at line %1 (%2); nothing was imported.</source>
            <translation>El XML está mal formado en la línea %1 (%2); no se importó nada.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Unnamed group</source>
            <translation>Grupo sin nombre</translation>
        </message>
        <message>
            <location line="+38" />
            <source>its field "%1" is encrypted with the database's inner key, which an XML export does not carry.</source>
            <translation>su campo «%1» está cifrado con la clave interna de la base de datos, que una exportación XML no contiene.</translation>
        </message>
        <message>
            <location line="+106" />
            <source>the entry "%1"</source>
            <translation>la entrada «%1»</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The attachments of %1 (%2) were not imported: an XML export holds them outside the entry.</source>
            <translation>Los adjuntos de %1 (%2) no se importaron: una exportación XML los guarda fuera de la entrada.</translation>
        </message>
        <message>
            <location filename="../core/io/MSecureCsv.cpp" line="-3" />
            <source>it has fewer than the four columns Name, Type, Tags, Notes.</source>
            <translation>tiene menos de las cuatro columnas Name, Type, Tags, Notes.</translation>
        </message>
        <message>
            <location filename="../core/io/OnePassword1pux.cpp" line="+151" />
            <source>its document "%1" is a file, and files are not imported yet.</source>
            <translation>su documento «%1» es un archivo, y los archivos aún no se importan.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>item %1 (%2)</source>
            <translation>el elemento %1 (%2)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>it was deleted in 1Password.</source>
            <translation>se eliminó en 1Password.</translation>
        </message>
        <message>
            <location filename="../core/io/OtpauthText.cpp" line="+8" />
            <source>The file holds no otpauth:// link; nothing was imported.</source>
            <translation>El archivo no contiene ningún enlace otpauth://; no se importó nada.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Kdf</name>
        <message>
            <location filename="../core/crypto/Kdf.cpp" line="+36" />
            <source>The vault's key settings are damaged or out of range.</source>
            <translation>Los ajustes de clave de la bóveda están dañados o fuera de rango.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This computer does not have enough free memory (%1 MiB) to open the vault. Close other programs and try again.</source>
            <translation>Este equipo no tiene suficiente memoria libre (%1 MiB) para abrir la bóveda. Cierre otros programas y vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::OpenVault</name>
        <message>
            <location filename="../core/vault/OpenVault.cpp" line="+118" />
            <source>This vault is open for changes in another program (%1, process %2). Close it there, then try again.</source>
            <translation>Esta bóveda está abierta para hacer cambios en otro programa (%1, proceso %2). Ciérrela allí y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>another Twofold</source>
            <translation>otra instancia de Twofold</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The vault cannot be opened for changes, because its folder does not allow creating the lock file %1 (read-only or no permission). Commands that only read the vault still work.</source>
            <translation>La bóveda no se puede abrir para hacer cambios, porque su carpeta no permite crear el archivo de bloqueo %1 (es de solo lectura o no hay permiso). Los comandos que solo leen la bóveda siguen funcionando.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>There is already a file at %1. Open it, or choose another name for the new vault.</source>
            <translation>Ya hay un archivo en %1. Ábralo, o elija otro nombre para la nueva bóveda.</translation>
        </message>
        <message>
            <location line="+68" />
            <source>The vault file was changed by another program while it was being opened. Try again.</source>
            <translation>Otro programa cambió el archivo de la bóveda mientras se abría. Vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>This vault was opened read-only, so changes cannot be saved.</source>
            <translation>Esta bóveda se abrió en modo de solo lectura, así que no se pueden guardar los cambios.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+83" />
            <source>The vault file was replaced by another program since it was opened, so it was not overwritten. Your changes are still open: save them to another file.</source>
            <translation>Otro programa sustituyó el archivo de la bóveda desde que se abrió, así que no se sobrescribió. Sus cambios siguen abiertos: guárdelos en otro archivo.</translation>
        </message>
        <message>
            <location line="-72" />
            <source>Someone signed in to this vault in another program while you were changing its two-factor settings, so the change was not saved. Try again.</source>
            <translation>Alguien inició sesión en esta bóveda en otro programa mientras usted cambiaba su configuración de inicio de sesión en dos pasos, así que el cambio no se guardó. Vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This vault was opened read-only, so its password cannot be changed.</source>
            <translation>Esta bóveda se abrió en modo de solo lectura, así que no se puede cambiar su contraseña.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two-factor settings must be re-sealed with the new password.</source>
            <translation>Los ajustes de inicio de sesión en dos pasos deben volver a sellarse con la nueva contraseña.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This vault has two-factor sign-in turned on: changing the password needs the sign-in share.</source>
            <translation>Esta bóveda tiene activado el inicio de sesión en dos pasos: para cambiar la contraseña se necesita el fragmento de inicio de sesión.</translation>
        </message>
        <message>
            <location line="-254" />
            <source>The vault cannot be opened for changes, because the disk holding %1 is full (there is no room for its lock file). Free some space and try again; commands that only read the vault still work.</source>
            <translation>La bóveda no se puede abrir para hacer cambios, porque el disco que contiene %1 está lleno (no hay sitio para su archivo de bloqueo). Libere espacio y vuelva a intentarlo; los comandos que solo leen la bóveda siguen funcionando.</translation>
        </message>
        <message>
            <location line="-51" />
            <source>The attachment section of the vault file is damaged.</source>
            <translation>La sección de adjuntos del archivo de la bóveda está dañada.</translation>
        </message>
        <message>
            <location line="+196" />
            <source>The vault was not saved: %1 Your changes are kept; try again.</source>
            <translation>La bóveda no se guardó: %1 Sus cambios se conservan; inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="-195" />
            <source>This attachment's content is not on this computer.</source>
            <translation>El contenido de este adjunto no está en este equipo.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Otp</name>
        <message>
            <location filename="../core/otp/Base32.cpp" line="+40" />
            <source>The setup key has %1 at character %2, but setup keys use only the letters A to Z and the digits 2 to 7.</source>
            <translation>La clave de configuración tiene %1 en el carácter %2, pero las claves de configuración solo usan las letras de la A a la Z y los dígitos del 2 al 7.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The 0 is probably the letter O.</source>
            <translation>El 0 probablemente es la letra O.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The 1 is probably the letter I or L.</source>
            <translation>El 1 probablemente es la letra I o la L.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The 8 is probably the letter B.</source>
            <translation>El 8 probablemente es la letra B.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>The setup key has “=” at character %1, before its end; “=” may only come at the end of a key.</source>
            <translation>La clave de configuración tiene «=» en el carácter %1, antes de su final; «=» solo puede ir al final de una clave.</translation>
        </message>
        <message>
            <location filename="../core/otp/OtpUri.cpp" line="+47" />
            <source>The link has a broken %-escape: “%1”. A “%” must be followed by two hexadecimal digits.</source>
            <translation>El enlace tiene una secuencia de escape % incorrecta: «%1». Un «%» debe ir seguido de dos dígitos hexadecimales.</translation>
        </message>
        <message>
            <location line="+91" />
            <source>The link asks for the algorithm “%1”, which Twofold does not support: only SHA1, SHA256 and SHA512 are.</source>
            <translation>El enlace pide el algoritmo «%1», que Twofold no admite: solo se admiten SHA1, SHA256 y SHA512.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The link has no secret (the setup key), so no codes can be made from it.</source>
            <translation>El enlace no tiene secreto (la clave de configuración), así que no se pueden generar códigos con él.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The link's secret is not a valid setup key.</source>
            <translation>El secreto del enlace no es una clave de configuración válida.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The link's secret is too short to be a setup key.</source>
            <translation>El secreto del enlace es demasiado corto para ser una clave de configuración.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The link is empty.</source>
            <translation>El enlace está vacío.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is not a two-factor link: such links start with otpauth://.</source>
            <translation>Esto no es un enlace de verificación en dos pasos: esos enlaces empiezan por otpauth://.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The link does not say which kind of codes it makes: otpauth:// must be followed by totp or hotp.</source>
            <translation>El enlace no indica qué tipo de códigos genera: otpauth:// debe ir seguido de totp o hotp.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The link is for “%1” codes, but Twofold makes only totp (time-based) and hotp (counter-based) codes.</source>
            <translation>El enlace es para códigos «%1», pero Twofold solo genera códigos totp (basados en el tiempo) y hotp (basados en un contador).</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The link gives “%1” more than once, so it is not clear which to use.</source>
            <translation>El enlace indica «%1» más de una vez, así que no está claro cuál usar.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The link asks for codes of “%1” digits, but codes have 6, 7 or 8 digits.</source>
            <translation>El enlace pide códigos de «%1» dígitos, pero los códigos tienen 6, 7 u 8 dígitos.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The link's period “%1” is not a whole number of seconds greater than zero.</source>
            <translation>El período «%1» del enlace no es un número entero de segundos mayor que cero.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The link's counter “%1” is not a whole number of zero or more.</source>
            <translation>El contador «%1» del enlace no es un número entero igual o mayor que cero.</translation>
        </message>
        <message>
            <location filename="../core/otp/QrMatrix.cpp" line="+32" />
            <source>This text is too long for a QR code: it has %1 bytes, and a QR code holds at most 2331.</source>
            <translation>Este texto es demasiado largo para un código QR: tiene %1 bytes, y un código QR admite como máximo 2331.</translation>
        </message>
        <message>
            <location filename="../core/otp/Totp.cpp" line="+124" />
            <source>That code is for another time: your computer's clock seems a minute slow. Set the clock right, then enter a new code.</source>
            <translation>Ese código es de otro momento: el reloj de su equipo parece ir un minuto atrasado. Ponga el reloj en hora y después introduzca un código nuevo.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>That code is for another time: your computer's clock seems %n minutes slow. Set the clock right, then enter a new code.</source>
            <translation>
                <numerusform>Ese código es de otro momento: el reloj de su equipo parece ir %n minuto atrasado. Ponga el reloj en hora y después introduzca un código nuevo.</numerusform>
                <numerusform>Ese código es de otro momento: el reloj de su equipo parece ir %n minutos atrasado. Ponga el reloj en hora y después introduzca un código nuevo.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>That code is for another time: your computer's clock seems a minute fast. Set the clock right, then enter a new code.</source>
            <translation>Ese código es de otro momento: el reloj de su equipo parece ir un minuto adelantado. Ponga el reloj en hora y después introduzca un código nuevo.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>That code is for another time: your computer's clock seems %n minutes fast. Set the clock right, then enter a new code.</source>
            <translation>
                <numerusform>Ese código es de otro momento: el reloj de su equipo parece ir %n minuto adelantado. Ponga el reloj en hora y después introduzca un código nuevo.</numerusform>
                <numerusform>Ese código es de otro momento: el reloj de su equipo parece ir %n minutos adelantado. Ponga el reloj en hora y después introduzca un código nuevo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Twofold::PasswordGenerator</name>
        <message>
            <location filename="../core/crypto/PasswordGenerator.cpp" line="+80" />
            <source>A generated password must be between %1 and %2 characters long.</source>
            <translation>Una contraseña generada debe tener entre %1 y %2 caracteres.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose at least one kind of character: lower case, upper case, digits or symbols.</source>
            <translation>Elija al menos un tipo de carácter: minúsculas, mayúsculas, dígitos o símbolos.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A passphrase must have between %1 and %2 words.</source>
            <translation>Una frase de contraseña debe tener entre %1 y %2 palabras.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The separator between words must be at most %1 characters, without line breaks or other control characters.</source>
            <translation>El separador entre palabras debe tener como máximo %1 caracteres, sin saltos de línea ni otros caracteres de control.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>The random number source failed, so no password was generated.</source>
            <translation>Falló la fuente de números aleatorios, así que no se generó ninguna contraseña.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The word list for passphrases is missing from this build of Twofold.</source>
            <translation>Falta la lista de palabras para frases de contraseña en esta compilación de Twofold.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::PasswordStrength</name>
        <message>
            <location filename="../core/crypto/PasswordStrength.cpp" line="+60" />
            <source>Too short: use at least %1 characters.</source>
            <translation>Demasiado corta: use al menos %1 caracteres.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is one of the most common passwords and would be guessed at once.</source>
            <translation>Es una de las contraseñas más comunes y se adivinaría al instante.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Too easy to guess: it follows a common pattern. Add a few unrelated words.</source>
            <translation>Demasiado fácil de adivinar: sigue un patrón común. Añada algunas palabras sin relación entre sí.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fair: it would resist casual guessing. A longer passphrase is safer.</source>
            <translation>Aceptable: resistiría intentos casuales de adivinarla. Una frase de contraseña más larga es más segura.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Good: hard to guess.</source>
            <translation>Buena: difícil de adivinar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strong: very hard to guess.</source>
            <translation>Fuerte: muy difícil de adivinar.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::PhoneNumber</name>
        <message>
            <location filename="../core/delivery/PhoneNumber.cpp" line="+73" />
            <source>"%1" has too few digits for a phone number: type the whole number, with its area or mobile prefix.</source>
            <translation>«%1» tiene muy pocos dígitos para ser un número de teléfono: escriba el número completo, con su prefijo de zona o de móvil.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>"%1" has too few digits for a number with country code %2: type the whole number, with its area or mobile prefix.</source>
            <translation>«%1» tiene muy pocos dígitos para un número con el código de país %2: escriba el número completo, con su prefijo de zona o de móvil.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>"%1" has too many digits for a phone number.</source>
            <translation>«%1» tiene demasiados dígitos para ser un número de teléfono.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>"%1" has too many digits for a number with country code %2.</source>
            <translation>«%1» tiene demasiados dígitos para un número con el código de país %2.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 is a landline number: SMS codes need a mobile number.</source>
            <translation>%1 es un número de teléfono fijo: los códigos por SMS necesitan un número de móvil.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is a toll-free number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 es un número gratuito, que no puede recibir SMS: use un número de móvil.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a premium-rate number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 es un número de tarificación adicional, que no puede recibir SMS: use un número de móvil.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a shared-cost number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 es un número de coste compartido, que no puede recibir SMS: use un número de móvil.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is an internet (VoIP) number, which does not receive SMS codes reliably: use a mobile number.</source>
            <translation>%1 es un número de Internet (VoIP), que no recibe códigos por SMS de forma fiable: use un número de móvil.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is a personal forwarding number, which cannot receive SMS: use the mobile number it forwards to.</source>
            <translation>%1 es un número de desvío personal, que no puede recibir SMS: use el número de móvil al que desvía.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is a pager number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 es un número de buscapersonas, que no puede recibir SMS: use un número de móvil.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a company switchboard number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 es el número de la centralita de una empresa, que no puede recibir SMS: use un número de móvil.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is a voicemail access number, which cannot receive SMS: use a mobile number.</source>
            <translation>%1 es un número de acceso al buzón de voz, que no puede recibir SMS: use un número de móvil.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 does not look like a mobile number: SMS codes need a mobile number.</source>
            <translation>%1 no parece un número de móvil: los códigos por SMS necesitan un número de móvil.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Enter a phone number.</source>
            <translation>Introduzca un número de teléfono.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>"%1" is not a phone number: use digits and spaces, with a + before the country code.</source>
            <translation>«%1» no es un número de teléfono: use dígitos y espacios, con un + delante del código de país.</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+28" />
            <source>"%1" starts with a country code that does not exist: check the digits after the +.</source>
            <translation>«%1» empieza por un código de país que no existe: compruebe los dígitos que siguen al +.</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Pick the country of "%1", or type it with + and its country code.</source>
            <translation>Elija el país de «%1», o escríbalo con + y su código de país.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>"%1" does not have the right number of digits for a number with country code %2.</source>
            <translation>«%1» no tiene el número correcto de dígitos para un número con el código de país %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"%1" is not a valid number with country code %2: check the digits.</source>
            <translation>«%1» no es un número válido con el código de país %2: compruebe los dígitos.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::QrImageDecoder</name>
        <message>
            <location filename="../ui/otp/QrImageDecoder_none.cpp" line="+16" />
            <source>This copy of Twofold cannot read QR codes: paste the link or type the setup key instead.</source>
            <translation>Esta copia de Twofold no puede leer códigos QR: pegue el enlace o escriba la clave de configuración en su lugar.</translation>
        </message>
        <message>
            <location filename="../ui/otp/QrImageDecoder_zxing.cpp" line="+21" />
            <source>No QR code was found in the picture.</source>
            <translation>No se encontró ningún código QR en la imagen.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::SecretStore</name>
        <message>
            <location filename="../core/platform/FileSecretStore.cpp" line="+111" />
            <source>The remembered-computer file is busy in another program. Try again.</source>
            <translation>Otro programa está usando el archivo de equipos recordados. Vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+38" />
            <location filename="../core/platform/SecretStore_keychain.cpp" line="+41" />
            <source>Nothing is remembered here under that name.</source>
            <translation>Aquí no hay nada recordado con ese nombre.</translation>
        </message>
        <message>
            <location filename="../core/platform/SecretStore.cpp" line="+9" />
            <source>No system keychain could be reached, so remembered computers are kept in an encrypted file whose key lies next to it. That only protects against casual reading: anyone who can read your files can use it.</source>
            <translation>No se pudo acceder a ningún llavero del sistema, así que los equipos recordados se guardan en un archivo cifrado cuya clave está junto a él. Eso solo protege frente a una lectura casual: cualquiera que pueda leer sus archivos puede usarlo.</translation>
        </message>
        <message>
            <location filename="../core/platform/SecretStore_keychain.cpp" line="-8" />
            <source>Access to the system keychain was refused, so this computer cannot be remembered.</source>
            <translation>Se denegó el acceso al llavero del sistema, así que no se puede recordar este equipo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The system keychain does not allow Twofold to keep secrets there, so this computer cannot be remembered.</source>
            <translation>El llavero del sistema no permite que Twofold guarde secretos en él, así que no se puede recordar este equipo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The system keychain could not forget this computer.</source>
            <translation>El llavero del sistema no pudo olvidar este equipo.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::Server</name>
        <message>
            <location filename="../app/server/AdminCommands.cpp" line="+47" />
            <source>Use one of: org create NAME, org list, org policy NAME off|optional|required [--methods LIST], org domains NAME DOMAIN[,DOMAIN…], user list [--org NAME], user org EMAIL NAME, user leave-org EMAIL, user reset-2fa EMAIL, device list EMAIL, device revoke ID.</source>
            <translation>Use uno de estos comandos: org create NAME, org list, org policy NAME off|optional|required [--methods LIST], org domains NAME DOMAIN[,DOMAIN…], user list [--org NAME], user org EMAIL NAME, user leave-org EMAIL, user reset-2fa EMAIL, device list EMAIL, device revoke ID.</translation>
        </message>
        <message>
            <location line="+105" />
            <source>%1 is in “%2” already.</source>
            <translation>%1 ya está en «%2».</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is in no organisation already.</source>
            <translation>%1 ya no pertenece a ninguna organización.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 is now in “%2”: its policy applies from the next sign-in.</source>
            <translation>%1 está ahora en «%2»: su política se aplica desde el próximo inicio de sesión.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 has left “%2”: no organisation's policy applies from the next sign-in.</source>
            <translation>%1 ha salido de «%2»: desde el próximo inicio de sesión no se aplica la política de ninguna organización.</translation>
        </message>
        <message>
            <location line="-110" />
            <source>Organisation “%1” created: two-factor sign-in optional, every method allowed.</source>
            <translation>Organización «%1» creada: inicio de sesión en dos pasos opcional, todos los métodos permitidos.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Organisation “%1”: two-factor sign-in %2; methods allowed: %3.</source>
            <translation>Organización «%1»: inicio de sesión en dos pasos %2; métodos permitidos: %3.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Organisation “%1”: new accounts no longer join it by their mail domain.</source>
            <translation>Organización «%1»: las cuentas nuevas ya no se unen a ella por su dominio de correo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisation “%1”: new accounts with an address at %2 join it.</source>
            <translation>Organización «%1»: las cuentas nuevas con una dirección en %2 se unen a ella.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The second factor of %1 is reset at the next sign-in, where a new one is set up; remembered computers forgotten: %2.</source>
            <translation>El segundo factor de %1 se restablece en el próximo inicio de sesión, donde se configura uno nuevo; equipos recordados olvidados: %2.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>“%1” is not a device number: device list EMAIL shows them.</source>
            <translation>«%1» no es un número de dispositivo: device list EMAIL los muestra.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Device %1 (“%2”) was already revoked on %3.</source>
            <translation>El dispositivo %1 («%2») ya se revocó el %3.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Device %1 (“%2”) is revoked: it must pass the second factor at its next sign-in.</source>
            <translation>El dispositivo %1 («%2») está revocado: tendrá que superar el segundo factor en su próximo inicio de sesión.</translation>
        </message>
        <message>
            <location filename="../app/server/ServeCommand.cpp" line="+73" />
            <source>twofold-server does not know the command “%1”: see twofold-server --help.</source>
            <translation>twofold-server no conoce el comando «%1»: consulte twofold-server --help.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>--test-clock ANCHOR_MS:SPEED is for tests on loopback only: give it with --insecure-http, a start time in milliseconds and a speed from 1 to 100000.</source>
            <translation>--test-clock ANCHOR_MS:SPEED es solo para pruebas en loopback: indíquelo junto con --insecure-http, una hora de inicio en milisegundos y una velocidad de 1 a 100000.</translation>
        </message>
        <message>
            <location filename="../app/server/ServerCommands.cpp" line="+32" />
            <source>twofold-server does not know the option --%1: see twofold-server --help.</source>
            <translation>twofold-server no conoce la opción --%1: consulte twofold-server --help.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The option --%1 needs a value.</source>
            <translation>La opción --%1 necesita un valor.</translation>
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
            <translation>Uso: twofold-server --data DIR [--listen HOST:PUERTO] --tls-cert ARCHIVO --tls-key ARCHIVO
       twofold-server --data DIR --listen 127.0.0.1:PUERTO --insecure-http
       twofold-server admin [--data DIR | --database URL] COMANDO

El servidor de inicio de sesión de Twofold: comprueba los segundos factores y guarda lo que necesitan las bóvedas.

Opciones:
  --data DIR            carpeta de datos (creada con 0700); contiene la base SQLite y la pimienta
  --database URL        postgresql://USUARIO@HOST[:PUERTO]/BASE en lugar de SQLite
  --config ARCHIVO      archivo de configuración (modo 0600): credenciales SMTP y SMS, la pimienta
  --listen HOST:PUERTO  dirección de escucha (predeterminada 127.0.0.1:8443)
  --tls-cert ARCHIVO    certificado PEM (cadena) para HTTPS
  --tls-key ARCHIVO     clave privada PEM para HTTPS
  --insecure-http       HTTP sin cifrar, solo en una dirección de bucle local
  --rate-capacity N     solicitudes que una dirección cliente puede enviar de golpe (predeterminado 60)
  --rate-per-second N   solicitudes por segundo que una dirección cliente puede mantener (predeterminado 1)
  --max-body-bytes N    mayor cuerpo de solicitud (predeterminado 65536)
  --help, --version

Comandos de administración:
  org create NAME
  org list
  org policy NAME off|optional|required [--methods authenticator,email,sms]
  user list [--org NAME]
  user reset-2fa EMAIL
  device list EMAIL
  device revoke ID

Código de salida: 0 éxito, 1 uso o rechazo, 4 problema de archivo, 5 base de datos inalcanzable.</translation>
        </message>
        <message>
            <location filename="../core/server/ServerSentences.cpp" line="+10" />
            <source>“%1” is not a database address: use postgresql://USER@HOST[:PORT]/DATABASE.</source>
            <translation>«%1» no es una dirección de base de datos: use postgresql://USUARIO@HOST[:PUERTO]/BASE.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database address starts with “%1:”, but only postgresql:// and sqlite:// are supported.</source>
            <translation>La dirección de la base de datos empieza por «%1:», pero solo se admiten postgresql:// y sqlite://.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Leave the password out of the database address: put it in the config file as database-password, or in ~/.pgpass.</source>
            <translation>Quite la contraseña de la dirección de la base de datos: póngala en el archivo de configuración como database-password, o en ~/.pgpass.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database address has the unknown setting “%1”: only sslmode and host (a socket folder) are allowed.</source>
            <translation>La dirección de la base de datos tiene el ajuste desconocido «%1»: solo se permiten sslmode y host (una carpeta de socket).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The database address %1 needs a user, a host and a database name, as in postgresql://twofold@localhost/twofold.</source>
            <translation>La dirección de base de datos %1 necesita un usuario, un host y un nombre de base, como en postgresql://twofold@localhost/twofold.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Qt’s %1 database driver is not installed (on Debian: libqt6sql6-sqlite or libqt6sql6-psql).</source>
            <translation>El controlador de base de datos %1 de Qt no está instalado (en Debian: libqt6sql6-sqlite o libqt6sql6-psql).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database file %1 cannot be opened for writing: check the data folder’s owner and free space.</source>
            <translation>El archivo de base de datos %1 no se puede abrir para escribir: compruebe el propietario de la carpeta de datos y el espacio libre.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The database server at %1 could not be reached or refused the sign-in: check that it runs, the address, the user and the password.</source>
            <translation>No se pudo contactar con el servidor de base de datos %1 o rechazó el inicio de sesión: compruebe que funcione, la dirección, el usuario y la contraseña.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database refused a change: the log says why.</source>
            <translation>La base de datos rechazó un cambio: el registro dice por qué.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The database was set up by a newer twofold-server (schema %1; this one knows up to %2): upgrade twofold-server.</source>
            <translation>La base de datos la creó un twofold-server más reciente (esquema %1; este conoce hasta el %2): actualice twofold-server.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Updating the database to schema %1 failed and was undone: the log says why.</source>
            <translation>La actualización de la base de datos al esquema %1 falló y se deshizo: el registro dice por qué.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“%1” is not an email address.</source>
            <translation>«%1» no es una dirección de correo electrónico.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is already an account for %1.</source>
            <translation>Ya existe una cuenta para %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no account for %1.</source>
            <translation>No hay ninguna cuenta para %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no account number %1.</source>
            <translation>No hay ninguna cuenta con el número %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no organisation number %1.</source>
            <translation>No hay ninguna organización con el número %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An organisation’s name must have 1 to 100 characters.</source>
            <translation>El nombre de una organización debe tener de 1 a 100 caracteres.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is already an organisation named “%1”.</source>
            <translation>Ya existe una organización llamada «%1».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no organisation named “%1”.</source>
            <translation>No hay ninguna organización llamada «%1».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“%1” is not a policy: use off, optional or required.</source>
            <translation>«%1» no es una política: use off, optional o required.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“%1” is not a sign-in method: use authenticator, email or sms, separated by commas.</source>
            <translation>«%1» no es un método de inicio de sesión: use authenticator, email o sms, separados por comas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The method %1 is named twice.</source>
            <translation>El método %1 aparece dos veces.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no device number %1.</source>
            <translation>No hay ningún dispositivo con el número %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The config file %1 cannot be read.</source>
            <translation>No se puede leer el archivo de configuración %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The config file %1 holds secrets but other users may read it (mode %2): run chmod 600 %1.</source>
            <translation>El archivo de configuración %1 contiene secretos, pero otros usuarios pueden leerlo (modo %2): ejecute chmod 600 %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The config file %1 is not a regular file.</source>
            <translation>El archivo de configuración %1 no es un archivo normal.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Line %2 of the config file %1 is not of the form “key = value”.</source>
            <translation>La línea %2 del archivo de configuración %1 no tiene la forma «clave = valor».</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Line %2 of the config file %1 sets “%3”, which twofold-server does not know.</source>
            <translation>La línea %2 del archivo de configuración %1 define «%3», que twofold-server no conoce.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Line %2 of the config file %1 sets “%3” a second time.</source>
            <translation>La línea %2 del archivo de configuración %1 define «%3» por segunda vez.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The setting %1 %2</source>
            <translation>El ajuste %1 %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be a number.</source>
            <translation>debe ser un número.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be greater than zero.</source>
            <translation>debe ser mayor que cero.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be 32 bytes written in base64 (openssl rand -base64 32 makes one).</source>
            <translation>debe ser de 32 bytes escritos en base64 (openssl rand -base64 32 genera uno).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be true or false.</source>
            <translation>debe ser true o false.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be smtp://HOST[:PORT] (STARTTLS) or smtps://HOST[:PORT].</source>
            <translation>debe ser smtp://HOST[:PUERTO] (STARTTLS) o smtps://HOST[:PUERTO].</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be starttls, tls or none.</source>
            <translation>debe ser starttls, tls o none.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be none, twilio or webhook.</source>
            <translation>debe ser none, twilio o webhook.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Say where twofold-server keeps its data with --data DIR (or data = DIR in the config file).</source>
            <translation>Indique dónde guarda twofold-server sus datos con --data DIR (o data = DIR en el archivo de configuración).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“%1” is not an address to listen on: use HOST:PORT, such as 127.0.0.1:8443 or [::1]:8443.</source>
            <translation>«%1» no es una dirección de escucha: use HOST:PUERTO, como 127.0.0.1:8443 o [::1]:8443.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--insecure-http sends sign-in traffic unencrypted, so it is allowed only on this computer’s loopback address, not on %1.</source>
            <translation>--insecure-http envía el tráfico de inicio de sesión sin cifrar, así que solo se permite en la dirección de bucle local de este equipo, no en %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>twofold-server needs --tls-cert and --tls-key (or --insecure-http on a loopback address for tests).</source>
            <translation>twofold-server necesita --tls-cert y --tls-key (o --insecure-http en una dirección de bucle local para pruebas).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The TLS file %1 cannot be read.</source>
            <translation>No se puede leer el archivo TLS %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 holds no PEM certificate.</source>
            <translation>%1 no contiene ningún certificado PEM.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
            <translation>%1 no contiene ninguna clave privada PEM sin cifrar (RSA o EC).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>twofold-server cannot listen on %1: %2</source>
            <translation>twofold-server no puede escuchar en %1: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The data folder %1 cannot be created or is not writable.</source>
            <translation>La carpeta de datos %1 no se puede crear o no admite escritura.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The pepper in %1 is not 32 bytes of base64: restore it from a backup (without it no account can sign in).</source>
            <translation>La pimienta de %1 no son 32 bytes en base64: restáurela desde una copia de seguridad (sin ella ninguna cuenta puede iniciar sesión).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is nothing at this address.</source>
            <translation>No hay nada en esta dirección.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This address does not take that method.</source>
            <translation>Esta dirección no admite ese método.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The request is larger than %1 bytes.</source>
            <translation>La solicitud ocupa más de %1 bytes.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The request’s headers are larger than %1 bytes.</source>
            <translation>Las cabeceras de la solicitud ocupan más de %1 bytes.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Send the request body with a Content-Length, not in chunks.</source>
            <translation>Envíe el cuerpo de la solicitud con un Content-Length, no por partes.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Too many requests from this address: try again in %n seconds.</source>
            <translation>
                <numerusform>Demasiadas solicitudes desde esta dirección: vuelva a intentarlo dentro de %n segundo.</numerusform>
                <numerusform>Demasiadas solicitudes desde esta dirección: vuelva a intentarlo dentro de %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>The request body is not valid JSON.</source>
            <translation>El cuerpo de la solicitud no es JSON válido.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The request body must be a JSON object.</source>
            <translation>El cuerpo de la solicitud debe ser un objeto JSON.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The field “%1” is missing.</source>
            <translation>Falta el campo «%1».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The field “%1” must be a whole number.</source>
            <translation>El campo «%1» debe ser un número entero.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The field “%1” must be true or false.</source>
            <translation>El campo «%1» debe ser true o false.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The field “%1” must be a string without control characters.</source>
            <translation>El campo «%1» debe ser una cadena sin caracteres de control.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The field “%1” is not part of this request.</source>
            <translation>El campo «%1» no forma parte de esta solicitud.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The field “%1” is longer than %2 characters.</source>
            <translation>El campo «%1» tiene más de %2 caracteres.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Send the request body as application/json.</source>
            <translation>Envíe el cuerpo de la solicitud como application/json.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server could not handle the request: its log says why.</source>
            <translation>El servidor no pudo atender la solicitud: su registro dice por qué.</translation>
        </message>
        <message>
            <location filename="../core/server/verifier/ServerDelivery.cpp" line="+33" />
            <source>a computer without a name</source>
            <translation>un equipo sin nombre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New sign-in to your Twofold vault</source>
            <translation>Nuevo inicio de sesión en su bóveda de Twofold</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your Twofold account %1 was signed in to from a computer it had not seen before (“%2”) at %3.

If this was you, there is nothing to do. If it was not, change your master password now and ask your administrator to revoke that computer.
</source>
            <translation>Se inició sesión en su cuenta de Twofold %1 desde un equipo que no conocía («%2») a las %3.

Si fue usted, no tiene que hacer nada. Si no, cambie ahora su contraseña maestra y pida a su administrador que revoque ese equipo.
</translation>
        </message>
    </context>
    <context>
        <name>Twofold::SignIn</name>
        <message>
            <location filename="../ui/signin/SignInText.cpp" line="+10" />
            <source>Enter the 6-digit code from your authenticator app</source>
            <extracomment>The code is the one-time number an authenticator app (TOTP) shows, not a password.</extracomment>
            <translation>Introduzca el código de 6 dígitos de su aplicación de autenticación</translation>
        </message>
        <message>
            <location line="+7" />
            <source>We sent a code to %1</source>
            <extracomment>%1 is a masked email address or phone number, e.g. "j•••@example.com". The code is a one-time sign-in number.</extracomment>
            <translation>Hemos enviado un código a %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sending a code to %1…</source>
            <extracomment>%1 is a masked email address or phone number. The code is a one-time sign-in number.</extracomment>
            <translation>Enviando un código a %1…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Send a code by text message to %1</source>
            <extracomment>%1 is a masked email address or phone number. The code is a one-time sign-in number.</extracomment>
            <translation>Enviar un código por SMS a %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send a code by email to %1</source>
            <translation>Enviar un código por correo electrónico a %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This vault asks for a code at every sign-in.</source>
            <translation>Esta bóveda pide un código en cada inicio de sesión.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This vault asks for a code only on computers it does not remember.</source>
            <translation>Esta bóveda solo pide un código en los equipos que no recuerda.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>The code in your app changes in %n s</source>
            <extracomment>How long the 6-digit number the authenticator app shows now stays valid.</extracomment>
            <translation>
                <numerusform>El código de su aplicación cambia dentro de %n s</numerusform>
                <numerusform>El código de su aplicación cambia dentro de %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Resend in %n s</source>
            <extracomment>A button, disabled until it can send another one-time code.</extracomment>
            <translation>
                <numerusform>Reenviar en %n s</numerusform>
                <numerusform>Reenviar en %n s</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Resend code</source>
            <extracomment>A button: send another one-time sign-in code.</extracomment>
            <translation>Reenviar código</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Send code in %n s</source>
            <extracomment>A button, disabled while no more codes may be sent (five an hour); the wait.</extracomment>
            <translation>
                <numerusform>Enviar código en %n s</numerusform>
                <numerusform>Enviar código en %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Send code in %n min</source>
            <translation>
                <numerusform>Enviar código en %n min</numerusform>
                <numerusform>Enviar código en %n min</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Send code</source>
            <extracomment>A button: send a one-time sign-in code.</extracomment>
            <translation>Enviar código</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Too many wrong codes. Try again in %1</source>
            <extracomment>%1 is minutes:seconds, e.g. 0:28. Codes are the one-time sign-in numbers.</extracomment>
            <translation>Demasiados códigos incorrectos. Vuelva a intentarlo dentro de %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>You have no recovery codes left.</source>
            <translation>No le quedan códigos de recuperación.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You have one recovery code left.</source>
            <translation>Le queda un código de recuperación.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>You have %n recovery codes left.</source>
            <translation>
                <numerusform>Le queda %n código de recuperación.</numerusform>
                <numerusform>Le quedan %n códigos de recuperación.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Recovery code accepted. You have no recovery codes left: make new ones in Preferences &gt; Security now.</source>
            <translation>Código de recuperación aceptado. No le quedan códigos de recuperación: cree otros nuevos ahora en Preferencias &gt; Seguridad.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recovery code accepted. You have one recovery code left: make new ones in Preferences &gt; Security soon.</source>
            <translation>Código de recuperación aceptado. Le queda un código de recuperación: cree otros nuevos pronto en Preferencias &gt; Seguridad.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Recovery code accepted. You have %n recovery codes left.</source>
            <translation>
                <numerusform>Código de recuperación aceptado. Le queda %n código de recuperación.</numerusform>
                <numerusform>Código de recuperación aceptado. Le quedan %n códigos de recuperación.</numerusform>
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
            <translation>Un registro del servidor de sincronización no se puede abrir con la clave de esta bóveda: está dañado o no pertenece a esta bóveda.</translation>
        </message>
        <message>
            <location filename="../core/sync/SyncEngine.cpp" line="+35" />
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Offline</source>
            <translation>Sin conexión</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Offline — %n change(s) waiting</source>
            <translation>
                <numerusform>Sin conexión — %n cambio pendiente</numerusform>
                <numerusform>Sin conexión — %n cambios pendientes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not synced: %1</source>
            <translation>Sin sincronizar: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Synced</source>
            <translation>Sincronizada</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n cambio pendiente</numerusform>
                <numerusform>%n cambios pendientes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Twofold::Vault</name>
        <message>
            <location filename="../core/vault/Vault.cpp" line="+25" />
            <source>There is no entry called "%1".</source>
            <translation>No hay ninguna entrada llamada «%1».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no group called "%1".</source>
            <translation>No hay ningún grupo llamado «%1».</translation>
        </message>
        <message>
            <location line="+90" />
            <source>%1 entries are called "%2": name one by its id (%3).</source>
            <translation>%1 entradas se llaman «%2»: indique una por su id (%3).</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+31" />
            <source>An entry needs a title.</source>
            <translation>Una entrada necesita un título.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>"%1" has no password version %2.</source>
            <translation>«%1» no tiene la versión %2 de la contraseña.</translation>
        </message>
        <message>
            <location line="+462" />
            <location line="+17" />
            <source>A group name cannot be empty or contain "/".</source>
            <translation>El nombre de un grupo no puede estar vacío ni contener «/».</translation>
        </message>
        <message>
            <location line="-11" />
            <source>There is already a group called "%1" here.</source>
            <translation>Ya hay un grupo llamado «%1» aquí.</translation>
        </message>
        <message>
            <location line="-447" />
            <source>"%1" has no older version %2.</source>
            <translation>«%1» no tiene una versión anterior %2.</translation>
        </message>
        <message>
            <location line="+240" />
            <source>"%1" already has %2 attachments, the most an entry can have. Remove one first.</source>
            <translation>«%1» ya tiene %2 adjuntos, el máximo de una entrada. Quite uno primero.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>"%1" has %2 attachments called "%3": give its number instead (1 is the first).</source>
            <translation>«%1» tiene %2 adjuntos llamados «%3»: indique su número (1 es el primero).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>"%1" has no attachment called "%2". Its attachments: %3.</source>
            <translation>«%1» no tiene ningún adjunto llamado «%2». Sus adjuntos: %3.</translation>
        </message>
        <message>
            <location line="-4" />
            <source>"%1" has no attachments.</source>
            <translation>«%1» no tiene adjuntos.</translation>
        </message>
        <message>
            <location line="-31" />
            <source>"%1" has no such attachment.</source>
            <translation>«%1» no tiene ese adjunto.</translation>
        </message>
        <message>
            <location line="-36" />
            <source>"%1" is %2 MiB; an attachment can be at most %3 MiB.</source>
            <translation>«%1» ocupa %2 MiB; un adjunto puede ocupar como máximo %3 MiB.</translation>
        </message>
        <message>
            <location line="-3" />
            <source>An attachment needs a name.</source>
            <translation>Un adjunto necesita un nombre.</translation>
        </message>
        <message>
            <location line="+101" />
            <location line="+6" />
            <source>The attachment "%1" is damaged in the vault file and cannot be opened. The rest of the vault is not affected.</source>
            <translation>El adjunto «%1» está dañado en el archivo de la bóveda y no se puede abrir. El resto de la bóveda no se ve afectado.</translation>
        </message>
        <message>
            <location line="-14" />
            <source>The content of "%1" is not on this computer: it was added on another computer, and sync carries an attachment's name but not its content yet.</source>
            <translation>El contenido de «%1» no está en este equipo: se añadió en otro equipo, y la sincronización lleva el nombre de un adjunto pero todavía no su contenido.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>This attachment's content is not on this computer.</source>
            <translation>El contenido de este adjunto no está en este equipo.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::VaultFile</name>
        <message>
            <location filename="../core/vault/VaultCodec.cpp" line="+247" />
            <source>The vault's content is damaged and cannot be read. Try the backup copy (the same name ending in .bak).</source>
            <translation>El contenido de la bóveda está dañado y no se puede leer. Pruebe con la copia de seguridad (el mismo nombre terminado en .bak).</translation>
        </message>
        <message>
            <location line="+368" />
            <source>A record from the sync server is damaged and cannot be read.</source>
            <translation>Un registro del servidor de sincronización está dañado y no se puede leer.</translation>
        </message>
        <message>
            <location filename="../core/vault/VaultFile.cpp" line="+40" />
            <source>This file is not a Twofold vault.</source>
            <translation>Este archivo no es una bóveda de Twofold.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The vault file is damaged (%1) and cannot be opened. Try the backup copy (the same name ending in .bak).</source>
            <translation>El archivo de la bóveda está dañado (%1) y no se puede abrir. Pruebe con la copia de seguridad (el mismo nombre terminado en .bak).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>That password is not right for this vault.</source>
            <translation>Esa contraseña no es correcta para esta bóveda.</translation>
        </message>
        <message>
            <location line="+194" />
            <source>This file asks for more memory or time than Twofold ever uses: it was changed. Try the backup copy (the same name ending in .bak).</source>
            <translation>Este archivo pide más memoria o tiempo de los que Twofold usa nunca: ha sido modificado. Pruebe con la copia de seguridad (el mismo nombre terminado en .bak).</translation>
        </message>
        <message>
            <location line="+78" />
            <source>There is no vault at %1.</source>
            <translation>No hay ninguna bóveda en %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is a folder, not a vault file.</source>
            <translation>%1 es una carpeta, no un archivo de bóveda.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You do not have permission to read %1.</source>
            <translation>No tiene permiso para leer %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <location line="+126" />
            <source>The vault file %1 could not be read: %2.</source>
            <translation>No se pudo leer el archivo de la bóveda %1: %2.</translation>
        </message>
        <message>
            <location line="-75" />
            <location line="+18" />
            <location line="+7" />
            <location line="+381" />
            <location line="+46" />
            <source>it ends too early</source>
            <translation>termina demasiado pronto</translation>
        </message>
        <message>
            <location line="-445" />
            <source>This vault uses format %1, which this version of Twofold does not know: it was saved by a newer Twofold (update Twofold to open it), or the file is damaged.</source>
            <translation>Esta bóveda usa el formato %1, que esta versión de Twofold no conoce: se guardó con una versión más reciente de Twofold (actualice Twofold para abrirla), o el archivo está dañado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown format</source>
            <translation>formato desconocido</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+389" />
            <source>impossible header size</source>
            <translation>tamaño de encabezado imposible</translation>
        </message>
        <message>
            <location line="-383" />
            <source>the header checksum does not match</source>
            <translation>la suma de comprobación del encabezado no coincide</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+386" />
            <source>impossible content size</source>
            <translation>tamaño de contenido imposible</translation>
        </message>
        <message>
            <location line="-381" />
            <location line="+16" />
            <source>there are extra bytes at the end</source>
            <translation>hay bytes de más al final</translation>
        </message>
        <message>
            <location line="-184" />
            <source>the header cannot be read</source>
            <translation>no se puede leer el encabezado</translation>
        </message>
        <message>
            <location line="+249" />
            <location line="+22" />
            <source>it has no password key slot</source>
            <translation>no tiene ranura de clave para la contraseña</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+12" />
            <source>This vault has two-factor sign-in turned on: it needs a code as well as the password.</source>
            <translation>Esta bóveda tiene activado el inicio de sesión en dos pasos: necesita un código además de la contraseña.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>the sign-in server's copy of its key slot cannot be read</source>
            <translation>la copia de su ranura de clave en el servidor de inicio de sesión no se puede leer</translation>
        </message>
        <message>
            <location line="+51" />
            <source>That app password is not right for this vault, or it was revoked.</source>
            <translation>Esa contraseña de aplicación no es correcta para esta bóveda, o se ha revocado.</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+17" />
            <location line="+3" />
            <source>its content does not decrypt</source>
            <translation>su contenido no se puede descifrar</translation>
        </message>
        <message>
            <location line="-53" />
            <source>This vault's app passwords also need its account key, which this computer does not have: use the app password on a computer signed in to the account.</source>
            <translation>Las contraseñas de aplicación de esta bóveda también necesitan su clave de cuenta, que este equipo no tiene: use la contraseña de aplicación en un equipo con la sesión iniciada en la cuenta.</translation>
        </message>
        <message>
            <location line="+206" />
            <source>The attachments of %1 could not be read: %2.</source>
            <translation>No se pudieron leer los adjuntos de %1: %2.</translation>
        </message>
        <message>
            <location line="+50" />
            <location line="+4" />
            <source>The vault file changed on disk.</source>
            <translation>El archivo de la bóveda cambió en el disco.</translation>
        </message>
    </context>
    <context>
        <name>Twofold::VaultLocation</name>
        <message>
            <location filename="../ui/common/VaultLocation.cpp" line="+49" />
            <source>Twofold vaults (*.twofold);;All files (*)</source>
            <translation>Bóvedas de Twofold (*.twofold);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/gui/Startup.cpp" line="+52" />
            <source>Password manager with two-factor sign-in.</source>
            <translation>Gestor de contraseñas con inicio de sesión en dos pasos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The vault file to open (optional).</source>
            <translation>El archivo de bóveda que se abrirá (opcional).</translation>
        </message>
    </context>
    <context>
        <name>twofold::AccountSignInPage</name>
        <message>
            <location filename="../ui/account/AccountSignInPage.cpp" line="+36" />
            <source>Why the account key is asked</source>
            <translation>Por qué se pide la clave de cuenta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What is missing</source>
            <translation>Qué falta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sign in</source>
            <translation>&amp;Iniciar sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in to your Twofold account</source>
            <translation>Inicie sesión en su cuenta de Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About signing in</source>
            <translation>Sobre el inicio de sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use your account on this computer too. Once the server has checked your second factor, your vault is set up here.</source>
            <translation>Use su cuenta también en este equipo. En cuanto el servidor compruebe su segundo factor, su bóveda se prepara aquí.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Master password</source>
            <translation>Contraseña maestra</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Account key</source>
            <translation>Clave de cuenta</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Vault location</source>
            <translation>Ubicación de la bóveda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the vault location</source>
            <translation>Elegir la ubicación de la bóveda</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Signing in</source>
            <translation>Iniciando sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ser&amp;ver:</source>
            <translation>Ser&amp;vidor:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Email:</source>
            <translation>C&amp;orreo electrónico:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Master password:</source>
            <translation>Contraseña &amp;maestra:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Account &amp;key:</source>
            <translation>Clave de &amp;cuenta:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Location:</source>
            <translation>&amp;Ubicación:</translation>
        </message>
        <message>
            <location line="-56" />
            <source>Read from &amp;image…</source>
            <translation>Leer de una &amp;imagen…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Read the account key from a picture of the QR code</source>
            <translation>Leer la clave de cuenta de una imagen del código QR</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A picture of the QR code another signed-in computer shows in Settings &gt; Security &gt; Add a computer…</source>
            <translation>Una imagen del código QR que otro equipo con la sesión iniciada muestra en Ajustes &gt; Seguridad &gt; Añadir un equipo…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the key from your emergency kit, or paste the whole twofold://add-computer link</source>
            <translation>Escriba la clave de su kit de emergencia, o pegue el enlace twofold://add-computer completo</translation>
        </message>
    </context>
    <context>
        <name>twofold::AddComputerDialog</name>
        <message>
            <location filename="../ui/account/AddComputerDialog.cpp" line="+38" />
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account &amp;key:</source>
            <translation>&amp;Clave de cuenta:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Account key</source>
            <translation>Clave de cuenta</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+148" />
            <source>&amp;Show key…</source>
            <translation>&amp;Mostrar la clave…</translation>
        </message>
        <message>
            <location line="-147" />
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add a computer — Twofold</source>
            <translation>Añadir un equipo — Twofold</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in on another computer</source>
            <translation>Iniciar sesión en otro equipo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>On the other computer, open Twofold and choose Use a Twofold server, then Sign in to an account. There, type what is shown here, or use Read from image… with a picture of the QR code. Your master password and second factor are asked there too: this alone opens nothing.</source>
            <translation>En el otro equipo, abra Twofold y elija Usar un servidor Twofold y luego Iniciar sesión en una cuenta. Allí, escriba lo que se muestra aquí, o use Leer de una imagen… con una imagen del código QR. Allí también se piden su contraseña maestra y su segundo factor: esto solo no abre nada.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+120" />
            <source>Hidden</source>
            <translation>Oculta</translation>
        </message>
        <message>
            <location line="-117" />
            <source>QR code for the other computer</source>
            <translation>Código QR para el otro equipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Holds the server address, the email and the account key</source>
            <translation>Contiene la dirección del servidor, el correo y la clave de cuenta</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keep this code to yourself: with your master password and second factor, it opens your vault.</source>
            <translation>Guarde este código para usted: con su contraseña maestra y su segundo factor, abre su bóveda.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+113" />
            <source>Show the account key and its QR code</source>
            <translation>Mostrar la clave de cuenta y su código QR</translation>
        </message>
        <message>
            <location line="-110" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ser&amp;ver:</source>
            <translation>Ser&amp;vidor:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Email:</source>
            <translation>C&amp;orreo:</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The account key is a secret: enter your master password to show it.</source>
            <translation>La clave de cuenta es secreta: escriba su contraseña maestra para mostrarla.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>&amp;Hide key</source>
            <translation>&amp;Ocultar la clave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hide the account key and its QR code</source>
            <translation>Ocultar la clave de cuenta y su código QR</translation>
        </message>
    </context>
    <context>
        <name>twofold::AppFlow</name>
        <message numerus="yes">
            <location filename="../ui/setup/AppFlow.cpp" line="+71" />
            <source>You signed in with a recovery code. You have %n recovery codes left: each works once.</source>
            <translation>
                <numerusform>Ha iniciado sesión con un código de recuperación. Le queda %n código de recuperación: cada uno sirve una sola vez.</numerusform>
                <numerusform>Ha iniciado sesión con un código de recuperación. Le quedan %n códigos de recuperación: cada uno sirve una sola vez.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>You signed in with your last recovery code. Make new ones in Settings &gt; Security now.</source>
            <translation>Ha iniciado sesión con su último código de recuperación. Cree otros nuevos ahora en Ajustes &gt; Seguridad.</translation>
        </message>
    </context>
    <context>
        <name>twofold::AppPasswordDialog</name>
        <message>
            <location filename="../ui/preferences/AppPasswordDialog.cpp" line="+23" />
            <source>&amp;Create</source>
            <translation>&amp;Crear</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Done</source>
            <translation>&amp;Listo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New app password</source>
            <translation>Nueva contraseña de aplicación</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Name the script or program that will use it, so you know what to revoke later.</source>
            <translation>Indique el nombre del script o programa que la usará, para saber qué revocar más adelante.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup script</source>
            <translation>Script de copia de seguridad</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>This is the app password. Copy it now: it will not be shown again.</source>
            <translation>Esta es la contraseña de aplicación. Cópiela ahora: no se volverá a mostrar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>App password</source>
            <translation>Contraseña de aplicación</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy the app password</source>
            <translation>Copiar la contraseña de aplicación</translation>
        </message>
    </context>
    <context>
        <name>twofold::AppTray</name>
        <message>
            <location filename="../ui/setup/AppTray.cpp" line="+18" />
            <source>&amp;Show Twofold</source>
            <translation>&amp;Mostrar Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quick &amp;search…</source>
            <translation>Búsqueda &amp;rápida…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Lock vault</source>
            <translation>&amp;Bloquear bóveda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit Twofold</source>
            <translation>&amp;Salir de Twofold</translation>
        </message>
    </context>
    <context>
        <name>twofold::AttachmentsView</name>
        <message>
            <location filename="../ui/vault/AttachmentsView.cpp" line="+151" />
            <location line="+5" />
            <source>"%1" could not be read: %2.</source>
            <translation>No se pudo leer «%1»: %2.</translation>
        </message>
        <message>
            <location line="-12" />
            <source>"%1" is %2; an attachment can be at most %3 MiB.</source>
            <translation>«%1» ocupa %2; un adjunto puede ocupar como máximo %3 MiB.</translation>
        </message>
        <message>
            <location line="-109" />
            <source>Add &amp;files…</source>
            <translation>Añadir &amp;archivos…</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Add files to the entry</source>
            <translation>Añadir archivos a la entrada</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Add files to the entry as attachments</source>
            <translation>Añadir archivos a la entrada como adjuntos</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Added</source>
            <translation>Añadido</translation>
        </message>
        <message>
            <location line="+122" />
            <source>Attached "%1".</source>
            <translation>«%1» adjuntado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attached %1 files.</source>
            <translation>%1 archivos adjuntados.</translation>
        </message>
        <message>
            <location line="-125" />
            <source>Attachments</source>
            <translation>Adjuntos</translation>
        </message>
        <message>
            <location line="-12" />
            <location line="+84" />
            <source>Attachments:</source>
            <translation>Adjuntos:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attachments: none</source>
            <translation>Adjuntos: ninguno</translation>
        </message>
        <message>
            <location line="-71" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Re&amp;move</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <location line="+169" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Remove "%1" from the entry? Its content leaves the vault when it is saved.</source>
            <translation>¿Quitar «%1» de la entrada? Su contenido sale de la bóveda al guardarla.</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Remove the attachment?</source>
            <translation>¿Quitar el adjunto?</translation>
        </message>
        <message>
            <location line="-147" />
            <source>Remove the chosen attachment from the entry</source>
            <translation>Quitar el adjunto elegido de la entrada</translation>
        </message>
        <message>
            <location line="+163" />
            <source>Removed "%1" from the entry.</source>
            <translation>«%1» quitado de la entrada.</translation>
        </message>
        <message>
            <location line="-183" />
            <source>Save &amp;as…</source>
            <translation>Guardar &amp;como…</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Save the attachment</source>
            <translation>Guardar el adjunto</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Save the chosen attachment as a file</source>
            <translation>Guardar el adjunto elegido como archivo</translation>
        </message>
        <message>
            <location line="+137" />
            <source>Saved "%1" to %2 (readable only by you).</source>
            <translation>«%1» guardado en %2 (solo usted puede leerlo).</translation>
        </message>
        <message>
            <location line="-147" />
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
    </context>
    <context>
        <name>twofold::AuthenticatorSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/AuthenticatorSetupDialog.cpp" line="+21" />
            <source>&amp;Copy key</source>
            <translation>Co&amp;piar clave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Verify</source>
            <translation>&amp;Verificar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Scan the QR code with your authenticator app, or type the setup key into it. Then enter the 6-digit code the app shows, to check that it works.</source>
            <extracomment>"setup key": the authenticator secret written out for typing into an app by hand.</extracomment>
            <translation>Escanee el código QR con su aplicación de autenticación, o escriba en ella la clave de configuración. Después, introduzca el código de 6 dígitos que muestra la aplicación para comprobar que funciona.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>QR code for your authenticator app</source>
            <translation>Código QR para su aplicación de autenticación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A QR code holding the setup key. Scan it with your authenticator app, or type the setup key shown next to it instead.</source>
            <translation>Un código QR que contiene la clave de configuración. Escanéelo con su aplicación de autenticación, o escriba en su lugar la clave de configuración que aparece a su lado.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Setup key</source>
            <extracomment>"setup key": the authenticator secret written out for typing into an app by hand.</extracomment>
            <translation>Clave de configuración</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the setup key</source>
            <translation>Copiar la clave de configuración</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Setup &amp;key:</source>
            <extracomment>"setup key": the authenticator secret written out for typing into an app by hand.</extracomment>
            <translation>&amp;Clave de configuración:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Code from the authenticator app</source>
            <extracomment>"code": the 6-digit one-time code an authenticator app shows.</extracomment>
            <translation>Código de la aplicación de autenticación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;ode from the app:</source>
            <extracomment>"code": the 6-digit one-time code an authenticator app shows.</extracomment>
            <translation>Código de la &amp;aplicación:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Verify the code</source>
            <translation>Verificar el código</translation>
        </message>
        <message numerus="yes">
            <location line="+31" />
            <source>The setup key is copied. The clipboard is cleared in %n second(s).</source>
            <extracomment>"setup key": the authenticator secret written out for typing into an app by hand.</extracomment>
            <translation>
                <numerusform>Clave de configuración copiada. El portapapeles se vaciará dentro de %n segundo.</numerusform>
                <numerusform>Clave de configuración copiada. El portapapeles se vaciará dentro de %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>Account: %1    Issuer: %2</source>
            <extracomment>The account and issuer an authenticator app lists this code under.</extracomment>
            <translation>Cuenta: %1    Emisor: %2</translation>
        </message>
    </context>
    <context>
        <name>twofold::ChangeMasterPasswordDialog</name>
        <message>
            <location filename="../ui/preferences/ChangeMasterPasswordDialog.cpp" line="+24" />
            <source>C&amp;hange password</source>
            <translation>&amp;Cambiar contraseña</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change master password</source>
            <translation>Cambiar la contraseña maestra</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New master password</source>
            <translation>Nueva contraseña maestra</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New master password again</source>
            <translation>Nueva contraseña maestra otra vez</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Every remembered computer will be asked for a code again. Your methods, recovery codes and app passwords stay as they are.</source>
            <translation>Se volverá a pedir un código en todos los equipos recordados. Sus métodos, códigos de recuperación y contraseñas de aplicación no cambian.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;New password:</source>
            <translation>&amp;Nueva contraseña:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Again:</source>
            <translation>&amp;Repítala:</translation>
        </message>
        <message>
            <location line="+46" />
            <location line="+1" />
            <source>The two passwords are not the same.</source>
            <translation>Las dos contraseñas no son iguales.</translation>
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
            <translation>Confirmar la contraseña maestra</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter your master password to change security settings.</source>
            <translation>Introduzca su contraseña maestra para cambiar los ajustes de seguridad.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Master password</source>
            <translation>Contraseña maestra</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Checking the password</source>
            <translation>Comprobando la contraseña</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Confirm</source>
            <translation>Confirmar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirm the master password</source>
            <translation>Confirmar la contraseña maestra</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>twofold::CreateAccountPage</name>
        <message>
            <location filename="../ui/account/CreateAccountPage.cpp" line="+29" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What is missing</source>
            <translation>Qué falta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create &amp;account</source>
            <translation>Crear la &amp;cuenta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create a Twofold account</source>
            <translation>Crear una cuenta de Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About the account</source>
            <translation>Sobre la cuenta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your vault stays an encrypted file on this computer. The server checks your second factor; it never receives your master password.</source>
            <translation>Su bóveda sigue siendo un archivo cifrado en este equipo. El servidor comprueba su segundo factor; nunca recibe su contraseña maestra.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Master password</source>
            <translation>Contraseña maestra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Master password again</source>
            <translation>Contraseña maestra otra vez</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Master password strength</source>
            <translation>Seguridad de la contraseña maestra</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Vault location</source>
            <translation>Ubicación de la bóveda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the vault location</source>
            <translation>Elegir la ubicación de la bóveda</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Creating the account</source>
            <translation>Creando la cuenta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Creating your account… This takes a few seconds: the master password is being made slow to guess, on this computer.</source>
            <translation>Creando su cuenta… Tarda unos segundos: la contraseña maestra se hace lenta de adivinar, en este equipo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the account</source>
            <translation>Crear la cuenta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ser&amp;ver:</source>
            <translation>Ser&amp;vidor:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Email:</source>
            <translation>C&amp;orreo electrónico:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Master password:</source>
            <translation>Contraseña &amp;maestra:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Type it again:</source>
            <translation>Escríbala de &amp;nuevo:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Location:</source>
            <translation>&amp;Ubicación:</translation>
        </message>
    </context>
    <context>
        <name>twofold::CreateVaultController</name>
        <message>
            <location filename="../ui/common/VaultLocation.cpp" line="-26" />
            <source>Choose where to keep the vault.</source>
            <translation>Elija dónde guardar la bóveda.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is a folder. Choose a file name for the new vault.</source>
            <translation>%1 es una carpeta. Elija un nombre de archivo para la nueva bóveda.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is already a file at %1. Choose another name, or open it with “Open another vault…”.</source>
            <translation>Ya hay un archivo en %1. Elija otro nombre, o ábralo con «Abrir otra bóveda…».</translation>
        </message>
    </context>
    <context>
        <name>twofold::CreateVaultPage</name>
        <message>
            <location filename="../ui/setup/CreateVaultPage.cpp" line="+37" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What is missing</source>
            <translation>Qué falta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open another vault…</source>
            <translation>Abrir otra bóveda…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Create</source>
            <translation>&amp;Crear</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use a Twofold &amp;server…</source>
            <translation>Usar un &amp;servidor Twofold…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create your vault</source>
            <translation>Cree su bóveda</translation>
        </message>
        <message>
            <location line="+5" />
            <source>About the vault</source>
            <translation>Acerca de la bóveda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your passwords are kept in one encrypted file. Its master password is the one password you will need to remember: nobody can recover it for you.</source>
            <translation>Sus contraseñas se guardan en un único archivo cifrado. Su contraseña maestra es la única contraseña que tendrá que recordar: nadie puede recuperarla por usted.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Vault location</source>
            <translation>Ubicación de la bóveda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the vault location</source>
            <translation>Elegir la ubicación de la bóveda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Master password</source>
            <translation>Contraseña maestra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Master password again</source>
            <translation>Contraseña maestra otra vez</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Master password strength</source>
            <translation>Seguridad de la contraseña maestra</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Creating the vault</source>
            <translation>Creando la bóveda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Creating your vault… This takes a few seconds: the master password is being made slow to guess.</source>
            <translation>Creando su bóveda… Esto tarda unos segundos: se está haciendo que la contraseña maestra sea lenta de adivinar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open another vault</source>
            <translation>Abrir otra bóveda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the vault</source>
            <translation>Crear la bóveda</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Location:</source>
            <translation>&amp;Ubicación:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Master password:</source>
            <translation>Contraseña &amp;maestra:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Type it again:</source>
            <translation>Escríbala de &amp;nuevo:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Use a Twofold server</source>
            <translation>Usar un servidor Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About Twofold servers</source>
            <translation>Sobre los servidores Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For several computers or an organisation.</source>
            <translation>Para varios equipos o una organización.</translation>
        </message>
        <message>
            <location line="+90" />
            <source>Where to keep the new vault</source>
            <translation>Dónde guardar la nueva bóveda</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Open a vault</source>
            <translation>Abrir una bóveda</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Choose a master password.</source>
            <translation>Elija una contraseña maestra.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a stronger master password: the line under it says why.</source>
            <translation>Elija una contraseña maestra más segura: la línea de debajo indica por qué.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type the master password again to confirm it.</source>
            <translation>Vuelva a escribir la contraseña maestra para confirmarla.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The two passwords do not match.</source>
            <translation>Las dos contraseñas no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>twofold::DeliverySettingsDialog</name>
        <message>
            <location filename="../ui/preferences/DeliverySettingsDialog.cpp" line="+46" />
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a certificate file</source>
            <translation>Elegir un archivo de certificado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional: the system's certificates are used</source>
            <translation>Opcional: se usan los certificados del sistema</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Certificate authorities (PEM)</source>
            <translation>Autoridades de certificación (PEM)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PEM certificates (*.pem *.crt);;All files (*)</source>
            <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Write each webhook header as "Name: value", one a line.</source>
            <translation>Escriba cada encabezado del webhook como «Nombre: valor», uno por línea.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Send a test to</source>
            <translation>Enviar una prueba a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send a &amp;test</source>
            <translation>Enviar una &amp;prueba</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delivery settings</source>
            <translation>Ajustes de envío</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Email</source>
            <translation>&amp;Correo electrónico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text &amp;messages (SMS)</source>
            <translation>&amp;Mensajes de texto (SMS)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivery</source>
            <translation>Envío</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An email address or a mobile number</source>
            <translation>Una dirección de correo electrónico o un número de móvil</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send a test</source>
            <translation>Enviar una prueba</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send a test t&amp;o:</source>
            <translation>Enviar una prueba &amp;a:</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Mail server</source>
            <translation>Servidor de correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smtp.example.com</source>
            <translation>smtp.example.com</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Port</source>
            <translation>Puerto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Security</source>
            <translation>Seguridad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>STARTTLS (required)</source>
            <translation>STARTTLS (obligatorio)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TLS from the start</source>
            <translation>TLS desde el principio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>None (only for a server on this computer)</source>
            <translation>Ninguna (solo para un servidor de este equipo)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Empty when the server needs no sign-in</source>
            <translation>Vacío si el servidor no exige iniciar sesión</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mail server password</source>
            <translation>Contraseña del servidor de correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender address</source>
            <translation>Dirección del remitente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>codes@example.com</source>
            <translation>codes@example.com</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender name</source>
            <translation>Nombre del remitente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+74" />
            <source>Certificate authorities file</source>
            <translation>Archivo de autoridades de certificación</translation>
        </message>
        <message>
            <location line="-63" />
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Port:</source>
            <translation>Puer&amp;to:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Se&amp;curity:</source>
            <translation>Segu&amp;ridad:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User name:</source>
            <translation>Nombre de &amp;usuario:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;word:</source>
            <translation>C&amp;ontraseña:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender &amp;address:</source>
            <translation>&amp;Dirección del remitente:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender &amp;name:</source>
            <translation>&amp;Nombre del remitente:</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+60" />
            <source>Certificate aut&amp;horities:</source>
            <translation>Autoridades de certi&amp;ficación:</translation>
        </message>
        <message>
            <location line="-51" />
            <source>SMS gateway</source>
            <translation>Pasarela SMS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Twilio (or a gateway that speaks its API)</source>
            <translation>Twilio (o una pasarela compatible con su API)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webhook (JSON)</source>
            <translation>Webhook (JSON)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No text messages are sent.</source>
            <translation>No se envía ningún SMS.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Account SID</source>
            <translation>SID de cuenta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Auth token</source>
            <translation>Token de autenticación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender number</source>
            <translation>Número remitente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+15005550006 or a sender name</source>
            <translation>+15005550006 o un nombre de remitente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gateway address</source>
            <translation>Dirección de la pasarela</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Account &amp;SID:</source>
            <translation>&amp;SID de cuenta:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Auth &amp;token:</source>
            <translation>&amp;Token de autenticación:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From:</source>
            <translation>Rem&amp;itente:</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+17" />
            <source>&amp;Address:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Webhook address</source>
            <translation>Dirección del webhook</translation>
        </message>
        <message>
            <location line="+1" />
            <source>https://sms.example.com/send</source>
            <translation>https://sms.example.com/send</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Body template</source>
            <translation>Plantilla del cuerpo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Headers</source>
            <translation>Encabezados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Authorization: Bearer …</source>
            <translation>Authorization: Bearer …</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Body:</source>
            <translation>C&amp;uerpo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Headers:</source>
            <translation>&amp;Encabezados:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{to}, {body} and {code} are filled in; one header a line.</source>
            <translation>{to}, {body} y {code} se rellenan; un encabezado por línea.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Gateway:</source>
            <translation>Pasa&amp;rela:</translation>
        </message>
        <message>
            <location line="+106" />
            <source>Fill in the mail server first.</source>
            <translation>Indique primero el servidor de correo.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Sending a test to %1…</source>
            <translation>Enviando una prueba a %1…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A test was sent to %1. If it does not arrive, check the settings.</source>
            <translation>Se envió una prueba a %1. Si no llega, compruebe los ajustes.</translation>
        </message>
        <message>
            <location filename="../ui/preferences/TurnOnMethod.cpp" line="+68" />
            <source>Codes by text message need an SMS gateway to send them. Set one up first.</source>
            <translation>Los códigos por SMS necesitan una pasarela SMS que los envíe. Configure una primero.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Codes by email need a mail server to send them. Set one up first.</source>
            <translation>Los códigos por correo electrónico necesitan un servidor de correo que los envíe. Configure uno primero.</translation>
        </message>
    </context>
    <context>
        <name>twofold::EmailSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/EmailSetupDialog.cpp" line="+18" />
            <source>Enter the email address to send sign-in codes to. We send a code to it now, to check that it receives mail.</source>
            <extracomment>"code": the one-time code sent by email.</extracomment>
            <translation>Introduzca la dirección de correo electrónico a la que se enviarán los códigos de inicio de sesión. Ahora enviaremos un código a esa dirección para comprobar que recibe correo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Email address</source>
            <translation>Dirección de correo electrónico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>name@example.com</source>
            <translation>nombre@example.com</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email &amp;address:</source>
            <translation>&amp;Dirección de correo electrónico:</translation>
        </message>
    </context>
    <context>
        <name>twofold::EmergencyKitDialog</name>
        <message>
            <location filename="../ui/account/EmergencyKitDialog.cpp" line="+37" />
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save as P&amp;DF…</source>
            <translation>Guardar como P&amp;DF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I have &amp;saved my emergency kit</source>
            <translation>He &amp;guardado mi kit de emergencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finish</source>
            <translation>&amp;Terminar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Emergency kit — Twofold</source>
            <translation>Kit de emergencia — Twofold</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Account key</source>
            <translation>Clave de cuenta</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save your emergency kit</source>
            <translation>Guarde su kit de emergencia</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your account key is shown only this once. With your master password it opens your vault on a new computer, and nobody can give it back to you: print this kit or save it as a PDF, and keep it somewhere safe away from this computer.</source>
            <translation>Su clave de cuenta solo se muestra esta vez. Con su contraseña maestra abre su bóveda en un equipo nuevo, y nadie puede devolvérsela: imprima este kit o guárdelo como PDF, y consérvelo en un lugar seguro, lejos de este equipo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Server:</source>
            <translation>Servidor:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email:</source>
            <translation>Correo:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Account key:</source>
            <translation>Clave de &amp;cuenta:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Print the emergency kit</source>
            <translation>Imprimir el kit de emergencia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the emergency kit as a PDF</source>
            <translation>Guardar el kit de emergencia como PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I have saved my emergency kit</source>
            <translation>He guardado mi kit de emergencia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finish</source>
            <translation>Terminar</translation>
        </message>
        <message>
            <location line="+50" />
            <source>The emergency kit is saved in %1. Keep a copy away from this computer (a USB stick, or printed).</source>
            <translation>El kit de emergencia se ha guardado en %1. Guarde una copia lejos de este equipo (en una memoria USB o impresa).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The emergency kit went to the printer. Check that the page came out whole.</source>
            <translation>El kit de emergencia se envió a la impresora. Compruebe que la página salió entera.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Print or save your emergency kit first, then tick "I have saved my emergency kit": the account key is not shown again.</source>
            <translation>Imprima o guarde primero su kit de emergencia y marque después «He guardado mi kit de emergencia»: la clave de cuenta no se vuelve a mostrar.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Save the emergency kit</source>
            <translation>Guardar el kit de emergencia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Twofold emergency kit</source>
            <translation>Kit de emergencia de Twofold</translation>
        </message>
    </context>
    <context>
        <name>twofold::EntryActions</name>
        <message>
            <location filename="../ui/vault/EntryActions.cpp" line="+19" />
            <source>Copy &amp;two-factor code</source>
            <translation>Copiar código de verificación en &amp;dos pasos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Open web address</source>
            <translation>&amp;Abrir dirección web</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy password and open &amp;web address</source>
            <translation>Copiar contraseña y abrir dirección &amp;web</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Opened %1.</source>
            <translation>Se ha abierto %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No browser could open %1.</source>
            <translation>Ningún navegador pudo abrir %1.</translation>
        </message>
    </context>
    <context>
        <name>twofold::EntryEditorDialog</name>
        <message>
            <location filename="../ui/vault/EntryEditorDialog.cpp" line="+31" />
            <source>Gene&amp;rate</source>
            <translation>Gene&amp;rar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New entry</source>
            <translation>Nueva entrada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit entry</source>
            <translation>Editar entrada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Web address</source>
            <translation>Dirección web</translation>
        </message>
        <message>
            <location line="+1" />
            <source>https://example.com</source>
            <translation>https://example.com</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Separate tags with commas</source>
            <translation>Separe las etiquetas con comas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a group, or type a new name (use / for a group inside another).</source>
            <translation>Elija un grupo, o escriba un nombre nuevo (use / para un grupo dentro de otro).</translation>
        </message>
        <message>
            <location line="+111" />
            <source>(top level)</source>
            <translation>(nivel superior)</translation>
        </message>
        <message>
            <location line="-83" />
            <source>Generate a password</source>
            <translation>Generar una contraseña</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the password generator and fill in a new password</source>
            <translation>Mostrar el generador de contraseñas y rellenar con una contraseña nueva</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password strength</source>
            <translation>Seguridad de la contraseña</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Two-factor codes</source>
            <translation>Códigos de verificación en dos pasos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the two-factor codes</source>
            <translation>Quitar los códigos de verificación en dos pasos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User name:</source>
            <translation>Nombre de &amp;usuario:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Web address:</source>
            <translation>&amp;Dirección web:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Two-factor:</source>
            <translation>Verificación en dos pasos:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Group:</source>
            <translation>&amp;Grupo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>T&amp;ags:</source>
            <translation>&amp;Etiquetas:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save the entry</source>
            <translation>Guardar la entrada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+240" />
            <source>Discard changes?</source>
            <translation>¿Descartar los cambios?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard this new entry?</source>
            <translation>¿Descartar esta entrada nueva?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Discard your changes to this entry?</source>
            <translation>¿Descartar sus cambios en esta entrada?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Keep editing</source>
            <translation>&amp;Seguir editando</translation>
        </message>
        <message>
            <location line="+18" />
            <source>This entry has two-factor codes.</source>
            <translation>Esta entrada tiene códigos de verificación en dos pasos.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change two-factor code…</source>
            <translation>Cambiar código de verificación en dos pasos…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add two-factor code…</source>
            <translation>Añadir código de verificación en dos pasos…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the two-factor code</source>
            <translation>Cambiar el código de verificación en dos pasos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a two-factor code</source>
            <translation>Añadir un código de verificación en dos pasos</translation>
        </message>
        <message>
            <location line="-274" />
            <source>Changed on another computer</source>
            <translation>Modificado en otro equipo</translation>
        </message>
        <message>
            <location line="+91" />
            <source>This entry was deleted on another computer. Saving adds it back with what you see here.</source>
            <translation>Esta entrada se eliminó en otro equipo. Al guardarla se vuelve a añadir con lo que ve aquí.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>This entry was moved to the trash on another computer. Saving takes it out of the trash with your changes.</source>
            <translation>Esta entrada se movió a la papelera en otro equipo. Al guardarla sale de la papelera con sus cambios.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This entry was changed on another computer while you were editing it. The fields you did not change now show its new values; saving keeps what you typed in the others.</source>
            <translation>Esta entrada se modificó en otro equipo mientras la editaba. Los campos que no cambió muestran ahora sus nuevos valores; al guardar se conserva lo que escribió en los demás.</translation>
        </message>
    </context>
    <context>
        <name>twofold::EntryListModel</name>
        <message>
            <location filename="../ui/vault/EntryListModel.cpp" line="+145" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Web address</source>
            <translation>Dirección web</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Modified</source>
            <translation>Modificación</translation>
        </message>
    </context>
    <context>
        <name>twofold::EntryPane</name>
        <message>
            <location filename="../ui/vault/EntryPane.cpp" line="+49" />
            <location line="+27" />
            <source>This entry is in the trash.</source>
            <translation>Esta entrada está en la papelera.</translation>
        </message>
        <message>
            <location line="-26" />
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Web address</source>
            <translation>Dirección web</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Copy the user name</source>
            <translation>Copiar el nombre de usuario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the password</source>
            <translation>Copiar la contraseña</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose an entry to see it here.</source>
            <translation>Elija una entrada para verla aquí.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit this entry</source>
            <translation>Editar esta entrada</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore this entry from the trash</source>
            <translation>Restaurar esta entrada desde la papelera</translation>
        </message>
        <message>
            <location line="+11" />
            <source>User name:</source>
            <translation>Nombre de usuario:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password:</source>
            <translation>Contraseña:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Two-factor:</source>
            <translation>Verificación en dos pasos:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Web address:</source>
            <translation>Dirección web:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group:</source>
            <translation>Grupo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags:</source>
            <translation>Etiquetas:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes:</source>
            <translation>Notas:</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+111" />
            <source>Two-factor code copied.</source>
            <translation>Código de verificación en dos pasos copiado.</translation>
        </message>
        <message>
            <location line="-70" />
            <source>(top level)</source>
            <translation>(nivel superior)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>User name copied.</source>
            <translation>Nombre de usuario copiado.</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Password copied. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>Contraseña copiada. El portapapeles se vaciará dentro de %n segundo.</numerusform>
                <numerusform>Contraseña copiada. El portapapeles se vaciará dentro de %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+25" />
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Hide the password</source>
            <translation>Ocultar la contraseña</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>Show the password</source>
            <translation>Mostrar la contraseña</translation>
        </message>
        <message>
            <location line="-173" />
            <source>Older versions</source>
            <translation>Versiones anteriores</translation>
        </message>
        <message>
            <location line="+114" />
            <source>%1 “%2”</source>
            <extracomment>%1 is a field's name ("user name"), %2 its value in an older version of the entry.</extracomment>
            <translation>%1 «%2»</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>user name</source>
            <translation>nombre de usuario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>web address</source>
            <translation>dirección web</translation>
        </message>
        <message>
            <location line="+1" />
            <source>notes</source>
            <translation>notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tags</source>
            <translation>etiquetas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a different password</source>
            <translation>otra contraseña</translation>
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
            <translation>igual que ahora</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Older versions, kept when this entry was changed on two computers:</source>
            <translation>Versiones anteriores, conservadas cuando esta entrada se modificó en dos equipos:</translation>
        </message>
    </context>
    <context>
        <name>twofold::ExportDialog</name>
        <message>
            <location filename="../ui/vault/ExportDialog.cpp" line="+63" />
            <source>&amp;Again:</source>
            <translation>&amp;Repetir:</translation>
        </message>
        <message>
            <location line="-37" />
            <source>&amp;Export</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <location line="+103" />
            <source>&amp;Write unencrypted</source>
            <translation>&amp;Escribir sin cifrar</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Anyone who can read this file can read every password in it. It is made readable by you only; delete it once you no longer need it.</source>
            <translation>Cualquiera que pueda leer este archivo puede leer todas las contraseñas que contiene. Solo usted podrá leerlo; elimínelo en cuanto ya no lo necesite.</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Bitwarden JSON (unencrypted)</source>
            <translation>JSON de Bitwarden (sin cifrar)</translation>
        </message>
        <message>
            <location line="-10" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>CSV (unencrypted)</source>
            <translation>CSV (sin cifrar)</translation>
        </message>
        <message>
            <location line="+107" />
            <source>Choose a password for the export: nothing opens the file without it.</source>
            <translation>Elija una contraseña para la exportación: sin ella nada abre el archivo.</translation>
        </message>
        <message>
            <location line="-104" />
            <location line="+48" />
            <source>Choose the file to write</source>
            <translation>Elegir el archivo que se escribirá</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Choose the file to write first.</source>
            <translation>Elija primero el archivo que se escribirá.</translation>
        </message>
        <message>
            <location line="-108" />
            <location line="+1" />
            <source>Export entries</source>
            <translation>Exportar entradas</translation>
        </message>
        <message>
            <location line="+129" />
            <source>Export unencrypted?</source>
            <translation>¿Exportar sin cifrar?</translation>
        </message>
        <message>
            <location line="-103" />
            <source>F&amp;ile:</source>
            <translation>Arc&amp;hivo:</translation>
        </message>
        <message>
            <location line="-19" />
            <source>File to write</source>
            <translation>Archivo que se escribirá</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Format of the export</source>
            <translation>Formato de la exportación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>KeePass 2 XML (unencrypted)</source>
            <translation>XML de KeePass 2 (sin cifrar)</translation>
        </message>
        <message>
            <location line="+140" />
            <source>Nothing was written.</source>
            <translation>No se escribió nada.</translation>
        </message>
        <message>
            <location line="-134" />
            <source>Password for the export</source>
            <translation>Contraseña de la exportación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password for the export, again</source>
            <translation>Contraseña de la exportación, otra vez</translation>
        </message>
        <message>
            <location line="+74" />
            <source>The file will hold %L1 entries with everything in them, encrypted with the password you choose here: keep that password, nothing opens the file without it.</source>
            <translation>El archivo contendrá %L1 entradas con todo su contenido, cifradas con la contraseña que elija aquí: guarde esa contraseña, sin ella nada abre el archivo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file will hold %L1 entries, with their passwords, unencrypted: anyone who can read it can read every password in it.</source>
            <translation>El archivo contendrá %L1 entradas, con sus contraseñas, sin cifrar: cualquiera que pueda leerlo puede leer todas las contraseñas que contiene.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The two passwords are not the same: type the same password in both fields.</source>
            <translation>Las dos contraseñas no coinciden: escriba la misma contraseña en ambos campos.</translation>
        </message>
        <message>
            <location line="-116" />
            <source>Twofold JSON, encrypted with a password (everything; recommended)</source>
            <translation>JSON de Twofold, cifrado con una contraseña (todo; recomendado)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Type the file's path or choose it</source>
            <translation>Escriba la ruta del archivo o elíjalo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>What the file will hold</source>
            <translation>Lo que contendrá el archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why nothing was written</source>
            <translation>Por qué no se escribió nada</translation>
        </message>
        <message>
            <location line="+113" />
            <source>Write %L1 entries, with their passwords, unencrypted to %2?</source>
            <translation>¿Escribir %L1 entradas, con sus contraseñas, sin cifrar en %2?</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Wrote %L1 entries to %2 (readable by you only).</source>
            <translation>Se escribieron %L1 entradas en %2 (solo usted puede leerlo).</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Wrote %L1 entries, encrypted, to %2.</source>
            <translation>Se escribieron %L1 entradas, cifradas, en %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attachments left out (this format has no place for them): %L1. twofold-json keeps them.</source>
            <translation>Adjuntos omitidos (este formato no tiene sitio para ellos): %L1. twofold-json los conserva.</translation>
        </message>
    </context>
    <context>
        <name>twofold::GeneralPane</name>
        <message>
            <location filename="../ui/preferences/GeneralPane.cpp" line="+35" />
            <source>Lock when the &amp;screen locks or the computer sleeps</source>
            <translation>Bloquear cuando se bloquee la &amp;pantalla o el equipo entre en suspensión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Keep running in the notification area when the window is closed</source>
            <translation>&amp;Seguir en el área de notificación al cerrar la ventana</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock after this many minutes without use</source>
            <translation>Bloquear tras estos minutos sin uso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lock when the screen locks</source>
            <translation>Bloquear cuando se bloquee la pantalla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep running in the notification area</source>
            <translation>Seguir en el área de notificación</translation>
        </message>
        <message>
            <location line="+5" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the clipboard after this many seconds</source>
            <translation>Vaciar el portapapeles tras estos segundos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>System default</source>
            <translation>Predeterminado del sistema</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Lock after:</source>
            <translation>&amp;Bloquear tras:</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>minute(s) without keyboard or mouse use</source>
            <translation>
                <numerusform>minuto sin usar el teclado ni el ratón</numerusform>
                <numerusform>minutos sin usar el teclado ni el ratón</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Clear the clipboard after:</source>
            <translation>&amp;Vaciar el portapapeles tras:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lan&amp;guage:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Applies the next time Twofold starts.</source>
            <translation>Se aplica la próxima vez que se inicie Twofold.</translation>
        </message>
    </context>
    <context>
        <name>twofold::GroupList</name>
        <message>
            <location filename="../ui/vault/GroupList.cpp" line="+36" />
            <source>Groups and tags</source>
            <translation>Grupos y etiquetas</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
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
                <numerusform>Etiqueta %1, %n entrada</numerusform>
                <numerusform>Etiqueta %1, %n entradas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entries tagged “%1”</source>
            <translation>Entradas con la etiqueta «%1»</translation>
        </message>
        <message>
            <location line="+11" />
            <source>All entries</source>
            <translation>Todas las entradas</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Trash</source>
            <translation>Papelera</translation>
        </message>
    </context>
    <context>
        <name>twofold::ImportWizard</name>
        <message>
            <location filename="../ui/vault/ImportWizard.cpp" line="+105" />
            <source>%1 cannot be read: %2.</source>
            <translation>No se puede leer %1: %2.</translation>
        </message>
        <message>
            <location line="+245" />
            <source>%1 holds %L2 entries (read as %3): %L4 logins, %L5 secure notes, %L6 payment cards, %L7 identities; %L8 with a two-factor code.</source>
            <translation>%1 contiene %L2 entradas (leído como %3): %L4 inicios de sesión, %L5 notas seguras, %L6 tarjetas de pago, %L7 identidades; %L8 con un código de dos factores.</translation>
        </message>
        <message>
            <location line="-254" />
            <source>%1 is a folder: choose the file exported from the other manager.</source>
            <translation>%1 es una carpeta: elija el archivo exportado por el otro gestor.</translation>
        </message>
        <message>
            <location line="+358" />
            <source>%L1 entries added, %L2 updated, %L3 skipped as already in the vault.</source>
            <translation>%L1 entradas añadidas, %L2 actualizadas, %L3 omitidas por estar ya en la bóveda.</translation>
        </message>
        <message>
            <location line="-77" />
            <source>%L1 entries of the file are already in the vault (the same web address and user name).</source>
            <translation>%L1 entradas del archivo ya están en la bóveda (la misma dirección web y el mismo nombre de usuario).</translation>
        </message>
        <message>
            <location line="-3" />
            <source>%L1 things in the file will be skipped, and why:</source>
            <translation>Se omitirán %L1 elementos del archivo, y por qué:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Cancel the import</source>
            <translation>&amp;Cancelar la importación</translation>
        </message>
        <message>
            <location line="-193" />
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <location line="+93" />
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;Keep both: add the file's entries beside them</source>
            <translation>&amp;Conservar ambas: añadir las entradas del archivo junto a ellas</translation>
        </message>
        <message>
            <location line="-1" />
            <source>&amp;Skip them: keep the vault's entries as they are</source>
            <translation>&amp;Omitirlas: conservar las entradas de la bóveda tal como están</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Update the vault's entries (their old passwords go into their history)</source>
            <translation>&amp;Actualizar las entradas de la bóveda (sus contraseñas anteriores pasan a su historial)</translation>
        </message>
        <message>
            <location line="-130" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <location line="+209" />
            <source>Cancel the import</source>
            <translation>Cancelar la importación</translation>
        </message>
        <message>
            <location line="-219" />
            <location line="+11" />
            <location line="+36" />
            <source>Choose the file to import</source>
            <translation>Elegir el archivo que se importará</translation>
        </message>
        <message>
            <location line="+87" />
            <location line="+1" />
            <source>Entries already in the vault</source>
            <translation>Entradas que ya están en la bóveda</translation>
        </message>
        <message>
            <location line="-134" />
            <source>Export your entries from the other manager first, then choose that file here.</source>
            <translation>Exporte primero sus entradas desde el otro gestor y luego elija ese archivo aquí.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>F&amp;ile:</source>
            <translation>Arc&amp;hivo:</translation>
        </message>
        <message>
            <location line="-19" />
            <source>File to import</source>
            <translation>Archivo que se importará</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Format of the file</source>
            <translation>Formato del archivo</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location line="-118" />
            <source>Guess from the file</source>
            <translation>Deducir del archivo</translation>
        </message>
        <message>
            <location line="-29" />
            <location line="+1" />
            <source>Import entries</source>
            <translation>Importar entradas</translation>
        </message>
        <message>
            <location line="+241" />
            <source>Import progress</source>
            <translation>Progreso de la importación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import summary</source>
            <translation>Resumen de la importación</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Importing</source>
            <translation>Importación</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Nothing in the file will be skipped.</source>
            <translation>No se omitirá nada del archivo.</translation>
        </message>
        <message>
            <location line="-115" />
            <source>Reading %1…</source>
            <translation>Leyendo %1…</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Reading state</source>
            <translation>Estado de la lectura</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reading the file</source>
            <translation>Leyendo el archivo</translation>
        </message>
        <message>
            <location line="+104" />
            <source>The first entries of the file</source>
            <translation>Las primeras entradas del archivo</translation>
        </message>
        <message>
            <location line="+151" />
            <source>The import was cancelled: nothing was added and the vault is as it was.</source>
            <translation>La importación se canceló: no se añadió nada y la bóveda está como estaba.</translation>
        </message>
        <message>
            <location line="-359" />
            <source>There is no file %1.</source>
            <translation>No existe el archivo %1.</translation>
        </message>
        <message>
            <location line="+209" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="-113" />
            <source>Type the file's path or choose it</source>
            <translation>Escriba la ruta del archivo o elíjalo</translation>
        </message>
        <message>
            <location line="+113" />
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Web address</source>
            <translation>Dirección web</translation>
        </message>
        <message>
            <location line="-6" />
            <location line="+3" />
            <source>What the file holds</source>
            <translation>Lo que contiene el archivo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>What will be skipped</source>
            <translation>Lo que se omitirá</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What will be skipped, and why</source>
            <translation>Lo que se omitirá, y por qué</translation>
        </message>
        <message>
            <location line="-118" />
            <source>Why the file cannot be imported</source>
            <translation>Por qué no se puede importar el archivo</translation>
        </message>
        <message>
            <location line="-32" />
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Done</source>
            <translation>&amp;Hecho</translation>
        </message>
        <message>
            <location line="-38" />
            <source>The QR code in %1 is not an authenticator export (otpauth-migration://).</source>
            <translation>El código QR de %1 no es una exportación de una app de autenticación (otpauth-migration://).</translation>
        </message>
    </context>
    <context>
        <name>twofold::InlineConfirmation</name>
        <message>
            <location filename="../ui/preferences/InlineConfirmation.cpp" line="+12" />
            <location line="+8" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Question</source>
            <translation>Pregunta</translation>
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
            <translation>Buscar (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search entries</source>
            <translation>Buscar entradas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Entry list message</source>
            <translation>Mensaje de la lista de entradas</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save state</source>
            <translation>Estado del guardado</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+173" />
            <source>Entry restored.</source>
            <translation>Entrada restaurada.</translation>
        </message>
        <message>
            <location line="-56" />
            <source>Entry added.</source>
            <translation>Entrada añadida.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Entry saved.</source>
            <translation>Entrada guardada.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>“%1” moved to the trash.</source>
            <translation>«%1» se movió a la papelera.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Twofold stayed unlocked because your latest changes could not be saved: %1</source>
            <translation>Twofold se ha quedado desbloqueado porque no se pudieron guardar sus últimos cambios: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+162" />
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <location line="-127" />
            <source>Changes not saved</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your latest changes could not be saved: %1
Lock anyway and lose them?</source>
            <translation>No se pudieron guardar sus últimos cambios: %1
¿Bloquear de todos modos y perderlos?</translation>
        </message>
        <message numerus="yes">
            <location line="+61" />
            <source>%n found</source>
            <translation>
                <numerusform>%n encontrada</numerusform>
                <numerusform>%n encontradas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+64" />
            <source>%1 Your changes are still open here.</source>
            <translation>%1 Sus cambios siguen abiertos aquí.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All changes saved</source>
            <translation>Todos los cambios guardados</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Nothing matches “%1”</source>
            <translation>No hay coincidencias con «%1»</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The trash is empty</source>
            <translation>La papelera está vacía</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No entries yet — press %1 to add one</source>
            <translation>Aún no hay entradas — pulse %1 para añadir una</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No entries here — press %1 to add one</source>
            <translation>No hay entradas aquí — pulse %1 para añadir una</translation>
        </message>
        <message>
            <location filename="../ui/vault/MainWindowMenus.cpp" line="+38" />
            <source>&amp;New entry…</source>
            <translation>&amp;Nueva entrada…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit entry…</source>
            <translation>&amp;Editar entrada…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Move to trash</source>
            <translation>&amp;Mover a la papelera</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Lock vault</source>
            <translation>&amp;Bloquear bóveda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Find</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy u&amp;ser name</source>
            <translation>Copiar nombre de &amp;usuario</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy &amp;password</source>
            <translation>Copiar &amp;contraseña</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Settings…</source>
            <translation>&amp;Ajustes…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Se&amp;curity…</source>
            <translation>Se&amp;guridad…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;About Twofold</source>
            <translation>&amp;Acerca de Twofold</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Undo moving to the trash</source>
            <translation>Deshacer el traslado a la papelera</translation>
        </message>
        <message>
            <location line="+42" />
            <source>&amp;Vault</source>
            <translation>&amp;Bóveda</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Entry</source>
            <translation>&amp;Entrada</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Help</source>
            <translation>&amp;Ayuda</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Main tools</source>
            <translation>Herramientas principales</translation>
        </message>
        <message>
            <location line="+60" />
            <source>About Twofold</source>
            <translation>Acerca de Twofold</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Twofold %1</source>
            <translation>Twofold %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A password manager with two-factor sign-in. Built with Qt %1.</source>
            <translation>Un gestor de contraseñas con inicio de sesión en dos pasos. Compilado con Qt %1.</translation>
        </message>
        <message>
            <location filename="../ui/vault/MainWindow.cpp" line="-438" />
            <source>Sync state</source>
            <translation>Estado de la sincronización</translation>
        </message>
        <message>
            <location filename="../ui/vault/MainWindowMenus.cpp" line="-162" />
            <source>S&amp;ync now</source>
            <translation>Sincroni&amp;zar ahora</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <location line="+129" />
            <source>Imported: %L1 entries added, %L2 updated.</source>
            <translation>Importado: %L1 entradas añadidas, %L2 actualizadas.</translation>
        </message>
    </context>
    <context>
        <name>twofold::MessageBanner</name>
        <message>
            <location filename="../ui/common/MessageBanner.cpp" line="+34" />
            <location line="+12" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Close this message</source>
            <translation>Cerrar este mensaje</translation>
        </message>
    </context>
    <context>
        <name>twofold::MethodSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/MethodSetupDialog.cpp" line="+27" />
            <source>Turn on the authenticator app</source>
            <translation>Activar la aplicación de autenticación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Turn on codes by email</source>
            <translation>Activar los códigos por correo electrónico</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Turn on codes by text message (SMS)</source>
            <translation>Activar los códigos por SMS</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Working</source>
            <translation>Procesando</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>Done</source>
            <translation>Listo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Save your recovery codes and tick "I have saved these codes" first: they are shown only once.</source>
            <translation>Guarde primero sus códigos de recuperación y marque «He guardado estos códigos»: solo se muestran una vez.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 turned on.</source>
            <extracomment>%1 is a two-factor method: "Authenticator app", "Email", "Text message (SMS)".</extracomment>
            <translation>Se activó el método «%1».</translation>
        </message>
    </context>
    <context>
        <name>twofold::OtpKeyForm</name>
        <message>
            <location filename="../ui/otp/OtpKeyForm.cpp" line="+21" />
            <source>Period:</source>
            <translation>Período:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counter:</source>
            <translation>Contador:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. JBSW Y3DP EHPK 3PXP</source>
            <translation>p. ej., JBSW Y3DP EHPK 3PXP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Setup key</source>
            <translation>Clave de configuración</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The key the website shows next to its QR code. Spaces and dashes do not matter, nor do capital letters.</source>
            <translation>La clave que el sitio web muestra junto a su código QR. Los espacios y los guiones no importan, ni tampoco las mayúsculas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The website or company, e.g. Example Bank</source>
            <translation>El sitio web o la empresa, p. ej., Banco Ejemplo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your user name or email address there</source>
            <translation>Su nombre de usuario o dirección de correo electrónico en ese sitio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Advanced</source>
            <translation>Avanzado</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Time-based (TOTP)</source>
            <translation>Basado en el tiempo (TOTP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counter-based (HOTP)</source>
            <translation>Basado en un contador (HOTP)</translation>
        </message>
        <message>
            <location line="+11" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kind of code:</source>
            <translation>Tipo de código:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Algorithm:</source>
            <translation>Algoritmo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Digits:</source>
            <translation>Dígitos:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change these only when the website says so: most use time-based codes, SHA-1, 6 digits and 30 seconds.</source>
            <translation>Cámbielos solo cuando el sitio web lo indique: la mayoría usa códigos basados en el tiempo, SHA-1, 6 dígitos y 30 segundos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Setup key:</source>
            <translation>Clave de configuración:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issuer:</source>
            <translation>Emisor:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account:</source>
            <translation>Cuenta:</translation>
        </message>
        <message>
            <location line="+42" />
            <source>The setup key is too short: check that you typed all of it.</source>
            <translation>La clave de configuración es demasiado corta: compruebe que la ha escrito entera.</translation>
        </message>
    </context>
    <context>
        <name>twofold::OtpSetupDialog</name>
        <message>
            <location filename="../ui/otp/OtpSetupDialog.cpp" line="+44" />
            <source>From an image file…</source>
            <translation>Desde un archivo de imagen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From the screen</source>
            <translation>Desde la pantalla</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add two-factor codes</source>
            <translation>Añadir códigos de verificación en dos pasos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Two-factor link</source>
            <translation>Enlace de verificación en dos pasos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Paste the link the website gives for authenticator apps (it starts with otpauth://).</source>
            <translation>Pegue el enlace que da el sitio web para aplicaciones de autenticación (empieza por otpauth://).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Read the QR code the website shows: from a picture of it, or straight from the screen while the website shows it.</source>
            <translation>Lea el código QR que muestra el sitio web: desde una imagen del código, o directamente desde la pantalla mientras el sitio web lo muestra.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Paste a Link</source>
            <translation>Pegar un enlace</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type the Setup Key</source>
            <translation>Escribir la clave de configuración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read a QR Code</source>
            <translation>Leer un código QR</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The current code, to check against the website (enter it where the website asks for a code):</source>
            <translation>El código actual, para comprobarlo con el sitio web (introdúzcalo donde el sitio web le pida un código):</translation>
        </message>
        <message>
            <location line="+104" />
            <source>This looks like a setup key, not a link: type or paste it under “Type the Setup Key”.</source>
            <translation>Esto parece una clave de configuración, no un enlace: escríbala o péguela en «Escribir la clave de configuración».</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Choose a Picture of the QR Code</source>
            <translation>Elegir una imagen del código QR</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pictures (%1)</source>
            <translation>Imágenes (%1)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 could not be opened as a picture (%2).</source>
            <translation>No se pudo abrir %1 como imagen (%2).</translation>
        </message>
        <message>
            <location line="+33" />
            <source>No QR code was found on the screen. Show the website's QR code, move this window so it does not cover it, and try again.</source>
            <translation>No se encontró ningún código QR en la pantalla. Muestre el código QR del sitio web, mueva esta ventana para que no lo tape y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Twofold could not take a picture of the screen (your desktop may not allow it). Save the QR code as a picture and use “From an image file…” instead.</source>
            <translation>Twofold no pudo hacer una captura de la pantalla (puede que su escritorio no lo permita). Guarde el código QR como imagen y use «Desde un archivo de imagen…» en su lugar.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This QR code is an export from Google Authenticator, which Twofold cannot read. Set up two-factor codes again on the website and read the QR code it shows.</source>
            <translation>Este código QR es una exportación de Google Authenticator, que Twofold no puede leer. Vuelva a configurar los códigos de verificación en dos pasos en el sitio web y lea el código QR que muestre.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The QR code was read, but it does not hold a usable two-factor link.</source>
            <translation>Se leyó el código QR, pero no contiene un enlace de verificación en dos pasos utilizable.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>QR code read.</source>
            <translation>Código QR leído.</translation>
        </message>
    </context>
    <context>
        <name>twofold::PasswordField</name>
        <message>
            <location filename="../ui/common/PasswordField.cpp" line="+27" />
            <location line="+1" />
            <source>Caps Lock is on</source>
            <translation>Bloq Mayús está activado</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide the password</source>
            <translation>Ocultar la contraseña</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show the password</source>
            <translation>Mostrar la contraseña</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide %1</source>
            <translation>Ocultar %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show %1</source>
            <translation>Mostrar %1</translation>
        </message>
    </context>
    <context>
        <name>twofold::PasswordGeneratorPanel</name>
        <message>
            <location filename="../ui/vault/PasswordGeneratorPanel.cpp" line="+32" />
            <source>&amp;Characters</source>
            <translation>&amp;Caracteres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;phrase</source>
            <translation>&amp;Frase de contraseña</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a–z</source>
            <translation>a–z</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lower-case letters</source>
            <translation>Letras minúsculas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A–Z</source>
            <translation>A–Z</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Capital letters</source>
            <translation>Letras mayúsculas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>0–9</source>
            <translation>0–9</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Digits</source>
            <translation>Dígitos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Symbols</source>
            <translation>Símbolos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leave out look-alikes (%1)</source>
            <translation>Excluir caracteres parecidos (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave out characters that look alike</source>
            <translation>Excluir los caracteres que se parecen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Capital &amp;first letters</source>
            <translation>&amp;Primeras letras en mayúscula</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Capital first letters</source>
            <translation>Primeras letras en mayúscula</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New password</source>
            <translation>&amp;Nueva contraseña</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+3" />
            <source>Length in characters</source>
            <translation>Longitud en caracteres</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Number of words</source>
            <translation>Número de palabras</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Separator between the words</source>
            <translation>Separador entre las palabras</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strength of generated passwords</source>
            <translation>Seguridad de las contraseñas generadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make a new password</source>
            <translation>Generar una contraseña nueva</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Length:</source>
            <translation>&amp;Longitud:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>W&amp;ords:</source>
            <translation>Pa&amp;labras:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Separator:</source>
            <translation>&amp;Separador:</translation>
        </message>
        <message>
            <location line="+98" />
            <source>About %1 bits of chance: far beyond guessing.</source>
            <extracomment>The strength of a generated password: "About 128 bits of chance: …".</extracomment>
            <translation>Unos %1 bits de azar: imposible de adivinar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About %1 bits of chance: strong.</source>
            <translation>Unos %1 bits de azar: segura.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About %1 bits of chance: weak, make it longer.</source>
            <translation>Unos %1 bits de azar: débil, hágala más larga.</translation>
        </message>
    </context>
    <context>
        <name>twofold::PasswordHistoryView</name>
        <message>
            <location filename="../ui/vault/PasswordHistoryView.cpp" line="+22" />
            <source>Earlier passwords:</source>
            <translation>Contraseñas anteriores:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Res&amp;tore</source>
            <translation>Res&amp;taurar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Earlier passwords</source>
            <translation>Contraseñas anteriores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replaced</source>
            <translation>Sustituida</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy the earlier password</source>
            <translation>Copiar la contraseña anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make the earlier password the entry's password again</source>
            <translation>Volver a usar la contraseña anterior en la entrada</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Earlier password copied.</source>
            <translation>Contraseña anterior copiada.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Earlier password restored; the one it replaced is now in the history.</source>
            <translation>Contraseña anterior restaurada; la que sustituye está ahora en el historial.</translation>
        </message>
    </context>
    <context>
        <name>twofold::PreferencesDialog</name>
        <message>
            <location filename="../ui/preferences/PreferencesDialog.cpp" line="+80" />
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+17" />
            <source>Security</source>
            <translation>Seguridad</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Unlock a vault to change its security settings.</source>
            <translation>Desbloquee una bóveda para cambiar sus ajustes de seguridad.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
    </context>
    <context>
        <name>twofold::QrCodeWidget</name>
        <message>
            <location filename="../ui/otp/QrCodeWidget.cpp" line="+54" />
            <location line="+6" />
            <source>The QR code could not be saved to %1 (%2).</source>
            <translation>No se pudo guardar el código QR en %1 (%2).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save as PNG…</source>
            <translation>Guardar como PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as SVG…</source>
            <translation>Guardar como SVG…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>QR code</source>
            <translation>Código QR</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Scan this QR code with an authenticator app. If you cannot scan it, type the setup key shown with it.</source>
            <translation>Escanee este código QR con una aplicación de autenticación. Si no puede escanearlo, escriba la clave de configuración que aparece con él.</translation>
        </message>
        <message>
            <location line="+116" />
            <location line="+11" />
            <source>There is no QR code to save.</source>
            <translation>No hay ningún código QR que guardar.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save the QR code (anyone with the picture can make your codes)</source>
            <translation>Guardar el código QR (cualquiera que tenga la imagen puede generar sus códigos)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SVG pictures (*.svg)</source>
            <translation>Imágenes SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PNG pictures (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>QR code not saved</source>
            <translation>Código QR no guardado</translation>
        </message>
    </context>
    <context>
        <name>twofold::RecoveryCodesDialog</name>
        <message>
            <location filename="../ui/twofactor/RecoveryCodesDialog.cpp" line="+16" />
            <source>Recovery codes</source>
            <translation>Códigos de recuperación</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+2" />
            <source>Done</source>
            <translation>Listo</translation>
        </message>
    </context>
    <context>
        <name>twofold::RecoveryCodesPanel</name>
        <message>
            <location filename="../ui/twofactor/RecoveryCodesPanel.cpp" line="+28" />
            <source>&amp;Copy all</source>
            <translation>&amp;Copiar todos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Save to file…</source>
            <translation>&amp;Guardar en un archivo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I have &amp;saved these codes</source>
            <translation>&amp;He guardado estos códigos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your recovery codes</source>
            <extracomment>Recovery codes: single-use codes that sign in when no other two-factor method is at hand.</extracomment>
            <translation>Sus códigos de recuperación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Each code works once. Keep them somewhere safe, away from this computer: they sign you in when you cannot use your other two-factor methods.</source>
            <translation>Cada código sirve una sola vez. Guárdelos en un lugar seguro, lejos de este equipo: le permiten iniciar sesión cuando no pueda usar sus otros métodos de inicio de sesión en dos pasos.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Recovery codes</source>
            <translation>Códigos de recuperación</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Copy all recovery codes</source>
            <translation>Copiar todos los códigos de recuperación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the recovery codes to a file</source>
            <translation>Guardar los códigos de recuperación en un archivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print the recovery codes</source>
            <translation>Imprimir los códigos de recuperación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I have saved these codes</source>
            <translation>He guardado estos códigos</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Recovery code %1</source>
            <translation>Código de recuperación %1</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Twofold recovery codes</source>
            <translation>Códigos de recuperación de Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each code works once. Keep them somewhere safe, away from this computer.</source>
            <translation>Cada código sirve una sola vez. Guárdelos en un lugar seguro, lejos de este equipo.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>There are no recovery codes to save.</source>
            <translation>No hay códigos de recuperación que guardar.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+8" />
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
        <message numerus="yes">
            <location line="+25" />
            <source>The recovery codes are copied. The clipboard is cleared in %n second(s).</source>
            <translation>
                <numerusform>Códigos de recuperación copiados. El portapapeles se vaciará dentro de %n segundo.</numerusform>
                <numerusform>Códigos de recuperación copiados. El portapapeles se vaciará dentro de %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save recovery codes</source>
            <translation>Guardar los códigos de recuperación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Text files (*.txt)</source>
            <translation>Archivos de texto (*.txt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>twofold-recovery-codes.txt</source>
            <translation>twofold-recovery-codes.txt</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The recovery codes are saved in %1.</source>
            <translation>Se guardaron los códigos de recuperación en %1.</translation>
        </message>
    </context>
    <context>
        <name>twofold::SecondFactorPage</name>
        <message>
            <location filename="../ui/signin/SecondFactorPage.cpp" line="+64" />
            <source>What to enter</source>
            <translation>Qué introducir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign-in code</source>
            <extracomment>The field for the one-time sign-in code (from an app, an email or a text message).</extracomment>
            <translation>Código de inicio de sesión</translation>
        </message>
        <message>
            <location line="+0" />
            <source>123 456</source>
            <translation>123 456</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time left for this code</source>
            <translation>Tiempo restante de este código</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Remember this computer for 30 days</source>
            <translation>&amp;Recordar este equipo durante 30 días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked out</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation>Código de recuperación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recovery codes left</source>
            <translation>Códigos de recuperación restantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When a code is asked</source>
            <translation>Cuándo se pide un código</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use &amp;another method</source>
            <translation>Usar &amp;otro método</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+292" />
            <source>Use a re&amp;covery code</source>
            <translation>Usar un &amp;código de recuperación</translation>
        </message>
        <message>
            <location line="-291" />
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+302" />
            <source>&amp;Verify</source>
            <translation>&amp;Verificar</translation>
        </message>
        <message>
            <location line="-293" />
            <source>Remember this computer for 30 days</source>
            <translation>Recordar este equipo durante 30 días</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign-in methods</source>
            <translation>Métodos de inicio de sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use another method</source>
            <translation>Usar otro método</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+248" />
            <location line="+30" />
            <source>Use a recovery code</source>
            <translation>Usar un código de recuperación</translation>
        </message>
        <message>
            <location line="-277" />
            <source>Back to the password</source>
            <translation>Volver a la contraseña</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+287" />
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <location line="-280" />
            <source>Checking</source>
            <translation>Comprobando</translation>
        </message>
        <message>
            <location line="+19" />
            <source>How to get a code</source>
            <translation>Cómo obtener un código</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose how to get your code:</source>
            <extracomment>Codes are one-time sign-in numbers.</extracomment>
            <translation>Elija cómo obtener su código:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>About recovery codes</source>
            <translation>Acerca de los códigos de recuperación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter one of the recovery codes you saved when you turned on two-factor sign-in. Each works once.</source>
            <translation>Introduzca uno de los códigos de recuperación que guardó al activar el inicio de sesión en dos pasos. Cada uno sirve una sola vez.</translation>
        </message>
        <message>
            <location line="+208" />
            <source>Choose a sign-in method</source>
            <translation>Elija un método de inicio de sesión</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Two-factor sign-in</source>
            <translation>Inicio de sesión en dos pasos</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Enter a code &amp;instead</source>
            <translation>&amp;Introducir un código en su lugar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a code instead</source>
            <translation>Introducir un código en su lugar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Continue</source>
            <translation>Co&amp;ntinuar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
    </context>
    <context>
        <name>twofold::SecurityPane</name>
        <message>
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="+70" />
            <source>Codes are checked on this computer: they guard Twofold itself, not a copy of the file.</source>
            <translation>Los códigos se comprueban en este equipo: protegen el propio Twofold, no una copia del archivo.</translation>
        </message>
        <message>
            <location filename="../ui/preferences/SecurityPane.cpp" line="+108" />
            <location line="+1" />
            <source>Sign-in methods</source>
            <translation>Métodos de inicio de sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Codes go to</source>
            <translation>Destino de los códigos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Added</source>
            <translation>Añadido</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="+44" />
            <source>Default</source>
            <translation>Predeterminado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Turn &amp;on…</source>
            <translation>&amp;Activar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Turn on</source>
            <translation>Activar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Turn o&amp;ff</source>
            <translation>&amp;Desactivar</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+165" />
            <source>Turn off</source>
            <translation>Desactivar</translation>
        </message>
        <message>
            <location line="-164" />
            <source>Set as &amp;default</source>
            <translation>Establecer como &amp;predeterminado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set as default</source>
            <translation>Establecer como predeterminado</translation>
        </message>
        <message>
            <location line="+18" />
            <source>When to ask for a code</source>
            <translation>Cuándo pedir un código</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At &amp;every sign-in</source>
            <translation>En &amp;cada inicio de sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only on computers &amp;not remembered in the last 30 days</source>
            <translation>Solo en equipos &amp;no recordados en los últimos 30 días</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Recovery codes</source>
            <translation>Códigos de recuperación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Regenerate…</source>
            <translation>&amp;Regenerar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Regenerate recovery codes</source>
            <translation>Regenerar los códigos de recuperación</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+1" />
            <source>Remembered computers</source>
            <translation>Equipos recordados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Computer</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remembered on</source>
            <translation>Recordado desde</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+20" />
            <source>Last used</source>
            <translation>Último uso</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forget &amp;all</source>
            <translation>&amp;Olvidar todos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Forget all remembered computers</source>
            <translation>Olvidar todos los equipos recordados</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+6" />
            <source>App passwords</source>
            <translation>Contraseñas de aplicación</translation>
        </message>
        <message>
            <location line="-5" />
            <source>For scripts and programs that cannot ask for a code: each opens the vault without two-factor sign-in until it is revoked.</source>
            <translation>Para scripts y programas que no pueden pedir un código: cada una abre la bóveda sin inicio de sesión en dos pasos hasta que se revoque.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Created</source>
            <translation>Creación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add…</source>
            <translation>Añadir…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add an app password</source>
            <translation>Añadir una contraseña de aplicación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;voke</source>
            <translation>Re&amp;vocar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Revoke the app password</source>
            <translation>Revocar la contraseña de aplicación</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="-29" />
            <source>Delivery and password</source>
            <translation>Envío y contraseña</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deli&amp;very settings…</source>
            <translation>Ajustes de &amp;envío…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delivery settings</source>
            <translation>Ajustes de envío</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change &amp;master password…</source>
            <translation>Cambiar contraseña &amp;maestra…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change master password</source>
            <translation>Cambiar la contraseña maestra</translation>
        </message>
        <message>
            <location line="+56" />
            <source>%1 is on.</source>
            <translation>El método «%1» está activado.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Turn off %1? It is the last method: two-factor sign-in will be off and every remembered computer forgotten.</source>
            <translation>¿Desactivar el método «%1»? Es el último método: el inicio de sesión en dos pasos quedará desactivado y se olvidarán todos los equipos recordados.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Turn off %1? Every remembered computer will be forgotten.</source>
            <translation>¿Desactivar el método «%1»? Se olvidarán todos los equipos recordados.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is off.</source>
            <translation>El método «%1» está desactivado.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 is now asked for first.</source>
            <translation>El método «%1» es ahora el que se pide primero.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A code will be asked for at every sign-in.</source>
            <translation>Se pedirá un código en cada inicio de sesión.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Computers you choose to remember will not be asked for a code for 30 days.</source>
            <translation>En los equipos que elija recordar no se pedirá un código durante 30 días.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Make ten new recovery codes? The ones you have now will stop working.</source>
            <translation>¿Crear diez códigos de recuperación nuevos? Los que tiene ahora dejarán de funcionar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make new codes</source>
            <translation>Crear códigos nuevos</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Forget every remembered computer? Each will be asked for a code at its next sign-in.</source>
            <translation>¿Olvidar todos los equipos recordados? A cada uno se le pedirá un código en su próximo inicio de sesión.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forget all</source>
            <translation>Olvidar todos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No computer is remembered now.</source>
            <translation>Ahora no hay ningún equipo recordado.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Revoke %1? It will be asked for a code at its next sign-in.</source>
            <translation>¿Revocar %1? Se le pedirá un código en su próximo inicio de sesión.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is no longer remembered.</source>
            <translation>%1 ya no se recuerda.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Revoke the app password "%1"? Programs using it will no longer open the vault.</source>
            <translation>¿Revocar la contraseña de aplicación «%1»? Los programas que la usan ya no podrán abrir la bóveda.</translation>
        </message>
        <message>
            <location line="-24" />
            <location line="+25" />
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="+71" />
            <source>Revoke</source>
            <translation>Revocar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The app password "%1" was revoked.</source>
            <translation>Se revocó la contraseña de aplicación «%1».</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The delivery settings were saved.</source>
            <translation>Se guardaron los ajustes de envío.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The master password was changed. Every remembered computer was forgotten.</source>
            <translation>Se cambió la contraseña maestra. Se olvidaron todos los equipos recordados.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Password confirmed for one more minute.</source>
            <translation>Contraseña confirmada durante un minuto más.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Password confirmed for %n more minutes.</source>
            <translation>
                <numerusform>Contraseña confirmada durante %n minuto más.</numerusform>
                <numerusform>Contraseña confirmada durante %n minutos más.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/preferences/SecurityPaneLists.cpp" line="-128" />
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Two-factor sign-in is on: after the master password, Twofold asks for a code.</source>
            <translation>El inicio de sesión en dos pasos está activado: después de la contraseña maestra, Twofold pide un código.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Two-factor sign-in is off: the master password alone opens this vault.</source>
            <translation>El inicio de sesión en dos pasos está desactivado: la contraseña maestra basta para abrir esta bóveda.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your organisation requires two-factor sign-in.</source>
            <translation>Su organización exige el inicio de sesión en dos pasos.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your organisation has turned two-factor sign-in off on this computer.</source>
            <translation>Su organización ha desactivado el inicio de sesión en dos pasos en este equipo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Codes are checked by %1: without them, a copy of the vault file opens nothing.</source>
            <translation>Los códigos los comprueba %1: sin ellos, una copia del archivo de la bóveda no abre nada.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Recovery codes are made when the first method is turned on.</source>
            <translation>Los códigos de recuperación se crean al activar el primer método.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One recovery code left.</source>
            <translation>Queda un código de recuperación.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n recovery codes left.</source>
            <translation>
                <numerusform>Queda %n código de recuperación.</numerusform>
                <numerusform>Quedan %n códigos de recuperación.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Email and SMS codes are sent with your own delivery settings.</source>
            <translation>Los códigos por correo electrónico y por SMS se envían con sus propios ajustes de envío.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No delivery settings yet: email and SMS codes need a mail server or an SMS gateway.</source>
            <translation>Aún no hay ajustes de envío: los códigos por correo electrónico y por SMS necesitan un servidor de correo o una pasarela SMS.</translation>
        </message>
        <message>
            <location line="+37" />
            <location line="+30" />
            <source>Revoke %1</source>
            <translation>Revocar %1</translation>
        </message>
        <message>
            <location line="-21" />
            <source>On</source>
            <translation>Activado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not allowed by your organisation</source>
            <translation>No permitido por su organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Off</source>
            <translation>Desactivado</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A computer</source>
            <translation>Un equipo</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No computer is remembered.</source>
            <translation>No hay ningún equipo recordado.</translation>
        </message>
        <message>
            <location filename="../ui/preferences/SecurityPaneComputers.cpp" line="+25" />
            <source>This computer</source>
            <translation>Este equipo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add a &amp;computer…</source>
            <translation>Añadir un &amp;equipo…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add a computer</source>
            <translation>Añadir un equipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign o&amp;ut and forget this computer…</source>
            <translation>Cerrar sesi&amp;ón y olvidar este equipo…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign out and forget this computer</source>
            <translation>Cerrar sesión y olvidar este equipo</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Signed in to %1 on %2. Add a computer shows what another computer needs to sign in too.</source>
            <translation>Sesión iniciada como %1 en %2. Añadir un equipo muestra lo que otro equipo necesita para iniciar sesión también.</translation>
        </message>
    </context>
    <context>
        <name>twofold::SentCodeSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/SentCodeSetupDialog.cpp" line="+16" />
            <source>&amp;Send code</source>
            <translation>&amp;Enviar código</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Verify</source>
            <translation>&amp;Verificar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Send a code</source>
            <extracomment>"code": the one-time code sent by email or text message.</extracomment>
            <translation>Enviar un código</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Code you received</source>
            <extracomment>"code": the one-time code sent by email or text message.</extracomment>
            <translation>Código que ha recibido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;ode:</source>
            <extracomment>"code": the one-time code sent by email or text message.</extracomment>
            <translation>&amp;Código:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Verify the code</source>
            <translation>Verificar el código</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send the code again</source>
            <translation>Volver a enviar el código</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use a different &amp;number</source>
            <translation>Usar &amp;otro número</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use a different &amp;address</source>
            <translation>Usar &amp;otra dirección</translation>
        </message>
        <message numerus="yes">
            <location line="+86" />
            <source>We sent a code to %1. Enter it here; it works for %n minutes.</source>
            <extracomment>%1 is an email address or a phone number; %n the code's lifetime in minutes (10).</extracomment>
            <translation>
                <numerusform>Hemos enviado un código a %1. Introdúzcalo aquí; sirve durante %n minuto.</numerusform>
                <numerusform>Hemos enviado un código a %1. Introdúzcalo aquí; sirve durante %n minutos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+57" />
            <source>Resend code (in %n s)</source>
            <extracomment>"code": the one-time code sent by email or text message.</extracomment>
            <translation>
                <numerusform>Reenviar código (en %n s)</numerusform>
                <numerusform>Reenviar código (en %n s)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Resend code</source>
            <translation>&amp;Reenviar código</translation>
        </message>
        <message>
            <location line="-53" />
            <source>We sent a new code.</source>
            <translation>Hemos enviado un código nuevo.</translation>
        </message>
    </context>
    <context>
        <name>twofold::ServerChoicePage</name>
        <message>
            <location filename="../ui/account/ServerChoicePage.cpp" line="+14" />
            <source>&amp;Create an account…</source>
            <translation>&amp;Crear una cuenta…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sign in to an account…</source>
            <translation>&amp;Iniciar sesión en una cuenta…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use a Twofold server</source>
            <translation>Usar un servidor Twofold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About server accounts</source>
            <translation>Sobre las cuentas en un servidor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For several computers or an organisation. The server checks your second factor and holds a share of your vault's key, so a copy of the vault file opens nothing without it. Your master password and your account key never leave your computers.</source>
            <translation>Para varios equipos o una organización. El servidor comprueba su segundo factor y guarda una parte de la clave de su bóveda, así que una copia del archivo de la bóveda no abre nada sin él. Su contraseña maestra y su clave de cuenta nunca salen de sus equipos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>About creating an account</source>
            <translation>Sobre la creación de una cuenta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New on this server: make your account, your vault and its emergency kit.</source>
            <translation>Nuevo en este servidor: cree su cuenta, su bóveda y su kit de emergencia.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About signing in</source>
            <translation>Sobre el inicio de sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You have an account: open your vault on this computer too.</source>
            <translation>Ya tiene una cuenta: abra su bóveda también en este equipo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create an account</source>
            <translation>Crear una cuenta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign in to an account</source>
            <translation>Iniciar sesión en una cuenta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Back to creating a vault on this computer</source>
            <translation>Volver a crear una bóveda en este equipo</translation>
        </message>
    </context>
    <context>
        <name>twofold::SignOutDialog</name>
        <message>
            <location filename="../ui/account/SignOutDialog.cpp" line="+18" />
            <source>Sign out and &amp;forget</source>
            <translation>Cerrar sesión y &amp;olvidar</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+13" />
            <source>Sign out and forget this computer</source>
            <translation>Cerrar sesión y olvidar este equipo</translation>
        </message>
        <message>
            <location line="-9" />
            <source>What signing out does</source>
            <translation>Qué hace cerrar la sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changes not synced</source>
            <translation>Cambios sin sincronizar</translation>
        </message>
    </context>
    <context>
        <name>twofold::SmsSetupDialog</name>
        <message>
            <location filename="../ui/twofactor/SmsSetupDialog.cpp" line="+23" />
            <source>Enter the mobile number to send sign-in codes to. We send a code to it now, to check that it receives text messages.</source>
            <extracomment>"code": the one-time code sent by text message.</extracomment>
            <translation>Introduzca el número de móvil al que se enviarán los códigos de inicio de sesión. Ahora enviaremos un código a ese número para comprobar que recibe SMS.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Country or region</source>
            <translation>País o región</translation>
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
            <translation>Número de móvil</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Number to send to</source>
            <translation>Número al que se enviará</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Country or region:</source>
            <translation>&amp;País o región:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Mobile number:</source>
            <translation>Número de &amp;móvil:</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Will send to %1</source>
            <extracomment>%1 is the phone number in international form: "+44 7123 456789".</extracomment>
            <translation>Se enviará a %1</translation>
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
            <translation>Crear una bóveda — Twofold</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sign in — Twofold</source>
            <translation>Iniciar sesión — Twofold</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Use a Twofold server — Twofold</source>
            <translation>Usar un servidor Twofold — Twofold</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Create an account — Twofold</source>
            <translation>Crear una cuenta — Twofold</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Sign in to an account — Twofold</source>
            <translation>Iniciar sesión en una cuenta — Twofold</translation>
        </message>
    </context>
    <context>
        <name>twofold::StrengthMeter</name>
        <message>
            <location filename="../ui/common/StrengthMeter.cpp" line="+33" />
            <source>Password strength</source>
            <translation>Seguridad de la contraseña</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Password strength verdict</source>
            <translation>Valoración de la seguridad de la contraseña</translation>
        </message>
        <message numerus="yes">
            <location line="+30" />
            <source>Use at least %n characters. A few unrelated words make a strong password that is easy to remember.</source>
            <translation>
                <numerusform>Use al menos %n carácter. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.</numerusform>
                <numerusform>Use al menos %n caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>twofold::TotpCodeWidget</name>
        <message>
            <location filename="../ui/otp/TotpCodeWidget.cpp" line="+28" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Two-factor code</source>
            <translation>Código de verificación en dos pasos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Seconds left</source>
            <translation>Segundos restantes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the two-factor code</source>
            <translation>Copiar el código de verificación en dos pasos</translation>
        </message>
        <message>
            <location line="+37" />
            <source>This two-factor link cannot be used.</source>
            <translation>Este enlace de verificación en dos pasos no se puede usar.</translation>
        </message>
        <message>
            <location line="+76" />
            <source>This code changes only when it is used.</source>
            <translation>Este código solo cambia cuando se usa.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This code is about to change: wait for the next one before you type it.</source>
            <translation>Este código está a punto de cambiar: espere al siguiente antes de escribirlo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This code changes in %1 seconds.</source>
            <translation>Este código cambia dentro de %1 segundos.</translation>
        </message>
    </context>
    <context>
        <name>twofold::TurnOnTwoFactorDialog</name>
        <message>
            <location filename="../ui/twofactor/TurnOnTwoFactorDialog.cpp" line="+16" />
            <source>&amp;Not now</source>
            <translation>&amp;Ahora no</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Lock</source>
            <translation>&amp;Bloquear</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Two-factor sign-in</source>
            <translation>Inicio de sesión en dos pasos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your organisation requires two-factor sign-in</source>
            <translation>Su organización exige el inicio de sesión en dos pasos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Turn on two-factor sign-in now?</source>
            <translation>¿Activar ahora el inicio de sesión en dos pasos?</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Turn on a method to open this vault. Until one is on, the vault stays closed.</source>
            <translation>Active un método para abrir esta bóveda. Hasta que haya uno activo, la bóveda sigue cerrada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>With it, someone who learns your master password still cannot open your vault without a code from your phone or mail.</source>
            <translation>Con él, alguien que averigüe su contraseña maestra seguirá sin poder abrir su bóveda sin un código de su teléfono o de su correo.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 (recommended)</source>
            <extracomment>A method button of the first-run offer; %1 is "Authenticator app".</extracomment>
            <translation>%1 (recomendada)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Turn on %1</source>
            <translation>Activar el método «%1»</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Your administrator's policy allows no two-factor method here.</source>
            <translation>La directiva de su administrador no permite aquí ningún método de inicio de sesión en dos pasos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lock the vault</source>
            <translation>Bloquear la bóveda</translation>
        </message>
    </context>
    <context>
        <name>twofold::UnlockPage</name>
        <message>
            <location filename="../ui/signin/UnlockPage.cpp" line="+35" />
            <source>Open another vault…</source>
            <translation>Abrir otra bóveda…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a new vault…</source>
            <translation>Crear una bóveda nueva…</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+5" />
            <source>Unlock your vault</source>
            <translation>Desbloquee su bóveda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Vault file</source>
            <translation>Archivo de la bóveda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open another vault</source>
            <translation>Abrir otra bóveda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recent</source>
            <translation>Recientes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vaults opened recently</source>
            <translation>Bóvedas abiertas recientemente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recent vaults</source>
            <translation>Bóvedas recientes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Create a new vault</source>
            <translation>Crear una bóveda nueva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Master password</source>
            <translation>Contraseña maestra</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unlocking</source>
            <translation>Desbloqueando</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Master password:</source>
            <translation>Contraseña &amp;maestra:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Account &amp;key:</source>
            <translation>Clave de &amp;cuenta:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Why the account key is asked</source>
            <translation>Por qué se pide la clave de cuenta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This computer does not have this vault's account key. Type it from your emergency kit: it is kept here from then on.</source>
            <translation>Este equipo no tiene la clave de cuenta de esta bóveda. Escríbala desde su kit de emergencia: a partir de entonces se guarda aquí.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Account key</source>
            <translation>Clave de cuenta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Vault:</source>
            <translation>Bóveda:</translation>
        </message>
        <message>
            <location line="+126" />
            <source>Open a vault</source>
            <translation>Abrir una bóveda</translation>
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
            <translation>La bóveda está bloqueada.</translation>
        </message>
        <message>
            <location line="-22" />
            <source>That attachment is no longer in the entry.</source>
            <translation>Ese adjunto ya no está en la entrada.</translation>
        </message>
    </context>
    <context>
        <name>twofold::VaultSync</name>
        <message>
            <location filename="../ui/vault/VaultSync.cpp" line="+174" />
            <source>This account was made before Twofold could sync, so the server does not know this vault's sync key yet. Run “twofold-cli sync” once on this computer to turn sync on.</source>
            <translation>Esta cuenta se creó antes de que Twofold pudiera sincronizar, así que el servidor aún no conoce la clave de sincronización de esta bóveda. Ejecute una vez «twofold-cli sync» en este equipo para activar la sincronización.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“%1”</source>
            <extracomment>An entry's title quoted in a sentence, with this language's quotation marks.</extracomment>
            <translation>«%1»</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changed on this computer and on another: %1. The newer edit is current; the other is kept in the entry's history.</source>
            <extracomment>%1 is the list of entries' titles, quoted: "“Mail” and “Bank”".</extracomment>
            <translation>Modificado en este equipo y en otro: %1. La edición más reciente es la vigente; la otra se conserva en el historial de la entrada.</translation>
        </message>
    </context>
</TS>
