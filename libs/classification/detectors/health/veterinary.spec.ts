import { isVeterinary } from './veterinary';

describe('isVeterinary', () => {
  it.each([
    ['My dog Bella was diagnosed with hip dysplasia; the vet prescribed carprofen 75 mg.'],
    ['Unser Hund hat Hüftdysplasie, die Tierärztin verschrieb Carprofen.'],
    ['Notre chatte a une hyperthyroïdie, le vétérinaire a prescrit du méthimazole.'],
    ['Patient: Mochi, 4 y FS domestic shorthair\nOwner: Rachel Abernethy, 07723 590 148\nDx: hyperthyroidism'],
  ])('%p is about an animal', (text) => expect(isVeterinary([text])).toBe(true));

  it.each([
    // an animal without a vet or an owner field: a person's health may be the subject
    ['Mi hijo Iker se ha tragado una pastilla de Apoquel 16 mg del perro. ¿Voy a urgencias?'],
    // a vet without an animal word
    ['Dr. Vet is my GP; my HbA1c was 8.1 %.'],
    ['Patient: Jane Doe, HbA1c 8.1 %, metformin 500 mg'],
  ])('%p is not', (text) => expect(isVeterinary([text])).toBe(false));

  it('reads the whole conversation', () =>
    expect(isVeterinary(['Our cat Luna stopped eating.', 'The vet found kidney disease, creatinine 3.1 mg/dL.'])).toBe(true));
});
