/**
 * What a field name says its value holds: the key of a JSON/YAML/`key=value` pair or the header of
 * a table column ("patient_mrn", "dateOfBirth", "Nachname", "ICD-10"). Names are split into lower-case
 * words (snake_case, camelCase, kebab-case, dots, spaces; accents folded) and matched as whole words,
 * the cue at the end of the name ("patient_mrn" and "mrn_number" are record numbers, "mrn_source" and
 * "mrna_level" are not). English, German, French, Spanish and Italian.
 */
export type FieldKind =
  | 'record' // a medical record number
  | 'pid' // "pid": a patient id beside personal or health columns, else a process id
  | 'birth' // a date of birth
  | 'person' // a person's name or part of it
  | 'name' // a name of anything (a person only with other personal columns beside it)
  | 'email'
  | 'phone'
  | 'address'
  | 'ssn'
  | 'health' // diagnosis, code, drug, lab test: health context by itself
  | 'test' // a test or exam: health context together with a unit or reference range
  | 'measure' // a unit or reference range
  | 'condition'; // health context only beside a personal column

const MAX_NAME = 48;

/** Lower-case words of a field name: "patientMRN" -> "patient mrn", "date-of_birth" -> "date of birth". */
export function fieldWords(name: string): string {
  if (name.length > MAX_NAME) return '';
  const spaced = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return spaced
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim()
    .replace(/#/g, ' number');
}

// Each pattern is anchored at the end of the words; an id suffix ("number", "id", "no") may follow.
const ID_SUFFIX = '(?: (?:id|identifier|number|num|no|nr|nummer|code))?';
const RECORD =
  'mrn|nhc|ipp|medical records?|med rec(?:ord)?|patient (?:id|identifier|number|num|no|nr)|pat (?:id|nr|no)|patid|patnr|patientid|' +
  'patienten (?:id|nr|nummer)|patientennummer|chart (?:id|number|num|no)|hospital (?:id|number|no)|fallnummer|fall (?:id|nr|nummer)|' +
  '(?:n|no|num|numero) (?:de )?dossier(?: (?:patient|medical|medico))?|dossier (?:patient|medical|medico)|(?:numero )?cartella(?: clinica)?|' +
  'historia clinica|(?:n|num|numero) (?:de )?historia(?: clinica)?';
const BIRTH =
  'dob|d o b|date of birth|birth ?date|birthday|birth(?<!of birth)|date birth|geburtsdatum|geburtstag|geb datum|gebdat|date (?:de )?naissance|naissance|' +
  'fecha (?:de )?nacimiento|fecha nac|nacimiento|data (?:di |de )?nascita|data (?:de )?nascimento';
const PERSON =
  'first ?name|last ?name|given ?name|given|family ?name|surname|middle ?name|full ?name|maiden ?name|' +
  '(?:patient|customer|client|employee|contact|member|person|user|guarantor|subscriber|insured|mother|father|parent|guardian|physician|doctor) ?names?|' +
  'patient|vorname|nachname|familienname|patientenname|prenom|nom de famille|nom (?:du )?patient|apellidos?|primer apellido|segundo apellido|' +
  'nombre (?:del )?paciente|nombre completo|cognome|nome (?:del )?paziente|paciente|paziente';
const NAME = 'name|names|nom|nombre|nome';
const EMAIL = 'e ?mail(?: address)?|mail|courriel|correo(?: electronico)?';
const PHONE = '(?:phone|tel|telephone|telefon|telefono|mobile|cell ?phone|handy|portable|movil)(?: ?(?:number|num|no|nr))?';
const ADDRESS = '(?:home |street |postal )?address(?: ?line)?(?: ?[12])?|street|addr|adresse|anschrift|strasse|direccion|calle|indirizzo';
const SSN = 'ssn|social security(?: number| no)?|sozialversicherungsnummer';
const HEALTH =
  'diagnos[ie]s|diagnose|diagnostic|diagnostico|diagnosi|dx|icd ?10(?: ?cm)?(?: code)?|icd(?: code)?|loinc(?: code)?|snomed(?: ct)?(?: code)?|' +
  'medications?|meds|drugs?|ndc(?: code)?|medikament|medikation|medicament|medicamento|farmaco|allerg(?:y|ies)|lab(?: test)?|labor|' +
  'laborwert|analyte|dose|dosage|dosis|befund';
const TEST = 'test(?: name)?|exam|examen|analysis|analisis|component|observation';
const MEASURE = 'units?|uom|ref(?:erence)? range|normal range|einheit|unite|unidad|unita';
const CONDITION = 'conditions?|problem|complaint|symptoms?';

const endsWith = (alternatives: string, suffix = ''): RegExp => new RegExp(`(?:^| )(?:${alternatives})${suffix}$`);

const KINDS: readonly (readonly [FieldKind, RegExp])[] = [
  ['record', endsWith(RECORD, ID_SUFFIX)],
  ['pid', /^(?:patient )?pid$/],
  ['birth', endsWith(BIRTH)],
  ['person', endsWith(PERSON)],
  ['email', endsWith(EMAIL)],
  ['phone', endsWith(PHONE)],
  ['address', endsWith(ADDRESS)],
  ['ssn', endsWith(SSN)],
  ['health', endsWith(HEALTH)],
  ['test', endsWith(TEST)],
  ['measure', endsWith(MEASURE)],
  ['condition', endsWith(CONDITION)],
];
/** A bare "name" only when it is the whole field name ("product name" is not a person's). */
const NAME_ONLY = new RegExp(`^(?:${NAME})$`);

function kindOfWords(words: string): FieldKind | null {
  if (words === '') return null;
  for (const [kind, re] of KINDS) if (re.test(words)) return kind;
  return NAME_ONLY.test(words) ? 'name' : null;
}

/**
 * Field names seen lately and their kinds: a table or a JSON array repeats the same few names on every
 * row. Cleared when full, and by {@link forgetFieldNames} when a public entry point returns (a key
 * may itself be data): no request text outlives its call.
 */
const cache = new Map<string, FieldKind | null>();
const CACHE_SIZE = 256;

/** What a field named `name` holds, or null when its name is no cue. */
export function fieldKind(name: string): FieldKind | null {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const kind = kindOfWords(fieldWords(name));
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(name, kind);
  return kind;
}

export function forgetFieldNames(): void {
  cache.clear();
}
