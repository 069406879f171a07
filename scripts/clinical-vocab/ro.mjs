// Romanian clinical vocabulary, written for this project from general medical knowledge (facts).
// Romanian adds the definite article to the noun ("diabetul", "cancerul"), so the commonest conditions are also
// listed with it and in the genitive ("tratamentul diabetului") (condition_inflected). Both comma-below and cedilla
// spellings (ș/ş, ț/ţ) fold to s and t.
// Left out on purpose: words that are everyday words in Romanian or in another language ("durere" alone, "febră"
// alone (also "febra aurului", "febră musculară"), "gripă" alone (as pt "gripe"), "tensiune" alone (voltage, tension),
// "sarcină" alone (also a task, a load), "depresie" alone (also the economy), "greață" (also disgust), "sincopă"
// (also a musical syncopation), "externat" alone (also a day school), "trimitere" alone (a sending), "rețetă" alone
// (also a cooking recipe), "efecte secundare" (also of a policy), "avc" (a video codec), "tbc", "ati", "upu", "rmn",
// "ta", "av" (short abbreviations), "criză" alone, "atac" alone, "ulcer" alone, "operație" alone (also a military
// or bank operation), "analize" alone (analyses)), and professions alone ("medic", "medic de familie", "asistentă").
// Also left out: "tensiune mare" (high voltage), "operat de" (a flight operated by), "internat la" (a boarding school).
export const lang = 'ro';

