import { isVeterinaryText } from './veterinary';

describe('isVeterinaryText', () => {
  it.each([
    ['My dog Bella was diagnosed with hip dysplasia; the veterinarian prescribed carprofen 75 mg.'],
    ['Unser Hund hat Hüftdysplasie, die Tierärztin verschrieb Carprofen.'],
    ['Notre chatte a une hyperthyroïdie, le vétérinaire a prescrit du méthimazole.'],
    ['Patient: Mochi, 4 y FS domestic shorthair\nOwner: Rachel Abernethy, 07723 590 148\nDx: hyperthyroidism'],
  ])('%p is about an animal', (text) => expect(isVeterinaryText(text)).toBe(true));

  it.each([
    // an animal without a vet or an owner field: a person's health may be the subject
    ['Mi hijo Iker se ha tragado una pastilla de Apoquel 16 mg del perro. ¿Voy a urgencias?'],
    // "vet" is also a veteran, and "to vet"; "cat" a CAT scan, "cane" a walking cane
    ['Robert Haines is an Army vet with PTSD; his service dog Max helps with panic attacks.'],
    ['81 yo vet, ambulates with a cane, CHF, on furosemide 40 mg daily. VA chat log.'],
    // a person's harm from an animal: bites, scratches, zoonoses
    ['ED note: Maria Lopez, dog bite to left forearm; rabies vaccination confirmed by the veterinarian.'],
    ['Informe: Lucía Martín, veterinaria de profesión, brucelosis por contagio de un perro.'],
    // a person addressed or dated as a patient in the same text
    ['Mrs. Helen Carter, 79, post hip replacement; her dog visited, cleared by the veterinarian.'],
    ['Patient Anna Roth, DOB 1950-02-01, diabetes; her dog is with the veterinarian.'],
    // a ticket's owner field is no pet owner's
    ['Owner: IT Support\nUser Lisa Ford is on sick leave after chemotherapy.'],
  ])('%p is not', (text) => expect(isVeterinaryText(text)).toBe(false));
});
