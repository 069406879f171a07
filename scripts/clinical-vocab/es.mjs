// Spanish clinical vocabulary, written for this project from general medical knowledge (facts).
// 2026-12 additions (Spanish equivalents of the English list). Left out on purpose: words that are everyday words in Spanish
// or in another language ("cólera" (anger), "rabia", "sarna", "gota", "resfriado", "melena" (a mane), "urgencias" alone),
// short abbreviations ("SAOS", "SAHS", "TAC" alone, "TOC", "GOT"/"GPT"), and professions alone.
export const lang = 'es';

export const condition = `
apnea del sueño, apneas del sueño, apnea obstructiva del sueño, síndrome de apnea del sueño, síndrome de apnea obstructiva del sueño,
síndrome de apneas del sueño, síndrome de apnea-hipopnea del sueño, síndrome de apnea hipopnea del sueño, narcolepsia, síndrome de piernas inquietas,
trastorno del sueño, trastornos del sueño, prediabetes, cetoacidosis diabética, cetoacidosis, retinopatía diabética, neuropatía diabética,
nefropatía diabética, pie diabético, hiperlipidemia, hipertrigliceridemia, nódulo tiroideo, nódulos tiroideos, tiroiditis de hashimoto, enfermedad de addison,
insuficiencia suprarrenal, síndrome de cushing, hiperparatiroidismo, acromegalia, diabetes insípida, síndrome de ovario poliquístico,
síndrome de ovarios poliquísticos, ovarios poliquísticos, síndrome metabólico, hiponatremia, hipopotasemia, hiperpotasemia, hipocalcemia, hipercalcemia,
desnutrición, malnutrición, caquexia, déficit de vitamina d, déficit de vitamina b12, talasemia, enfermedad de von willebrand, trombocitopenia, trombopenia,
neutropenia, leucopenia, pancitopenia, policitemia, hemocromatosis, mieloma múltiple, linfoma de hodgkin, linfoma no hodgkin, glioblastoma, glioma,
carcinoma basocelular, carcinoma epidermoide, cáncer de estómago, cáncer gástrico, cáncer de esófago, cáncer de hígado, carcinoma hepatocelular,
cáncer de riñón, cáncer renal, cáncer de vejiga, cáncer de tiroides, cáncer de piel, cáncer de útero, cáncer de endometrio, cáncer de testículo,
cáncer de huesos, cáncer de laringe, cáncer de cérvix, cáncer de cuello de útero, tumor de pulmón, tumores malignos, miocardiopatía, cardiomiopatía,
estenosis aórtica, insuficiencia mitral, prolapso de la válvula mitral, prolapso mitral, valvulopatía, endocarditis, pericarditis, miocarditis,
aleteo auricular, flutter auricular, taquicardia ventricular, fibrilación ventricular, taquicardia, bradicardia, soplo cardíaco, soplo en el corazón,
bloqueo auriculoventricular, síndrome de qt largo, enfermedad arterial periférica, arteriopatía periférica, aneurisma de aorta, aneurisma aórtico,
aneurisma cerebral, hipertensión pulmonar, hipotensión ortostática, accidente isquémico transitorio, hemorragia subaracnoidea, bronquiectasias,
derrame pleural, neumotórax, insuficiencia respiratoria, síndrome de dificultad respiratoria aguda, sarcoidosis, enfermedad pulmonar obstructiva crónica,
gastroenteritis, gastroparesia, enfermedad por reflujo gastroesofágico, úlcera duodenal, colecistitis, colelitiasis, diverticulosis, obstrucción intestinal,
íleo paralítico, disfagia, fisura anal, enfermedad inflamatoria intestinal, hepatitis b, hepatitis c, esteatosis hepática, insuficiencia renal aguda,
lesión renal aguda, enfermedad renal terminal, síndrome nefrótico, glomerulonefritis, poliquistosis renal, riñones poliquísticos, hiperplasia prostática,
prostatitis, retención urinaria, hematuria, proteinuria, lupus eritematoso sistémico, esclerodermia, síndrome de sjögren, arteritis de células gigantes,
arteritis temporal, polimialgia reumática, síndrome del túnel carpiano, estenosis espinal, estenosis de canal lumbar, escoliosis, osteomielitis, osteopenia,
osteoartritis, rotura del manguito rotador, luxación de hombro, hernia inguinal, hernia umbilical, rosácea, acné vulgar, vitíligo, erisipela, impétigo,
escabiosis, úlceras por presión, angioedema, bacteriemia, infección por clostridium difficile, infección por vph, virus del papiloma humano, tricomoniasis,
malaria, paludismo, dengue, fiebre tifoidea, tétanos, difteria, mononucleosis, mononucleosis infecciosa, candidiasis, candidiasis vaginal, covid persistente,
covid prolongado, neumonía por covid, otitis media, laringitis, faringoamigdalitis, uveítis, queratocono, hipoacusia, esclerosis lateral amiotrófica,
enfermedad de huntington, miastenia gravis, síndrome de guillain-barré, neuropatía periférica, radiculopatía, lumbociática, parálisis cerebral, hidrocefalia,
encefalopatía, neuralgia del trigémino, parálisis facial, parálisis de bell, cefalea en racimos, estado epiléptico, demencia con cuerpos de lewy,
demencia vascular, depresión posparto, depresión postparto, trastorno de ansiedad generalizada, fobia social, trastorno esquizoafectivo, síndrome de asperger,
trastorno por atracón, trastorno de la personalidad, trastornos de la personalidad, trastorno de personalidad, trastorno por consumo de alcohol,
trastorno por consumo de sustancias, delirium tremens, síndrome confusional, amenaza de parto prematuro, muerte fetal, placenta previa, amenorrea, dismenorrea,
menorragia, mioma uterino, miomas uterinos, quiste ovárico, quistes ováricos, quiste de ovario, displasia cervical, mastitis, espina bífida,
cardiopatía congénita, síndrome de marfan, síndrome de turner, lesión medular, linfedema, hematemesis, hepatomegalia, esplenomegalia, adenopatías,
linfadenopatía, cianosis, ortopnea, nicturia, poliuria, retraso del desarrollo, discapacidad intelectual, dislexia, síndrome de fatiga crónica, lumbalgia,
lumbalgia crónica, enfermedad cardiovascular, enfermedades cardiovasculares, enfermedad pulmonar, insuficiencia venosa, hemorragia digestiva, cálculo renal,
cólico renal, litiasis renal, cáncer de sangre, coágulos de sangre, diabetes mellitus, diabetes tipo i, diabetes tipo ii, intolerancia a la glucosa,
enfermedad renal, enfermedad cardíaca, enfermedad hepática, coágulo de sangre, ataque de pánico, esguince de tobillo, enfermedad crónica, enfermedad mental,
rinitis, rinitis alérgica,
hta, dm2, dm tipo 2, fractura de radio, fractura de radio distal, fractura de muñeca, fractura de tobillo, fractura de fémur, fractura de tibia, fractura de clavícula, fractura vertebral, crisis drepanocítica, crisis convulsiva, pólipo, pólipos, pólipo de colon, exacerbación de epoc, ferropenia,
diabetes, diabético, diabética, diabetes tipo 2, diabetes tipo 1, diabetes gestacional, hipoglucemia, hiperglucemia, hipertensión arterial,
hipertensión, hipertenso, hipertensa, hipotensión, preeclampsia, cáncer, carcinoma, tumor maligno, tumor cerebral, metástasis, metastásico, leucemia,
linfoma, melanoma, sarcoma, mieloma, cáncer de mama, cáncer de pulmón, cáncer de próstata, cáncer colorrectal, cáncer de colon, cáncer de páncreas,
cáncer de ovario, cáncer de cuello uterino, neumonía, bronquitis, bronquiolitis, asma, asmático, epoc, enfisema, fibrosis pulmonar, embolia pulmonar,
tuberculosis, hepatitis, cirrosis, hígado graso, insuficiencia hepática, pancreatitis, cálculos biliares, apendicitis, diverticulitis, gastritis,
úlcera gástrica, úlcera péptica, reflujo gastroesofágico, enfermedad de crohn, colitis ulcerosa, síndrome del intestino irritable, enfermedad celíaca,
celiaquía, hemorroides, demencia, enfermedad de alzheimer, enfermedad de parkinson, epilepsia, crisis epiléptica, esclerosis múltiple, accidente
cerebrovascular, ictus, infarto cerebral, hemorragia cerebral, migraña, migrañas, meningitis, encefalitis, neuropatía, polineuropatía, hernia discal,
ciática, infarto, infarto de miocardio, infarto agudo de miocardio, ataque cardíaco, ataque al corazón, insuficiencia cardíaca, paro cardíaco,
fibrilación auricular, arritmia, arritmias, angina de pecho, cardiopatía isquémica, enfermedad coronaria, trombosis, trombosis venosa profunda,
flebitis, aterosclerosis, arteriosclerosis, varices, insuficiencia renal, insuficiencia renal crónica, enfermedad renal crónica, cálculos renales,
piedras en el riñón, infección urinaria, infección de orina, cistitis, pielonefritis, incontinencia urinaria, hiperplasia benigna de próstata,
disfunción eréctil, hipercolesterolemia, colesterol alto, dislipidemia, hipotiroidismo, hipertiroidismo, tiroiditis, enfermedad de graves, bocio,
obesidad, obesidad mórbida, anemia, anemia ferropénica, déficit de hierro, anemia falciforme, hemofilia, osteoporosis, artrosis, artritis reumatoide,
artritis, espondilitis anquilosante, lupus, fibromialgia, psoriasis, eccema, dermatitis atópica, herpes zóster, culebrilla, sepsis, septicemia, choque
séptico, influenza, sífilis, gonorrea, clamidia, herpes, herpes genital, vih, vih positivo, seropositivo, sarampión, paperas, rubéola, varicela, tos
ferina, enfermedad de lyme, otitis, sinusitis, amigdalitis, faringitis, conjuntivitis, glaucoma, cataratas, degeneración macular, desprendimiento de
retina, sordera, pérdida auditiva, acúfenos, tinnitus, depresión, depresión mayor, trastorno depresivo, trastorno de ansiedad, ansiedad generalizada,
trastorno de pánico, ataques de pánico, trastorno bipolar, esquizofrenia, psicosis, trastorno de estrés postraumático, tept, trastorno obsesivo
compulsivo, tdah, autismo, trastorno del espectro autista, trastorno de la conducta alimentaria, anorexia nerviosa, bulimia, trastorno límite de la
personalidad, insomnio, ideación suicida, intento de suicidio, autolesiones, alcoholismo, dependencia del alcohol, drogadicción, adicción a opioides,
síndrome de abstinencia, sobredosis, embarazada, embarazo, aborto espontáneo, embarazo ectópico, parto prematuro, infertilidad, endometriosis,
menopausia, síndrome de down, fibrosis quística, distrofia muscular, paraplejia, tetraplejia, hemiplejia, amputado, amputada, dolor crónico, edema,
ascitis, ictericia, disnea, falta de aire, dolor torácico, síncope, palpitaciones, rotura de ligamento cruzado, fractura de cadera, conmoción
cerebral, traumatismo craneoencefálico, diarrea, vómitos, choque anafiláctico, anafilaxia, urticaria, úlcera por presión, escara
`;

