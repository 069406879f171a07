// German clinical vocabulary, written for this project from general medical knowledge (facts).
// Compound nouns are also caught by their clinical heads (suffix_condition / suffix_clinical).
// 2026-12 additions (German equivalents of the English list: sleep medicine, cancers by organ, cardiac, renal,
// endocrine, haematological, mental-health terms, procedures and lab tests). Left out on purpose: words that are everyday
// words in German or in another language ("Krebs" alone (crab, zodiac), "Star" alone, "Schwindel" (also fraud),
// "Scharlach" (also the colour), "Krätze", "Akne" alone, "Stress", "Burnout", "Erkältung", "Schnupfen", "Sucht" alone,
// "Kater"), short abbreviations ("MRT" (also a metro), "CT", "GOT"/"GPT" alone), and professions alone.
export const lang = 'de';

export const condition = `
schlafapnoe, schlafapnoesyndrom, schlafapnoe-syndrom, obstruktive schlafapnoe, obstruktives schlafapnoesyndrom, obstruktives schlafapnoe-syndrom, narkolepsie,
restless-legs-syndrom, syndrom der unruhigen beine, prädiabetes, diabetische ketoazidose, ketoazidose, diabetische retinopathie, diabetische neuropathie,
diabetische nephropathie, diabetischer fuß, diabetisches fußsyndrom, hyperlipidämie, hypertriglyzeridämie, dyslipidämie, schilddrüsenknoten, morbus addison,
nebenniereninsuffizienz, cushing-syndrom, morbus cushing, hyperparathyreoidismus, akromegalie, diabetes insipidus, polyzystisches ovarialsyndrom,
pco-syndrom, metabolisches syndrom, hyponatriämie, hypokaliämie, hyperkaliämie, hypokalzämie, hyperkalzämie, mangelernährung, kachexie, vitamin-b12-mangel,
vitamin-d-mangel, thalassämie, von-willebrand-syndrom, thrombozytopenie, neutropenie, leukopenie, panzytopenie, polyzythämie, hämochromatose, multiples myelom,
plasmozytom, hodgkin-lymphom, morbus hodgkin, non-hodgkin-lymphom, glioblastom, basaliom, basalzellkarzinom, plattenepithelkarzinom, speiseröhrenkrebs,
ösophaguskarzinom, gebärmutterkrebs, endometriumkarzinom, hodenkrebs, knochenkrebs, kehlkopfkrebs, mundhöhlenkrebs, pankreaskarzinom, magenkarzinom,
nierenzellkarzinom, leberzellkarzinom, blasenkarzinom, schilddrüsenkarzinom, ovarialkarzinom, zervixkarzinom, hirnmetastasen, lebermetastasen, knochenmetastasen,
kardiomyopathie, aortenklappenstenose, aortenstenose, mitralklappeninsuffizienz, mitralinsuffizienz, mitralklappenprolaps, endokarditis, perikarditis,
herzbeutelentzündung, myokarditis, vorhofflattern, kammerflimmern, ventrikuläre tachykardie, tachykardie, bradykardie, herzgeräusch, av-block, long-qt-syndrom,
periphere arterielle verschlusskrankheit, schaufensterkrankheit, aortenaneurysma, bauchaortenaneurysma, hirnaneurysma, pulmonale hypertonie,
lungenhochdruck, orthostatische hypotonie, transitorische ischämische attacke, subarachnoidalblutung, sinusvenenthrombose, herzstillstand,
bronchiektasen, pleuraerguss, pneumothorax, lungenversagen, respiratorische insuffizienz, ateminsuffizienz, sarkoidose, gastroenteritis, magen-darm-infekt,
gastroparese, refluxösophagitis, gastroösophageale refluxkrankheit, zwölffingerdarmgeschwür, ulcus duodeni, ulcus ventriculi, gallenblasenentzündung,
cholezystitis, gallensteinleiden, divertikulose, darmverschluss, ileus, schluckstörung, schluckstörungen, dysphagie, analfissur, nichtalkoholische fettleber,
hepatitis b, hepatitis c, chronisch-entzündliche darmerkrankung, akutes nierenversagen, akute nierenschädigung, terminale niereninsuffizienz,
nephrotisches syndrom, glomerulonephritis, zystennieren, benigne prostatahyperplasie, prostataentzündung, harnverhalt, blut im urin, hämaturie,
proteinurie, spondylitis ankylosans, systemischer lupus erythematodes, sklerodermie, sjögren-syndrom, riesenzellarteriitis, polymyalgia rheumatica,
sehnenscheidenentzündung, sehnenentzündung, schleimbeutelentzündung, karpaltunnelsyndrom, spinalkanalstenose, skoliose, osteomyelitis, osteopenie,
rotatorenmanschettenruptur, schulterluxation, leistenbruch, nabelbruch, rosazea, acne vulgaris, vitiligo, weißfleckenkrankheit, wundrose, erysipel, phlegmone,
impetigo, skabies, dekubitus, druckgeschwür, urtikaria, angioödem, quincke-ödem, bakteriämie, mrsa, clostridium difficile, hpv-infektion, trichomoniasis,
malaria, denguefieber, dengue-fieber, typhus, tetanus, wundstarrkrampf, diphtherie, tollwut, pfeiffersches drüsenfieber, mononukleose, candidose,
scheidenpilz, long covid, post-covid-syndrom, covid-19-pneumonie, kehlkopfentzündung, rachenentzündung, uveitis, keratokonus, tinnitus,
amyotrophe lateralsklerose, chorea huntington, morbus huntington, myasthenia gravis, guillain-barré-syndrom, periphere neuropathie, radikulopathie,
ischialgie, ischias, infantile zerebralparese, hydrozephalus, enzephalopathie, trigeminusneuralgie, fazialisparese, gesichtslähmung, clusterkopfschmerz,
status epilepticus, lewy-körperchen-demenz, vaskuläre demenz, major depression, schwere depression, wochenbettdepression, postpartale depression,
generalisierte angststörung, soziale phobie, soziale angststörung, schizoaffektive störung, asperger-syndrom, binge-eating-störung, persönlichkeitsstörung,
persönlichkeitsstörungen, suchterkrankung, abhängigkeitserkrankung, delir, delirium tremens, vorzeitige wehen, placenta praevia, amenorrhoe, dysmenorrhoe,
menorrhagie, myom, myome, uterusmyom, gebärmuttermyom, eierstockzyste, ovarialzyste, zervixdysplasie, brustentzündung, spina bifida, angeborener herzfehler,
marfan-syndrom, turner-syndrom, rückenmarksverletzung, tetraplegie, paraplegie, hemiplegie, lymphödem, hämatemesis, teerstuhl, hepatomegalie, splenomegalie,
lymphadenopathie, zyanose, nykturie, polyurie, entwicklungsverzögerung, geistige behinderung, lernbehinderung, legasthenie, chronisches erschöpfungssyndrom,
chronisches fatigue-syndrom, herzklappenerkrankung, lungenkrebserkrankung, tumorleiden, krebsleiden,
hoher blutdruck, blutgerinnsel, panikattacke, magen-darm-grippe, bänderriss, sehnenriss, psychische erkrankung, chronische erkrankung, herzerkrankung, nierenerkrankung, lebererkrankung, lungenerkrankung,
pavk, hwi, nstemi, stemi, akutes koronarsyndrom, polyp, polypen, darmpolyp, darmpolypen, radiusfraktur, sprunggelenksfraktur, handgelenksbruch,
beinbruch, armbruch, sichelzellkrise, krampfanfall, grand-mal-anfall, exazerbation, copd-exazerbation, diabetes mellitus, zuckerkrankheit,
typ-2-diabetes, typ-1-diabetes, diabetiker, diabetikerin, schwangerschaftsdiabetes, unterzuckerung, hypoglykämie, hyperglykämie, bluthochdruck,
arterielle hypertonie, hypertonie, hypotonie, niedriger blutdruck, präeklampsie, krebserkrankung, karzinom, tumor, tumorerkrankung, bösartiger tumor,
metastasen, metastase, metastasiert, leukämie, lymphom, melanom, sarkom, brustkrebs, lungenkrebs, darmkrebs, prostatakrebs, hautkrebs, magenkrebs,
bauchspeicheldrüsenkrebs, gebärmutterhalskrebs, eierstockkrebs, blasenkrebs, nierenkrebs, leberkrebs, schilddrüsenkrebs, hirntumor, mammakarzinom,
bronchialkarzinom, kolonkarzinom, rektumkarzinom, prostatakarzinom, lungenentzündung, pneumonie, bronchitis, asthma, asthma bronchiale, copd,
lungenemphysem, lungenfibrose, lungenembolie, tuberkulose, hepatitis, leberzirrhose, fettleber, leberversagen, pankreatitis, gallensteine,
blinddarmentzündung, divertikulitis, gastritis, magengeschwür, sodbrennen, refluxkrankheit, morbus crohn, colitis ulcerosa, reizdarmsyndrom, zöliakie,
hämorrhoiden, demenz, alzheimer-krankheit, morbus alzheimer, parkinson-krankheit, morbus parkinson, epilepsie, epileptischer anfall, multiple
sklerose, schlaganfall, hirninfarkt, hirnblutung, apoplex, migräne, hirnhautentzündung, meningitis, enzephalitis, polyneuropathie,
bandscheibenvorfall, herzinfarkt, myokardinfarkt, herzinsuffizienz, herzschwäche, herzversagen, vorhofflimmern, herzrhythmusstörungen,
herzrhythmusstörung, koronare herzkrankheit, khk, angina pectoris, herzklappenfehler, herzmuskelentzündung, thrombose, beinvenenthrombose, tiefe
venenthrombose, arteriosklerose, krampfadern, niereninsuffizienz, nierenversagen, chronische niereninsuffizienz, nierensteine, harnwegsinfekt,
blasenentzündung, nierenbeckenentzündung, inkontinenz, harninkontinenz, prostatavergrößerung, erektionsstörung, erektile dysfunktion,
hypercholesterinämie, fettstoffwechselstörung, schilddrüsenunterfunktion, schilddrüsenüberfunktion, hashimoto-thyreoiditis, morbus basedow, struma,
gicht, adipositas, fettleibigkeit, anämie, blutarmut, eisenmangelanämie, eisenmangel, sichelzellanämie, hämophilie, bluterkrankheit, osteoporose,
arthrose, kniearthrose, hüftarthrose, rheumatoide arthritis, rheuma, arthritis, morbus bechterew, lupus erythematodes, fibromyalgie, schuppenflechte,
psoriasis, neurodermitis, ekzem, gürtelrose, sepsis, blutvergiftung, grippe, influenza, syphilis, gonorrhoe, tripper, chlamydien, herpes, hiv-
infektion, hiv-positiv, masern, mumps, röteln, windpocken, keuchhusten, borreliose, mittelohrentzündung, nebenhöhlenentzündung, mandelentzündung,
bindehautentzündung, grüner star, grauer star, glaukom, katarakt, makuladegeneration, netzhautablösung, hörsturz, schwerhörigkeit, depression,
depressionen, depressive episode, angststörung, panikstörung, panikattacken, bipolare störung, schizophrenie, psychose, ptbs, posttraumatische
belastungsstörung, zwangsstörung, adhs, autismus, autismus-spektrum-störung, essstörung, magersucht, anorexie, bulimie, borderline-
persönlichkeitsstörung, schlafstörung, schlafstörungen, suizidgedanken, suizidversuch, selbstverletzung, alkoholabhängigkeit, alkoholsucht,
drogenabhängigkeit, opioidabhängigkeit, medikamentenabhängigkeit, entzugserscheinungen, überdosis, schwanger, schwangerschaft, fehlgeburt, totgeburt,
frühgeburt, eileiterschwangerschaft, unfruchtbarkeit, endometriose, wechseljahresbeschwerden, down-syndrom, trisomie 21, mukoviszidose,
muskeldystrophie, querschnittslähmung, querschnittsgelähmt, halbseitenlähmung, amputiert, chronische schmerzen, ödem, ödeme, wassereinlagerungen,
aszites, gelbsucht, atemnot, dyspnoe, brustschmerzen, herzrasen, synkope, kreuzbandriss, meniskusriss, oberschenkelhalsbruch, schenkelhalsfraktur,
knochenbruch, gehirnerschütterung, schädel-hirn-trauma, bandscheibe, durchfall, erbrechen, übelkeit und erbrechen, fieberkrampf, allergischer schock,
anaphylaxie, nesselsucht
`;

