import { nearAppointment } from './appointments';
import { KIND } from '../health-vocab';

/**
 * What a term needs after (or before) it to count: a dose or a cue for a drug, a value for a lab, a
 * value in the sign's shape for a vital. All patterns are sticky (they start at the term's end),
 * bounded and without nested repetition, so each check costs a constant; they only run on terms
 * the one-pass scan found, never on the rest of the text.
 */

const SP = '[ \\t\\u00a0]';
const NUM = '\\d{1,5}(?:[.,]\\d{1,3})?';
/** "(Glucophage)" or "XR" between a drug and its dose. */
const BETWEEN = `(?:${SP}{0,3}\\([^()\\n]{1,30}\\))?(?:${SP}{1,2}(?:er|xr|sr|cr|xl|la|retard|hcl|sodium|natrium))?`;
const DOSE_UNIT =
  '(?:mg|mcg|µg|μg|ug|g|ml|units?|unit[eé]s?|unidades?|unit[aà]|iu|ie|i\\.e\\.|ui|u|meq|mmol|%|puffs?|h[uü]be?|gtt|tropfen|gouttes?|gotas?|gocce|sprays?|tabs?|tablets?|caps|' +
  // Portuguese, Polish and Scandinavian units and forms: "250 microgramas", "50 mikrogramów", "2 comprimidos", "1 tabletka", "2 tabletter", "10 dråber"
  'microgramas?|mikrogram(?:[oó]w|y)?|comprimidos?|c[aá]psulas?|tabletk[aięe]|tabletek|tablett(?:er)?|kapsu[lł]k[aię]|kapsu[lł]ek|kapsl(?:ar|er)|kapsel|' +
  'krople|kropli|droppar|dr[aå]ber|dr[aå]per|jednost(?:ek|ki|ka)|enheter|enheder|' +
  // Turkish, Czech, Romanian, Hungarian and Finnish: "10 ünite", "2 tbl", "1 tableta", "2 comprimate", "8 unități", "1 tabletta", "2 tablettia", "10 yksikköä"
  '[uü]nite|kaps[uü]l|tbl|tablety|tableta|tablete|kapsle|kapslí|jednot(?:ek|ky|ka)|comprimate?|capsul[aăe]|unit[aă][tţț]i|pic[aă]turi|' +
  'tabletta|tabletty|kapszula|egys[eé]g|tabletti[aä]?|kapseli[aä]?|yksikk[oö][aä]|tippaa)' +
  '(?:\\/(?:kg|d|day|dose|ml|h|hr|24h|j|jour|d[ií]a|tag|die|dob[eę]|dygn|d[øo]gn|m2|m²|min))?';
/** A preposition between a drug and its new dose: "raised my lisinopril to 20 mg", "Ramipril auf 5 mg erhöht". */
const DOSE_LEAD = `(?:[:=,-]${SP}{0,3}|(?:to|at|from|of|auf|von|à|de|a|en|da|van|naar|op|para|do|till|til|p[aå])${SP}{1,2})?`;
/**
 * A unit spelled out, as dictation writes it after a number in words ("cuatro miligramos", "trettio milligram",
 * "vijfhonderd milligram", "due grammi"): milligrams, micrograms, grams and units in the vocabularies' languages.
 */
const SPELLED_UNIT =
  '(?:mill?igram(?:s|me|mes|mi|mo|os|a|as|m|mer|ów|y)?|mi[ck]rogram(?:s|me|mes|mi|mo|os|a|as|m|mer|ów|y)?|' +
  'gram(?:s|mes|os|as|mi|m|mer|ów|y)|grammi|unidades|unités|unità|einheiten|eenheden|enheter|enheder|jednostek|units)';
/** "500 mg", "0.5-1 mg/kg", "10 units", "2 puffs", a German dosing scheme "1-0-1", or a dictated "cuatro miligramos". */
const DOSE_RE = new RegExp(
  `${BETWEEN}${SP}{0,3}${DOSE_LEAD}(?:${NUM}(?:${SP}?(?:-|\\/|x|×)${SP}?${NUM})?${SP}{0,2}${DOSE_UNIT}(?![\\p{L}\\p{N}])` +
    `|(?:\\p{L}{2,24}${SP}{1,2}){1,3}${SPELLED_UNIT}(?![\\p{L}\\p{N}])` +
    `|(?:\\d{1,5}${SP}{1,2})?[0-3](?:[.,]5)?-[0-3](?:[.,]5)?-[0-3](?:[.,]5)?(?:-[0-3](?:[.,]5)?)?(?![\\d-]))`,
  'iuy',
);

