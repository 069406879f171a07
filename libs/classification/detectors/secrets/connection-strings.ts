import type { Span } from '../types';
import { isReference, looksLikePassword } from './values';

/**
 * API_KEY_SECRET in connection strings the other detectors cannot read:
 *   - ODBC braced values: `Driver={ODBC Driver 18 for SQL Server};Server=…;UID=sa;PWD={p@ss;word};`
 *   - Oracle JDBC/OCI `user/password@` descriptors: `jdbc:oracle:thin:scott/Xk9#mq2L@//db:1521/ORCL`
 *   - SQL (keywords in upper case) that sets a password: `CREATE USER davide WITH PASSWORD 'jw8s0F4'` (PostgreSQL),
 *     `ALTER USER app IDENTIFIED BY "Xk9mq2Lp"` (Oracle, MySQL), `PASSWORD = 'Xk9mq2Lp'` (SQL Server);
 *     in lower case only as a whole statement (`create user … with password '…'`, `set password for … = '…'`)
 * (`Password=…;`, `Pwd=…;`, `AccountKey=…;`, `SharedAccessKey=…;` are assignments: secret-assignments.ts;
 * `scheme://user:password@host` and SAS `sig=`: secrets/url-secrets.ts.)
 *
 * Linear time: indexOf prefilters; each regex is a literal prefix and bounded character classes.
 */
export const CONNECTION_PASSWORD_SCORE = 0.8;

const ODBC_BRACED_RE = /(?<![\w-])(?:PWD|Password)[ \t]{0,4}=[ \t]{0,4}\{([^}\r\n]{1,256})\}/gi;
/** Upper-case keywords only, as SQL is written in vendors' docs: a cheap indexOf gate, and prose ("the password 'reset' link") stays out. */
const SQL_PASSWORD_RE = /\b(?:PASSWORD(?:[ \t]{0,4}=)?|IDENTIFIED[ \t]{1,4}BY)[ \t]{1,4}(['"])([^'"\r\n]{1,128})\1/g;
/**
 * The same statements written in any case, read only as statements: `create user … with password '…'`,
 * `alter role … with login password '…'`, `create login … with password = '…'`, `create user 'a'@'%' identified by '…'`,
 * `identified with mysql_native_password by '…'`, `set password for … = '…'` / `= password('…')`.
 */
const SQL_STATEMENT_RE =
  /\b(?:(?:create|alter)[ \t]{1,4}(?:user|role|login)\b[^;\r\n]{0,160}?\b(?:password|identified[ \t]{1,4}(?:with[ \t]{1,4}\w{1,40}[ \t]{1,4})?by)[ \t]{0,4}=?|set[ \t]{1,4}password\b[^;=\r\n]{0,160}=(?:[ \t]{0,4}password[ \t]{0,2}\()?)[ \t]{0,4}(['"])([^'"\r\n]{1,128})\1/gi;
const ORACLE_RE = /jdbc:oracle:(?:thin|oci8?):([A-Za-z0-9_$#]{1,64})\/([^@\s"'`/]{1,128})@/g;

/**
 * `password` or `identified` in lower, capitalised or upper case, before the case-insensitive regex.
 * One scan for the four literals: indexOf of a word starting with a common letter ('a', 'd') stops
 * at every one of them, four times over.
 */
const SQL_PASSWORD_HINT = /assword|ASSWORD|dentified|DENTIFIED/;

function mayHaveSqlPassword(text: string): boolean {
  return SQL_PASSWORD_HINT.test(text);
}

function push(out: Span[], start: number, value: string): void {
  out.push({ entityType: 'API_KEY_SECRET', start, end: start + value.length, score: CONNECTION_PASSWORD_SCORE });
}

export function detectConnectionStrings(text: string, out: Span[]): void {
  if (text.indexOf('={') !== -1 || text.indexOf('= {') !== -1) {
    ODBC_BRACED_RE.lastIndex = 0;
    for (let m = ODBC_BRACED_RE.exec(text); m !== null; m = ODBC_BRACED_RE.exec(text)) {
      const value = m[1] ?? '';
      if (isReference(value, 0, true) || !looksLikePassword(value, true)) continue;
      push(out, m.index + m[0].length - 1 - value.length, value);
    }
  }
  let sqlEnds: Set<number> | undefined; // ends of upper-case matches: a statement ending there is already reported
  if (text.indexOf('PASSWORD') !== -1 || text.indexOf('IDENTIFIED') !== -1) {
    SQL_PASSWORD_RE.lastIndex = 0;
    for (let m = SQL_PASSWORD_RE.exec(text); m !== null; m = SQL_PASSWORD_RE.exec(text)) {
      const value = m[2] ?? '';
      if (isReference(value, 0, true) || !looksLikePassword(value, true)) continue;
      push(out, m.index + m[0].length - 1 - value.length, value);
      (sqlEnds ??= new Set<number>()).add(m.index + m[0].length);
    }
  }
  if (mayHaveSqlPassword(text)) {
    SQL_STATEMENT_RE.lastIndex = 0;
    for (let m = SQL_STATEMENT_RE.exec(text); m !== null; m = SQL_STATEMENT_RE.exec(text)) {
      const value = m[2] ?? '';
      if (sqlEnds?.has(m.index + m[0].length) === true || isReference(value, 0, true) || !looksLikePassword(value, true)) continue;
      push(out, m.index + m[0].length - 1 - value.length, value);
    }
  }
  if (text.indexOf('jdbc:oracle:') !== -1) {
    ORACLE_RE.lastIndex = 0;
    for (let m = ORACLE_RE.exec(text); m !== null; m = ORACLE_RE.exec(text)) {
      const user = m[1] ?? '';
      const value = m[2] ?? '';
      if (value === user || isReference(value, 0, true) || !looksLikePassword(value, true)) continue;
      push(out, m.index + m[0].length - 1 - value.length, value);
    }
  }
}
