// Same build as wxt.config.ts, with source maps, into .bench-tmp/analyze (git-ignored): lets
// bench/breakdown.ts say which modules make up each content script. Not used by `npm run build`.
import { defineConfig } from 'wxt';
import projectConfig from '../wxt.config';

type ViteOption = NonNullable<typeof projectConfig.vite>;

const projectVite = projectConfig.vite as ViteOption;

export default defineConfig({
  ...projectConfig,
  root: `${import.meta.dirname}/..`,
  outDir: '.bench-tmp/analyze',
  vite: async (env) => {
    const base = await projectVite(env);
    return { ...base, build: { ...base.build, sourcemap: true } };
  },
});
