/** The parts of citation-js 0.7 that citecheck uses (the package ships no type declarations). */
declare module 'citation-js' {
  export interface ChainOptions {
    /** Skip type recognition (which could pick a network plugin such as @doi/id). */
    forceType?: string;
    generateGraph?: boolean;
  }

  export interface CiteInstance {
    data: Record<string, unknown>[];
    format(style: string, options?: Record<string, unknown>): string;
  }

  export interface CitePlugins {
    input: { chain(data: unknown, options?: ChainOptions): Record<string, unknown>[] };
    config: { get(name: string): Record<string, any> };
  }

  export interface CiteConstructor {
    new (data: unknown, options?: Record<string, unknown>): CiteInstance;
    plugins: CitePlugins;
  }

  const Cite: CiteConstructor;
  export default Cite;
}
