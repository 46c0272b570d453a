<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Board</name>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Ready – go to the counter</source>
        <translation>Prêt – passez au comptoir</translation>
    </message>
    <message>
        <source>called %1</source>
        <translation>appelé %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n autre</numerusform>
            <numerusform>+ %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>Personne en attente</translation>
    </message>
    <message>
        <source>Guests served %1    On time %2    Average wait %3</source>
        <translation>Servis %1    À l’heure %2    Attente moyenne %3</translation>
    </message>
    <message>
        <source>Pager base unreachable – last known list</source>
        <translation>Base des bipeurs injoignable – dernière liste connue</translation>
    </message>
    <message>
        <source>Pager base sent an unreadable list – last known list</source>
        <translation>La base a envoyé une liste illisible – dernière liste connue</translation>
    </message>
    <message>
        <source>Connecting to the pager base…</source>
        <translation>Connexion à la base des bipeurs…</translation>
    </message>
</context>
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
        <source>Staff menu</source>
        <translation>Menu du personnel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Grands caractères</translation>
    </message>
    <message>
        <source>Enter PIN</source>
        <translation>Saisir le code PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Code PIN erroné</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many tries: wait %1</source>
        <translation>Trop d’essais : attendez %1</translation>
    </message>
</context>
<context>
    <name>Presell</name>
    <message>
        <source>not yet on the lane</source>
        <translation>pas encore en caisse</translation>
    </message>
    <message>
        <source>Less %1</source>
        <translation>Moins de %1</translation>
    </message>
    <message>
        <source>More %1</source>
        <translation>Plus de %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Take one off this line (100 g for a weighed line)</source>
        <translation>Retire un article de cette ligne (100 g pour un article pesé)</translation>
    </message>
    <message>
        <source>Add one more to this line (100 g for a weighed line)</source>
        <translation>Ajoute un article à cette ligne (100 g pour un article pesé)</translation>
    </message>
    <message>
        <source>Take this line out of the basket</source>
        <translation>Retire cette ligne du panier</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Poids de %1</translation>
    </message>
    <message>
        <source>Type the weight shown on the scale</source>
        <translation>Saisissez le poids affiché par la balance</translation>
    </message>
    <message>
        <source>Presell</source>
        <translation>Prévente</translation>
    </message>
    <message>
        <source>Customer name (optional)</source>
        <translation>Nom du client (facultatif)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Search: name, SKU or barcode</source>
        <translation>Recherche : nom, référence ou code-barres</translation>
    </message>
    <message>
        <source>Type to search, or scan a barcode</source>
        <translation>Tapez pour chercher, ou scannez un code-barres</translation>
    </message>
    <message>
        <source>Weight in kg, e.g. 0.75</source>
        <translation>Poids en kg, p. ex. 0,75</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The basket is empty: search or scan to add items</source>
        <translation>Le panier est vide : cherchez ou scannez pour ajouter des articles</translation>
    </message>
    <message>
        <source>Clear basket</source>
        <translation>Vider le panier</translation>
    </message>
    <message>
        <source>Send to lane</source>
        <translation>Envoyer en caisse</translation>
    </message>
    <message>
        <source>Sent to the lane. At the checkout, the cashier scans this code or types the number:</source>
        <translation>Envoyé en caisse. À la caisse, le caissier scanne ce code ou tape le numéro :</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Client suivant</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Optional: the name the cashier calls when the basket is recalled</source>
        <translation>Facultatif : le nom que le caissier appelle en rappelant le panier</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Rechercher des produits</translation>
    </message>
    <message>
        <source>Type a name, SKU or barcode; the matches are listed below</source>
        <translation>Tapez un nom, une référence ou un code-barres ; les résultats s’affichent dessous</translation>
    </message>
    <message>
        <source>Matching products</source>
        <translation>Produits trouvés</translation>
    </message>
    <message>
        <source>Press Enter or tap a product to add it to the basket</source>
        <translation>Appuyez sur Entrée ou touchez un produit pour l’ajouter au panier</translation>
    </message>
    <message>
        <source>Weight in kilograms</source>
        <translation>Poids en kilogrammes</translation>
    </message>
    <message>
        <source>The weight on the scale, for example 0.75</source>
        <translation>Le poids sur la balance, par exemple 0,75</translation>
    </message>
    <message>
        <source>Add with this weight</source>
        <translation>Ajouter avec ce poids</translation>
    </message>
    <message>
        <source>Adds the weighed product to the basket</source>
        <translation>Ajoute le produit pesé au panier</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>The lines in this customer&apos;s basket, each with less, more and remove</source>
        <translation>Les lignes du panier de ce client, chacune avec moins, plus et retirer</translation>
    </message>
    <message>
        <source>Basket total</source>
        <translation>Total du panier</translation>
    </message>
    <message>
        <source>The counter&apos;s total for this basket</source>
        <translation>Le total de la caisse pour ce panier</translation>
    </message>
    <message>
        <source>Empties the basket (tap twice to confirm)</source>
        <translation>Vide le panier (touchez deux fois pour confirmer)</translation>
    </message>
    <message>
        <source>Sends the basket to the checkout and shows the recall code</source>
        <translation>Envoie le panier en caisse et affiche le code de rappel</translation>
    </message>
    <message>
        <source>Recall code</source>
        <translation>Code de rappel</translation>
    </message>
    <message>
        <source>The number the cashier types at the checkout</source>
        <translation>Le numéro que le caissier tape en caisse</translation>
    </message>
    <message>
        <source>Recall code as a QR code</source>
        <translation>Code de rappel en QR code</translation>
    </message>
    <message>
        <source>The cashier scans it at the checkout</source>
        <translation>Le caissier le scanne en caisse</translation>
    </message>
    <message>
        <source>Starts a new, empty basket</source>
        <translation>Commence un nouveau panier vide</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Whether the tablet is connected to the counter</source>
        <translation>Si la tablette est connectée à la caisse</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Closes this message</source>
        <translation>Ferme ce message</translation>
    </message>
    <message>
        <source>Cancel weighing</source>
        <translation>Annuler la pesée</translation>
    </message>
    <message>
        <source>Closes the weight entry without adding</source>
        <translation>Ferme la saisie du poids sans ajouter</translation>
    </message>
    <message>
        <source>● Connected to the counter</source>
        <translation>● Connecté à la caisse</translation>
    </message>
    <message>
        <source>Connecting to the counter…</source>
        <translation>Connexion à la caisse…</translation>
    </message>
    <message>
        <source>Reconnecting to the counter… the basket is kept</source>
        <translation>Reconnexion à la caisse… le panier est conservé</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <source>they will be sent when the counter is back</source>
        <translation>ils seront envoyés au retour de la caisse</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet on the lane: %1</source>
        <translation>
            <numerusform>%n modification pas encore en caisse : %1</numerusform>
            <numerusform>%n modifications pas encore en caisse : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>(+%1 not yet priced)</source>
        <translation>(+%1 pas encore tarifé)</translation>
    </message>
    <message>
        <source>Sending to the lane…</source>
        <translation>Envoi en caisse…</translation>
    </message>
    <message>
        <source>Will send when the counter is back…</source>
        <translation>Envoi au retour de la caisse…</translation>
    </message>
    <message>
        <source>Earlier codes:</source>
        <translation>Codes précédents :</translation>
    </message>
    <message>
        <source>Show code %1 again</source>
        <translation>Réafficher le code %1</translation>
    </message>
    <message>
        <source>Shows that earlier basket&apos;s recall code</source>
        <translation>Affiche le code de rappel de ce panier précédent</translation>
    </message>
    <message>
        <source>%1 (the lane has %2)</source>
        <translation>%1 (en caisse : %2)</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 l’unité</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>new quantity not yet on the lane</source>
        <translation>nouvelle quantité pas encore en caisse</translation>
    </message>
    <message>
        <source>removal not yet on the lane</source>
        <translation>retrait pas encore en caisse</translation>
    </message>
    <message>
        <source>failed: the lane never took it</source>
        <translation>échec : la caisse ne l’a jamais pris</translation>
    </message>
    <message>
        <source>Scanned %1</source>
        <translation>Scanné : %1</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Enter a weight in kg, e.g. 0.75 (or 750g)</source>
        <translation>Saisissez un poids en kg, p. ex. 0,75 (ou 750g)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Ajouté : %1</translation>
    </message>
    <message>
        <source>Tap again to clear</source>
        <translation>Touchez encore pour vider</translation>
    </message>
    <message>
        <source>Search needs the counter: reconnecting… (scans are still kept)</source>
        <translation>La recherche a besoin de la caisse : reconnexion… (les scans sont conservés)</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
    <message>
        <source>Shopper noted: joined when the basket starts</source>
        <translation>Client noté : associé au début du panier</translation>
    </message>
    <message>
        <source>Joining the shopper&apos;s visit…</source>
        <translation>Association de la visite du client…</translation>
    </message>
    <message>
        <source>✓ Shopper&apos;s visit joined to this basket</source>
        <translation>✓ Visite du client associée à ce panier</translation>
    </message>
    <message>
        <source>Could not join the shopper&apos;s visit</source>
        <translation>Impossible d’associer la visite du client</translation>
    </message>
    <message>
        <source>Shopper: scan their loyalty QR or card</source>
        <translation>Client : scannez son QR ou sa carte de fidélité</translation>
    </message>
    <message>
        <source>Shopper&apos;s loyalty code</source>
        <translation>Code de fidélité du client</translation>
    </message>
    <message>
        <source>Scan the shopper&apos;s loyalty QR code or card to join their visit to this basket</source>
        <translation>Scannez le QR ou la carte de fidélité pour associer la visite à ce panier</translation>
    </message>
    <message>
        <source>Shopper&apos;s visit</source>
        <translation>Visite du client</translation>
    </message>
</context>
</TS>