export const clinical = `
polysomnographie, polysomnografie, schlaflabor, schlaflaboruntersuchung, cpap-therapie, cpap-maske, cpap-gerät, zystoskopie, blasenspiegelung, laparoskopie,
bauchspiegelung, arthroskopie, gelenkspiegelung, knochenmarkbiopsie, stammzelltransplantation, knochenmarktransplantation, herztransplantation,
organtransplantation, tracheotomie, luftröhrenschnitt, kolostomie, künstlicher darmausgang, ileostomie, peg-sonde, magensonde, ernährungssonde,
blasenkatheter, dauerkatheter, sedierung, pet-ct, szintigraphie, szintigrafie, knochendichtemessung, osteodensitometrie, pap-abstrich, krebsabstrich,
elektroenzephalographie, elektroenzephalografie, langzeitblutdruckmessung, langzeit-blutdruckmessung, lungenfunktionsprüfung, herzklappenersatz,
herzklappenoperation, spondylodese, versteifungsoperation, knie-tep, hüft-tep, knieendoprothese, hüftendoprothese, kataraktoperation, grauer-star-operation,
bariatrische operation, magenbypass, schlauchmagen, magenverkleinerung, künstliche befruchtung, ivf-behandlung, embryotransfer, schwangerschaftsabbruch,
geburtseinleitung, tonsillektomie, mandeloperation, thyreoidektomie, schilddrüsenoperation, nephrektomie, darmresektion, hemikolektomie,
bandscheibenoperation, laminektomie, brusterhaltende operation, mrt-untersuchung, mrt-aufnahme, magnetresonanztomographie, magnetresonanztomografie,
abdomensonographie, abdomensonografie, dopplersonographie, duplexsonographie, maschinelle beatmung, künstliche beatmung, nichtinvasive beatmung,
sauerstofftherapie, heimsauerstoff, langzeitsauerstofftherapie, entlassungsbericht, familienanamnese, differentialdiagnose, differenzialdiagnose,
verdachtsdiagnose, hauptdiagnose, nebendiagnose, histologischer befund, radiologischer befund, kontinuierliche glukosemessung, glukosesensor,
cochlea-implantat, kognitive verhaltenstherapie, entzugsbehandlung, substitutionstherapie, methadonprogramm, schwangerschaftsvorsorge, mutterpass,
dialysepflichtig, insulinpflichtig, sauerstoffpflichtig, urinuntersuchung, urinkultur, blutkultur, blutkulturen, blutgasanalyse, röntgen-thorax,
thorax-röntgen, lungenröntgen, stationär behandelt, ins krankenhaus eingeliefert, krankenhauseinweisung, elektromyographie, leberbiopsie, prostatabiopsie,
fruchtwasseruntersuchung, amniozentese, ctg-untersuchung, herzultraschall,
koronarangiographie, koronarangiografie, herzkatheteruntersuchung, angiographie, angiografie, gipsverband, gips angelegt, stationäre behandlung,
entlassung nach hause, diagnostiziert, arztbrief, entlassbrief, entlassungsbrief, epikrise, anamnese, krankengeschichte, vorerkrankungen,
vorerkrankung, therapieplan, behandlungsplan, krankschreibung, arbeitsunfähigkeitsbescheinigung, blutdruck, herzfrequenz, blutbild, blutuntersuchung,
blutwerte, laborwerte, laborbefund, pathologiebefund, biopsie, gewebeprobe, chemotherapie, chemo, strahlentherapie, bestrahlung, immuntherapie,
dialyse, darmspiegelung, koloskopie, magenspiegelung, gastroskopie, endoskopie, bronchoskopie, mammographie, mammografie, blinddarmoperation,
gebärmutterentfernung, brustamputation, bypass-operation, herzkatheter, herzkatheteruntersuchung, stent, stentimplantation, herzschrittmacher,
hüftprothese, knieprothese, kaiserschnitt, ct-untersuchung, computertomographie, computertomografie, kernspintomographie, ultraschalluntersuchung,
sonographie, sonografie, ekg, langzeit-ekg, belastungs-ekg, echokardiographie, herzecho, röntgenaufnahme, lungenfunktionstest, lungenfunktion,
lumbalpunktion, knochenmarkpunktion, transplantation, nierentransplantation, lebertransplantation, bluttransfusion, intubiert, beatmet,
intensivstation, stationär aufgenommen, stationäre aufnahme, ambulant behandelt, krankenhausaufenthalt, notaufnahme, narkose, vollnarkose,
postoperativ, präoperativ, physiotherapie, krankengymnastik, ergotherapie, logopädie, psychotherapie, verhaltenstherapie, reha-klinik, palliativ,
palliativversorgung, hospiz, impfung, geimpft, grippeimpfung, krankenakte, patientenakte, unverträglichkeit, penicillinallergie, medikamentenallergie,
kontraindiziert, dosierung, tablettenplan, medikationsplan, ejektionsfraktion, linksventrikulär, linker ventrikel, rechter ventrikel, koronararterie,
lymphknoten, knochenmark, rückenmark, intravenös, subkutan, intramuskulär, tumormarker, insulinpumpe, blutzuckermessgerät, hörgerät, prothese,
rollstuhlfahrer, pflegegrad, pflegestufe, krankgeschrieben, arbeitsunfähig, op-bericht, operationsbericht, histologie, zytologie, befundbericht
`;

