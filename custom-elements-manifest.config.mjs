export default {
  globs: ['src/elements/*/*.ts'],
  exclude: ['src/elements/*/*.styles.ts', 'src/elements/*/define.ts'],
  outdir: '.',
  litelement: true,
};