export const clinical = `
polisomnografía, estudio del sueño, poligrafía respiratoria, poligrafía cardiorrespiratoria, terapia con cpap, cistoscopia, laparoscopia, artroscopia,
biopsia de médula ósea, aspirado de médula ósea, trasplante de células madre, trasplante de progenitores hematopoyéticos, trasplante de médula ósea,
trasplante de corazón, trasplante cardíaco, trasplante de órganos, traqueostomía, colostomía, ileostomía, gastrostomía, sonda nasogástrica,
sonda de alimentación, nutrición enteral, nutrición parenteral, sonda vesical, catéter urinario, sedación, pet-tac, tomografía por emisión de positrones,
gammagrafía, densitometría ósea, citología cervical, citología vaginal, papanicolaou, electroencefalograma, pruebas de función pulmonar,
pruebas de función respiratoria, reemplazo valvular, sustitución valvular, recambio valvular, fusión vertebral, artrodesis, artroplastia de cadera,
artroplastia de rodilla, operación de cataratas, cirugía de cataratas, cirugía bariátrica, manga gástrica, bypass gástrico, fecundación in vitro,
transferencia de embriones, transferencia embrionaria, interrupción voluntaria del embarazo, inducción del parto, tiroidectomía, nefrectomía, colectomía,
laminectomía, discectomía, tumorectomía, tac de tórax, tac craneal, tac abdominal, tomografía axial computarizada, ecografía abdominal, ecografía transvaginal,
ecografía obstétrica, eco doppler, ecodoppler, ventilación no invasiva, oxigenoterapia, oxígeno domiciliario, antecedentes familiares,
diagnóstico diferencial, informe de anatomía patológica, informe radiológico, monitor continuo de glucosa, sensor de glucosa, implante coclear,
terapia cognitivo conductual, tratamiento con metadona, control del embarazo, dializado, dializada, insulinodependiente, análisis de orina, urocultivo,
hemocultivo, hemocultivos, gasometría, gasometría arterial, rx de tórax, placa de tórax, ingresado en el hospital, ingresada en el hospital,
ingreso en urgencias, electromiografía, biopsia hepática, biopsia de próstata, amniocentesis, ecocardiografía, cardiotocografía,
reducción cerrada, reducción abierta, polipectomía, postoperatorio inmediato, diagnosticado, diagnosticada, diagnóstico, pronóstico, receta médica,
recetado, recetada, informe médico, informe de alta, alta hospitalaria, historia clínica, historial médico, antecedentes médicos, antecedentes
personales, anamnesis, plan de tratamiento, presión arterial, tensión arterial, frecuencia cardíaca, análisis de sangre, análisis clínicos, resultados
de laboratorio, hemograma, biopsia, anatomía patológica, quimioterapia, quimio, radioterapia, inmunoterapia, diálisis, hemodiálisis, colonoscopia,
endoscopia, gastroscopia, broncoscopia, mamografía, apendicectomía, mastectomía, histerectomía, colecistectomía, amigdalectomía, prostatectomía,
angioplastia, cateterismo cardíaco, coronariografía, stent coronario, bypass coronario, marcapasos, prótesis de cadera, prótesis de rodilla, cesárea,
epidural, tomografía computarizada, resonancia magnética, ecografía, ecocardiograma, electrocardiograma, ecg, holter, prueba de esfuerzo,
espirometría, radiografía de tórax, punción lumbar, trasplante de médula, trasplante de riñón, trasplante renal, trasplante de hígado, trasplante
hepático, transfusión, transfusión de sangre, intubado, intubada, ventilación mecánica, unidad de cuidados intensivos, cuidados intensivos,
hospitalizado, hospitalizada, hospitalización, ingreso hospitalario, anestesia, anestesia general, postoperatorio, preoperatorio, fisioterapia,
rehabilitación física, terapia ocupacional, logopedia, psicoterapia, terapia cognitivo-conductual, cuidados paliativos, vacunación, vacunado,
vacunada, reacción adversa, alergia a la penicilina, alergia a medicamentos, contraindicado, contraindicación, posología, fracción de eyección,
ventrículo izquierdo, ventrículo derecho, ventricular izquierda, arteria coronaria, ganglio linfático, ganglios linfáticos, médula ósea, médula
espinal, intravenoso, intravenosa, subcutáneo, subcutánea, intramuscular, marcador tumoral, bomba de insulina, glucómetro, audífono, baja médica,
incapacidad temporal, médico de cabecera, consulta médica, certificado médico, expediente clínico
`;

