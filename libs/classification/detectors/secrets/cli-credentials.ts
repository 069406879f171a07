import type { Span } from '../types';
import { isReference, looksLikePassword } from './values';

/**
 * API_KEY_SECRET for passwords passed on a command line:
 *   - any `--password x`, `--password=x`, `--passwd`, `--passphrase`, `--db-password x`, `--http-password=x`
 *     (not `--password-stdin`, `--password-file`, nor a variable: `--password "$DOCKER_PASSWORD"`);
 *   - flags that mean "password" only for some commands, read on that command's line (a `\` line
 *     continuation keeps the line going, up to {@link MAX_LINE} characters):
 *       mysql / mariadb tools: the attached `-pSecret123` / `-p'x'` (a detached `-p x` prompts, `x` is the database);
 *       `sshpass -p x`; `docker|podman|buildah|skopeo|nerdctl|oc|cf|helm registry|az login … -p x`;
 *       `redis-cli -a x` / `--pass x`; `ldapsearch|ldapadd|ldapmodify|… -w x` (`-W` prompts);
 *       `curl -u user:pass` / `--user user:pass` / `-uuser:pass` (`-u user` prompts);
 *       `htpasswd -b [file] user pass` (`-nb user pass` without the file);
 *       OpenSSL's `-passin|-passout|-pass pass:x`.
 *   (`PGPASSWORD=x psql`, `MYSQL_PWD=x`: assignments, secret-assignments.ts.)
 * Ports and directories (`-p 8080:80`, `mkdir -p`) are never read: `-p` only counts after those commands.
 * Values are judged as human passwords (secrets/values.ts): no placeholders, references (`$VAR`,
 * `$(cat f)`, `%PASS%`, `${{ secrets.X }}`) or flags.
 *
 * Linear time: a literal-anchored regex finds each command or flag; each is followed by a bounded
 * hand tokenizer, and the scan resumes after what it read.
 */
export const CLI_PASSWORD_SCORE = 0.8;

const MAX_LINE = 1024;
const MAX_TOKEN = 256;

/**
 * Commands, the general password flag, and OpenSSL's `pass:`. Literal prefixes come first so the regex
 * engine can skip ahead; what may precede a match (a word start, not a path or a longer word) is checked in code.
 */
const ANCHOR_RE = new RegExp(
  [
    '(mysql(?:dump|admin|import|show|check|slap|binlog)?|mariadb(?:-dump|-admin|dump|admin)?|sshpass|redis-cli|htpasswd|curl|ldap(?:search|add|modify|delete|whoami|passwd|compare|modrdn|exop))(?![\\w-])',
    '((?:docker|podman|buildah|skopeo|nerdctl|oc|cf|az|helm[ \\t]{1,4}registry)[ \\t]{1,4}login)(?![\\w-])',
    '(--(?:[a-z][a-z0-9]{0,15}-){0,3}(?:password|passwd|passphrase|pass))(?=[= \\t])',
    '(-pass(?:in|out)?[ \\t]{1,4}pass:)',
  ].join('|'),
  'g',
);

/** A command or flag starts a word: not inside a longer word; a command is not a path or file segment either (`docs/curl`, `x.curl`). */
function startsWord(text: string, at: number, command: boolean): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
  return !word && !(command && (c === 46 || c === 47));
}

