// French clinical vocabulary, written for this project from general medical knowledge (facts).
// 2026-12 additions (French equivalents of the English list). An elided article is a word gap for the scanner
// ("d'apnées", "l'asthme" match "apnées …", "asthme"), so elided forms are not listed. Left out on purpose: words that are
// everyday words in French or in another language ("rage", "gale" (an English word too), "rhume", "goutte", "acné" alone,
// "cellulite" alone (cosmetic), "addiction" alone, "burn-out", "vertige"), short abbreviations ("SAS", "SAOS", "PPC", "FIV",
// "IVG", "TOC", "NFS", "TCC"), and professions alone.
export const lang = 'fr';

export const condition = `
apnée du sommeil, apnées du sommeil, apnée obstructive du sommeil, apnées obstructives du sommeil, syndrome d'apnée du sommeil, syndrome d'apnées du sommeil,
syndrome d'apnée obstructive du sommeil, syndrome d'apnées obstructives du sommeil, syndrome d'apnées-hypopnées obstructives du sommeil,
syndrome d'apnées hypopnées obstructives du sommeil, narcolepsie, syndrome des jambes sans repos, trouble du sommeil, troubles du sommeil, prédiabète,
acidocétose diabétique, acidocétose, rétinopathie diabétique, neuropathie diabétique, néphropathie diabétique, pied diabétique, mal perforant plantaire,
hyperlipidémie, hypertriglycéridémie, nodule thyroïdien, nodules thyroïdiens, maladie d'addison, insuffisance surrénalienne, syndrome de cushing,
hyperparathyroïdie, acromégalie, diabète insipide, syndrome des ovaires polykystiques, ovaires polykystiques, syndrome métabolique, hyponatrémie, hypokaliémie,
hyperkaliémie, hypocalcémie, hypercalcémie, dénutrition, malnutrition, cachexie, carence en vitamine d, carence en vitamine b12, thalassémie,
maladie de willebrand, thrombopénie, thrombocytopénie, neutropénie, leucopénie, pancytopénie, polyglobulie, hémochromatose, myélome multiple,
maladie de kahler, lymphome de hodgkin, maladie de hodgkin, lymphome non hodgkinien, glioblastome, gliome, carcinome basocellulaire, carcinome épidermoïde,
cancer de l'estomac, cancer gastrique, cancer de l'oesophage, cancer du foie, carcinome hépatocellulaire, cancer du rein, cancer de la vessie,
cancer de la thyroïde, cancer de la peau, cancer de l'utérus, cancer de l'endomètre, cancer du testicule, cancer des os, cancer du larynx, cancer de la gorge,
cancers du sein, cancer du poumon métastatique, cardiomyopathie, myocardiopathie, rétrécissement aortique, sténose aortique, insuffisance mitrale,
prolapsus de la valve mitrale, prolapsus valvulaire mitral, valvulopathie, endocardite, péricardite, myocardite, flutter auriculaire, tachycardie ventriculaire,
fibrillation ventriculaire, tachycardie, bradycardie, souffle cardiaque, bloc auriculo-ventriculaire, syndrome du qt long,
artériopathie oblitérante des membres inférieurs, artérite des membres inférieurs, anévrisme de l'aorte, anévrisme aortique, anévrisme cérébral,
hypertension artérielle pulmonaire, hypertension pulmonaire, hypotension orthostatique, accident ischémique transitoire, hémorragie méningée,
hémorragie sous-arachnoïdienne, dilatation des bronches, bronchectasie, épanchement pleural, pneumothorax, insuffisance respiratoire,
syndrome de détresse respiratoire aiguë, sarcoïdose, bronchopneumopathie chronique obstructive, broncho-pneumopathie chronique obstructive, gastro-entérite,
gastroentérite, gastroparésie, ulcère duodénal, ulcère de l'estomac, cholécystite, lithiase biliaire, diverticulose, occlusion intestinale, iléus, dysphagie,
fissure anale, hépatite b, hépatite c, maladie inflammatoire chronique de l'intestin, maladies inflammatoires chroniques de l'intestin,
insuffisance rénale aiguë, insuffisance rénale terminale, syndrome néphrotique, glomérulonéphrite, polykystose rénale, adénome de la prostate, prostatite,
rétention urinaire, hématurie, protéinurie, lupus érythémateux disséminé, lupus érythémateux systémique, sclérodermie, syndrome de gougerot-sjögren,
syndrome de sjögren, vascularite, artérite à cellules géantes, maladie de horton, pseudopolyarthrite rhizomélique, tendinite, bursite,
syndrome du canal carpien, canal lombaire étroit, sténose du canal rachidien, scoliose, ostéomyélite, ostéopénie, rupture de la coiffe des rotateurs,
luxation de l'épaule, coxarthrose, gonarthrose, lombalgie chronique, hernie inguinale, hernie ombilicale, rosacée, acné vulgaire, vitiligo, érysipèle,
dermohypodermite, impétigo, escarres, oedème de quincke, angio-oedème, angioedème, bactériémie, staphylocoque doré résistant à la méticilline,
infection à clostridium difficile, infection à papillomavirus, infection à hpv, trichomonase, paludisme, dengue, fièvre typhoïde, tétanos, diphtérie,
mononucléose, mononucléose infectieuse, candidose, mycose vaginale, covid long, syndrome post-covid, otite moyenne, otite séreuse, amygdalite, pharyngite,
laryngite, uvéite, kératocône, perte auditive, presbyacousie, sclérose latérale amyotrophique, maladie de charcot, maladie de huntington,
chorée de huntington, myasthénie, syndrome de guillain-barré, neuropathie périphérique, radiculopathie, cruralgie, névralgie cervico-brachiale,
paralysie cérébrale, infirmité motrice cérébrale, hydrocéphalie, encéphalopathie, névralgie du trijumeau, paralysie faciale, algie vasculaire de la face,
état de mal épileptique, démence à corps de lewy, démence vasculaire, dépression sévère, épisode dépressif majeur, dépression post-partum,
dépression postnatale, trouble anxieux généralisé, anxiété généralisée, phobie sociale, trouble schizo-affectif, syndrome d'asperger,
hyperphagie boulimique, trouble de la personnalité, troubles de la personnalité, trouble de l'usage de l'alcool, trouble lié à l'usage de substances,
delirium tremens, syndrome confusionnel, menace d'accouchement prématuré, mort foetale in utero, placenta praevia, aménorrhée, dysménorrhée, ménorragie,
fibrome utérin, fibromes utérins, myome utérin, kyste ovarien, kystes ovariens, kyste de l'ovaire, dysplasie du col, dysplasie cervicale, mastite,
spina bifida, cardiopathie congénitale, syndrome de marfan, syndrome de turner, lésion de la moelle épinière, blessé médullaire, lymphoedème, hématémèse,
méléna, hépatomégalie, splénomégalie, adénopathie, adénopathies, cyanose, orthopnée, nycturie, polyurie, retard de développement,
retard psychomoteur, déficience intellectuelle, dyslexie, syndrome de fatigue chronique, encéphalomyélite myalgique, diabète de type i, diabète de type ii,
maladie d'alzheimer précoce, maladie pulmonaire, maladie cardiovasculaire, maladies cardiovasculaires, insuffisance veineuse, embolie, accident cardiaque,
hémorragie digestive, cancer du sang,
maladie rénale, maladie cardiaque, maladie du foie, caillot sanguin, crise de panique, entorse de la cheville, maladie chronique, maladie mentale,
hta, dt2, idm, tvp, polype, polypes, polype colique, carence martiale, fracture du poignet, fracture de la cheville, fracture du radius, fracture du fémur, crise drépanocytaire, crise convulsive, crise d épilepsie, exacerbation de bpco,
diabète, diabétique, diabète de type 2, diabète de type 1, diabète gestationnel, hypoglycémie, hyperglycémie, hypertension artérielle, hypertension,
hypotension, prééclampsie, cancer, cancéreux, carcinome, tumeur, tumeurs, tumeur maligne, métastase, métastases, métastatique, leucémie, lymphome, mélanome,
sarcome, myélome, cancer du sein, cancer du poumon, cancer de la prostate, cancer colorectal, cancer du côlon, cancer du pancréas, cancer de l'ovaire,
cancer du col de l'utérus, tumeur cérébrale, pneumonie, pneumopathie, bronchite, bronchiolite, asthme, bpco, emphysème, fibrose pulmonaire, embolie
pulmonaire, tuberculose, hépatite, cirrhose, stéatose hépatique, insuffisance hépatique, pancréatite, calculs biliaires, appendicite, diverticulite,
gastrite, ulcère gastrique, reflux gastro-oesophagien, maladie de crohn, rectocolite hémorragique, syndrome de l'intestin irritable, maladie
coeliaque, hémorroïdes, démence, maladie d'alzheimer, maladie de parkinson, épilepsie, crise d'épilepsie, sclérose en plaques, accident vasculaire
cérébral, avc, infarctus cérébral, hémorragie cérébrale, migraine, migraines, méningite, encéphalite, neuropathie, polyneuropathie, hernie discale,
sciatique, infarctus, infarctus du myocarde, crise cardiaque, insuffisance cardiaque, arrêt cardiaque, fibrillation auriculaire, arythmie, trouble du
rythme cardiaque, angine de poitrine, coronaropathie, cardiopathie ischémique, thrombose, phlébite, thrombose veineuse profonde, artériosclérose,
athérosclérose, varices, insuffisance rénale, insuffisance rénale chronique, maladie rénale chronique, calculs rénaux, infection urinaire, cystite,
pyélonéphrite, incontinence urinaire, hypertrophie bénigne de la prostate, dysfonction érectile, hypercholestérolémie, dyslipidémie, hypothyroïdie,
hyperthyroïdie, thyroïdite, maladie de basedow, goitre, obésité, obèse, anémie, anémie ferriprive, carence en fer, drépanocytose, hémophilie,
ostéoporose, arthrose, polyarthrite rhumatoïde, arthrite, spondylarthrite ankylosante, lupus, fibromyalgie, psoriasis, eczéma, dermatite atopique,
septicémie, sepsis, choc septique, grippe, syphilis, gonorrhée, chlamydia, herpès, séropositif, séropositive, infection par le vih, vih, rougeole,
oreillons, rubéole, varicelle, coqueluche, maladie de lyme, otite, sinusite, angine bactérienne, conjonctivite, glaucome, cataracte, dégénérescence
maculaire, décollement de rétine, surdité, acouphènes, dépression, état dépressif, syndrome dépressif, trouble anxieux, trouble panique, crises
d'angoisse, trouble bipolaire, schizophrénie, psychose, trouble de stress post-traumatique, tspt, trouble obsessionnel compulsif, tdah, autisme,
trouble du spectre de l'autisme, trouble du comportement alimentaire, anorexie mentale, boulimie, trouble de la personnalité borderline, insomnie,
idées suicidaires, tentative de suicide, automutilation, alcoolisme, dépendance à l'alcool, toxicomanie, dépendance aux opioïdes, sevrage, surdose,
overdose, grossesse, fausse couche, grossesse extra-utérine, accouchement prématuré, infertilité, endométriose, ménopause, trisomie 21, mucoviscidose,
myopathie, paraplégie, tétraplégie, hémiplégie, amputé, douleurs chroniques, oedème, ascite, ictère, jaunisse, dyspnée, essoufflement, douleur
thoracique, syncope, palpitations, rupture des ligaments croisés, fracture du col du fémur, commotion cérébrale, traumatisme crânien, diarrhée,
vomissements, choc anaphylactique, anaphylaxie, urticaire, escarre
`;

