// Dutch clinical vocabulary, written for this project from general medical knowledge (facts).
// Compound nouns are also caught by their clinical heads (suffix_condition / suffix_clinical).
// Left out on purpose: words that are everyday words in Dutch or in another language ("rug", "arts",
// "long", "hart", "braken", "soa", "tia", "bof", "hb", "overgewicht", "recept voor", "verwijzing naar"),
// and professions alone ("huisarts", "dermatoloog"), as the other languages' lists leave out "doctor".
// 2026-12 additions (Dutch equivalents of the English list). Left out on purpose, besides the words above: words used as
// curses or figuratively ("tyfus", "cholera", "pest", "schurft", "waterhoofd"), "fietstest", "stoma" alone, "burn-out",
// short abbreviations ("OSAS", "NIPT", "BSE", "CK"), and professions alone.
export const lang = 'nl';

export const condition = `
slaapapneu, slaapapnoe, obstructieve slaapapneu, obstructieve slaapapnoe, obstructief slaapapneusyndroom, slaapapneusyndroom, slaapapneu-syndroom,
narcolepsie, rustelozebenensyndroom, restless legs syndroom, prediabetes, diabetische ketoacidose, ketoacidose, diabetische retinopathie,
diabetische neuropathie, diabetische nefropathie, diabetische voet, hyperlipidemie, dyslipidemie, hypertriglyceridemie, schildkliernodule,
schildklierknobbel, ziekte van hashimoto, ziekte van graves, struma, ziekte van addison, bijnierschorsinsufficiëntie, bijnierinsufficiëntie,
syndroom van cushing, hyperparathyreoïdie, acromegalie, diabetes insipidus, polycysteus ovariumsyndroom, pco-syndroom, metabool syndroom, hyponatriëmie,
hypokaliëmie, hyperkaliëmie, hypocalciëmie, hypercalciëmie, ondervoeding, cachexie, vitamine d-tekort, vitamine-d-tekort, vitamine b12-tekort,
vitamine-b12-tekort, ijzertekort, thalassemie, ziekte van von willebrand, trombocytopenie, neutropenie, leukopenie, pancytopenie, polycytemie,
hemochromatose, multipel myeloom, ziekte van kahler, hodgkinlymfoom, ziekte van hodgkin, non-hodgkinlymfoom, glioblastoom, glioom, baarmoederkanker,
endometriumkanker, zaadbalkanker, teelbalkanker, botkanker, keelkanker, strottenhoofdkanker, schildklierkanker, hoofd-halskanker, bloedkanker,
cardiomyopathie, aortaklepstenose, aortastenose, mitralisklepinsufficiëntie, mitralisinsufficiëntie, mitralisklepprolaps, hartklepaandoening, hartklepgebrek,
endocarditis, pericarditis, hartzakontsteking, myocarditis, hartspierontsteking, atriumflutter, boezemfladderen, ventrikeltachycardie, ventrikelfibrilleren,
kamerfibrilleren, tachycardie, bradycardie, hartruis, hartgeruis, av-blok, lang-qt-syndroom, perifeer arterieel vaatlijden, etalagebenen, aorta-aneurysma,
buikaorta-aneurysma, hersenaneurysma, pulmonale hypertensie, orthostatische hypotensie, transient ischaemic attack, subarachnoïdale bloeding, hartstilstand,
hart- en vaatziekten, hart- en vaatziekte, hartziekte, nierziekte, nierschade, leverziekte, longziekte, chronische ziekte, psychische aandoening,
psychische stoornis, bronchiëctasieën, bronchiëctasie, pleuravocht, klaplong, pneumothorax, ademhalingsinsufficiëntie, respiratoire insufficiëntie, sarcoïdose,
gastro-enteritis, buikgriep, gastroparese, refluxziekte, refluxoesofagitis, twaalfvingerige darmzweer, galblaasontsteking, cholecystitis, diverticulose,
darmafsluiting, ileus, slikklachten, slikproblemen, dysfagie, anale fissuur, niet-alcoholische leververvetting, leverfalen, hepatitis b, hepatitis c,
chronische darmontsteking, inflammatoire darmziekte, acute nierschade, acuut nierfalen, eindstadium nierfalen, nefrotisch syndroom, glomerulonefritis,
cystenieren, polycysteuze nierziekte, goedaardige prostaatvergroting, prostaatvergroting, prostatitis, prostaatontsteking, urine-incontinentie, incontinentie,
urineretentie, hematurie, bloed in de urine, proteïnurie, erectiestoornis, erectiele disfunctie, ziekte van bechterew, spondylitis ankylopoetica,
systemische lupus erythematodes, sclerodermie, syndroom van sjögren, vasculitis, reuscelarteriitis, arteriitis temporalis, polymyalgia rheumatica,
peesontsteking, tendinitis, slijmbeursontsteking, carpaletunnelsyndroom, carpaal tunnelsyndroom, spinale stenose, kanaalstenose, scoliose, osteomyelitis,
osteopenie, schouderluxatie, ontwrichte schouder, liesbreuk, navelbreuk, rosacea, acne vulgaris, vitiligo, wondroos, erysipelas, cellulitis, krentenbaard,
scabiës, doorligwond, doorligwonden, decubitus, angio-oedeem, quincke-oedeem, bacteriëmie, mrsa, clostridium difficile, hpv-infectie, trichomoniasis,
malaria, dengue, buiktyfus, tetanus, difterie, hondsdolheid, ziekte van pfeiffer, mononucleosis, candidiasis, vaginale schimmelinfectie, long covid, postcovid,
covid-pneumonie, otitis media, tonsillitis, faryngitis, laryngitis, uveïtis, keratoconus, oorsuizen, tinnitus, amyotrofische laterale sclerose,
ziekte van huntington, myasthenia gravis, syndroom van guillain-barré, perifere neuropathie, radiculopathie, ischias, hersenverlamming, cerebrale parese,
hydrocefalus, encefalopathie, trigeminusneuralgie, aangezichtsverlamming, clusterhoofdpijn, status epilepticus, lewy-body-dementie, vasculaire dementie,
ernstige depressie, postnatale depressie, postpartumdepressie, gegeneraliseerde angststoornis, sociale angststoornis, sociale fobie,
schizoaffectieve stoornis, obsessieve-compulsieve stoornis, syndroom van asperger, eetbuistoornis, persoonlijkheidsstoornis, persoonlijkheidsstoornissen,
alcoholmisbruik, opioïdverslaving, delier, delirium tremens, dreigende vroeggeboorte, placenta praevia, amenorroe, dysmenorroe, menorragie, vleesboom,
vleesbomen, myoom, baarmoedermyoom, eierstokcyste, ovariumcyste, cervixdysplasie, borstontsteking, mastitis, open ruggetje, spina bifida,
aangeboren hartafwijking, syndroom van marfan, syndroom van turner, ruggenmergletsel, paraplegie, tetraplegie, hemiplegie, lymfoedeem, ascites, hematemesis,
melaena, hepatomegalie, splenomegalie, lymfadenopathie, cyanose, orthopneu, nycturie, polyurie, ontwikkelingsachterstand, verstandelijke beperking, dyslexie,
chronischevermoeidheidssyndroom, chronisch vermoeidheidssyndroom, diabetes mellitus, diabeet, sikkelcelanemie, longkanker met uitzaaiingen, hartinfarcten,
herseninfarcten, beroertes, kankerpatiënt, kankerpatiënte,
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
polysomnografie, slaaponderzoek, slaapregistratie, cpap-apparaat, cpap-therapie, cpap-masker, cystoscopie, kijkoperatie, laparoscopie, artroscopie,
beenmergbiopsie, stamceltransplantatie, beenmergtransplantatie, harttransplantatie, orgaantransplantatie, tracheotomie, tracheostoma, colostoma, ileostoma,
gastrostomie, peg-sonde, maagsonde, sondevoeding, blaaskatheter, urinekatheter, sedatie, pet-ct, pet-ct-scan, scintigrafie, botscan,
botdichtheidsmeting, uitstrijkje, baarmoederhalsuitstrijkje, hersenfilmpje, holteronderzoek, 24-uurs bloeddrukmeting, hartkatheterisatie,
hartklepvervanging, hartklepoperatie, spondylodese, rugoperatie, totale heupprothese, totale knieprothese, staaroperatie, cataractoperatie,
maagverkleining, maagomleiding, gastric bypass, gastric sleeve, ivf-behandeling, reageerbuisbevruchting, embryoterugplaatsing, abortus provocatus,
zwangerschapsafbreking, inleiding van de bevalling, thyreoïdectomie, schildklieroperatie, nefrectomie, nierverwijdering, darmresectie, hemicolectomie,
laminectomie, hernia-operatie, borstsparende operatie, lumpectomie, borstamputatie, mri-onderzoek, ct-onderzoek, echo-onderzoek, echocardiografie, hartecho,
duplexonderzoek, beademing, zuurstoftherapie, thuiszuurstof, familieanamnese, pathologieverslag, pa-uitslag, radiologieverslag, glucosesensor,
cochleair implantaat, gehoorapparaat, cognitieve gedragstherapie, gedragstherapie, ontwenningskliniek, afkickkliniek, methadonprogramma,
zwangerschapscontrole, termijnecho, twintigwekenecho, 20-wekenecho, dialysepatiënt, insulineafhankelijk, urinekweek, bloedkweek, bloedgasanalyse,
thoraxfoto, longfoto, mri van de hersenen, mri van de knie, ic-opname, opgenomen op de intensive care, spoedoperatie, elektromyografie, leverbiopsie,
prostaatbiopsie, vruchtwaterpunctie,
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
nuchtere bloedsuiker, glucosewaarde, bloedglucose, bloedsuikerwaarde, creatinineklaring, kreatinineklaring, glomerulaire filtratiesnelheid, neutrofielen,
lymfocyten, vrij t4, tsh-waarde, psa-waarde, inr-waarde, d-dimeer, procalcitonine, transferrineverzadiging, serumijzer, vitamine b12, foliumzuur,
alkalische fosfatase, alat, asat, amylase, lactaat, microalbumine, albumine-creatinineratio, cortisol, prolactine, testosteron, oestradiol, beta-hcg,
alfa-foetoproteïne, creatinekinase, oogdruk, apgarscore, piekstroom, cholesterolgehalte, cholesterolwaarde, hb-waarde, hemoglobinegehalte, ijzergehalte,
crp-waarde, bezinkingssnelheid,
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

export const lab_unit = `
kalium, natrium, calcium, magnesium, fosfaat, chloride, ureum
`;
