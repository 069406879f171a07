// English clinical vocabulary, written for this project from general medical knowledge (facts:
// names of diseases, procedures, tests). Comma or newline separated; case and accents are folded
// by the generator. Words common outside medicine are left out on purpose (see ../gen-clinical-vocab.mjs).
export const lang = 'en';

export const condition = `
kidney disease, heart disease, liver disease, lung disease, heart condition, high blood pressure, high cholesterol, blood clot, blood clots, panic
attack, stomach ulcer, ear infection, chest infection, sinus infection, yeast infection, bladder infection, kidney infection, skin infection, wound
infection, staph infection, blood poisoning, slipped disc, type 1 diabetic, type 2 diabetic, sprained ankle, torn ligament, broken bone, high-risk
pregnancy, chronic illness, terminal illness, terminally ill, mental illness, mental health condition, dyslexia, autistic, manic depression,
schizophrenic, anorexic, bulimic, recovering addict, productive cough, st elevation, st-elevation, st depression, iperteso, ipertesa, dislipemia,
dry cough, chronic cough, persistent cough, night sweats, sore throat, abdominal pain, back pain, lower back pain, joint pain,
unexplained weight loss, severe headache, severe headaches, chronic fatigue, history of self-harm, self-harming, deliberate self-harm, self-harm behaviour, self-harm behavior, self-injury, t2dm, t1dm, dm2, niddm, iddm, htn,
afib, nstemi, stemi, acute coronary syndrome, sickle cell, sickle cell crisis, unprovoked seizure, febrile seizure, tonic-clonic seizure, polyp,
polyps, colon polyp, distal radius fracture, wrist fracture, ankle fracture, broken wrist, broken ankle, broken leg, broken arm, broken hip, hcv
infection, hbv infection, ibd, tavr, tavi, ercp, turp, carence martiale, exacerbation of copd, copd exacerbation, asthma exacerbation, acute
exacerbation, iron overload, heart valve disease, peripheral arterial disease, pad disease, parkinson s, parkinsons, parkinsonism, hashimoto
thyroiditis, hashimoto s thyroiditis, epileptic seizure, epileptic seizures, diarrhea, diarrhoea, diabetes, diabetic, prediabetes, diabetes mellitus,
type 1 diabetes, type 2 diabetes, gestational diabetes, diabetic ketoacidosis, diabetic retinopathy, diabetic neuropathy, diabetic nephropathy,
diabetic foot ulcer, hyperglycemia, hypoglycemia, hyperglycaemia, hypoglycaemia, hypertension, hypertensive, hypotension, orthostatic hypotension,
pulmonary hypertension, preeclampsia, pre-eclampsia, eclampsia, carcinoma, cancer, tumor, tumour, malignancy, malignant neoplasm, benign neoplasm,
neoplasm, metastasis, metastases, metastatic, leukemia, leukaemia, lymphoma, hodgkin lymphoma, non- hodgkin lymphoma, melanoma, sarcoma, myeloma,
multiple myeloma, glioblastoma, glioma, neuroblastoma, retinoblastoma, mesothelioma, adenocarcinoma, squamous cell carcinoma, basal cell carcinoma,
adenoma, fibroid, fibroids, breast cancer, lung cancer, prostate cancer, colorectal cancer, colon cancer, pancreatic cancer, ovarian cancer, cervical
cancer, skin cancer, bladder cancer, kidney cancer, liver cancer, stomach cancer, gastric cancer, thyroid cancer, brain tumor, brain tumour, oncology
patient, pneumonia, bronchopneumonia, bronchiolitis, bronchitis, bronchiectasis, asthma, asthmatic, copd, emphysema, pulmonary fibrosis, pulmonary
embolism, pleural effusion, pneumothorax, respiratory failure, acute respiratory distress syndrome, ards, sleep apnea, sleep apnoea, obstructive sleep
apnea, tuberculosis, hiv, hiv infection, hiv positive, hiv-positive, aids-defining, hepatitis, hepatitis a, hepatitis b, hepatitis c, cirrhosis, fatty
liver disease, nafld, liver failure, pancreatitis, cholecystitis, cholelithiasis, gallstones, appendicitis, diverticulitis, diverticulosis, gastritis,
gastroenteritis, gastroparesis, gastroesophageal reflux disease, peptic ulcer, duodenal ulcer, gastric ulcer, celiac disease, coeliac disease, crohn,
crohns disease, crohn disease, ulcerative colitis, colitis, irritable bowel syndrome, inflammatory bowel disease, hemorrhoids, haemorrhoids, anal
fissure, bowel obstruction, ileus, dysphagia, dementia, alzheimer, alzheimers disease, alzheimer disease, parkinsons disease, parkinson disease,
epilepsy, epileptic, seizure disorder, status epilepticus, multiple sclerosis, amyotrophic lateral sclerosis, als disease, huntington disease,
myasthenia gravis, guillain-barre syndrome, neuropathy, peripheral neuropathy, polyneuropathy, sciatica, radiculopathy, cerebral palsy, hydrocephalus,
meningitis, encephalitis, encephalopathy, concussion, traumatic brain injury, subarachnoid hemorrhage, intracerebral hemorrhage, ischemic stroke,
ischaemic stroke, hemorrhagic stroke, transient ischemic attack, cerebrovascular accident, cerebral infarction, aneurysm, aortic aneurysm, cerebral
aneurysm, migraine, migraines, cluster headache, trigeminal neuralgia, bell palsy, tinnitus, narcolepsy, myocardial infarction, heart attack, heart
failure, congestive heart failure, cardiac arrest, cardiomyopathy, atrial fibrillation, atrial flutter, ventricular tachycardia, ventricular
fibrillation, arrhythmia, tachycardia, bradycardia, angina, angina pectoris, coronary artery disease, coronary heart disease, ischemic heart disease,
ischaemic heart disease, heart murmur, mitral regurgitation, mitral valve prolapse, aortic stenosis, endocarditis, myocarditis, pericarditis, deep
vein thrombosis, dvt, thrombosis, thrombophlebitis, peripheral artery disease, atherosclerosis, arteriosclerosis, varicose veins, left ventricular
hypertrophy, left ventricular dysfunction, reduced ejection fraction, heart block, long qt syndrome, chronic kidney disease, ckd, acute kidney injury,
renal failure, kidney failure, end-stage renal disease, esrd, nephrotic syndrome, glomerulonephritis, kidney stones, kidney stone, nephrolithiasis,
urinary tract infection, uti, pyelonephritis, cystitis, urinary incontinence, benign prostatic hyperplasia, bph, prostatitis, erectile dysfunction,
polycystic kidney disease, hyperlipidemia, hyperlipidaemia, dyslipidemia, dyslipidaemia, hypercholesterolemia, hypercholesterolaemia,
hypertriglyceridemia, hypothyroidism, hyperthyroidism, hashimotos thyroiditis, graves disease, thyroiditis, goiter, goitre, thyroid nodule, addison
disease, cushing syndrome, cushings syndrome, hyperparathyroidism, hypoparathyroidism, acromegaly, diabetes insipidus, pcos, polycystic ovary
syndrome, metabolic syndrome, obesity, morbid obesity, gout, hyperuricemia, hyponatremia, hypernatremia, hypokalemia, hyperkalemia, hypocalcemia,
hypercalcemia, hypomagnesemia, malnutrition, cachexia, vitamin d deficiency, b12 deficiency, anemia, anaemia, iron deficiency anemia, iron deficiency
anaemia, sickle cell disease, sickle cell anemia, thalassemia, thalassaemia, hemophilia, haemophilia, von willebrand disease, thrombocytopenia,
neutropenia, leukopenia, pancytopenia, polycythemia, hemochromatosis, osteoporosis, osteopenia, osteoarthritis, rheumatoid arthritis, psoriatic
arthritis, arthritis, ankylosing spondylitis, lupus, systemic lupus erythematosus, scleroderma, sjogren syndrome, sjogrens syndrome, vasculitis, giant
cell arteritis, polymyalgia rheumatica, fibromyalgia, tendinitis, tendonitis, bursitis, carpal tunnel syndrome, herniated disc, disc herniation,
spinal stenosis, scoliosis, osteomyelitis, hip fracture, femur fracture, torn acl, acl tear, meniscus tear, rotator cuff tear, dislocated shoulder,
psoriasis, eczema, atopic dermatitis, dermatitis, rosacea, acne vulgaris, vitiligo, cellulitis, impetigo, herpes zoster, scabies, pressure ulcer,
decubitus ulcer, pressure sore, bedsore, melanoma in situ, urticaria, anaphylaxis, anaphylactic shock, angioedema, sepsis, septic shock, bacteremia,
septicemia, influenza, covid-19 pneumonia, long covid, mrsa, c. difficile, clostridium difficile, syphilis, gonorrhea, gonorrhoea, chlamydia,
chlamydia infection, herpes, genital herpes, hpv infection, trichomoniasis, sexually transmitted infection, sexually transmitted disease, malaria,
dengue, cholera, typhoid, measles, mumps, rubella, chickenpox, varicella, pertussis, whooping cough, tetanus, diphtheria, rabies, lyme disease,
mononucleosis, ebola, zika, candidiasis, thrush infection, otitis media, sinusitis, tonsillitis, pharyngitis, strep throat, laryngitis,
conjunctivitis, glaucoma, cataract, cataracts, macular degeneration, retinal detachment, uveitis, keratoconus, hearing loss, sensorineural hearing
loss, depression, major depressive disorder, depressive disorder, clinical depression, postpartum depression, anxiety disorder, generalized anxiety
disorder, panic disorder, panic attacks, social anxiety disorder, bipolar disorder, schizophrenia, schizoaffective disorder, psychosis, ptsd, post-
traumatic stress disorder, obsessive-compulsive disorder, adhd, attention deficit hyperactivity disorder, autism, autism spectrum disorder, asperger
syndrome, eating disorder, anorexia nervosa, bulimia, bulimia nervosa, binge eating disorder, borderline personality disorder, personality disorder,
insomnia, suicidal ideation, suicide attempt, opioid use disorder, substance use disorder, alcohol use disorder, alcohol dependence, alcoholism, drug
addiction, opioid addiction, overdose, withdrawal symptoms, delirium tremens, delirium, pregnant, pregnancy, ectopic pregnancy, miscarriage,
stillbirth, preterm labor, preterm labour, placenta previa, infertility, endometriosis, menopause symptoms, amenorrhea, dysmenorrhea, menorrhagia,
uterine fibroids, ovarian cyst, cervical dysplasia, mastitis, down syndrome, cystic fibrosis, muscular dystrophy, spina bifida, congenital heart
defect, marfan syndrome, turner syndrome, spinal cord injury, paraplegia, quadriplegia, tetraplegia, hemiplegia, amputation, amputee, chronic pain,
chronic fatigue syndrome, lymphedema, lymphoedema, edema, oedema, ascites, jaundice, hematuria, haematuria, proteinuria, hemoptysis, haemoptysis,
dyspnea, dyspnoea, shortness of breath, chest pain, syncope, palpitations, hematemesis, melena, hepatomegaly, splenomegaly, lymphadenopathy,
thrombocytosis, leukocytosis, hypoxia, hypoxemia, cyanosis, tachypnea, orthopnea, nocturia, polyuria, incontinence, failure to thrive, developmental
delay, intellectual disability, learning disability
`;

