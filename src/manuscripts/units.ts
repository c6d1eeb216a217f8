/**
 * The units that manuscript-scoped checks read: each manuscript's chapters in reading order, and
 * every other document on its own (so a document outside a manuscript is checked as before).
 */
import type { DocModel } from '../model/types.js';

export function documentUnits(docs: readonly DocModel[]): DocModel[][] {
  const units: DocModel[][] = [];
  const byName = new Map<string, DocModel[]>();
  for (const doc of docs) {
    const name = doc.manuscript?.name;
    if (name === undefined) {
      units.push([doc]);
      continue;
    }
    let unit = byName.get(name);
    if (!unit) {
      unit = [];
      byName.set(name, unit);
      units.push(unit);
    }
    unit.push(doc);
  }
  for (const unit of byName.values()) unit.sort((a, b) => a.manuscript!.chapter - b.manuscript!.chapter);
  return units;
}
