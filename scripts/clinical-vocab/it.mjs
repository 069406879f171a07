// Italian clinical vocabulary (core terms), written for this project from general medical knowledge (facts).
export const lang = 'it';

export const condition = `
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
