// Italian clinical vocabulary (core terms), written for this project from general medical knowledge (facts).
// 2026-12 additions (Italian equivalents of the English list, with the plurals in -i/-e that the scanner's plural-s rule
// does not cover: tumori, carcinomi, apnee notturne). An elided article is a word gap ("dell'emicrania"). Left out on purpose:
// words that are everyday words in Italian or in another language ("rabbia", "influenza" alone (also 'influence'), "ansia",
// "acne" alone, "ileo", "intervento chirurgico" (news), "ludopatia", "sterilità", "trombo"), short abbreviations ("OSAS",
// "SLA", "TAC" alone, "MOC", "VES", "EGDS", "IVG"), and professions alone.
export const lang = 'it';

export const condition = `
apnea notturna, apnee notturne, apnea del sonno, apnee del sonno, apnea ostruttiva del sonno, apnee ostruttive del sonno,
sindrome delle apnee ostruttive del sonno, sindrome delle apnee notturne, sindrome delle apnee del sonno, narcolessia, sindrome delle gambe senza riposo,
disturbi del sonno, disturbo del sonno, prediabete, diabete di tipo 1, diabete tipo 1, diabete tipo 2, diabete gestazionale, diabete mellito,
chetoacidosi diabetica, chetoacidosi, retinopatia diabetica, neuropatia diabetica, nefropatia diabetica, piede diabetico, iperlipidemia, dislipidemia,
ipertrigliceridemia, nodulo tiroideo, noduli tiroidei, tiroidite di hashimoto, tiroidite, morbo di basedow, gozzo, morbo di addison, insufficienza surrenalica,
sindrome di cushing, iperparatiroidismo, acromegalia, diabete insipido, sindrome dell'ovaio policistico, ovaio policistico, ovaie policistiche,
sindrome metabolica, iponatriemia, ipopotassiemia, iperpotassiemia, ipocalcemia, ipercalcemia, malnutrizione, cachessia, carenza di vitamina d,
carenza di vitamina b12, carenza di ferro, talassemia, anemia mediterranea, anemia falciforme, emofilia, malattia di von willebrand, piastrinopenia,
trombocitopenia, neutropenia, leucopenia, pancitopenia, policitemia, emocromatosi, mieloma multiplo, linfoma di hodgkin, linfoma non hodgkin, glioblastoma,
glioma, sarcoma, mieloma, carcinoma basocellulare, carcinoma squamoso, carcinoma mammario, neoplasia, neoplasie, neoplasia maligna, tumori, tumori maligni,
tumore del polmone, tumore della prostata, tumore alla prostata, tumore del colon, tumore al colon, tumore del colon-retto, tumore del pancreas,
tumore al pancreas, tumore dell'ovaio, tumore alle ovaie, tumore del collo dell'utero, tumore allo stomaco, tumore dello stomaco, tumore dell'esofago,
tumore al fegato, tumore del fegato, epatocarcinoma, tumore del rene, tumore al rene, tumore della vescica, tumore alla vescica, tumore della tiroide,
tumore alla tiroide, tumore della pelle, tumore dell'utero, tumore dell'endometrio, tumore al testicolo, tumore alle ossa, tumore cerebrale,
tumore al cervello, tumore della mammella, cancro al seno, cancro al polmone, cancro alla prostata, cancro al colon, cancro al pancreas, cancro alla pelle,
cancro allo stomaco, cancro al fegato, carcinomi, linfomi, metastasi epatiche, metastasi ossee, cardiomiopatia, stenosi aortica, insufficienza mitralica,
prolasso della valvola mitrale, prolasso mitralico, valvulopatia, endocardite, pericardite, miocardite, flutter atriale, tachicardia ventricolare,
fibrillazione ventricolare, tachicardia, bradicardia, soffio cardiaco, soffio al cuore, blocco atrioventricolare, sindrome del qt lungo, arteriopatia periferica,
arteriopatia obliterante, aneurisma aortico, aneurisma dell'aorta, aneurisma cerebrale, ipertensione polmonare, ipotensione ortostatica,
attacco ischemico transitorio, emorragia subaracnoidea, ictus ischemico, ictus emorragico, infarto cardiaco, coronaropatia, malattia coronarica, aritmie,
cardiopatia, cardiopatie, insufficienza cardiaca congestizia, trombosi venosa, tromboflebite, flebite, arteriosclerosi, vene varicose, varici, bronchiectasie,
versamento pleurico, pneumotorace, insufficienza respiratoria, sindrome da distress respiratorio acuto, fibrosi polmonare, sarcoidosi, bronchiolite,
broncopneumopatia cronica ostruttiva, gastroenterite, gastroparesi, reflusso gastroesofageo, malattia da reflusso gastroesofageo, ulcera duodenale,
ulcera peptica, colecistite, calcoli biliari, calcolosi biliare, colelitiasi, diverticolosi, occlusione intestinale, disfagia, ragade anale,
sindrome dell'intestino irritabile, colon irritabile, malattia infiammatoria cronica intestinale, malattie infiammatorie croniche intestinali, steatosi epatica,
fegato grasso, insufficienza epatica, epatite b, epatite c, insufficienza renale acuta, insufficienza renale cronica, danno renale acuto, sindrome nefrosica,
glomerulonefrite, rene policistico, reni policistici, ipertrofia prostatica benigna, iperplasia prostatica, prostatite, incontinenza urinaria,
ritenzione urinaria, pielonefrite, calcolosi renale, colica renale, ematuria, proteinuria, disfunzione erettile, spondilite anchilosante,
lupus eritematoso sistemico, sclerodermia, sindrome di sjögren, vasculite, arterite a cellule giganti, arterite di horton, polimialgia reumatica, tendinite,
borsite, sindrome del tunnel carpale, stenosi spinale, stenosi del canale vertebrale, scoliosi, osteomielite, osteopenia, osteoartrosi, artrite,
artrite psoriasica, rottura della cuffia dei rotatori, lussazione della spalla, ernia inguinale, ernia ombelicale, ernia discale, lombalgia,
lombosciatalgia, rosacea, vitiligine, erisipela, impetigine, scabbia, piaghe da decubito, ulcera da pressione, angioedema, batteriemia,
infezione da clostridium difficile, infezione da hpv, infezione da papilloma virus, tricomoniasi, malaria, dengue, febbre tifoide, tetano, difterite,
mononucleosi, candidosi, candidosi vaginale, long covid, polmonite da covid, otite media, tonsillite, faringite, laringite, uveite, cheratocono, ipoacusia,
perdita dell'udito, sordità, acufene, acufeni, distacco di retina, distacco della retina, sclerosi laterale amiotrofica, malattia di huntington,
corea di huntington, miastenia gravis, sindrome di guillain-barré, neuropatia periferica, polineuropatia, radicolopatia, paralisi cerebrale,
paralisi cerebrale infantile, idrocefalo, encefalopatia, nevralgia del trigemino, paresi facciale, paralisi facciale, paralisi di bell, cefalea a grappolo,
stato epilettico, crisi epilettica, crisi epilettiche, crisi convulsive, convulsioni, malattia di alzheimer, malattia di parkinson, demenza a corpi di lewy,
demenza vascolare, depressione maggiore, depressione post-partum, depressione post partum, disturbo d'ansia generalizzata, ansia generalizzata,
fobia sociale, disturbo ossessivo-compulsivo, disturbo ossessivo compulsivo, disturbo schizoaffettivo, sindrome di asperger, disturbo dello spettro autistico,
disturbi alimentari, disturbi del comportamento alimentare, disturbo da alimentazione incontrollata, disturbo da binge eating,
disturbo borderline di personalità, disturbo di personalità, disturbi di personalità, disturbo da uso di alcol, dipendenza da alcol, dipendenza da oppioidi,
sindrome da astinenza, delirium tremens, stato confusionale, minaccia di parto pretermine, parto pretermine, parto prematuro, morte endouterina fetale,
placenta previa, amenorrea, dismenorrea, menorragia, fibroma uterino, fibromi uterini, mioma uterino, miomi uterini, cisti ovarica, cisti ovariche,
displasia cervicale, mastite, spina bifida, cardiopatia congenita, sindrome di marfan, sindrome di turner, lesione del midollo spinale, lesione midollare,
linfedema, ematemesi, melena, epatomegalia, splenomegalia, linfoadenopatia, linfadenopatia, cianosi, ortopnea, nicturia, poliuria, ritardo dello sviluppo,
disabilità intellettiva, dislessia, sindrome da fatica cronica, malattia celiaca, trisomia 21, distrofia muscolare, malattia di lyme, sieropositiva,
shock settico, frattura dell'anca, frattura del bacino, commozione cerebrale, trauma cranico, distorsione alla caviglia, rottura del legamento crociato,
lesione del menisco, disturbo di panico, attacco di panico, anoressia, pensieri suicidi, tentativo di suicidio, gestosi, eclampsia, preeclampsia,
gravidanza extra-uterina, malattia cronica, malattie croniche, malattia mentale, malattia cardiovascolare, malattie cardiovascolari, malattia renale,
malattia epatica, coaguli di sangue, embolia, emorragia digestiva, insufficienza venosa, ipertensione arteriosa polmonare,
frattura del polso, frattura del femore, frattura di caviglia, polipo, polipi,
diabete, diabetico, diabetica, diabete di tipo 2, ipoglicemia, iperglicemia, ipertensione arteriosa, ipertensione, ipotensione, cancro, tumore
maligno, tumore al seno, tumore al polmone, carcinoma, metastasi, leucemia, linfoma, melanoma, polmonite, broncopolmonite, bronchite, asma, bpco,
enfisema, embolia polmonare, tubercolosi, epatite, cirrosi epatica, cirrosi, pancreatite, appendicite, diverticolite, gastrite, ulcera gastrica, morbo
di crohn, colite ulcerosa, celiachia, emorroidi, demenza, morbo di alzheimer, morbo di parkinson, epilessia, sclerosi multipla, ictus, emorragia
cerebrale, emicrania, meningite, encefalite, neuropatia, ernia del disco, sciatalgia, infarto, infarto del miocardio, infarto miocardico,
insufficienza cardiaca, scompenso cardiaco, arresto cardiaco, fibrillazione atriale, aritmia, angina pectoris, cardiopatia ischemica, trombosi,
trombosi venosa profonda, aterosclerosi, insufficienza renale, malattia renale cronica, calcoli renali, infezione urinaria, cistite,
ipercolesterolemia, ipotiroidismo, ipertiroidismo, gotta, obesità, anemia, anemia sideropenica, osteoporosi, artrosi, artrite reumatoide,
fibromialgia, psoriasi, eczema, dermatite atopica, fuoco di sant'antonio, sepsi, setticemia, influenza stagionale, sifilide, gonorrea, clamidia,
herpes, hiv, sieropositivo, aids conclamato, morbillo, parotite, rosolia, varicella, pertosse, otite, sinusite, congiuntivite, glaucoma, cataratta,
degenerazione maculare, depressione, disturbo depressivo, disturbo d'ansia, attacchi di panico, disturbo bipolare, schizofrenia, psicosi, disturbo da
stress post-traumatico, adhd, autismo, disturbo alimentare, anoressia nervosa, bulimia, insonnia, ideazione suicidaria, tentato suicidio,
autolesionismo, alcolismo, tossicodipendenza, overdose, incinta, gravidanza, aborto spontaneo, gravidanza extrauterina, infertilità, endometriosi,
menopausa, sindrome di down, fibrosi cistica, paraplegia, tetraplegia, emiplegia, dolore cronico, edema, ascite, ittero, dispnea, dolore toracico,
sincope, diarrea, vomito, shock anafilattico, anafilassi, orticaria, piaga da decubito
`;

