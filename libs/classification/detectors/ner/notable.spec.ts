import { encyclopedicFrame, isNotableName } from './notable';
import { tokenize } from './tokens';

/** The frame around the first occurrence of `name` in `text`. */
function frameOf(text: string, name: string): boolean {
  const tokens = tokenize(text);
  const start = text.indexOf(name);
  const a = tokens.findIndex((t) => t.start === start);
  let b = a;
  while (b + 1 < tokens.length && (tokens[b + 1]?.start ?? Infinity) < start + name.length) b++;
  return encyclopedicFrame(tokens, a, b);
}

describe('notable people', () => {
  it.each([
    'Abraham Lincoln',
    'abraham lincoln',
    'Leonardo da Vinci',
    'Marie Curie',
    'Einstein',
    'Napoleon',
    'Napoleon Bonaparte',
    'Plato',
    'Shakespeare',
  ])('%p is a notable name', (name) => expect(isNotableName(name)).toBe(true));

  it.each(['van Gogh', 'da Vinci'])('%p (particles and a notable surname) is a notable name', (name) =>
    expect(isNotableName(name)).toBe(true),
  );

  it.each(['Jane Doe', 'John Smith', 'van Dijk', 'Müller', 'Schmidt', 'John', 'Hugo', 'Maria Gonzalez', 'Bavaria'])('%p is not', (name) =>
    expect(isNotableName(name)).toBe(false),
  );

  it.each([
    ['Who was Abraham Lincoln?', 'Abraham Lincoln'],
    ['When did Napoleon Bonaparte die?', 'Napoleon Bonaparte'],
    ["Explain Einstein's theory of relativity", 'Einstein'],
    ['Tell me about the life of Leonardo da Vinci', 'Leonardo da Vinci'],
    ['Wer war Albert Einstein?', 'Albert Einstein'],
    ['Albert Einstein wurde am 14. März 1879 in Ulm geboren.', 'Albert Einstein'], // "14." is an ordinal, not a full stop
    ['Welke schilderijen maakte Vincent van Gogh?', 'Vincent van Gogh'],
  ])('%p is an encyclopedic frame', (text, name) => expect(frameOf(text, name)).toBe(true));

  it.each([
    ['My patient John Lennon was admitted yesterday', 'John Lennon'],
    ['Who was the doctor of our client John Lennon?', 'John Lennon'],
    ['Abraham Lincoln booked a room for tomorrow', 'Abraham Lincoln'],
    ['Please email Isaac Newton the invoice', 'Isaac Newton'],
  ])('%p is not', (text, name) => expect(frameOf(text, name)).toBe(false));

  it('stops at the sentence', () => {
    expect(frameOf('History is boring. Abraham Lincoln booked a room.', 'Abraham Lincoln')).toBe(false);
  });
});

describe('regnal names in a frame', () => {
  // Imported here to keep the table-level specs above free of the classifier.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { classifyTexts } = require('../../classify') as typeof import('../../classify');
  it.each(['Who was Louis XIV?', 'Wat waren de belangrijkste prestaties van Elizabeth I?'])('%p stays public', (text) =>
    expect(classifyTexts([text]).level).toBe('public'),
  );
  it.each(['Louis XIV called me yesterday about the invoice', 'My patient Elizabeth II. Smith called'])('%p stays personal', (text) =>
    expect(classifyTexts([text]).level).toBe('confidential'),
  );
});

describe('authors credited for a quoted work, and names beside a notable one', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { classifyTexts } = require('../../classify') as typeof import('../../classify');
  it.each([
    'Try "The Left Hand of Darkness" by Ursula K. Le Guin.',
    'Prueba «La mano izquierda de la oscuridad» de Ursula K. Le Guin.',
    'Who was Miguel de Cervantes and why is Don Quixote important?',
  ])('%p stays public', (text) => expect(classifyTexts([text]).level).toBe('public'));

  it.each([
    'Review the "Q3 forecast" by Maria Keller', // a business document
    'Send "The Left Hand of Darkness" by Maria Keller to my boss', // a private word
    'Who was Miguel de Cervantes? My neighbour John Smith asked.', // another sentence, and private
    'Who was Abraham Lincoln and what did my patient John Smith say?',
  ])('%p stays personal', (text) => expect(classifyTexts([text]).level).toBe('confidential'));
});

