/**
 * Author-year citations in prose: parenthetical "(Foyle, 1997, p. 12)", "(Smith & Lee 2020;
 * Wang et al. 2019a)", "(Brookings n.d.)"; narrative "Foyle (1997)", "Hedges, (1978)"; yearless
 * narrative after a cue word ("menurut Sheehan", "according to Levi"); inline "(Ibid., hlm. 5)";
 * and things shaped like citations that cannot be read ("(Mardalis Jakarta)", an unclosed
 * "(Smith 2010"). Positions are in block text; the caller maps them to the source.
 */
import type { Block, CitationKind } from '../model/types.js';
import { foldWord } from '../lang/lexicon.js';
import { alternation } from '../util/regex.js';
import { honorificKey, type CitationContext } from './citation-context.js';
import { citedName, foldName, matchTier, Tier, YEAR_SOURCE } from './names.js';

export interface FoundCitation {
  kind: CitationKind;
  start: number;
  end: number;
  names?: string[];
  keys?: string[];
  numbers?: number[];
  year?: string;
  locator?: string;
  /** Why this is shaped like a citation but cannot be read (no year, unclosed bracket). */
  problem?: 'no-year' | 'unclosed';
  /** A secondary citation's original author ("Putnam" in "(Putnam dalam Keohane, 1988)"). */
  original?: string[];
}

const YEAR_TOKEN = `${YEAR_SOURCE}[a-z]?`;
const ROMAN = /^[IVXLC]{2,}$/;

/** Split "Smith & Lee" / "Plano dan Olton" into separate names; "et al." stays with its name. */
export function splitNames(name: string, ctx: CitationContext): string[] {
  const alias = ctx.aliases.get(foldName(name));
  if (alias) return [alias]; // "WHO" after "(World Health Organization [WHO], 2019)"
  const etAl = ctx.etAlEnd.exec(name);
  const tokens = (etAl ? name.slice(0, etAl.index) : name).split(/\s+/).filter(Boolean);
  const names: string[][] = [[]];
  for (const token of tokens) {
    if (ctx.words.connectors.has(foldName(token)) || token === '&') names.push([]);
    else names[names.length - 1]!.push(token);
  }
  const split = names.map((n) => n.join(' ')).filter((n) => n.length > 0);
  if (etAl && split.length) split[split.length - 1] += etAl[0]; // "Wang et al." stays one name
  return split;
}

/** A string that can be an author (person or organisation) as written in a citation. */
export function isNameText(name: string, ctx: CitationContext, { allowCommon = false } = {}): boolean {
  const base = name.replace(ctx.etAlEnd, '');
  const tokens = base.split(/\s+/).filter(Boolean);
  // A name starts with a capital, or with a particle before one ("van Dijk", "al-Farabi").
  const leading = tokens.findIndex((t) => !ctx.words.particles.has(foldName(t)));
  if (tokens.length === 0 || tokens.length > 12 || leading === -1 || !/^\p{Lu}/u.test(tokens[leading]!.replace(/^\p{Ll}+-/u, ''))) return false;
  for (const token of tokens) {
    const f = foldName(token);
    if (ctx.words.connectors.has(f) || token === '&' || ctx.words.particles.has(f)) continue;
    if (/^\p{Ll}{1,3}$/u.test(token)) continue; // "of", "on", "the", "de"
    const bare = token.replace(/^\p{Ll}{1,4}-(?=\p{Lu})/u, ''); // "al-Farabi"
    // Digits only inside an acronym of an organisation ("BP2MI", "LP3ES").
    const acronym = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{Lu}\d]+[.,]?$/u.test(token);
    if (!/^\p{Lu}/u.test(bare) || (/\d/.test(token) && !acronym) || ROMAN.test(token)) return false;
    if (/[,;:!?()]/.test(token.replace(/[,.]$/, ''))) return false;
  }
  if (tokens.every((t) => ctx.calendarWords.has(foldName(t)))) return false;
  if (!allowCommon && tokens.length === 1 && ctx.lowercaseWords.has(foldWord(tokens[0]!.replace(/[.,]$/, '')))) return false;
  return foldName(base).length > 1;
}