export const lab = `
glucosa basal, tasa de filtración glomerular, aclaramiento de creatinina, nitrógeno ureico, volumen corpuscular medio, neutrófilos, linfocitos, t4 libre,
tiempo de tromboplastina parcial, dímero d, dímero-d, péptido natriurético, procalcitonina, saturación de transferrina, hierro sérico, vitamina b12,
ácido fólico, folato, fosfatasa alcalina, amilasa, lipasa, microalbuminuria, cortisol, prolactina, testosterona, estradiol, beta-hcg,
hormona antimülleriana, antígeno carcinoembrionario, alfafetoproteína, creatina quinasa, creatinquinasa, cpk, presión intraocular, test de apgar,
escala de glasgow, flujo espiratorio máximo, niveles de glucosa, nivel de glucosa, nivel de colesterol, niveles de colesterol, nivel de ferritina,
niveles de ferritina, hemoglobina a1c,
glucosa en ayunas,
hba1c, hemoglobina glicosilada, hemoglobina glicada, glucemia, glucosa en sangre, glucemia en ayunas, colesterol total, colesterol ldl, colesterol
hdl, triglicéridos, creatinina, urea en sangre, filtrado glomerular, hemoglobina, hematocrito, leucocitos, glóbulos blancos, glóbulos rojos,
plaquetas, tsh, psa, carga viral, cd4, tiempo de protrombina, troponina, pcr, proteína c reactiva, vsg, velocidad de sedimentación, ferritina,
vitamina d, potasio sérico, sodio sérico, transaminasas, ggt, bilirrubina, albúmina, ácido úrico, imc, índice de masa corporal, alcoholemia,
colesterol
`;

