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
</context>
</TS>
