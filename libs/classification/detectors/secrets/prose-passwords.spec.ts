import { analyzeSpans } from '../../analyze';
import type { Span } from '../types';
import { detectProsePasswords } from './prose-passwords';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectProsePasswords(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe('detectProsePasswords', () => {
  it.each([
    ['en copula', 'Hi IT, my password is _K5w2mA!-CQIIF. Please fix asap.', ['_K5w2mA!-CQIIF']],
    ['en colon', 'password: Hunter2024!', ['Hunter2024!']],
    ['en "was"', 'The old password was Tr0ub4dor&3 until Monday', ['Tr0ub4dor&3']],
    ['en "is now"', 'your new password is now Qx7!mZ29', ['Qx7!mZ29']],
    ['en "for … is"', 'the password for the admin account is Sm1th#2024', ['Sm1th#2024']],
    ['en quoted', 'my password is "blue canary 42"', ['blue canary 42']],
    ['en pw', 'user: jdoe pw: Lk9$mq2w', ['Lk9$mq2w']],
    ['en passphrase', 'the passphrase is 7-orange-Kite-41', ['7-orange-Kite-41']],
    ['en long digits', 'the password is 80417395', ['80417395']],
    ['de ist', 'Mein Passwort ist Sommer2024! und geht nicht', ['Sommer2024!']],
    ['de bare', 'Benutzer hoffmann.matthias@t-online.de, Passwort n9aUpKlCWi&koQ-. Bitte prüfen.', ['n9aUpKlCWi&koQ-']],
    ['de lautet', 'Das Kennwort lautet: Xy7#pQ2m', ['Xy7#pQ2m']],
    ['de für … lautet', 'Das Passwort für den Server lautet Gx8!tR4z', ['Gx8!tR4z']],
    ['fr est', 'mon mot de passe est Lune_2023!', ['Lune_2023!']],
    ['fr mdp', 'mdp : Azerty#9812', ['Azerty#9812']],
    ['es es', 'mi contraseña es Madrid.4521', ['Madrid.4521']],
    ['es unaccented', 'la contrasena es Qw3rty!77', ['Qw3rty!77']],
    ['it è', 'la mia password è Roma#2024x', ['Roma#2024x']],
    ['nl is', 'mijn wachtwoord is Fiets!8820', ['Fiets!8820']],
    ['pt é', 'minha senha é Praia@2024', ['Praia@2024']],
    ['ro bare', 'mihaela@gmail.com, parola Cosyxw#1977UU. Mersi!', ['Cosyxw#1977UU']],
    ['tr şifrem', 'Şifrem Kd8!mPq2x, lütfen değiştir', ['Kd8!mPq2x']],
    ['cs je', 'heslo je Trava2024!', ['Trava2024!']],
    ['pl colon', 'Moje hasło: Zima#2023x', ['Zima#2023x']],
    ['sv är', 'mitt lösenord är Sommar2024!', ['Sommar2024!']],
    ['da er', 'adgangskode er Sommer2024!', ['Sommer2024!']],
    ['fi on', 'salasana on Kesä2024!', ['Kesä2024!']],
    ['hu colon', 'jelszó: Tavasz2024!', ['Tavasz2024!']],
  ])('%s', (_name, text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    'Please reset your password',
    'my password is not working',
    'the password is expired',
    'password is required',
    'password is too short',
    'The password is at least 12 characters long',
    'password is 12-16 characters',
    'Das Passwort muss 8+ Zeichen haben',
    'password policy v2.1',
    'password reset-link sent',
    'a password-protected zip file',
    'Mein Passwort ist abgelaufen',
    'mon mot de passe est incorrect',
    'mi contraseña es demasiado corta',
    'la mia password è scaduta',
    'mijn wachtwoord is verlopen',
    'la parola chiave è importante', // Italian "parola" is "word"
    'la parola Ciao è breve',
    'heslo je příliš krátké',
    'parola e greșită',
    'password: ********',
    'password: <redacted>',
    'password: [REDACTED]',
    'the password is $DB_PASSWORD',
    'password: changeme',
    'password is 123456',
    'password is password123',
    'PIN 4821',
    'my PIN is 4821',
    'enter your pw to continue',
    'the password expires in 90 days',
    'Password Manager 2024 review',
    'password is stored at https://vault.internal/v1/secret/db',
    'the password for this account is hashed',
    "getHostname('https://user:password@example.co.uk:8080/some/path?and&query#hash')",
    'config = { user: auth[0], password: auth[1], host: h }',
    'password: cfg.get("db")',
    'password = getpass.getpass(\\"Password: \\")\\nif len(password) < 12:',
    "the statement that sets a password: `CREATE USER davide WITH PASSWORD 'jw8s0F4'` (PostgreSQL)",
    'the error says password: "could not connect to server 10.0.0.5 on port 5432, connection refused"',
    'a variable: `password: hashedPassword`. Then',
    'the password is 2FA-protected',
    'password: v1.2.3',
    'Password: see 1Password',
    'the password is in 1Password',
    'pw: see ticket #4821',
    'password reset code 482913',
  ])('%p is not a disclosed password', (text) => expect(values(text)).toEqual([]));

  it('is reported as a credential next to the user name', () => {
    const text = 'My username is megan.caldwell@icloud.com and my password is _K5w2mA!-CQIIF.';
    expect(analyzeSpans(text).map((s) => s.entityType)).toEqual(['EMAIL_ADDRESS', 'API_KEY_SECRET']);
  });
});
