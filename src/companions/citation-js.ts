/**
 * citation-js, loaded on first use: it takes about a quarter of a second to load, and most
 * audits (plain-text theses without .bib/CSL/RIS companions) never need it.
 */
import { createRequire } from 'node:module';
import type CiteModule from 'citation-js';

const requireCjs = createRequire(import.meta.url);
let loaded: typeof CiteModule | undefined;

export function citationJs(): typeof CiteModule {
  return (loaded ??= requireCjs('citation-js') as typeof CiteModule);
}
