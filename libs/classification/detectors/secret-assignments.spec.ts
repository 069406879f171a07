import { detectSecretAssignments } from './secret-assignments';
import type { Span } from './types';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectSecretAssignments(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

// Assembled at run time so secret scanners do not flag this file.
const j = (...parts: string[]): string => parts.join('');
const AZURE_KEY = j('Kq8vD3nP0sT6wY9zB2eH5jM8pS1uX4aD7gJ0mP3sV6yB9eH2kN5qT8wZ1cF4iL7oR0uX3aD6gJ9mP2sV5yB8e', 'H1kN4qT7w==');
const SB_KEY = j('f3Kx9pQ2wZ7mLr4vT8bN1cY6hJ0dG5sA', 'e2uI9oP3kM=');
const GOOGLE_OAUTH = j('GOCSPX-', '1a2B3c4D5e6F7g8H9i0JkLmNoPqR');
const LARAVEL = j('base64:', 'q8ZkR2vW7xYp3LmN4bT6cD1eF9gH0jK5sA2uI9oP3kM=');

describe('detectSecretAssignments', () => {
  it.each([
    // assignments in code and config
    ['password=s3cr3t', ['s3cr3t']],
    // "password" in other languages, and session cookies
    ['[datenbank]\nbenutzer = "auftrag_app"\npasswort = "2HO7JTcpbl#450TjMIRr"', ['2HO7JTcpbl#450TjMIRr']],
    ['wachtwoord: Zomer2024!', ['Zomer2024']],
    ['senha="Tr0ub4dor9"', ['Tr0ub4dor9']],
    ['cookie: sessionid=fsxupcux12jqsfyyuaqcwisjdgftvicw; django_language=en', ['fsxupcux12jqsfyyuaqcwisjdgftvicw']],
    ['Cookie: PHPSESSID=k3lj4h5g6f7d8s9a0q1w2e3r4t; lang=fr', ['k3lj4h5g6f7d8s9a0q1w2e3r4t']],
    ['salasana=Talvi2024x', ['Talvi2024x']],
    ['Set-Cookie: JSESSIONID=8F3A9C2B7D1E4F60A5B3C2D1E0F9A8B7; Path=/; HttpOnly', ['8F3A9C2B7D1E4F60A5B3C2D1E0F9A8B7']],
    ['password=letmein', ['letmein']],
    ['DB_PASSWORD: "correct horse 9"', ['correct horse 9']],
    ['{"password": "hunter2!"}', ['hunter2!']],
    ["api_key: 'a1b2c3d4e5f6g7h8'", ['a1b2c3d4e5f6g7h8']],
    ['client_secret = 9f8e7d6c5b4a3210ffee', ['9f8e7d6c5b4a3210ffee']],
    ['aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCY7Zq2Lk9Tw4', ['wJalrXUtnFEMI/K7MDENG/bPxRfiCY7Zq2Lk9Tw4']],
    ['login?user=bob&password=Tr0ub4dor&next=/', ['Tr0ub4dor']],
    ['My password: hunter2.', ['hunter2']],
    ['const dbPassword = "Zx9!kq2LmP";', ['Zx9!kq2LmP']],
    ['clientSecret: "7Qm~8Xz2.Lk4-Pq9_Rt3Vw6Yb1Nc5Hd0Jf"', ['7Qm~8Xz2.Lk4-Pq9_Rt3Vw6Yb1Nc5Hd0Jf']],
    [`{"installed":{"client_id":"1234.apps.googleusercontent.com","client_secret":"${GOOGLE_OAUTH}"}}`, [GOOGLE_OAUTH]],
    // .env files
    ['API_KEY=4f9c2b7e1d8a6f3c0b5e9d2a7c4f1e8b', ['4f9c2b7e1d8a6f3c0b5e9d2a7c4f1e8b']],
    ['SECRET=Zq81mPvw4TnBx7', ['Zq81mPvw4TnBx7']],
    ['export DB_PASSWORD=Pz7w9KcN2x', ['Pz7w9KcN2x']],
    ['TOKEN: 8c1f5e2a9b7d4c3e6f0a1b2c', ['8c1f5e2a9b7d4c3e6f0a1b2c']],
    ['SMTP_PASS=Lm3x9Q2wR', ['Lm3x9Q2wR']],
    ['PGPASSWORD=Kf83jLq0aZ psql -h db', ['Kf83jLq0aZ']],
    ['JWT_SECRET="mR4#tQ9@vW2$xY7!zB5"', ['mR4#tQ9@vW2$xY7!zB5']],
    [`APP_KEY=${LARAVEL}`, [LARAVEL]],
    [
      'SECRET_KEY_BASE=6f1c0e2b8a9d4f7e3c5b1a0d9e8f7c6b5a4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f',
      ['6f1c0e2b8a9d4f7e3c5b1a0d9e8f7c6b5a4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f'],
    ],
    ['$env:OPENAI_TOKEN = "9b1e4c7f2a5d8e0b3c6f9a2d5e8b1c4f"', ['9b1e4c7f2a5d8e0b3c6f9a2d5e8b1c4f']],
    // connection strings (ADO.NET, JDBC, Azure)
    ['Server=tcp:sql1.database.windows.net,1433;Database=orders;User ID=app;Password=Str0ng!Pass9;Encrypt=True;', ['Str0ng!Pass9']],
    ['Driver={PostgreSQL};Server=db;Port=5432;Database=app;Uid=app;Pwd=Xk9mq2Lp;', ['Xk9mq2Lp']],
    ['jdbc:sqlserver://db:1433;databaseName=app;user=sa;password=Q7zX2k9LmP;', ['Q7zX2k9LmP']],
    ['jdbc:postgresql://db/app?user=fred&password=Tr0ub4dor&ssl=true', ['Tr0ub4dor']],
    [`DefaultEndpointsProtocol=https;AccountName=mystorage;AccountKey=${AZURE_KEY};EndpointSuffix=core.windows.net`, [AZURE_KEY]],
    [`Endpoint=sb://ns1.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${SB_KEY}`, [SB_KEY]],
    // XML and .NET config
    ['<password>Str0ng!Pass9</password>', ['Str0ng!Pass9']],
    ['<server><id>nexus</id><username>ci</username><password> Xk9mq2Lp </password></server>', ['Xk9mq2Lp']],
    ['<db:Password type="string">Q7zX2k9LmP</db:Password>', ['Q7zX2k9LmP']],
    ['<apiKey>4f9c2b7e1d8a6f3c0b5e9d2a7c4f1e8b</apiKey>', ['4f9c2b7e1d8a6f3c0b5e9d2a7c4f1e8b']],
    ['<add key="ApiKey" value="9b1e4c7f2a5d8e0b3c6f9a2d5e8b1c4f" />', ['9b1e4c7f2a5d8e0b3c6f9a2d5e8b1c4f']],
    ['<add key="Smtp:Password" value="Lm3x9Q2wR"/>', ['Lm3x9Q2wR']],
  ])('finds the secret in %p', (text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    // types, schemas, labels, prose
    'interface User { password: string; }',
    'password?: string',
    'password: str',
    'password: Optional[str] = None',
    'password: SecretStr',
    'password VARCHAR(255) NOT NULL',
    'Password:',
    'Password: Enter your password',
    'Please reset your password to something strong.',
    'secret: This is my plan',
    '"secret": "This is my plan"',
    'token: true',
    'max_tokens: 4096',
    'next_page_token: CAUQAA8xY2Z9',
    'publishable_key: pk_live_51Habcdefghijkl9',
    'if (a == b) password => x',
    'mypassword=abc123', // key must start at a word boundary
    'The capital of France is Paris.',
    // references to a secret kept elsewhere
    'api_key = os.environ["API_KEY"]',
    'apiKey: process.env.OPENAI_API_KEY',
    'const apiKey = import.meta.env.VITE_API_KEY;',
    'password: ${DB_PASSWORD}',
    'password: "${DB_PASSWORD}"',
    'DB_PASSWORD=$DB_PASSWORD',
    'PASSWORD=$(cat /run/secrets/db_password)',
    'password = var.db_password',
    'password = random_password.db.result',
    'master_password = data.aws_secretsmanager_secret_version.db.secret_string',
    'password: {{ .Values.postgresql.password }}',
    'password: "{{ vault_db_password }}"',
    'DB_PASSWORD: ${{ secrets.DB_PASSWORD }}',
    'MasterUserPassword: !Ref DbPassword',
    'MasterUserPassword: "{{resolve:secretsmanager:MyRDSSecret:SecretString:password}}"',
    'password: vault:secret/data/db#password',
    "password: <%= ENV['DB_PASSWORD'] %>",
    "password = ENV['DB_PASSWORD']",
    'password = ENV.fetch("DB_PASSWORD")',
    'password = getenv("DB_PASSWORD")',
    'password := os.Getenv("DB_PASSWORD")',
    'token = System.getenv("API_TOKEN");',
    'password = get_secret("db")',
    'password: %DB_PASSWORD%',
    'secretKeyRef:\n  name: db\n  key: password',
    'if password == "": return',
    'const { password } = req.body;',
    'secret_name = "prod/db/password"',
    'password: !vault |',
    'export PASSWORD="$(vault kv get -field=password secret/db)"',
    'conn = connect(host=host, user=user, password=db_password)',
    'password = await getSecret("db")',
    'Default password: admin',
    'Password: ________',
    'Password: min. 8 characters',
    'token=****abcd',
    'DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db/)',
    // placeholders
    'api_key: YOUR_API_KEY',
    'API_KEY=<your-key>',
    'API_KEY=your-api-key-here',
    'OPENAI_API_KEY=sk-...',
    'password=********',
    'password=changeme',
    'password: xxxx',
    'DB_PASSWORD=password',
    'SECRET=secret',
    'password: example',
    'password: dummy',
    'password=test',
    'TOKEN=REDACTED',
    'PASSWORD=',
    'password: "" ',
    'Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;',
    'AccountKey=<storage-account-key>;',
    'SECRET_KEY=abcdefghijklmnop', // no digit, one case: a word, not a key
    // XML and .NET config placeholders, references and non-secret elements
    '<password>{AES}encrypted</password>'.replace('{AES}encrypted', '${env.NEXUS_PASSWORD}'),
    '<password>changeme</password>',
    '<password></password>',
    '<passwordPolicy>Str0ng!Pass9</passwordPolicy>',
    '<username>Xk9mq2Lp</username>',
    '<add key="ApiKey" value="YOUR_API_KEY" />',
    '<add key="PageSize" value="4f9c2b7e1d8a6f3c" />',
    '<add key="ApiKey" value="#{ApiKey}#" />',
    // a variable named after the secret, in camelCase with a version number
    'password = dbPasswordForProduction2024',
    // a shell expansion's "error if unset" message
    '      JWT_SECRET: ${JWT_SECRET:?set JWT_SECRET}',
    'export API_KEY="${API_KEY:?API_KEY must be set}"',
    // sessions and passwords named, not given
    'session: 3 of 5',
    'session = requests.Session()',
    'sessionid=12345',
    'passwort = "${DB_PASSWORT}"',
    'La contraseña: escríbela en el formulario',
    'Senha: obrigatória', // one word of prose, with an accent
    'Passwort: Länge mindestens 12',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));

  it('a literal default in a shell expansion is still judged as a value', () => {
    expect(values('DB_PASSWORD=${DB_PASSWORD:-Xq7#mP2v!Lk9}')).not.toEqual([]);
  });
});

describe("detectSecretAssignments: Docker's auth field", () => {
  it('finds the base64 user:password of a registry login', () => {
    const text = '{"auths":{"registry.acme.io":{"auth":"ZGVwbG95Ym90OjlmSyMybVEhdkw3cFp4"}}}';
    expect(values(text)).toEqual(['ZGVwbG95Ym90OjlmSyMybVEhdkw3cFp4']);
  });

  it.each(['{"auth": "basic", "retries": 3}', 'auth: required', 'const auth = useAuth();', '"auth": true'])('nothing in %p', (text) =>
    expect(values(text)).toEqual([]),
  );
});
