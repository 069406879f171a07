// Dutch clinical vocabulary, written for this project from general medical knowledge (facts).
// Compound nouns are also caught by their clinical heads (suffix_condition / suffix_clinical).
// Left out on purpose: words that are everyday words in Dutch or in another language ("rug", "arts",
// "long", "hart", "braken", "soa", "tia", "bof", "hb", "overgewicht", "recept voor", "verwijzing naar"),
// and professions alone ("huisarts", "dermatoloog"), as the other languages' lists leave out "doctor".
export const lang = 'nl';

export const condition = `
verdenking melanoom, melanoom, carcinoom, basaalcelcarcinoom, plaveiselcelcarcinoom, lymfoom, sarcoom, leukemie, kanker, borstkanker, longkanker,
darmkanker, prostaatkanker, huidkanker, alvleesklierkanker, baarmoederhalskanker, eierstokkanker, blaaskanker, nierkanker, leverkanker, maagkanker,
slokdarmkanker, hersentumor, tumor, kwaadaardige tumor, goedaardige tumor, uitzaaiingen, metastasen, gemetastaseerd, gepigmenteerde laesie, laesie,
moedervlek, naevus, dysplastische naevus, suikerziekte, diabetes type 1, diabetes type 2, diabetespatiënt, zwangerschapsdiabetes, hypoglykemie,
hyperglykemie, hoge bloeddruk, hypertensie, lage bloeddruk, hypotensie, hartinfarct, hartaanval, myocardinfarct, hartfalen, boezemfibrilleren,
atriumfibrilleren, hartritmestoornis, hartritmestoornissen, angina pectoris, coronaire hartziekte, herseninfarct, beroerte, hersenbloeding,
trombosebeen, longembolie, trombose, diepe veneuze trombose, spataderen, aneurysma, longontsteking, pneumonie, bronchitis, astma, copd, longemfyseem,
longfibrose, tuberculose, griep, influenza, corona-infectie, blaasontsteking, nierbekkenontsteking, urineweginfectie, nierfalen,
nierinsufficiëntie, chronische nierschade, nierstenen, galstenen, leververvetting, levercirrose, hepatitis, alvleesklierontsteking, pancreatitis,
blindedarmontsteking, appendicitis, diverticulitis, maagzweer, maagontsteking, reflux, brandend maagzuur, ziekte van crohn, colitis ulcerosa,
prikkelbaredarmsyndroom, coeliakie, aambeien, dementie, ziekte van alzheimer, ziekte van parkinson, epilepsie, epileptische aanval,
multiple sclerose, migraine, hersenvliesontsteking, meningitis, hernia, rughernia, polyneuropathie, depressie, depressieve stoornis, angststoornis,
paniekstoornis, paniekaanval, bipolaire stoornis, schizofrenie, psychose, ptss, posttraumatische stressstoornis, dwangstoornis, adhd, autisme,
autismespectrumstoornis, eetstoornis, anorexia nervosa, boulimia, borderline persoonlijkheidsstoornis, slaapstoornis, suïcidale gedachten,
suïcidepoging, zelfbeschadiging, alcoholverslaving, drugsverslaving, verslaving, overdosis, zwanger, zwangerschap, miskraam, doodgeboorte,
vroeggeboorte, buitenbaarmoederlijke zwangerschap, onvruchtbaarheid, endometriose, overgangsklachten, syndroom van down, taaislijmziekte,
spierdystrofie, dwarslaesie, halfzijdige verlamming, verlamming, chronische pijn, oedeem, vochtophoping, geelzucht, kortademigheid, dyspneu,
pijn op de borst, hartkloppingen, flauwvallen, syncope, gebroken heup, heupfractuur, polsfractuur, enkelfractuur, botbreuk, hersenschudding,
kruisbandletsel, meniscusscheur, artrose, reumatoïde artritis, reuma, artritis, jicht, osteoporose, fibromyalgie, lupus, psoriasis, eczeem,
constitutioneel eczeem, gordelroos, sepsis, bloedvergiftiging, chlamydia, gonorroe, syfilis, herpes, hiv-infectie, hiv-positief, mazelen, rodehond,
waterpokken, kinkhoest, ziekte van lyme, middenoorontsteking, bijholteontsteking, keelontsteking, amandelontsteking, bindvliesontsteking, glaucoom,
cataract, maculadegeneratie, netvliesloslating, slechthorendheid, gehoorverlies, schildklierafwijking, trage schildklier, snel werkende schildklier,
hypothyreoïdie, hyperthyreoïdie, hypercholesterolemie, verhoogd cholesterol, obesitas, bloedarmoede, anemie, ijzergebreksanemie, sikkelcelziekte,
hemofilie, allergie voor penicilline, penicillineallergie, geneesmiddelenallergie, voedselallergie, pinda-allergie, anafylaxie, anafylactische shock,
netelroos, koorts, koortsstuip, diarree, misselijkheid
`;