export const clinical = `
polysomnographie, polygraphie ventilatoire, polygraphie respiratoire, enregistrement du sommeil, pression positive continue, appareil à pression positive continue,
appareil de ppc, masque de ppc, cystoscopie, coelioscopie, laparoscopie, arthroscopie, myélogramme, biopsie ostéomédullaire, greffe de cellules souches,
greffe de moelle osseuse, greffe de coeur, greffe cardiaque, greffe d'organe, trachéotomie, colostomie, iléostomie, gastrostomie, sonde nasogastrique,
sonde d'alimentation, nutrition entérale, nutrition parentérale, sonde urinaire, sondage urinaire, sédation, tep-scan, tep scan, pet-scan, scintigraphie,
ostéodensitométrie, densitométrie osseuse, frottis cervico-utérin, frottis du col, électroencéphalogramme, holter tensionnel, épreuves fonctionnelles respiratoires,
exploration fonctionnelle respiratoire, cathétérisme cardiaque, remplacement valvulaire, arthrodèse, prothèse totale de hanche, prothèse totale de genou,
opération de la cataracte, chirurgie de la cataracte, chirurgie bariatrique, sleeve gastrectomie, bypass gastrique, anneau gastrique, fécondation in vitro,
transfert d'embryon, transfert embryonnaire, interruption volontaire de grossesse, interruption médicale de grossesse, déclenchement de l'accouchement,
déclenchement du travail, thyroïdectomie, néphrectomie, colectomie, laminectomie, discectomie, tumorectomie, irm cardiaque, irm du rachis, irm pelvienne,
échographie abdominale, échographie pelvienne, échographie obstétricale, écho-doppler, doppler veineux, ventilation non invasive, oxygénothérapie,
oxygène à domicile, antécédents familiaux, antécédents personnels, diagnostic différentiel, compte rendu anatomopathologique, compte rendu radiologique,
compte rendu d'imagerie, capteur de glycémie, capteur de glucose, implant cochléaire, thérapie comportementale et cognitive, cure de désintoxication,
sevrage alcoolique, traitement de substitution, suivi de grossesse, dialysé, dialysée, insulinodépendant, insulinodépendante, insulino-dépendant,
analyse d'urine, examen cytobactériologique des urines, hémoculture, hémocultures, gaz du sang, gazométrie, radiographie du thorax, radio du thorax,
radio pulmonaire, scanner thoracique, scanner abdominal, scanner cérébral, électromyogramme, biopsie hépatique, biopsie prostatique, amniocentèse,
échocardiographie transoesophagienne, hospitalisé en urgence, admis aux urgences, passage aux urgences,
exérèse, polypectomie, réduction fermée, sous oxygène, compte rendu de coloscopie, histologie, anatomopathologique, diagnostiqué, diagnostiquée,
pronostic, prescription médicale, compte rendu opératoire, compte rendu d'hospitalisation, lettre de sortie, dossier médical, dossier patient,
antécédents médicaux, anamnèse, plan de traitement, tension artérielle, fréquence cardiaque, prise de sang, bilan sanguin, analyses de sang, résultats
d'analyses, bilan biologique, biopsie, anatomopathologie, chimiothérapie, chimio, radiothérapie, immunothérapie, dialyse, hémodialyse, coloscopie,
endoscopie, fibroscopie, gastroscopie, bronchoscopie, mammographie, appendicectomie, mastectomie, hystérectomie, cholécystectomie, amygdalectomie,
prostatectomie, angioplastie, coronarographie, pose de stent, stent, pontage coronarien, pacemaker, stimulateur cardiaque, prothèse de hanche,
prothèse de genou, césarienne, péridurale, tomodensitométrie, échographie, échocardiographie, électrocardiogramme, ecg, holter, épreuve d'effort,
spirométrie, radiographie, radiographie thoracique, ponction lombaire, greffe de moelle, greffe de rein, greffe de foie, transplantation, transfusion,
transfusion sanguine, intubé, intubée, ventilation mécanique, réanimation, soins intensifs, hospitalisé, hospitalisée, hospitalisation, anesthésie,
anesthésie générale, postopératoire, préopératoire, kinésithérapie, kiné, ergothérapie, orthophonie, psychothérapie, thérapie cognitivo-
comportementale, soins palliatifs, vaccination, vacciné, vaccinée, effets indésirables, allergie à la pénicilline, allergie médicamenteuse, contre-
indiqué, contre-indication, posologie, fraction d'éjection, ventricule gauche, ventricule droit, ventriculaire gauche, artère coronaire, ganglion
lymphatique, ganglions lymphatiques, moelle osseuse, moelle épinière, intraveineuse, sous-cutanée, intramusculaire, marqueur tumoral, pompe à
insuline, lecteur de glycémie, appareil auditif, arrêt maladie, arrêt de travail, médecin traitant, consultation médicale, certificat médical
`;

