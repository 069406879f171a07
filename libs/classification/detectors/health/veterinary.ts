import { sentenceAround } from '../context';

/**
 * Veterinary text: a clinical note, a reminder or a question about an animal. Its conditions, drugs and
 * lab values are the animal's, so they make no health context for the people it names (an owner's name
 * and phone on a cat's discharge sheet are personal data, not health data: SPEC §4's PHI is about a
 * person's health). Read per text, and only for a text that holds a health finding.
 */

/**
 * Species, and the breeds and shorthand clinics write, in the vocabularies' languages (lower case). Not the
 * words that are also something else: cat (a CAT scan), chat, cane (a walking cane), husky, kat, pony, pes.
 */
export const ANIMALS: ReadonlySet<string> = new Set(
  `dog dogs puppy puppies kitten kittens tomcat canine feline horse mare gelding foal rabbit
  hamster parrot budgie ferret tortoise labrador retriever poodle terrier spaniel beagle dachshund collie bulldog
  pug chihuahua rottweiler schnauzer doberman shorthair longhair dsh dlh
  hund hunde hündin rüde welpe katze kater kätzchen pferd stute kaninchen meerschweinchen wellensittich
  chien chienne chiot chatte chaton cheval jument lapin
  perro perra perrito cachorro gato gata gatito caballo yegua conejo
  cagna cucciolo gatto gatta gattino cavallo coniglio
  hond reu teef poes paard konijn
  cão cadela cachorra
  szczeniak kotka kotek koń królik
  katt valp häst kanin hest hvalp koira kissa pentu hevonen kutya macska köpek kedi
  fena štěně kočka kocour kůň câine cățel pisică`.split(/\s+/),
);

/** A vet's practice or veterinary care, in the vocabularies' languages. Not "vet" (a veteran; to vet). */
const VET_WORD =
  /(?<![\p{L}\p{N}])(?:veterinar(?:y|ian|ians|io|ia)|vétérinaire|veterinário|veterinária|tierarzt|tierärzt(?:in|e|lich\p{L}*)|tierklinik|tierarztpraxis|dierenarts|dierenkliniek|weterynarz\p{L}*|weterynaryjn\p{L}*|veterinär\p{L}*|dyrlæge\p{L}*|dyrlege\p{L}*|eläinlääkär\p{L}*|állatorvos\p{L}*|veteriner\p{L}*|veterinář\p{L}*)(?![\p{L}\p{N}])/iu;

/** "Owner:" on a line of its own: a veterinary record's owner field (not "Tutor", a child's guardian). */
const OWNER_LABEL =
  /(?:^|\n)[ \t]*(?:owner|besitzer(?:in)?|tierhalter(?:in)?|propriétaire|dueño|dueña|propietari[oa]|proprietari[oa]|eigenaar|właściciel(?:ka)?|ägare|ejer|eier|omistaja|gazdi|sahibi|majitel(?:ka)?|stăpân)[ \t]*:/iu;

/** A person's own harm from an animal (a bite, a scratch, a zoonosis): a human patient, whatever the animal. */
const HUMAN_HARM =
  /bit(?:e|es|ten)\b|scratch|zoono|contagi|infect|ansteck|brucell|toxoplasm|hiv\b|giardia|pregnan|enceinte|schwanger|embarazada|incinta|zwanger|gravid|rabies|tollwut|rage\b|rabia|rabbia|hondsdolheid|wścieklizn|psittacos|leptospir|allerg|biss|morsur|mordedura|morso|beet\b|ugryzi/iu;

/** A person addressed or dated as a patient (Mrs., Herr, Pz., a date of birth): a human record, whatever else it names. */
const HUMAN_PATIENT =
  /(?<![\p{L}\p{N}])(?:mrs?|ms|herr|frau|mme|sra?|sig\.ra|pz|dob|date of birth|geb\.|geboren am|née? le|nacid[oa] el)(?![\p{L}\p{N}])/iu;

const WORD = /\p{L}+/gu;

function namesAnimal(text: string): boolean {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) if (ANIMALS.has(m[0].toLowerCase())) return true;
  return false;
}

/**
 * Is this text an animal's care record: it names a veterinarian or holds an owner field, names a species or a
 * breed, and tells of no person's harm from an animal nor addresses or dates a person as a patient? Judged per
 * text: a health finding counts as a person's unless the text it stands in is such a record, so a tool
 * described as finding a veterinarian, or a tag in metadata, cannot switch the health context of the messages off.
 */
export function isVeterinaryText(text: string): boolean {
  return !HUMAN_HARM.test(text) && !HUMAN_PATIENT.test(text) && (VET_WORD.test(text) || OWNER_LABEL.test(text)) && namesAnimal(text);
}

/**
 * A person spoken of in a sentence: a first-person or a personal pronoun, an owner who "has", "had", "is" or
 * "reports" something, a form of address. ("Owner note: Karen herself was diagnosed with breast cancer", "I,
 * Jonas Keller, am having chemotherapy", "Madame est enceinte".)
 */
const PERSON_IN_SENTENCE =
  /(?<![\p{L}\p{N}])(?:i|i'm|ich|je|j'|yo|io|ik|jag|jeg|minä|eu|she|he|her|his|herself|himself|elle|ella|él|lei|lui|sie|zij|hij|hon|han|hun|madame|monsieur|dr\.?|owner (?:has|had|is|was|reports|takes)|besitzer(?:in)? (?:hat|ist|war|nimmt))(?![\p{L}\p{N}])/iu;

/** Farthest a health finding's sentence is read, each side. */
const SENTENCE_RADIUS = 240;

/**
 * In an animal's care record (`isVeterinaryText`), is the health finding at [start, end) the animal's? Not when
 * its sentence speaks of a person (`PERSON_IN_SENTENCE`) or names one (`personIn(a, b)`, the caller's
 * personal findings): "Michael Brown was diagnosed with epilepsy" in a vet's reminder is his.
 */
export function isAnimalsFinding(text: string, start: number, end: number, personIn: (a: number, b: number) => boolean): boolean {
  const [a, b] = sentenceAround(text, start, end, SENTENCE_RADIUS);
  return !PERSON_IN_SENTENCE.test(text.slice(a, b)) && !personIn(a, b);
}