export const clinical = `
polisonnografia, studio del sonno, monitoraggio cardiorespiratorio notturno, cpap notturna, ventilazione a pressione positiva, cistoscopia, laparoscopia,
artroscopia, biopsia osteomidollare, biopsia del midollo, aspirato midollare, trapianto di cellule staminali, trapianto di midollo osseo, trapianto di cuore,
trapianto cardiaco, trapianto d'organo, tracheotomia, tracheostomia, colostomia, ileostomia, gastrostomia, sondino nasogastrico, nutrizione enterale,
nutrizione parenterale, catetere vescicale, sedazione, pet-tc, pet tac, tomografia computerizzata, tac torace, tac del torace, tac addome, tac cerebrale,
tac con mezzo di contrasto, scintigrafia, mineralometria ossea, densitometria ossea, pap test, pap-test, elettroencefalogramma, holter pressorio,
holter cardiaco, prove di funzionalità respiratoria, test da sforzo, prova da sforzo, cateterismo cardiaco, sostituzione valvolare, artrodesi,
protesi di ginocchio, protesi dell'anca, intervento di cataratta, chirurgia bariatrica, bypass gastrico, sleeve gastrectomy, fecondazione in vitro,
fecondazione assistita, procreazione medicalmente assistita, transfer embrionale, interruzione volontaria di gravidanza, induzione del parto, tiroidectomia,
nefrectomia, colectomia, laminectomia, discectomia, prostatectomia, tonsillectomia, quadrantectomia, tumorectomia, ecografia addominale,
ecografia transvaginale, ecografia ostetrica, eco doppler, ecodoppler, ecocolordoppler, ventilazione non invasiva, ossigenoterapia, ossigeno domiciliare,
anamnesi familiare, diagnosi differenziale, esame istologico, referto istologico, referto radiologico, sensore glicemico, sensore della glicemia,
impianto cocleare, apparecchio acustico, terapia cognitivo-comportamentale, terapia con metadone, esame delle urine, urinocoltura, emocoltura, emocolture,
emogasanalisi, radiografia toracica, rx torace, dializzato, dializzata, insulinodipendente, in dialisi, ricoverato in ospedale, ricoverata in ospedale,
dimesso dall'ospedale, dimessa dall'ospedale, dimissione ospedaliera, esami ematochimici, biopsia prostatica, biopsia epatica,
mappatura dei nei, elettromiografia, esofagogastroduodenoscopia, ecocardiografia, amniocentesi, villocentesi, cardiotocografia, chemio, immunoterapia,
ormonoterapia, terapia ormonale, radiologia interventistica, risonanza magnetica nucleare, risonanza all'encefalo,
risonanza al ginocchio, elettrocardiografia,
diagnosticato, diagnosticata, diagnosi, prognosi, ricetta medica, prescritto, prescritta, referto, referto medico, lettera di dimissione, cartella
clinica, anamnesi, storia clinica, piano terapeutico, pressione arteriosa, frequenza cardiaca, esami del sangue, analisi del sangue, esami di
laboratorio, emocromo, biopsia, chemioterapia, radioterapia, immunoterapia, dialisi, emodialisi, colonscopia, endoscopia, gastroscopia, broncoscopia,
mammografia, appendicectomia, mastectomia, isterectomia, colecistectomia, angioplastica, coronarografia, bypass coronarico, pacemaker, protesi d'anca,
protesi al ginocchio, taglio cesareo, parto cesareo, epidurale, risonanza magnetica, ecografia, ecocardiogramma, elettrocardiogramma, ecg, holter,
spirometria, radiografia del torace, puntura lombare, trapianto di midollo, trapianto di rene, trapianto di fegato, trasfusione, intubato, intubata,
ventilazione meccanica, terapia intensiva, rianimazione, ricoverato, ricoverata, ricovero ospedaliero, pronto soccorso, anestesia generale,
postoperatorio, preoperatorio, fisioterapia, logopedia, psicoterapia, cure palliative, vaccinazione, vaccinato, vaccinata, reazione avversa, allergia
alla penicillina, controindicato, posologia, frazione di eiezione, ventricolo sinistro, ventricolo destro, arteria coronaria, linfonodo, linfonodi,
midollo osseo, midollo spinale, endovenoso, sottocutaneo, intramuscolare, marcatore tumorale, microinfusore, medico di base, medico curante,
certificato medico, malattia professionale
`;

