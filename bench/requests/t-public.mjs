// Public templates: nothing personal, no health data tied to a person, no valid card number, no
// live secret. Many are deliberate near-misses: health questions without a patient, famous
// historical people, private/documentation IP ranges, code that references a password variable,
// placeholders, last-4 card digits, numbers failing Luhn, company names and addresses.
import { int, pick, chance, digits, b64, DX, med, lab, LABS, PROC, nonLuhn16, hex, someDate, chars } from './lib.mjs';
import { T, tr, sys, user, asst, toolMsg, call, fn, req, out, pctAll } from './common.mjs';

const FAMOUS = [
  { en: 'When did Marie Curie receive her second Nobel Prize, and for what?', de: 'Wann erhielt Marie Curie ihren zweiten Nobelpreis und wofür?', fr: 'Quand Marie Curie a-t-elle reçu son second prix Nobel, et pour quoi ?', es: '¿Cuándo recibió Marie Curie su segundo Premio Nobel y por qué?' },
  { en: 'Summarise the life of Johann Sebastian Bach in five sentences.', de: 'Fasse das Leben von Johann Sebastian Bach in fünf Sätzen zusammen.', fr: 'Résume la vie de Jean-Sébastien Bach en cinq phrases.', es: 'Resume la vida de Johann Sebastian Bach en cinco frases.', it: 'Riassumi la vita di Johann Sebastian Bach in cinque frasi.' },
  { en: 'Albert Einstein was born on 14 March 1879 in Ulm. Where did he go to school?', de: 'Albert Einstein wurde am 14. März 1879 in Ulm geboren. Wo ging er zur Schule?', fr: 'Albert Einstein est né le 14 mars 1879 à Ulm. Où a-t-il étudié ?', es: 'Albert Einstein nació el 14 de marzo de 1879 en Ulm. ¿Dónde estudió?' },
  { en: 'What illness did Frédéric Chopin most likely die of?', fr: 'De quelle maladie Frédéric Chopin est-il probablement mort ?', de: 'An welcher Krankheit starb Frédéric Chopin vermutlich?', es: '¿De qué enfermedad murió probablemente Frédéric Chopin?' },
  { en: 'Why is Florence Nightingale considered a pioneer of statistics?', it: 'Perché Florence Nightingale è considerata una pioniera della statistica?', de: 'Warum gilt Florence Nightingale als Pionierin der Statistik?', fr: 'Pourquoi Florence Nightingale est-elle une pionnière de la statistique ?' },
  { en: 'How did Napoleon Bonaparte reform the French legal system?', fr: 'Comment Napoléon Bonaparte a-t-il réformé le droit français ?', es: '¿Cómo reformó Napoleón Bonaparte el sistema jurídico francés?', de: 'Wie reformierte Napoleon Bonaparte das französische Recht?' },
  { en: 'What were the main achievements of Queen Elizabeth I?', es: '¿Cuáles fueron los principales logros de Isabel I de Inglaterra?', de: 'Was waren die wichtigsten Leistungen von Elisabeth I.?', nl: 'Wat waren de belangrijkste prestaties van Elizabeth I?' },
  { en: 'Vincent van Gogh suffered from mental illness; which paintings date from his time in Saint-Rémy?', nl: 'Vincent van Gogh leed aan een psychische ziekte; welke schilderijen maakte hij in Saint-Rémy?', fr: 'Quels tableaux Vincent van Gogh a-t-il peints à Saint-Rémy ?', de: 'Welche Bilder malte Vincent van Gogh in Saint-Rémy?' },
  { en: 'Who was Miguel de Cervantes and why is Don Quixote important?', es: '¿Quién fue Miguel de Cervantes y por qué es importante el Quijote?', it: 'Chi era Miguel de Cervantes e perché il Don Chisciotte è importante?' },
  { en: 'Explain Leonardo da Vinci\'s contributions to anatomy.', it: 'Spiega i contributi di Leonardo da Vinci all\'anatomia.', de: 'Erkläre Leonardo da Vincis Beiträge zur Anatomie.', fr: 'Explique les apports de Léonard de Vinci à l\'anatomie.' },
];
const GEO = [
  { en: 'What is the longest river in Europe?', de: 'Welcher ist der längste Fluss Europas?', fr: 'Quel est le plus long fleuve d\'Europe ?', es: '¿Cuál es el río más largo de Europa?', it: 'Qual è il fiume più lungo d\'Europa?', nl: 'Wat is de langste rivier van Europa?' },
  { en: 'List the capitals of the Nordic countries.', de: 'Nenne die Hauptstädte der nordischen Länder.', fr: 'Cite les capitales des pays nordiques.', es: 'Enumera las capitales de los países nórdicos.' },
  { en: 'Why does Chile have such a long and narrow shape?', es: '¿Por qué Chile es tan largo y estrecho?', de: 'Warum ist Chile so lang und schmal?', fr: 'Pourquoi le Chili est-il si long et étroit ?' },
  { en: 'How high is Mont Blanc and which countries share it?', fr: 'Quelle est l\'altitude du mont Blanc et quels pays se le partagent ?', it: 'Quanto è alto il Monte Bianco e quali paesi lo condividono?', de: 'Wie hoch ist der Mont Blanc und welche Länder teilen ihn?' },
  { en: 'How much of the Netherlands lies below sea level?', nl: 'Hoeveel van Nederland ligt onder zeeniveau?', de: 'Wie viel der Niederlande liegt unter dem Meeresspiegel?' },
  { en: 'What is the population of Bavaria and its largest cities?', de: 'Wie viele Einwohner hat Bayern und welches sind die größten Städte?' },
];
const SCIENCE = [
  { en: 'Explain photosynthesis to a 12-year-old.', de: 'Erkläre einem Zwölfjährigen die Photosynthese.', fr: 'Explique la photosynthèse à un enfant de 12 ans.', es: 'Explica la fotosíntesis a un niño de 12 años.', it: 'Spiega la fotosintesi a un ragazzo di 12 anni.', nl: 'Leg fotosynthese uit aan een 12-jarige.' },
  { en: 'Why is the sky blue? Mention Rayleigh scattering.', de: 'Warum ist der Himmel blau? Erwähne die Rayleigh-Streuung.', fr: 'Pourquoi le ciel est-il bleu ? Parle de la diffusion Rayleigh.', es: '¿Por qué el cielo es azul? Menciona la dispersión de Rayleigh.' },
  { en: 'Derive the kinetic energy formula from work.', de: 'Leite die Formel der kinetischen Energie aus der Arbeit her.', fr: 'Démontre la formule de l\'énergie cinétique à partir du travail.' },
  { en: 'What is the half-life of carbon-14 and how is radiocarbon dating done?', es: '¿Cuál es la vida media del carbono 14 y cómo funciona la datación?', de: 'Wie lange ist die Halbwertszeit von C-14 und wie funktioniert die Radiokarbonmethode?' },
  { en: 'Compare mitosis and meiosis in a table.', fr: 'Compare la mitose et la méiose dans un tableau.', nl: 'Vergelijk mitose en meiose in een tabel.', it: 'Confronta mitosi e meiosi in una tabella.' },
];