/** "et", "al.", "dkk.": words of an "et al." inside a name being read. */
const isEtAlWord = (word: string, ctx: CitationContext) => ctx.etAlWords.has(foldWord(word).replace(/\.$/, ''));

/** The best match tier of a name among the reference list (undefined: no entry answers to it). */
export function listTier(names: string[], ctx: CitationContext): Tier | undefined {
  const cited = names.map((n) => citedName(n, ctx.words));
  let best: Tier | undefined;
  for (const profile of ctx.listProfiles) {
    const tier = matchTier(cited, profile);
    if (tier !== undefined && (best === undefined || tier < best)) best = tier;
  }
  return best;
}

interface ItemParse {
  name: string;
  /** Each year as meant ("2010b" for the "b" of "2010a, b"), where it is written and how long. */
  years: { text: string; offset: number; length: number }[];
  locator?: string;
}

function itemPattern(ctx: CitationContext): RegExp {
  // "2010a, b": a bare letter continues the year before it.
  return new RegExp(`^(.*?)(?:,\\s*|\\s+)(${yearListSource(ctx)})(?![\\p{L}\\p{N}])(?:\\s*[,:]?\\s*(.*?))?\\s*$`, 'iu');
}

/** A list of years as cited: "2013, 2014", "2010a, b", "2019/2020", "n.d.". */
const yearListSource = (ctx: CitationContext) =>
  `(?:${YEAR_TOKEN}|${ctx.noDateSource})(?:\\s*[,/]\\s*(?:${YEAR_TOKEN}|[a-z](?![\\p{L}.])))*`;

/** Each year of a year list, at its offset from `start`. */
function yearsOf(yearText: string, start: number, ctx: CitationContext): ItemParse['years'] {
  const years: ItemParse['years'] = [];
  for (const y of yearText.matchAll(new RegExp(`${YEAR_TOKEN}|${ctx.noDateSource}|(?<=[,/]\\s*)[a-z](?![\\p{L}])`, 'giu'))) {
    const letterOnly = /^[a-z]$/i.test(y[0]) && years.length > 0;
    const text = letterOnly ? `${years.at(-1)!.text.slice(0, 4)}${y[0]}` : y[0];
    years.push({ text, offset: start + y.index!, length: y[0].length });
  }
  return years;
}

/** "World Health Organization [WHO]": the name without the abbreviation it defines. */
const withoutAliasDefinition = (name: string) => name.replace(/\s*\[\p{Lu}[\p{Lu}\p{N}&]{1,11}\]$/u, '');

/** "Kompas, 14 Maret" before the year of "(Kompas, 14 Maret 2022)": the day and month of a news item. */
function withoutDayAndMonth(name: string, ctx: CitationContext): string {
  const words = name.split(/(\s+)/);
  let end = words.length;
  // Drop a trailing month word, then the day before it.
  const last = (i: number) => words[i - 1]?.replace(/[.,]$/, '') ?? '';
  while (end > 0 && !words[end - 1]!.trim()) end--;
  if (end === 0 || !ctx.calendarWords.has(foldWord(last(end)))) return name;
  end--;
  while (end > 0 && !words[end - 1]!.trim()) end--;
  if (/^\d{1,2}$/.test(last(end))) end--;
  return words.slice(0, end).join('').replace(/[\s,]+$/, '');
}

function parseItem(item: string, ctx: CitationContext): ItemParse | null {
  const match = itemPattern(ctx).exec(item);
  if (!match) return null;
  const [, written = '', yearText = '', rest = ''] = match;
  const name = withoutDayAndMonth(written, ctx);
  if (rest && (rest.length > 40 || !ctx.locator.test(rest))) return null; // "Hermann 2008 for a taxonomy": prose, not a locator
  const years = yearsOf(yearText, match[0].indexOf(yearText, name.length), ctx);
  return { name: withoutTitle(withoutAliasDefinition(name.trim().replace(/,$/, '')), ctx), years, ...(rest ? { locator: rest.replace(/[.;,]+$/, '') } : {}) };
}