/** Cue words right before a drug name: "taking", "prescribed", "started on", "nimmt", "sous", "toma". */
const CUE_BEFORE = new RegExp(
  '(?:^|[^\\p{L}\\p{N}])(?:tak(?:e|es|ing)|took|' +
    // a possessive: someone's own drug ("raised my lisinopril", "seine Metformin-Dosis", "mon traitement")
    'my|his|her|your|their|mein(?:e|en)?|sein(?:e|en)?|ihr(?:e|en)?|mon|ma|mes|son|sa|ses|mi|mis|su|sus|mio|mia|mijn|zijn|haar|' +
    'prescri(?:bed|be|ption)|rx|start(?:ed|ing)?(?: (?:him|her|them|patient|pt))? on|' +
    'switch(?:ed)? (?:to|from)|(?:is|was|been|remains?|currently|continues?|continued|stays?|stayed|maintained|patient|pt|he|she|already|still|kept) on|' +
    '(?:in|de)creased|titrated|discontinued|stopped|dose of|dosage of|course of|' +
    'nimmt|nehme|nahm|einnahme von|eingenommen|verordnet|verschrieben|erh[aä]lt|bekommt|unter|' +
    'prend|prends|prenait|sous|prescrit|traitement par|trait[eé]e? par|' +
    'given|administered|receiv(?:es|ed|ing)|uses|using|iv|oral|gabe von|erhielt|verabreicht|re[çc]oit|administr[eé]e?|utilise|' +
    'usa|usando|recibe|recibi[oó]|administrad[oa]|toma|tomando|tomaba|recetad[oa]|prescrit[oa]|tratamiento con|tratad[oa] con|' +
    'assume|prende|in terapia con|terapia con|' +
    // Portuguese, Polish, Swedish, Danish, Norwegian
    'tomo|tomou|meu|minha|em tratamento com|medicad[oa] com|' +
    'przyjmuj[eę]|bior[eę]|bierze|stosuje|przepisano|przepisa[lł][ao]?|leczon[ya]|m[oó]j|moja|moje|' +
    'tar|tog|tager|bruker|bruger|anv[aä]nder|f[aå]r|ordinerad|ordinerat|ordineret|forskrevet|behandlas med|behandles med|behandlad med|behandlet med|insatt p[aå]|st[aå]r p[aå]|min|mitt|mina|' +
    // Czech, Romanian, Finnish
    'u[zž][ií]v[aá]m?|beru|bere|nasazen[aoý]?|tratament cu|tratat[aă]? cu|ia zilnic|k[aä]ytt[aä][aä]|k[aä]yt[aä]n|aloitettiin)[\\s:]{1,3}$',
  'iu',
);
/** How far back the cue may start. */
const CUE_WINDOW = 40;

/** A dose right before a drug: "took 500 mg of metformin", "8 units of Humalog", "20 mg Lisinopril" (not "30 % of"). */
const DOSE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}.,])${NUM}${SP}{0,2}${DOSE_UNIT}${SP}{1,2}(?:(?:of|de|d'|di|von|van|do|da|z|av)${SP}{1,2})?$`,
  'iu',
);

function hasDoseBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  const before = text.slice(Math.max(0, start - CUE_WINDOW), start);
  const m = DOSE_BEFORE.exec(before);
  // A share ("30 % of") or a mass or volume of a substance ("2 g of salicylic acid") is no dose of a drug.
  return m !== null && !/%|\d[ \t\u00a0]{0,2}(?:g|ml)[ \t\u00a0]/i.test(m[0]);
}

/** Cue words right after a drug name: a form or a schedule ("tablets", "daily", "bid", "comprimé"). */
const CUE_AFTER = new RegExp(
  `${BETWEEN}${SP}{1,3}(?:tablets?|tabs?|caps(?:ules?)?|pills?|daily|once|twice|bid|b\\.i\\.d\\.|tid|t\\.i\\.d\\.|qid|qd|qhs|prn|p\\.o\\.|i\\.v\\.|` +
    'subcut|inhaler|injections?|infusion|tablette[n]?|kapseln?|t[aä]glich|morgens|abends|comprim[eé]s?|g[eé]lules?|sachets?|' +
    'comprimidos?|c[aá]psulas?|pastillas?|diari[oa]s?|compresse|compressa|al giorno|por dia|ao dia|' +
    'tabletk[aięe]|tabletek|tablett(?:er)?|kapsu[lł]k[aię]|kapsl(?:ar|er)|dziennie|dagligen|dagligt?|' +
    // Turkish, Czech, Romanian, Hungarian, Finnish: "günde 2 kez", "denně", "zilnic", "naponta", "päivittäin", "kullanıyorum"
    'g[uü]nde|kullan[ıi]yor(?:um)?|denn[eě]|tbl|tablety|zilnic|comprimate|naponta|tabletta|p[aä]ivitt[aä]in|tabletti[aä]?)(?![\\p{L}\\p{N}])',
  'iuy',
);

