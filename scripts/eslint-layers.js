// @ts-check
// One ESLint rule that enforces the direction of imports between the project's layers. It resolves
// relative and `@/` imports to a top-level folder, so it needs no resolver plugin.
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));

/** Which folders (and packages) each layer may import. `*` means any package. */
const allowed = {
  core: { folders: ['core'], packages: ['valibot'] },
  components: { folders: ['components', 'core', 'assets'], packages: ['preact', '@floating-ui/dom'] },
  page: { folders: ['page', 'core', 'components', 'assets', 'lib'], packages: ['*'] },
  lib: { folders: ['lib', 'core', 'assets'], packages: ['*'] },
  entrypoints: { folders: ['entrypoints', 'page', 'lib', 'core', 'components', 'assets'], packages: ['*'] },
};

/** @param {string} file */
function layerOf(file) {
  const rel = path.relative(root, file).split(path.sep);
  return rel.length > 1 ? rel[0] : undefined;
}

/** @type {import('eslint').ESLint.Plugin} */
export const layerRules = {
  rules: {
    'import-direction': {
      meta: { type: 'problem', schema: [], messages: { bad: '{{from}}/ must not import {{what}}' } },
      create(context) {
        const file = context.filename;
        const from = layerOf(file);
        const rule = from ? allowed[/** @type {keyof typeof allowed} */ (from)] : undefined;
        if (!from || !rule) return {};
        /** @param {any} node */
        const check = (node) => {
          const spec = node.source?.value;
          if (typeof spec !== 'string') return;
          // Types vanish at build time, so sharing an interface does not couple layers at run time.
          if (node.importKind === 'type' || node.exportKind === 'type') return;
          let target;
          if (spec.startsWith('@/') || spec.startsWith('~/')) target = path.join(root, spec.slice(2));
          else if (spec.startsWith('.')) target = path.resolve(path.dirname(file), spec);
          if (target) {
            const layer = layerOf(target);
            const ok = layer !== undefined && rule.folders.includes(layer);
            // entrypoints are separate contexts: one never imports another.
            const sameEntry = from !== 'entrypoints' || layer !== 'entrypoints' ||
              path.relative(root, target).split(path.sep)[1]?.replace(/\.tsx?$/, '') ===
              path.relative(root, file).split(path.sep)[1]?.replace(/\.tsx?$/, '');
            if (!ok || !sameEntry) context.report({ node, messageId: 'bad', data: { from, what: spec } });
            return;
          }
          if (spec.startsWith('node:')) {
            // Everything in a layer ships in the extension, where Node's modules do not exist.
            context.report({ node, messageId: 'bad', data: { from, what: spec } });
            return;
          }
          const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
          if (!rule.packages.includes('*') && !rule.packages.includes(pkg)) {
            context.report({ node, messageId: 'bad', data: { from, what: spec } });
          }
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};
