/**
 * Build-time plugin: `import catalogue from 'virtual:endolens-catalogue'` gives the compiled
 * catalogue as JSON. An invalid catalogue fails the build with the file, the field and the problem.
 */
import type { Plugin } from 'vite';
import { DATA_DIR, loadCatalogue } from './load-node.ts';

const ID = 'virtual:endolens-catalogue';
const RESOLVED = `\0${ID}`;

export function catalogueModule(): Plugin {
  let code: string | undefined;
  return {
    name: 'endolens-catalogue',
    buildStart() {
      code = undefined; // compile once per build, again after data/ changes in watch mode
    },
    watchChange(id) {
      if (id.startsWith(DATA_DIR)) code = undefined;
    },
    resolveId: {
      filter: { id: /^virtual:endolens-catalogue$/ },
      handler: (id) => (id === ID ? RESOLVED : undefined),
    },
    load: {
      filter: { id: /^\0virtual:endolens-catalogue$/ },
      handler(id) {
        if (id !== RESOLVED) return undefined;
        this.addWatchFile(DATA_DIR);
        code ??= `export default ${JSON.stringify(loadCatalogue())};`;
        return code;
      },
    },
  };
}