export const condition = `
cancer, cancer pulmonar, cancer de plămân, cancer de sân, cancer mamar, cancer de prostată, cancer de colon, cancer colorectal, cancer rectal,
cancer de col uterin, cancer ovarian, cancer pancreatic, cancer de pancreas, cancer gastric, cancer de stomac, cancer de piele, cancer de vezică,
cancer renal, cancer hepatic, cancer tiroidian, cancer esofagian, tumoare cerebrală, tumoare malignă, tumoare benignă, tumoră malignă,
neoplasm, neoplazie, metastaze, leucemie, limfom, melanom malign, melanom, carcinom bazocelular, carcinom, sarcom, mielom multiplu,
diabet, diabet zaharat, diabet de tip 1, diabet de tip 2, diabet tip 2, diabet gestațional, diabet gestational, diabetic, diabetică,
hipoglicemie, hiperglicemie, hipotiroidism, hipertiroidism, gușă, nodul tiroidian, tiroidită hashimoto, boala graves, colesterol mărit,
colesterol crescut, hipercolesterolemie, dislipidemie, obezitate, obezitate morbidă, hipertensiune arterială, hipertensiune,
tensiune arterială mare, hipotensiune, infarct, infarct miocardic, infarct de miocard, insuficiență cardiacă, fibrilație atrială,
aritmie cardiacă, aritmie, angină pectorală, cardiopatie ischemică, boală coronariană, tromboză venoasă profundă, tromboză, cheag de sânge,
embolie pulmonară, accident vascular cerebral, atac cerebral, accident vascular ischemic, hemoragie cerebrală, anevrism, anevrism de aortă,
varice, pneumonie, bronhopneumonie, bronșită, astm, astm bronșic, bpoc, bronhopneumopatie obstructivă cronică, emfizem pulmonar,
fibroză pulmonară, tuberculoză, gripă sezonieră, apnee în somn, apneea de somn, hepatită, hepatită b, hepatită c, ciroză, ciroză hepatică,
steatoză hepatică, ficat gras, insuficiență hepatică, pancreatită, apendicită, diverticulită, gastrită, ulcer gastric, ulcer duodenal,
boală de reflux gastroesofagian, reflux gastroesofagian, boala crohn, colită ulcerativă, rectocolită ulcerohemoragică, sindromul colonului iritabil,
colon iritabil, boală celiacă, celiachie, hemoroizi, calculi biliari, litiază biliară, calculi renali, litiază renală, colică renală,
insuficiență renală, insuficiență renală cronică, boală cronică de rinichi, boală renală cronică, infecție urinară, infecție de tract urinar,
cistită, pielonefrită, demență, boala alzheimer, boala parkinson, epilepsie, criză epileptică, criză de epilepsie, scleroză multiplă,
scleroză laterală amiotrofică, meningită, encefalită, hernie de disc, sciatică, neuropatie, polineuropatie, paralizie cerebrală,
depresie majoră, depresie severă, episod depresiv, tulburare depresivă, tulburare bipolară, tulburare afectivă bipolară, schizofrenie,
psihoză, episod psihotic, tulburare de anxietate, anxietate generalizată, atac de panică, atacuri de panică, tulburare de panică,
tulburare obsesiv-compulsivă, stres posttraumatic, tulburare de stres posttraumatic, adhd, autism, tulburare din spectrul autist,
tulburare de alimentație, tulburări de alimentație, anorexie, anorexie nervoasă, bulimie, mâncat compulsiv, tulburare de personalitate borderline,
tulburare de personalitate, insomnie, gânduri suicidare, idei suicidare, tentativă de suicid, tentativă de sinucidere, autovătămare,
alcoolism, dependență de alcool, dependență de droguri, dependență de opioide, supradoză, sindrom de sevraj, însărcinată, gravidă,
sarcină extrauterină, sarcină cu risc, sarcină oprită în evoluție, avort spontan, naștere prematură, făt mort, infertilitate, endometrioză,
fibrom uterin, sindromul ovarelor polichistice, ovare polichistice, menopauză, disfuncție erectilă, preeclampsie, eclampsie, chlamydia,
infecție cu chlamydia, gonoree, sifilis, herpes genital, infecție hiv, hiv pozitiv, seropozitiv, boală cu transmitere sexuală,
infecție cu transmitere sexuală, infecție hpv, artroză, gonartroză, coxartroză, poliartrită reumatoidă, artrită reumatoidă, artrită, gută,
osteoporoză, fibromialgie, lupus, lupus eritematos sistemic, tendinită, fractură de col femural, fractură de șold, fractură de încheietură,
fractură de gleznă, fractură deschisă, fractură, comoție cerebrală, ruptură de ligament încrucișat, leziune de menisc, psoriazis, eczemă,
dermatită atopică, zona zoster, sepsis, septicemie, rujeolă, pojar, rubeolă, varicelă, oreion, tuse convulsivă, boala lyme, borelioză,
otită, otită medie, sinuzită, amigdalită, faringită, conjunctivită, glaucom, cataractă, degenerescență maculară, dezlipire de retină,
hipoacuzie, surditate, tinitus, anemie, anemie feriprivă, siclemie, talasemie, hemofilie, alergie la penicilină, alergie alimentară,
șoc anafilactic, anafilaxie, urticarie, edem, edeme, icter, dispnee, durere toracică, durere în piept, durere cronică, leșin, sindrom down,
fibroză chistică, paraplegie, tetraplegie, hemipareză, hemiplegie, leziune a măduvei spinării, escare, escară, febră mare, diaree,
vărsături, tuse cronică, insuficiență respiratorie
`;

export const condition_inflected = `
diabetul, diabetului, diabetul zaharat, diabetului zaharat, diabetul de tip 2, diabeticii, hipertensiunea arterială, hipertensiunii arteriale,
hipertensiunea, astmul, astmului, astmul bronșic, astmatic, astmatică, cancerul, cancerului, cancerul pulmonar, cancerul de sân,
cancerului de sân, cancerul de prostată, cancerul de colon, tumora, tumorii, insuficiența cardiacă, insuficienței cardiace, fibrilația atrială,
pneumonia, pneumoniei, infarctul, infarctului, infarctul miocardic, accidentul vascular cerebral, accidentului vascular cerebral,
insuficiența renală, insuficienței renale, epilepsia, epilepsiei, epileptic, demența, demenței, schizofrenia, schizofreniei, leucemia,
leucemiei, tuberculoza, tuberculozei, ciroza, cirozei, ciroza hepatică, bolii alzheimer, bolii parkinson, scleroza multiplă, sclerozei multiple,
depresia majoră, tulburarea bipolară, tulburării bipolare, anorexia, anorexiei, bulimia, obezitatea, obezității, hipotiroidismul,
hipotiroidismului, hepatita, hepatitei, osteoporoza, osteoporozei, psoriazisul, endometrioza, endometriozei, bpoc-ul, apneea în somn
`;

