// Template plumbing for gen.mjs.
import { pick } from './lib.mjs';

export const MODELS = ['auto', 'gpt-4o-mini', 'support-chat', 'sim-local/chat', 'gpt-4o', 'auto', 'auto'];
/** A template: name (unique), kind, languages it has text for, how many cases, make(lang, i) -> case part. */
export const T = (name, kind, langs, n, make) => ({ name, kind, langs, n, make });
/** tr(lang, {en, de, …}) -> the text for lang (falls back to en). */
export const tr = (lang, o) => (typeof o[lang] === 'function' ? o[lang]() : o[lang]) ?? (typeof o.en === 'function' ? o.en() : o.en);
export const sys = (content) => ({ role: 'system', content });
export const dev = (content) => ({ role: 'developer', content });
export const user = (content, extra = {}) => ({ role: 'user', content, ...extra });
export const asst = (content, extra = {}) => ({ role: 'assistant', content, ...extra });
export const toolMsg = (id, content) => ({ role: 'tool', tool_call_id: id, content });
export const call = (id, name, args) => ({ id, type: 'function', function: { name, arguments: typeof args === 'string' ? args : JSON.stringify(args) } });
export const fn = (name, description, properties = {}, required = []) => ({ type: 'function', function: { name, description, parameters: { type: 'object', properties, required } } });
export function req(messages, extra = {}) {
  return { model: pick(MODELS), messages, ...extra };
}
/** The case's label part: categories in a fixed order, level derived as SPEC §4 says. */
export function out(cats, body, meta = {}) {
  const order = ['PHI', 'PII', 'PCI', 'CREDENTIALS'];
  const categories = order.filter((c) => cats.includes(c));
  let level = categories.some((c) => c !== 'PII') ? 'restricted' : categories.includes('PII') ? 'confidential' : 'public';
  // An image/audio/file part cannot be read by the classifier: the default policy (unreadableContent:
  // restricted, SPEC §4 "never forwarded unexamined as public") makes the request at least restricted.
  if (JSON.stringify(body.messages ?? []).match(/"type":"(?:image_url|input_image|input_audio|file|input_file)"/)) level = 'restricted';
  return { expected: { level, categories }, body, ...meta };
}
export const ask = {
  summarize: { en: 'Summarise this for the handover.', de: 'Bitte fasse das für die Übergabe zusammen.', fr: 'Résume ceci pour la transmission.', es: 'Resume esto para el relevo.', it: 'Riassumi per il passaggio di consegne.', nl: 'Vat dit samen voor de overdracht.' },
  translateEn: { de: 'Übersetze ins Englische:', fr: 'Traduis en anglais :', es: 'Traduce al inglés:', it: 'Traduci in inglese:', nl: 'Vertaal naar het Engels:', en: 'Translate into German:' },
};
/** Quoted-printable (RFC 2045) with soft line breaks at 76 columns. */
export function quotedPrintable(s) {
  const bytes = Buffer.from(s, 'utf8');
  let line = '', outS = '';
  for (const b of bytes) {
    let tok;
    if (b === 10) { outS += line + '\n'; line = ''; continue; }
    if ((b >= 33 && b <= 126 && b !== 61) || b === 32) tok = String.fromCharCode(b);
    else tok = '=' + b.toString(16).toUpperCase().padStart(2, '0');
    if (line.length + tok.length > 75) { outS += line + '=\n'; line = ''; }
    line += tok;
  }
  return outS + line;
}
export const htmlEntities = (s, every = 1) => [...s].map((c, i) => (/[A-Za-z0-9@.\-+:/ ]/.test(c) && i % every === 0 ? `&#${c.codePointAt(0)};` : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c)).join('');
export const pctAll = (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
