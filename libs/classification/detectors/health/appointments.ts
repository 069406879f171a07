import { sentenceAround } from '../context';

/**
 * Appointments with a clinical specialty ("your appointment at the psychiatry clinic", "consulta de
 * Psiquiatria", "Termin in der onkologischen Ambulanz"): that someone is seen by a psychiatrist, an
 * oncologist or an HIV clinic is health information, so the specialty counts as health context (with
 * the person's name or number in the conversation the request is PHI, as HIPAA counts appointment data).
 * The specialties are a kind of the clinical vocabulary (`specialty`, scripts/clinical-vocab/specialties.mjs),
 * found by the one-pass term scan; this is their requirement: an appointment word in the same sentence,
 * within a few words. A specialty alone ("the oncology department is on floor 3") and an appointment alone
 * ("the plumber's appointment") are no health context. Read only around a specialty word (rare), so
 * ordinary text pays nothing.
 */

/** Appointment words (en, de, fr, es, it, pt, nl, pl, sv, da/no), as whole words, case folded. */
const APPOINTMENT =
  /(?<![\p{L}\p{N}])(?:appointments?|appts?|consultations?|consults?|check-?ups?|clinics?|visits?|termine?n?|sprechstunde|ambulanz|rendez-vous|rdv|citas?|consultas?|appuntament[oi]|visita|afspra(?:ak|ken)|spreekuur|polikliniek|poli|wizyt[aęy]|poradni[aę]?|konsultacj[aęi]|besök(?:et)?|mottagning(?:en)?|tid hos|time hos|klinik(?:en)?|clinique|cl[ií]nica|unidade?|unità|ambulatorio|ambulatório|consult[oó]rio|booked|scheduled|rescheduled|referral|referred|überweisung|überwiesen)(?![\p{L}\p{N}])/iu;

/** Farthest the appointment word may sit from the specialty, before or after it (a few words). */
const NEAR = 60;

/** Is there an appointment word within NEAR characters of the specialty `text[start, end)`, in its sentence? */
export function nearAppointment(text: string, start: number, end: number): boolean {
  const [from, to] = sentenceAround(text, start, end, NEAR);
  return APPOINTMENT.test(text.slice(from, start)) || APPOINTMENT.test(text.slice(end, to));
}
