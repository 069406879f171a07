import type { Detector, Span } from '../types';
import { detectSecretTokens } from '../secrets';
import { detectSecretAssignments } from '../secret-assignments';
import { detectConnectionStrings } from './connection-strings';
import { detectServiceAccountKeys } from './service-account';
import { detectUrlSecrets } from './url-secrets';
import { detectProsePasswords } from './prose-passwords';
import { detectCliCredentials } from './cli-credentials';

// 1 MB inputs built to make a backtracking scan go quadratic. They must complete (jest's timeout is
// the only clock) with a bounded amount of output; no timing assertions.
const MB = 1 << 20;
const rep = (s: string): string => s.repeat(Math.ceil(MB / s.length));

const detectors: [string, Detector][] = [
  ['tokens', detectSecretTokens],
  ['assignments', detectSecretAssignments],
  ['URL secrets', detectUrlSecrets],
  ['connection strings', detectConnectionStrings],
  ['service accounts', detectServiceAccountKeys],
  ['prose passwords', detectProsePasswords],
  ['command lines', detectCliCredentials],
];
const inputs: [string, string][] = [
  ['a:', rep('a:')],
  ['=', rep('=')],
  ['://', rep('://')],
  ['a://', rep('a://')],
  ['x://a:b@', rep('x://a:b@')],
  ['userinfo without an @', 'postgres://' + rep('a:')],
  ['one long authority', 'postgres://u:' + rep('a1') + '@h'],
  ['password=', rep('password=')],
  ['password= Q7zX2k9Lm ', rep('password=Q7zX2k9Lm ')],
  ['quotes never closed', rep('password: "a1b2')],
  ['api_key:', rep('api_key:')],
  ['sig=', rep('sig=')],
  ['sig= with SAS fields', rep('sv=1&sig=Xk9mq2LpXk9mq2LpXk9mq2Lp&')],
  ['X-Amz-Signature=', rep('X-Amz-Signature=')],
  ['hooks.slack.com', rep('https://hooks.slack.com/services/')],
  ['discord', rep('https://discord.com/api/webhooks/1')],
  ['PWD={', rep('PWD={')],
  ['SQL PASSWORD', rep("PASSWORD '")],
  ['SQL IDENTIFIED BY', rep('IDENTIFIED BY "a1b2')],
  ['jdbc:oracle:thin:', rep('jdbc:oracle:thin:a/')],
  ['private_key', rep('"private_key": "')],
  ['private_key_id in a service account', 'service_account ' + rep('"private_key_id":"')],
  ['escaped backslashes', '"private_key": "' + rep('\\n')],
  // vendor prefixes without their bodies, and bodies without their prefixes
  ['secret_', rep('secret_')],
  ['secret_ with a long body', 'secret_' + rep('a1')],
  ['SG.', rep('SG.a')],
  ['dp.st.', rep('dp.st.')],
  ['ATATT3', rep('ATATT3')],
  ['glc_ body', 'glc_' + rep('Ab1+')],
  ['hex runs', rep('0123456789abcdef')],
  ['Twilio SIDs and digests', rep('AC06c840c33d4195321f4ba9b521ee0fad 57cf65c653aa77fb46faf91a670ae631 ')],
  ['bcrypt prefixes', rep('$2b$12$')],
  ['argon2 prefixes', rep('$argon2id$v=19$m=1,t=1,p=1$')],
  ['sha-crypt prefixes', rep('$6$rounds=5000$')],
  // userinfo full of sub-delimiters
  ['sub-delimiters in userinfo', 'mongodb://u:' + rep('!$&*') + '@h.example.com'],
  // prose cues
  ['password is', rep('password is ')],
  ['mot de passe est', rep('mot de passe est ')],
  ['password for', rep('password for the ')],
  ['Passwort', rep('Passwort a1b2c3d4 ')],
  ['a password with no end', 'password: ' + rep('a1')],
  ['unclosed backticks', rep('password: `a b ')],
  // command lines
  ['curl on one line', rep('curl ')],
  ['curl -u', rep('curl -u a:b ')],
  ['docker login -p', rep('docker login -p ')],
  ['--password', rep('--password ')],
  ['--a-b-c-password=', rep('--a-b-c-password=')],
  ['mysql -p', rep('mysql -p')],
  ['htpasswd -b', rep('htpasswd -b f u ')],
  ['escaped newlines', 'docker login ' + rep('\\\n')],
  ['open quotes on a command line', 'sshpass -p ' + rep("'a")],
  ['-passin pass:', rep('-passin pass:')],
  // XML and SQL
  ['XML elements', rep('<password>a1')],
  ['XML close tags', rep('</password>')],
  ['<add key', rep('<add key="ApiKey" value="')],
  ['create user', rep('create user a ')],
  ['set password', rep('set password for ')],
];

describe.each(detectors)('%s on 1 MB adversarial input', (_name, detect) => {
  it.each(inputs)(
    '%s',
    (_input, text) => {
      const out: Span[] = [];
      detect(text, out);
      // Spans never overlap within one detector's scan, so the count is bounded by the text length.
      expect(out.length).toBeLessThanOrEqual(text.length / 4);
      expect(out.filter((s) => s.start < 0 || s.end > text.length || s.end <= s.start)).toEqual([]);
    },
    60_000,
  );
});