export const clinical = `
diagnosticat cu, diagnosticată cu, a fost diagnosticat, a fost diagnosticată, scrisoare medicală, bilet de externare, externat din spital,
externată din spital, bilet de trimitere, trimitere la medicul specialist, rețetă compensată, rețetă electronică, rețetă medicală,
prescripție medicală, concediu medical, certificat de concediu medical, certificat medical, adeverință medicală, foaie de observație,
fișa medicală, dosar medical, istoric medical, antecedente personale patologice, anamneză, examen clinic, examen obiectiv,
diagnostic diferențial, plan de tratament, schemă de tratament, cabinetul medicului de familie, ambulatoriu de specialitate,
secția de psihiatrie, spital de psihiatrie, cabinet de psihiatrie, centru de sănătate mintală, secția de oncologie, institutul oncologic,
secția de cardiologie, cabinet de dermatologie, secția de medicină internă, secția de neurologie, secția de chirurgie, secția de ortopedie,
secția de ginecologie, unitatea de primiri urgențe, camera de gardă, terapie intensivă, secția de terapie intensivă, internat în spital,
internată în spital, spitalizare, spitalizat, spitalizată, îngrijiri paliative, analize de sânge, analize medicale,
hemoleucogramă, hemoleucograma, examen de urină, sumar de urină, biopsie, examen histopatologic, histopatologie, citologie,
test babeș-papanicolau, chimioterapie, radioterapie, imunoterapie, hormonoterapie, dializă, hemodializă, dializat, colonoscopie,
gastroscopie, endoscopie, bronhoscopie, mamografie, ecografie abdominală, ecografie, ecocardiografie, electrocardiogramă, tomografie computerizată,
rezonanță magnetică nucleară, radiografie pulmonară, spirometrie, puncție lombară, transplant renal, transplant hepatic, transplant de măduvă,
transfuzie de sânge, intubat, intubată, ventilație mecanică, anestezie generală, anestezie locală, postoperator, preoperator, cezariană, operație de cezariană, proteză de șold, proteză de genunchi, stimulator cardiac, pacemaker, coronarografie,
angioplastie, stent coronarian, bypass coronarian, chirurgie bariatrică, fizioterapie, kinetoterapie, psihoterapie, vaccin antigripal,
vaccinare antigripală, intravenos, subcutanat, intramuscular, posologie, contraindicație, contraindicații, reacții adverse, marker tumoral,
markeri tumorali, pompă de insulină, test de sarcină, anticoncepționale, pilula de a doua zi, control medical
`;

export const lab = `
hba1c, hemoglobină glicată, glicemie, glicemia, glicemie à jeun, glicemie a jeun, glucoză, colesterol, colesterolul, colesterol total,
ldl colesterol, hdl colesterol, trigliceride, creatinină, creatinina, uree, egfr, hemoglobină, hemoglobina, hematocrit, leucocite, eritrocite,
trombocite, ft4, încărcătură virală, troponină, proteina c reactivă, feritină, vitamina d, transaminaze, tgo, tgp, bilirubină, albumină,
acid uric, vsh
`;

export const vital_bp = `tensiune arterială, tensiunea arterială, tensiunea arteriala, tensiunea mea`;
export const vital_hr = `puls, pulsul, frecvență cardiacă, frecvența cardiacă, alura ventriculară`;
export const vital_spo2 = `saturație, saturația, saturația de oxigen, saturație de oxigen`;
export const vital_temp = `temperatura corporală, febră de`;
export const vital_rr = `frecvența respiratorie, frecvență respiratorie`;

export const suffix_clinical = `
ectomie:10
`;

export const stop = `anatomie, economie, astronomie, gastronomie, autonomie, academie, simpatie, antipatie, empatie, telepatie, homeopatie`;

export const lab_unit = `potasiu, sodiu, calciu, magneziu`;
