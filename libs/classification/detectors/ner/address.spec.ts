import { detectAddresses } from './address';
import { ADDRESS_LIKELY, ADDRESS_MIN_SCORE, ADDRESS_SURE, type Entity } from './entities';
import { tokenize } from './tokens';

const lines = (text: string): string[] => {
  const out: Entity[] = [];
  detectAddresses(text, tokenize(text), out);
  return out.map((e) => text.slice(e.start, e.end));
};

describe('detectAddresses', () => {
  it.each([
    ['Jacob lives on 90 Whitchurch Road street.', ['90 Whitchurch Road']],
    [
      'send it to 1987 74 Diakou Street\n Suite 680\n Kissousa\n Cyprus 36903? Thanks',
      ['1987 74 Diakou Street', 'Suite 680', 'Kissousa', 'Cyprus 36903'],
    ],
    ['The address is 6750 Koskikatu 25 Apt. 864', ['6750 Koskikatu 25 Apt. 864']],
    ['6614 Luite tee 87\n Apt. 931', ['6614 Luite tee 87', 'Apt. 931']],
    ['lives at 86036 Rua do Arenque 1634, Goiânia', ['86036 Rua do Arenque 1634, Goiânia']],
    ['The bus station is on Villacher Strasse 89', ['Villacher Strasse 89']],
    ['He lives on the north side of Joaquin Suarez 2906.', ['Joaquin Suarez 2906']],
    ['She lives on Juniper 30, 1882 Westbury', ['Juniper 30, 1882 Westbury']],
    ['User: Hanne and ul. Więckowskiego Stefana 28', ['ul. Więckowskiego Stefana 28']],
    ['Meet me at PSC 1437, Box 3833\nAPO AA 66791', ['PSC 1437, Box 3833', 'APO AA 66791']],
    ['It is USNS Bergman\nFPO AP 93757', ['USNS Bergman', 'FPO AP 93757']],
    [
      'Ostrov nad Ohrí: 4596 Tylova 285\n Suite 578\n Ostrov nad Ohrí\n Czech Republic 56655',
      ['4596 Tylova 285', 'Suite 578', 'Ostrov nad Ohrí', 'Czech Republic 56655'],
    ],
    ['123 Main St, Springfield, IL 62704', ['123 Main St, Springfield, IL 62704']],
    // European and UK formats: street then number, number then a lowercase street word, postcode then town.
    ['Wohnt in der Hauptstraße 12, 10115 Berlin.', ['Hauptstraße 12, 10115 Berlin']],
    ['Envoyez-le au 12 rue de la Paix, 75002 Paris', ['12 rue de la Paix, 75002 Paris']],
    ['Vivo en la Calle Mayor 5, 28013 Madrid', ['Calle Mayor 5, 28013 Madrid']],
    ['Abito in Via Roma 10, 00184 Roma', ['Via Roma 10, 00184 Roma']],
    ['Ons adres: Keizersgracht 123, 1015 CJ Amsterdam', ['Keizersgracht 123, 1015 CJ Amsterdam']],
    ['Write to 10 Downing Street, London SW1A 2AA', ['10 Downing Street, London SW1A 2AA']],
    ['She lives at 221B Baker Street, London NW1 6XE.', ['221B Baker Street, London NW1 6XE']],
  ])('%p', (text, expected) => expect(lines(text)).toEqual(expected));

  it('scores street lines as addresses and a lone unit lower', () => {
    const scores = (text: string): number[] => {
      const out: Entity[] = [];
      detectAddresses(text, tokenize(text), out);
      return out.map((e) => e.score);
    };
    expect(scores('12 rue de la Paix, 75002 Paris')).toEqual([ADDRESS_SURE]);
    expect(scores('The bus station is on Villacher Strasse 89')).toEqual([ADDRESS_LIKELY]);
    expect(scores('Room 101 is on floor 3')[0]).toBeLessThan(ADDRESS_MIN_SCORE);
  });

  it.each([
    'I have 3 apples and 4 oranges',
    'Upgrade Python 3 and Windows 11, then reboot.',
    'Compare the Google Pixel 8, please.',
    'Taylor Swift 1989, the album.',
    'During 1971, the company grew.',
    'HTTP 404 at 10:30, port 8080',
    'Chapter 5 of Unit 3',
    'version 2.3.1 and build 4512',
    'We walked along the street 5 minutes',
    'Read chapter 5 of the book and section 230',
    'Franklin D. Roosevelt was born on January 30, 1882.', // a date after "on", not a street
    'The meeting is on Friday 13, 2026 edition.',
  ])('%p has no address', (text) => expect(lines(text)).toEqual([]));
});

describe('detectAddresses: a full stop after a number ends the block', () => {
  it('does not run into the next sentence', () => {
    expect(lines('Jean Sibelius kuoli Ainolassa 1957. Mitkä ovat hänen tunnetuimmat sinfoniansa?').every((l) => !l.includes('.'))).toBe(
      true,
    );
    expect(lines('Address: 376 Rákóczi út 13. Suite 104 Veszprém')).toEqual(['376 Rákóczi út 13. Suite 104 Veszprém']); // Hungarian: a full stop after the house number
  });
});

describe('detectAddresses: the block ends before a phone number', () => {
  it.each([
    ['233 Erzsébet tér 19.\n Suite 282\n Domoszló\n Hungary 34796\n(37) 788-063-Office', 'Hungary 34796'],
    ['3536 1659 Hoog St\n Apt. 839\n Brakpan\n South Africa 70651\n082 490 1693-Office', 'South Africa 70651'],
  ])('%p', (text, lastLine) => expect(lines(text).pop()).toBe(lastLine));
});
