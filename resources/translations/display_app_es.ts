<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Board</name>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>Ready – go to the counter</source>
        <translation>Listo – pase al mostrador</translation>
    </message>
    <message>
        <source>called %1</source>
        <translation>llamado %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n más</numerusform>
            <numerusform>+ %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>Nadie esperando</translation>
    </message>
    <message>
        <source>Guests served %1    On time %2    Average wait %3</source>
        <translation>Atendidos %1    A tiempo %2    Espera media %3</translation>
    </message>
    <message>
        <source>Pager base unreachable – last known list</source>
        <translation>Base de avisadores inaccesible – última lista conocida</translation>
    </message>
    <message>
        <source>Pager base sent an unreadable list – last known list</source>
        <translation>La base envió una lista ilegible – última lista conocida</translation>
    </message>
    <message>
        <source>Connecting to the pager base…</source>
        <translation>Conectando con la base de avisadores…</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Welcome back, %1</source>
        <translation>Bienvenido de nuevo, %1</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenidos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>A pagar</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>You save %1</source>
        <translation>Ahorra %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Your items will appear here</source>
        <translation>Sus artículos aparecerán aquí</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Su cambio</translation>
    </message>
    <message>
        <source>Scan for your receipt</source>
        <translation>Escanee para ver su recibo</translation>
    </message>
    <message>
        <source>for shopping at %1</source>
        <translation>por comprar en %1</translation>
    </message>
    <message>
        <source>Reconnecting to the counter…</source>
        <translation>Reconectando con la caja…</translation>
    </message>
    <message>
        <source>This screen will update by itself as soon as the counter is back.</source>
        <translation>Esta pantalla se actualizará sola en cuanto vuelva la caja.</translation>
    </message>
    <message>
        <source>Connecting to the counter…</source>
        <translation>Conectando con la caja…</translation>
    </message>
    <message>
        <source>Waiting for the counter…</source>
        <translation>Esperando a la caja…</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Pantalla del cliente</translation>
    </message>
    <message>
        <source>%1 – customer display</source>
        <translation>%1 – pantalla del cliente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Staff menu</source>
        <translation>Menú del personal</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
    <message>
        <source>Enter PIN</source>
        <translation>Introduzca el PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN incorrecto</translation>
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
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many tries: wait %1</source>
        <translation>Demasiados intentos: espere %1</translation>
    </message>
