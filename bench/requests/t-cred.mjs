// CREDENTIALS templates: live-looking API keys, tokens, private keys, passwords, and secrets inside
// URLs or connection strings. (Negatives — env references, placeholders — live in t-public.mjs.)
import { int, pick, chance, digits, b64, person, secret, hex, chars } from './lib.mjs';
import { T, tr, sys, user, asst, toolMsg, call, fn, req, out, pctAll } from './common.mjs';

const host = () => pick(['db.internal.corp', 'pg-prod-01.eu-central-1.rds.amazonaws.com', '10.20.4.17', 'postgres.service.consul', 'sql-main.example.net']);
const dbUser = () => pick(['app', 'svc_billing', 'reporting', 'admin', 'etl_user']);

export default [
  T('python-boto3-keys', 'code', ['en', 'de'], 3, (lang) => {
    const k = secret.aws();
    const code = `import boto3\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="${k.id}",\n    aws_secret_access_key="${k.key}",\n    region_name="eu-central-1",\n)\nprint(s3.list_buckets())`;
    return out(['CREDENTIALS'], req([user(`${lang === 'de' ? 'Warum bekomme ich AccessDenied?' : 'Why do I get AccessDenied here?'}\n\`\`\`python\n${code}\n\`\`\``)]));
  }),
  T('node-stripe-live', 'code', ['en', 'fr'], 3, (lang) => {
    const code = `const Stripe = require('stripe');\nconst stripe = Stripe('${secret.stripe()}');\n\nexport async function refund(id) {\n  return stripe.refunds.create({ payment_intent: id });\n}`;
    return out(['CREDENTIALS'], req([user(`${lang === 'fr' ? 'Convertis ce code en TypeScript :' : 'Convert this to TypeScript:'}\n${code}`)]));
  }),
  T('dotenv-file', 'config', ['en', 'de', 'es'], 4, (lang) => {
    const env = [`NODE_ENV=production`, `DATABASE_URL=postgres://${dbUser()}:${secret.password()}@${host()}:5432/app`, `REDIS_URL=redis://default:${chars(24)}@cache.internal:6379`, `SENDGRID_API_KEY=${secret.sendgrid()}`, `LOG_LEVEL=info`].join('\n');
    return out(['CREDENTIALS'], req([user(`${tr(lang, { en: 'Turn this .env into a Kubernetes ConfigMap and Secret:', de: 'Mach aus dieser .env eine ConfigMap und ein Secret:', es: 'Convierte este .env en ConfigMap y Secret de Kubernetes:' })}\n${env}`)]));
  }),
  T('k8s-secret-stringdata', 'config', ['en'], 3, () => {
    const y = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-api\ntype: Opaque\nstringData:\n  DB_PASSWORD: "${secret.password()}"\n  STRIPE_SECRET_KEY: "${secret.stripe()}"`;
    return out(['CREDENTIALS'], req([user(`Is this manifest valid?\n${y}`)]));
  }),
  T('dotnet-connstring', 'connection-string', ['en', 'de'], 3, (lang) => {
    const cs = `Server=tcp:${pick(['sqlprod', 'erp-db', 'crm-sql'])}.database.windows.net,1433;Initial Catalog=${pick(['Orders', 'ERP', 'CRM'])};User ID=${dbUser()};Password=${secret.password()};Encrypt=True;`;
    const json = `{\n  "ConnectionStrings": {\n    "Default": "${cs}"\n  }\n}`;
    return out(['CREDENTIALS'], req([user(`${lang === 'de' ? 'Die App findet die DB nicht, appsettings.json:' : 'The app cannot reach the DB, appsettings.json:'}\n${json}`)]));
  }),
  T('mongodb-srv-uri', 'connection-string', ['en', 'es', 'it'], 3, (lang) => {
    const uri = `mongodb+srv://${dbUser()}:${secret.password().replace(/[#%&]/g, 'x')}@cluster${int(0, 9)}.${chars(5).toLowerCase()}.mongodb.net/${pick(['shop', 'analytics'])}?retryWrites=true&w=majority`;
    return out(['CREDENTIALS'], req([user(tr(lang, { en: `Mongoose keeps timing out with ${uri} — any idea?`, es: `Mongoose da timeout con ${uri}, ¿alguna idea?`, it: `Mongoose va in timeout con ${uri}, idee?` }))]));
  }),
  T('jdbc-and-psql', 'connection-string', ['en', 'fr'], 3, (lang) => {
    const pw = secret.password();
    const cmd = pick([`psql "postgresql://${dbUser()}:${pw}@${host()}:5432/warehouse?sslmode=require"`, `spring.datasource.url=jdbc:mysql://${host()}:3306/shop\nspring.datasource.username=${dbUser()}\nspring.datasource.password=${pw}`, `PGPASSWORD='${pw}' pg_dump -h ${host()} -U ${dbUser()} sales > sales.sql`]);
    return out(['CREDENTIALS'], req([user(`${lang === 'fr' ? 'Pourquoi la connexion échoue ?' : 'Why does the connection fail?'}\n${cmd}`)]));
  }),
  T('slack-webhook', 'webhook', ['en', 'de', 'fr'], 4, (lang) => {
    const url = secret.slackHook();
    const code = `curl -X POST -H 'Content-type: application/json' --data '{"text":"Deploy finished"}' ${url}`;
    return out(['CREDENTIALS'], req([user(`${tr(lang, { en: 'Rewrite this in Python requests:', de: 'Schreib das mit Python requests:', fr: 'Réécris ça avec requests en Python :' })}\n${code}`)]));
  }),
  T('discord-teams-webhook', 'webhook', ['en', 'nl'], 3, (lang) => {
    const url = chance(0.5) ? secret.discordHook() : secret.teamsHook();
    return out(['CREDENTIALS'], req([user(lang === 'nl' ? `Onze alert-webhook is ${url} – hoe stuur ik er een embed naartoe?` : `Our alerting webhook is ${url} — how do I send a rich card to it?`)]));
  }),
  T('private-key-pem', 'config', ['en', 'de'], 3, (lang) => {
    return out(['CREDENTIALS'], req([user(`${lang === 'de' ? 'Welches Format hat dieser Schlüssel?' : 'What format is this key in, and how do I convert it to PKCS#8?'}\n${secret.pem()}`)]));
  }),
  T('jwt-curl', 'code', ['en', 'es'], 3, (lang) => {
    const cmd = `curl -s https://api.internal.example.com/v2/orders -H "Authorization: Bearer ${secret.jwt()}"`;
    return out(['CREDENTIALS'], req([user(`${lang === 'es' ? 'Me devuelve 403:' : 'This returns 403:'}\n${cmd}`)]));
  }),
  T('git-remote-token', 'code', ['en'], 3, () => {
    const t = pick([secret.github(), secret.gitlab(), secret.githubFine()]);
    const hostn = t.startsWith('glpat') ? 'gitlab.com' : 'github.com';
    return out(['CREDENTIALS'], req([user(`git push fails:\n$ git remote -v\norigin  https://oauth2:${t}@${hostn}/acme/infra.git (push)\nremote: Permission denied`)]));
  }),
  T('password-in-ticket', 'support-ticket', ['en', 'de', 'fr', 'es'], 4, (lang) => {
    const p = person(lang), pw = secret.password();
    const text = tr(lang, {
      en: `Hi IT, I can't log into the VPN. My username is ${p.email} and my password is ${pw}. Please fix asap.`,
      de: `Hallo IT, ich komme nicht ins VPN. Benutzer ${p.email}, Passwort ${pw}. Bitte dringend prüfen.`,
      fr: `Bonjour, je n'arrive pas à me connecter au VPN. Identifiant ${p.email}, mot de passe ${pw}. Merci de regarder vite.`,
      es: `Hola, no puedo entrar en la VPN. Usuario ${p.email}, contraseña ${pw}. Revisadlo cuanto antes.`,
    });
    return out(['PII', 'CREDENTIALS'], req([sys('IT helpdesk triage.'), user(text)]));
  }),
  T('azure-sas-url', 'config', ['en'], 3, () => {
    const url = `https://${pick(['stprodbackups', 'datalakeeu01', 'invoicesarchive'])}.blob.core.windows.net/${pick(['exports', 'backups'])}/2026-03.csv?${secret.azureSas()}`;
    return out(['CREDENTIALS'], req([user(`The download link stopped working: ${url}`)]));
  }),
  T('openai-key-error-log', 'code', ['en', 'de'], 3, (lang) => {
    const k = pick([secret.openai(), secret.anthropic(), secret.hf()]);
    const log = `Traceback (most recent call last):\n  File "app.py", line 12, in <module>\n    client = Client(api_key="${k}")\nAuthenticationError: 401 invalid_api_key`;
    return out(['CREDENTIALS'], req([user(`${lang === 'de' ? 'Was ist hier falsch?' : "What's wrong here?"}\n${log}`)]));
  }),
  T('google-maps-key-html', 'code', ['en', 'fr'], 2, (lang) => {
    const html = `<script src="https://maps.googleapis.com/maps/api/js?key=${secret.google()}&callback=initMap" async defer></script>`;
    return out(['CREDENTIALS'], req([user(`${lang === 'fr' ? 'La carte ne s\'affiche pas :' : 'The map does not render:'}\n${html}`)]));
  }),
  T('docker-login-sshpass', 'code', ['en'], 3, () => {
    const pw = secret.password();
    const line = pick([`echo '${pw}' | docker login registry.example.com -u deploy --password-stdin`, `sshpass -p '${pw}' ssh deploy@${pick(['10.0.3.21', 'build01.corp.local'])} 'systemctl restart api'`, `mysql -h ${host()} -u root -p'${pw}' -e "SHOW DATABASES"`]);
    return out(['CREDENTIALS'], req([user(`Put this into a GitHub Actions step:\n${line}`)]));
  }),
  T('npmrc-token', 'config', ['en', 'de'], 2, (lang) => {
    return out(['CREDENTIALS'], req([user(`${lang === 'de' ? 'npm install schlägt fehl, .npmrc:' : 'npm install fails with 401, my .npmrc:'}\n//registry.npmjs.org/:_authToken=${secret.npm()}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${secret.github()}`)]));
  }),
  T('twilio-slack-bot', 'code', ['en', 'es'], 3, (lang) => {
    const tw = secret.twilio();
    const code = chance(0.5) ? `client = Client("${tw.sid}", "${tw.token}")\nclient.messages.create(to=os.environ["ONCALL_NUMBER"], from_=os.environ["TWILIO_FROM"], body="disk full")` : `app = App(token="${secret.slackBot()}", signing_secret="${hex(32)}")`;
    return out(['CREDENTIALS'], req([user(`${lang === 'es' ? 'Añade manejo de errores:' : 'Add error handling:'}\n${code}`)]));
  }),
  T('basic-auth-header', 'code', ['en'], 2, () => {
    const u = pick(['admin', 'api-user', 'jenkins']), pw = secret.password();
    return out(['CREDENTIALS'], req([user(`Why is this request rejected?\nGET /api/v1/jobs HTTP/1.1\nHost: ci.example.org\nAuthorization: Basic ${b64(`${u}:${pw}`)}`)]), { enc: 'base64' });
  }),
  T('system-prompt-key', 'config', ['de', 'en'], 2, (lang) => {
    const k = secret.openai();
    return out(['CREDENTIALS'], req([sys(lang === 'de' ? `Du bist ein Agent. Für Websuche nutze den Schlüssel ${secret.google()} und für Rückfragen ${k}.` : `You are an agent. Use search key ${secret.google()} for lookups and ${k} for the fallback model.`), user(lang === 'de' ? 'Wie wird morgen das Wetter in Hamburg?' : 'What is the weather tomorrow in Denver?')]), { where: 'system-message' });
  }),
  // ---------------------------------------------------------------- outside the message text
  T('metadata-token', 'config', ['en', 'fr'], 3, (lang) => {
    return out(['CREDENTIALS'], req([user(lang === 'fr' ? 'Résume la réunion produit.' : 'Summarise the product sync.')], { metadata: { source: 'notion-sync', notion_token: `secret_${chars(43)}`, run: digits(6) } }), { where: 'metadata' });
  }),
  T('tool-result-vault', 'config', ['en'], 3, () => {
    return out(['CREDENTIALS'], req([
      user('Check that the payments DB credentials in Vault are current.'),
      asst(null, { tool_calls: [call('call_v', 'vault_read', { path: 'secret/data/payments/db' })] }),
      toolMsg('call_v', JSON.stringify({ data: { username: 'payments', password: secret.password(), rotated: '2026-02-01' } })),
    ], { tools: [fn('vault_read', 'Reads a Vault KV path.', { path: { type: 'string' } }, ['path'])] }), { where: 'tool-result' });
  }),
  T('tool-call-args-deploy-token', 'code', ['en', 'de'], 3, (lang) => {
    return out(['CREDENTIALS'], req([
      user(lang === 'de' ? 'Deploye Version 2.4.1.' : 'Deploy version 2.4.1.'),
      asst(null, { tool_calls: [call('call_d', 'trigger_deploy', { version: '2.4.1', token: secret.github() })] }),
      toolMsg('call_d', '{"run":"queued"}'),
    ], { tools: [fn('trigger_deploy', 'Triggers the deploy workflow.', { version: { type: 'string' }, token: { type: 'string' } }, ['version'])] }), { where: 'tool-call-args' });
  }),
  T('tool-description-key', 'code', ['en'], 2, () => {
    return out(['CREDENTIALS'], req([user('Look up the exchange rate EUR→CHF.')], { tools: [fn('fx_rate', `Calls https://api.fxdata.example/v1/rate with header X-Api-Key: ${chars(32)}${digits(4)}`, { pair: { type: 'string' } }, ['pair'])] }), { where: 'tool-description' });
  }),
  T('image-url-token', 'config', ['en'], 2, () => {
    const url = pick([`https://storage.googleapis.com/acme-scans/receipt-${digits(4)}.png?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=svc%40acme.iam.gserviceaccount.com&X-Goog-Signature=${hex(256)}`, `https://files.example.org/img/${hex(8)}.png?access_token=${secret.github()}`]);
    return out(['CREDENTIALS'], req([user([{ type: 'text', text: 'What does this receipt total?' }, { type: 'image_url', image_url: { url } }])]), { where: 'image_url' });
  }),
  T('prediction-env', 'config', ['en'], 2, () => {
    return out(['CREDENTIALS'], req([user('Sort these variables alphabetically.')], { prediction: { type: 'content', content: `STRIPE_KEY=${secret.stripe()}\nAPP_NAME=shop\nAWS_ACCESS_KEY_ID=${secret.aws().id}` } }), { where: 'prediction' });
  }),
  T('user-field-apikey', 'config', ['en'], 2, () => {
    return out(['CREDENTIALS'], req([user('Write a haiku about autumn.')], { user: secret.openai() }), { where: 'user' });
  }),
  // ---------------------------------------------------------------- encoded
  T('enc-base64-env', 'config', ['en', 'de'], 3, (lang) => {
    const env = `DB_PASSWORD=${secret.password()}\nJWT_SECRET=${chars(48)}\nAWS_SECRET_ACCESS_KEY=${secret.aws().key}`;
    return out(['CREDENTIALS'], req([user(`${lang === 'de' ? 'Dekodiere dieses Secret aus dem Cluster:' : 'Decode this value from kubectl get secret -o yaml:'}\n  .env: ${b64(env)}`)]), { enc: 'base64' });
  }),
  T('enc-k8s-data-base64', 'config', ['en'], 2, () => {
    const y = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  username: ${b64(dbUser())}\n  password: ${b64(secret.password())}`;
    return out(['CREDENTIALS'], req([user(`Why can't the pod read this secret?\n${y}`)]), { enc: 'base64' });
  }),
  T('enc-percent-connstring', 'connection-string', ['en', 'es'], 2, (lang) => {
    const uri = `postgres://${dbUser()}:${secret.password()}@${host()}:5432/app`;
    return out(['CREDENTIALS'], req([user(`${lang === 'es' ? 'Este parámetro aparece en el log, ¿qué es?' : 'This query parameter shows up in our proxy logs, what is it?'} ?dsn=${pctAll(uri)}`)]), { enc: 'percent' });
  }),
];
