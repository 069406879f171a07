/**
 * Small hand-written word lists the gazetteers lack: cue words around names, street vocabulary, and
 * technical terms that look like names. Kept short and general — each entry is a kind of word, not
 * a word from a test case. All lowercase; looked up with `has(lower)`.
 */

import { LOWER, type Token } from './tokens';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Product, platform and technology names that are capitalised like names but are not in the
 * vocabulary as lowercase words (those already count as common words: docker, python, redis, …).
 */
export const TECH_TERMS = set(`
  kubernetes postgres postgresql mysql mongodb sqlite mariadb cassandra dynamodb redshift bigquery snowflake
  elasticsearch opensearch kibana grafana prometheus datadog splunk sentry jaeger terraform ansible helm istio
  nginx apache tomcat kafka rabbitmq zookeeper airflow hadoop databricks jupyter pytorch tensorflow keras numpy
  pandas scikit django fastapi nestjs nextjs nuxt svelte vite webpack eslint jest mocha typeorm prisma graphql
  javascript typescript golang kotlin scala haskell elixir erlang clojure fortran cobol matlab
  github gitlab bitbucket jira confluence jenkins circleci travis argocd vercel netlify heroku cloudflare
  openai chatgpt anthropic claude gemini llama mistral copilot huggingface
  macos ios ipados android ubuntu debian centos fedora alpine freebsd
  cloudfront cloudwatch fargate lambda kinesis sagemaker bedrock vertex firebase supabase
  okta auth0 keycloak stripe twilio sendgrid salesforce hubspot zendesk
  youtube linkedin instagram whatsapp tiktok
`);

/** Lowercase particles inside names: "Rua do Arenque", "Ludwig van Beethoven", "Chiclana de la Frontera". */
export const NAME_PARTICLES = set('de del della der den di da do dos das du la le van von ten ter bin ibn al el y');
for (const p of NAME_PARTICLES) if (!/^[a-z]+$/.test(p)) throw new Error(`a name particle must be lowercase a-z: ${p}`);
const MAX_NAME_PARTICLE = Math.max(...[...NAME_PARTICLES].map((w) => w.length));

/**
 * Is the token a name particle? Every particle is a lowercase a-z word, so a token that is one has
 * the LOWER shape: the shape is tested first, which spares nearly every capitalised word the lookup.
 */
export function isNameParticle(t: Token): boolean {
  // The length test spares most lowercase words (asked of the word after every chunk) the set lookup.
  return t.shape === LOWER && t.end - t.start <= MAX_NAME_PARTICLE && NAME_PARTICLES.has(t.text);
}

/** Capitalised words that open place names and are ordinary words elsewhere: "New Westminster", "Port Paien". */
export const PLACE_PREFIXES = set(
  'new north south east west port san santa saint st sankt upper lower great little old mount mt fort lake cape glen los las el ' +
    'monte mont lago lac rio río isla isola île ile pico cerro sierra valle val golfo cabo capo passo piz',
);
/** Words that open the name of a mountain, lake, river, island or bay in many languages: "Monte Bianco", "Lago Maggiore", "Río Grande". */
export const GEO_FEATURES = set(
  'mount mt monte mont lake lago lac rio río isla isola île ile pico cerro sierra valle golfo cabo capo passo piz',
);

/** Generational and professional suffixes that may close a person's name. */
export const NAME_SUFFIXES = set('jr sr ii iii iv phd md dds esq');
const MAX_NAME_SUFFIX = Math.max(...[...NAME_SUFFIXES].map((w) => w.length));

/** `NAME_SUFFIXES.has(lower)`, after a length test that spares most words the lookup. */
export function isNameSuffix(lower: string): boolean {
  return lower.length <= MAX_NAME_SUFFIX && NAME_SUFFIXES.has(lower);
}

/** Words that close an organisation's name, beyond compromise's own list (Inc, Bank, University, …). */
export const ORG_SUFFIXES = set(`
  technologies technology solutions software labs partners associates holdings ventures consulting systems
  networks analytics logistics pharma therapeutics biosciences studios games foods brands motors airlines
  research gmbh ag sa sarl bv nv oy ab as aps spa srl kg plc llp lp pty pvt inc corp co ltd llc incorporated
`);

