// The table lives in libs/classification/data (generated, with its source and licence).
import { NOTABLE_PEOPLE } from '../../data/notable-people';
import { NOTABLE_LIVING } from '../../data/notable-living';
import { GAP_COMMA, GAP_SENTENCE, GAP_SPACE, type Token } from './tokens';
import { WordTable } from './word-table';

/**
 * Notable people (public datasets: deceased notables, and living politicians; see data/SOURCES.md) and the encyclopedic frame in which naming
 * one is not personal data: "Who was Abraham Lincoln?", "When did Napoleon Bonaparte die?",
 * "Explain Einstein's theory of relativity". The PERSON is still reported, at a score below the
 * personal threshold; a private context in the same sentence ("my patient John Lennon", "call …")
 * keeps it personal, and any other identifier in the text (an email, a phone) is personal anyway.
 *
 * Matching, on the lowercased name: the full name ("abraham lincoln"); one word that is a notable
 * mononym ("napoleon", "plato") or an unambiguous notable surname ("einstein": the surname of at
 * most {@link MAX_SHARED_SURNAME} people in the table and not a common given name there); or a
 * mononym followed by such a surname ("napoleon bonaparte").
 */

/**
 * A surname shared by more notable people than this (Müller, Schmidt, Fischer) is a common surname,
 * not a reference to one of them; a family of notables (Bach, Einstein, Curie) stays below it.
 */
const MAX_SHARED_SURNAME = 8;
const ROMAN = /^[ivxl]+$/;
const TITLE_LINK = new Set(['of', 'in', 'the']);
const PARTICLES = new Set(['van', 'von', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'du', 'la', 'le', 'ten', 'ter', 'vom', 'zu']);
/** A word that opens this many notable people's names or more is a given name ("John", "Barbara"). */
const COMMON_GIVEN = 5;

interface Table {
  full: Set<string>;
  single: Set<string>;
  /** Full names (and short forms) of the living politicians' table that are not also deceased notables'. */
  living: Set<string>;
  /** Last words of every entry (flag 1): a cheap first test on a token before any string is built. */
  lastWords: WordTable;
}

let table: Table | null = null;

