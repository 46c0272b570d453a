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
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
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
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <source>%1 is sold by weight: enter the weight first</source>
        <translation>%1 se vend au poids : saisissez d’abord le poids</translation>
    </message>
    <message>
        <source>The counter has not identified this scan yet; change its quantity once it shows a price.</source>
        <translation>La caisse n’a pas encore identifié ce scan ; changez sa quantité quand un prix s’affiche.</translation>
    </message>
    <message>
        <source>Sending to the lane: wait for the code before changing the basket</source>
        <translation>Envoi en caisse : attendez le code avant de modifier le panier</translation>
    </message>
    <message>
        <source>This counter does not offer presell (SalesBuilder) yet: the basket is kept here. Ask the manager to check the counter.</source>
        <translation>Cette caisse ne propose pas encore la prévente (SalesBuilder) : le panier est gardé ici. Demandez au responsable de vérifier la caisse.</translation>
    </message>
    <message>
        <source>Not on the lane: %1 (%2). Remove it, or add it again.</source>
        <translation>Pas en caisse : %1 (%2). Retirez-le ou ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <source>Not added: %1. The counter said: %2</source>
        <translation>Non ajouté : %1. La caisse a répondu : %2</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>l’article</translation>
    </message>
    <message>
        <source>Not sent to the lane. The counter said: %1</source>
        <translation>Non envoyé en caisse. La caisse a répondu : %1</translation>
    </message>
    <message>
        <source>The counter would not start a presell sale: %1</source>
        <translation>La caisse n’a pas voulu ouvrir une vente en prévente : %1</translation>
    </message>
    <message>
        <source>Customer name not saved. The counter said: %1</source>
        <translation>Nom du client non enregistré. La caisse a répondu : %1</translation>
    </message>
    <message>
        <source>Change not made. The counter said: %1</source>
        <translation>Modification non faite. La caisse a répondu : %1</translation>
    </message>
    <message>
        <source>The saved basket could not be read, so this tablet started with an empty basket. The file was kept as %1.</source>
        <translation>Le panier enregistré était illisible : cette tablette a démarré avec un panier vide. Le fichier a été gardé sous le nom %1.</translation>
    </message>
    <message>
        <source>The saved basket could not be read, so this tablet started with an empty basket. The file could not be moved aside and is overwritten at the next change.</source>
        <translation>Le panier enregistré était illisible : cette tablette a démarré avec un panier vide. Le fichier n’a pas pu être mis de côté et sera écrasé à la prochaine modification.</translation>
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
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
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
        <source>%1: %2/%3. How much?</source>
        <translation>%1 : %2/%3. Combien ?</translation>
    </message>
    <message>
        <source>%1: new weight</source>
        <translation>%1 : nouveau poids</translation>
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
        <source>%1 / %2 · weighed</source>
        <translation>%1 / %2 · au poids</translation>
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
    <message>
        <source>being set up…</source>
        <translation>en préparation…</translation>
    </message>
    <message>
        <source>waiting for a lane</source>
        <translation>en attente d’une caisse</translation>
    </message>
    <message>
        <source>paged</source>
        <translation>bipé</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>rendu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Pager %1 is still out with code %2: mark it collected or cancelled first</source>
        <translation>Le bipeur %1 est encore sorti avec le code %2 : marquez-le d’abord rendu ou annulé</translation>
    </message>
    <message>
        <source>Pager %1 is not handed out</source>
        <translation>Le bipeur %1 n’est pas remis</translation>
    </message>
    <message>
        <source>Pager number (type or scan)</source>
        <translation>Numéro du bipeur (saisir ou scanner)</translation>
    </message>
    <message>
        <source>Pager number</source>
        <translation>Numéro du bipeur</translation>
    </message>
    <message>
        <source>Type or scan the number on the pager, then press Enter to hand it out</source>
        <translation>Saisissez ou scannez le numéro du bipeur, puis Entrée pour le remettre</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>How many guests the pager is for</source>
        <translation>Pour combien de personnes est le bipeur</translation>
    </message>
    <message>
        <source>Hand out pager</source>
        <translation>Remettre le bipeur</translation>
    </message>
    <message>
        <source>Gives the shopper this pager with the basket</source>
        <translation>Remet ce bipeur au client avec le panier</translation>
    </message>
    <message>
        <source>Page again</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Cancel pager</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Makes the shopper&apos;s pager buzz again</source>
        <translation>Fait de nouveau vibrer le bipeur du client</translation>
    </message>
    <message>
        <source>The shopper has handed the pager back</source>
        <translation>Le client a rendu le bipeur</translation>
    </message>
    <message>
        <source>Takes the pager off this basket</source>
        <translation>Retire le bipeur de ce panier</translation>
    </message>
    <message>
        <source>Pager status</source>
        <translation>État du bipeur</translation>
    </message>
    <message>
        <source>“%1” is not a pager number (1 to %2 digits)</source>
        <translation>« %1 » n’est pas un numéro de bipeur (1 à %2 chiffres)</translation>
    </message>
    <message>
        <source>paged: the lane has the basket</source>
        <translation>bipé : la caisse a le panier</translation>
    </message>
    <message>
        <source>Pager %1 · code %2 · %3</source>
        <translation>Bipeur %1 · code %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Pager base unreachable: %n pager action(s) waiting, sent when it is back</source>
        <translation>
            <numerusform>Base des bipeurs injoignable : %n action en attente, envoyée à son retour</numerusform>
            <numerusform>Base des bipeurs injoignable : %n actions en attente, envoyées à son retour</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reach</name>
    <message>
        <source>The counter&apos;s name “%1” was not found on the network. Check the counter address in Settings, or use its IP address.</source>
        <translation>Le nom de la caisse « %1 » est introuvable sur le réseau. Vérifiez l’adresse de la caisse dans les Réglages, ou utilisez son adresse IP.</translation>
    </message>
    <message>
        <source>The counter at %1 refused the connection: PosGreen is not running there, or it listens on another port. Check that PosGreen is running on the counter and the address in Settings.</source>
        <translation>La caisse à %1 a refusé la connexion : PosGreen n’y tourne pas, ou écoute sur un autre port. Vérifiez que PosGreen tourne sur la caisse, et l’adresse dans les Réglages.</translation>
    </message>
    <message>
        <source>No answer from the counter at %1 within %2 seconds. Check that the counter is switched on and on the same network as this screen.</source>
        <translation>Aucune réponse de la caisse à %1 en %2 secondes. Vérifiez que la caisse est allumée et sur le même réseau que cet écran.</translation>
    </message>
    <message>
        <source>No answer from the counter at %1. Check that the counter is switched on and on the same network as this screen.</source>
        <translation>Aucune réponse de la caisse à %1. Vérifiez que la caisse est allumée et sur le même réseau que cet écran.</translation>
    </message>
    <message>
        <source>The network has no way to the counter at %1. Check this screen&apos;s network cable or Wi-Fi.</source>
        <translation>Le réseau n’a aucun chemin vers la caisse à %1. Vérifiez le câble réseau ou le Wi-Fi de cet écran.</translation>
    </message>
    <message>
        <source>Something at %1 answered (HTTP %2), but not as a PosGreen counter. Check the counter&apos;s port and address in Settings.</source>
        <translation>Quelque chose a répondu à %1 (HTTP %2), mais pas comme une caisse PosGreen. Vérifiez le port et l’adresse de la caisse dans les Réglages.</translation>
    </message>
    <message>
        <source>Something at %1 answered, but not as a PosGreen counter. Check the counter&apos;s port and address in Settings.</source>
        <translation>Quelque chose a répondu à %1, mais pas comme une caisse PosGreen. Vérifiez le port et l’adresse de la caisse dans les Réglages.</translation>
    </message>
    <message>
        <source>Cannot reach the counter at %1: %2.</source>
        <translation>Impossible de joindre la caisse à %1 : %2.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>The counter at %1 refused this screen&apos;s login (%2). Check the API key.</source>
        <translation>La caisse à %1 a refusé la connexion de cet écran (%2). Vérifiez la clé d’API.</translation>
    </message>
    <message>
        <source>The counter at %1 closed the connection (%2). Check the address and the mode.</source>
        <translation>La caisse à %1 a fermé la connexion (%2). Vérifiez l’adresse et le mode.</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>aucune réponse de %1 en %2 s</translation>
    </message>
    <message>
        <source>the counter&apos;s session list is unreadable: %1</source>
        <translation>la liste des sessions de la caisse est illisible : %1</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Caisse %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n article, %1</numerusform>
            <numerusform>%n articles, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>aucune vente</translation>
    </message>
    <message>
        <source>display-app setup</source>
        <translation>display-app – configuration</translation>
    </message>
    <message>
        <source>Set up this screen</source>
        <translation>Configurer cet écran</translation>
    </message>
    <message>
        <source>till1, 192.168.1.20 or till1:3490</source>
        <translation>caisse1, 192.168.1.20 ou caisse1:3490</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Afficheur client</translation>
    </message>
    <message>
        <source>Presell tablet</source>
        <translation>Tablette de prévente</translation>
    </message>
    <message>
        <source>only if the counter asks for one</source>
        <translation>seulement si la caisse en demande une</translation>
    </message>
    <message>
        <source>leave empty to use the counter&apos;s</source>
        <translation>vide pour utiliser celui de la caisse</translation>
    </message>
    <message>
        <source>Kiosk mode (full screen, exit only with the PIN)</source>
        <translation>Mode kiosque (plein écran, sortie avec le code PIN)</translation>
    </message>
    <message>
        <source>unchanged (type a new one to change it)</source>
        <translation>inchangé (tapez-en un nouveau pour le changer)</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 à 8 chiffres</translation>
    </message>
    <message>
        <source>Every sale on this lane</source>
        <translation>Toutes les ventes de cette caisse</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Find sessions</source>
        <translation>Chercher les sessions</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Nom du magasin</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>Code PIN de sortie</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Counter address</source>
        <translation>Adresse de la caisse</translation>
    </message>
    <message>
        <source>The counter&apos;s name or IP address, with its port if it is not 3490</source>
        <translation>Nom ou adresse IP de la caisse, avec son port s’il n’est pas 3490</translation>
    </message>
    <message>
        <source>Counter URL</source>
        <translation>URL de la caisse</translation>
    </message>
    <message>
        <source>The address this screen will connect to</source>
        <translation>L’adresse à laquelle cet écran se connectera</translation>
    </message>
    <message>
        <source>This screen faces the shopper and shows the sale</source>
        <translation>Cet écran fait face au client et montre la vente</translation>
    </message>
    <message>
        <source>Staff build baskets in the queue and send them to the lane</source>
        <translation>Le personnel prépare les paniers dans la file et les envoie en caisse</translation>
    </message>
    <message>
        <source>Only if the counter asks for one</source>
        <translation>Seulement si la caisse en demande une</translation>
    </message>
    <message>
        <source>Shown instead of the counter&apos;s store name; leave empty to use the counter&apos;s</source>
        <translation>Affiché au lieu du nom de magasin de la caisse ; vide pour utiliser celui de la caisse</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Mode kiosque</translation>
    </message>
    <message>
        <source>Full screen; leaving it needs the exit PIN</source>
        <translation>Plein écran ; pour en sortir, il faut le code PIN</translation>
    </message>
    <message>
        <source>4 to 8 digits that let staff leave kiosk mode</source>
        <translation>4 à 8 chiffres qui permettent au personnel de quitter le mode kiosque</translation>
    </message>
    <message>
        <source>The number of the monitor this screen shows on, from 0</source>
        <translation>Le numéro de l’écran d’affichage, à partir de 0</translation>
    </message>
    <message>
        <source>Every sale on this lane, or one checkout session</source>
        <translation>Toutes les ventes de cette caisse, ou une session de caisse</translation>
    </message>
    <message>
        <source>Asks the counter for its checkout sessions</source>
        <translation>Demande à la caisse ses sessions</translation>
    </message>
    <message>
        <source>Connects to the counter and shows its store name</source>
        <translation>Se connecte à la caisse et affiche le nom du magasin</translation>
    </message>
    <message>
        <source>Checks and saves these settings</source>
        <translation>Vérifie et enregistre ces réglages</translation>
    </message>
    <message>
        <source>Closes without saving</source>
        <translation>Ferme sans enregistrer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The result of the last test or save</source>
        <translation>Le résultat du dernier test ou enregistrement</translation>
    </message>
    <message>
        <source>type the counter&apos;s address first (e.g. till1 or 192.168.1.20)</source>
        <translation>saisissez d’abord l’adresse de la caisse (par ex. caisse1 ou 192.168.1.20)</translation>
    </message>
    <message>
        <source>Asking the counter for its sessions …</source>
        <translation>Demande des sessions à la caisse …</translation>
    </message>
    <message>
        <source>Could not list the sessions: %1</source>
        <translation>Impossible de lister les sessions : %1</translation>
    </message>
    <message numerus="yes">
        <source>The counter reports %n session(s): pick the one this screen follows</source>
        <translation>
            <numerusform>La caisse signale %n session : choisissez celle que suit cet écran</numerusform>
            <numerusform>La caisse signale %n sessions : choisissez celle que suit cet écran</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Connexion à %1 …</translation>
    </message>
    <message>
        <source>Could not connect. %1</source>
        <translation>Connexion impossible. %1</translation>
    </message>
    <message>
        <source>Could not test the connection: %1</source>
        <translation>Impossible de tester la connexion : %1</translation>
    </message>
    <message>
        <source>(the counter sent no store name)</source>
        <translation>(la caisse n’a envoyé aucun nom de magasin)</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connecté : %1</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Impossible d’enregistrer les réglages : %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>store offline</source>
        <translation>magasin hors ligne</translation>
    </message>
    <message>
        <source>lane offline</source>
        <translation>caisse hors ligne</translation>
    </message>
    <message>
        <source>sale open too long</source>
        <translation>vente ouverte trop longtemps</translation>
    </message>
    <message>
        <source>voids</source>
        <translation>annulations</translation>
    </message>
    <message>
        <source>negative line</source>
        <translation>ligne négative</translation>
    </message>
    <message>
        <source>large discount</source>
        <translation>forte remise</translation>
    </message>
    <message>
        <source>bad data</source>
        <translation>données erronées</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>HORS LIGNE</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>muette</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>tendering</source>
        <translation>paiement</translation>
    </message>
    <message>
        <source>open &lt;1 min</source>
        <translation>ouverte &lt;1 min</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>silent %1 s</source>
        <translation>muette depuis %1 s</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>C%1</translation>
    </message>
    <message>
        <source>today %1 · %2</source>
        <translation>aujourd’hui %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open %n min</source>
        <translation>
            <numerusform>ouverte %n min</numerusform>
            <numerusform>ouverte %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>stores online</source>
        <translation>magasins en ligne</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>caisses</translation>
    </message>
    <message>
        <source>in sale now</source>
        <translation>en vente</translation>
    </message>
    <message>
        <source>sales today</source>
        <translation>ventes du jour</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>alertes</translation>
    </message>
    <message>
        <source>Lane Wall</source>
        <translation>Mur des caisses</translation>
    </message>
    <message>
        <source>%1 · Lane Wall</source>
        <translation>%1 · Mur des caisses</translation>
    </message>
</context>
</TS>