const allLangs = (o) => Object.keys(o);

export default [
  T('famous-people', 'public-fact', ['en', 'de', 'fr', 'es', 'it', 'nl'], 12, (lang) => {
    const q = pick(FAMOUS.filter((f) => f[lang]));
    return out([], req([user(q[lang])]));
  }),
  T('geography', 'public-fact', ['en', 'de', 'fr', 'es', 'it', 'nl'], 9, (lang) => {
    const q = pick(GEO.filter((f) => f[lang]));
    return out([], req([user(q[lang])]));
  }),
  T('science', 'public-fact', ['en', 'de', 'fr', 'es', 'it', 'nl'], 8, (lang) => {
    const q = pick(SCIENCE.filter((f) => f[lang]));
    return out([], req([sys(pick(['You are a patient tutor.', 'Answer concisely.'])), user(q[lang])]));
  }),
  T('history-dates', 'public-fact', ['en', 'de', 'fr', 'es'], 4, (lang) => {
    const ev = pick([['the fall of the Berlin Wall', 'den Fall der Berliner Mauer', 'la chute du mur de Berlin', 'la caída del Muro de Berlín'], ['the Treaty of Westphalia', 'den Westfälischen Frieden', 'les traités de Westphalie', 'la Paz de Westfalia'], ['the storming of the Bastille', 'den Sturm auf die Bastille', 'la prise de la Bastille', 'la toma de la Bastilla']]);
    const i = ['en', 'de', 'fr', 'es'].indexOf(lang);
    return out([], req([user(tr(lang, { en: `Give me a timeline of ${ev[0]}.`, de: `Gib mir eine Zeitleiste über ${ev[1]}.`, fr: `Donne-moi une chronologie de ${ev[2]}.`, es: `Dame una cronología de ${ev[3]}.` }))]));
  }),
  T('networking-private-subnets', 'networking', ['en', 'de', 'fr', 'es'], 6, (lang) => {
    const net = pick(['192.168.10.0/24', '10.0.0.0/16', '172.16.32.0/20', '192.168.178.0/24']);
    const gw = net.replace(/0\/\d+$/, '1');
    return out([], req([user(tr(lang, {
      en: `Split ${net} into four equal subnets and tell me the usable range of each. The router is ${gw}.`,
      de: `Teile ${net} in vier gleich große Subnetze auf und nenne jeweils den nutzbaren Bereich. Router: ${gw}.`,
      fr: `Découpe ${net} en quatre sous-réseaux égaux et donne la plage utilisable de chacun. Passerelle : ${gw}.`,
      es: `Divide ${net} en cuatro subredes iguales y dime el rango útil de cada una. El router es ${gw}.`,
    }))]));
  }),
  T('networking-doc-ranges-firewall', 'networking', ['en', 'de'], 4, (lang) => {
    const rules = [`iptables -A INPUT -s 203.0.113.${int(1, 254)} -p tcp --dport 22 -j ACCEPT`, `iptables -A INPUT -s 198.51.100.0/24 -j DROP`, `iptables -A FORWARD -d 192.0.2.${int(1, 254)} -p udp --dport 53 -j ACCEPT`];
    return out([], req([user(`${lang === 'de' ? 'Erkläre diese Regeln:' : 'Explain these rules:'}\n${rules.join('\n')}`)]));
  }),
  T('docker-network', 'networking', ['en', 'nl'], 3, (lang) => {
    return out([], req([user(lang === 'nl' ? `Mijn container op 172.17.0.${int(2, 9)} kan 10.${int(0, 9)}.1.${int(2, 50)} niet bereiken via de bridge. Wat controleer ik?` : `My container at 172.17.0.${int(2, 9)} can't reach 10.${int(0, 9)}.1.${int(2, 50)} over the docker bridge. What should I check?`)]));
  }),
  T('health-question-no-identifier', 'health-info', ['en', 'de', 'fr', 'es', 'it', 'nl'], 8, (lang) => {
    const m = med(), dx = pick(DX);
    return out([], req([user(tr(lang, {
      en: `Is ${m.full} a typical starting dose for ${dx.en}? What are the common side effects?`,
      de: `Ist ${m.full} eine übliche Anfangsdosis bei ${dx.de}? Welche Nebenwirkungen sind häufig?`,
      fr: `${m.full}, est-ce une dose initiale habituelle pour ${dx.fr} ? Quels sont les effets secondaires fréquents ?`,
      es: `¿Es ${m.full} una dosis inicial habitual para ${dx.es}? ¿Qué efectos secundarios son frecuentes?`,
      it: `${m.full} è una dose iniziale tipica per ${dx.it}? Quali sono gli effetti collaterali comuni?`,
      nl: `Is ${m.full} een gebruikelijke startdosis bij ${dx.nl}? Wat zijn veelvoorkomende bijwerkingen?`,
    }))]));
  }),
  T('anonymous-case-vignette', 'health-info', ['en', 'de', 'fr', 'es'], 6, (lang) => {
    const dx = pick(DX), l = lab();
    return out([], req([sys('You are a medical educator writing exam questions.'), user(tr(lang, {
      en: `A ${int(25, 80)}-year-old ${pick(['man', 'woman'])} presents with chest pain radiating to the left arm. ${l.text}. What is the most likely diagnosis and next step? Make it a multiple-choice question.`,
      de: `Ein/e ${int(25, 80)}-jährige/r Patient/in stellt sich mit Brustschmerz vor. ${l.text}. Was ist die wahrscheinlichste Diagnose? Formuliere eine MC-Frage.`,
      fr: `Un patient de ${int(25, 80)} ans consulte pour une douleur thoracique. ${l.text}. Quel est le diagnostic le plus probable ? Fais-en un QCM.`,
      es: `Paciente de ${int(25, 80)} años con dolor torácico. ${l.text}. ¿Cuál es el diagnóstico más probable? Conviértelo en pregunta tipo test.`,
    }))]));
  }),
  T('icd-lookup', 'icd-coding', ['en', 'de', 'fr', 'es'], 5, (lang) => {
    const dx = pick(DX);
    return out([], req([user(tr(lang, { en: `What does ICD-10 code ${dx.icd} mean, and what are its sibling codes?`, de: `Was bedeutet der ICD-10-Code ${dx.icd}, und welche Nachbarcodes gibt es?`, fr: `Que signifie le code CIM-10 ${dx.icd} ?`, es: `¿Qué significa el código CIE-10 ${dx.icd}?` }))]));
  }),
  T('loinc-explain', 'lab', ['en', 'de'], 4, (lang) => {
    const l = pick(LABS);
    return out([], req([user(lang === 'de' ? `Wofür steht LOINC ${l.loinc} und in welcher Einheit wird es angegeben?` : `What does LOINC ${l.loinc} measure, and what is its usual reference range (${l.ref})?`)]));
  }),
  T('hl7-spec-question', 'hl7', ['en', 'de'], 4, (lang) => {
    const seg = `PID|1||<MRN>^^^<AUTH>^MR||<FAMILY>^<GIVEN>||<YYYYMMDD>|<SEX>`;
    return out([], req([user(lang === 'de' ? `Welche Felder enthält PID in HL7 v2.5? Hier unsere Vorlage mit Platzhaltern:\n${seg}` : `Which components make up PID-3 and PID-5 in HL7 v2.5.1? Our template:\n${seg}\nAlso, what does MSH-9 "ORU^R01" mean?`)]));
  }),
  T('fhir-schema-question', 'fhir', ['en', 'fr'], 4, (lang) => {
    const res = { resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: pick(LABS).loinc }] }, subject: { reference: 'Patient/{id}' }, valueQuantity: { value: '{value}', unit: '{unit}' } };
    return out([], req([user(`${lang === 'fr' ? 'Ce gabarit FHIR est-il correct ? Quels champs sont obligatoires ?' : 'Is this FHIR template right? Which elements are mandatory in R4?'}\n${JSON.stringify(res, null, 2)}`)]));
  }),
  T('clinical-guideline', 'health-info', ['en', 'de', 'es', 'it'], 4, (lang) => {
    const dx = pick(DX), pr = pick(PROC[lang] ?? PROC.en);
    return out([], req([user(tr(lang, { en: `Summarise current guideline recommendations for ${dx.en} (${dx.icd}), and when ${pr} is indicated.`, de: `Fasse die aktuellen Leitlinienempfehlungen zu ${dx.de} (${dx.icd}) zusammen.`, es: `Resume las recomendaciones de las guías para ${dx.es} (${dx.icd}).`, it: `Riassumi le linee guida per ${dx.it} (${dx.icd}).` }))]));
  }),
  T('public-health-stats', 'health-info', ['en', 'de', 'fr'], 3, (lang) => {
    return out([], req([user(tr(lang, { en: 'How has the prevalence of type 2 diabetes in the EU changed since 2000?', de: 'Wie hat sich die Prävalenz von Diabetes Typ 2 in Deutschland seit 2000 entwickelt?', fr: 'Comment la prévalence du diabète de type 2 a-t-elle évolué en France depuis 2000 ?' }))]));
  }),
  T('vet-pet-health', 'health-info', ['en', 'de', 'nl'], 3, (lang) => {
    const pet = pick(['Bella', 'Max', 'Luna', 'Rocky']);
    return out([], req([user(tr(lang, { en: `My dog ${pet} was diagnosed with hip dysplasia and the vet prescribed carprofen 75 mg daily. Is that a normal dose for a 30 kg dog?`, de: `Unser Hund ${pet} hat Hüftdysplasie, der Tierarzt gab Carprofen 75 mg täglich. Ist das bei 30 kg normal?`, nl: `Onze hond ${pet} heeft heupdysplasie; de dierenarts schreef carprofen 75 mg per dag voor. Normaal bij 30 kg?` }))]));
  }),
  T('business-quarterly', 'business', ['en', 'de', 'fr', 'es', 'it', 'nl'], 7, (lang) => {
    const co = pick(['Siemens AG', 'Airbus SE', 'Banco Santander', 'ASML Holding', 'Enel S.p.A.', 'Northwind Traders']);
    const g = int(2, 18);
    return out([], req([user(tr(lang, {
      en: `${co} reported Q3 revenue up ${g}% year on year, with margins under pressure from energy costs. Write a neutral three-line summary for our newsletter.`,
      de: `${co} meldet für Q3 ein Umsatzplus von ${g} % gegenüber Vorjahr, die Marge leidet unter Energiekosten. Schreibe eine neutrale Zusammenfassung in drei Zeilen.`,
      fr: `${co} annonce un chiffre d'affaires du T3 en hausse de ${g} %, marges sous pression. Rédige un résumé neutre en trois lignes.`,
      es: `${co} ha comunicado un aumento de ingresos del ${g} % en el tercer trimestre. Escribe un resumen neutral de tres líneas.`,
      it: `${co} ha registrato ricavi del terzo trimestre in crescita del ${g}%. Scrivi un riassunto neutro di tre righe.`,
      nl: `${co} meldt een omzetstijging van ${g}% in Q3. Schrijf een neutrale samenvatting van drie regels.`,
    }))]));
  }),
  T('meeting-dates-only', 'business', ['en', 'de', 'fr', 'es'], 4, (lang) => {
    const d = someDate(lang);
    return out([], req([user(tr(lang, { en: `The quarterly planning moved to ${d} at 10:00 in room B2. Draft the calendar invite text.`, de: `Die Quartalsplanung ist auf den ${d}, 10 Uhr, Raum B2 verschoben. Formuliere den Einladungstext.`, fr: `La réunion trimestrielle est déplacée au ${d} à 10h, salle B2. Rédige l'invitation.`, es: `La planificación trimestral pasa al ${d} a las 10:00 en la sala B2. Redacta la invitación.` }))]));
  }),
  T('company-address', 'business', ['en', 'de'], 3, (lang) => {
    const a = pick(['Siemens AG, Werner-von-Siemens-Straße 1, 80333 München', 'SAP SE, Dietmar-Hopp-Allee 16, 69190 Walldorf', 'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052']);
    return out([], req([user(lang === 'de' ? `Formatiere diese Firmenanschrift für einen Briefkopf: ${a}` : `Format this company address for a letterhead: ${a}`)]));
  }),
  T('translation-product', 'business', ['de', 'fr', 'es', 'it', 'nl'], 5, (lang) => {
    return out([], req([user(`${tr(lang, { de: 'Übersetze ins Englische:', fr: 'Traduis en anglais :', es: 'Traduce al inglés:', it: 'Traduci in inglese:', nl: 'Vertaal naar het Engels:' })} ${tr(lang, { de: 'Unser neuer Wasserkocher fasst 1,7 Liter und schaltet sich automatisch ab.', fr: 'Notre nouvelle bouilloire contient 1,7 litre et s\'éteint automatiquement.', es: 'Nuestro nuevo hervidor tiene 1,7 litros y se apaga solo.', it: 'Il nostro nuovo bollitore contiene 1,7 litri e si spegne da solo.', nl: 'Onze nieuwe waterkoker heeft 1,7 liter inhoud en schakelt automatisch uit.' })}`)]));
  }),
  T('support-bug-no-pii', 'support-ticket', ['en', 'de', 'fr', 'es'], 5, (lang) => {
    return out([], req([sys('Support triage.'), user(tr(lang, { en: `Ticket #${digits(6)}: The CSV export button does nothing in Firefox ${int(120, 133)}. Works in Chrome. Severity?`, de: `Ticket #${digits(6)}: Der CSV-Export reagiert in Firefox ${int(120, 133)} nicht, in Chrome schon. Schweregrad?`, fr: `Ticket #${digits(6)} : le bouton d'export CSV ne fait rien sous Firefox ${int(120, 133)}. Gravité ?`, es: `Ticket #${digits(6)}: el botón de exportar CSV no hace nada en Firefox ${int(120, 133)}. ¿Gravedad?` }))]));
  }),
  T('password-reset-no-identifier', 'support-ticket', ['en', 'de', 'es'], 3, (lang) => {
    return out([], req([user(tr(lang, { en: 'I forgot my password and the reset email never arrives. What can I do?', de: 'Ich habe mein Passwort vergessen und die Reset-Mail kommt nicht an. Was tun?', es: 'He olvidado mi contraseña y no me llega el correo de restablecimiento. ¿Qué hago?' }))]));
  }),
  T('card-last4-only', 'payment', ['en', 'de', 'fr', 'es'], 5, (lang) => {
    const l4 = digits(4);
    return out([], req([user(tr(lang, { en: `My ${pick(['Visa', 'Mastercard', 'Amex'])} ending in ${l4} was declined at checkout. Why could that be?`, de: `Meine Karte mit Endziffern ${l4} wurde an der Kasse abgelehnt. Woran kann das liegen?`, fr: `Ma carte se terminant par ${l4} a été refusée. Pourquoi ?`, es: `Mi tarjeta terminada en ${l4} fue rechazada. ¿Por qué puede ser?` }))]));
  }),
  T('order-number-not-luhn', 'payment', ['en', 'de'], 4, (lang) => {
    const n = nonLuhn16();
    return out([], req([user(lang === 'de' ? `Wo ist meine Bestellung ${n}? Sie sollte gestern ankommen.` : `Where is order ${n}? It was due yesterday.`)]));
  }),
  T('pci-dss-question', 'payment', ['en', 'fr'], 3, (lang) => {
    return out([], req([user(lang === 'fr' ? 'Quelles exigences PCI DSS 4.0 s\'appliquent au stockage du PAN ? Faut-il chiffrer les 4 derniers chiffres ?' : 'Which PCI DSS 4.0 requirements cover storing the PAN? Do the last four digits need encryption?')]));
  }),
  T('code-password-variable', 'code', ['en', 'de', 'fr'], 5, (lang) => {
    const code = pick([
      `const pool = new Pool({ host: process.env.PGHOST, user: process.env.PGUSER, password: process.env.PGPASSWORD });`,
      `db_password = os.environ["DB_PASSWORD"]\nconn = psycopg2.connect(host=DB_HOST, user=DB_USER, password=db_password)`,
      `if (!bcrypt.compareSync(req.body.password, user.passwordHash)) {\n  return res.status(401).json({ error: 'invalid credentials' });\n}`,
      `password = getpass.getpass("Password: ")\nif len(password) < 12:\n    raise ValueError("too short")`,
      `@Value("\${spring.datasource.password}")\nprivate String password;`,
    ]);
    return out([], req([user(`${tr(lang, { en: 'Review this code:', de: 'Bitte reviewe diesen Code:', fr: 'Relis ce code :' })}\n${code}`)]));
  }),
  T('config-placeholders', 'config', ['en', 'de', 'es'], 5, (lang) => {
    const cfg = pick([
      `OPENAI_API_KEY=<your-api-key>\nDATABASE_URL=postgres://user:password@localhost:5432/mydb\nSTRIPE_SECRET_KEY=sk_live_...`,
      `aws_access_key_id = YOUR_ACCESS_KEY_ID\naws_secret_access_key = YOUR_SECRET_ACCESS_KEY`,
      `apiVersion: v1\nkind: Secret\nstringData:\n  password: \${DB_PASSWORD}\n  token: "{{ .Values.apiToken }}"`,
      `SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX`,
      `GITHUB_TOKEN=\${{ secrets.GITHUB_TOKEN }}\nNPM_TOKEN=\${{ secrets.NPM_TOKEN }}`,
    ]);
    return out([], req([user(`${tr(lang, { en: 'Document each of these settings for the README:', de: 'Dokumentiere diese Einstellungen für das README:', es: 'Documenta estas variables para el README:' })}\n${cfg}`)]));
  }),
  T('connstring-env-ref', 'connection-string', ['en', 'fr'], 4, (lang) => {
    const cs = pick([`postgres://\${DB_USER}:\${DB_PASS}@db:5432/app`, `Server=tcp:sqlprod.database.windows.net;Database=Orders;Authentication=Active Directory Default;`, `mongodb://mongo-0.mongo:27017,mongo-1.mongo:27017/app?replicaSet=rs0`, `jdbc:postgresql://localhost:5432/test?user=\${PGUSER}&password=\${PGPASSWORD}`]);
    return out([], req([user(`${lang === 'fr' ? 'Explique chaque partie de cette chaîne :' : 'Explain each part of this connection string:'} ${cs}`)]));
  }),
  T('secrets-howto', 'code', ['en', 'de', 'es'], 3, (lang) => {
    return out([], req([user(tr(lang, { en: 'What is the safest way to rotate API keys in AWS Secrets Manager for a Lambda function?', de: 'Wie rotiere ich API-Schlüssel in HashiCorp Vault am sichersten?', es: '¿Cuál es la forma más segura de guardar contraseñas en una app Node?' }))]));
  }),
  T('regex-email-example', 'code', ['en', 'de'], 3, (lang) => {
    return out([], req([user(lang === 'de' ? 'Schreibe einen Regex für E-Mail-Adressen und teste ihn mit name@example.com und foo@bar' : 'Write a regex for email validation; test it with user@example.com, first.last@example.org and not-an-email.')]));
  }),
  T('sql-schema-columns', 'code', ['en', 'fr'], 3, (lang) => {
    return out([], req([user(`${lang === 'fr' ? 'Ajoute un index adapté :' : 'Suggest indexes for:'}\nCREATE TABLE patients (id uuid primary key, mrn text unique, full_name text, date_of_birth date, ssn text, diagnosis_code text);\nSELECT * FROM patients WHERE mrn = $1;`)]));
  }),
  T('math-homework', 'public-fact', ['en', 'de', 'es', 'it'], 4, (lang) => {
    const a = int(3, 19), b = int(20, 90);
    return out([], req([user(tr(lang, { en: `Solve ${a}x + ${b} = ${a * 7 + b} and explain each step.`, de: `Löse ${a}x + ${b} = ${a * 7 + b} und erkläre jeden Schritt.`, es: `Resuelve ${a}x + ${b} = ${a * 7 + b} explicando cada paso.`, it: `Risolvi ${a}x + ${b} = ${a * 7 + b} spiegando ogni passaggio.` }))]));
  }),
  T('recipe-travel', 'public-fact', ['en', 'fr', 'es', 'it'], 4, (lang) => {
    return out([], req([user(tr(lang, { en: 'Plan a 3-day itinerary in Lisbon on a budget.', fr: 'Donne-moi une recette de ratatouille pour 4 personnes.', es: 'Receta de paella valenciana para seis personas.', it: 'Un itinerario di tre giorni a Napoli con poco budget.' }))]));
  }),
  T('gdpr-question', 'public-fact', ['en', 'de', 'fr', 'nl'], 4, (lang) => {
    return out([], req([user(tr(lang, { en: 'Under GDPR Article 9, when may health data be processed without consent?', de: 'Wann dürfen nach Art. 9 DSGVO Gesundheitsdaten ohne Einwilligung verarbeitet werden?', fr: 'Selon l\'article 9 du RGPD, quand peut-on traiter des données de santé sans consentement ?', nl: 'Wanneer mogen volgens artikel 9 AVG gezondheidsgegevens zonder toestemming worden verwerkt?' }))]));
  }),
  T('hr-policy-text', 'hr', ['en', 'de'], 3, (lang) => {
    return out([], req([user(lang === 'de' ? 'Formuliere eine Richtlinie für Homeoffice: maximal drei Tage pro Woche, Kernzeit 10–15 Uhr.' : 'Draft a remote-work policy: up to three days a week, core hours 10am–3pm, equipment allowance of 500 EUR.')]));
  }),
  // ---------------------------------------------------------------- non-message fields that are harmless
  T('tools-weather', 'agent', ['en', 'de', 'fr'], 4, (lang) => {
    return out([], req([user(tr(lang, { en: 'Do I need an umbrella in Paris tomorrow?', de: 'Brauche ich morgen in Wien einen Schirm?', fr: 'Faut-il un parapluie demain à Lyon ?' }))], { tools: [fn('get_weather', 'Returns the forecast for a city.', { city: { type: 'string', description: 'City name, e.g. Berlin' }, days: { type: 'integer' } }, ['city'])], tool_choice: 'auto' }), { where: 'tool-schema' });
  }),
  T('tools-login-schema', 'agent', ['en'], 3, () => {
    return out([], req([user('Create the login form component.')], { tools: [fn('render_form', 'Renders a form from a field list.', { fields: { type: 'array', items: { type: 'object', properties: { name: { type: 'string', enum: ['email', 'password', 'remember_me'] }, type: { type: 'string' } } } } }, ['fields'])] }), { where: 'tool-schema' });
  }),
  T('json-schema-generic', 'agent', ['en', 'es'], 4, (lang) => {
    return out([], req([user(lang === 'es' ? 'Extrae las entidades de este titular: "El Banco Central Europeo mantiene los tipos en el 2 %".' : 'Extract entities from this headline: "European Central Bank holds rates at 2%".')], { response_format: { type: 'json_schema', json_schema: { name: 'entities', strict: true, schema: { type: 'object', description: 'Organisations, places and figures mentioned', properties: { orgs: { type: 'array', items: { type: 'string' } }, figures: { type: 'array', items: { type: 'string' } } }, required: ['orgs', 'figures'], additionalProperties: false } } } }), { where: 'response_format' });
  }),
  T('metadata-harmless', 'business', ['en', 'de', 'nl'], 4, (lang) => {
    return out([], req([user(tr(lang, { en: 'Summarise the attached changelog in two lines.', de: 'Fasse das Changelog in zwei Zeilen zusammen.', nl: 'Vat de changelog samen in twee regels.' }))], { metadata: { team: pick(['billing', 'platform', 'search']), env: 'prod', ticket: `INC-${digits(5)}`, trace: hex(16) } }), { where: 'metadata' });
  }),
  T('user-field-service', 'business', ['en', 'fr'], 3, (lang) => {
    return out([], req([user(lang === 'fr' ? 'Génère un slogan pour une coopérative de vélos.' : 'Generate a tagline for a bike co-op.')], { user: pick(['svc-marketing', 'batch-runner-02', 'team-search']) }), { where: 'user' });
  }),
  T('stop-and-prediction-harmless', 'code', ['en'], 4, () => {
    return out([], req([user('Rename the variable `tmp` to `total` in this function.')], pick([{ stop: ['\n\nHuman:', '###', '</code>'] }, { prediction: { type: 'content', content: 'function sum(xs) {\n  let tmp = 0;\n  for (const x of xs) tmp += x;\n  return tmp;\n}' } }])), { where: 'stop-or-prediction' });
  }),
  T('image-url-public', 'public-fact', ['en', 'de', 'it'], 3, (lang) => {
    const url = pick(['https://upload.wikimedia.org/wikipedia/commons/a/a8/Tour_Eiffel_Wikimedia_Commons.jpg', 'https://upload.wikimedia.org/wikipedia/commons/6/6a/Mona_Lisa.jpg', 'https://images.example.com/products/kettle-1.7l.png']);
    return out([], req([user([{ type: 'text', text: tr(lang, { en: 'What is in this picture?', de: 'Was ist auf dem Bild?', it: 'Cosa c\'è in questa immagine?' }) }, { type: 'image_url', image_url: { url } }])]), { where: 'image_url' });
  }),
  T('tool-result-public-data', 'agent', ['en', 'de'], 3, (lang) => {
    return out([], req([
      user(lang === 'de' ? 'Wie ist der aktuelle Kurs EUR/USD?' : 'What is the EUR/USD rate right now?'),
      asst(null, { tool_calls: [call('call_fx', 'fx', { pair: 'EURUSD' })] }),
      toolMsg('call_fx', JSON.stringify({ pair: 'EURUSD', rate: 1.0 + int(500, 1200) / 10000, ts: '2026-03-02T10:00:00Z' })),
    ], { tools: [fn('fx', 'FX rate', { pair: { type: 'string' } }, ['pair'])] }), { where: 'tool-result' });
  }),
  T('multi-turn-chitchat', 'public-fact', ['en', 'es', 'nl'], 3, (lang) => {
    return out([], req([
      user(tr(lang, { en: 'Recommend a sci-fi novel.', es: 'Recomiéndame una novela de ciencia ficción.', nl: 'Raad me een sciencefictionroman aan.' })),
      asst(tr(lang, { en: 'Try "The Left Hand of Darkness" by Ursula K. Le Guin.', es: 'Prueba «La mano izquierda de la oscuridad» de Ursula K. Le Guin.', nl: 'Probeer "De linkerhand van het duister" van Ursula K. Le Guin.' })),
      user(tr(lang, { en: 'Something shorter?', es: '¿Algo más corto?', nl: 'Iets korters?' })),
    ]));
  }),
  // ---------------------------------------------------------------- encoded, harmless
  T('enc-harmless', 'code', ['en', 'de'], 3, (lang) => {
    const s = pick([`b64: ${b64('Hello from the build server, all tests passed.')}`, `url: https://search.example.com/?q=${pctAll('how to bake sourdough')}`, `html: &#72;&#101;&#108;&#108;&#111; &amp; welcome`]);
    return out([], req([user(`${lang === 'de' ? 'Dekodiere das:' : 'Decode this:'} ${s}`)]), { enc: s.slice(0, s.indexOf(':')) === 'b64' ? 'base64' : s.startsWith('url') ? 'percent' : 'html-entities' });
  }),
];
