/**
 * Clinical vocabulary that makes a conversation a health context (SPEC §4). None of these identify
 * anyone; together with a personal identifier they make it PHI. Lowercase; multi-word terms are
 * matched word by word (separated by spaces or hyphens), single words also in their plural.
 *
 * Words that are common outside medicine ("stroke", "aids", "symptoms", "covid") are left out on
 * purpose: a false health context upgrades every name in the conversation to PHI.
 */
export type HealthTermKind = 'condition' | 'clinical' | 'medication' | 'lab';

/** Diagnoses and conditions; count on their own. */
export const CONDITIONS: readonly string[] = [
  'diabetes', 'diabetic', 'prediabetes', 'hypertension', 'hypertensive', 'hypotension', 'carcinoma', 'cancer',
  'tumor', 'tumour', 'malignancy', 'metastasis', 'metastatic', 'leukemia', 'leukaemia', 'lymphoma', 'melanoma',
  'sarcoma', 'pneumonia', 'hiv', 'depression', 'depressive disorder', 'anxiety disorder', 'bipolar disorder',
  'schizophrenia', 'psychosis', 'ptsd', 'adhd', 'autism spectrum disorder', 'eating disorder', 'anorexia nervosa',
  'bulimia', 'asthma', 'copd', 'emphysema', 'bronchitis', 'tuberculosis', 'hepatitis', 'cirrhosis', 'dementia',
  'alzheimer', 'parkinson', 'epilepsy', 'seizure disorder', 'multiple sclerosis', 'cystic fibrosis',
  'myocardial infarction', 'heart failure', 'atrial fibrillation', 'arrhythmia', 'angina', 'coronary artery disease',
  'chronic kidney disease', 'renal failure', 'hyperlipidemia', 'hypercholesterolemia', 'hypothyroidism',
  'hyperthyroidism', 'anemia', 'anaemia', 'osteoporosis', 'osteoarthritis', 'rheumatoid arthritis', 'lupus',
  'psoriasis', 'crohn', 'ulcerative colitis', 'migraine', 'sepsis', 'influenza', 'syphilis', 'gonorrhea',
  'chlamydia', 'herpes', 'obesity', 'opioid use disorder', 'substance use disorder', 'alcohol use disorder',
  'alcoholism', 'overdose', 'pregnant', 'pregnancy', 'miscarriage', 'infertility',
];

/** Clinical actions, documents and procedures; count on their own. */
export const CLINICAL: readonly string[] = [
  'diagnosed', 'diagnosis', 'diagnoses', 'prognosis', 'prescribed', 'prescription', 'clinical note',
  'clinical notes', 'progress note', 'soap note', 'discharge summary', 'discharge instructions', 'chief complaint',
  'history of present illness', 'medical history', 'past medical history', 'treatment plan', 'care plan',
  'blood pressure', 'heart rate', 'blood test', 'lab results', 'pathology report', 'radiology report', 'biopsy',
  'chemotherapy', 'radiotherapy', 'radiation therapy', 'dialysis', 'colonoscopy', 'endoscopy', 'mammogram',
  'appendectomy', 'mastectomy', 'hysterectomy', 'angioplasty', 'bypass surgery', 'ct scan', 'mri', 'ecg', 'ekg',
  'echocardiogram', 'hospitalized', 'hospitalised', 'inpatient', 'outpatient', 'icd-10',
];

/** Medications; count only with a dose ("metformin 500 mg"), as SPEC §4 asks. */
export const MEDICATIONS: readonly string[] = [
  'metformin', 'insulin', 'glipizide', 'semaglutide', 'ozempic', 'tirzepatide', 'empagliflozin', 'lisinopril',
  'losartan', 'valsartan', 'amlodipine', 'metoprolol', 'atenolol', 'hydrochlorothiazide', 'furosemide',
  'atorvastatin', 'simvastatin', 'rosuvastatin', 'levothyroxine', 'omeprazole', 'pantoprazole', 'sertraline',
  'fluoxetine', 'escitalopram', 'citalopram', 'bupropion', 'venlafaxine', 'duloxetine', 'trazodone', 'quetiapine',
  'aripiprazole', 'risperidone', 'olanzapine', 'lithium', 'lamotrigine', 'levetiracetam', 'gabapentin',
  'pregabalin', 'alprazolam', 'lorazepam', 'clonazepam', 'diazepam', 'zolpidem', 'prednisone', 'methotrexate',
  'adalimumab', 'amoxicillin', 'azithromycin', 'doxycycline', 'ciprofloxacin', 'warfarin', 'apixaban',
  'rivaroxaban', 'clopidogrel', 'albuterol', 'montelukast', 'oxycodone', 'hydrocodone', 'morphine', 'tramadol',
  'fentanyl', 'buprenorphine', 'methadone', 'naloxone', 'tamoxifen', 'tenofovir', 'emtricitabine', 'ibuprofen',
  'acetaminophen', 'paracetamol',
];

/** Lab tests and vitals; count only with a value ("HbA1c 7.2%", "BP 140/90"). */
export const LABS: readonly string[] = [
  'hba1c', 'a1c', 'glucose', 'cholesterol', 'ldl', 'hdl', 'triglycerides', 'creatinine', 'egfr', 'hemoglobin',
  'haemoglobin', 'tsh', 'psa', 'viral load', 'cd4', 'wbc', 'inr', 'bp', 'spo2', 'troponin', 'bmi',
];

export const HEALTH_TERMS: Readonly<Record<HealthTermKind, readonly string[]>> = {
  condition: CONDITIONS,
  clinical: CLINICAL,
  medication: MEDICATIONS,
  lab: LABS,
};
