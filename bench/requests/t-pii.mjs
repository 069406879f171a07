// PII templates: personal identifiers of private persons without health, card or credential data.
import { int, pick, chance, digits, b64, person, someDate, ssn, iban, dni, bsn, nir, steuerId, usPassport, ukPassport, publicIp, hex } from './lib.mjs';
import { T, tr, sys, user, asst, toolMsg, call, fn, req, out, htmlEntities } from './common.mjs';

export default [
  T('support-ticket-contact', 'support-ticket', ['en', 'de', 'fr', 'es', 'it', 'nl'], 6, (lang) => {
    const p = person(lang);
    const text = tr(lang, {
      en: `Ticket #${digits(6)}\nFrom: ${p.name} <${p.email}>\nPhone: ${p.phone}\nMy order still hasn't arrived after two weeks. Can someone call me?\n---\nClassify urgency and draft a reply.`,
      de: `Ticket #${digits(6)}\nVon: ${p.name} <${p.email}>\nTel.: ${p.phone}\nMeine Bestellung ist nach zwei Wochen immer noch nicht da. Bitte rufen Sie mich zurück.\n---\nDringlichkeit einschätzen und Antwort entwerfen.`,
      fr: `Ticket #${digits(6)}\nDe : ${p.name} <${p.email}>\nTél. : ${p.phone}\nMa commande n'est toujours pas arrivée après deux semaines. Pouvez-vous me rappeler ?\n---\nÉvalue l'urgence et propose une réponse.`,
      es: `Ticket #${digits(6)}\nDe: ${p.name} <${p.email}>\nTeléfono: ${p.phone}\nMi pedido sigue sin llegar después de dos semanas. ¿Me pueden llamar?\n---\nClasifica la urgencia y redacta una respuesta.`,
      it: `Ticket #${digits(6)}\nDa: ${p.name} <${p.email}>\nTel.: ${p.phone}\nIl mio ordine non è ancora arrivato dopo due settimane. Potete richiamarmi?\n---\nValuta l'urgenza e scrivi una risposta.`,
      nl: `Ticket #${digits(6)}\nVan: ${p.name} <${p.email}>\nTel.: ${p.phone}\nMijn bestelling is na twee weken nog steeds niet binnen. Kunt u mij terugbellen?\n---\nBepaal de urgentie en schrijf een antwoord.`,
    });
    return out(['PII'], req([sys('You are a customer-support triage assistant.'), user(text)]));
  }),
  T('address-change', 'support-ticket', ['en', 'de', 'fr', 'es'], 4, (lang) => {
    const p = person(lang), a2 = person(lang).address;
    const text = tr(lang, {
      en: `Please update my delivery address from ${p.address} to ${a2}. Account holder: ${p.name}.`,
      de: `Bitte ändern Sie meine Lieferadresse von ${p.address} auf ${a2}. Kontoinhaber: ${p.name}.`,
      fr: `Merci de remplacer mon adresse ${p.address} par ${a2}. Titulaire : ${p.name}.`,
      es: `Por favor, cambien mi dirección de ${p.address} a ${a2}. Titular: ${p.name}.`,
    });
    return out(['PII'], req([user(`Extract old and new address as JSON:\n${text}`)], { response_format: { type: 'json_object' } }));
  }),
  T('hr-record-national-id', 'hr', ['en', 'de', 'fr', 'es', 'nl'], 5, (lang) => {
    const p = person(lang, { minYear: 1960, maxYear: 2002 });
    const id = { en: `SSN ${ssn()}`, de: `Steuer-ID ${steuerId()}`, fr: `n° de sécurité sociale ${nir(p)}`, es: `DNI ${dni()}`, nl: `BSN ${bsn()}` }[lang];
    const text = tr(lang, {
      en: `New hire: ${p.name}, born ${p.dob}, ${id}, start date ${someDate('en')}, role: warehouse lead. Create the onboarding checklist.`,
      de: `Neueinstellung: ${p.name}, geb. ${p.dob}, ${id}, Eintritt ${someDate('de')}, Lagerleitung. Bitte Onboarding-Checkliste erstellen.`,
      fr: `Nouvel arrivant : ${p.name}, né(e) le ${p.dob}, ${id}, arrivée le ${someDate('fr')}. Prépare la checklist d'intégration.`,
      es: `Nueva incorporación: ${p.name}, nacido/a el ${p.dob}, ${id}, alta el ${someDate('es')}. Prepara la lista de bienvenida.`,
      nl: `Nieuwe medewerker: ${p.name}, geboren ${p.dob}, ${id}, start ${someDate('nl')}. Maak de onboarding-checklist.`,
    });
    return out(['PII'], req([user(text)]));
  }),
  T('cv-parse', 'hr', ['en', 'de', 'fr', 'it'], 4, (lang) => {
    const p = person(lang, { minYear: 1975, maxYear: 2001 });
    const cv = tr(lang, {
      en: `${p.name}\n${p.address}\n${p.phone} · ${p.email}\nEXPERIENCE\n2019–now  Data analyst, Northwind Traders\n2015–2019  BI developer, Contoso Ltd\nEDUCATION  MSc Statistics`,
      de: `Lebenslauf\n${p.name}\n${p.address}\nTel. ${p.phone}, ${p.email}\nGeburtsdatum: ${p.dob}\nBerufserfahrung: seit 2018 Controllerin, Muster GmbH`,
      fr: `CV\n${p.name}\n${p.address}\n${p.phone} – ${p.email}\nExpérience : 2017–2025 chef de projet, Société Générale`,
      it: `Curriculum vitae\n${p.name}\n${p.address}\n${p.phone} – ${p.email}\nEsperienza: 2016–oggi sviluppatore, Fincantieri`,
    });
    return out(['PII'], req([user(`Extract the candidate's skills and years of experience:\n\n${cv}`)]));
  }),
  T('iban-payout', 'business', ['de', 'fr', 'es', 'nl', 'it', 'en'], 5, (lang) => {
    const p = person(lang);
    const c = { de: 'DE', fr: 'FR', es: 'ES', nl: 'NL', it: 'IT', en: 'GB' }[lang];
    const text = tr(lang, {
      de: `Bitte die Erstattung von ${int(20, 900)},${digits(2)} € an ${p.name} überweisen, IBAN ${iban(c)}.`,
      fr: `Merci de virer le remboursement de ${int(20, 900)},${digits(2)} € à ${p.name}, IBAN ${iban(c)}.`,
      es: `Transferid el reembolso de ${int(20, 900)},${digits(2)} € a ${p.name}, IBAN ${iban(c)}.`,
      nl: `Graag de terugbetaling van € ${int(20, 900)},${digits(2)} overmaken naar ${p.name}, IBAN ${iban(c)}.`,
      it: `Si prega di bonificare il rimborso di ${int(20, 900)},${digits(2)} € a ${p.name}, IBAN ${iban(c)}.`,
      en: `Please send the £${int(20, 900)}.${digits(2)} refund to ${p.name}, IBAN ${iban(c)}.`,
    });
    return out(['PII'], req([user(`${text}\n${lang === 'de' ? 'Formuliere die Bestätigungsmail.' : 'Write the confirmation email.'}`)]));
  }),
  T('iban-only-bank-detail', 'business', ['de', 'nl'], 2, (lang) => {
    const c = lang === 'de' ? 'DE' : 'NL';
    return out(['PII'], req([user(lang === 'de' ? `Ist diese IBAN formal korrekt? ${iban(c).replace(/ /g, '')} – gehört zu meinem Privatkonto.` : `Klopt deze IBAN van mijn privérekening? ${iban(c)}`)]));
  }),
  T('passport-booking', 'business', ['en', 'de', 'es'], 4, (lang) => {
    const p = person(lang);
    const pp = lang === 'en' ? usPassport() : pick(['C', 'L', 'P']) + digits(2) + pick(['A', 'K', 'X']) + digits(5);
    const text = tr(lang, {
      en: `Traveler: ${p.name}, DOB ${p.dob}, passport ${pp} (exp 2031). Fill in the APIS fields for the Lisbon flight.`,
      de: `Reisende/r: ${p.name}, geb. ${p.dob}, Reisepass ${pp}. Bitte die APIS-Daten für den Flug nach Lissabon ausfüllen.`,
      es: `Viajero: ${p.name}, nacido/a el ${p.dob}, pasaporte ${pp}. Rellena los datos APIS del vuelo a Lisboa.`,
    });
    return out(['PII'], req([user(text)]));
  }),
  T('login-audit-ip', 'support-ticket', ['en', 'de'], 4, (lang) => {
    const p = person(lang), ip = publicIp();
    const uname = `${p.first[0]}.${p.last}`.toLowerCase().replace(/\s+/g, '');
    const log = `${someDate('en')} 03:${int(10, 59)}:${int(10, 59)} sshd[${int(1000, 9999)}]: Accepted publickey for ${uname} from ${ip} port ${int(40000, 60000)}\n${someDate('en')} 03:${int(10, 59)}:${int(10, 59)} web: login ok user=${p.email} ip=${ip}`;
    return out(['PII'], req([user(`${lang === 'de' ? 'Ist dieser Login verdächtig?' : 'Is this login suspicious? The employee is on leave.'}\n${log}`)]));
  }),
  T('neighbour-first-name', 'personal', ['en', 'de', 'fr', 'es'], 4, (lang) => {
    const p = person(lang);
    const text = tr(lang, {
      en: `My neighbour ${p.first} keeps parking across my driveway and ignores my notes. How do I raise it politely?`,
      de: `Meine Nachbarin ${p.first} stellt ständig ihr Auto vor meine Einfahrt. Wie spreche ich das freundlich an?`,
      fr: `Mon voisin ${p.first} se gare sans arrêt devant mon portail. Comment lui en parler poliment ?`,
      es: `Mi vecino ${p.first} aparca siempre delante de mi cochera. ¿Cómo se lo digo con educación?`,
    });
    return out(['PII'], req([user(text)]));
  }),
  T('email-to-private-person', 'email', ['en', 'fr', 'it', 'nl'], 4, (lang) => {
    const p = person(lang);
    const text = tr(lang, {
      en: `Write a short email to ${p.email} telling ${p.first} the garden party moved to Sunday.`,
      fr: `Écris un court mail à ${p.email} pour dire à ${p.first} que la fête est décalée à dimanche.`,
      it: `Scrivi una breve email a ${p.email} per dire a ${p.first} che la festa è spostata a domenica.`,
      nl: `Schrijf een korte mail aan ${p.email} dat het tuinfeest naar zondag verschoven is.`,
    });
    return out(['PII'], req([user(text)]));
  }),
  T('drivers-license', 'business', ['en'], 3, () => {
    const p = person('en');
    const dl = pick([`${p.last[0]}${digits(7)}`, `${digits(3)}-${digits(3)}-${digits(3)}`, `${p.last[0]}${digits(3)}-${digits(4)}-${digits(4)}`]);
    return out(['PII'], req([user(`Rental agreement check: driver ${p.name}, license no. ${dl} (${pick(['CA', 'IL', 'WA', 'FL'])}), address ${p.address}. Anything missing?`)]));
  }),
  T('dutch-bsn-letter', 'business', ['nl'], 2, () => {
    const p = person('nl');
    return out(['PII'], req([user(`Controleer deze brief aan de Belastingdienst: "Ik, ${p.name}, BSN ${bsn()}, wonende te ${p.address}, verzoek om uitstel."`)]));
  }),
  T('dni-rental', 'business', ['es'], 2, () => {
    const p = person('es');
    return out(['PII'], req([user(`Redacta un contrato de alquiler breve. Arrendatario: ${p.name}, DNI ${dni()}, domicilio ${p.address}.`)]));
  }),
  T('crm-notes-phone', 'business', ['en', 'de'], 3, (lang) => {
    const p = person(lang);
    return out(['PII'], req([user(lang === 'de' ? `CRM-Notiz: Rückruf ${p.title} ${p.last} unter ${p.phone}, wünscht Angebot für Wallbox. Bitte in Stichpunkte.` : `CRM note: call back ${p.title} ${p.last} on ${p.phone}, interested in the solar quote. Turn into bullet points.`)]));
  }),
  // ---------------------------------------------------------------- outside the message text
  T('user-field-email', 'business', ['en', 'de', 'fr'], 4, (lang) => {
    const p = person(lang);
    const q = tr(lang, { en: 'Suggest three names for a bakery.', de: 'Schlage drei Namen für eine Bäckerei vor.', fr: 'Propose trois noms pour une boulangerie.' });
    return out(['PII'], req([user(q)], { user: p.email }), { where: 'user' });
  }),
  T('metadata-customer', 'support-ticket', ['en', 'es', 'it'], 4, (lang) => {
    const p = person(lang);
    const q = tr(lang, { en: 'Draft a reply apologising for the delayed shipment.', es: 'Redacta una respuesta disculpándote por el retraso del envío.', it: 'Scrivi una risposta di scuse per il ritardo della spedizione.' });
    return out(['PII'], req([user(q)], { metadata: { customer_name: p.name, customer_phone: p.phone, ticket: `CS-${digits(6)}` } }), { where: 'metadata' });
  }),
  T('tool-schema-default-address', 'business', ['en', 'de'], 3, (lang) => {
    const p = person(lang);
    return out(['PII'], req([user(lang === 'de' ? 'Schick das Paket an die Standardadresse.' : 'Ship the parcel to the default address.')], {
      tools: [fn('create_shipment', 'Creates a parcel shipment.', { recipient: { type: 'string', default: p.name }, address: { type: 'string', default: p.address }, weight_kg: { type: 'number' } }, ['weight_kg'])],
    }), { where: 'tool-schema' });
  }),
  T('json-schema-person', 'business', ['en', 'fr'], 3, (lang) => {
    const p = person(lang);
    return out(['PII'], req([user(lang === 'fr' ? 'Génère la fiche client.' : 'Generate the customer card.')], {
      response_format: { type: 'json_schema', json_schema: { name: 'customer_card', schema: { type: 'object', description: `Customer card for ${p.name}, ${p.email}`, properties: { greeting: { type: 'string', description: `Greeting addressed to ${p.first}` }, tier: { type: 'string' } } } } },
    }), { where: 'response_format' });
  }),
  T('tool-result-crm', 'support-ticket', ['en', 'de', 'es'], 4, (lang) => {
    const p = person(lang);
    return out(['PII'], req([
      user(lang === 'de' ? 'Wer hat die Reklamation 88123 eingereicht?' : lang === 'es' ? '¿Quién abrió la reclamación 88123?' : 'Who opened complaint 88123?'),
      asst(null, { tool_calls: [call('call_crm', 'crm_get', { complaint: '88123' })] }),
      toolMsg('call_crm', JSON.stringify({ name: p.name, email: p.email, phone: p.phone, city: p.address.split(',').pop().trim() })),
    ], { tools: [fn('crm_get', 'Gets a complaint record.', { complaint: { type: 'string' } }, ['complaint'])] }), { where: 'tool-result' });
  }),
  T('tool-call-args-email', 'email', ['en', 'fr'], 3, (lang) => {
    const p = person(lang);
    return out(['PII'], req([
      user(lang === 'fr' ? "Envoie l'invitation." : 'Send the invitation.'),
      asst(null, { tool_calls: [call('call_mail', 'send_email', { to: p.email, subject: 'Invitation', body: `Hello ${p.first}, see you on ${someDate('en')}.` })] }),
      toolMsg('call_mail', '{"ok":true}'),
      user(lang === 'fr' ? 'Merci, et maintenant un rappel pour demain ?' : 'Thanks, now a reminder for tomorrow?'),
    ], { tools: [fn('send_email', 'Sends an email.', { to: { type: 'string' }, subject: { type: 'string' }, body: { type: 'string' } }, ['to'])] }), { where: 'tool-call-args' });
  }),
  T('message-name-person', 'personal', ['en', 'de'], 3, (lang) => {
    const p = person(lang);
    const nm = `${p.first}_${p.last}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, '_');
    return out(['PII'], req([sys('Group chat assistant.'), user(lang === 'de' ? 'Wer bringt morgen die Getränke mit?' : 'Who is bringing drinks tomorrow?', { name: nm })]), { where: 'message-name' });
  }),
  T('prediction-letter', 'email', ['en', 'de'], 3, (lang) => {
    const p = person(lang);
    const draft = lang === 'de' ? `${p.title} ${p.name}\n${p.address}\n\nSehr geehrte Damen und Herren, hiermit kündige ich meinen Vertrag.` : `${p.name}\n${p.address}\n\nTo whom it may concern, I hereby cancel my subscription.`;
    return out(['PII'], req([user(lang === 'de' ? 'Korrigiere nur Tippfehler.' : 'Only fix typos.')], { prediction: { type: 'content', content: draft } }), { where: 'prediction' });
  }),
  T('stop-phone', 'business', ['en'], 2, () => {
    const p = person('en');
    return out(['PII'], req([user('Write a voicemail greeting for a small plumbing business.')], { stop: [`Call ${p.first} at ${p.phone}`, 'END'] }), { where: 'stop' });
  }),
  // ---------------------------------------------------------------- encoded
  T('enc-html-entities-email', 'email', ['en', 'de'], 2, (lang) => {
    const p = person(lang);
    return out(['PII'], req([user(`${lang === 'de' ? 'Bereinige dieses HTML:' : 'Clean up this HTML signature:'}\n<div>${htmlEntities(p.name)}<br>${htmlEntities(p.email)}<br>${htmlEntities(p.phone)}</div>`)]), { enc: 'html-entities' });
  }),
  T('enc-base64-contact', 'business', ['en', 'es'], 2, (lang) => {
    const p = person(lang);
    return out(['PII'], req([user(`${lang === 'es' ? 'Decodifica este campo y dime qué contiene:' : 'Decode this field from the webhook payload and tell me what it is:'} ${b64(JSON.stringify({ name: p.name, email: p.email, address: p.address }))}`)]), { enc: 'base64' });
  }),
];
