/**
 * Splitting a printed list of names ("Romero, C., Paunesku, D., & Dweck, C.",
 * "Pérez-Higueras JJ, Arias A", "S. E. Han, G. Chen", "Foster, Catherine P.,
 * and Bradley J. Parker", "United Nations") into CSL names.
 */
import type { CslName } from './csl-types.js';

/** Role words printed with editor/translator/author lists, removed before splitting. */
const ROLE_PATTERNS: readonly RegExp[] = [
  /^\s*(in|dans|dalam|en|im)\s*:?\s+/iu,
  /\b(edited|translated|compiled|introduced|selected|directed|produced)(\s+and\s+\w+)?\s+(by|von)\b/giu,
  /^\s*(ed|eds|hrsg|hg|dir|trans|transl|tr|trad|übers|terj|penyunting|peny)\.?\s+(by\s+)?/iu,
  /\(\s*[^()]*\b(eds?|editors?|hrsg|hgg?|dir|coord|comps?|trans|transl|producer|director|writer|penyunting|peny|ed\(s\))\b[^()]*\)/giu,
  /,?\s*\b(eds?|editors?|hrsg|hgg?|comps?|trans|transl|penyunting|peny)\.?\s*$/iu,
  /,?\s*\b(et\s+al|dkk|u\.\s?a)\b\.?/giu,
];

/** Words that mark a name as an organisation rather than a person. */
const ORGANISATION =
  /\b(nations|organi[sz]ation|ministry|ministerie|kementerian|badan|department|departemen|bank|institute|institut|university|universitas|association|agency|office|council|committee|commission|society|foundation|centre|center|government|pemerintah|bureau|board|service|group|press|reserve|fund|programme|program|world|international|internasional|national|nasional|republic|republik|company|corporation|inc|ltd|secretariat|sekretariat|news|media)\b/iu;

/**
 * A name without commas that is an organisation by its form: "The Wire", "RCTI Plus.com", a short
 * acronym before words ("CNBC Indonesia", "VOA News"; a family name in capitals is longer, "RAHNER Karl").
 */
function organisationByForm(text: string): boolean {
  if (text.includes(',')) return false;
  return /^the\s/iu.test(text) || /\p{L}\.(com|org|net|id|co|go|ac|gov|edu)\b/iu.test(text) || /^\p{Lu}{2,4}\s+\p{Lu}\p{Ll}/u.test(text);
}

const PARTICLE = /^(van|von|der|den|de|la|le|du|des|di|da|del|della|dos|das|ten|ter|zu|bin|binti|al|el|d'|van't)$/iu;
const INITIALS = /^(\p{Lu}(\.|\b)[\s-]*)+$/u;
const NAME_SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/iu;

function isInitials(text: string): boolean {
  const trimmed = text.trim();
  return INITIALS.test(trimmed) || /^\p{Lu}{1,3}\.?$/u.test(trimmed);
}

/** "Catherine P.", "Margot", "D.I.", "Pieter Th van": words that can stand for given names. */
function looksLikeGivenNames(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w) || PARTICLE.test(w)) && !ORGANISATION.test(text);
}

/** A family name on its own: one word, possibly with particles ("de la Macorra", "Van Mulken"). */
function looksLikeFamilyOnly(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  const core = words.filter((w) => !PARTICLE.test(w));
  return core.length === 1 && !isInitials(text) && /^\p{L}/u.test(core[0]!);
}

function cleanPart(text: string): string {
  return text.replace(/^[\s,;:.*]+|[\s,;:*]+$/gu, '').replace(/\s+/gu, ' ');
}

/** Splits "de la Macorra" / "van Gogh" into particle and family. */
function withParticle(family: string, given?: string): CslName {
  const words = family.split(' ');
  let particleEnd = 0;
  while (particleEnd < words.length - 1 && PARTICLE.test(words[particleEnd]!) && /^\p{Ll}/u.test(words[particleEnd]!)) particleEnd++;
  const name: CslName = { family: words.slice(particleEnd).join(' ').replace(/\.$/u, '') };
  if (particleEnd > 0) name['non-dropping-particle'] = words.slice(0, particleEnd).join(' ');
  // A period after a full given name is punctuation ("Alexander."), after an initial it is part of it ("P.").
  const cleanGiven = given?.replace(/(\p{L}{2,})\.$/u, '$1');
  if (cleanGiven !== undefined && cleanGiven !== '') name.given = cleanGiven;
  return name;
}