/** A qualifier between a lab and its value: "eGFR (MDRD) 105", "Glucose (fasting): 126". */
const QUALIFIER = `(?:${SP}{0,3}\\([^()\\n]{1,24}\\))?`;
/** Table cells ("| Glucose | 169 | mg/dL |", tab- or semicolon-separated) lead to the value like a colon. */
/** Words between a measurement and its value in prose: "BP readings are around 128/82", "HbA1c was still about 8.1". */
const VALUE_FILLER = `(?:${SP}{1,3}(?:readings?|values?|results?|are|were|has been|have been|been|around|about|approx(?:imately)?|roughly|consistently|usually|still|now|only|ca\\.|etwa|ungef[aä]hr|environ|alrededor de|circa|intorno a|rond|cerca de|aproximadamente|oko[lł]o|cirka|omkring|omtrent|ungef[aä]r|yakla[sş][ıi]k|p[rř]ibli[zž]n[eě]|aproximativ|k[oö]r[uü]lbel[uü]l|noin)){0,3}`;
const VALUE_LEAD = `${QUALIFIER}${VALUE_FILLER}(?:${SP}{0,3}(?:[:=|;\\t]|of|is|was|at|ist|war|von|bei|est|[eé]tait|de|[aà]|es|era|di|[eèé]|foi|wynosi|wynosi[lł][ao]?|var|er|p[aå]|level|levels|wert|valeur|valor|taux|nivel|n[ií]vel|poziom|v[aä]rde|v[aæ]rdi|verdi|de[gğ]eri|hodnota|je|byl[ao]?|este|valoarea|[eé]rt[eé]ke|volt|oli|arvo))?${VALUE_FILLER}`;
const LAB_UNIT =
  '(?:%|mg\\/dl|mmol\\/l|mui\\/l|mui\\/ml|[µμu]mol\\/l|g\\/dl|g\\/l|mg\\/l|m[iu]u\\/l|miu\\/ml|[µμu]iu\\/ml|ng\\/ml|ng\\/l|pg\\/ml|u\\/l|iu\\/l|ui\\/l|ie\\/l|meq\\/l|' +
  '\\/[µμu]l|[µμu]g\\/l|[µμu]g\\/dl|nmol\\/l|pmol\\/l|x ?10\\^?9\\/l|g\\/l|copies\\/ml|kopien\\/ml|copias\\/ml|cells\\/mm3|cells\\/[µμu]l|zellen\\/[µμu]l|ml\\/min(?:\\/1[.,]73 ?m[2²])?|sec|mm\\/h|fl|pg|seconds?|s)';
/** A lab value: "7.2%", "= 1.4 mg/dL", "of 245", "> 10"; a 4-5 digit value needs a unit (not a year). */
const LAB_RE = new RegExp(
  `${VALUE_LEAD}${SP}{0,3}(?:[:=]${SP}{0,3})?[<>≤≥]?${SP}?(?:\\d{1,3}(?:[.,]\\d{1,3})?(?:${SP}{0,2}${LAB_UNIT})?|\\d{4,5}(?:[.,]\\d{1,3})?${SP}{0,2}${LAB_UNIT})(?![\\p{L}\\p{N}]|[.,]\\d)`,
  'iuy',
);

/** A value with a clinical concentration unit, required: "5.8 mmol/l", "140 mEq/L", "9.1 g/dl". */
const LAB_UNIT_RE = new RegExp(
  `\\+?${VALUE_LEAD}${SP}{0,3}(?:[:=]${SP}{0,3})?[<>≤≥]?${SP}?\\d{1,4}(?:[.,]\\d{1,3})?${SP}{0,2}(?:mmol\\/l|[µμu]mol\\/l|meq\\/l|mg\\/dl|g\\/dl|mval\\/l)(?![\\p{L}\\p{N}])`,
  'iuy',
);