export const clinical = `
verwijsbrief, doorverwijzing, ontslagbrief, specialistenbrief, patiëntendossier, medisch dossier, elektronisch patiëntendossier, anamnese,
medische voorgeschiedenis, lichamelijk onderzoek, differentiaaldiagnose, werkdiagnose, behandelplan, medicatieoverzicht,
medicatielijst, polikliniek, polikliniek dermatologie, polikliniek cardiologie, polikliniek interne geneeskunde, polikliniek neurologie,
polikliniek orthopedie, polikliniek chirurgie, polikliniek gynaecologie, poli dermatologie, spoedeisende hulp, 
opname in het ziekenhuis, ziekenhuisopname, opgenomen in het ziekenhuis, ontslag uit het ziekenhuis, dagbehandeling, bloedonderzoek, bloedafname,
laboratoriumonderzoek, urineonderzoek, biopsie, biopt, excisie, excisiebiopt, histologie, histologisch onderzoek, pathologie, cytologie,
dermatoscopie, chemotherapie, chemokuur, radiotherapie, bestraling, immunotherapie, hormoontherapie, dialyse, nierdialyse, colonoscopie, coloscopie,
darmonderzoek, gastroscopie, maagonderzoek, endoscopie, bronchoscopie, mammografie, echografie, echo van de buik, röntgenfoto, ct-scan, mri-scan,
petscan, ecg, hartfilmpje, inspanningstest, longfunctieonderzoek, ruggenprik, lumbaalpunctie, beenmergpunctie, transplantatie, niertransplantatie,
levertransplantatie, bloedtransfusie, geïntubeerd, beademd, narcose, algehele narcose, plaatselijke verdoving, postoperatief, preoperatief,
geopereerd, keizersnede, heupprothese, knieprothese, pacemaker, stent geplaatst, dotterbehandeling, bypassoperatie, revalidatie, palliatieve zorg,
vaccinatie, gevaccineerd, griepprik, herhaalrecept, contra-indicatie, dosering, dagdosering, intraveneus, subcutaan, intramusculair,
tumormarker, insulinepomp, ziekmelding, arbeidsongeschikt
`;

export const lab = `
hba1c, bloedsuiker, nuchtere glucose, glucose, cholesterol, totaal cholesterol, ldl-cholesterol, hdl-cholesterol, triglyceriden, kreatinine,
creatinine, egfr, ureum, hemoglobine, hematocriet, leukocyten, erytrocyten, trombocyten, virale lading, troponine, bezinking,
ferritine, vitamine d, leverwaarden, gamma-gt, bilirubine, albumine, lipase, urinezuur, eiwit in de urine
`;

export const vital_bp = `bloeddruk, bloeddruk van, systolisch, diastolisch`;
export const vital_hr = `pols, hartslag, hartfrequentie`;
export const vital_spo2 = `zuurstofsaturatie, saturatie`;
export const vital_temp = `temperatuur, lichaamstemperatuur, koorts van`;
export const vital_rr = `ademhalingsfrequentie`;

export const suffix_condition = `
ontsteking:12, ontstekingen:13, insufficientie:14, infarct:10, carcinoom:10, carcinomen:11, melanomen:9, sarcomen:8, lymfomen:8, kanker:9,
fractuur:9, fracturen:10, stoornis:10, stoornissen:11, verlamming:12
`;
export const suffix_clinical = `
ectomie:10, punctie:9
`;

export const stop = `
economie, anatomie, astronomie, gastronomie, autonomie, taxonomie, dichotomie, academie, sympathie, antipathie, empathie, telepathie, homeopathie,
osteopathie, telescopie, microscopie, spectroscopie, kinderziekte, kinderziekten, kinderziektes
`;
