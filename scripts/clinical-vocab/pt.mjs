// Portuguese clinical vocabulary (European and Brazilian spellings), written for this project from general
// medical knowledge (facts). Endings shared with Spanish/Italian (-ectomia, -scopia, -patia, -emia, -algia)
// already apply; "-ite" is too short to be safe and is not used.
// Left out on purpose: words that are everyday words in Portuguese or in another language ("dor", "gripe",
// "gota", "catarata" (a waterfall), "parto", "aborto", "tosse" alone, "sida" (Swedish 'page'), "ist", "dst",
// "avc" (a video codec), "toc", "tensão alta", "pressão alta" (also football and physics), "falta de ar",
// "diagnóstico" alone), and professions alone ("médico de família", "psiquiatra"), as the other lists leave out "doctor".
export const lang = 'pt';

export const condition = `
cancro, câncer de mama, cancro da mama, cancro do pulmão, câncer de pulmão, cancro da próstata, câncer de próstata, cancro colorretal,
câncer colorretal, cancro do cólon, câncer de cólon, cancro do colo do útero, câncer de colo de útero, câncer do colo do útero, cancro do pâncreas,
câncer de pâncreas, cancro da pele, câncer de pele, cancro do estômago, câncer de estômago, cancro do ovário, câncer de ovário, cancro da bexiga,
cancro do fígado, câncer de fígado, tumor maligno, tumor benigno, tumor cerebral, neoplasia, neoplasia maligna, metástases, metástase, metastático,
leucemia, linfoma, melanoma, carcinoma, sarcoma, mieloma múltiplo, suspeita de melanoma, lesão pigmentada, nevo displásico,
diabetes tipo 1, diabetes tipo 2, diabetes gestacional, diabético, diabética, hipoglicemia, hipoglicémia, hiperglicemia, hiperglicémia,
hipotireoidismo, hipotiroidismo, hipertireoidismo, hipertiroidismo, tireoidite de hashimoto, tiroidite de hashimoto, doença de graves, nódulo da tiroide,
nódulo na tireoide, hipercolesterolemia, colesterol alto, obesidade, obesidade mórbida, insuficiência suprarrenal, síndrome de cushing,
hipertensão, hipertensão arterial, hipertenso, hipertensa, hipotensão, enfarte do miocárdio, infarto do miocárdio, enfarte agudo do miocárdio,
ataque cardíaco, insuficiência cardíaca, fibrilhação auricular, fibrilação atrial, arritmia cardíaca, angina de peito, doença coronária,
doença arterial coronariana, trombose venosa profunda, embolia pulmonar, acidente vascular cerebral, derrame cerebral, aneurisma cerebral,
aneurisma da aorta, varizes, insuficiência venosa, pneumonia, broncopneumonia, bronquite, bronquiolite, dpoc, enfisema pulmonar, fibrose pulmonar,
tuberculose, apneia do sono, apneia obstrutiva do sono, hepatite, cirrose, cirrose hepática, esteatose hepática, fígado gordo, pancreatite, apendicite,
diverticulite, gastrite, úlcera gástrica, úlcera péptica, refluxo gastroesofágico, doença do refluxo gastroesofágico, doença de crohn, colite ulcerosa,
retocolite ulcerativa, síndrome do intestino irritável, doença celíaca, hemorroidas, hemorróidas, cálculos biliares, pedras na vesícula, litíase renal,
cálculo renal, pedra no rim, cólica renal, insuficiência renal, doença renal crónica, doença renal crônica, infeção urinária, infecção urinária,
infeção do trato urinário, infecção do trato urinário, cistite, pielonefrite, demência, doença de alzheimer, doença de parkinson, epilepsia,
crise epiléptica, crise convulsiva, convulsões, esclerose múltipla, esclerose lateral amiotrófica, enxaqueca, meningite, encefalite, hérnia de disco,
hérnia discal, ciática, neuropatia, neuropatia diabética, paralisia cerebral, depressão major, depressão maior, transtorno depressivo,
perturbação depressiva, episódio depressivo, transtorno bipolar, perturbação bipolar, esquizofrenia, psicose, surto psicótico, transtorno de ansiedade,
perturbação de ansiedade, ansiedade generalizada, ataque de pânico, ataques de pânico, síndrome do pânico, perturbação de pânico,
transtorno obsessivo-compulsivo, perturbação obsessivo-compulsiva, perturbação de stress pós-traumático, transtorno de estresse pós-traumático,
stress pós-traumático, estresse pós-traumático, tdah, phda, perturbação de hiperatividade, perturbação do espetro do autismo,
transtorno do espectro autista, anorexia nervosa, bulimia nervosa, compulsão alimentar, transtorno alimentar, transtornos alimentares,
transtorno da compulsão alimentar, perturbação do comportamento alimentar, perturbações do comportamento alimentar, perturbação alimentar,
distúrbio alimentar, distúrbios alimentares, perturbação da personalidade borderline, transtorno de personalidade borderline, insónia, insônia,
ideação suicida, pensamentos suicidas, tentativa de suicídio, automutilação, autolesão, alcoolismo, dependência de álcool, dependência alcoólica,
toxicodependência, toxicodependente, dependência química, dependência de opioides, dependência de cocaína, sobredosagem, síndrome de abstinência,
grávida, gravidez, gestante, aborto espontâneo, gravidez ectópica, interrupção voluntária da gravidez, infertilidade, endometriose, mioma uterino,
miomas uterinos, síndrome do ovário policístico, ovários policísticos, menopausa, disfunção erétil, disfunção eréctil, parto prematuro, natimorto,
pré-eclâmpsia, eclâmpsia, hiperêmese gravídica, sífilis, gonorreia, clamídia, infeção por clamídia, herpes genital, vih, infeção por vih,
infecção por hiv, hiv positivo, seropositivo, soropositivo, infeção sexualmente transmissível, infecção sexualmente transmissível,
doença sexualmente transmissível, hpv, artrite, artrite reumatoide, artrite reumatóide, artrose, osteoartrose, osteoporose, fibromialgia, lúpus,
tendinite, lombalgia, hérnia inguinal, fratura do colo do fémur, fratura do fêmur, fratura do fémur, fratura do punho, fratura do tornozelo,
fratura exposta, rotura do ligamento cruzado, lesão do ligamento cruzado, rotura do menisco, lesão do menisco, entorse do tornozelo, psoríase, eczema,
dermatite atópica, herpes zóster, herpes zoster, sépsis, sepse, septicemia, sarampo, varicela, catapora, rubéola, caxumba, papeira, coqueluche,
tosse convulsa, malária, doença de lyme, otite, otite média, sinusite, amigdalite, faringite, conjuntivite, glaucoma, degeneração macular,
descolamento da retina, descolamento de retina, perda auditiva, surdez, anemia, anemia ferropénica, anemia ferropriva, anemia falciforme,
drepanocitose, hemofilia, alergia à penicilina, alergia a penicilina, alergia alimentar, choque anafilático, anafilaxia, urticária, edema,
icterícia, dispneia, dor no peito, dor torácica, dor crónica, dor crônica, síncope, desmaio, síndrome de down, fibrose cística, paraplegia,
tetraplegia, hemiplegia, úlcera de pressão, escara, febre, diarreia, vómitos, vômitos, náuseas, tosse persistente
`;

