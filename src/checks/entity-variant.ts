/**
 * consistency/entity-variant: one person or organisation named in different ways across the
 * documents of a run. Three kinds of difference, weighed by evidence (how often, in how many
 * documents, in URLs, in rules/facts.yaml):
 * - a slip of the pen against a well-attested form ("Kim Hong Un" / "Kim Jong Un"): warning;
 * - a different given name with the same family name, where the facts or the titles show it is
 *   one person ("Vladimir Medvedev" / "Dmitry Medvedev"): warning;
 * - accepted transliteration or hyphenation variants ("Kim Jong-un" / "Kim Jong Un"): info.
 * Each differing form is reported once, at its first place, with the other spellings as related.
 */
import type { CorpusCheck, RawFinding } from './types.js';
import type { SourceFile } from '../model/types.js';
import { compactKey, foldName, isAcronym, isInitial, isOneSlipApart } from '../util/names.js';
import {
  contextWords, describeSupport, evidenceReaches, firstPlace, gatherForms, isCommonWord, relatedPlaces, support,
  type Corpus, type NameForm, type Place, type RelatedSpan,
} from './entity-forms.js';
import { pushTo } from '../util/multimap.js';

type Finding = RawFinding & { source: SourceFile };

export const entityVariant: CorpusCheck = {
  id: 'consistency/entity-variant',
  severity: 'warning',
  scope: 'corpus',
  description: 'One person or organisation named in different ways ("Vladimir Medvedev" / "Dmitry Medvedev", "Kim Hong Un" / "Kim Jong Un").',
  run(docs, ctx) {
    const corpus = gatherForms(docs, ctx.facts);
    const reported = new Set<NameForm>();
    const findings = [...slips(corpus, reported), ...givenNameConflicts(corpus, reported), ...spellingVariants(corpus, reported)];
    return findings;
  },
};

/** Forms that are the same name once case, spaces, hyphens and transliteration are set aside. */
function variantGroups(corpus: Corpus): NameForm[][] {
  const groups = new Map<string, NameForm[]>();
  for (const form of corpus.forms) pushTo(groups, form.key, form);
  return [...groups.values()];
}

const groupSupport = (group: NameForm[]) => group.reduce((sum, f) => sum + support(f), 0);
const leaders = new WeakMap<NameForm[], NameForm>();
/** The best-attested form of a group (first in document order on a tie). */
function leading(group: NameForm[]): NameForm {
  let lead = leaders.get(group);
  if (!lead) {
    lead = [...group].sort((a, b) => support(b) - support(a) || order(a, b))[0]!;
    leaders.set(group, lead);
  }
  return lead;
}
/** Document order of first appearance (documents as given, then offsets). */
function order(a: NameForm, b: NameForm): number {
  const pa = firstPlace(a);
  const pb = firstPlace(b);
  return pa.doc === pb.doc ? pa.mention.span.start - pb.mention.span.start : pa.doc.source.path < pb.doc.source.path ? -1 : 1;
}

function finding(form: NameForm, message: string, related: RelatedSpan[], severity?: 'info', suggestion?: string): Finding {
  const place = firstPlace(form);
  const others = form.places.slice(1).map((p) => ({ source: p.doc.source, span: p.mention.span }));
  const result: Finding = { source: place.doc.source, span: place.mention.span, message, related: [...related, ...others].slice(0, 12) };
  if (severity) result.severity = severity;
  if (suggestion !== undefined) result.suggestion = suggestion;
  return result;
}

const quote = (text: string) => `“${text}”`;
const onlyQuoted = (group: NameForm[]) => group.every((f) => f.places.every((p) => p.mention.quoted));
const inCitationsOnly = (group: NameForm[]) => group.every((f) => f.places.every((p) => p.inCitation));

/** Slips of the pen: two names one keystroke apart where one is clearly the usual spelling. */
function slips(corpus: Corpus, reported: Set<NameForm>): Finding[] {
  const groups = variantGroups(corpus).filter((g) => leading(g).compact.length >= 5);
  const findings: Finding[] = [];
  for (const [a, b] of candidatePairs(groups)) {
    if (!isOneSlipApart(a[0]!.key, b[0]!.key) || !slipBetweenNames(corpus, leading(a), leading(b))) continue;
    const pair = orderBySupport(a, b);
    if (!pair) continue;
    const [major, minor, tie] = pair;
    const wrong = leading(minor);
    if (reported.has(wrong) || inCitationsOnly(minor) || !evidenceReaches(corpus, major, minor)) continue;
    const right = leading(major);
    const sameSlot = minor.some((m) => m.places.some((p) => major.some((f) => f.places.some((q) => sameContext(p, q)))));
    if (tie && !sameSlot) continue;
    const severity = onlyQuoted(minor) ? 'info' : undefined;
    const message = tie
      ? `${quote(wrong.text)} and ${quote(right.text)} (${describeSupport(right)}) look like one name spelt two ways; one of them is probably misspelt.`
      : `${quote(wrong.text)} looks like a misspelling of ${quote(right.text)} (written so ${describeSupport(right)}).`;
    for (const form of minor) reported.add(form);
    findings.push(finding(wrong, message, relatedPlaces(major), severity, tie ? undefined : right.text));
  }
  return findings.sort((x, y) => (x.source.path < y.source.path ? -1 : x.source.path > y.source.path ? 1 : x.span.start - y.span.start));
}

