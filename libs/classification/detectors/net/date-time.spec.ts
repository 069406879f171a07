import type { Span } from '../types';
import {
  DATE_SCORE,
  DATE_WITH_TIME_SCORE,
  DOB_SCORE,
  LOOSE_DATE_SCORE,
  MONTH_YEAR_SCORE,
  MONTH_YY_SCORE,
  detectDateTimes,
} from './date-time';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectDateTimes(text, out);
  return out.sort((a, b) => a.start - b.start).map((s) => [text.slice(s.start, s.end), s.score]);
};

const MB = 1 << 20;

describe('detectDateTimes', () => {
  it.each([
    // Presidio's DateRecognizer formats and scores
    ['Today is 5-20-2021', '5-20-2021', DATE_SCORE],
    ['Today is 5/20/2021', '5/20/2021', DATE_SCORE],
    ['Today is 2021-05-21', '2021-05-21', DATE_SCORE],
    ['Today is 21.5.2021', '21.5.2021', DATE_SCORE],
    ['Today is 21.5.21', '21.5.21', DATE_SCORE],
    ['Today is 5-MAY-2021', '5-MAY-2021', DATE_SCORE],
    ['Today is 05/21/21', '05/21/21', DATE_SCORE],
    ['Today is 21/5/21', '21/5/21', DATE_SCORE],
    ['Today is May-21', 'May-21', DATE_SCORE],
    ['Today is 21-May', '21-May', DATE_SCORE],
    ['Today is May-2021', 'May-2021', DATE_SCORE],
    ['Today is 05/21', '05/21', MONTH_YY_SCORE],
    ['Today is 5/2021', '5/2021', MONTH_YEAR_SCORE],
    ["Today is,5/21,and it's sunny", '5/21', MONTH_YY_SCORE],
    ['Today is 2024-06-05T09:15:30.500-07:00 or not?', '2024-06-05T09:15:30.500-07:00', DATE_WITH_TIME_SCORE],
    ['Today is 2024-03-15T14:30:00.123456Z or not?', '2024-03-15T14:30:00.123456Z', DATE_WITH_TIME_SCORE],
    ['2024-03-15T14:30Z', '2024-03-15T14:30Z', DATE_WITH_TIME_SCORE],
    ['logged 2000-04-16 11:34:35 by cron', '2000-04-16 11:34:35', DATE_WITH_TIME_SCORE],
    // spelled-out dates
    ['May 1st, 1977', 'May 1st, 1977', DATE_SCORE],
    ['I bought my car on May 1st, 1977', 'May 1st, 1977', DATE_SCORE],
    ['due 15 January 2024.', '15 January 2024', DATE_SCORE],
    ['Released in March 2023', 'March 2023', DATE_SCORE],
    ['I bought my car in 1972.', '1972', LOOSE_DATE_SCORE],
    ['I bought my car in May', 'May', LOOSE_DATE_SCORE],
    ['year 1972', '1972', LOOSE_DATE_SCORE],
    ['See you on Tuesday', 'Tuesday', LOOSE_DATE_SCORE],
    // a date of birth is a date after a birth cue, scored higher
    ['DOB 1980-02-03', '1980-02-03', DOB_SCORE],
    ['D.O.B.: 02/03/1980', '02/03/1980', DOB_SCORE],
    ['date of birth is 3.2.80', '3.2.80', DOB_SCORE],
    ['born on February 3, 1980', 'February 3, 1980', DOB_SCORE],
    ['Born 3rd of Feb 1980 in Leeds', '3rd of Feb 1980', DOB_SCORE],
    ['birthdate: Mar. 3 1980', 'Mar. 3 1980', DOB_SCORE],
    ['DOB 03/14/1970, HbA1c 8.1%', '03/14/1970', DOB_SCORE],
    ['geb. 14.03.1970', '14.03.1970', DOB_SCORE],
    ['geboren am 14.03.1970', '14.03.1970', DOB_SCORE],
    ['né le 14/03/1970', '14/03/1970', DOB_SCORE],
    ['Née le 14.03.1970', '14.03.1970', DOB_SCORE],
    ['fecha de nacimiento: 14/03/1970', '14/03/1970', DOB_SCORE],
    ['F. nac. 14-03-1970', '14-03-1970', DOB_SCORE],
    ['data di nascita 14/03/1970', '14/03/1970', DOB_SCORE],
    ['Born March 14, 1970', 'March 14, 1970', DOB_SCORE],
    ['DOB: 1970-03-14', '1970-03-14', DOB_SCORE],
    ["Please tell me your date of birth. It's 6/24/1991", '6/24/1991', DOB_SCORE],
    ['Her birthday is on 14 March 1970', '14 March 1970', DOB_SCORE],
    // compact YYYYMMDD only after a birth cue (claim records, registration forms)
    ['304-C4 Date of Birth: 19790922', '19790922', DOB_SCORE],
    ['Geburtsdatum: 19790922', '19790922', DOB_SCORE],
    ['fecha de nacimiento 19790922', '19790922', DOB_SCORE],
    ['The idea was born on a beach; the launch is 3/4/2020', '3/4/2020', DATE_SCORE], // cue in another clause
    ['ne le 14/03/1970', '14/03/1970', DATE_SCORE], // French "ne le", not "né le"
  ])('finds in %p: %p at %p', (text, value, score) => expect(found(text)).toEqual([[value, score]]));

  it.each([
    'Today is2024-06-05T09:15:30.500-07:00',
    'Today is5/21',
    'DOB 1980-02-03-04',
    'DOB unknown',
    'adobe 2020-01-01x',
    'upgrade to v2.3.11, or 1.2.3.4', // versions
    'python 3.11.4, node 18.12.1, django 4.2.10',
    'version 12.10.21',
    '192.168.1.1 and 10.0.0.1',
    '3/4 cup, 24/7, 50/50',
    '12-34-56',
    'HTTP 404 at 10:30, port 8080',
    'may 5 people come?', // the verb
    'Dan May has a bank account.',
    'Mr. May',
    'completed in 2000 ms',
    'Mayor and Marching band',
    '2021-13-01 and 2021-12-32',
    'Order 19790922 shipped', // a compact date without a birth cue is a number
    'DOB: 19791322', // no such month
    'DOB: 197909221', // nine digits
    'DOB: ID-19790922',
    '',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it('finds weekday names as whole words only, first letter in either case', () => {
    expect(found('monday, Friday and Sundays; MONDAY, xTuesday, Wednesday_1, Saturday.')).toEqual([
      ['monday', LOOSE_DATE_SCORE],
      ['Friday', LOOSE_DATE_SCORE],
      ['Saturday', LOOSE_DATE_SCORE],
    ]);
  });

  it.each([
    ['a long digit run', '1'.repeat(MB)],
    ['repeated dot separators', '1.'.repeat(MB / 2)],
    ['repeated slashes', '1/'.repeat(MB / 2)],
    ['repeated dashes', '12-'.repeat(MB / 3)],
    ['date-like chains', '2024-01-15T'.repeat(MB / 11)],
    ['month names', 'May 1 '.repeat(MB / 6)],
    ['ordinals', '1st of '.repeat(MB / 7)],
    ['prepositions', 'in '.repeat(MB / 3)],
    ['birth cues', 'DOB '.repeat(MB / 4)],
    ['one huge token', 'a'.repeat(MB)],
  ])('scans 1 MB of %s', (_name, input) => {
    const out: Span[] = [];
    detectDateTimes(input, out);
    expect(out.length).toBeGreaterThanOrEqual(0);
  });
});