/**
 * Street vocabulary across languages: a capitalised word next to one of these is an address part.
 * English entries follow the USPS street suffixes (Publication 28), singular and plural, minus
 * those that are also common surnames or ordinary words (Key, Light, Wall, Wells, Run, …).
 */
export const STREET_WORDS = set(`
  street streets st road roads rd avenue ave av drive drives dr lane ln boulevard blvd way ways court ct courts
  place pl terrace square squares parkway pkwy highway hwy crescent close gardens grove groves row walk alley
  mews circle circles cir trail trails plaza pass extensions extension gateway parks park coves cove crossing
  heights hill hills annex arcade bayou bend bluff bluffs branch brook brooks burg burgs bypass causeway cliff
  cliffs corner corners crest crossroad curve dale divide estate estates expressway falls ferry flat flats
  forge forges fork forks freeway glen glens green greens harbor harbors haven hollow inlet junction
  junctions knoll knolls landing loop mall manor manors meadow meadows motorway neck orchard oval overpass
  passage path pike plain plains prairie ramp ranch rapids ridge ridges route shoal shoals shore shores
  skyway spur spurs stravenue summit throughway trace trafficway tunnel turnpike underpass viaduct vista
  strasse straße str gasse weg allee platz ring damm ufer
  rua avenida avda calle carrer via viale vicolo strada piazza corso largo rue chemin allée quai
  vej gade gata gatan vägen väg katu tie kuja polku veien vei gata
  utca út tér ulica ul aleja osiedle ulice náměstí třída
`);

/** Unit and postal-box words inside an address line ("Apt. 864", "Suite 501", "PSC 0413, Box 8144"). */
export const UNIT_WORDS = set('apt apartment suite unit box psc floor fl flat room bldg building po');

/** Words right before a name that say "a person follows". */
export const PERSON_BEFORE = set(`
  dear hi hello hey thanks thank regards cc attn attention
  named called call meet met ask asked tell told contact contacted emailed email phone phoned
  by with from to for and or said says
`);

/** Words right after a name that say "that was a person". */
/**
 * Roles a transcript or a form names its speakers and parties by ("Konsultant: …", "Müşteri: …"), in the
 * languages the clinical vocabulary covers and a few more: nouns, not names. English ones the lexicon
 * knows already. Lower case, folded only as the tokenizer lowercases (accents kept).
 */
export const ROLE_NOUNS = set(`
  kunde kundin berater beraterin mitarbeiter mitarbeiterin sachbearbeiter sachbearbeiterin anrufer anruferin
  bearbeiter agentin moderator moderatorin interviewer interviewerin befragter befragte sprecher sprecherin
  client cliente clienta klient klientka klientin conseiller conseillère agent agente opérateur opératrice
  operador operadora operatore operatrice operator operátor operátorka asesor asesora consulente consultor
  consultora konsultant konsultantka konsulent rådgiver rådgivare handläggare handlægger saksbehandler
  kund asiakas asiakaspalvelija myyjä müşteri temsilci danışman operatör zákazník zákaznice poradce
  poradkyně pracownik pracownica doradca doradczyni użytkownik użytkowniczka utilisateur utilisatrice
  usuario usuaria utente utilizador utilizadora gebruiker gebruikster medewerker medewerkster klant
  adviseur behandelaar beller appelant appelante interlocuteur interlocutrice chamador chamadora llamante
  chiamante vendedor vendedora vendeur vendeuse verkäufer verkäuferin verkoper sprzedawca säljare sælger
  selger satıcı prodavač ügyfél ügyintéző tanácsadó felhasználó clientul consultant consultantul
  operatorul utilizator utilizatorul
`);

export const PERSON_AFTER = set('said says told asked wrote replied explained added is was has had will would');

/** Words right before a place name. */
export const LOCATION_BEFORE = set(`
  in from to at near into towards toward across around outside inside via
  visit visiting visited reach reached fly flew travel travelling traveling moved move
`);

/** Words right before an organisation. */
export const ORG_BEFORE = set('for at joined join employed');
