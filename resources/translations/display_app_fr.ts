<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Display</name>
    <message>
        <source>Welcome back, %1</source>
        <translation>Bon retour, %1</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>À payer</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>You save %1</source>
        <translation>Vous économisez %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Your items will appear here</source>
        <translation>Vos articles s’afficheront ici</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci&#xa0;!</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Votre monnaie</translation>
    </message>
    <message>
        <source>Scan for your receipt</source>
        <translation>Scannez pour votre ticket</translation>
    </message>
    <message>
        <source>for shopping at %1</source>
        <translation>pour vos achats chez %1</translation>
    </message>
    <message>
        <source>Reconnecting to the counter…</source>
        <translation>Reconnexion à la caisse…</translation>
    </message>
    <message>
        <source>This screen will update by itself as soon as the counter is back.</source>
        <translation>Cet écran se mettra à jour tout seul dès le retour de la caisse.</translation>
    </message>
    <message>
        <source>Connecting to the counter…</source>
        <translation>Connexion à la caisse…</translation>
    </message>
    <message>
        <source>Waiting for the counter…</source>
        <translation>En attente de la caisse…</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Afficheur client</translation>
    </message>
    <message>
        <source>%1 – customer display</source>
        <translation>%1 – afficheur client</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Grands caractères</translation>
    </message>
</context>
</TS>
