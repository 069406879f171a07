// Spanish clinical vocabulary, written for this project from general medical knowledge (facts).
export const lang = 'es';

export const condition = `
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