export const vital_bp = `
ta, pa, presión arterial de, tensión arterial de
`;
export const vital_hr = `fc, frecuencia cardíaca de, pulso`;
export const vital_spo2 = `saturación de oxígeno, saturación de o2, sat o2, sato2`;
export const vital_temp = `temperatura, temperatura corporal, fiebre de`;
export const vital_rr = `fr, frecuencia respiratoria`;

export const suffix_condition = `
artritis:8, cistitis:8, bronquitis:10, amigdalitis:11, faringitis:10, laringitis:10, conjuntivitis:13, encefalitis:11, apendicitis:11, celulitis:9,
flebitis:8, espondilitis:12, tiroiditis:10, esofagitis:10, colecistitis:12, colangitis:10, neumonitis:10, queratitis:10, mielitis:8, miositis:8,
fascitis:8, sinovitis:9, epicondilitis:13, foliculitis:11, blefaritis:10, nefritis:8, carditis:8, hepatitis:9, dermatitis:10, gastritis:9, colitis:7,
sinusitis:9, pancreatitis:12, meningitis:10, diverticulitis:14, otitis:6, tendinitis:10, bursitis:8, vasculitis:10, prostatitis:11, peritonitis:11,
uveitis:7, gastroenteritis:15, carcinoma:11, sarcoma:9, linfoma:9, melanoma:10, patia:10, emia:9, algia:9, ectomia:10
`;
export const suffix_clinical = `ectomia:10, ectomias:11, plastia:10, scopia:10, ostomia:10`;

export const stop = `
simpatia, antipatia, empatia, telepatia, homeopatia, osteopatia, naturopatia, academia, nostalgia, dicotomia, microscopia, espectroscopia, anatomia,
autonomia, economia, astronomia, gastronomia, taxonomia, bohemia, blasfemia, epidemia, pandemia, politica
`;

export const lab_unit = `
potasio, sodio, calcio, magnesio, fosfato, cloro, urea, glucosa, lactato
`;