export const clinical = `
cxr, nkda, nka, pcn allergy, sulfa allergy, penicillin-allergic, complete remission, partial remission, cancer in remission, diagnosed with, newly
diagnosed, diagnosed as having, medical diagnosis, clinical diagnosis, primary diagnosis, secondary diagnosis, admission diagnosis, discharge
diagnosis, working diagnosis, diagnosis code, diagnosis codes, cancer diagnosis, dual diagnosis, diagnosis and treatment, prior authorization request,
irm cérébrale, irm lombaire, irm du genou, irm abdominale, coronary angiogram, cardiac catheterisation, closed reduction, open reduction, internal
fixation, orif, cast applied, plaster cast, iv fluids, nebulised, nebulized, post-op day, differential diagnosis, prognosis, prescription,
prescriptions, clinical note, clinical notes, progress note, progress notes, soap note, discharge summary, discharge instructions, discharge letter,
referral letter, chief complaint, history of present illness, medical history, past medical history, family history of, treatment plan, care plan,
plan of care, blood pressure, heart rate, blood test, blood tests, blood work, bloodwork, lab results, laboratory results, pathology report, radiology
report, biopsy, biopsies, chemotherapy, chemo, radiotherapy, radiation therapy, immunotherapy, dialysis, hemodialysis, haemodialysis, colonoscopy,
endoscopy, gastroscopy, bronchoscopy, cystoscopy, laparoscopy, arthroscopy, mammogram, mammography, appendectomy, mastectomy, lumpectomy,
hysterectomy, cholecystectomy, tonsillectomy, prostatectomy, nephrectomy, colectomy, thyroidectomy, angioplasty, angiography, angiogram, coronary
angiography, cardiac catheterization, stent placement, coronary stent, pacemaker implantation, bypass surgery, coronary artery bypass, cabg, heart
surgery, open heart surgery, valve replacement, hip replacement, knee replacement, joint replacement, spinal fusion, cardiac stress test, chest x-ray,
laminectomy, discectomy, cesarean section, caesarean section, c-section, induction of labor, epidural, ct scan, cat scan, mri, mri scan, pet scan,
pet-ct, ultrasound scan, echocardiogram, echocardiography, ecg, ekg, electrocardiogram, eeg, electroencephalogram, holter monitor, spirometry,
pulmonary function test, chest, bone density scan, dexa scan, pap smear, pap test, lumbar puncture, spinal tap, bone marrow biopsy, bone marrow
transplant, stem cell transplant, organ transplant, kidney transplant, liver transplant, heart transplant, transfusion, blood transfusion, intubated,
intubation, mechanical ventilation, ventilator support, tracheostomy, colostomy, ileostomy, gastrostomy, feeding tube, picc line, catheterization,
urinary catheter, anesthesia, anaesthesia, general anesthesia, sedation, post-op, postoperative, post-operative, preoperative, pre-operative,
perioperative, hospitalized, hospitalised, hospitalization, hospitalisation, admitted to hospital, admitted to the hospital, inpatient, outpatient,
emergency room visit, intensive care unit, nicu, er visit, discharged from hospital, physical therapy, physiotherapy, occupational therapy, speech
therapy, psychotherapy, cognitive behavioral therapy, rehab, vaccinated, vaccination, immunization, flu shot, booster shot, icd-10, icd10, cpt code,
medical record, medical records, health record, patient chart, vital signs, adverse reaction, allergic reaction, allergy to penicillin, penicillin
allergy, drug allergy, contraindicated, contraindication, dosage, dosing, palliative care, hospice care, end-of-life care, tested positive, tested
negative, screening colonoscopy, prenatal, antenatal, postnatal, postpartum, ivf, embryo transfer, termination of pregnancy, ejection fraction, left
ventricular, left ventricle, right ventricular, right ventricle, ventricular, myocardial, coronary artery, aortic valve, mitral valve, pulmonary
artery, carotid artery, cerebral artery, lymph node, lymph nodes, bone marrow, spinal cord, cerebrospinal fluid, pleural, peritoneal, intravenous, intravitreal, intravitreal injection,
subcutaneous, intramuscular, iv antibiotics, antibiotics course, course of antibiotics, tumor marker, tumour marker, stage 4 cancer, gleason score,
her2-positive, brca1, brca2, brca mutation, insulin pump, glucose monitor, nebulizer, inhaler use, cpap, cpap machine, oxygen therapy, home oxygen,
wheelchair user, hearing aid, cochlear implant, prosthesis, prosthetic limb, dentures
`;