export const lab = `
cholestérol ldl, cholestérol hdl, débit de filtration glomérulaire, clairance de la créatinine, urémie, volume globulaire moyen, polynucléaires neutrophiles,
t4 libre, t3 libre, d-dimères, procalcitonine, coefficient de saturation de la transferrine, fer sérique, vitamine b12, folates, phosphatases alcalines,
amylasémie, acide urique, microalbuminurie, cortisolémie, prolactine, testostérone, oestradiol, bêta-hcg, alpha-foetoprotéine, créatine kinase, cpk,
pression intraoculaire, tension oculaire, score d'apgar, score de glasgow, débit expiratoire de pointe, vems, taux de glycémie, taux de cholestérol,
taux de ferritine, taux de plaquettes, taux d'hémoglobine, taux de psa, hémoglobine glycosylée,
hba1c, hémoglobine glyquée, glycémie, glycémie à jeun, cholestérol, cholestérol total, ldl-cholestérol, hdl-cholestérol, triglycérides, créatinine,
créatininémie, urée sanguine, dfg, hémoglobine, hématocrite, leucocytes, globules blancs, globules rouges, plaquettes, tsh, psa, charge virale,
lymphocytes cd4, taux de prothrombine, troponine, crp, protéine c réactive, vitesse de sédimentation, ferritine, vitamine d, kaliémie, natrémie,
calcémie, transaminases, asat, alat, gamma-gt, ggt, bilirubine, albumine, lipasémie, uricémie, imc, indice de masse corporelle, alcoolémie
`;

