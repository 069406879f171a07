import { detectTerms } from './terms';
import { foldUnit, FOREIGN } from './fold';
import { VOCAB_STATS } from './vocab-index';
import type { Span } from '../types';

const terms = (text: string): string[] => {
  const out: Span[] = [];
  detectTerms(text, out);
  for (const s of out) expect(s.entityType).toBe('MEDICAL_CONDITION');
  return out.map((s) => text.slice(s.start, s.end));
};

describe('clinical vocabulary scan', () => {
  it('has a vocabulary worth the name', () => {
    expect(VOCAB_STATS.terms).toBeGreaterThan(4000);
    expect(VOCAB_STATS.endings).toBeGreaterThan(200);
  });

  it.each([
    // English conditions and procedures
    ['Pt with congestive heart failure and COPD', ['congestive heart failure', 'COPD']],
    ['history of atrial fibrillation, s/p cholecystectomy', ['atrial fibrillation', 'cholecystectomy']],
    ['She was diagnosed with rheumatoid arthritis last year', ['diagnosed with', 'rheumatoid arthritis']],
    ['Colonoscopy showed diverticulosis', ['Colonoscopy', 'diverticulosis']],
    ['left ventricular hypertrophy on echo', ['left ventricular hypertrophy']],
    ['chronic pancreatitis and gastroparesis', ['pancreatitis', 'gastroparesis']],
    ["He has Parkinson's", ["Parkinson's"]],
    ['thrombocytopenia and nephrolithiasis', ['thrombocytopenia', 'nephrolithiasis']],
    ['torn ACL during the match', ['torn ACL']],
    // drugs with doses, INN stems, cues
    ['metformin 1000 mg BID', ['metformin 1000 mg']],
    ['started on candesartan 8 mg daily', ['candesartan 8 mg']],
    ['apixaban 5mg', ['apixaban 5mg']],
    ['taking sertraline', ['sertraline']],
    ['taking metformin, lisinopril and atorvastatin daily', ['metformin', 'lisinopril', 'atorvastatin']],
    ['patient on warfarin', ['warfarin']],
    ['a review of metformin, lisinopril and atorvastatin trials', []], // drugs named, none taken
    ['prescribed amoxicillin', ['amoxicillin']],
    ['given IV morphine for the sickle cell crisis', ['morphine', 'sickle cell crisis']],
    ['Mein Vater bekommt Antibiotika', ['Antibiotika']],
    ['Jardiance (empagliflozin) 10 mg', ['Jardiance (empagliflozin) 10 mg']],
    ['lithium 300 mg at night', ['lithium 300 mg']],
    ['insulin glargine 20 units at bedtime', ['insulin glargine 20 units']],
    ['piperacillin/tazobactam 4.5 g IV, sacubitril/valsartan 49/51 mg', ['tazobactam 4.5 g', 'valsartan 49/51 mg']],
    ['Na 132 mmol/L, K+ 5.8 mmol/L, Cr 1.9 mg/dL', ['Na 132 mmol/L', 'K+ 5.8 mmol/L', 'Cr 1.9 mg/dL']],
    // someone's own drug, and a new dose after "to"
    ['Since you raised my lisinopril to 20 mg daily', ['lisinopril to 20 mg']],
    ['Can I stop my sertraline?', ['sertraline']],
    ['Ramipril auf 5 mg erhöht', ['Ramipril auf 5 mg']],
    // a dictated dose: the number and the unit spelled out
    ['insätter prednisolon trettio milligram dagligen', ['prednisolon trettio milligram']],
    ['metformine vijfhonderd milligram drie keer daags', ['metformine vijfhonderd milligram']],
    ['ceftriaxone due grammi endovena', ['ceftriaxone due grammi']],
    ['tome medio comprimido de sintrom cuatro miligramos', ['sintrom cuatro miligramos']],
    ['acenocumarol 4 mg, phenprocoumon 3 mg', ['acenocumarol 4 mg', 'phenprocoumon 3 mg']],
    ['take metformin five hundred milligrams twice a day', ['metformin five hundred milligrams']],
    ['metformin is a drug; two hundred grams of flour', []], // a drug needs its dose right after it
    // values a few words after the measurement, and symptom phrases
    ['My home BP readings are around 128/82.', ['BP readings are around 128/82']],
    ['HbA1c was still about 8.1 %', ['HbA1c was still about 8.1 %']],
    ['I get a dry cough every night and night sweats', ['dry cough', 'night sweats']],
    // INN stems not listed by name
    ['zilebesiran 300 mg', []], // not a known stem: nothing
    ['fictivasartan 40 mg', ['fictivasartan 40 mg']],
    ['novelumab 200 mg IV', ['novelumab 200 mg']],
    ['quintrolol 25 mg', ['quintrolol 25 mg']],
    ['exampliprazole 20 mg', ['exampliprazole 20 mg']],
    // labs with values and units, vitals
    ['HbA1c 8.1%', ['HbA1c 8.1%']],
    ['creatinine 1.4 mg/dL, eGFR 52 mL/min/1.73m2', ['creatinine 1.4 mg/dL', 'eGFR 52 mL/min/1.73m2']],
    ['LDL 160 mg/dL and TSH of 6.2 mIU/L', ['LDL 160 mg/dL', 'TSH of 6.2 mIU/L']],
    ['troponin 0.04 ng/mL', ['troponin 0.04 ng/mL']],
    ['BP 150/95 mmHg, HR 88 bpm, SpO2 94%', ['BP 150/95 mmHg', 'HR 88 bpm', 'SpO2 94%']],
    ['temp 38.5 °C, RR 22/min', ['temp 38.5 °C', 'RR 22/min']],
    // whole-word clinical endings, in compounds
    ['juvenile polyarthritis, glomerulonephritis, rhinosinusitis', ['polyarthritis', 'glomerulonephritis', 'rhinosinusitis']],
    ['Neurodermitis und Divertikulitis', ['Neurodermitis', 'Divertikulitis']],
    ['gastroenteritis aguda y pielonefritis', ['gastroenteritis', 'pielonefritis']],
    // German
    ['Patient mit Lungenentzündung und Herzinsuffizienz', ['Lungenentzündung', 'Herzinsuffizienz']],
    ['Z.n. Appendektomie, V.a. Bauchspeicheldrüsenentzündung', ['Appendektomie', 'Bauchspeicheldrüsenentzündung']],
    ['Ramipril 5 mg 1-0-0, Metformin 1000 1-0-1', ['Ramipril 5 mg', 'Metformin 1000 1-0-1']],
    ['Ich nehme Pantoprazol', ['Pantoprazol']],
    ['Schenkelhalsfraktur links, Vorhofflimmern', ['Schenkelhalsfraktur', 'Vorhofflimmern']],
    ['Blutzucker 180 mg/dl, RR 160/95 mmHg, Puls 96/min', ['Blutzucker 180 mg/dl', 'RR 160/95 mmHg', 'Puls 96/min']],
    ['Kreatinin 2,3 mg/dl, Kalium 5,8 mmol/l', ['Kreatinin 2,3 mg/dl', 'Kalium 5,8 mmol/l']],
    ['Diabetes mellitus Typ 2, Zustand nach Herzinfarkt', ['Diabetes mellitus', 'Herzinfarkt']],
    // French
    ['pneumonie et insuffisance cardiaque', ['pneumonie', 'insuffisance cardiaque']],
    ['sous metformine 1000 mg, atorvastatine 20 mg', ['metformine 1000 mg', 'atorvastatine 20 mg']],
    ['antécédent de cholécystectomie, diabète de type 2', ['cholécystectomie', 'diabète de type 2']],
    ['glycémie à jeun 1,32 g/l', ['glycémie à jeun 1,32 g/l']],
    // Spanish
    ['insuficiencia cardíaca y neumonía', ['insuficiencia cardíaca', 'neumonía']],
    ['toma enalapril 10 mg y omeprazol 20 mg', ['enalapril 10 mg', 'omeprazol 20 mg']],
    ['hipertensión arterial, colecistectomía en 2019', ['hipertensión arterial', 'colecistectomía']],
    ['creatinina 2,1 mg/dl', ['creatinina 2,1 mg/dl']],
    // Italian
    ['scompenso cardiaco, fibrillazione atriale', ['scompenso cardiaco', 'fibrillazione atriale']],
    // Dutch
    ['verdenking melanoom, gepigmenteerde laesie op de rug', ['verdenking melanoom', 'gepigmenteerde laesie']],
    ['verwezen naar de polikliniek dermatologie, allergie voor penicilline', ['polikliniek dermatologie', 'allergie voor penicilline']],
    ['Bekend met longontsteking en nierinsufficiëntie, status na coloscopie', ['longontsteking', 'nierinsufficiëntie', 'coloscopie']],
    ['neemt metformine 500 mg, HbA1c 64 mmol/mol', ['metformine 500 mg', 'HbA1c 64']],
    ['blaasontsteking; angststoornis; pols 96/min', ['blaasontsteking', 'angststoornis', 'pols 96/min']],
    // Portuguese (European and Brazilian spellings)
    [
      'Consulta de psiquiatria: perturbação do comportamento alimentar e ideação suicida',
      ['Consulta de psiquiatria', 'perturbação do comportamento alimentar', 'ideação suicida'],
    ],
    ['Paciente com hipotireoidismo e diabetes tipo 2, toma metformina 850 mg', ['hipotireoidismo', 'diabetes tipo 2', 'metformina 850 mg']],
    [
      'cancro da mama com metástases; iniciou quimioterapia na consulta de oncologia',
      ['cancro da mama', 'metástases', 'quimioterapia', 'consulta de oncologia'],
    ],
    [
      'TSH 6,8 mUI/l, glicemia em jejum 126 mg/dl, tensão arterial 150/95 mmHg',
      ['TSH 6,8 mUI/l', 'glicemia em jejum 126 mg/dl', 'tensão arterial 150/95 mmHg'],
    ],
    ['levotiroxina 50 microgramas, 2 comprimidos de paracetamol', ['levotiroxina 50 microgramas', 'paracetamol']],
    // Polish
    [
      'Rozpoznanie: niedoczynność tarczycy, zaburzenia odżywiania, skierowanie do poradni zdrowia psychicznego',
      ['niedoczynność tarczycy', 'zaburzenia odżywiania', 'poradni zdrowia psychicznego'],
    ],
    [
      'pacjentka z cukrzycą i niedoczynnością tarczycy, leczenie zapalenia płuc',
      ['cukrzycą', 'niedoczynnością tarczycy', 'zapalenia płuc'],
    ],
    ['Pacjent z rakiem? Nie: rak płuc, zapalenie płuc i zawał serca w wywiadzie', ['rak płuc', 'zapalenie płuc', 'zawał serca']],
    ['przyjmuje lewotyroksynę; metformina 500 mg 2 tabletki dziennie', ['metformina 500 mg']],
    [
      'TSH wynosi 6,8, ciśnienie tętnicze 140/90 mmHg, tętno 96 ud/min',
      ['TSH wynosi 6,8', 'ciśnienie tętnicze 140/90 mmHg', 'tętno 96 ud/min'],
    ],
    [
      'cukrzyca typu 2, uzależnienie od alkoholu, ciąża pozamaciczna',
      ['cukrzyca typu 2', 'uzależnienie od alkoholu', 'ciąża pozamaciczna'],
    ],
    // Swedish
    ['Remiss till psykiatrisk mottagning: ätstörning och självmordstankar', ['psykiatrisk mottagning', 'ätstörning', 'självmordstankar']],
    ['Hypotyreos sedan 2019, lunginflammation i vintras, kontakt med vårdcentralen', ['Hypotyreos', 'lunginflammation', 'vårdcentralen']],
    ['TSH var 6,8 och blodtrycket 150/90, puls 88 slag/min', ['TSH var 6,8', 'blodtrycket 150/90', 'puls 88 slag/min']],
    [
      'tar levotyroxin 100 mikrogram dagligen; bröstcancer, cytostatikabehandling',
      ['levotyroxin 100 mikrogram', 'bröstcancer', 'cytostatikabehandling'],
    ],
    // Danish
    [
      'Indlagt på hospitalet med lungebetændelse og hjertesvigt; lavt stofskifte',
      ['Indlagt på hospitalet', 'lungebetændelse', 'hjertesvigt', 'lavt stofskifte'],
    ],
    [
      'spiseforstyrrelse og selvskade, henvist til psykiatrisk ambulatorium',
      ['spiseforstyrrelse', 'selvskade', 'psykiatrisk ambulatorium'],
    ],
    ['TSH er 6,8; blodtryk 145/92 mmHg; brystkræft i familien', ['TSH er 6,8', 'blodtryk 145/92 mmHg', 'brystkræft']],
    // Norwegian (Bokmål)
    ['Innlagt på sykehus med hjerneslag; lungekreft og søvnapné', ['Innlagt på sykehus', 'hjerneslag', 'lungekreft', 'søvnapné']],
    [
      'bihulebetennelse, blodsukker 11,2 mmol/l, oksygenmetning 91 %',
      ['bihulebetennelse', 'blodsukker 11,2 mmol/l', 'oksygenmetning 91 %'],
    ],
    // Turkish (dotless ı folds to i; possessive and accusative forms)
    [
      'Hastada tip 2 diyabet ve kalp yetmezliği var, epikriz ekte; akciğer kanserini öğrendi',
      ['tip 2 diyabet', 'kalp yetmezliği', 'epikriz', 'akciğer kanserini'],
    ],
    [
      'Diyabetim var, Glifor 1000 mg günde 2 kez; tansiyonum 150/95, nabız 96 atım/dk',
      ['Diyabetim', 'Glifor 1000 mg', 'tansiyonum 150/95', 'nabız 96 atım/dk'],
    ],
    ['insülin glarjin 20 ünite, parasetamol 500 mg; KOAH ve uyku apnesi', ['parasetamol 500 mg', 'KOAH', 'uyku apnesi']],
    // Czech
    [
      'Pacient s cukrovkou a fibrilací síní, propouštěcí zpráva, interní oddělení',
      ['cukrovkou', 'fibrilací síní', 'propouštěcí zpráva', 'interní oddělení'],
    ],
    [
      'Godasal 100 mg denně, metformin 500 mg 1-0-1; krevní tlak 150/90, glykémie 8,2 mmol/l',
      ['Godasal 100 mg', 'metformin 500 mg', 'krevní tlak 150/90', 'glykémie 8,2 mmol/l'],
    ],
    // Romanian
    [
      'Pacient diagnosticat cu diabet zaharat de tip 2 și insuficiență cardiacă; bilet de externare atașat',
      ['diagnosticat cu', 'diabet zaharat', 'insuficiență cardiacă', 'bilet de externare'],
    ],
    [
      'Aspenter 75 mg zilnic, glicemia 182 mg/dl, tensiunea arterială 160/95 mmHg',
      ['Aspenter 75 mg', 'glicemia 182 mg/dl', 'tensiunea arterială 160/95 mmHg'],
    ],
    // Hungarian
    [
      'A beteg cukorbetegséggel és szívelégtelenséggel él, zárójelentés mellékelve, tüdőgyulladás miatt kezelték',
      ['cukorbetegséggel', 'szívelégtelenséggel', 'zárójelentés', 'tüdőgyulladás'],
    ],
    ['Kalmopyrin 500 mg naponta; vérnyomás 145/90 Hgmm, pulzus 88/perc', ['Kalmopyrin 500 mg', 'vérnyomás 145/90', 'pulzus 88/perc']],
    // Finnish
    [
      'Potilaalla on tyypin 2 diabetes ja eteisvärinä; epikriisi liitteenä, rintasyövän hoito jatkuu',
      ['tyypin 2 diabetes', 'eteisvärinä', 'epikriisi', 'rintasyövän'],
    ],
    [
      'metformiini 500 mg, Marevan 5 mg; verenpaine 150/95, syke 92/min, keuhkotulehdus',
      ['metformiini 500 mg', 'Marevan 5 mg', 'verenpaine 150/95', 'syke 92/min', 'keuhkotulehdus'],
    ],
    // a dose before the drug
    ['took 500 mg of metformin', ['metformin']],
    ['I almost took 8 units of Humalog as a correction.', ['Humalog']],
    // fusion proteins (-bercept, -tacept) and intravitreal injections
    ['Third intravitreal aflibercept 2 mg given today; belatacept 5 mg/kg', ['intravitreal', 'aflibercept 2 mg', 'belatacept 5 mg/kg']],
  ] as [string, string[]][])('finds %p', (text, expected) => expect(terms(text)).toEqual(expected));

  it.each([
    // software and DevOps
    'kernel panic after the patch; memory leak in the worker; the virus scanner flagged it',
    'set stroke width to 2px, run the pressure test, measure the cold start',
    'the lead engineer fixed the crash; cell 4 of the spreadsheet has the operation count',
    'Run the stress test on staging and check the core web vitals in the triage channel',
    'Upgrade to EF 6 and GPT 4, bun 1.1 works, T4 instances, PSA: deploy at 5',
    'see https://drugs.example.com/metformin/ and /usr/lib/ibuprofen.so',
    'see https://www.diabetes.org/asthma/ or mail copd@example.org; train copd_model.pkl',
    'user GyrateAtrophy pushed to MicroscopyService', // camelCase identifiers: endings do not apply
    'as prescribed by RFC 7231, the compiler diagnosed the error; the diagnosis of the outage took an hour',
    'Copyright (c) Konstantinos Margaritis and Carsten Trinitis', // Greek/German surnames ending in -itis
    'it is hard to predict a given IV; irm: BinaryLike',
    'I accept the concept, except the intercept; the percept of a precept', // words ending in -cept
    '30% of metformin users in the cohort', // a share, not a dose
    'lab notes: 2.0 g of salicylic acid gave 1.8 g of aspirin', // a mass of a substance, not a dose
    'The moderation API flags self-harm, violence and harassment',
    'The concept of sympathy and nostalgia in April; an autonomous dichotomy',
    'The CPU temperature hit 38.5 C under load', // no value right after the word
    // prose in four languages
    'The capital of France is Paris and the weather is 25 °C today.',
    'Wir treffen uns morgen um 10 Uhr im Büro, das Rezept für den Kuchen liegt bei.',
    'Nous avons visité le musée, puis nous avons pris un café en terrasse.',
    'Mañana vamos a la playa con los niños y comemos paella.',
    'Morgen gaan we naar het strand; de verwijzing naar de variabele klopt niet en het recept voor pannenkoeken ligt klaar.',
    'Ze braken het record; de huisarts van het dorp is ook wethouder. De fotografie-economie groeit.',
    'La tía de Ana vive en Madrid; SOA and TIA are acronyms; bof, quel dommage.',
    'Der Kinderkrankheiten der neuen Software sind behoben; Interpunktion prüfen.',
    // Portuguese, Polish, Swedish, Danish, Norwegian prose: weather, software, cooking, sport, news, business
    'Amanhã vai chover em Lisboa; a temperatura máxima será de 18 graus e a saturação da rede móvel preocupa a operadora.',
    'O Benfica jogou com pressão alta e ganhou; a catarata do Iguaçu estava linda e a receita do bolo leva três ovos.',
    'A empresa lançou a versão 2.4 do software; a análise do servidor mostrou falta de memória. Dor de cabeça para o gestor!',
    'Jutro w Warszawie będzie padać, a na Odrze wysoka woda; złowiliśmy raka w jeziorze.',
    'Recepta na sukces: dobry zespół. Wiertarka z udarem kosztuje 300 zł, a gorączka złota trwa.',
    'Firma zwiększyła sprzedaż o 12 procent; nowa wersja aplikacji działa szybciej i ma ciemny motyw.',
    'Imorgon blir det regn i Stockholm; vi bakar kanelbullar enligt receptet och tittar på fotboll.',
    'Regeringen skickade förslaget på remiss; priset på kol steg och bolaget vill sänka kostnaderna med 20 procent.',
    'Han har ont i ryggen efter gymmet, men hjärtat är med laget; servern startas om klockan 10.',
    'I morgen bliver det solskin i København; vi spiser smørrebrød og ser fodbold på stadion.',
    'Virksomheden øgede omsætningen, og den nye app fik en opdatering med mørkt tema; bruden var smuk.',
    'I morgen blir det regn i Oslo; vi lager fiskesuppe etter oppskriften og ser skikamp på TV.',
    'Selskapet la fram resultatet for kvartalet; rehabilitering av badet tok tre uker og markedet har høy metning.',
    // Turkish, Czech, Romanian, Hungarian, Finnish prose: weather, politics, cooking, sport, software
    'Yarın İstanbul’da yağmur var; bölgede tansiyon yüksek, şeker fiyatı arttı ve Ağrı Dağı’na tırmandık. Doğum günün kutlu olsun!',
    'Yeni sürümde hata düzeltildi; kargo sevk edildi, başarının reçetesi sabır. Ateş etme, maç çok heyecanlıydı.',
    'Zítra bude v Praze pršet; recept na svíčkovou je od babičky a na burze panuje deprese. Chytili jsme raka v potoce.',
    'Firma zvýšila tržby o 12 procent; nová verze aplikace běží rychleji, tlak na vládu roste a zlatá horečka skončila.',
    'Mâine plouă la București; rețeta de sarmale e a bunicii, iar tensiunea politică a crescut. Echipa a câștigat meciul.',
    'Compania a lansat versiunea 2.4; febra aurului a trecut, iar sarcina echipei este să termine proiectul.',
    'Holnap esik az eső Budapesten; a rákot a patakban fogtuk, a recept a nagymamáé, és aranyláz tört ki.',
    'A cég bevétele 12 százalékkal nőtt; az új verzió gyorsabb, a szurkolók lázba jöttek a meccsen.',
    'Huomenna sataa Helsingissä; resepti on mummon, leikkaus elokuvaan valmistui ja päivystys on IT-tiimillä.',
    'Yritys kasvatti liikevaihtoa 12 prosenttia; uusi versio on nopeampi ja lämpö nousi 25 asteeseen.',
    // everyday words that are also drug names need a dose
    'lithium batteries and iron ore; caffeine makes me alert; Kalium ist ein Element, potassium 19',
    'metformin is a drug name without a dose',
    'the lithium battery in my phone; she drove to 20 places; my iron will',
    'the cough drop aisle; a dry run of the release; back up the database',
    'a miscarriage of justice',
    'The saturation is 94% in this photo; INR 500 for the ticket',
  ])('finds nothing in %p', (text) => expect(terms(text)).toEqual([]));

  it('folds case and diacritics, keeps UTF-16 offsets on the given text', () => {
    const text = 'ＤＩＡＢＥＴＥＳ? no: Lungenentzündung, NEUMONÍA, Œdème pulmonaire';
    expect(terms(text)).toEqual(['Lungenentzündung', 'NEUMONÍA', 'Œdème']); // œ folds to oe: oedème
    expect(foldUnit('é'.charCodeAt(0))).toBe('e'.charCodeAt(0));
    expect(foldUnit('ı'.charCodeAt(0))).toBe('i'.charCodeAt(0)); // Turkish dotless i
    expect(foldUnit('Ж'.charCodeAt(0))).toBe(FOREIGN);
  });

  it('is linear on adversarial input: 1 MB of repeated phrase prefixes and stems', () => {
    const prefixes = 'heart blood type left chronic diabetes mellitus typ '.repeat(20_000);
    expect(terms(prefixes).length).toBeGreaterThan(0); // "diabetes mellitus" every time, nothing else
    const stems = 'aaaaaaaasartan '.repeat(70_000); // a stem without a dose: nothing
    expect(terms(stems)).toEqual([]);
    const noGaps = 'x'.repeat(1_000_000);
    expect(terms(noGaps)).toEqual([]);
  });
});

