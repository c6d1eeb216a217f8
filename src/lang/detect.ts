/** Language detection per document with franc-min, limited to the languages we have lexicons for. */
import { franc } from 'franc-min';

/** ISO 639-3 codes franc returns → our two-letter lexicon codes. Malay is read as Indonesian. */
const FROM_ISO3: Record<string, string> = {
  eng: 'en',
  ind: 'id',
  zlm: 'id',
  msa: 'id',
  spa: 'es',
  fra: 'fr',
  deu: 'de',
  por: 'pt',
};

const CHUNK = 1500; // franc reads at most 2,048 characters, so long texts are sampled in chunks
const MAX_CHUNKS = 24;

/**
 * Votes over evenly spaced chunks of the text, weighted by length: an English abstract on top
 * of an Indonesian thesis does not decide the thesis's language.
 */
export function detectLanguage(text: string, available: Iterable<string>, fallback: string): string {
  const allowed = new Set(available);
  const only = Object.entries(FROM_ISO3).filter(([, code]) => allowed.has(code)).map(([iso3]) => iso3);
  const chunkCount = Math.min(MAX_CHUNKS, Math.max(1, Math.floor(text.length / CHUNK)));
  const stride = chunkCount > 1 ? (text.length - CHUNK) / (chunkCount - 1) : 0;
  const votes = new Map<string, number>();
  for (let i = 0; i < chunkCount; i++) {
    const chunk = text.slice(Math.round(i * stride), Math.round(i * stride) + CHUNK);
    const code = FROM_ISO3[franc(chunk, { only, minLength: 40 })];
    if (code) votes.set(code, (votes.get(code) ?? 0) + chunk.length);
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked[0]?.[0] ?? (allowed.has(fallback) ? fallback : 'en');
}
