import type { Span } from '../types';
import { detectConnectionStrings } from './connection-strings';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectConnectionStrings(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe('detectConnectionStrings', () => {
  it.each([
    [
      'ODBC braced password',
      'Driver={ODBC Driver 18 for SQL Server};Server=tcp:db,1433;Database=app;UID=sa;PWD={Xk9;mq2=Lp};',
      ['Xk9;mq2=Lp'],
    ],
    ['ADO.NET braced password', 'Server=db;Database=app;User Id=app;Password = {Str0ng Pass 9};', ['Str0ng Pass 9']],
    ['Oracle thin', 'jdbc:oracle:thin:app_user/Xk9#mq2L@//db.internal:1521/ORCLPDB1', ['Xk9#mq2L']],
    ['Oracle thin with a TNS alias', 'url=jdbc:oracle:thin:hr/Q7zX2k9Lm@orcl', ['Q7zX2k9Lm']],
    ['PostgreSQL CREATE USER', "CREATE USER davide WITH PASSWORD 'jw8s0F4';", ['jw8s0F4']],
    [
      'PostgreSQL ALTER ROLE',
      "ALTER ROLE app WITH ENCRYPTED PASSWORD 'Xk9mq2Lp' VALID UNTIL '2027-01-01';".replace('ENCRYPTED ', ''),
      ['Xk9mq2Lp'],
    ],
    ['Oracle IDENTIFIED BY', 'CREATE USER app IDENTIFIED BY "Q7zX2k9Lm";', ['Q7zX2k9Lm']],
    ['MySQL IDENTIFIED BY', "CREATE USER 'app'@'%' IDENTIFIED BY 'Lm3x9Q2w!';", ['Lm3x9Q2w!']],
    ['SQL Server LOGIN', "CREATE LOGIN app WITH PASSWORD = 'Str0ng!Pass9';", ['Str0ng!Pass9']],
    ['Oracle OCI', 'jdbc:oracle:oci:app/Lm3x9Q2w@prod', ['Lm3x9Q2w']],
    // statements in lower case
    ['lower-case CREATE USER', "create user reporting with password 'Rp0rt!ng2024';", ['Rp0rt!ng2024']],
    ['lower-case ALTER ROLE with login', "alter role etl with login encrypted password 'Xk9mq2Lp';", ['Xk9mq2Lp']],
    ['lower-case MySQL identified by', "create user 'app'@'%' identified by 'Lm3x9Q2w!';", ['Lm3x9Q2w!']],
    [
      'MySQL identified with a plugin',
      "alter user 'app'@'localhost' identified with mysql_native_password by 'Qz7w9KcN2x';",
      ['Qz7w9KcN2x'],
    ],
    ['lower-case SQL Server login', "create login app with password = 'Str0ng!Pass9';", ['Str0ng!Pass9']],
    ['SET PASSWORD', "set password for 'app'@'%' = 'Kf83jLq0aZ';", ['Kf83jLq0aZ']],
    ['two statements', "CREATE USER a WITH PASSWORD 'Xk9mq2Lp';\nCREATE USER b WITH PASSWORD 'Lm3x9Q2w';", ['Xk9mq2Lp', 'Lm3x9Q2w']],
    ['SET PASSWORD = PASSWORD()', "SET PASSWORD FOR 'root'@'localhost' = PASSWORD('Wq9#kL2m');", ['Wq9#kL2m']],
  ])('finds the password in an %s', (_name, text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    'Driver={ODBC Driver 18 for SQL Server};Server=db;UID=sa;PWD={your_password_here};',
    'Driver={ODBC Driver 18 for SQL Server};Server=db;Trusted_Connection=yes;',
    'PWD={${DB_PASSWORD}}',
    'Password={password};',
    'jdbc:oracle:thin:scott/tiger@myhost:1521:orcl',
    'jdbc:oracle:thin:@//db.internal:1521/ORCLPDB1',
    'jdbc:oracle:thin:system/system@localhost:1521:xe',
    'jdbc:oracle:thin:app/${DB_PASSWORD}@db:1521/x',
    "CREATE USER app WITH PASSWORD 'password';",
    "ALTER USER app IDENTIFIED BY '<new_password>';",
    "CREATE USER app WITH PASSWORD :'pw';",
    'CREATE TABLE users (password VARCHAR(255) NOT NULL);',
    "It's the password 'reset' link that fails.",
    "Your password 'Hunter2!' was rejected by the password policy.",
    "create user app with password 'changeme';",
    "create user app with password :'pw';",
    'alter user app with password null;',
    "We create users with a password 'reset' flow; see the docs.",
    "create table t (id int); insert into t values ('Xk9mq2Lp');",
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));
});
