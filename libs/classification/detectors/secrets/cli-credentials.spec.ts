import type { Span } from '../types';
import { detectCliCredentials } from './cli-credentials';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectCliCredentials(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe('detectCliCredentials', () => {
  it.each([
    ['mysql attached quoted', `mysql -h db.internal -u root -p'Sommer_8804sh3' -e "SHOW DATABASES"`, ['Sommer_8804sh3']],
    ['mysql attached', 'mysql -u root -pKv82Lmq7 shop', ['Kv82Lmq7']],
    ['mysqldump --password=', 'mysqldump --user=app --password=Xk9mq2Lp shop > dump.sql', ['Xk9mq2Lp']],
    ['mariadb attached double quotes', 'mariadb -u app -p"Lm3x 9Q2w" app', ['Lm3x 9Q2w']],
    ['sshpass', "sshpass -p 'LhNN&eZP1110' ssh deploy@10.0.0.5", ['LhNN&eZP1110']],
    ['sshpass unquoted', 'sshpass -p Zq81mPvw4 scp a.tgz host:/tmp', ['Zq81mPvw4']],
    ['docker login -p', "docker login -u ci-bot -p 'Pz7w9KcN2x' registry.acme.io", ['Pz7w9KcN2x']],
    ['docker login --password', 'docker login registry.acme.io --username ci --password Tr0ub4dor3', ['Tr0ub4dor3']],
    ['podman login continued line', 'podman login quay.io \\\n  -u robot \\\n  -p Kf83jLq0aZ', ['Kf83jLq0aZ']],
    ['generic --password=', 'helm repo add internal https://charts.acme.io --username ci --password=Hq2!x9Lm', ['Hq2!x9Lm']],
    ['generic --db-password', 'terraform-runner --db-password "Wq9#kL2m" apply', ['Wq9#kL2m']],
    ['curl -u', 'curl -u admin:S3cr3tPass! https://jenkins.acme.io/api/json', ['S3cr3tPass!']],
    ['curl --user', "curl --user 'ci:Xk9mq2Lp' https://nexus.acme.io", ['Xk9mq2Lp']],
    ['curl -uuser:pass', 'curl -uadmin:Pz7w9KcN2x https://x.acme.io', ['Pz7w9KcN2x']],
    ['redis-cli -a', 'redis-cli -h cache.internal -a Zq81mPvw4TnB ping', ['Zq81mPvw4TnB']],
    ['ldapsearch -w', 'ldapsearch -x -D "cn=admin,dc=acme,dc=io" -w Adm1n!2024 -b dc=acme,dc=io', ['Adm1n!2024']],
    ['htpasswd -b', 'htpasswd -b /etc/nginx/.htpasswd alice Wonder1and!', ['Wonder1and!']],
    ['htpasswd -nb', 'htpasswd -nbB alice Wonder1and!', ['Wonder1and!']],
    ['openssl -passin pass:', 'openssl pkcs12 -in cert.p12 -passin pass:Ex9Port#1 -nodes', ['Ex9Port#1']],
  ])('%s', (_name, text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    'docker run -p 8080:80 nginx',
    'docker run -d -p 5432:5432 -e POSTGRES_PASSWORD_FILE=/run/secrets/pg postgres',
    'mkdir -p /var/lib/app',
    'mysql -u root -p',
    'mysql -u root -pSecret123 shop', // a stand-in, like Password123 (values.ts)
    'mysql -u root -p shop',
    'echo "$CR_PAT" | docker login ghcr.io -u USERNAME --password-stdin',
    'docker login -u "$DOCKER_USER" --password "$DOCKER_PASSWORD"',
    'docker login -u ci -p ${{ secrets.REGISTRY_TOKEN }} ghcr.io',
    'sshpass -p "$(cat ~/.pw)" ssh host',
    'sshpass -f ~/.pw ssh host',
    'curl -u admin https://jenkins.acme.io',
    'curl -u admin: https://jenkins.acme.io',
    'curl -u "$USER:$TOKEN" https://api.acme.io',
    'redis-cli -a $REDIS_PASSWORD ping',
    'ldapsearch -x -W -D cn=admin',
    'az login --password <password>',
    'psql --password -h db',
    'mysql --password=your_password -u root',
    'kubectl port-forward -p 8080',
    'ssh -p 2222 deploy@host',
    'pip install -p 3.11 foo',
  ])('%p holds no password', (text) => expect(values(text)).toEqual([]));
});