export const vital_bp = `
ta, tension artérielle de, pression artérielle, pa
`;
export const vital_hr = `fc, fréquence cardiaque de, pouls`;
export const vital_spo2 = `saturation en oxygène, saturation en o2, sat o2, spo2 à`;
export const vital_temp = `
température, température corporelle, fièvre à, fièvre de
`;
export const vital_rr = `fr, fréquence respiratoire`;

export const suffix_condition = `
arthrite:8, hepatite:8, dermatite:9, gastrite:8, colite:6, sinusite:8, pancreatite:11, cystite:7, bronchite:9, bronchiolite:12, amygdalite:10, pharyngite:10, laryngite:9, conjonctivite:13, meningite:9, encephalite:11, appendicite:11, diverticulite:13, otite:5, tendinite:9, bursite:7, cardite:7, vascularite:11, phlebite:8, thyroidite:10, prostatite:10, gingivite:9, stomatite:9, oesophagite:11, peritonite:10, cholecystite:12, angiocholite:12, uveite:6, keratite:8, rhinite:7, myelite:7, fasciite:8, synovite:8, epicondylite:12, folliculite:11, blepharite:10, nephrite:8, gastroenterite:14,carcinome:12, sarcome:9, lymphome:10, melanome:10, pathie:11, emie:9, algie:9, ectomie:10`;
export const suffix_clinical = `ectomie:10, ectomies:11, plastie:10, scopie:10, stomie:9`;

export const stop = `
sympathie, antipathie, empathie, telepathie, homeopathie, osteopathie, naturopathie, academie, nostalgie, dichotomie, microscopie,
spectroscopie, telescopie, anatomie, autonomie, economie, astronomie, gastronomie, taxonomie, epidemie
`;

export const lab_unit = `
kaliémie, natrémie, potassium, sodium, calcium, magnésium, urée, glucose, lactates, chlore
`;