/**
 * Pairs that may be one slip apart, each once. One slip leaves the first two or the last two
 * letters alone (names of five letters or more), so groups are only compared within those blocks.
 */
function candidatePairs(groups: NameForm[][]): [NameForm[], NameForm[]][] {
  const blocks = new Map<string, number[]>();
  const blockKeys = (key: string, length: number) => [`${length}<${key.slice(0, 2)}`, `${length}>${key.slice(-2)}`];
  groups.forEach((group, i) => {
    for (const k of blockKeys(group[0]!.key, group[0]!.key.length)) pushTo(blocks, k, i);
  });
  const seen = new Set<number>();
  const pairs: [NameForm[], NameForm[]][] = [];
  groups.forEach((group, i) => {
    const key = group[0]!.key;
    for (const k of [...blockKeys(key, key.length), ...blockKeys(key, key.length + 1)]) {
      for (const j of blocks.get(k) ?? []) {
        const id = Math.min(i, j) * groups.length + Math.max(i, j);
        if (j === i || seen.has(id)) continue;
        seen.add(id);
        pairs.push(i < j ? [group, groups[j]!] : [groups[j]!, group]);
      }
    }
  });
  return pairs;
}

/** [major, minor, tie]: the better-attested group first; null when neither can be told apart. */
function orderBySupport(a: NameForm[], b: NameForm[]): [NameForm[], NameForm[], boolean] | null {
  const knownA = a.some((f) => f.known);
  const knownB = b.some((f) => f.known);
  if (knownA && knownB) return null; // two real people one letter apart
  if (knownA !== knownB) return knownA ? [a, b, false] : [b, a, false];
  const sa = groupSupport(a);
  const sb = groupSupport(b);
  if (sa >= 2 * sb && sa >= 2) return [a, b, false];
  if (sb >= 2 * sa && sb >= 2) return [b, a, false];
  // No clear majority: the later spelling departs from the first one.
  return order(leading(a), leading(b)) <= 0 ? [a, b, true] : [b, a, true];
}

/**
 * The slip sits inside a name word that is no common word: "Intur"/"Intru", "Jong"/"Hong" —
 * not "Korea"/"Korean" (a suffix), "Policy"/"Police" (two words), or two people known to the facts.
 */
function slipBetweenNames(corpus: Corpus, a: NameForm, b: NameForm): boolean {
  // Acronym-like words ("ChIP-seq", "CLIP-seq") one letter apart are usually different things.
  if ([...a.tokens, ...b.tokens].some((t) => /\p{Lu}\p{Lu}/u.test(t))) return false;
  if (a.tokens.length !== b.tokens.length) {
    // Spacing differs too ("Al Jazeera" / "AlJazeerra"): only for long names.
    if (corpus.facts?.isExonymSwap(a.compact, b.compact)) return false;
    return Math.min(a.compact.length, b.compact.length) >= 8 && ![...a.tokens, ...b.tokens].some((t) => isCommonWord(corpus, t));
  }
  const differing = a.tokens.flatMap((t, i) => (compactKey(t) === compactKey(b.tokens[i]!) ? [] : [i]));
  if (differing.length !== 1) return false;
  const i = differing[0]!;
  const [x, y] = [a.tokens[i]!, b.tokens[i]!];
  if (isCommonWord(corpus, x) || isCommonWord(corpus, y) || isInitial(x) || isInitial(y)) return false;
  if (a.tokens.length === 1 && Math.min(x.length, y.length) < 6) return false;
  if (corpus.facts?.isExonymSwap(compactKey(x), compactKey(y))) return false;
  const givenWords = new Set((corpus.facts?.givenNameWords() ?? []).map(foldName));
  return !(givenWords.has(foldName(x)) && givenWords.has(foldName(y)));
}

/** The same slot in the sentence: the same title, or the same two words before the name. */
function sameContext(p: Place, q: Place): boolean {
  const tp = p.mention.title ? foldName(p.mention.title.text) : '';
  const tq = q.mention.title ? foldName(q.mention.title.text) : '';
  if (tp !== '' && tp === tq) return true;
  const cp = contextWords(p);
  return cp.split(' ').length === 2 && cp === contextWords(q);
}

interface PersonParts {
  form: NameForm;
  family: string;
  given: string;
}