function norm(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

function build(): Table {
  const full = new Set<string>();
  const lastWords = new Map<string, number>();
  const surnames = new Map<string, number>();
  const given = new Map<string, number>();
  const mononyms: string[] = [];
  const living = new Set<string>();
  for (const raw of NOTABLE_LIVING.split('|')) {
    // Full names only: a living politician's surname alone ("Brown", "Schulz") is everyone's.
    const name = norm(raw);
    const words = name.split(' ');
    for (const v of [name, ...shortForms(words)]) living.add(v);
    lastWords.set(words[words.length - 1] as string, 1);
  }
  for (const raw of NOTABLE_PEOPLE.split('|')) {
    const name = norm(raw);
    living.delete(name);
    full.add(name);
    const words = name.split(' ');
    for (const v of shortForms(words)) full.add(v);
    lastWords.set(words[words.length - 1] as string, 1);
    if (words.length === 1) {
      mononyms.push(name);
      continue;
    }
    const last = words[words.length - 1] as string;
    // "Louis II of Bavaria", "Duchess Helene in Bavaria", "Alfred the Great", "Ramesses II": a title, no surname.
    if (last.length > 2 && !last.endsWith('.') && !ROMAN.test(last) && !TITLE_LINK.has(words[words.length - 2] as string)) {
      surnames.set(last, (surnames.get(last) ?? 0) + 1);
    }
    given.set(words[0] as string, (given.get(words[0] as string) ?? 0) + 1);
  }
  const single = new Set<string>();
  const ambiguous = (w: string): boolean => (given.get(w) ?? 0) >= COMMON_GIVEN;
  for (const m of mononyms) if (!ambiguous(m)) single.add(m);
  for (const [s, n] of surnames) if (n <= MAX_SHARED_SURNAME && !ambiguous(s)) single.add(s);
  for (const v of living) full.add(v);
  return { full, single, living, lastWords: new WordTable(lastWords) };
}

/**
 * "Franklin D. Roosevelt" and "Franklin Roosevelt" for "Franklin Delano Roosevelt": a three-word name
 * with its middle name as an initial, or without it. Not for names whose middle word is a particle
 * ("Ludwig van Beethoven") or already an initial, a numeral or a title link ("John F. Kennedy").
 */
function shortForms(words: readonly string[]): string[] {
  if (words.length !== 3) return [];
  const [first, middle, last] = words as [string, string, string];
  if (middle.length < 3 || middle.endsWith('.') || PARTICLES.has(middle) || TITLE_LINK.has(middle) || ROMAN.test(last)) return [];
  return [`${first} ${middle.charAt(0)}. ${last}`, `${first} ${last}`];
}

/** Could a name ending with this lowercased word be a notable person's? (One set lookup.) */
export function mayBeNotable(lastWord: string): boolean {
  table ??= build();
  return table.lastWords.get(lastWord.includes('\u2019') ? lastWord.replace(/\u2019/g, "'") : lastWord) !== 0;
}

/**
 * Could a name ending with this lowercased word be a notable person's? A hyphenated double surname
 * counts when one of its parts could ("sklodowska-curie", "curie-skłodowska": maiden-name forms).
 */
export function mayBeNotableWord(lastWord: string): boolean {
  if (mayBeNotable(lastWord)) return true;
  if (!lastWord.includes('-')) return false;
  for (const part of lastWord.split('-')) if (part.length > 1 && mayBeNotable(part)) return true;
  return false;
}

/** A name as the tables hold it: lower case, single spaces. */
function normName(name: string): string {
  const lower = norm(name);
  return lower.includes('  ') || lower.includes('\t') ? lower.replace(/\s+/g, ' ') : lower;
}

/** Is the name (as written in the text) a living politician's (and no deceased notable's)? */
export function isLivingNotableName(name: string): boolean {
  table ??= build();
  return table.living.has(normName(name));
}

/** Is the name (as written in the text) a notable person's, or with one part of its hyphenated last name? */
export function isNotableName(name: string): boolean {
  const n = normName(name);
  if (isNotableWords(n)) return true;
  const space = n.lastIndexOf(' ');
  const last = n.slice(space + 1);
  if (!last.includes('-')) return false;
  // "Marie Curie-Skłodowska", "Marie Sklodowska-Curie": the full name with one part of a maiden-name form.
  // Not a given name with any notable surname as one part: "Océane Rivière-Dumas" is no Dumas.
  // Deceased notables only: a living politician's surname in a double name is too likely a private person's.
  for (const part of last.split('-')) {
    const candidate = n.slice(0, space + 1) + part;
    if (part.length > 1 && isNotableWords(candidate) && !(table as Table).living.has(candidate)) return true;
  }
  return false;
}

/** Is the normalised name (lowercase, single spaces) a notable person's? */
function isNotableWords(n: string): boolean {
  table ??= build();
  const words = n.split(' ');
  if (words.length === 1) return table.single.has(n);
  if (table.full.has(n)) return true;
  // "van Gogh", "da Vinci", "de Gaulle": particles and a notable surname.
  if (words.slice(0, -1).every((w) => PARTICLES.has(w))) return table.single.has(words[words.length - 1] as string);
  // "Napoleon Bonaparte": a notable mononym and a notable surname.
  return (
    words.length === 2 && table.full.has(words[0] as string) && table.single.has(words[0] as string) && table.single.has(words[1] as string)
  );
}

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Words of an encyclopedic or factual frame: questions about a life, a work, an era, a theory.
 * English, with the commonest German, French, Spanish, Italian, Dutch, Portuguese, Polish, Swedish,
 * Danish/Norwegian, Czech, Finnish, Turkish, Romanian and Hungarian equivalents (Polish and Czech verbs in
 * their masculine and feminine past forms). Short words that are common elsewhere ("ne", "ki", "co") are left out.
 */
const FRAME = set(`
  who whom whose when where why how what which
  biography bio life lifetime legacy history historical historian era century dynasty reign reigned ruled rule
  born birth died die dies death assassinated assassination executed buried funeral tomb grave
  theory theories theorem law laws principle equation equations paradox conjecture hypothesis model discovery
  discoveries discovered invented invention inventions contribution contributions achievements achievement
  works work wrote written write novel novels poem poems poetry play plays book books painting paintings
  painted sculpture symphony symphonies opera operas composed composer music philosophy philosopher ideas idea
  quote quotes quotation speech speeches famous known influence influenced impact role battle battles war
  wars empire kingdom president presidency emperor king queen pharaoh pope general army conquest conquered
  explain explained describe summarize summarise summary essay facts fact trivia teach lesson did historians
  compare contrast philosophies teachings beliefs views thought doctrine school movement style period
  quiz quizzes quizfragen quizfrågor quizvragen quizspørgsmål quizspørsmål
  wer wann wo warum wie was welche welcher leben werk werke starb geboren theorie geschichte gemälde bilder
  buch bücher roman romane erfindung entdeckung regierung herrschaft leistungen biografie biographie
  qui quand où pourquoi comment quel quelle quels quelles vie oeuvre œuvre œuvres mort morte né née décédé décédée théorie histoire
  tableaux livres règne découverte biographie
  quién cuándo dónde por qué qué cuál cuáles cómo vida obra obras murió nació nacido nacida muerto muerta teoría historia cuadros libros
  novela reinado descubrimiento biografía
  chi quando dove perché come quale quali cosa vita opera opere morto morta nato nata nacque scrisse dipinse
  teoria storia quadri libri romanzo
  regno scoperta biografia
  wie wanneer waar waarom hoe wat welke welk leven werk werken stierf geboren theorie geschiedenis
  schilderij schilderijen boek boeken roman prestaties regering ontdekking biografie
  quem quando onde porque porquê como qual quais vida obra obras morreu nasceu nascido nascida faleceu morte
  teoria história reinado escreveu pintou compôs fundou inventou descobriu governou biografia livros quadros
  descoberta romance
  kto kiedy gdzie dlaczego jak jaki jaka jaką jakie który która ile życie życia biografia dzieło dzieła teoria teorii teorię
  historia historii panowanie panowania śmierć urodził urodziła urodzony urodzona zmarł zmarła umarł umarła zginął
  zginęła napisał napisała namalował namalowała skomponował skomponowała założył założyła wynalazł wynalazła odkrył
  odkryła rządził rządziła panował panowała książki obrazy powieść odkrycie
  vem när var varför hur vad vilken vilket vilka född föddes dog död avled liv livet verk teori teorin historia
  historien regeringstid skrev målade komponerade grundade uppfann upptäckte regerade biografi böcker roman
  upptäckt
  hvem hvornår når hvor hvorfor hvordan hva hvad hvilken hvilket hvilke født døde død liv livet værk verk teori
  teorien historie historien regeringstid skrev malede malte komponerede komponerte grundlagde grunnla opfandt
  oppfant opdagede oppdaget regerede regjerte biografi bøger bøker opdagelse oppdagelse
  kdo kdy kde proč jak jaký jaká jaké který která život životopis dílo díla teorie dějiny narodil narodila
  zemřel zemřela napsal napsala složil složila namaloval namalovala objevil objevila vynalezl založil založila
  vládl vládla knihy obrazy objev
  kuka milloin missä miksi miten mikä mitkä elämä elämäkerta teos teokset teoria syntyi kuoli kirjoitti sävelsi
  maalasi keksi löysi perusti hallitsi kirjat romaani
  kim zaman nerede neden niçin nasıl hangi hayatı hayat biyografi eser eserleri eserler teori tarih doğdu öldü
  yazdı besteledi keşfetti kurdu hükümdarlığı kitapları
  cine când unde cum care viața biografie operă opera teoria istorie istoria născut născută murit scris
  compus pictat inventat descoperit fondat domnit domnie cărți carte
  mikor hol miért hogyan melyik élete életrajz művei elmélet történelem született meghalt írta komponálta
  festette feltalálta felfedezte alapította uralkodott könyvei regény
`);

/**
 * Words of a private context: the person is someone the writer deals with, not a subject of
 * study ("my patient John Lennon", "call Picasso at", "our client"). Not Spanish "mis": it is also
 * French "mis" ("Pasteur a mis au point …"); the nouns after it ("mis pacientes") are here.
 */
const PRIVATE = set(`
  my our your
  patient patients client clients customer customers tenant employee employees colleague coworker
  neighbour neighbor friend boss manager wife husband son daughter mother father brother sister
  appointment diagnosis diagnosed prescription treatment admitted discharged invoice account order booking
  contact call phone email emailed address lives living dob ssn passport
  mein meine unser unsere patientin kunde mon ma mes notre patiente mi nuestro paciente pacientes cliente clientes
  mio mia nostro mijn onze klant
  meu minha meus minhas nosso nossa mój moja moje mojego mojej nasz nasza nasze pacjent pacjentka pacjenta klient
  klientka klienta min mitt mina vår vårt våra patienten kund kunden klient mine vores våre pasient pasienten kunde
  můj moje náš naše pacient pacientka zákazník minun meidän potilas asiakas benim bizim müşteri hastam hastamız
  meu mea nostru noastră pacientul clientul betegem páciens ügyfél ügyfelünk
`);

/** Most words read on each side of the name, within its sentence. */
const WINDOW = 12;

/**
 * Only a space or a comma before token k: still the same sentence. A dot after a day number is a
 * German ordinal ("am 14. März 1879"), not a full stop.
 */
function sameClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (t.gap === GAP_SPACE || t.gap === GAP_COMMA) return true;
  const prev = tokens[k - 1];
  return t.gap === GAP_SENTENCE && prev !== undefined && prev.dot && /^\d{1,2}$/.test(prev.text) && t.start - prev.end <= 2;
}