const BP_SHAPE = `\\d{2,3}${SP}?\\/${SP}?\\d{2,3}(?:${SP}{0,2}mm${SP}?hg)?(?![\\d/])`;
const BP_RE = new RegExp(`${VALUE_LEAD}${SP}{0,3}(?:[:=]${SP}{0,3})?${BP_SHAPE}`, 'iuy');
const HR_RE = new RegExp(
  `${VALUE_LEAD}${SP}{0,3}(?:[:=]${SP}{0,3})?\\d{2,3}${SP}{0,2}(?:bpm|\\/${SP}?min|min-1|x\\/min|spm|lpm|schl[aä]ge(?:\\/min)?|slag(?:\\/min| per minut| i minuttet| i minutten)|ud\\.?\\/min|uderze[nń]\\/min|at[ıi]m\\/dk|\\/${SP}?dk|tep[uů]\\/min|b[aă]t[aă]i\\/min|\\/${SP}?perc|[uü]t[eé]s\\/perc|ly[oö]nti[aä]\\/min|krt\\/min)(?![\\p{L}\\p{N}])`,
  'iuy',
);
const SPO2_RE = new RegExp(`${VALUE_LEAD}${SP}{0,3}(?:[:=]${SP}{0,3})?[<>]?\\d{2,3}(?:[.,]\\d)?${SP}{0,2}%`, 'iuy');
const RR_RE = new RegExp(
  `${VALUE_LEAD}${SP}{0,3}(?:[:=]${SP}{0,3})?(?:\\d{1,2}${SP}{0,2}(?:\\/${SP}?min|breaths\\/min|rpm|x\\/min|min-1|atemz[uü]ge\\/min|andetag\\/min|andetag per minut|oddech[oó]w\\/min|\\/${SP}?dk|dech[uů]\\/min|\\/${SP}?perc|krt\\/min)(?![\\p{L}\\p{N}])|${BP_SHAPE})`,
  'iuy',
);
/** Body temperature: one decimal, in °C (35.0-42.9) or °F (95.0-109.9); plain "38 °C" may be the weather. */
const TEMP_RE = new RegExp(
  `${VALUE_LEAD}${SP}{0,3}(?:[:=]${SP}{0,3})?(\\d{2,3})[.,]\\d${SP}{0,2}(?:°|º)?${SP}?([cf])(?![\\p{L}\\p{N}])`,
  'iuy',
);

/** Between two drugs of one list: "metformin, lisinopril and atorvastatin", "Ramipril und Bisoprolol". */
const LIST_GAP = /^[ \t]{0,2}(?:[,;+&/][ \t]{0,2}|(?:,[ \t]{0,2})?(?:and|und|et|y|e|plus|or|oder|ou|o|och|og|i|oraz)[ \t]{1,2})$/i;
/** How far after a counted drug the next one may start and still be in its list. */
export const LIST_WINDOW = 12;

/** Is `[from, to)` the gap between two items of a list? */
export function isListGap(text: string, from: number, to: number): boolean {
  return to - from <= LIST_WINDOW && to >= from && LIST_GAP.test(text.slice(from, to));
}

function sticky(re: RegExp, text: string, end: number): number {
  re.lastIndex = end;
  return re.test(text) ? re.lastIndex : -1;
}

function hasCueBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  return CUE_BEFORE.test(text.slice(Math.max(0, start - CUE_WINDOW), start));
}

/**
 * Where a term of `kind` spanning `[start, end)` ends once its value is included, or -1 when it
 * does not count (a drug without a dose or cue, a lab without a value, …).
 */
export function termWithValue(text: string, start: number, end: number, kind: number): number {
  switch (kind) {
    case KIND.condition:
    case KIND.clinical:
      return end;
    case KIND.medication: {
      const dosed = sticky(DOSE_RE, text, end);
      if (dosed !== -1) return dosed;
      return hasCueBefore(text, start) || hasDoseBefore(text, start) || sticky(CUE_AFTER, text, end) !== -1 ? end : -1;
    }
    case KIND.medication_dose:
      return sticky(DOSE_RE, text, end);
    case KIND.lab:
      return sticky(LAB_RE, text, end);
    case KIND.lab_unit:
      return sticky(LAB_UNIT_RE, text, end);
    case KIND.vital_bp:
      return sticky(BP_RE, text, end);
    case KIND.vital_hr:
      return sticky(HR_RE, text, end);
    case KIND.vital_spo2:
      return sticky(SPO2_RE, text, end);
    case KIND.vital_rr:
      return sticky(RR_RE, text, end);
    case KIND.vital_temp: {
      TEMP_RE.lastIndex = end;
      const m = TEMP_RE.exec(text);
      if (m === null) return -1;
      const whole = Number(m[1]);
      const celsius = (m[2] ?? '').toLowerCase() === 'c';
      return (celsius ? whole >= 35 && whole <= 42 : whole >= 95 && whole <= 109) ? TEMP_RE.lastIndex : -1;
    }
    case KIND.specialty:
      return nearAppointment(text, start, end) ? end : -1;
    default:
      return -1;
  }
}
