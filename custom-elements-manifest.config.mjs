// `cem analyze` (part of `npm run build`) writes custom-elements.json: the package's API as shipped
// (built `dist/` modules, real event names, attribute types as unions of their values, defaults, `lang`,
// no private members). The plugins that make it so are in scripts/cem-plugins.mjs.
import { definitions, distPaths, eventNames, langAttribute, publicOnly, valueTypes } from './scripts/cem-plugins.mjs';

export default {
  globs: ['src/index.ts', 'src/all.ts', 'src/elements/*/*.ts', 'src/internal/render-guard.ts', 'src/internal/contrast.ts'],
  exclude: ['src/elements/*/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [eventNames(), publicOnly(), definitions(), valueTypes(), langAttribute(), distPaths()],
};
