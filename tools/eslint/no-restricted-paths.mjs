// `par/no-restricted-paths`: the zones of eslint-plugin-import's `import/no-restricted-paths` (the rule
// bulletproof-react lints its feature boundaries with), for the relative imports this workspace uses, with
// no plugin and no resolver to install. A zone forbids files under `target` to import anything under `from`,
// except the folders `except` names (relative to `from`). Paths are relative to the working directory.
// An import is checked by the path it names, without resolving extensions: `../period/api/move-period`
// lies under `features/period` whether the file ends in .ts or .tsx. Package imports (`@par/…`, `react`)
// are never restricted here; `@nx/enforce-module-boundaries` guards the projects.
import { dirname, isAbsolute, relative, resolve } from 'node:path';

const inside = (path, folder) => {
  const rest = relative(folder, path);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
};

/** @type {import('eslint').Rule.RuleModule} */
export const noRestrictedPaths = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid imports from one folder into another (feature boundaries)' },
    schema: [
      {
        type: 'object',
        properties: {
          zones: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                target: { type: 'string' },
                from: { type: 'string' },
                except: { type: 'array', items: { type: 'string' } },
                message: { type: 'string' },
              },
              required: ['target', 'from'],
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      restricted: 'Unexpected path "{{source}}" imported in restricted zone.{{message}}',
    },
  },
  create(context) {
    const cwd = context.cwd;
    const file = context.filename;
    const zones = (context.options[0]?.zones ?? [])
      .map((zone) => {
        const from = resolve(cwd, zone.from);
        return {
          target: resolve(cwd, zone.target),
          from,
          except: (zone.except ?? []).map((path) => resolve(from, path)),
          message: zone.message ? ` ${zone.message}` : '',
        };
      })
      .filter((zone) => inside(file, zone.target));
    if (zones.length === 0) return {};

    const check = (node) => {
      const source = node?.type === 'Literal' && typeof node.value === 'string' ? node.value : null;
      if (!source || !source.startsWith('.')) return;
      const imported = resolve(dirname(file), source);
      for (const zone of zones) {
        if (!inside(imported, zone.from)) continue;
        if (zone.except.some((folder) => inside(imported, folder))) continue;
        context.report({ node, messageId: 'restricted', data: { source, message: zone.message } });
        return;
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { 'no-restricted-paths': noRestrictedPaths } };
