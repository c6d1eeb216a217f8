/**
 * Makes detected manuscripts part of the model: every chapter learns its manuscript and place
 * (DocModel.manuscript), and reads the manuscript's shared bibliography when it did not name it
 * itself (a .bib beside the chapters, or one declared in the config or a build file).
 * Runs between startDocument and completeDocument (src/pipeline/build-document.ts), so the
 * chapters' citations are read and resolved with the shared entries.
 */
import type { CompanionLoader } from '../companions/load.js';
import type { Manuscript } from './detect.js';
import { comparablePath } from '../util/paths.js';


export function joinManuscripts(manuscripts: Manuscript[], loader?: CompanionLoader): void {
  for (const manuscript of manuscripts) {
    manuscript.chapters.forEach((doc, chapter) => {
      doc.manuscript = { name: manuscript.name, chapter, ...(manuscript.joined ? { joined: true } : {}) };
    });
    if (!loader?.loadFile) continue;
    for (const path of manuscript.bibliography) {
      manuscript.chapters.forEach((doc, i) => {
        if (doc.companions.some((c) => comparablePath(c.path) === path)) return;
        const loaded = loader.loadFile!(path, doc.source);
        doc.companions.push(...loaded.companions);
        doc.references.push(...loaded.references);
        // A missing or unreadable shared file is reported once, at the first chapter.
        if (i === 0 || loaded.companions.length > 0) doc.companionProblems = [...(doc.companionProblems ?? []), ...loaded.problems];
      });
    }
  }
}
