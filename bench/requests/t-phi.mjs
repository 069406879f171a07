// PHI templates: health context together with an identifier of a person anywhere in the request,
// or a medical identifier (MRN, NHS number, MBI, NPI, DEA, KVNR…) on its own.
// A request that also carries a non-medical personal identifier (name, DOB, address, phone,
// email, national id…) is labelled PHI + PII.
import { int, pick, chance, digits, pad, b64, person, someDate, mrn, nhs, npi, mbi, dea, kvnr, nir, DX, med, lab, LABS, PROC, dxText, hex, shuffle } from './lib.mjs';
import { T, tr, sys, user, asst, toolMsg, call, fn, req, out, ask, quotedPrintable, htmlEntities, pctAll } from './common.mjs';

const ALL = ['en', 'de', 'fr', 'es', 'it', 'nl'];

export default [
  T('soap-note', 'clinical-note', ALL, 6, (lang) => {
    const p = person(lang), dx = pick(DX), m = med(), l = lab();
    const text = tr(lang, {
      en: `Patient: ${p.name}, DOB ${p.dob}\nS: ${p.age}yo ${p.sex} reports fatigue and polyuria x3 weeks.\nO: BP ${int(118, 168)}/${int(70, 98)}, HR ${int(58, 104)}. ${l.text}.\nA: ${dx.en} (${dx.icd}).\nP: start ${m.full}; recheck labs in 6 weeks.`,
      de: `Pat.: ${p.name}, geb. ${p.dob}\nAnamnese: seit 3 Wochen Müdigkeit, Polyurie.\nBefund: RR ${int(118, 168)}/${int(70, 98)} mmHg, ${l.text}.\nDiagnose: ${dx.de} (${dx.icd}).\nProcedere: ${m.full}, Kontrolle in 6 Wochen.`,
      fr: `Patient(e) : ${p.name}, né(e) le ${p.dob}\nMotif : asthénie et polyurie depuis 3 semaines.\nExamen : TA ${int(118, 168)}/${int(70, 98)}, ${l.text}.\nDiagnostic : ${dx.fr} (${dx.icd}).\nConduite : ${m.full}, contrôle à 6 semaines.`,
      es: `Paciente: ${p.name}, fecha de nacimiento ${p.dob}\nMotivo: cansancio y poliuria desde hace 3 semanas.\nExploración: TA ${int(118, 168)}/${int(70, 98)}, ${l.text}.\nJuicio clínico: ${dx.es} (${dx.icd}).\nPlan: ${m.full}; control en 6 semanas.`,
      it: `Paziente: ${p.name}, nato/a il ${p.dob}\nAnamnesi: astenia e poliuria da 3 settimane.\nEsame obiettivo: PA ${int(118, 168)}/${int(70, 98)}, ${l.text}.\nDiagnosi: ${dx.it} (${dx.icd}).\nTerapia: ${m.full}.`,
      nl: `Patiënt: ${p.name}, geboren ${p.dob}\nS: sinds 3 weken moe, veel plassen.\nO: RR ${int(118, 168)}/${int(70, 98)}, ${l.text}.\nE: ${dx.nl} (${dx.icd}).\nP: ${m.full}, controle over 6 weken.`,
    });
    return out(['PHI', 'PII'], req([sys(tr(lang, { en: 'You are a clinical documentation assistant.', de: 'Du bist ein Assistent für klinische Dokumentation.', fr: 'Tu es un assistant de documentation clinique.' })), user(`${tr(lang, ask.summarize)}\n\n${text}`)]));
  }),
  T('referral-letter', 'clinical-note', ['en', 'de', 'fr', 'es'], 4, (lang) => {
    const p = person(lang), dx = pick(DX), dx2 = pick(DX), m = med();
    const text = tr(lang, {
      en: `Draft a referral letter to cardiology for ${p.title} ${p.last} (${p.age}), known ${dx.en}, now with ${dx2.en}. Current meds: ${m.full}. Home phone ${p.phone}.`,
      de: `Schreibe eine Überweisung an die Kardiologie für ${p.title} ${p.last} (${p.age} J.), bekannte ${dx.de}, jetzt ${dx2.de}. Medikation: ${m.full}. Tel. ${p.phone}.`,
      fr: `Rédige un courrier d'adressage en cardiologie pour ${p.title} ${p.last} (${p.age} ans), ${dx.fr} connu(e), actuellement ${dx2.fr}. Traitement : ${m.full}. Tél. ${p.phone}.`,
      es: `Redacta una derivación a cardiología para ${p.title} ${p.last} (${p.age} años), con ${dx.es} conocida y ahora ${dx2.es}. Tratamiento: ${m.full}. Tel. ${p.phone}.`,
    });
    return out(['PHI', 'PII'], req([user(text)]));
  }),
  T('progress-note-mrn-only', 'clinical-note', ['en', 'de'], 4, (lang) => {
    const id = mrn(), dx = pick(DX), l = lab(), l2 = lab();
    const text = tr(lang, {
      en: `MRN ${id} — progress note day ${int(2, 9)}. Afebrile. ${l.text}, ${l2.text}. Working dx ${dx.en}. Continue current plan. Can you rewrite this in plain language?`,
      de: `Fallnr./MRN ${id} – Verlauf Tag ${int(2, 9)}: afebril, ${l.text}, ${l2.text}. Arbeitsdiagnose ${dx.de}. Bitte in einfache Sprache umformulieren.`,
    });
    return out(['PHI'], req([user(text)], { temperature: 0.2 }));
  }),
  T('nurse-handover', 'clinical-note', ['en', 'de', 'nl'], 3, (lang) => {
    const rows = Array.from({ length: int(2, 4) }, (_, k) => {
      const p = person(lang), pr = pick(PROC[lang] ?? PROC.en);
      return tr(lang, {
        en: `Bed ${k + 1}: ${p.title} ${p.last}, ${p.age}, post-op day ${int(1, 4)} after ${pr}; pain 3/10, mobilising.`,
        de: `Zimmer ${int(101, 340)}: ${p.title} ${p.last}, ${p.age} J., ${int(1, 4)}. postop. Tag nach ${pr}; Schmerz NRS 3.`,
        nl: `Bed ${k + 1}: ${p.title} ${p.last}, ${p.age} jr, dag ${int(1, 4)} na ${pr}; pijnscore 3.`,
      });
    });
    return out(['PHI', 'PII'], req([sys('Turn ward handover notes into an SBAR list.'), user(rows.join('\n'))]));
  }),
  T('therapy-note', 'clinical-note', ['en', 'de', 'fr', 'es'], 4, (lang) => {
    const p = person(lang), dx = DX[4];
    const text = tr(lang, {
      en: `Session ${int(3, 14)} with ${p.first} today. She/he described worsening sleep and low mood; PHQ-9 = ${int(12, 22)}. Meets criteria for ${dx.en} (${dx.icd}). Plan: continue CBT, discuss sertraline 50 mg with GP. Help me write the session note.`,
      de: `Sitzung ${int(3, 14)} mit ${p.first} heute. Schlafstörungen, gedrückte Stimmung, PHQ-9 ${int(12, 22)}. Diagnose ${dx.de} (${dx.icd}). Bitte hilf mir beim Sitzungsprotokoll.`,
      fr: `Séance ${int(3, 14)} avec ${p.first} aujourd'hui : troubles du sommeil, humeur basse, PHQ-9 à ${int(12, 22)}. ${dx.fr} (${dx.icd}). Aide-moi à rédiger la note de séance.`,
      es: `Sesión ${int(3, 14)} con ${p.first} hoy: insomnio y ánimo bajo, PHQ-9 ${int(12, 22)}. Cumple criterios de ${dx.es} (${dx.icd}). Ayúdame a redactar la nota.`,
    });
    return out(['PHI', 'PII'], req([user(text)]));
  }),
  T('patient-portal-message', 'clinical-note', ['en', 'de', 'fr', 'es', 'it'], 5, (lang) => {
    const p = person(lang), l = lab(), m = med();
    const text = tr(lang, {
      en: `Hi, this is ${p.first}. My ${l.en} came back at ${l.value} ${l.unit} and the doctor raised my ${m.full}. Is that normal? Reply to ${p.email} please.`,
      de: `Hallo, hier ist ${p.first}. Mein ${l.en}-Wert war ${l.value} ${l.unit}, jetzt soll ich ${m.full} nehmen. Ist das normal? Bitte Antwort an ${p.email}.`,
      fr: `Bonjour, c'est ${p.first}. Mon ${l.en} est à ${l.value} ${l.unit} et le médecin a augmenté ${m.full}. Est-ce normal ? Répondez à ${p.email}.`,
      es: `Hola, soy ${p.first}. Mi ${l.en} salió en ${l.value} ${l.unit} y me subieron ${m.full}. ¿Es normal? Contestad a ${p.email}.`,
      it: `Buongiorno, sono ${p.first}. Il mio ${l.en} è ${l.value} ${l.unit} e il medico mi ha aumentato ${m.full}. È normale? Scrivetemi a ${p.email}.`,
    });
    return out(['PHI', 'PII'], req([sys('You help the clinic triage patient portal messages.'), user(text)]));
  }),
  T('discharge-summary', 'discharge-summary', ['en', 'de', 'fr', 'es', 'it', 'nl'], 6, (lang) => {
    const p = person(lang), dx = pick(DX), pr = pick(PROC[lang] ?? PROC.en), m1 = med(), m2 = med();
    const adm = someDate(lang), dis = someDate(lang);
    const text = tr(lang, {
      en: `DISCHARGE SUMMARY\nName: ${p.name}   DOB: ${p.dob}   MRN: ${mrn()}\nAdmitted: ${adm}  Discharged: ${dis}\nPrincipal diagnosis: ${dx.en} (${dx.icd})\nProcedures: ${pr}\nDischarge medications: ${m1.full}; ${m2.full}\nFollow-up: GP in 7 days.`,
      de: `ENTLASSBRIEF\nPatient/in: ${p.name}, geb. ${p.dob}\nStationärer Aufenthalt: ${adm} bis ${dis}\nHauptdiagnose: ${dx.de} (${dx.icd})\nEingriff: ${pr}\nEntlassmedikation: ${m1.full}; ${m2.full}\nWiedervorstellung beim Hausarzt in 7 Tagen.`,
      fr: `COMPTE RENDU D'HOSPITALISATION\n${p.title} ${p.name}, né(e) le ${p.dob}\nHospitalisation du ${adm} au ${dis}\nDiagnostic principal : ${dx.fr} (${dx.icd})\nActe : ${pr}\nTraitement de sortie : ${m1.full} ; ${m2.full}`,
      es: `INFORME DE ALTA\nPaciente: ${p.name}  F. nac.: ${p.dob}\nIngreso: ${adm}  Alta: ${dis}\nDiagnóstico principal: ${dx.es} (${dx.icd})\nProcedimiento: ${pr}\nTratamiento al alta: ${m1.full}; ${m2.full}`,
      it: `LETTERA DI DIMISSIONE\nPaziente: ${p.name}, nato/a il ${p.dob}\nRicovero dal ${adm} al ${dis}\nDiagnosi principale: ${dx.it} (${dx.icd})\nIntervento: ${pr}\nTerapia alla dimissione: ${m1.full}; ${m2.full}`,
      nl: `ONTSLAGBRIEF\nPatiënt: ${p.name}, geb. ${p.dob}\nOpname ${adm} t/m ${dis}\nHoofddiagnose: ${dx.nl} (${dx.icd})\nIngreep: ${pr}\nOntslagmedicatie: ${m1.full}; ${m2.full}`,
    });
    const instr = pick([tr(lang, ask.summarize), lang === 'en' ? 'Write a patient-friendly version of this.' : tr(lang, ask.translateEn)]);
    return out(['PHI', 'PII'], req([user(`${instr}\n\n${text}`)], { max_tokens: 800 }));
  }),
  T('discharge-nhs-only', 'discharge-summary', ['en'], 3, () => {
    const dx = pick(DX), pr = pick(PROC.en);
    const text = `NHS No: ${nhs()}\nDiagnosis on discharge: ${dx.en}\nProcedure: ${pr}\nTTOs: ${med().full}\nPlease produce the GP summary in the standard PRSB headings.`;
    return out(['PHI'], req([user(text)]));
  }),
  T('discharge-uk-full', 'discharge-summary', ['en'], 3, () => {
    const p = person('en');
    const dx = pick(DX);
    const text = `Dear Dr ${pick(['Ahmed', 'Clarke', 'Singh'])},\nRe: ${p.name}, ${p.ukAddress}, NHS ${nhs()}, DOB ${p.dob}\nYour patient was admitted with ${dx.en} and treated with ${med().full}. Please review U&Es in one week.\n\nCan you tidy up this letter?`;
    return out(['PHI', 'PII'], req([user(text)]));
  }),
  T('pharmacy-refill', 'pharmacy', ['en', 'de', 'fr', 'es', 'nl'], 5, (lang) => {
    const p = person(lang), m = med();
    const text = tr(lang, {
      en: `Refill request: ${p.name}, DOB ${p.dob}, ${m.full}, 90-day supply, pick up at the Oak St branch. Call back ${p.phone}.`,
      de: `Folgerezept: ${p.name}, geb. ${p.dob}, ${m.full}, N3-Packung. Rückruf unter ${p.phone}.`,
      fr: `Renouvellement d'ordonnance : ${p.name}, né(e) le ${p.dob}, ${m.full}, 3 mois. Rappeler au ${p.phone}.`,
      es: `Renovación de receta: ${p.name}, nacido/a el ${p.dob}, ${m.full}, 3 meses. Llamar al ${p.phone}.`,
      nl: `Herhaalrecept: ${p.name}, geb. ${p.dob}, ${m.full}, 90 dagen. Terugbellen op ${p.phone}.`,
    });
    return out(['PHI', 'PII'], req([sys(tr(lang, { en: 'Classify pharmacy requests: refill, interaction question, or other.', de: 'Ordne Apothekenanfragen ein: Folgerezept, Wechselwirkung, Sonstiges.' })), user(text)]));
  }),
  T('prescription-dea', 'pharmacy', ['en'], 3, () => {
    const p = person('en'), m = med(), doc = person('en');
    const text = `Rx\nPatient: ${p.name}  ${p.address}\nDOB: ${p.dob}\n${m.name} — sig: ${m.dose}, disp #${int(30, 90)}, refills ${int(0, 3)}\nPrescriber: ${doc.name}, MD  NPI ${npi()}  DEA ${dea(doc.last[0])}\nCheck this prescription for missing fields.`;
    return out(['PHI', 'PII'], req([user(text)]));
  }),
  T('pharmacy-npi-dispense-log', 'pharmacy', ['en'], 3, () => {
    const rows = Array.from({ length: int(3, 5) }, () => `${someDate('en')},${pick(['RX', 'RF'])}${digits(7)},${med().full.replace(/,/g, ';')},NPI ${npi()}`);
    return out(['PHI'], req([user(`Find duplicate dispenses in this log:\ndate,rx,drug,prescriber\n${rows.join('\n')}`)]));
  }),
  T('lab-result-email', 'lab', ['en', 'de', 'fr', 'es', 'it', 'nl'], 5, (lang) => {
    const p = person(lang), ls = shuffle(LABS).slice(0, 3).map((l) => `${l.en} (LOINC ${l.loinc}): ${l.v()} ${l.unit} [ref ${l.ref}]`);
    const head = tr(lang, { en: `Dear ${p.first},\nyour results from ${someDate(lang)}:`, de: `Liebe/r ${p.first} ${p.last},\nIhre Laborwerte vom ${someDate(lang)}:`, fr: `Bonjour ${p.first},\nvos résultats du ${someDate(lang)} :`, es: `Hola ${p.first}:\ntus resultados del ${someDate(lang)}:`, it: `Gentile ${p.name},\ni suoi esami del ${someDate(lang)}:`, nl: `Beste ${p.first},\nuw uitslagen van ${someDate(lang)}:` });
    return out(['PHI', 'PII'], req([user(`${tr(lang, { en: 'Make this email friendlier:', de: 'Formuliere diese Mail freundlicher:', fr: 'Rends ce mail plus chaleureux :', es: 'Haz este correo más cercano:', it: 'Rendi questa email più cordiale:', nl: 'Maak deze mail vriendelijker:' })}\n\n${head}\n${ls.join('\n')}`)]));
  }),
  T('lab-table-mrn', 'lab', ['en', 'de'], 4, (lang) => {
    const id = mrn();
    const rows = shuffle(LABS).slice(0, int(3, 6)).map((l) => `| ${l.loinc} | ${l.en} | ${l.v()} | ${l.unit} | ${l.ref} |`);
    const hdr = lang === 'de' ? `Befund für Patienten-ID (MRN) ${id}. Welche Werte sind auffällig?` : `Results for MRN ${id}. Which values are out of range?`;
    return out(['PHI'], req([user(`${hdr}\n| LOINC | test | value | unit | ref |\n|---|---|---|---|---|\n${rows.join('\n')}`)]));
  }),
  T('lab-critical-call', 'lab', ['en', 'fr'], 3, (lang) => {
    const p = person(lang), l = pick(LABS.filter((x) => ['2823-3', '6301-6', '718-7'].includes(x.loinc)));
    const text = lang === 'fr' ? `Valeur critique : ${l.en} ${l.v()} ${l.unit} pour ${p.name} (chambre ${int(100, 450)}). Rédige le message au médecin de garde.` : `Critical value: ${l.en} ${l.v()} ${l.unit} for ${p.name}, room ${int(100, 450)}. Draft the page to the on-call resident.`;
    return out(['PHI', 'PII'], req([user(text)]));
  }),
  T('hl7-adt-a01', 'hl7', ['en'], 4, () => {
    const p = person(pick(['en', 'de', 'nl'])), dx = pick(DX), id = digits(7);
    const ts = `2026${pad(int(1, 12))}${pad(int(1, 28))}${pad(int(0, 23))}${pad(int(0, 59))}`;
    const msg = [
      `MSH|^~\\&|EPIC|${pick(['STMARY', 'UKB', 'CHU_LYON'])}|HL7RCV|ADT|${ts}||ADT^A01^ADT_A01|MSG${digits(8)}|P|2.5.1`,
      `EVN|A01|${ts}`,
      `PID|1||${id}^^^HOSP^MR||${p.last.toUpperCase()}^${p.first.toUpperCase()}||${p.dobHl7}|${p.sex}|||${p.address.split(',')[0]}^^${pick(['SPRINGFIELD', 'BERLIN', 'UTRECHT'])}||${p.phone.replace(/\D/g, '').slice(-10)}`,
      `PV1|1|I|${pick(['4W', 'ICU', 'CARD'])}^${int(401, 460)}^01||||${digits(6)}^${pick(['SMITH^JOHN', 'BAKER^ANN'])}|||MED`,
      `DG1|1|I10|${dx.icd}^${dx.en.toUpperCase()}^I10||${ts}|A`,
    ].join('\r');
    return out(['PHI', 'PII'], req([user(`Parse this HL7 message into JSON (patient, visit, diagnosis):\n${msg}`)], { response_format: { type: 'json_object' } }));
  }),
  T('hl7-oru-r01', 'hl7', ['en'], 4, () => {
    const p = person(pick(['en', 'fr', 'es'])), id = mrn().replace(/\D/g, '');
    const obx = shuffle(LABS).slice(0, 3).map((l, k) => `OBX|${k + 1}|NM|${l.loinc}^${l.en}^LN||${l.v()}|${l.unit}|${l.ref}|${pick(['H', 'N', 'L'])}|||F`);
    const msg = [`MSH|^~\\&|LAB|CORE|EMR|CLINIC|20260${int(1, 9)}${pad(int(10, 28))}0812||ORU^R01|${digits(9)}|P|2.4`, `PID|||${id}^^^LAB^MR||${p.last}^${p.first}||${p.dobHl7}|${p.sex}`, `OBR|1||${digits(8)}|24323-8^Comprehensive metabolic panel^LN`, ...obx].join('\n');
    return out(['PHI', 'PII'], req([sys('You convert HL7 v2 results into a short clinician summary.'), user(msg)]));
  }),
  T('hl7-mrn-only-segment', 'hl7', ['en'], 3, () => {
    const l = lab();
    const msg = `PID|||${digits(8)}^^^HOSP^MR\nOBX|1|NM|${l.loinc}^${l.en}^LN||${l.value}|${l.unit}|${l.ref}|H|||F`;
    return out(['PHI'], req([user(`Why does our interface engine reject this fragment?\n${msg}`)]));
  }),
  T('hl7-in-tool-result', 'hl7', ['en'], 3, () => {
    const p = person('en'), dx = pick(DX);
    const msg = `MSH|^~\\&|RIS|HOSP|AI|GW|202605${pad(int(10, 28))}||ORM^O01|${digits(8)}|P|2.3\rPID|1||${digits(7)}^^^HOSP^MR||${p.last}^${p.first}||${p.dobHl7}|${p.sex}\rORC|NW|${digits(6)}\rOBR|1|${digits(6)}||71046^CHEST XRAY 2 VIEWS^CPT|||||||||${dx.en}`;
    return out(['PHI', 'PII'], req([
      user('Fetch the latest radiology order from the interface and tell me what exam was ordered.'),
      asst(null, { tool_calls: [call('call_ris1', 'fetch_hl7', { queue: 'RIS-ORM', limit: 1 })] }),
      toolMsg('call_ris1', msg),
    ], { tools: [fn('fetch_hl7', 'Reads messages from an HL7 queue.', { queue: { type: 'string' }, limit: { type: 'integer' } }, ['queue'])] }), { where: 'tool-result' });
  }),
  T('fhir-patient', 'fhir', ['en', 'de', 'nl'], 4, (lang) => {
    const p = person(lang);
    const res = { resourceType: 'Patient', id: hex(8), identifier: [{ system: pick(['http://hospital.example.org/mrn', 'urn:oid:2.16.840.1.113883.19.5']), value: mrn() }], name: [{ family: p.last, given: [p.first] }], gender: p.sex === 'F' ? 'female' : 'male', birthDate: p.dobIso, telecom: [{ system: 'phone', value: p.phone }], address: [{ text: p.address }] };
    return out(['PHI', 'PII'], req([user(`Validate this FHIR R4 resource and list problems:\n${JSON.stringify(res, null, 2)}`)]));
  }),
  T('fhir-observation', 'fhir', ['en'], 4, () => {
    const p = person(pick(['en', 'es', 'it'])), l = lab();
    const res = { resourceType: 'Observation', status: 'final', category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }], code: { coding: [{ system: 'http://loinc.org', code: l.loinc, display: l.en }] }, subject: { reference: `Patient/${hex(6)}`, display: p.name }, effectiveDateTime: `2026-0${int(1, 9)}-${pad(int(10, 28))}T08:30:00Z`, valueQuantity: { value: Number(l.value), unit: l.unit } };
    return out(['PHI', 'PII'], req([user(`Explain this result to a nurse:\n${JSON.stringify(res)}`)]));
  }),
  T('fhir-condition', 'fhir', ['en', 'fr'], 4, (lang) => {
    const p = person(lang), dx = pick(DX);
    const res = { resourceType: 'Condition', clinicalStatus: { coding: [{ code: 'active' }] }, code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: dx.icd, display: dx.en }] }, subject: { reference: `Patient/${digits(5)}`, display: p.name }, onsetDateTime: `${int(2015, 2025)}-${pad(int(1, 12))}-${pad(int(1, 28))}` };
    return out(['PHI', 'PII'], req([user(`${lang === 'fr' ? 'Ajoute le code SNOMED correspondant à cette ressource :' : 'Add the matching SNOMED CT coding to this resource:'}\n${JSON.stringify(res, null, 1)}`)]));
  }),
  T('fhir-medicationrequest', 'fhir', ['en', 'de'], 4, (lang) => {
    const m = med(), withName = chance(0.5), p = person(lang);
    const res = { resourceType: 'MedicationRequest', status: 'active', intent: 'order', medicationCodeableConcept: { text: m.name }, subject: withName ? { reference: `Patient/${digits(6)}`, display: p.name } : { identifier: { system: 'http://hospital.example.org/mrn', value: mrn() } }, dosageInstruction: [{ text: m.dose }] };
    return out(withName ? ['PHI', 'PII'] : ['PHI'], req([user(`${lang === 'de' ? 'Ist die Dosierung plausibel?' : 'Is this dosing plausible?'}\n${JSON.stringify(res)}`)]));
  }),
  T('fhir-bundle-tool-args', 'fhir', ['en'], 3, () => {
    const p = person('en'), dx = pick(DX);
    const bundle = { resourceType: 'Bundle', type: 'transaction', entry: [{ resource: { resourceType: 'Patient', name: [{ family: p.last, given: [p.first] }], birthDate: p.dobIso } }, { resource: { resourceType: 'Condition', code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: dx.icd }] } } }] };
    return out(['PHI', 'PII'], req([
      user('Post the bundle you prepared to the FHIR server and confirm.'),
      asst(null, { tool_calls: [call('call_fhir', 'fhir_post', { bundle })] }),
      toolMsg('call_fhir', '{"status":"201 Created"}'),
    ], { tools: [fn('fhir_post', 'POSTs a FHIR transaction bundle.', { bundle: { type: 'object' } }, ['bundle'])] }), { where: 'tool-call-args' });
  }),
  T('icd-coding-claim', 'icd-coding', ['en', 'de', 'es'], 4, (lang) => {
    const p = person(lang), dx = pick(DX), pr = pick(PROC[lang] ?? PROC.en);
    const text = tr(lang, {
      en: `Suggest ICD-10-CM and CPT codes for this encounter: ${p.name}, ${p.age}, seen ${someDate('en')} for ${dx.en}; ${pr} performed.`,
      de: `Welche ICD-10-GM- und OPS-Codes passen? ${p.name}, ${p.age} J., Aufnahme wegen ${dx.de}, ${pr}.`,
      es: `Propón códigos CIE-10 para: ${p.name}, ${p.age} años, atendido/a por ${dx.es}; ${pr}.`,
    });
    return out(['PHI', 'PII'], req([user(text)]));
  }),
  T('medicare-mbi-claim', 'icd-coding', ['en'], 3, () => {
    const dx = pick(DX), withName = chance(0.5), p = person('en');
    const text = `Claim scrub: MBI ${mbi()}${withName ? `, beneficiary ${p.name}` : ''}, DOS ${someDate('en')}, Dx ${dx.icd}, CPT 99214. Why was it denied with CO-16?`;
    return out(withName ? ['PHI', 'PII'] : ['PHI'], req([user(text)]));
  }),
  T('insurance-appeal', 'clinical-note', ['en', 'de', 'fr'], 3, (lang) => {
    const p = person(lang), dx = pick(DX), m = med();
    const text = tr(lang, {
      en: `Write an appeal to ${pick(['Aetna', 'Cigna', 'UnitedHealthcare'])}: member ${p.name}, member ID ${pick(['W', 'U', 'H'])}${digits(9)}, was denied ${m.name} for ${dx.en} (${dx.icd}) despite failure of two prior therapies.`,
      de: `Widerspruch an die Krankenkasse: ${p.name}, Versichertennummer ${kvnr()}, Ablehnung von ${m.name} bei ${dx.de} (${dx.icd}). Bitte formulieren.`,
      fr: `Rédige un recours à la CPAM pour ${p.name}, NIR ${nir(p)}, refus de prise en charge de ${m.name} pour ${dx.fr}.`,
    });
    return out(['PHI', 'PII'], req([user(text)]));
  }),
  T('radiology-report', 'clinical-note', ['en', 'es', 'it'], 3, (lang) => {
    const p = person(lang), acc = `ACC${digits(8)}`;
    const text = tr(lang, {
      en: `EXAM: CT abdomen/pelvis with contrast. Accession ${acc}. Patient ${p.name}, ${p.age}${p.sex}.\nFINDINGS: dilated appendix 11 mm with periappendiceal fat stranding.\nIMPRESSION: acute appendicitis (K35.80). Summarise for the surgeon.`,
      es: `TC abdomen con contraste. Nº ${acc}. Paciente ${p.name}, ${p.age} años.\nHallazgos: apéndice de 11 mm con trabeculación de la grasa.\nConclusión: apendicitis aguda (K35.80). Resume para cirugía.`,
      it: `TC addome con mdc. Acc. ${acc}. Paziente ${p.name}, ${p.age} anni.\nReperti: appendice di 11 mm con infarcimento adiposo.\nConclusioni: appendicite acuta (K35.80). Riassumi per il chirurgo.`,
    });
    return out(['PHI', 'PII'], req([user(text)]));
  }),
  T('appointment-chemo', 'clinical-note', ['en', 'de', 'fr', 'es'], 3, (lang) => {
    const p = person(lang);
    const text = tr(lang, {
      en: `Write an SMS: "${p.first}, reminder: your chemotherapy cycle ${int(2, 6)} (FOLFOX) is on ${someDate('en')} at 8:30, oncology day unit." Send to ${p.phone}.`,
      de: `Formuliere eine SMS an ${p.phone}: ${p.title} ${p.last}, Ihr Chemotherapie-Zyklus ${int(2, 6)} ist am ${someDate('de')} um 8:30 Uhr.`,
      fr: `Écris un SMS pour ${p.title} ${p.last} (${p.phone}) : sa séance de chimiothérapie n°${int(2, 6)} a lieu le ${someDate('fr')} à 8h30.`,
      es: `Redacta un SMS para ${p.first} (${p.phone}): su ciclo ${int(2, 6)} de quimioterapia es el ${someDate('es')} a las 8:30.`,
    });
    return out(['PHI', 'PII'], req([user(text)]));
  }),
  T('kvnr-arztbrief', 'clinical-note', ['de'], 3, () => {
    const [dx, dx2] = shuffle(DX), withName = chance(0.4), p = person('de');
    const text = `Versichertennr. ${kvnr()}${withName ? `, ${p.name}` : ''}\nDiagnosen: ${dx.de} (${dx.icd}), ${dx2.de}\nTherapie: ${med().full}\nBitte Kurzbrief für den Hausarzt erstellen.`;
    return out(withName ? ['PHI', 'PII'] : ['PHI'], req([user(text)]));
  }),
  T('historia-clinica-nhc', 'clinical-note', ['es'], 3, () => {
    const dx = pick(DX);
    return out(['PHI'], req([user(`NHC ${digits(7)}. Evolución: paciente estable, ${lab().text}. Diagnóstico: ${dx.es} (${dx.icd}). Ajusta ${med().full}. Reescribe la nota en formato SOAP.`)]));
  }),
  // ---------------------------------------------------------------- outside the message text
  T('metadata-mrn', 'clinical-note', ['en', 'de', 'fr'], 4, (lang) => {
    const dx = pick(DX);
    const q = tr(lang, { en: `Draft discharge instructions for ${dx.en}, covering warning signs and follow-up.`, de: `Entlassungshinweise für ${dx.de} formulieren (Warnzeichen, Nachsorge).`, fr: `Rédige les consignes de sortie pour ${dx.fr}.` });
    return out(['PHI'], req([user(q)], { metadata: { encounter: `ENC-${digits(7)}`, mrn: mrn(), department: pick(['cardiology', 'internal-medicine', 'oncology']) } }), { where: 'metadata' });
  }),
  T('metadata-patient-name', 'clinical-note', ['en', 'es', 'it'], 3, (lang) => {
    const p = person(lang), dx = pick(DX);
    const q = tr(lang, { en: `Explain ${dx.en} and its treatment in simple words for the patient.`, es: `Explica ${dx.es} y su tratamiento con palabras sencillas para el paciente.`, it: `Spiega ${dx.it} e la terapia con parole semplici per il paziente.` });
    return out(['PHI', 'PII'], req([user(q)], { metadata: { patient_name: p.name, patient_dob: p.dobIso, channel: 'portal' } }), { where: 'metadata' });
  }),
  T('user-field-email-health', 'clinical-note', ['en', 'de', 'fr'], 4, (lang) => {
    const p = person(lang), m = med();
    const q = tr(lang, { en: `I was just prescribed ${m.full} for my ${pick(DX).en}. What side effects should I watch for?`, de: `Mir wurde gerade ${m.full} wegen meiner ${pick(DX).de} verschrieben. Auf welche Nebenwirkungen soll ich achten?`, fr: `On vient de me prescrire ${m.full} pour mon ${pick(DX).fr}. Quels effets indésirables surveiller ?` });
    return out(['PHI', 'PII'], req([user(q)], { user: p.email }), { where: 'user' });
  }),
  T('image-url-scan', 'clinical-note', ['en', 'de'], 4, (lang) => {
    const p = person(lang), id = mrn();
    const url = pick([
      `https://files.example.org/scan?patient=${encodeURIComponent(p.name)}&mrn=${id}&study=CXR`,
      `https://pacs.example-hospital.de/wado?requestType=WADO&studyUID=1.2.840.${digits(8)}&patientID=${id}&contentType=image/jpeg`,
      `https://cdn.example.net/derm/${id}/${p.last.toLowerCase()}-lesion-${digits(3)}.jpg`,
    ]);
    const withName = url.includes(encodeURIComponent(p.name)) || url.includes(p.last.toLowerCase());
    const q = lang === 'de' ? 'Beschreibe die Auffälligkeiten auf diesem Röntgenbild.' : 'Describe any abnormal findings on this image.';
    return out(withName ? ['PHI', 'PII'] : ['PHI'], req([user([{ type: 'text', text: q }, { type: 'image_url', image_url: { url, detail: 'high' } }])]), { where: 'image_url' });
  }),
  T('tool-description-patient', 'clinical-note', ['en'], 3, () => {
    const p = person('en'), id = mrn();
    return out(['PHI', 'PII'], req([user('What allergies are on file, and is amoxicillin safe?')], {
      tools: [fn('get_allergies', `Returns the allergy list for the current patient ${p.name} (MRN ${id}), who has ${pick(DX).en}.`, { include_inactive: { type: 'boolean' } })],
      tool_choice: 'auto',
    }), { where: 'tool-description' });
  }),
  T('tool-schema-enum-mrn', 'lab', ['en'], 3, () => {
    const ids = [mrn(), mrn(), mrn()];
    return out(['PHI'], req([user('Pull the latest HbA1c for the first patient on my list.')], {
      tools: [fn('get_lab', 'Latest lab value for a patient on the diabetes clinic list.', { mrn: { type: 'string', enum: ids, description: 'MRN of the patient' }, loinc: { type: 'string', default: '4548-4' } }, ['mrn'])],
    }), { where: 'tool-schema' });
  }),
  T('json-schema-description', 'clinical-note', ['en', 'de'], 3, (lang) => {
    const p = person(lang), dx = pick(DX);
    const schema = { name: 'visit_summary', strict: true, schema: { type: 'object', description: lang === 'de' ? `Zusammenfassung für ${p.name} (geb. ${p.dob}), ${dx.de}` : `Summary for ${p.name} (DOB ${p.dob}) being followed for ${dx.en}`, properties: { problems: { type: 'array', items: { type: 'string' } }, plan: { type: 'string' } }, required: ['problems', 'plan'], additionalProperties: false } };
    return out(['PHI', 'PII'], req([user(lang === 'de' ? 'Fasse den letzten Besuch strukturiert zusammen.' : 'Produce the structured summary of the last visit.')], { response_format: { type: 'json_schema', json_schema: schema } }), { where: 'response_format' });
  }),
  T('prediction-note', 'clinical-note', ['en'], 3, () => {
    const p = person('en'), dx = pick(DX), m = med();
    const draft = `Assessment: ${p.name} (${p.age}) with ${dx.en}, stable.\nPlan: continue ${m.full}.`;
    return out(['PHI', 'PII'], req([user('Fix the grammar of my note; keep everything else identical.')], { prediction: { type: 'content', content: draft } }), { where: 'prediction' });
  }),
  T('stop-mrn', 'clinical-note', ['en'], 2, () => {
    const id = mrn();
    return out(['PHI'], req([user(`Continue the clinical note for ${pick(DX).en}: "Patient seen in clinic, reports improvement..."`)], { stop: [`MRN: ${id}`, '\n\n---'] }), { where: 'stop' });
  }),
  T('message-name-patient', 'clinical-note', ['en', 'nl'], 3, (lang) => {
    const p = person(lang);
    const nm = `${p.first}_${p.last}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, '_');
    const q = lang === 'nl' ? `Ik gebruik ${med().full} voor mijn ${pick(DX).nl}. Mag ik daarnaast ibuprofen nemen?` : `I take ${med().full} for my ${pick(DX).en}. Can I also take ibuprofen?`;
    return out(['PHI', 'PII'], req([user(q, { name: nm })]), { where: 'message-name' });
  }),
  T('tool-call-args-labs', 'lab', ['en'], 3, () => {
    const id = mrn(), l = lab();
    return out(['PHI'], req([
      user('Is the latest potassium trending down?'),
      asst(null, { tool_calls: [call('call_k', 'lab_history', { mrn: id, loinc: '2823-3', days: 30 })] }),
      toolMsg('call_k', JSON.stringify({ results: [{ t: '2026-03-01', v: 5.8 }, { t: '2026-03-04', v: 5.2 }, { t: '2026-03-07', v: 4.6 }] })),
    ], { tools: [fn('lab_history', 'Lab history by LOINC.', { mrn: { type: 'string' }, loinc: { type: 'string' }, days: { type: 'integer' } }, ['mrn', 'loinc'])] }), { where: 'tool-call-args' });
  }),
  T('tool-result-ehr-record', 'clinical-note', ['en', 'de'], 3, (lang) => {
    const p = person(lang), dx = pick(DX), m = med();
    return out(['PHI', 'PII'], req([
      user(lang === 'de' ? 'Welche Medikamente hat die Patientin in Zimmer 12?' : 'What meds is the patient in room 12 on?'),
      asst(null, { tool_calls: [call('call_ehr', 'ehr_lookup', { room: '12' })] }),
      toolMsg('call_ehr', JSON.stringify({ name: p.name, birthDate: p.dobIso, problems: [dx.icd], medications: [m.full] })),
    ], { tools: [fn('ehr_lookup', 'Looks up the current occupant of a room.', { room: { type: 'string' } }, ['room'])] }), { where: 'tool-result' });
  }),
  // ---------------------------------------------------------------- encoded
  T('enc-percent-url-phi', 'clinical-note', ['en', 'de'], 3, (lang) => {
    const p = person(lang), dx = pick(DX);
    const qs = `name=${encodeURIComponent(p.name)}&dob=${p.dobIso}&dx=${encodeURIComponent(`${dx.icd} ${dx[lang] ?? dx.en}`)}`;
    const enc = chance(0.5) ? pctAll(`${p.name}; ${dx.en}`) : encodeURIComponent(qs);
    return out(['PHI', 'PII'], req([user(`${lang === 'de' ? 'Was steht in diesem Link-Parameter?' : 'Decode this tracking parameter from our referral form:'} https://forms.example.org/r?d=${enc}`)]), { enc: 'percent' });
  }),
  T('enc-base64-note', 'clinical-note', ['en', 'fr'], 3, (lang) => {
    const p = person(lang), dx = pick(DX);
    const note = lang === 'fr' ? `Patient ${p.name}, né(e) le ${p.dob}. Diagnostic : ${dx.fr}. Traitement : ${med().full}.` : `Patient ${p.name}, DOB ${p.dob}. Dx: ${dx.en}. Rx: ${med().full}.`;
    return out(['PHI', 'PII'], req([user(`${lang === 'fr' ? 'Décode ce champ base64 et résume-le :' : 'Decode this base64 field from the export and summarise it:'}\n${b64(note)}`)]), { enc: 'base64' });
  }),
  T('enc-html-entities-note', 'clinical-note', ['en'], 2, () => {
    const p = person('en'), dx = pick(DX);
    const html = `<p>${htmlEntities(p.name)} &mdash; ${htmlEntities(`DOB ${p.dob}`)}</p><p>Dx: ${dx.en} (${dx.icd})</p>`;
    return out(['PHI', 'PII'], req([user(`Convert this HTML snippet from the portal into plain text:\n${html}`)]), { enc: 'html-entities' });
  }),
  T('enc-quoted-printable-lab', 'lab', ['de', 'fr'], 2, (lang) => {
    const p = person(lang), l = lab();
    const body = lang === 'de' ? `Sehr geehrte/r ${p.title} ${p.name},\nIhr Befund (geb. ${p.dob}): ${l.text}, Referenz ${l.ref}. Bitte Rücksprache in der Praxis.` : `Chère/Cher ${p.name},\nvotre bilan (né(e) le ${p.dob}) : ${l.text}, valeurs de référence ${l.ref}. Merci de rappeler le cabinet.`;
    const mail = `Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n${quotedPrintable(body)}`;
    return out(['PHI', 'PII'], req([user(`${lang === 'de' ? 'Was steht in dieser Mail?' : 'Que dit ce mail ?'}\n${mail}`)]), { enc: 'quoted-printable' });
  }),
];