export const clinical = `
diagnosticado com, diagnosticada com, receita médica, prescrição médica, carta de alta, nota de alta, alta hospitalar, relatório médico,
processo clínico, prontuário médico, prontuário eletrónico, história clínica, anamnese, exame físico, exame objetivo, diagnóstico diferencial,
plano terapêutico, consulta de psiquiatria, consulta de oncologia, consulta de cardiologia, consulta de dermatologia, consulta de ginecologia,
consulta de obstetrícia, consulta de endocrinologia, consulta de neurologia, consulta de pediatria, consulta de urologia, consulta de gastroenterologia,
consulta de medicina geral e familiar, consulta de psicologia, consulta de planeamento familiar, consulta médica, centro de saúde,
unidade de saúde familiar, posto de saúde, serviço de urgência, urgência hospitalar, pronto-socorro, internamento hospitalar, internado no hospital,
internada no hospital, internação hospitalar, unidade de cuidados intensivos, unidade de terapia intensiva, cuidados paliativos, exames de sangue,
análises ao sangue, análises clínicas, hemograma, biópsia, histologia, anatomia patológica, citologia, papanicolau, quimioterapia, radioterapia,
imunoterapia, hormonoterapia, hemodiálise, diálise, colonoscopia, endoscopia digestiva, mamografia, ecografia, ultrassonografia, ecocardiograma,
eletrocardiograma, electrocardiograma, tomografia computorizada, tomografia computadorizada, ressonância magnética, radiografia do tórax,
raio-x do tórax, espirometria, punção lombar, transplante renal, transplante de medula, transplante de fígado, transfusão de sangue,
transfusão sanguínea, entubado, intubado, ventilação mecânica, anestesia geral, pós-operatório, pré-operatório, cesariana, cesárea,
cirurgia de catarata, prótese da anca, prótese de quadril, prótese do joelho, marca-passo, cateterismo cardíaco, angioplastia, bypass coronário,
cirurgia bariátrica, fisioterapia, psicoterapia, vacinação, vacinado, vacinada, baixa médica, atestado médico, licença médica, via endovenosa,
endovenoso, intravenoso, subcutâneo, intramuscular, posologia, contraindicação, contra-indicação, efeito adverso, reação adversa, marcador tumoral,
bomba de insulina, teste de gravidez, pílula do dia seguinte, contraceção, contracepção, anticoncepcional, consulta pré-natal, pré-natal
`;

export const lab = `
hemoglobina glicada, hemoglobina glicosilada, glicemia, glicémia, glicemia em jejum, glicose em jejum, colesterol, colesterol total, colesterol ldl,
colesterol hdl, triglicerídeos, triglicéridos, triglicerídios, creatinina, ureia, taxa de filtração glomerular, hemoglobina, hematócrito, leucócitos,
plaquetas, t4 livre, carga viral, troponina, proteína c reativa, proteína c reactiva, ferritina, vitamina d, transaminases, tgo, tgp, gama gt,
bilirrubina, albumina, ácido úrico, índice de massa corporal
`;

export const vital_bp = `tensão arterial, pressão arterial, ta`;
export const vital_hr = `frequência cardíaca, pulso, fc`;
export const vital_spo2 = `saturação de oxigénio, saturação de oxigênio, spo2`;
export const vital_temp = `temperatura corporal, febre de`;
export const vital_rr = `frequência respiratória`;

export const stop = `homeopatia, simpatia, empatia, telepatia, academia, economia, astronomia, gastronomia, microscopia, autonomia`;

export const lab_unit = `potássio, sódio, cálcio, magnésio, glicose`;
