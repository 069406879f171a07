/**
 * Veterinary text: a clinical note, a reminder or a question about an animal. Its conditions, drugs and
 * lab values are the animal's, so they make no health context for the people it names (an owner's name
 * and phone on a cat's discharge sheet are personal data, not health data: SPEC §4's PHI is about a
 * person's health). Read over the whole conversation, and only when it matters: when health terms and a
 * personal identifier were both found.
 */

/** Species, and the breeds and shorthand clinics write, in the vocabularies' languages (lower case). */
export const ANIMALS: ReadonlySet<string> = new Set(
  `dog dogs puppy puppies bitch cat cats kitten kittens tomcat canine feline horse mare gelding pony foal rabbit
  hamster parrot budgie ferret tortoise labrador retriever poodle terrier spaniel beagle dachshund collie bulldog
  husky pug chihuahua rottweiler schnauzer doberman shorthair longhair dsh dlh
  hund hunde hündin rüde welpe katze kater kätzchen pferd stute kaninchen meerschweinchen wellensittich
  chien chienne chiot chat chatte chaton cheval jument lapin
  perro perra perrito cachorro gato gata gatito caballo yegua conejo
  cane cagna cucciolo gatto gatta gattino cavallo coniglio
  hond reu teef pup kat poes kitten paard konijn
  cão cadela cachorra gata
  pies suka szczeniak kot kotka kotek koń królik
  katt valp häst kanin hest hvalp kat kanin koira kissa pentu hevonen kutya macska köpek kedi yavru
  pes fena štěně kočka kocour kůň câine cățel pisică`.split(/\s+/),
);

/** A vet, a vets' practice or veterinary care, in the vocabularies' languages. */
const VET_WORD =
  /(?<![\p{L}\p{N}])(?:vets?|veterinar(?:y|ian|ians|io|ia|i|e|ă|e)|vétérinaire|veterinário|veterinária|tierarzt|tierärzt(?:in|e|lich\w*)|tierklinik|tierarztpraxis|dierenarts|dierenkliniek|weterynarz\p{L}*|weterynaryjn\p{L}*|veterinär\p{L}*|dyrlæge\p{L}*|dyrlege\p{L}*|eläinlääkär\p{L}*|állatorvos\p{L}*|veteriner\p{L}*|veterinář\p{L}*)(?![\p{L}\p{N}])/iu;

/** "Owner:" on a line of its own: a veterinary record's owner field. */
const OWNER_LABEL =
  /(?:^|\n)[ \t]*(?:owner|besitzer(?:in)?|tierhalter(?:in)?|propriétaire|dueño|dueña|propietari[oa]|proprietari[oa]|eigenaar|tutor|właściciel(?:ka)?|ägare|ejer|eier|omistaja|gazdi|sahibi|majitel(?:ka)?|stăpân)[ \t]*:/iu;

const WORD = /\p{L}+/gu;

function namesAnimal(text: string): boolean {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) if (ANIMALS.has(m[0].toLowerCase())) return true;
  return false;
}

/** Is the conversation about an animal's care: a vet named, or an owner field next to an animal word? */
export function isVeterinary(texts: readonly string[]): boolean {
  let vet = false;
  let owner = false;
  let animal = false;
  for (const t of texts) {
    vet ||= VET_WORD.test(t);
    owner ||= OWNER_LABEL.test(t);
    animal ||= namesAnimal(t);
  }
  return animal && (vet || owner);
}
