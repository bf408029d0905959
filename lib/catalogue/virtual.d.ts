declare module 'virtual:endolens-catalogue' {
  import type { CompiledCatalogue } from './types.ts';
  const catalogue: CompiledCatalogue;
  export default catalogue;
}