/**
 * Is the mention of tokens [a, b] in an encyclopedic frame (a frame word in its sentence) with no
 * private context? Reads at most {@link WINDOW} words each side, stopping at a sentence or line break.
 */
export function encyclopedicFrame(tokens: readonly Token[], a: number, b: number): boolean {
  let frame = false;
  for (let n = 0, k = a; n < WINDOW && k > 0 && sameClause(tokens, k); n++) {
    const w = unelided((tokens[--k] as Token).lower);
    if (PRIVATE.has(w)) return false;
    frame ||= FRAME.has(w);
  }
  for (let n = 0, j = b + 1; n < WINDOW && j < tokens.length && sameClause(tokens, j); n++, j++) {
    const w = unelided((tokens[j] as Token).lower);
    if (PRIVATE.has(w)) return false;
    frame ||= FRAME.has(w);
  }
  return frame;
}

/**
 * Is the mention of tokens [a, b], a full name of two words or more, in a text a {@link STRONG_FRAME} word
 * frames, with no private word in its clause? Such a mention is scored as a living notable's: a health
 * finding or a birth date anywhere in the conversation makes it personal again.
 */
export function textFrame(tokens: readonly Token[], a: number, b: number): boolean {
  return b > a && textHasStrongFrame(tokens) && !privateContext(tokens, a, b);
}

