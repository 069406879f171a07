// A local ESLint rule: what a file under libs/<lib>/ may import, as an allow-list (ARCHITECTURE.md, "Rules").
// Relative paths are resolved against the importing file, so "inside its own lib" is exact at any depth.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

const WHY = 'libs are pure (no framework, no I/O): I/O arrives as parameters or ports implemented in src/';
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The reason `spec` may not be imported by the lib file `file` (repo-relative, `/`-separated), or null. */
function refusal(spec, file, options, root) {
  const [, lib] = file.split('/');
  const test = /\.(spec|testing)\.ts$/;
  if (spec.startsWith('.')) {
    const target = relative(root, resolve(root, dirname(file), spec))
      .split(sep)
      .join('/');
    if (target.startsWith('src/') || target === 'src') return `libs never import src/: the shell depends on the libs, never the reverse.`;
    if (!target.startsWith(`libs/${lib}/`)) {
      return `"${spec}" leaves libs/${lib}: a relative import stays inside its own lib; other libs are reached by their @libs name.`;
    }
    if (test.test(`${target}.ts`) || test.test(target)) return `"${spec}" is a test helper; only specs and other helpers import it.`;
    return null;
  }
  if (spec.startsWith('@libs/')) {
    const name = spec.split('/')[1];
    if (name === lib) return `libs/${lib} imports itself by relative paths, not by "${spec}".`;
    if (options.libs.includes('*') || options.libs.includes(name)) return null;
    return options.libs.length === 0
      ? `libs/core imports nothing internal ("${spec}").`
      : `libs import only @libs/core ("${spec}"); only libs/pipeline composes the other libs, and routing receives invoke instead of importing providers.`;
  }
  if (builtins.has(spec) || builtins.has(spec.split('/')[0])) {
    if (options.builtins.includes(spec)) return null;
    return `"${spec}" is a Node built-in with I/O or process access (a lib may import only ${options.builtins.join(', ')}); ${WHY}.`;
  }
  if (spec.startsWith('/') || /^(src|libs)(\/|$)/.test(spec))
    return `"${spec}" is a path, not a package: libs never import src/, and other libs are reached by their @libs name.`;
  const pkg = packageName(spec);
  if (options.packages.includes(pkg)) return null;
  return `"${pkg}" is not on the libs allow-list (eslint.config.mjs); ${WHY}. Add a package there only if it does no I/O.`;
}

/** @type {import('eslint').Rule.RuleModule} */
export const libsImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Allow-list of what a lib may import (ARCHITECTURE.md, "Rules").' },
    schema: [
      {
        type: 'object',
        properties: {
          libs: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
          builtins: { type: 'array', items: { type: 'string' } },
        },
        required: ['libs', 'packages', 'builtins'],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const root = context.cwd;
    const file = relative(root, context.filename).split(sep).join('/');
    const options = context.options[0];
    const check = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      const why = refusal(source.value, file, options, root);
      if (why !== null) context.report({ node: source, message: why });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportEqualsDeclaration: (node) => check(node.moduleReference.expression),
      TSImportType: (node) => check(node.argument.literal ?? node.argument),
      'CallExpression[callee.name="require"]': (node) => check(node.arguments[0]),
    };
  },
};