export const lab = `
nüchternglukose, blutzuckerwert, blutzuckerspiegel, langzeitzucker, langzeitblutzucker, hba1c-wert, ldl-wert, hdl-wert, cholesterinwert, cholesterinspiegel,
kreatininwert, kreatinin-clearance, glomeruläre filtrationsrate, leukozytenzahl, thrombozytenzahl, hämoglobinwert, neutrophile, lymphozyten, freies t4,
d-dimere, d-dimer, transferrinsättigung, serumeisen, eisenwert, ferritinwert, vitamin b12, folsäurespiegel, natrium im serum, kalium im serum,
alkalische phosphatase, got-wert, gpt-wert, amylase, mikroalbumin, kortisol, prolaktin, testosteronspiegel, östradiol, beta-hcg, kreatinkinase, ck-wert,
augeninnendruck, apgar-wert, glasgow-koma-skala, peak-flow, tsh-spiegel, psa-spiegel, vitamin-d-wert, entzündungswerte, nierenwerte, schilddrüsenwerte,
hba1c, blutzucker, bz, nüchternblutzucker, glukose, cholesterin, gesamtcholesterin, ldl-cholesterin, hdl-cholesterin, triglyceride, kreatinin,
harnstoff, hämoglobin, hb-wert, hämatokrit, leukozyten, erythrozyten, thrombozyten, tsh-wert, psa-wert, viruslast, quick-wert, inr-wert, troponin,
crp-wert, crp, blutsenkung, ferritin, vitamin-d-spiegel, calcium im serum, leberwerte, gamma-gt, bilirubin, albumin, lipase, harnsäure, eiweiß im
urin, bmi, body-mass-index, blutalkohol
`;