describe('geographic features', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { classifyTexts } = require('../../classify') as typeof import('../../classify');
  it.each(['Quanto è alto il Monte Bianco?', 'How tall is Mount Everest?', 'Wie tief ist der Lago Maggiore?'])('%p stays public', (text) =>
    expect(classifyTexts([text]).level).toBe('public'),
  );
  it('a surname after the feature word is still a person', () =>
    expect(classifyTexts(['Monte Smith called me yesterday']).level).toBe('confidential'));
});

describe('notable people: short forms and frames in other languages', () => {
  it.each(['Franklin D. Roosevelt', 'Franklin Roosevelt', 'Franklin Delano Roosevelt'])(
    '%p is a notable name (the middle name as an initial, or left out)',
    (name) => expect(isNotableName(name)).toBe(true),
  );

  it.each(['Ludwig Beethoven', 'John Kennedy X.'])('%p is not (no short form of a particle or an initial)', (name) =>
    expect(isNotableName(name)).toBe(false),
  );

  it('a French "mis" (put) is no Spanish possessive: the frame holds', () => {
    expect(frameOf('Comment Louis Pasteur a-t-il mis au point le vaccin contre la rage en 1885 ?', 'Louis Pasteur')).toBe(true);
    expect(frameOf('¿Cuándo atendió Louis Pasteur a mis pacientes?', 'Louis Pasteur')).toBe(false);
  });

  it('a yes/no question about a life is a frame', () => {
    expect(frameOf('Did Franklin D. Roosevelt really have polio, as some historians argue?', 'Franklin D. Roosevelt')).toBe(true);
  });
});

describe('notable people: feminine forms of born and died', () => {
  it.each([
    ['Marie Curie est née à Varsovie en 1867 et morte en 1934.', 'Marie Curie'],
    ['Frida Kahlo fue una pintora nacida en Coyoacán.', 'Frida Kahlo'],
    ['Maria Montessori è nata a Chiaravalle.', 'Maria Montessori'],
  ])('%p is a frame', (text, name) => expect(frameOf(text, name)).toBe(true));
});

describe('living public figures (the politicians table)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { classifyTexts } = require('../../classify') as typeof import('../../classify');
  it.each(['Angela Merkel', 'Barack Obama', 'Gordon Brown', 'Marine Le Pen', 'Hillary Clinton', 'François Hollande'])(
    '%p is a notable name',
    (name) => expect(isNotableName(name)).toBe(true),
  );
  it.each([
    'Was hat Angela Merkel studiert und an welchem Institut hat sie promoviert?',
    'Summarise the main provisions of the Affordable Care Act that Barack Obama signed in 2010.',
    'Quand François Hollande a-t-il été élu président ?',
  ])('%p stays public', (text) => expect(classifyTexts([text]).level).toBe('public'));
  it.each([
    'My patient Angela Merkel was admitted yesterday',
    'Please call Gordon Brown at the office tomorrow',
    'Angela Merkel booked a room',
  ])('%p stays personal (a private word, or no encyclopedic frame)', (text) => expect(classifyTexts([text]).level).toBe('confidential'));
});

describe('a biography asked for in other languages is an encyclopedic frame', () => {
  it.each([
    ['Escribe una biografía breve de Frida Kahlo.', 'Frida Kahlo'],
    ['Rédige une courte biographie de Victor Hugo.', 'Victor Hugo'],
    ['Schreibe eine kurze Biografie über Albert Einstein.', 'Albert Einstein'],
    ['Scrivi una breve biografia di Galileo Galilei.', 'Galileo Galilei'],
  ])('%p', (text, name) => expect(frameOf(text, name)).toBe(true));
});

describe('living politicians: a health term or a date of birth makes the name personal again', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { classifyTexts } = require('../../classify') as typeof import('../../classify');
  it.each([
    'Wie geht es Angela Merkel nach der Bypass-Operation? Sie hatte einen Herzinfarkt.',
    'Wann hat Angela Schmidt-Merkel ihren Chemotherapie-Termin?', // a double name with a living politician's part
    'Gordon Brown, geboren am 20.02.1951, Diagnose: Diabetes mellitus Typ 2',
  ])('%p is PHI', (text) => expect(classifyTexts([text]).categories).toContain('PHI'));
  it('a deceased notable with an illness stays an encyclopedic fact', () => {
    expect(classifyTexts(['Did Franklin D. Roosevelt really have polio, as some historians argue?']).level).toBe('public');
  });
  it('only the best-known politicians are in the table (ids below Q30000): a backbencher with an ordinary name is not', () => {
    expect(isNotableName('Peter Müller')).toBe(false);
    expect(isNotableName('Angela Merkel')).toBe(true);
  });
});