describe('German, French, Spanish, Italian, Dutch and Portuguese equivalents of the English list', () => {
  it.each([
    [
      'Verdacht auf obstruktive Schlafapnoe, Polysomnographie im Schlaflabor geplant; bekannte Kardiomyopathie',
      ['obstruktive Schlafapnoe', 'Polysomnographie', 'Schlaflabor', 'Kardiomyopathie'],
    ],
    [
      'Patient mit Vorhofflattern und Hyponatriämie, Z. n. Stammzelltransplantation',
      ['Vorhofflattern', 'Hyponatriämie', 'Stammzelltransplantation'],
    ],
    [
      "Syndrome d'apnées obstructives du sommeil confirmé par polysomnographie ; diabète de type 2 et hyperparathyroïdie",
      ["syndrome d'apnées obstructives du sommeil", 'polysomnographie', 'diabète de type 2', 'hyperparathyroïdie'],
    ],
    [
      "Il souffre d'apnée du sommeil et de l'asthme ; antécédents familiaux de sclérose latérale amyotrophique",
      ['apnée du sommeil', 'asthme', 'antécédents familiaux', 'sclérose latérale amyotrophique'],
    ],
    [
      'Diagnóstico de apnea del sueño y trombocitopenia; se programa polisomnografía y densitometría ósea',
      ['apnea del sueño', 'trombocitopenia', 'polisomnografia', 'densitometría ósea'],
    ],
    [
      "Paziente con apnea notturna e sindrome dell'ovaio policistico, in attesa di polisonnografia",
      ['apnea notturna', "sindrome dell'ovaio policistico", 'polisonnografia'],
    ],
    [
      "Mio padre ha un tumore al pancreas e l'insufficienza renale cronica; è in dialisi",
      ['tumore al pancreas', 'insufficienza renale cronica', 'in dialisi'],
    ],
    [
      'Bij mijn moeder is slaapapneu vastgesteld na een slaaponderzoek; ze heeft ook boezemfladderen',
      ['slaapapneu', 'slaaponderzoek', 'boezemfladderen'],
    ],
    [
      'A minha mãe tem síndrome da apneia obstrutiva do sono e fez polissonografia; também tem trombocitopenia',
      ['síndrome da apneia obstrutiva do sono', 'polissonografia', 'trombocitopenia'],
    ],
  ] as [string, string[]][])('finds health context in %p', (text, expected) => {
    const found = terms(text).map((s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    for (const e of expected) expect(found).toContain(e.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  });

  it.each([
    'Morgen regnet es in Berlin; der Star des Abends sang ein Lied, und der Schwindel um die Firma flog auf.',
    "La rage du joueur après le match ; il a attrapé un rhume, l'équipe a gagné et la gale des chiens du voisin.",
    'La cólera del público tras el partido; mañana lloverá en Madrid y el tren llega a las cinco.',
    "La rabbia dei tifosi dopo la partita; domani piove a Roma e l'intervento del ministro è previsto alle cinque.",
    'Morgen regent het in Amsterdam; de fietstest in de krant en het bestuurlijke waterhoofd van de gemeente.',
    'A raiva dos adeptos depois do jogo; amanhã chove em Lisboa e o comboio chega às cinco.',
  ])('finds nothing in %p', (text) => expect(terms(text)).toEqual([]));
});
