/**
 * What a piece of bibliography text looks like: a whole entry, the tail of an entry (its URL,
 * its page range, a lower-case continuation), prose, or something else. Pure functions of text;
 * the words they need ("Accessed", "n.d.") come from the lexicon.
 */
import type { Lexicon } from '../lang/lexicon.js';
import { alternation, WORD_END, WORD_START } from '../util/regex.js';

export type PieceShape = 'entry' | 'tail' | 'prose' | 'other';

export const YEAR = /(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)/;
export const URL_OR_DOI = /(?:https?:\/\/|www\.)\S|\bdoi:\s*10\.|\b10\.\d{4,9}\//i;
/** "[12] ", "12. ", "12) " in front of an entry (three digits at most: "2024." is a year). */
export const ENTRY_LABEL = /^\s*(?:\[(\d{1,4})\]|(\d{1,3})[.)])\s+/;

/** Name particles that may start an entry in lower case ("van Dijk, T.", "de Zeltner, A."). */
const PARTICLE_START = /^(?:van|von|de|der|den|del|della|di|da|du|dos|das|le|la|ter|ten|al|el|bin|ibn|d['’])[\s-]*\p{Lu}/u;

export interface ShapeWords {
  noDate: RegExp | null;
  /** "Retrieved from", "Diunduh dari", "Accessed", "diakses pada" … */
  retrieval: RegExp | null;
  /** The same words at the very end of a text: the entry stops where its URL should be. */
  danglingRetrieval: RegExp | null;
}

const cache = new WeakMap<Lexicon, ShapeWords>();

export function shapeWords(lexicon: Lexicon): ShapeWords {
  let words = cache.get(lexicon);
  if (!words) {
    const retrieval = [...lexicon.retrievedFrom, ...lexicon.accessed];
    const retrievalBody = alternation(retrieval);
    words = {
      noDate: lexicon.noDate.length ? new RegExp(`${WORD_START}(?:${alternation(lexicon.noDate)})(?![\\p{L}])`, 'iu') : null,
      retrieval: retrieval.length ? new RegExp(`${WORD_START}(?:${retrievalBody})${WORD_END}`, 'iu') : null,
      danglingRetrieval: retrieval.length ? new RegExp(`${WORD_START}(?:${retrievalBody})\\s*(?:pada|on|el|le|am|em|at)?\\s*[:,.]?\\s*$`, 'iu') : null,
    };
    cache.set(lexicon, words);
  }
  return words;
}

export function hasDateEvidence(text: string, words: ShapeWords): boolean {
  return YEAR.test(text) || (words.noDate?.test(text) ?? false);
}

const letters = (text: string) => text.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));

/** Running text: long, or long-ish with mostly lower-case words and no date or address. */
export function isProse(text: string, words: ShapeWords): boolean {
  const trimmed = text.trim();
  const urls = (trimmed.match(/https?:\/\/\S+/g) ?? []).join('').length;
  const length = trimmed.length - urls;
  if (length > 1000) return true;
  const wordList = letters(trimmed);
  const lowerRatio = wordList.length ? wordList.filter((w) => /^\p{Ll}/u.test(w)).length / wordList.length : 0;
  if (length > 600 && lowerRatio > 0.55) return true;
  if (length > 300 && lowerRatio > 0.7) return true;
  return length > 200 && !hasDateEvidence(trimmed, words) && !URL_OR_DOI.test(trimmed) && lowerRatio > 0.5;
}

/** The end of an entry that was split off it: its URL, date + URL, pages, a lower-case run-on. */
export function isTail(text: string, itemStart = false): boolean {
  const t = text.trim();
  if (/^<?(?:https?:\/\/|www\.|doi:)/i.test(t)) return true;
  if (/^\(?(?:1[5-9]\d\d|20\d\d)\)?[.,]?\s*<?(?:https?:\/\/|www\.)/.test(t)) return true;
  if (/^[,.;:)\]–-]/.test(t)) return true;
  if (/^(?:pp?\.|vol\.|no\.)\s*\d/i.test(t) || /^\d{1,5}\s*[-–]\s*\d{1,5}\b/.test(t)) return true;
  // A list item of its own may start in lower case ("gunes, …" a user name); a run-on may not.
  return !itemStart && /^\p{Ll}/u.test(t) && !PARTICLE_START.test(t);
}

/** A line that opens an entry of its own: a label, a bullet, "Surname, X", "Name. 2020.", a quoted title. */
export function startsLikeEntry(line: string): boolean {
  const t = line.trimStart();
  if (ENTRY_LABEL.test(t) || /^[-•*–]\s/.test(t)) return true;
  // "Smith, J.", "Smith, John": an initial or a given name after the comma ("Washington, DC:" is a place).
  if (/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,\s*\p{Lu}(?:[.\s-]|\p{Ll})/u.test(t)) return true;
  if (PARTICLE_START.test(t) && /^[^,]{2,40},\s*\p{Lu}/u.test(t)) return true;
  // "Name. 2020." — a year, not one end of a page range ("Human Relations, 73(12), 1650–1672.").
  // The name may hold dots inside a word ("Kompas.com. 2020.").
  return /^[\p{Lu}"“](?:[^.!?]|\.(?=[\p{L}\d])){0,90}?[.,]?\s*\(?(?<![-–]\s?)(?:1[5-9]\d\d|20\d\d)(?!\s?[-–]\s?\d)[a-z]?\)?[.,:]/u.test(t);
}

/** The entry stops mid-way: no closing punctuation, or a "Retrieved from"/"Accessed" with nothing after it. */
export function isOpenEnded(text: string, words: ShapeWords): boolean {
  const t = text.trimEnd();
  if (words.danglingRetrieval?.test(t)) return true;
  return !/[.?!>)\]"”'’*_]$/.test(t);
}

/** Starts with "Retrieved from"/"Diakses": the rest of an entry when the entry before it stops open. */
export function startsWithRetrieval(text: string, words: ShapeWords): boolean {
  const match = words.retrieval?.exec(text.trimStart());
  return match !== undefined && match !== null && match.index === 0;
}

export function classifyPiece(text: string, words: ShapeWords, itemStart = false): PieceShape {
  const t = text.trim();
  if (t.length === 0) return 'other';
  if (isTail(t, itemStart)) return 'tail';
  if (isProse(t, words)) return 'prose';
  if (ENTRY_LABEL.test(t) || hasDateEvidence(t, words) || URL_OR_DOI.test(t)) return 'entry';
  // No date and no address: still an entry when it reads like one ("Author. Title. Publisher.").
  if (t.length >= 20 && /^[\p{Lu}"“'‘*_]/u.test(t) && /[.,:]\s+\S/.test(t)) return 'entry';
  return 'other';
}
