/**
 * Text that says its data is made up: placeholders, fixtures, fake or sample data, in the vocabularies'
 * languages ("Use only documented placeholder data", "Beispiel-JSON mit den üblichen Platzhaltern",
 * "seed fixture", "all data is fake"). Read only where a value could be nothing else than a stand-in
 * anyway (an address at a documentation domain, a fictional 555-01xx number) or is a conventional
 * stand-in name (Jane Doe, Max Mustermann): there it decides that the value identifies no one. Not the bare
 * words for "example" (zum Beispiel, por ejemplo, par exemple), nor "fake", "dummy" or "mock" without a data
 * noun after them ("a dummy run", "a mock drill"): every language says them in private text too.
 */
export const PLACEHOLDER_CONTEXT =
  /placeholders?|platzhalter|espace réservé|marcador de posición|segnaposto|tijdelijke aanduiding|fixtures?\b|\bseed(?:s|ed)? (?:data|fixture)|sample data|test data|testdaten|beispiel(?:daten|-json|werte)|données d'exemple|datos de ejemplo|dati di esempio|voorbeelddata|przykładowe dane|exempeldata|eksempeldata|lorem ipsum|\b(?:fake|dummy|mock(?:ed)?|fictional|fictitious|made[- ]up|fiktive?|fictives?|ficticios?|fittizi)[ \t]+(?:data|daten|données|datos|dati|names?|namen|noms|nombres|nomi|patients?|patienten|persons?|people|users?|customers?|records?|values|entries|address(?:es)?|adressen|emails?|numbers?|details|contacts?)\b/i;

/** Conventional stand-in surnames (and the whole stand-in names whose surname is also a real one). */
const STAND_IN =
  /\b(?:doe|mustermann|musterfrau|bloggs|modaal|meikäläinen|nordmann|normalverbraucher|test ?(?:patient(?:in)?|user|person|customer|kunde))\b/i;

/** Is `name` a conventional stand-in name ("Jane Doe", "Max Mustermann", "Ola Nordmann", "Test Patient")? */
export function isStandInName(name: string): boolean {
  // "Test" alone is a stand-in ({ name: 'Test Patient' } read as "Test"); "Anna Test" may be a surname.
  return STAND_IN.test(name) || name.trim().toLowerCase() === 'test';
}

/** Stand-in streets and towns ("Musterstraße 1, 12345 Musterstadt", "Beispielweg 2"). */
const STAND_IN_PLACE = /muster(?:straße|strasse|weg|gasse|platz|stadt|hausen|dorf)|beispiel(?:straße|strasse|weg|stadt)/i;

export function isStandInPlace(place: string): boolean {
  return STAND_IN_PLACE.test(place);
}

/** A phone number of ascending digits ("0123 456789", "+49 123 456789"): a stand-in. */
export function isStandInNumber(number: string): boolean {
  return number.replace(/\D/g, '').includes('123456789');
}