// Labs: a value must follow ("HbA1c 7.2%", "creatinine 1.4 mg/dL").
export const lab = `
hba1c, a1c, glycated hemoglobin, fasting glucose, blood glucose, blood sugar, glucose, random glucose, cholesterol, total cholesterol, ldl, ldl-c, ldl
cholesterol, hdl, hdl-c, hdl cholesterol, triglycerides, creatinine, serum creatinine, egfr, gfr, blood urea nitrogen, hemoglobin, haemoglobin, hgb,
hb, hematocrit, haematocrit, hct, wbc, white blood cell count, white cell count, rbc, platelets, platelet count, plt, mcv, mch, mchc, neutrophils,
lymphocytes, tsh, free, ft4, free t3, ft3, psa, viral load, cd4, cd4 count, pt, ptt, aptt, d-dimer, troponin, troponin i, troponin t, hs-troponin,
bnp, nt-probnp, ck-mb, crp, c-reactive protein, esr, sed rate, procalcitonin, ferritin, serum iron, transferrin saturation, vitamin d, vitamin b12,
folate, sodium level, serum sodium, potassium level, serum potassium, calcium level, magnesium level, phosphate level, alt, ast, sgpt, sgot, alp,
alkaline phosphatase, ggt, bilirubin, total bilirubin, albumin, serum albumin, lipase, amylase, lactate, uric acid, microalbumin, urine albumin, uacr,
urine protein, cortisol, prolactin, testosterone level, estradiol, fsh, lh, beta-hcg, hcg, amh, ca-125, ca 19-9, cea, afp, pco2, po2, arterial ph,
hco3, anion gap, osmolality, fibrinogen, reticulocytes, eosinophils, blood alcohol, bac, bmi, body mass index, peak flow, fev1, fvc, qtc, qt interval,
pr interval, lvef, ejection fraction of, inr of, inr was, inr is, inr level, international normalized ratio, blood urea nitrogen, creatine kinase,
intraocular pressure, apgar, apgar score, glasgow coma scale, phq-9, gad-7, mmse, moca, nihss, pain score
`;