</context>
<context>
    <name>Presell</name>
    <message>
        <source>not yet on the lane</source>
        <translation>aún no está en la caja</translation>
    </message>
    <message>
        <source>%1 is sold by weight: enter the weight first</source>
        <translation>%1 se vende por peso: introduzca primero el peso</translation>
    </message>
    <message>
        <source>The counter has not identified this scan yet; change its quantity once it shows a price.</source>
        <translation>La caja aún no ha identificado este escaneo; cambie la cantidad cuando muestre un precio.</translation>
    </message>
    <message>
        <source>Sending to the lane: wait for the code before changing the basket</source>
        <translation>Enviando a la caja: espere el código antes de cambiar la cesta</translation>
    </message>
    <message>
        <source>This counter does not offer presell (SalesBuilder) yet: the basket is kept here. Ask the manager to check the counter.</source>
        <translation>Esta caja aún no ofrece preventa (SalesBuilder): la cesta se guarda aquí. Pida al responsable que revise la caja.</translation>
    </message>
    <message>
        <source>Not on the lane: %1 (%2). Remove it, or add it again.</source>
        <translation>No está en la caja: %1 (%2). Quítelo o añádalo de nuevo.</translation>
    </message>
    <message>
        <source>Not added: %1. The counter said: %2</source>
        <translation>No añadido: %1. La caja dijo: %2</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>el artículo</translation>
    </message>
    <message>
        <source>Not sent to the lane. The counter said: %1</source>
        <translation>No enviado a la caja. La caja dijo: %1</translation>
    </message>
    <message>
        <source>The counter would not start a presell sale: %1</source>
        <translation>La caja no quiso iniciar una venta anticipada: %1</translation>
    </message>
    <message>
        <source>Customer name not saved. The counter said: %1</source>
        <translation>Nombre del cliente no guardado. La caja dijo: %1</translation>
    </message>
    <message>
        <source>Change not made. The counter said: %1</source>
        <translation>Cambio no realizado. La caja dijo: %1</translation>
    </message>
    <message>
        <source>The saved basket could not be read, so this tablet started with an empty basket. The file was kept as %1.</source>
        <translation>No se pudo leer la cesta guardada, así que esta tableta empezó con una cesta vacía. El archivo se guardó como %1.</translation>
    </message>
    <message>
        <source>The saved basket could not be read, so this tablet started with an empty basket. The file could not be moved aside and is overwritten at the next change.</source>
        <translation>No se pudo leer la cesta guardada, así que esta tableta empezó con una cesta vacía. El archivo no se pudo apartar y se sobrescribirá con el próximo cambio.</translation>
    </message>
    <message>
        <source>Less %1</source>
        <translation>Menos %1</translation>
    </message>
    <message>
        <source>More %1</source>
        <translation>Más %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Take one off this line (100 g for a weighed line)</source>
        <translation>Quita uno de esta línea (100 g si se pesa)</translation>
    </message>
    <message>
        <source>Add one more to this line (100 g for a weighed line)</source>
        <translation>Añade uno más a esta línea (100 g si se pesa)</translation>
    </message>
    <message>
        <source>Take this line out of the basket</source>
        <translation>Quita esta línea de la cesta</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Peso de %1</translation>
    </message>
    <message>
        <source>Type the weight shown on the scale</source>
        <translation>Escriba el peso que marca la báscula</translation>
    </message>
    <message>
        <source>Presell</source>
        <translation>Preventa</translation>
    </message>
    <message>
        <source>Customer name (optional)</source>
        <translation>Nombre del cliente (opcional)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Search: name, SKU or barcode</source>
        <translation>Buscar: nombre, SKU o código de barras</translation>
    </message>
    <message>
        <source>Type to search, or scan a barcode</source>
        <translation>Escriba para buscar o escanee un código</translation>
    </message>
    <message>
        <source>Weight in kg, e.g. 0.75</source>
        <translation>Peso en kg, p. ej. 0,75</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The basket is empty: search or scan to add items</source>
        <translation>La cesta está vacía: busque o escanee para añadir artículos</translation>
    </message>
    <message>
        <source>Clear basket</source>
        <translation>Vaciar cesta</translation>
    </message>
    <message>
        <source>Send to lane</source>
        <translation>Enviar a la caja</translation>
    </message>
    <message>
        <source>Sent to the lane. At the checkout, the cashier scans this code or types the number:</source>
        <translation>Enviado a la caja. Allí el cajero escanea este código o teclea el número:</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Siguiente cliente</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Optional: the name the cashier calls when the basket is recalled</source>
        <translation>Opcional: el nombre que dice el cajero al recuperar la cesta</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>Type a name, SKU or barcode; the matches are listed below</source>
        <translation>Escriba un nombre, SKU o código; los resultados aparecen debajo</translation>
    </message>
    <message>
        <source>Matching products</source>
        <translation>Productos encontrados</translation>
    </message>
    <message>
        <source>Press Enter or tap a product to add it to the basket</source>
        <translation>Pulse Intro o toque un producto para añadirlo a la cesta</translation>
    </message>
    <message>
        <source>Weight in kilograms</source>
        <translation>Peso en kilogramos</translation>
    </message>
    <message>
        <source>The weight on the scale, for example 0.75</source>
        <translation>El peso de la báscula, por ejemplo 0,75</translation>
    </message>
    <message>
        <source>Add with this weight</source>
        <translation>Añadir con este peso</translation>
    </message>
    <message>
        <source>Adds the weighed product to the basket</source>
        <translation>Añade el producto pesado a la cesta</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Cesta</translation>
    </message>
    <message>
        <source>The lines in this customer&apos;s basket, each with less, more and remove</source>
        <translation>Las líneas de la cesta de este cliente, cada una con menos, más y quitar</translation>
    </message>
    <message>
        <source>Basket total</source>
        <translation>Total de la cesta</translation>
    </message>
    <message>
        <source>The counter&apos;s total for this basket</source>
        <translation>El total de la caja para esta cesta</translation>
    </message>
    <message>
        <source>Empties the basket (tap twice to confirm)</source>
        <translation>Vacía la cesta (toque dos veces para confirmar)</translation>
    </message>
    <message>
        <source>Sends the basket to the checkout and shows the recall code</source>
        <translation>Envía la cesta a la caja y muestra el código de recuperación</translation>
    </message>
    <message>
        <source>Recall code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>The number the cashier types at the checkout</source>
        <translation>El número que teclea el cajero en la caja</translation>
    </message>
    <message>
        <source>Recall code as a QR code</source>
        <translation>Código de recuperación en QR</translation>
    </message>
    <message>
        <source>The cashier scans it at the checkout</source>
        <translation>El cajero lo escanea en la caja</translation>
    </message>
    <message>
        <source>Starts a new, empty basket</source>
        <translation>Empieza una cesta nueva y vacía</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Whether the tablet is connected to the counter</source>
        <translation>Si la tableta está conectada a la caja</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar mensaje</translation>
    </message>
    <message>
        <source>Closes this message</source>
        <translation>Cierra este mensaje</translation>
    </message>
    <message>
        <source>Cancel weighing</source>
        <translation>Cancelar pesaje</translation>
    </message>
    <message>
        <source>Closes the weight entry without adding</source>
        <translation>Cierra la entrada de peso sin añadir</translation>
    </message>
    <message>
        <source>● Connected to the counter</source>
        <translation>● Conectado a la caja</translation>
    </message>
    <message>
        <source>Connecting to the counter…</source>
        <translation>Conectando con la caja…</translation>
    </message>
    <message>
        <source>Reconnecting to the counter… the basket is kept</source>
        <translation>Reconectando con la caja… la cesta se conserva</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>they will be sent when the counter is back</source>
        <translation>se enviarán cuando vuelva la caja</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet on the lane: %1</source>
        <translation>
            <numerusform>%n cambio aún no está en la caja: %1</numerusform>
            <numerusform>%n cambios aún no están en la caja: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>(+%1 not yet priced)</source>
        <translation>(+%1 aún sin precio)</translation>
    </message>
    <message>
        <source>Sending to the lane…</source>
        <translation>Enviando a la caja…</translation>
    </message>
    <message>
        <source>Will send when the counter is back…</source>
        <translation>Se enviará cuando vuelva la caja…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier codes:</source>
        <translation>Códigos anteriores:</translation>
    </message>
    <message>
        <source>Show code %1 again</source>
        <translation>Mostrar de nuevo el código %1</translation>
    </message>
    <message>
        <source>Shows that earlier basket&apos;s recall code</source>
        <translation>Muestra el código de esa cesta anterior</translation>
    </message>
    <message>
        <source>%1 (the lane has %2)</source>
        <translation>%1 (en caja: %2)</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 c/u</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>new quantity not yet on the lane</source>
        <translation>nueva cantidad aún no está en la caja</translation>
    </message>
    <message>
        <source>removal not yet on the lane</source>
        <translation>la retirada aún no está en la caja</translation>
    </message>
    <message>
        <source>failed: the lane never took it</source>
        <translation>error: la caja no lo aceptó</translation>
    </message>
    <message>
        <source>Scanned %1</source>
        <translation>Escaneado: %1</translation>
    </message>
    <message>
        <source>%1: %2/%3. How much?</source>
        <translation>%1: %2/%3. ¿Cuánto?</translation>
    </message>
    <message>
        <source>%1: new weight</source>
        <translation>%1: nuevo peso</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Enter a weight in kg, e.g. 0.75 (or 750g)</source>
        <translation>Introduzca un peso en kg, p. ej. 0,75 (o 750g)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Añadido: %1</translation>
    </message>
    <message>
        <source>Tap again to clear</source>
        <translation>Toque otra vez para vaciar</translation>
    </message>
    <message>
        <source>%1 / %2 · weighed</source>
        <translation>%1 / %2 · al peso</translation>
    </message>
    <message>
        <source>Search needs the counter: reconnecting… (scans are still kept)</source>
        <translation>La búsqueda necesita la caja: reconectando… (los escaneos se conservan)</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Falló la búsqueda: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nada coincide con «%1»</translation>
    </message>
    <message>
        <source>Shopper noted: joined when the basket starts</source>
        <translation>Cliente anotado: se vinculará al empezar la cesta</translation>
    </message>
    <message>
        <source>Joining the shopper&apos;s visit…</source>
        <translation>Vinculando la visita del cliente…</translation>
    </message>
    <message>
        <source>✓ Shopper&apos;s visit joined to this basket</source>
        <translation>✓ Visita del cliente vinculada a esta cesta</translation>
    </message>
    <message>
        <source>Could not join the shopper&apos;s visit</source>
        <translation>No se pudo vincular la visita del cliente</translation>
    </message>
    <message>
        <source>Shopper: scan their loyalty QR or card</source>
        <translation>Cliente: escanee su QR o tarjeta de fidelidad</translation>
    </message>
    <message>
        <source>Shopper&apos;s loyalty code</source>
        <translation>Código de fidelidad del cliente</translation>
    </message>
    <message>
        <source>Scan the shopper&apos;s loyalty QR code or card to join their visit to this basket</source>
        <translation>Escanee el QR o la tarjeta de fidelidad para vincular la visita a esta cesta</translation>
    </message>
    <message>
        <source>Shopper&apos;s visit</source>
        <translation>Visita del cliente</translation>
    </message>
    <message>
        <source>being set up…</source>
        <translation>preparándose…</translation>
    </message>
    <message>
        <source>waiting for a lane</source>
        <translation>esperando una caja</translation>
    </message>
    <message>
        <source>paged</source>
        <translation>avisado</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Pager %1 is still out with code %2: mark it collected or cancelled first</source>
        <translation>El avisador %1 sigue fuera con el código %2: márquelo como devuelto o cancelado primero</translation>
    </message>
    <message>
        <source>Pager %1 is not handed out</source>
        <translation>El avisador %1 no está entregado</translation>
    </message>
    <message>
        <source>Pager number (type or scan)</source>
        <translation>Número de avisador (teclear o escanear)</translation>
    </message>
    <message>
        <source>Pager number</source>
        <translation>Número de avisador</translation>
    </message>
    <message>
        <source>Type or scan the number on the pager, then press Enter to hand it out</source>
        <translation>Teclee o escanee el número del avisador y pulse Intro para entregarlo</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>Número de personas</translation>
    </message>
    <message>
        <source>How many guests the pager is for</source>
        <translation>Para cuántos clientes es el avisador</translation>
    </message>
    <message>
        <source>Hand out pager</source>
        <translation>Entregar avisador</translation>
    </message>
    <message>
        <source>Gives the shopper this pager with the basket</source>
        <translation>Entrega este avisador al cliente con la cesta</translation>
    </message>
    <message>
        <source>Page again</source>
        <translation>Reavisar</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Cancel pager</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Makes the shopper&apos;s pager buzz again</source>
        <translation>Hace vibrar de nuevo el avisador del cliente</translation>
    </message>
    <message>
        <source>The shopper has handed the pager back</source>
        <translation>El cliente ha devuelto el avisador</translation>
    </message>
    <message>
        <source>Takes the pager off this basket</source>
        <translation>Quita el avisador de esta cesta</translation>
    </message>
    <message>
        <source>Pager status</source>
        <translation>Estado del avisador</translation>
    </message>
    <message>
        <source>“%1” is not a pager number (1 to %2 digits)</source>
        <translation>«%1» no es un número de avisador (de 1 a %2 cifras)</translation>
    </message>
    <message>
        <source>paged: the lane has the basket</source>
        <translation>avisado: la caja tiene la cesta</translation>
    </message>
    <message>
        <source>Pager %1 · code %2 · %3</source>
        <translation>Avisador %1 · código %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Pager base unreachable: %n pager action(s) waiting, sent when it is back</source>
        <translation>
            <numerusform>Base de avisadores inaccesible: %n acción pendiente, se enviará cuando vuelva</numerusform>
            <numerusform>Base de avisadores inaccesible: %n acciones pendientes, se enviarán cuando vuelva</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reach</name>
    <message>
        <source>The counter&apos;s name “%1” was not found on the network. Check the counter address in Settings, or use its IP address.</source>
        <translation>No se encontró en la red el nombre de la caja «%1». Revise la dirección de la caja en Ajustes o use su dirección IP.</translation>
    </message>
    <message>
        <source>The counter at %1 refused the connection: PosGreen is not running there, or it listens on another port. Check that PosGreen is running on the counter and the address in Settings.</source>
        <translation>La caja en %1 rechazó la conexión: PosGreen no se está ejecutando allí o escucha en otro puerto. Compruebe que PosGreen funciona en la caja y revise la dirección en Ajustes.</translation>
    </message>
    <message>
        <source>No answer from the counter at %1 within %2 seconds. Check that the counter is switched on and on the same network as this screen.</source>
        <translation>La caja en %1 no respondió en %2 segundos. Compruebe que la caja está encendida y en la misma red que esta pantalla.</translation>
    </message>
    <message>
        <source>No answer from the counter at %1. Check that the counter is switched on and on the same network as this screen.</source>
        <translation>La caja en %1 no responde. Compruebe que la caja está encendida y en la misma red que esta pantalla.</translation>
    </message>
    <message>
        <source>The network has no way to the counter at %1. Check this screen&apos;s network cable or Wi-Fi.</source>
        <translation>La red no tiene ruta hasta la caja en %1. Revise el cable de red o el wifi de esta pantalla.</translation>
    </message>
    <message>
        <source>Something at %1 answered (HTTP %2), but not as a PosGreen counter. Check the counter&apos;s port and address in Settings.</source>
        <translation>Algo respondió en %1 (HTTP %2), pero no como una caja PosGreen. Revise el puerto y la dirección de la caja en Ajustes.</translation>
    </message>
    <message>
        <source>Something at %1 answered, but not as a PosGreen counter. Check the counter&apos;s port and address in Settings.</source>
        <translation>Algo respondió en %1, pero no como una caja PosGreen. Revise el puerto y la dirección de la caja en Ajustes.</translation>
    </message>
    <message>
        <source>Cannot reach the counter at %1: %2.</source>
        <translation>No se puede llegar a la caja en %1: %2.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>The counter at %1 refused this screen&apos;s login (%2). Check the API key.</source>
        <translation>La caja en %1 rechazó el inicio de sesión de esta pantalla (%2). Revise la clave API.</translation>
    </message>
    <message>
        <source>The counter at %1 closed the connection (%2). Check the address and the mode.</source>
        <translation>La caja en %1 cerró la conexión (%2). Revise la dirección y el modo.</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>sin respuesta de %1 en %2 s</translation>
    </message>
    <message>
        <source>the counter&apos;s session list is unreadable: %1</source>
        <translation>la lista de sesiones de la caja es ilegible: %1</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Caja %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n artículo, %1</numerusform>
            <numerusform>%n artículos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>sin venta</translation>
    </message>
    <message>
        <source>display-app setup</source>
        <translation>display-app – configuración</translation>
    </message>
    <message>
        <source>Set up this screen</source>
        <translation>Configurar esta pantalla</translation>
    </message>
    <message>
        <source>till1, 192.168.1.20 or till1:3490</source>
        <translation>caja1, 192.168.1.20 o caja1:3490</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Pantalla de cliente</translation>
    </message>
    <message>
        <source>Presell tablet</source>
        <translation>Tableta de preventa</translation>
    </message>
    <message>
        <source>only if the counter asks for one</source>
        <translation>solo si la caja lo pide</translation>
    </message>
    <message>
        <source>leave empty to use the counter&apos;s</source>
        <translation>vacío para usar el de la caja</translation>
    </message>
    <message>
        <source>Kiosk mode (full screen, exit only with the PIN)</source>
        <translation>Modo quiosco (pantalla completa, salir solo con el PIN)</translation>
    </message>
    <message>
        <source>unchanged (type a new one to change it)</source>
        <translation>sin cambios (escriba uno nuevo para cambiarlo)</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>de 4 a 8 cifras</translation>
    </message>
    <message>
        <source>Every sale on this lane</source>
        <translation>Todas las ventas de esta caja</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>Find sessions</source>
        <translation>Buscar sesiones</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave API</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Nombre de la tienda</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>PIN de salida</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Counter address</source>
        <translation>Dirección de la caja</translation>
    </message>
    <message>
        <source>The counter&apos;s name or IP address, with its port if it is not 3490</source>
        <translation>Nombre o dirección IP de la caja, con su puerto si no es 3490</translation>
    </message>
    <message>
        <source>Counter URL</source>
        <translation>URL de la caja</translation>
    </message>
    <message>
        <source>The address this screen will connect to</source>
        <translation>La dirección a la que se conectará esta pantalla</translation>
    </message>
    <message>
        <source>This screen faces the shopper and shows the sale</source>
        <translation>Esta pantalla mira al cliente y muestra la venta</translation>
    </message>
    <message>
        <source>Staff build baskets in the queue and send them to the lane</source>
        <translation>El personal prepara cestas en la fila y las envía a la caja</translation>
    </message>
    <message>
        <source>Only if the counter asks for one</source>
        <translation>Solo si la caja lo pide</translation>
    </message>
    <message>
        <source>Shown instead of the counter&apos;s store name; leave empty to use the counter&apos;s</source>
        <translation>Se muestra en lugar del nombre de tienda de la caja; vacío para usar el de la caja</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Modo quiosco</translation>
    </message>
    <message>
        <source>Full screen; leaving it needs the exit PIN</source>
        <translation>Pantalla completa; para salir hace falta el PIN</translation>
    </message>
    <message>
        <source>4 to 8 digits that let staff leave kiosk mode</source>
        <translation>De 4 a 8 cifras para que el personal salga del modo quiosco</translation>
    </message>
    <message>
        <source>The number of the monitor this screen shows on, from 0</source>
        <translation>El número del monitor donde se muestra, desde 0</translation>
    </message>
    <message>
        <source>Every sale on this lane, or one checkout session</source>
        <translation>Todas las ventas de esta caja, o una sesión de caja</translation>
    </message>
    <message>
        <source>Asks the counter for its checkout sessions</source>
        <translation>Pide a la caja sus sesiones de caja</translation>
    </message>
    <message>
        <source>Connects to the counter and shows its store name</source>
        <translation>Se conecta a la caja y muestra el nombre de la tienda</translation>
    </message>
    <message>
        <source>Checks and saves these settings</source>
        <translation>Comprueba y guarda estos ajustes</translation>
    </message>
    <message>
        <source>Closes without saving</source>
        <translation>Cierra sin guardar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The result of the last test or save</source>
        <translation>El resultado de la última prueba o guardado</translation>
    </message>
    <message>
        <source>type the counter&apos;s address first (e.g. till1 or 192.168.1.20)</source>
        <translation>escriba primero la dirección de la caja (p. ej. caja1 o 192.168.1.20)</translation>
    </message>
    <message>
        <source>Asking the counter for its sessions …</source>
        <translation>Pidiendo a la caja sus sesiones …</translation>
    </message>
    <message>
        <source>Could not list the sessions: %1</source>
        <translation>No se pudieron listar las sesiones: %1</translation>
    </message>
    <message numerus="yes">
        <source>The counter reports %n session(s): pick the one this screen follows</source>
        <translation>
            <numerusform>La caja informa de %n sesión: elija la que sigue esta pantalla</numerusform>
            <numerusform>La caja informa de %n sesiones: elija la que sigue esta pantalla</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Conectando con %1 …</translation>
    </message>
    <message>
        <source>Could not connect. %1</source>
        <translation>No se pudo conectar. %1</translation>
    </message>
    <message>
        <source>Could not test the connection: %1</source>
        <translation>No se pudo probar la conexión: %1</translation>
    </message>
    <message>
        <source>(the counter sent no store name)</source>
        <translation>(la caja no envió nombre de tienda)</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Conectado: %1</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>No se pudieron guardar los ajustes: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>store offline</source>
        <translation>tienda sin conexión</translation>
    </message>
    <message>
        <source>lane offline</source>
        <translation>caja sin conexión</translation>
    </message>
    <message>
        <source>sale open too long</source>
        <translation>venta abierta demasiado tiempo</translation>
    </message>
    <message>
        <source>voids</source>
        <translation>anulaciones</translation>
    </message>
    <message>
        <source>negative line</source>
        <translation>línea negativa</translation>
    </message>
    <message>
        <source>large discount</source>
        <translation>gran descuento</translation>
    </message>
    <message>
        <source>bad data</source>
        <translation>datos erróneos</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>SIN CONEXIÓN</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>en silencio</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>tendering</source>
        <translation>cobrando</translation>
    </message>
    <message>
        <source>open &lt;1 min</source>
        <translation>abierta &lt;1 min</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>silent %1 s</source>
        <translation>en silencio %1 s</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>C%1</translation>
    </message>
    <message>
        <source>today %1 · %2</source>
        <translation>hoy %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open %n min</source>
        <translation>
            <numerusform>abierta %n min</numerusform>
            <numerusform>abierta %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>stores online</source>
        <translation>tiendas conectadas</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>cajas</translation>
    </message>
    <message>
        <source>in sale now</source>
        <translation>vendiendo ahora</translation>
    </message>
    <message>
        <source>sales today</source>
        <translation>ventas de hoy</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>alertas</translation>
    </message>
    <message>
        <source>Lane Wall</source>
        <translation>Muro de cajas</translation>
    </message>
    <message>
        <source>%1 · Lane Wall</source>
        <translation>%1 · Muro de cajas</translation>
    </message>
</context>
</TS>