export const vital_bp = `blutdruck von, blutdruckwerte, blutdruckwert, systolisch, diastolisch`;
export const vital_hr = `puls, herzfrequenz von, hf, pulsfrequenz`;
export const vital_spo2 = `
sauerstoffsättigung, o2-sättigung, spo2-wert
`;
export const vital_temp = `temperatur, körpertemperatur, fieber, fieber von, fieber bis`;
export const vital_rr = `atemfrequenz, af`;

export const suffix_condition = `
dermitis:10, divertikulitis:14, appendizitis:12, zystitis:8, pankreatitis:12, cholezystitis:13, kolitis:7, karditis:9, konjunktivitis:14, enzephalitis:12, vaskulitis:10, thyreoiditis:12, osophagitis:11, arthritis:9, hepatitis:9, gastritis:9, sinusitis:9, bronchitis:10, tonsillitis:11, meningitis:10, nephritis:9, spondylitis:11, tendinitis:10, bursitis:8, phlebitis:9, prostatitis:11, peritonitis:11, pleuritis:9, myelitis:9, pneumonitis:11, otitis:6, rhinitis:8, enteritis:9, laryngitis:10, pharyngitis:11,
karzinom:10, karzinome:11, karzinoms:11, sarkom:9, lymphom:9, melanom:9, entzundung:12, entzundungen:13, insuffizienz:14, infarkt:10, infarkts:11,
infarktes:12, thrombose:11, thrombosen:12, embolie:10, stenose:9, stenosen:10, zirrhose:10, fibrose:9, sklerose:10, tumor:9, tumoren:10, tumore:9,
erkrankung:12, erkrankungen:13, krankheit:12, syndrom:10, blutung:9, blutungen:10, allergie:10, diabetes:11, metastasen:12, arthrose:10, fraktur:10,
frakturen:11, lahmung:9, ektomie:10, anamie:9, amie:9, pathie:10
`;
export const suffix_clinical = `
ektomie:10, ektomien:11, skopie:10, transplantation:18, tomie:9, punktion:11
`;

export const stop = `
anatomie, mikroskopie, spektroskopie, teleskopie, sympathie, antipathie, empathie, telepathie, homoopathie, osteopathie, akademie, kinderkrankheit,
kinderkrankheiten, kunststoffplastik, autonomie, okonomie, astronomie, gastronomie, dichotomie, taxonomie, modekrankheit, zivilisationskrankheit,
volkskrankheit, helfersyndrom, lampenfieber, reisefieber, jagdfieber, goldfieber, wahlfieber, fussballfieber, interpunktion
`;

export const lab_unit = `
kalium, natrium, calcium, kalzium, magnesium, phosphat, chlorid, harnstoff, glukose im serum, laktat, ammoniak
`;
