import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * package.json `sideEffects` names only the files the package ships (dist/), so a bundler would drop
 * Storybook's imports of the sources that register the elements: mark those as side effects here.
 */
const registersElements = {
  name: 'mbc-registers-elements',
  transform(code: string, id: string) {
    return /[\\/]src[\\/](all|locales[\\/][^\\/]+|elements[\\/][^\\/]+[\\/]define)\.ts$/.test(id) ? { code, map: null, moduleSideEffects: true } : null;
  },
};

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The example themes, as a partner's page would link them (the theme toolbar in preview.ts).
  staticDirs: [{ from: '../themes', to: '/themes' }],
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), registersElements] }),
};

export default config;