/** "(Sukma, 2019; 2020)": an item that is only years cites the author of the item before it. */
const yearListCache = new WeakMap<CitationContext, RegExp>();

function yearsOnly(item: string, ctx: CitationContext): ItemParse['years'] | null {
  let whole = yearListCache.get(ctx);
  if (!whole) yearListCache.set(ctx, (whole = new RegExp(`^(?:${yearListSource(ctx)})$`, 'iu')));
  return whole.test(item) ? yearsOf(item, 0, ctx) : null;
}

/**
 * "Sugiyono dalam Moleong 2006", "as cited in Smith 2010": only the listed author after the
 * marker is cited. Returns where that author starts, or 0.
 */
function citedInSplit(item: string, ctx: CitationContext): number {
  if (!ctx.citedIn) return 0;
  let at = 0;
  for (const match of item.matchAll(ctx.citedIn)) {
    const before = item.slice(0, match.index).trim();
    if (before === '' || isNameText(before, ctx)) at = match.index! + match[0].length;
  }
  return at > 0 && parseItem(item.slice(at), ctx) ? at : 0;
}

/** Citations inside one pair of parentheses (block text between `open` and `close`). */
function parenthetical(text: string, open: number, close: number, ctx: CitationContext): FoundCitation[] {
  const content = text.slice(open + 1, close);
  const found: FoundCitation[] = [];
  const parts: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const piece of content.split(';')) {
    parts.push({ text: piece, offset });
    offset += piece.length + 1;
  }
  let previousNames: string[] | undefined;
  for (const part of parts) {
    const lead = part.text.length - part.text.trimStart().length;
    let item = part.text.trim();
    let itemStart = open + 1 + part.offset + lead;
    const itemEnd = itemStart + item.length;
    const single = parts.length === 1 && (parseItem(item, ctx)?.years.length ?? 1) <= 1;
    const span = (start: number, end: number) => (single ? { start: open, end: close + 1 } : { start, end });
    if (ctx.ibidStart.test(item)) {
      const word = ctx.ibidStart.exec(item)![0];
      const locator = item.slice(word.length).replace(/^[\s.,*_]+/, '').trim();
      found.push({ kind: 'ibid', ...span(itemStart, itemEnd), ...(locator ? { locator } : {}) });
      continue;
    }
    if (ctx.personalCommunication?.test(item)) continue; // "(interview, 2022)": not in any reference list
    const prefix = ctx.prefix.exec(item);
    if (prefix) {
      item = item.slice(prefix[0].length);
      itemStart += prefix[0].length;
    }
    const secondary = citedInSplit(item, ctx);
    let original: string[] | undefined;
    if (secondary) {
      const marker = new RegExp(`[\\s,]*(?:${alternation(ctx.lexicon.citedIn)})\\s*$`, 'iu');
      const before = item.slice(0, secondary).replace(marker, '').trim();
      if (before && isNameText(before, ctx)) original = splitNames(before, ctx);
      item = item.slice(secondary);
      itemStart += secondary;
    }
    const bare = previousNames ? yearsOnly(item, ctx) : null;
    const parsed = bare ? { name: previousNames!.join(' & '), years: bare } : parseItem(item, ctx);
    if (parsed && parsed.name && (bare || isNameText(parsed.name, ctx))) {
      const names = bare ? previousNames! : splitNames(parsed.name, ctx);
      previousNames = names;
      parsed.years.forEach((year, i) => {
        const base = { kind: 'author-year' as const, names, year: year.text, ...(parsed.locator ? { locator: parsed.locator } : {}), ...(original ? { original } : {}) };
        if (i === 0) found.push({ ...base, ...span(itemStart, parsed.years.length > 1 ? itemStart + year.offset + year.length : itemEnd) });
        else found.push({ ...base, start: itemStart + year.offset, end: itemStart + year.offset + year.length });
      });
      continue;
    }
    // No year: a citation only when the words name a listed author ("(Mardalis Jakarta)").
    if (!parsed && /^[^\d]{2,80}$/.test(item) && item.split(/\s+/).length <= 6 && !/^\p{Lu}+$/u.test(item) && isNameText(item, ctx)) {
      const names = splitNames(item, ctx);
      const tier = listTier(names, ctx);
      if (tier !== undefined && tier <= Tier.CoAuthor) found.push({ kind: 'author-year', ...span(itemStart, itemEnd), names, problem: 'no-year' });
    }
  }
  return found;
}

