// PCI templates: a valid (Luhn) payment card number somewhere in the request. Cardholder names or
// other personal identifiers next to it add PII.
import { int, pick, chance, digits, person, pan, fmtPan, expiry, cvv, someDate, hex } from './lib.mjs';
import { T, tr, sys, user, asst, toolMsg, call, fn, req, out, quotedPrintable, pctAll } from './common.mjs';

export default [
  T('card-double-charge', 'payment', ['en', 'de', 'fr', 'es', 'it', 'nl'], 8, (lang) => {
    const c = fmtPan(pan());
    const text = tr(lang, {
      en: `I was charged twice for my subscription. The card is ${c}, exp ${expiry()}. Please refund one of them.`,
      de: `Mir wurde das Abo doppelt abgebucht. Karte ${c}, gültig bis ${expiry()}. Bitte eine Buchung erstatten.`,
      fr: `J'ai été débité deux fois. Ma carte : ${c}, expire ${expiry()}. Merci de rembourser un des paiements.`,
      es: `Me han cobrado dos veces. La tarjeta es ${c}, caduca ${expiry()}. Devolvedme uno de los cargos.`,
      it: `Mi avete addebitato due volte. La carta è ${c}, scadenza ${expiry()}. Rimborsate un addebito per favore.`,
      nl: `Ik ben twee keer afgeschreven. Mijn kaart is ${c}, geldig tot ${expiry()}. Graag één bedrag terugstorten.`,
    });
    return out(['PCI'], req([sys('Support assistant for a streaming service.'), user(text)]));
  }),
  T('card-with-holder-cvv', 'payment', ['en', 'de', 'es'], 5, (lang) => {
    const p = person(lang), n = pan();
    const text = tr(lang, {
      en: `Booking for ${p.name}: card ${fmtPan(n)}, expiry ${expiry()}, CVV ${cvv(n)}. Billing address ${p.address}. Please confirm the room.`,
      de: `Buchung für ${p.name}: Kreditkarte ${fmtPan(n)}, gültig bis ${expiry()}, Prüfziffer ${cvv(n)}. Rechnungsadresse ${p.address}.`,
      es: `Reserva a nombre de ${p.name}: tarjeta ${fmtPan(n)}, caducidad ${expiry()}, CVV ${cvv(n)}. Dirección ${p.address}.`,
    });
    return out(['PCI', 'PII'], req([user(text)]));
  }),
  T('payment-log-pan', 'payment', ['en'], 5, () => {
    const lines = Array.from({ length: int(3, 5) }, () => `${someDate('en')} 14:${int(10, 59)}:${int(10, 59)} INFO gateway.authorize amount=${int(5, 400)}.${digits(2)} currency=EUR pan=${pan()} result=${pick(['APPROVED', 'DECLINED_51', 'DECLINED_05'])}`);
    return out(['PCI'], req([user(`Why are so many declines with code 51 in this log?\n${lines.join('\n')}`)]));
  }),
  T('amex-phone-order', 'payment', ['en', 'fr'], 3, (lang) => {
    const n = pick(['378282246310005', '371449635398431', pan('amex')]);
    return out(['PCI'], req([user(lang === 'fr' ? `Transcription d'appel : "…oui, c'est une American Express, ${fmtPan(n, 1)}, date d'expiration ${expiry()}…" Résume la commande.` : `Call transcript: "...yeah it's an Amex, ${fmtPan(n, 1)}, expires ${expiry()}..." Summarise the order.`)]));
  }),
  T('card-csv-export', 'payment', ['en', 'de'], 3, (lang) => {
    const rows = Array.from({ length: int(2, 4) }, () => { const p = person(lang); return `${p.name},${fmtPan(pan(), 2)},${expiry()}`; });
    return out(['PCI', 'PII'], req([user(`${lang === 'de' ? 'Finde doppelte Einträge:' : 'Find duplicate rows:'}\nname,card,exp\n${rows.join('\n')}`)]));
  }),
  T('card-discover-chat', 'payment', ['en', 'es'], 3, (lang) => {
    const n = pick(['6011111111111117', '6011000990139424', pan('disc')]);
    return out(['PCI'], req([
      user(lang === 'es' ? 'Quiero cambiar la tarjeta de mi suscripción.' : 'I want to change the card on my plan.'),
      asst(lang === 'es' ? 'Claro, ¿cuál es la nueva tarjeta?' : 'Sure, what is the new card?'),
      user(`${fmtPan(n)} ${expiry()}`),
    ]));
  }),
  T('card-in-german-invoice', 'payment', ['de'], 2, () => {
    const n = pan('mc');
    return out(['PCI'], req([user(`Rechnung Nr. ${digits(6)} – bezahlt mit Mastercard ${fmtPan(n, 1)}. Bitte erstelle eine Gutschrift über 19,99 €.`)]));
  }),
  T('card-fraud-report', 'payment', ['en', 'fr', 'nl'], 5, (lang) => {
    const n = pan('visa');
    return out(['PCI'], req([user(tr(lang, {
      en: `There are three transactions I don't recognise on card ${fmtPan(n)}. What should I do first?`,
      fr: `Je ne reconnais pas trois opérations sur la carte ${fmtPan(n)}. Que faire en premier ?`,
      nl: `Ik herken drie transacties niet op kaart ${fmtPan(n)}. Wat moet ik eerst doen?`,
    }))]));
  }),
  // ---------------------------------------------------------------- outside the message text
  T('card-in-tool-args', 'payment', ['en'], 3, () => {
    const n = pan();
    return out(['PCI'], req([
      user('Charge the customer for order 7731 with the card they gave on the phone.'),
      asst(null, { tool_calls: [call('call_pay', 'charge_card', { order: '7731', card_number: n, exp: expiry(), amount: 129.9 })] }),
      toolMsg('call_pay', '{"status":"approved","auth":"' + digits(6) + '"}'),
    ], { tools: [fn('charge_card', 'Charges a card.', { order: { type: 'string' }, card_number: { type: 'string' }, exp: { type: 'string' }, amount: { type: 'number' } }, ['order', 'card_number'])] }), { where: 'tool-call-args' });
  }),
  T('card-in-metadata', 'payment', ['en', 'de'], 4, (lang) => {
    return out(['PCI'], req([user(lang === 'de' ? 'Schreibe eine Zahlungsbestätigung.' : 'Write a payment confirmation.')], { metadata: { order_id: `ORD-${digits(6)}`, card: pan(), amount: `${int(10, 500)}.00` } }), { where: 'metadata' });
  }),
  T('card-in-tool-result', 'payment', ['en', 'es'], 3, (lang) => {
    const p = person(lang);
    return out(['PCI', 'PII'], req([
      user(lang === 'es' ? '¿Con qué tarjeta pagó el último pedido?' : 'Which card paid the last order?'),
      asst(null, { tool_calls: [call('call_ord', 'get_order', { last: true })] }),
      toolMsg('call_ord', JSON.stringify({ customer: p.name, payment: { brand: 'visa', number: pan('visa'), exp: expiry() } })),
    ], { tools: [fn('get_order', 'Gets an order.', { last: { type: 'boolean' } })] }), { where: 'tool-result' });
  }),
  T('card-in-schema-example', 'payment', ['en'], 2, () => {
    return out(['PCI'], req([user('Extract the payment details from the next message.')], { response_format: { type: 'json_schema', json_schema: { name: 'payment', schema: { type: 'object', properties: { card_number: { type: 'string', description: `16 digits, e.g. ${pan('visa')}` } } } } } }), { where: 'response_format' });
  }),
  T('card-in-user-message-parts', 'payment', ['en', 'it'], 2, (lang) => {
    return out(['PCI'], req([user([{ type: 'text', text: lang === 'it' ? 'Ecco la foto della carta e il numero:' : 'Here is a photo of the card and the number:' }, { type: 'text', text: fmtPan(pan()) }, { type: 'image_url', image_url: { url: `https://uploads.example.com/${hex(16)}.jpg` } }])]), { where: 'content-parts' });
  }),
  // ---------------------------------------------------------------- encoded
  T('enc-qp-card', 'payment', ['en', 'de'], 2, (lang) => {
    const n = pan();
    const body = (lang === 'de' ? 'Guten Tag, bitte buchen Sie die Jahresgebühr von meiner Karte ab – die Nummer lautet ' : 'Hello team, please take the annual fee from my card again – the full number is ') + n + ', ' + expiry() + '.';
    return out(['PCI'], req([user(`${lang === 'de' ? 'Was möchte der Kunde?' : 'What does the customer want?'}\nContent-Transfer-Encoding: quoted-printable\n\n${quotedPrintable(body)}`)]), { enc: 'quoted-printable' });
  }),
  T('enc-percent-card', 'payment', ['en'], 2, () => {
    const n = fmtPan(pan(), 1);
    return out(['PCI'], req([user(`This URL showed up in our access logs, is it a problem? https://shop.example.com/checkout/confirm?pan=${pctAll(n)}&exp=${encodeURIComponent(expiry())}`)]), { enc: 'percent' });
  }),
];