/** "Vladimir Medvedev" / "Dmitry Medvedev": one family name, two given names, one person. */
function givenNameConflicts(corpus: Corpus, reported: Set<NameForm>): Finding[] {
  const clusters = new Map<string, PersonParts[]>();
  for (const form of corpus.forms) {
    const parts = personParts(corpus, form);
    if (parts) pushTo(clusters, parts.family, parts);
  }
  const findings: Finding[] = [];
  for (const cluster of clusters.values()) {
    const byGiven = new Map<string, NameForm[]>();
    for (const parts of cluster) pushTo(byGiven, parts.given, parts.form);
    if (byGiven.size < 2) continue;
    const groups = [...byGiven.values()];
    const facts = corpus.facts;
    const split = facts?.splitName(leading(groups[0]!).tokens);
    const people = split?.people ?? [];
    const givenKeys = new Set(people.map((p) => facts!.nameKey(p.given ?? '')));
    if (facts && people.length > 0 && givenKeys.size === 1) {
      // The facts name one person with this family name: the other given names are wrong.
      const fits = (g: NameForm[]) => facts.givenFits(facts.splitName(leading(g).tokens)?.name.given ?? [], people);
      const right = groups.filter(fits);
      if (right.length === 0) continue;
      for (const group of groups.filter((g) => !fits(g))) {
        const wrong = leading(group);
        if (reported.has(wrong)) continue; // the facts tie the documents together
        group.forEach((f) => reported.add(f));
        const usual = right.flat();
        const message = `${quote(wrong.text)}: this person is ${quote(people[0]!.name)} elsewhere (${quote(leading(usual).text)}, ${describeSupport(leading(usual))}); the given name differs.`;
        findings.push(finding(wrong, message, relatedPlaces(usual), onlyQuoted(group) ? 'info' : undefined, people[0]!.name));
      }
      continue;
    }
    // Unknown to the facts: one person only when both names carry the same title.
    const ranked = [...groups].sort((a, b) => groupSupport(b) - groupSupport(a) || order(leading(a), leading(b)));
    const major = ranked[0]!;
    for (const group of ranked.slice(1)) {
      const wrong = leading(group);
      if (reported.has(wrong) || !evidenceReaches(corpus, major, group)) continue;
      const sameTitle = group.some((f) => f.places.some((p) => major.some((m) => m.places.some((q) => sameTitleText(p.mention.title?.text, q.mention.title?.text)))));
      if (!sameTitle) continue;
      group.forEach((f) => reported.add(f));
      const right = leading(major);
      const message = `${quote(wrong.text)} and ${quote(right.text)} (${describeSupport(right)}) carry the same title but different given names.`;
      findings.push(finding(wrong, message, relatedPlaces(major), onlyQuoted(group) ? 'info' : undefined, groupSupport(major) > groupSupport(group) ? right.text : undefined));
    }
  }
  return findings;
}

/** Mostly capitals ("PROJECT GUTENBERG-tm"): a heading style, not another spelling. */
function shouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.replace(/[^\p{Lu}]/gu, '').length > 0.7 * letters.length;
}

const sameTitleText = (a?: string, b?: string) => a !== undefined && b !== undefined && foldName(a) === foldName(b);

/** Family and given name of a personal name that can take part in a given-name comparison. */
function personParts(corpus: Corpus, form: NameForm): PersonParts | null {
  if (form.tokens.length < 2 || form.places.some((p) => p.mention.kind === 'organisation')) return null;
  const facts = corpus.facts;
  const split = facts?.splitName(form.tokens);
  if (split && split.people[0]!.order === 'family-first') {
    const given = split.name.given.join(' ');
    return { form, family: facts!.wordKey(split.name.family), given: facts!.nameKey(given) };
  }
  const words = form.tokens.filter((t) => !/^\p{Ll}/u.test(t)); // particles ("bin", "van") aside
  const family = words[words.length - 1];
  const given = words[words.length - 2];
  if (!family || !given || family.length < 3 || isInitial(given) || isAcronym(family) || isAcronym(given)) return null;
  if (isCommonWord(corpus, family) || isCommonWord(corpus, given)) return null;
  const key = (w: string) => (facts ? facts.wordKey(w) : compactKey(w));
  return { form, family: key(family), given: key(given) };
}

/** Accepted variants of one name (hyphens, spaces, transliteration): info, once per variant. */
function spellingVariants(corpus: Corpus, reported: Set<NameForm>): Finding[] {
  const findings: Finding[] = [];
  for (const group of variantGroups(corpus)) {
    if (group.length < 2) continue;
    const usual = leading(group);
    if (usual.tokens.length < 2 && usual.compact.length < 6) continue;
    for (const form of group) {
      if (form === usual || reported.has(form) || shouting(form.text) || shouting(usual.text)) continue;
      reported.add(form);
      const message = `${quote(form.text)} is written ${quote(usual.text)} elsewhere (${describeSupport(usual)}); both spellings are accepted, but one is enough.`;
      findings.push(finding(form, message, relatedPlaces([usual]), 'info', usual.text));
    }
  }
  return findings;
}