export const lab = `
emoglobina glicosilata, glicata, clearance della creatinina, creatininemia, urea, volume corpuscolare medio, neutrofili, linfociti, t4 libera, ft4,
tempo di protrombina, d-dimero, procalcitonina, saturazione della transferrina, sideremia, ferro sierico, vitamina b12, acido folico, folati,
fosfatasi alcalina, gamma-gt, ggt, amilasi, lipasi, lattato, uricemia, microalbuminuria, cortisolo, prolattina, testosterone, estradiolo, beta-hcg,
ormone antimulleriano, alfa-fetoproteina, creatinchinasi, cpk, pressione intraoculare, pressione oculare, indice di apgar, scala di glasgow,
picco di flusso espiratorio, velocità di eritrosedimentazione, calcemia, valori della glicemia, valore della glicemia, livelli di colesterolo,
tasso di colesterolo, valori di colesterolo, valore del colesterolo,
hba1c, emoglobina glicata, glicemia, glicemia a digiuno, colesterolo, colesterolo totale, colesterolo ldl, colesterolo hdl, trigliceridi, creatinina,
azotemia, filtrato glomerulare, emoglobina, ematocrito, leucociti, globuli bianchi, globuli rossi, piastrine, tsh, psa, carica virale, troponina, pcr,
proteina c reattiva, ferritina, vitamina d, potassiemia, sodiemia, transaminasi, gamma gt, bilirubina, albumina, acido urico, imc, indice di massa
corporea
`;

export const vital_bp = `pa, pressione arteriosa di, pressione`;
export const vital_hr = `fc, frequenza cardiaca di, polso`;
export const vital_spo2 = `
saturazione di ossigeno, sat o2
`;
export const vital_temp = `temperatura corporea, febbre a, febbre di`;
export const vital_rr = `frequenza respiratoria`;

export const suffix_condition = `
carcinoma:11, linfoma:9, patia:10, emia:9, algia:9, ectomia:10
`;
export const suffix_clinical = `
ectomia:10, scopia:10
`;

export const stop = `simpatia, antipatia, empatia, telepatia, omeopatia, osteopatia, accademia, nostalgia, dicotomia, microscopia, anatomia, autonomia, economia`;

export const lab_unit = `
potassio, sodio, calcio, magnesio, urea, glucosio
`;