/** One name printed as a unit: "Given Family", "Family INITIALS", or "Family, Given" (semicolon lists). */
function parseSingleName(text: string): CslName {
  const part = cleanPart(text);
  const comma = part.indexOf(',');
  if (comma > 0) return withParticle(part.slice(0, comma).trim(), cleanPart(part.slice(comma + 1)));
  const words = part.split(' ');
  if (words.length === 1) return { literal: part.replace(/\.$/u, '') };
  // "Pérez-Higueras JJ", "Heidegger M.", "Peters O. A." — initials after a family name.
  let firstInitial = words.length;
  while (firstInitial > 1 && isInitials(words[firstInitial - 1]!)) firstInitial--;
  if (firstInitial < words.length && !isInitials(words[0]!)) {
    return withParticle(words.slice(0, firstInitial).join(' '), words.slice(firstInitial).join(' '));
  }
  // "RAHNER Karl", "MICHEL Hélène": a family name in capitals before the given names (French usage).
  const capitalWords = words.findIndex((w) => !/^\p{Lu}[\p{Lu}'’-]+$/u.test(w));
  if (capitalWords > 0 && words.slice(0, capitalWords).join('').length >= 5 && words.slice(capitalWords).some((w) => /\p{Ll}/u.test(w))) {
    return withParticle(words.slice(0, capitalWords).join(' '), words.slice(capitalWords).join(' '));
  }
  // Natural order; particles in lower case belong to the family name ("Luís de Camões").
  let familyStart = words.length - 1;
  if (NAME_SUFFIX.test(words[familyStart]!) && familyStart > 1) familyStart--;
  while (familyStart > 1 && PARTICLE.test(words[familyStart - 1]!) && /^\p{Ll}/u.test(words[familyStart - 1]!)) familyStart--;
  const suffixWord = NAME_SUFFIX.test(words[words.length - 1]!) ? words[words.length - 1] : undefined;
  const familyWords = words.slice(familyStart, suffixWord !== undefined ? -1 : undefined);
  const name = withParticle(familyWords.join(' '), words.slice(0, familyStart).join(' '));
  if (suffixWord !== undefined && 'family' in name) name.suffix = suffixWord;
  return name;
}

/** Removes role words and brackets that belong to the list, not to any name. */
export function stripRoles(text: string): string {
  let cleaned = text;
  for (const pattern of ROLE_PATTERNS) cleaned = cleaned.replace(pattern, ' ');
  return cleanPart(cleaned.replace(/[()[\]]/gu, ' '));
}

/** Marks, inside parseNames, a name that a conjunction ("and", "&", "dan") introduced. */
const AFTER_CONJUNCTION = '\u0001';

/** Parses a printed list of personal or organisational names. */
export function parseNames(printed: string): CslName[] {
  // A list bullet before the first name ("- Devlen, B.", "• Devaney, J."); a run of dashes is not one.
  const text = stripRoles(printed.replace(/^\s*[-–•·▪◦‣](?=\s)/u, ''));
  if (text === '') return [];
  if (/^[-–—_]{2,}/u.test(text)) return [{ literal: text }]; // "———": same author as above
  if ((ORGANISATION.test(text) && !/,\s*\p{Lu}\.|\p{Lu}\.\s*\p{Lu}\./u.test(text)) || organisationByForm(text)) return [{ literal: text.replace(/\.$/u, '') }];

  // Conjunctions become separators (marked, see below); semicolons separate whole (possibly inverted) names.
  const normalised = text.replace(/\s*(,\s*)?(\band\b|&|\bund\b|\bdan\b|\bet\b|\by\b|\be\b|\ba\b(?=\s+\p{Lu}))\s+/gu, `, ${AFTER_CONJUNCTION}`);
  if (normalised.includes(';')) return normalised.replaceAll(AFTER_CONJUNCTION, '').split(';').map(cleanPart).filter(Boolean).map(parseSingleName);

  const pieces = normalised
    .split(',')
    .map((piece) => ({ text: cleanPart(piece.replace(AFTER_CONJUNCTION, '')), afterConjunction: piece.includes(AFTER_CONJUNCTION) }))
    .filter((piece) => piece.text !== '');
  const parts = pieces.map((piece) => piece.text);
  const joined = pieces.map((piece) => piece.afterConjunction);
  const names: CslName[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    // "Last and Usyskin" are two family names; only a comma turns "Smith, John" around (initials
    // cannot stand alone, so "Wiebauer, and K." is still one name).
    const invertedPair =
      next !== undefined &&
      (!joined[i + 1] || (isInitials(next) && looksLikeFamilyOnly(part))) &&
      !isInitials(part) &&
      (isInitials(next) || (looksLikeFamilyOnly(part) && looksLikeGivenNames(next)));
    if (invertedPair) {
      // "Guerney, Jr., B. G." — a suffix between family and given names.
      const afterNext = parts[i + 2];
      if (NAME_SUFFIX.test(next) && afterNext !== undefined) {
        const name = withParticle(part, afterNext);
        if ('family' in name) name.suffix = next;
        names.push(name);
        i += 2;
        continue;
      }
      names.push(withParticle(part, next));
      i++;
    } else {
      names.push(parseSingleName(part));
    }
  }
  return names;
}
