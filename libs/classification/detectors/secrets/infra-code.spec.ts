import { classifyTexts } from '../../classify';

// Whole snippets as they are pasted into prompts: infrastructure code that only references a
// secret must not be CREDENTIALS; the same files with a secret written in must be.
const TERRAFORM = `resource "aws_db_instance" "orders" {
  identifier           = "orders-prod"
  engine               = "postgres"
  instance_class       = "db.t3.micro"
  username             = var.db_username
  password             = var.db_password
  manage_master_user_password = false
  skip_final_snapshot  = true
}
variable "db_password" {
  type      = string
  sensitive = true
}`;
const K8S = `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
        - name: api
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: db-credentials
                  key: password
            - name: DATABASE_URL
              value: postgres://app:$(DB_PASSWORD)@db:5432/app`;
const COMPOSE = `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD}
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
  app:
    environment:
      - DATABASE_URL=postgres://app:\${DB_PASSWORD}@db:5432/app`;
const HELM = `apiVersion: v1
kind: Secret
stringData:
  password: {{ .Values.auth.password | quote }}
  url: "postgresql://{{ .Values.auth.username }}:{{ .Values.auth.password }}@{{ .Release.Name }}-db/app"`;
const CFN = `  Database:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUsername: !Ref DbUser
      MasterUserPassword: !Ref DbPassword
  Other:
    Properties:
      MasterUserPassword: '{{resolve:secretsmanager:OrdersDbSecret:SecretString:password}}'`;
const ACTIONS = `      - uses: docker/login-action@v3
        with:
          username: \${{ vars.DOCKERHUB_USERNAME }}
          password: \${{ secrets.DOCKERHUB_TOKEN }}`;
const SPRING = `spring.datasource.url=jdbc:postgresql://db:5432/app
spring.datasource.username=\${DB_USER}
spring.datasource.password=\${DB_PASSWORD}`;
const RAILS = `production:
  adapter: postgresql
  password: <%= ENV['DATABASE_PASSWORD'] %>`;
const PYTHON = `import os
conn = psycopg2.connect(host=host, user=user, password=db_password)
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
token = os.getenv("GITHUB_TOKEN")
password = getpass.getpass("Password: ")`;
const TS = `interface Credentials { username: string; password: string; apiKey?: string }
const user = await repo.save({ email, password: hashedPassword });
const apiKey = process.env.OPENAI_API_KEY ?? '';`;
const SQL = 'CREATE TABLE users (id SERIAL PRIMARY KEY, email TEXT NOT NULL, password VARCHAR(255) NOT NULL);';
const FORM = 'Username:\nPassword:\n[ Sign in ]  Forgot your password? Reset your password to something strong.';

describe('classification of infrastructure code', () => {
  it.each([
    ['Terraform with var references', TERRAFORM],
    ['Kubernetes secretKeyRef', K8S],
    ['docker-compose interpolation', COMPOSE],
    ['Helm templates', HELM],
    ['CloudFormation !Ref and dynamic references', CFN],
    ['GitHub Actions secrets', ACTIONS],
    ['Spring placeholders', SPRING],
    ['Rails ERB', RAILS],
    ['Python env lookups and variables', PYTHON],
    ['TypeScript types and variables', TS],
    ['an SQL column definition', SQL],
    ['a login form', FORM],
  ])('%s is not CREDENTIALS', (_name, text) => {
    expect(classifyTexts([text]).categories).not.toContain('CREDENTIALS');
  });

  it.each([
    ['Terraform with a literal', TERRAFORM.replace('var.db_password', '"Xk9#mq2Lp7"')],
    ['docker-compose with a literal', COMPOSE.replace('${POSTGRES_PASSWORD}', 'q8ZkR2vW7x')],
    ['a connection string with a password', K8S.replace('$(DB_PASSWORD)', 'Pz7w9KcN2x')],
    ['a .env file', 'NODE_ENV=production\nDB_HOST=db\nDB_PASSWORD=Lm3x9Q2wR!\n'],
    ['Python with a literal key', PYTHON.replace('os.environ["OPENAI_API_KEY"]', '"4f9c2b7e1d8a6f3c0b5e9d2a7c4f1e8b"')],
  ])('%s is CREDENTIALS (restricted)', (_name, text) => {
    const c = classifyTexts([text]);
    expect(c.categories).toContain('CREDENTIALS');
    expect(c.level).toBe('restricted');
  });
});
