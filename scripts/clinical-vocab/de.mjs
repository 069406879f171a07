// German clinical vocabulary, written for this project from general medical knowledge (facts).
// Compound nouns are also caught by their clinical heads (suffix_condition / suffix_clinical).
export const lang = 'de';

export const condition = `
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
