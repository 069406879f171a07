import { findEntities } from './detect';

const persons = (text: string): string[] =>
  findEntities(text)
    .filter((e) => e.type === 'PERSON')
    .map((e) => text.slice(e.start, e.end));

describe('eponyms are not people: a name before a clinical noun names a procedure, a sign or a disease', () => {
  it.each([
    'What is an Ivor Lewis oesophagectomy?',
    'When is a Whipple procedure indicated?',
    "Is Barrett's oesophagus precancerous?",
    'What is a normal Apgar score?',
    "Symptoms of Cushing's syndrome",
    "What is the treatment for Cushing's syndrome?",
    "Patients with Crohn's disease often need surgery",
    'Explain the Heimlich manoeuvre and the Kocher maneuver',
    'A positive Babinski sign in adults',
    'Wells score and Ottawa ankle rules',
    'Nach einer Billroth Operation',
    'Was ist Morbus Basedow?',
    'Le syndrome de Cushing et la maladie de Crohn',
    "Qu'est-ce que la manœuvre de Heimlich ?",
    'Maniobra de Heimlich',
    'Síntomas de la enfermedad de Addison',
    'Sintomi della malattia di Hashimoto',
    'Risks of a Hartmann procedure versus a Nissen fundoplication',
    'Mortality after Ivor Lewis esophagectomy',
  ])('%p', (text) => expect(persons(text)).toEqual([]));

  // hard negatives: people stay people
  it.each([
    ['Dr Ivor Lewis operated on the patient', ['Ivor Lewis']],
    ['Dr Ivor Lewis oesophagectomy outcomes', ['Ivor Lewis']],
    ['My patient Maria Keller test results are back', ['Maria Keller']],
    ["Maria Keller's operation went well", ['Maria Keller']],
    ["Maria's operation went well", ['Maria']],
    ['Send Maria Keller the test results', ['Maria Keller']],
    ['Mrs Keller test results', ['Keller']],
    ['My name is Anna Whipple', ['Anna Whipple']],
  ])('%p keeps %p', (text, expected) => expect(persons(text)).toEqual(expected));
});

describe('only eponym names make an eponym: patients before a clinical noun stay people', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { classifyTexts } = require('../../classify') as typeof import('../../classify');
  it.each([
    'Anna Berger test results: positive for hepatitis C',
    'Re: Anna Berger surgery date - she is HIV positive, please take precautions',
    'OR schedule: 08:00 John Smith surgery (lap chole), 10:30 Maria Keller hernia repair',
    'Anna Berger Operation am Montag geplant, Diagnose Mammakarzinom',
    'Anna Berger score on the PHQ-9 was 22 (severe depression)',
    'Referral: Berger procedure on 12.03.2025 for colon cancer',
  ])('%p stays PHI', (text) => expect(classifyTexts([text]).categories).toContain('PHI'));
});