export const vital_bp = `
bp, blood pressure of, systolic, diastolic, nibp, arterial pressure
`;
export const vital_hr = `hr, pulse, pulse rate, heart rate of, hr of, heartrate, bpm of`;
export const vital_spo2 = `spo2, sao2, o2 sat, o2 , , oxygen saturation, o2 saturation, pulse ox, pulse oximetry`;
export const vital_temp = `
temp, temperature, body temperature, tmax, fever of, febrile to, oral temp, rectal temp
`;
export const vital_rr = `rr, resp rate, respiratory rate, resp, breathing rate`;

// Endings that make a clinical word in English (min folded word length after the colon).
export const suffix_condition = `
arthritis:9, hepatitis:9, dermatitis:10, nephritis:9, colitis:7, carditis:9, gastritis:9, enteritis:9, myelitis:9, sinusitis:9, pancreatitis:12,
cystitis:8, bronchitis:10, bronchiolitis:13, tonsillitis:11, pharyngitis:11, laryngitis:10, tracheitis:10, otitis:6, conjunctivitis:14, keratitis:9,
uveitis:7, scleritis:9, vasculitis:10, arteritis:9, phlebitis:9, tendinitis:10, tendonitis:10, bursitis:8, cellulitis:10, spondylitis:11,
thyroiditis:11, prostatitis:11, vaginitis:9, mastitis:8, gingivitis:10, stomatitis:10, esophagitis:11, oesophagitis:12, duodenitis:10,
ileitis:7, proctitis:9, cholecystitis:13, cholangitis:11, appendicitis:12, diverticulitis:14, meningitis:10, neuritis:8, myositis:8,
rhinitis:8, lymphadenitis:13, epididymitis:12, orchitis:8, urethritis:10, cervicitis:10, endometritis:12, salpingitis:11, peritonitis:11,
pleuritis:9, pneumonitis:11, alveolitis:10, osteitis:8, fasciitis:9, synovitis:9, capsulitis:10, epicondylitis:13, costochondritis:15,
folliculitis:12, balanitis:9, blepharitis:11, mastoiditis:11, labyrinthitis:13, encephalitis:12, radiculitis:11, retinitis:9, glossitis:9,
parotitis:9, pyelitis:8, sialadenitis:12, diskitis:8, discitis:8, osteomyelitis:13, polymyositis:12,
carcinoma:11, sarcoma:9, lymphoma:10, melanoma:10, blastoma:10, myeloma:9, adenoma:9, glioma:8, neuroma:9, fibroma:9,
myopathy:10, neuropathy:11, nephropathy:12, retinopathy:12, encephalopathy:14, cardiomyopathy:14, arthropathy:11, angiopathy:11, adenopathy:12,
fibrosis:10, sclerosis:11, stenosis:9, thrombosis:11, necrosis:9, cytosis:9, penia:9, plegia:9, paresis:9, cardia:10, rrhea:9, rrhoea:9,
rrhage:10, rrhagia:10, ectasis:10, megaly:10, lithiasis:11, emia:9, aemia:10, algia:9, uria:9, ptysis:10, trophy:11
`;
export const suffix_clinical = `ectomy:9, ostomy:9, plasty:10, oscopy:10, otomy:9`;

// Everyday words that end like clinical ones: never a health term by their ending.
export const stop = `
nostalgia, sympathy, empathy, apathy, antipathy, telepathy, homeopathy, naturopathy, osteopathy, dichotomy, lobotomy, anatomy, autonomy, economy,
astronomy, taxonomy, gastronomy, microscopy, spectroscopy, telescopy, photography, geography, biography, bibliography, choreography,
cartography, pornography, topography, calligraphy, typography, demography, oceanography, cryptography, lithography, holography,
videography, cinematography, stenography, discography, filmography, iconography, ethnography, hagiography, autobiography, orthography,
academia, kaleidoscopy, stereoscopy, manchuria, senioritis, logorrhea, logorrhoea, phagocytosis, endocytosis, exocytosis, pinocytosis,
miscarriage of justice, kinderkrankheiten, kinderkrankheit
`;

export const lab_unit = `
na, k, cr, cl, ca, glu, hco3, tco2, phos, alb,
potassium, sodium, calcium, magnesium, phosphate, chloride, urea, bun, serum glucose, glucose level, ammonia, lactate level, bicarbonate
`;
