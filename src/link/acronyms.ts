/**
 * Acronyms and other forms of organization names: "Federal Bureau of Investigation (FBI)" and
 * every later "FBI"; an acronym that spells a name's initials; "Justice Department" =
 * "Department of Justice"; "Department of Justices" (a lost apostrophe) = "Department of Justice".
 */
import type { Document } from '../document/tokenize.js';
import type { EntityDraft } from './entities.js';
import { spanText, mentionDraft } from './entities.js';
import { isAcronymInParentheses, isCapitalised } from '../kinds/token-tests.js';
import { NON_ENTITY_HEADS, PLURAL_NAME_HEADS } from '../lexicon/organizations.js';
import { merge } from './name-index.js';
import { tokenAt } from '../document/token-at.js';

/**
 * Is the name that ends at token e the "for"/"of" complement of a longer one ("Special Inspector
 * General for the Troubled Asset Relief Program", whose acronym is the office's)?
 */
function endsComplementOfLongerName(t: Document['tokens'], e: number): boolean {
  for (let k = e; k >= 0 && (isCapitalised(t[k]) || ['of', 'for', 'and', 'the', '&'].includes(t[k].lower)); k--) {
    if (t[k].lower === 'of' || t[k].lower === 'for') return isCapitalised(t[k - 1]);
  }
  return false;
}

/** "Federal Bureau of Investigation (FBI)", "EADS" for "European Aeronautic Defence and Space". */
export function corefAcronyms(doc: Document, drafts: EntityDraft[]): void {
  const orgs = drafts.filter((d) => d.type === 'organization' || d.type === 'place' || d.type === 'event');
  const t = doc.tokens;
  const defined = new Map<string, EntityDraft>();
  for (const d of orgs) {
    for (const m of d.mentions) {
      if (isAcronymInParentheses(t, m.b)) defined.set(t[m.b + 1].text, d);
    }
  }
  // "the Consumer Product Safety Act (CPSA)": an acronym given to a law, a program or another
  // name that is no entity names no organization, there or later, unless an organization's
  // name defines it too. Only an acronym that its shape alone made an organization is dropped.
  const notEntities = new Set<string>();
  const byShape = orgs.some((d) => d.type === 'organization' && d.mentions.some((m) => m.rule === 'organization.acronym-shape'));
  for (let k = 1; byShape && k + 2 < t.length; k++) {
    if (isAcronymInParentheses(t, k) && isCapitalised(t[k - 1]) && NON_ENTITY_HEADS.has(t[k - 1].lower) && !defined.has(t[k + 1].text) && !endsComplementOfLongerName(t, k - 1)) notEntities.add(t[k + 1].text);
  }
  if (notEntities.size) {
    for (const d of orgs) {
      if (d.type === 'organization' && d.mentions.length && d.mentions.every((m) => m.rule === 'organization.acronym-shape' && notEntities.has(spanText(doc, m.a, m.b)))) d.mentions.length = 0;
    }
  }
  // Every other use of a defined acronym ("… N.V. (EADS) … EADS shares rose") is a mention.
  if (defined.size) {
    const covered = new Uint8Array(t.length);
    for (const d of drafts) for (const m of d.mentions) for (let k = m.a; k < m.b; k++) covered[k] = 1;
    for (let k = 0; k < t.length; k++) {
      const owner = !covered[k] ? defined.get(t[k].text) : undefined;
      if (owner) owner.mentions.push(mentionDraft(k, k + 1, 'organization.acronym-defined', true));
    }
  }
  // Organizations by the initials of their longest name, in list order (built when first asked).
  let byInitials: Map<string, EntityDraft[]> | null = null;
  const withInitials = (initials: string): EntityDraft[] | undefined => {
    if (!byInitials) {
      byInitials = new Map();
      for (const o of orgs) {
        const key = initialsOf(doc, o);
        const list = byInitials.get(key);
        if (list) list.push(o);
        else byInitials.set(key, [o]);
      }
    }
    return byInitials.get(initials);
  };
  for (const d of orgs) {
    if (!d.mentions.length) continue;
    const text = spanText(doc, d.mentions[0].a, d.mentions[0].b);
    if (!/^[\p{Lu}.&]+$/u.test(text.replace(/\s/g, ''))) continue;
    const target = defined.get(text) ?? withInitials(text.replace(/\./g, ''))?.find((o) => o !== d && o.mentions.length && o.type === d.type);
    if (target && target !== d) merge(target, d, true);
  }
  // "Justice Department" = "Department of Justice"
  const byKey = new Map<string, EntityDraft>();
  for (const d of orgs) if (d.mentions.length) byKey.set(d.key, d);
  for (const d of orgs) {
    if (!d.mentions.length) continue;
    // "the Department of Justices work" (an apostrophe lost in the scrape) is "Department of
    // Justice" when the text also names it without the s.
    // Not "U.S. Attorneys Offices", the several offices (PLURAL_NAME_HEADS).
    const owner = d.type === 'organization' && d.key.endsWith('s') && !PLURAL_NAME_HEADS.has(d.key.slice(d.key.lastIndexOf(' ') + 1)) ? byKey.get(d.key.slice(0, -1)) : undefined;
    if (owner && owner !== d && owner.mentions.length) {
      merge(owner, d, true);
      continue;
    }
    const m = /^organization:(\w+) (department|ministry|bureau|agency)$/.exec(d.key);
    if (!m) continue;
    const other = byKey.get(`organization:${m[2]} of ${m[1]}`);
    if (other && other !== d) merge(other, d, false);
  }
}

function initialsOf(doc: Document, d: EntityDraft): string {
  let best = '';
  for (const m of d.mentions) {
    let s = '';
    for (let k = m.a; k < m.b; k++) if (/^\p{Lu}/u.test(doc.tokens[k].text)) s += doc.tokens[k].text[0];
    if (s.length > best.length) best = s;
  }
  return best;
}