/** French and Italian elided articles and prepositions glued to the word: "d'histoire", "dell'opera". */
const ELISION = /^(?:d|l|qu|j|n|s|c|m|t|dell|all|nell|sull|dall|un)['’]/;

function unelided(w: string): string {
  return w.length > 2 && (w.includes("'") || w.includes('’')) ? w.replace(ELISION, '') : w;
}

/**
 * Frame words that say what kind of text this is wherever they stand in it (a life, a work, a
 * school assignment), unlike the question words, which frame only their own clause. Not the words a
 * clinical text also uses ("history", "historia clínica"), nor "work", "age" or "date" in any language,
 * nor death words: a private death notice uses them too ("Giuseppe Farina morì all'ospedale …"). A full name of a
 * notable person (two words or more) in such a text is a public mention even outside their clause:
 * "¿Es cierto que Gabriel García Márquez tenía demencia? Sé que nació en Aracataca …".
 */
const STRONG_FRAME = set(`
  biography bio born essay historical historian historians century legacy reign reigned dynasty lesson
  biografie biographie biografia biografía biografi biyografi életrajz elämäkerta životopis
  geboren referat aufsatz geschichte jahrhundert
  né née exposé dissertation histoire siècle
  nació nacido nacida ensayo siglo
  nato nata nacque storia secolo
  nasceu século
  spreekbeurt werkstuk geschiedenis eeuw
  urodził urodziła wypracowanie
  född föddes uppsats århundrade
  født århundrede
  narodil narodila referát dějiny století
  syntyi esitelmä vuosisata
  doğdu ödev yüzyıl
  născut născută istorie secol
  született dolgozat történelem század
`);

let framedTokens: readonly Token[] | null = null;
let framedText = false;

/** Does the text (its tokens) hold a {@link STRONG_FRAME} word? Remembered for the last token list read. */
function textHasStrongFrame(tokens: readonly Token[]): boolean {
  if (tokens !== framedTokens) {
    framedTokens = tokens;
    framedText = false;
    for (const t of tokens) {
      if (STRONG_FRAME.has(unelided(t.lower))) {
        framedText = true;
        break;
      }
    }
  }
  return framedText;
}

/** Forgets the token list {@link textHasStrongFrame} remembers (no request text outlives its call). */
export function forgetFramedText(): void {
  framedTokens = null;
}

/** Is there a private word (my, patient, call, …) in the clause around tokens [a, b]? */
export function privateContext(tokens: readonly Token[], a: number, b: number): boolean {
  for (let n = 0, k = a; n < WINDOW && k > 0 && sameClause(tokens, k); n++)
    if (PRIVATE.has(unelided((tokens[--k] as Token).lower))) return true;
  for (let n = 0, j = b + 1; n < WINDOW && j < tokens.length && sameClause(tokens, j); n++, j++)
    if (PRIVATE.has(unelided((tokens[j] as Token).lower))) return true;
  return false;
}

/** "by", and the words other languages credit an author or artist with. */
const CREDIT = set('by von de di van par door da del');
const CLOSING_QUOTE = /["”»’'],?\s*$/;

/**
 * Is the name at tokens [a, b] credited with a quoted work ('"The Left Hand of Darkness" by Ursula K.
 * Le Guin', '«La mano izquierda» de …')? An author named for a published work is named in that public
 * role, as in an encyclopedia; a private word in the clause still makes it personal.
 */
export function creditedForWork(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  const by = tokens[a - 1];
  const before = tokens[a - 2];
  if (by === undefined || before === undefined || !CREDIT.has(by.lower) || (tokens[a] as Token).gap !== GAP_SPACE) return false;
  if (!CLOSING_QUOTE.test(text.slice(before.end, by.start))) return false;
  // A colleague's "Q3 forecast" or "invoice" is a business document, not a published work.
  for (
    let k = a - 2, n = 0;
    k >= 0 && n < WINDOW && !OPENING_QUOTE.test(text.slice((tokens[k - 1] as Token | undefined)?.end ?? 0, (tokens[k] as Token).start));
    k--, n++
  ) {
    if (BUSINESS_DOCUMENT.has((tokens[k] as Token).lower)) return false;
  }
  return !privateContext(tokens, a, b);
}

const OPENING_QUOTE = /["“«‘']\s*$/;
const BUSINESS_DOCUMENT = set(`
  report reports invoice invoices memo minutes proposal contract forecast plan budget deck slides spreadsheet
  draft ticket document doc notes summary review analysis presentation brief agenda offer quote order
  bericht rechnung angebot vertrag protokoll rapport facture devis contrat informe factura presupuesto contrato
  relazione fattura preventivo contratto verslag factuur offerte contract
`);

/** Are tokens i and j (i < j) in one clause, at most {@link WINDOW} words apart? */
export function sameClauseSpan(tokens: readonly Token[], i: number, j: number): boolean {
  if (j - i > WINDOW) return false;
  for (let k = i + 1; k <= j; k++) if (!sameClause(tokens, k)) return false;
  return true;
}