/** How many leading words are a title ("Dr.", "Prime Minister") before a name that follows it; 0 when none. */
function honorificWords(words: string[], ctx: CitationContext): number {
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    if (ctx.honorifics.has(honorificKey(words.slice(0, n).join(' ')))) return n;
  }
  return 0;
}

/** "Dr. Smith" → "Smith": a title is no part of a cited name. */
function withoutTitle(name: string, ctx: CitationContext): string {
  const words = name.split(/\s+/);
  const title = honorificWords(words, ctx);
  return title ? words.slice(title).join(' ') : name;
}

/** The author name written just before `end` ("… menurut Foyle" ← "(1997)"), or null. */
export function nameBefore(text: string, end: number, ctx: CitationContext): { start: number; name: string; listed: boolean } | null {
  const windowStart = Math.max(0, end - 150);
  const aliasDefinition = /\s*\[\p{Lu}[\p{Lu}\p{N}&]{1,11}\]\s*$/u.exec(text.slice(windowStart, end)); // "World Health Organization [WHO] (2019)"
  if (aliasDefinition) end = windowStart + aliasDefinition.index;
  const tokens = [...text.slice(windowStart, end).matchAll(/\S+/g)].map((m) => ({ text: m[0], start: windowStart + m.index! }));
  const taken: typeof tokens = [];
  for (let i = tokens.length - 1; i >= 0 && taken.length < 8; i--) {
    const token = tokens[i]!;
    let word = token.text.replace(/['’]s$/, '');
    if (taken.length === 0) word = word.replace(/,$/, ''); // "Hedges, (1978)"
    // Clause punctuation ends the name: that word belongs to what came before ("…, Smith (2010)").
    if (taken.length > 0 && /[,;:.!?)\]"”]$/.test(word) && !/^\p{Lu}\.$/u.test(word)) break;
    const f = foldName(word);
    const joiner = ctx.words.connectors.has(f) || word === '&' || ctx.words.particles.has(f) || isEtAlWord(word, ctx);
    if (!/^\p{Lu}[\p{L}\p{M}'’.\-]*$/u.test(word) && !joiner) break;
    taken.unshift({ text: word, start: token.start });
  }
  const isJoiner = (word: string) => ctx.words.connectors.has(foldName(word)) || word === '&' || isEtAlWord(word, ctx);
  const isCommon = (word: string) => ctx.lowercaseWords.has(foldWord(word)) || ctx.lexicon.stopwords.includes(foldName(word));
  // Drop leading words that are not names: "In", "As", "Menurut", connectors ("Last and Usyskin" keeps "Last"), titles ("Dr.").
  while (taken.length > 0) {
    const first = taken[0]!;
    const beforeJoiner = taken[1] !== undefined && isJoiner(taken[1].text);
    const title = honorificWords(taken.map((t) => t.text), ctx);
    if (title > 0) taken.splice(0, title);
    else if (isJoiner(first.text) || /^\p{Ll}/u.test(first.text) || (isCommon(first.text) && taken.length > 1 && !beforeJoiner)) taken.shift();
    else break;
  }
  if (taken.length === 0) return null;
  const nameFrom = (i: number) => text.slice(taken[i]!.start, taken.at(-1)!.start + taken.at(-1)!.text.length);
  // The longest run of words that names a listed author wins ("Howard H. Lentner", not "Lentner"),
  // but not the second of two joined names when the first is a misspelt listed author:
  // "Gonzalez and Park" cites Gonzales and Park, not Park alone ("Kenya and Smith" still cites Smith).
  const misspeltFirst = listTier(splitNames(nameFrom(0), ctx), ctx) === Tier.NearMiss;
  for (let i = 0; i < taken.length; i++) {
    if (isJoiner(taken[i]!.text) || /^\p{Ll}/u.test(taken[i]!.text) || (misspeltFirst && i > 0 && isJoiner(taken[i - 1]!.text))) continue;
    const tier = listTier(splitNames(nameFrom(i), ctx), ctx);
    if (tier !== undefined && tier <= Tier.CoAuthor && isNameText(nameFrom(i), ctx, { allowCommon: true })) return { start: taken[i]!.start, name: nameFrom(i), listed: true };
  }
  const name = nameFrom(0);
  return isNameText(name, ctx) ? { start: taken[0]!.start, name, listed: false } : null;
}

/**
 * An author the list does not have, written like one: surnames only ("Sheehan", "Jones and
 * Brown", "Wang et al."), no acronym ("COVID"), no ordinary word ("Since"), not the subject the
 * text keeps naming ("Putin"), and no event ("Great Depression (1929)").
 */
export function looksLikeUnlistedAuthor(name: string, ctx: CitationContext): boolean {
  if (!ctx.listProfiles.some((p) => p.lead !== '')) return false;
  return splitNames(name, ctx).every((n) => {
    const core = citedName(n, ctx.words).core;
    const word = n.replace(ctx.etAlEnd, '').split(/\s+/).at(-1)!;
    return (
      core.length === 1 &&
      !/^\p{Lu}{2,}$/u.test(word) &&
      !ctx.lexicon.stopwords.includes(core[0]!) &&
      !ctx.lowercaseWords.has(core[0]!) &&
      (ctx.capitalizedCounts.get(foldWord(word)) ?? 0) <= 3
    );
  });
}

/** "Foyle (1997)", "Foyle (1997, p. 12)", "Dubé et al. (2013, 2014)": one citation per year. */
function narrative(text: string, ctx: CitationContext): FoundCitation[] {
  const found: FoundCitation[] = [];
  const pattern = new RegExp(`\\((${yearListSource(ctx)})(?![\\p{L}\\p{N}])(?:\\s*[,:]\\s*([^()]{1,30}))?\\)`, 'giu');
  for (const match of text.matchAll(pattern)) {
    if (match[2] && !ctx.locator.test(match[2].trim())) continue;
    const name = nameBefore(text, match.index!, ctx);
    if (!name || (!name.listed && !looksLikeUnlistedAuthor(name.name, ctx))) continue;
    const names = splitNames(name.name, ctx);
    const locator = match[2] ? { locator: match[2].trim() } : {};
    const years = yearsOf(match[1]!, match.index! + 1, ctx);
    years.forEach((year, i) => {
      // The first year goes with the name ("Dubé et al. (2013"), each further one stands alone ("2014").
      const start = i === 0 ? name.start : year.offset;
      const end = years.length === 1 ? match.index! + match[0].length : year.offset + year.length;
      found.push({ kind: 'narrative', start, end, names, year: year.text, ...locator });
    });
  }
  return found;
}

/** "menurut Sheehan", "according to Levi": a yearless narrative citation after a cue word. */
function cued(text: string, ctx: CitationContext, cue: RegExp | null): FoundCitation[] {
  if (!cue) return [];
  const found: FoundCitation[] = [];
  for (const match of text.matchAll(cue)) {
    const from = match.index! + match[0].length;
    const tokens = [...text.slice(from, from + 120).matchAll(/\S+/g)];
    const taken: { word: string; start: number }[] = [];
    for (const token of tokens) {
      if (taken.length >= 8) break;
      const word = token[0].replace(/[,;:.!?)"”]+$/, '');
      const f = foldName(word);
      const joiner = ctx.words.connectors.has(f) || word === '&' || ctx.words.particles.has(f);
      if (!(/^\p{Lu}[\p{L}\p{M}'’.\-]*$/u.test(word) || (joiner && taken.length > 0))) break;
      const whole = /^\p{Lu}\.$/u.test(token[0]) || ctx.honorifics.has(honorificKey(token[0])); // "J.", "Dr."
      taken.push({ word: whole ? token[0] : word, start: from + token.index! });
      if (word !== token[0] && !whole) break; // punctuation ends the name
    }
    while (taken.length && ctx.words.connectors.has(foldName(taken.at(-1)!.word))) taken.pop();
    // "according to Dr. Ellis": a person with a title is someone quoted, cited only when listed.
    const title = honorificWords(taken.map((t) => t.word), ctx);
    taken.splice(0, title);
    if (taken.length === 0) continue;
    const start = taken[0]!.start;
    const end = taken.at(-1)!.start + taken.at(-1)!.word.length;
    const name = text.slice(start, end);
    if (new RegExp(`^\\s*,?\\s*\\((?:${YEAR_TOKEN}|${ctx.noDateSource})`, 'iu').test(text.slice(end))) continue; // "menurut Foyle (1997)": narrative with a year
    if (!isNameText(name, ctx)) continue;
    const names = splitNames(name, ctx);
    const tier = listTier(names, ctx);
    // Unlisted, it is a citation only when written like an author's surname(s), not a quoted official
    // or a personal communication ("according to Ellis (interview, 2022)").
    const unlisted = tier === undefined || tier > Tier.CoAuthor;
    if (unlisted && (title > 0 || !(taken.length <= 3 && looksLikeUnlistedAuthor(name, ctx)) || personalCommunicationAfter(text, end, ctx))) continue;
    found.push({ kind: 'narrative', start, end, names });
  }
  return found;
}

/** A personal communication cited in the rest of the sentence: "… Ellis, head of planning, "…" (interview, 2022)." */
function personalCommunicationAfter(text: string, from: number, ctx: CitationContext): boolean {
  if (!ctx.personalCommunication) return false;
  const rest = text.slice(from, from + 300);
  const sentenceEnd = rest.search(/[.!?](?:\s+\p{Lu}|\s*$)/u);
  const parentheses = (sentenceEnd === -1 ? rest : rest.slice(0, sentenceEnd + 1)).match(/\([^()]*\)/g) ?? [];
  return parentheses.some((p) => ctx.personalCommunication!.test(p));
}

/** "(Smith 2010" with no closing parenthesis before the paragraph ends. */
function unclosed(text: string, ctx: CitationContext): FoundCitation[] {
  const found: FoundCitation[] = [];
  let depth = 0;
  const opens: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') opens.push(i), depth++;
    else if (text[i] === ')' && depth > 0) opens.pop(), depth--;
  }
  for (const open of opens) {
    const rest = text.slice(open + 1, open + 120);
    const match = new RegExp(`^([^()]{2,80}?)(?:,\\s*|\\s+)(${YEAR_TOKEN}|${ctx.noDateSource})(?![\\p{L}\\p{N}])`, 'iu').exec(rest);
    if (!match || !isNameText(match[1]!.trim(), ctx)) continue;
    found.push({ kind: 'author-year', start: open, end: open + 1 + match[0].length, names: splitNames(match[1]!.trim(), ctx), year: match[2]!, problem: 'unclosed' });
  }
  return found;
}

export function authorYearCitations(block: Block, ctx: CitationContext, cue: RegExp | null): FoundCitation[] {
  const text = block.text;
  const found: FoundCitation[] = [];
  for (const match of text.matchAll(/\(([^()\n]{2,400})\)/g)) {
    found.push(...parenthetical(text, match.index!, match.index! + match[0].length - 1, ctx));
  }
  found.push(...narrative(text, ctx), ...cued(text, ctx, cue), ...unclosed(text, ctx));
  return found;
}