interface Token {
  start: number; // of the text, quotes stripped
  end: number;
  next: number; // after the token (closing quote included)
  quoted: boolean;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** End of the command line starting at `from`: a newline not escaped by `\`, `;`, `|`, `&&`, bounded. */
function lineEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_LINE);
  let quote = 0;
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
      else if (c === 10) return i;
      continue;
    }
    if (c === 39 || c === 34) quote = c;
    else if (c === 10 || c === 13) {
      if (text.charCodeAt(i - 1) !== 92) return i;
    } else if (c === 59 || c === 124 || (c === 38 && text.charCodeAt(i + 1) === 38)) return i;
  }
  return limit;
}

/** The shell word at `i` (after blanks and `\`-newlines), within `end`; null at the end. */
function tokenAt(text: string, i: number, end: number): Token | null {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isBlank(c) || c === 10 || c === 13 || (c === 92 && (text.charCodeAt(i + 1) === 10 || text.charCodeAt(i + 1) === 13))) i++;
    else break;
  }
  if (i >= end) return null;
  const c = text.charCodeAt(i);
  if (c === 39 || c === 34) {
    const limit = Math.min(end, i + 1 + MAX_TOKEN);
    let e = i + 1;
    while (e < limit && text.charCodeAt(e) !== c) e++;
    if (e >= limit) return null;
    return { start: i + 1, end: e, next: e + 1, quoted: true };
  }
  const limit = Math.min(end, i + MAX_TOKEN);
  let e = i;
  while (e < limit && !isBlank(text.charCodeAt(e)) && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  return { start: i, end: e, next: e, quoted: false };
}

/** A value that starts right at `i` (an attached `-pX`, `--password=X`), quoted or not. */
function attachedAt(text: string, i: number, end: number): Token | null {
  if (i >= end || isBlank(text.charCodeAt(i)) || text.charCodeAt(i) === 10) return null;
  return tokenAt(text, i, end);
}

function report(text: string, t: Token | null, out: Span[]): void {
  if (t === null || t.end <= t.start) return;
  const value = text.slice(t.start, t.end);
  if (value.charCodeAt(0) === 45) return; // the next flag
  if (isReference(value, t.quoted ? 0 : text.charCodeAt(t.end), true) || value.charCodeAt(0) === 96) return;
  if (!looksLikePassword(value, true)) return;
  out.push({ entityType: 'API_KEY_SECRET', start: t.start, end: t.end, score: CLI_PASSWORD_SCORE });
}

/** `user:pass` of curl's `-u`: the part after the first colon. */
function reportUserPass(text: string, t: Token | null, out: Span[]): void {
  if (t === null) return;
  const colon = text.indexOf(':', t.start);
  if (colon === -1 || colon >= t.end - 1) return; // `-u user` or `-u user:` prompts
  report(text, { start: colon + 1, end: t.end, next: t.next, quoted: true }, out);
}

/** The general password flags, as a whole token (`--password`, `--db-password=…`). */
const PASSWORD_FLAG_RE = /^--(?:[a-z][a-z0-9]{0,15}-){0,3}(?:password|passwd|passphrase|pass)(?:=|$)/;

function flagName(text: string, t: Token): string {
  return text.slice(t.start, t.end);
}

/** Reads one command's flags up to the end of its line. */
function readCommand(command: string, text: string, from: number, out: Span[]): number {
  const end = lineEnd(text, from);
  const mysql = command.startsWith('mysql') || command.startsWith('mariadb');
  const login = command === 'login';
  const positional: Token[] = [];
  let htFlags = '';
  for (let t = tokenAt(text, from, end); t !== null; t = tokenAt(text, t.next, end)) {
    const f = t.quoted ? '' : flagName(text, t);
    if (f.length >= 2 && f.charCodeAt(0) === 45) {
      if (mysql && f.startsWith('-p') && f.length > 2 && f.charCodeAt(2) !== 45) {
        report(text, attachedAt(text, t.start + 2, end), out);
        const a = attachedAt(text, t.start + 2, end);
        if (a !== null) t = { ...t, next: a.next };
      } else if (
        (command === 'sshpass' && f === '-p') ||
        (login && f === '-p') ||
        (command === 'redis-cli' && (f === '-a' || f === '--pass')) ||
        (command.startsWith('ldap') && f === '-w')
      ) {
        const v = tokenAt(text, t.next, end);
        report(text, v, out);
        if (v !== null) t = { ...t, next: v.next };
      } else if (command === 'sshpass' && f.startsWith('-p') && f.length > 2) {
        const a = attachedAt(text, t.start + 2, end);
        report(text, a, out);
        if (a !== null) t = { ...t, next: a.next };
      } else if (command === 'curl' && (f === '-u' || f === '--user')) {
        const v = tokenAt(text, t.next, end);
        reportUserPass(text, v, out);
        if (v !== null) t = { ...t, next: v.next };
      } else if (command === 'curl' && f.startsWith('-u') && f.length > 2 && f.charCodeAt(2) !== 45) {
        const a = attachedAt(text, t.start + 2, end);
        reportUserPass(text, a, out);
        if (a !== null) t = { ...t, next: a.next };
      } else if (command === 'curl' && f.startsWith('--user=')) {
        const a = attachedAt(text, t.start + 7, end);
        reportUserPass(text, a, out);
        if (a !== null) t = { ...t, next: a.next };
      } else if (PASSWORD_FLAG_RE.test(f)) {
        const eq = f.indexOf('=');
        const v = eq !== -1 ? attachedAt(text, t.start + eq + 1, end) : tokenAt(text, t.next, end);
        report(text, v, out);
        if (v !== null) t = { ...t, next: v.next };
      } else if (command === 'htpasswd' && f.charCodeAt(1) !== 45) {
        htFlags += f.slice(1);
      }
      continue;
    }
    if (command === 'htpasswd') positional.push(t);
  }
  if (command === 'htpasswd' && htFlags.includes('b')) {
    const pass = positional[htFlags.includes('n') ? 1 : 2];
    if (pass !== undefined) report(text, pass, out);
  }
  return end;
}

/** Is some '-' right after a space, tab or newline? One pass over the (rare) hyphens instead of three searches. */
function hasFlagDash(text: string): boolean {
  for (let i = text.indexOf('-', 1); i !== -1; i = text.indexOf('-', i + 1)) {
    const c = text.charCodeAt(i - 1);
    if (c === 32 || c === 9 || c === 10) return true;
  }
  return false;
}

export function detectCliCredentials(text: string, out: Span[]): void {
  // Every form holds a flag: a '-' after a blank (or a line continuation's indentation).
  if (!hasFlagDash(text)) return;
  ANCHOR_RE.lastIndex = 0;
  for (let m = ANCHOR_RE.exec(text); m !== null; m = ANCHOR_RE.exec(text)) {
    const after = m.index + m[0].length;
    const command = m[1] !== undefined || m[2] !== undefined;
    if (!startsWord(text, m.index, command)) {
      ANCHOR_RE.lastIndex = m.index + 1;
      continue;
    }
    if (command) {
      const command = m[1] ?? 'login';
      // The whole line is read here (its `--password` flags too), and the scan resumes after it.
      ANCHOR_RE.lastIndex = Math.max(ANCHOR_RE.lastIndex, readCommand(command, text, after, out));
      continue;
    }
    if (m[3] !== undefined) {
      const end = lineEnd(text, after);
      const t = text.charCodeAt(after) === 61 ? attachedAt(text, after + 1, end) : tokenAt(text, after, end);
      report(text, t, out);
      if (t !== null) ANCHOR_RE.lastIndex = Math.max(ANCHOR_RE.lastIndex, t.next);
      continue;
    }
    const end = lineEnd(text, after);
    const t = attachedAt(text, after, end);
    report(text, t, out);
    if (t !== null) ANCHOR_RE.lastIndex = Math.max(ANCHOR_RE.lastIndex, t.next);
  }
}
