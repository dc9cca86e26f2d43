/**
 * Warning signs: one shared set; each medicine set names its medicines and
 * every medicine has at least one; steps and care topics list only sets
 * written for them (a medicine's signs come with the medicine). That the
 * listed ids exist is checked from the references in `collections.ts`.
 */
import type { CollectionFiles } from './validate-references.ts';
import type { ContentIssue } from './content-issue.ts';
import type { CollectionName, Journey } from './schema.ts';

export function checkWarningSets(journey: Journey, files: CollectionFiles) {
  const issues: ContentIssue[] = [];
  const file = files.warningSets;
  const kinds = new Map(journey.warningSets.map((set) => [set.id, set.kind]));
  const shared = journey.warningSets.filter((set) => set.kind === 'shared');
  if (journey.warningSets.length > 0 && shared.length !== 1) {
    issues.push({
      file,
      path: ['warningSets'],
      message: `must have exactly one set of kind "shared" (found ${shared.length})`,
    });
  }
  const covered = new Set<string>();
  journey.warningSets.forEach((set, index) => {
    set.medicineIds.forEach((id) => covered.add(id));
    if (set.kind === 'medicine' && set.medicineIds.length === 0) {
      issues.push({
        file,
        path: ['warningSets', index, 'medicineIds'],
        message: 'a set of kind "medicine" must name its medicines',
      });
    }
    if (set.kind !== 'medicine' && set.medicineIds.length > 0) {
      issues.push({
        file,
        path: ['warningSets', index, 'medicineIds'],
        message: `only a set of kind "medicine" names medicines (this one is "${set.kind}")`,
      });
    }
  });
  if (journey.warningSets.length > 0) {
    journey.medicines.forEach((medicine, index) => {
      if (covered.has(medicine.id)) return;
      issues.push({
        file: files.medicines,
        path: ['medicines', index, 'id'],
        message: `medicine "${medicine.id}" has no warning signs in ${file}`,
      });
    });
  }
  const listed: [CollectionName, { warningSetIds: string[] }[]][] = [
    ['steps', journey.steps],
    ['careTopics', journey.careTopics],
  ];
  for (const [name, items] of listed) {
    items.forEach((item, index) => {
      item.warningSetIds.forEach((id, position) => {
        if (kinds.get(id) !== 'medicine') return;
        issues.push({
          file: files[name],
          path: [name, index, 'warningSetIds', position],
          message: `"${id}" is a medicine's set: it comes with the medicine, list the medicine instead`,
        });
      });
    });
  }
  return issues;
}
