<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
</context>
</TS>
