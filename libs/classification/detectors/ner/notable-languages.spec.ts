import { findEntities } from './detect';
import { NOTABLE_LIVING_SCORE, NOTABLE_SCORE } from './entities';
import { isNotableName } from './notable';

const persons = (text: string): [string, number][] =>
  findEntities(text)
    .filter((e) => e.type === 'PERSON')
    .map((e) => [text.slice(e.start, e.end), e.score]);

describe('encyclopedic questions in Portuguese, Polish, Swedish, Danish and Norwegian', () => {
  it.each([
    ['Quem foi Marie Curie?', 'Marie Curie'],
    ['Como morreu Frédéric Chopin?', 'Frédéric Chopin'],
    ['Quando morreu Luís de Camões?', 'Luís de Camões'],
    ['Kiedy zmarł Frédéric Chopin?', 'Frédéric Chopin'],
    ['Jaką teorię opracował Albert Einstein?', 'Albert Einstein'],
    ['Vem var Selma Lagerlöf?', 'Selma Lagerlöf'],
    ['När dog Astrid Lindgren?', 'Astrid Lindgren'],
    ['Hvornår døde Hans Christian Andersen?', 'Hans Christian Andersen'],
    ['Hvem var Søren Kierkegaard?', 'Søren Kierkegaard'],
    ['Hva skrev Henrik Ibsen?', 'Henrik Ibsen'],
    ['Gör fem quizfrågor om Alfred Nobel.', 'Alfred Nobel'],
  ])('%p names a notable person', (text, name) => expect(persons(text)).toEqual([[name, NOTABLE_SCORE]]));

  // hard negatives: a private word keeps the same names personal
  it.each([
    'Meu paciente Fernando Pessoa tem febre',
    'Mój pacjent Frédéric Chopin ma gorączkę, kiedy zmarł jego ojciec?',
    'Min kund Alfred Nobel ringde, när dog hans far?',
    'Min patient Henrik Ibsen, hvornår blev han født?',
    'Mein Patient Ludwig van Beethoven ist gestern verstorben.',
    // death notices and instructions: "verstorben", "morì" and "compose" are no encyclopedic frame
    'Hans Beck ist am Dienstag im Klinikum verstorben, Todesursache Herzinfarkt.',
    "Giuseppe Farina morì all'ospedale Molinette dopo un infarto, aveva il diabete.",
    'Compose a short note to Anna Sundström saying her HIV test came back positive.',
  ])('%p stays personal', (text) => expect(persons(text).every(([, s]) => s > NOTABLE_SCORE)).toBe(true));
});

describe('a notable name followed by an office or a noun the chunk took along', () => {
  it.each([
    ['Wie lange war Angela Merkel Bundeskanzlerin', 'Angela Merkel'],
    ['Wann wurde Helmut Kohl Bundeskanzler?', 'Helmut Kohl'],
    // a compound on the surname, in a language that does not capitalise nouns as German does
    ['Varför instiftade Alfred Nobel Nobelpriset, och i vilken stad dog han?', 'Alfred Nobel'],
  ])('%p is the notable mention %p', (text, name) =>
    expect(persons(text)).toEqual([[name, name === 'Angela Merkel' ? NOTABLE_LIVING_SCORE : NOTABLE_SCORE]]),
  );

  it.each([
    'Wie lange war Anna Müller Bundeskanzlerin?',
    'Angela Merkel Bundeskanzlerin, bitte rufen Sie mich an, mein Termin',
    // an unknown word after a notable full name may be a surname: somebody else's full name
    'Wann starb Alfred Nobel Okafor?',
  ])('%p stays personal', (text) => expect(persons(text).every(([, s]) => s > NOTABLE_SCORE)).toBe(true));
});

describe('hyphenated maiden-name forms of a notable name', () => {
  it.each(['Marie Sklodowska-Curie', 'Marie Curie-Skłodowska'])('%p is a notable name', (name) => expect(isNotableName(name)).toBe(true));
  it.each(['Océane Rivière-Dumas', 'Anna Müller-Lüdenscheidt', 'Maria Keller-Einstein'])('%p is not', (name) =>
    expect(isNotableName(name)).toBe(false),
  );
});

describe('frames beyond the clause, elided words, credits and a name repeated', () => {
  it.each([
    // a biographical word elsewhere in the text frames a notable full name
    ['¿Es cierto que Gabriel García Márquez tenía demencia? Sé que nació en Aracataca y murió en 2014.', 'Gabriel García Márquez'],
    ['Ich halte ein Referat. Ludwig van Beethoven wurde taub; was sagt die Forschung?', 'Ludwig van Beethoven'],
    // French elision: "d'histoire" is "histoire"
    [
      "Rédige un paragraphe d'histoire politique sur le secret médical de François Mitterrand : cancer de la prostate.",
      'François Mitterrand',
    ],
    // a comma between the quoted work and the credit
    ['No "Ensaio sobre a Cegueira", de José Saramago, o primeiro cego fica cego.', 'José Saramago'],
  ])('%p names the notable %p', (text, name) => expect(persons(text).some(([n, sc]) => n === name && sc <= NOTABLE_SCORE)).toBe(true));

  it('the same notable named again outside a frame is the same mention', () =>
    expect(persons('We gaan naar het Anne Frank Huis. Kun je uitleggen wie Anne Frank was?')).toEqual([
      ['Anne Frank', NOTABLE_SCORE],
      ['Anne Frank', NOTABLE_SCORE],
    ]));

  it.each([
    // a private word in the clause still wins over a frame elsewhere
    'Mein Patient Ludwig van Beethoven hat Fieber. Er wurde 1950 geboren.',
    // a single word is framed only in its clause
    'Monet called again today. He was born in 1960.',
    // a question word frames only its clause
    'Albert Einstein has diabetes. What should he eat?',
  ])('%p stays personal', (text) => expect(persons(text).every(([, s]) => s > NOTABLE_SCORE)).toBe(true));
});

describe('a public office before a name', () => {
  it.each([
    ['President Christine Lagarde told reporters in Frankfurt that inflation was easing.', 'Christine Lagarde'],
    ['BERLIN (dpa) - Bundeskanzlerin Angela Merkel hat den Präsidenten empfangen.', 'Bundeskanzlerin Angela Merkel'],
    ['Regierungssprecher Steffen Seibert erklärte, es gehe ihr gut.', 'Regierungssprecher Steffen Seibert'],
    ['Minister Anna Kowalska signed the bill on Tuesday.', 'Anna Kowalska'],
  ])('%p names a public figure, who may be living', (text, name) => expect(persons(text)).toContainEqual([name, NOTABLE_LIVING_SCORE]));

  it.each([
    'Our president John Miller has asked for the file.', // a private word in the clause
    'Minister Kowalska signed it.', // one word: too little to tell a person
    'Dear CEO Jan Nowak, the invoice is attached.', // a company role is no public office
  ])('%p stays personal', (text) => expect(persons(text).every(([, s]) => s > NOTABLE_SCORE)).toBe(true));
});
