import path from 'node:path';
import { expect, test } from 'vitest';
import { validateContentAt } from '#src/build/content-plugin.ts';
import { formatIssues } from '#src/content/validate.ts';

const root = path.resolve(import.meta.dirname, '../..');
const result = validateContentAt(root);
const journey = result.ok ? result.journey : undefined;

test('the content in data/ passes the schema and every cross-reference check', () => {
  // Printing the issues makes a failure read like the build error.
  expect(result.ok ? '' : formatIssues(result.issues)).toBe('');
});

test('the CNS prophylaxis track spans every treatment phase', () => {
  const treatmentPhaseIds = journey!.phases
    .filter((phase) => phase.kind === 'treatment')
    .map((phase) => phase.id);
  const cns = journey!.tracks.find((track) => track.id === 'cns-prophylaxis');
  expect(cns?.segments.map((segment) => segment.phaseId)).toEqual(
    treatmentPhaseIds,
  );
});

test('the journey has remission induction, consolidation and maintenance in that order', () => {
  const ids = journey!.phases.map((phase) => phase.id);
  const order = ['induction', 'consolidation', 'maintenance'].map((id) =>
    ids.indexOf(id),
  );
  expect(order.every((index) => index >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
});

test('consolidation and maintenance are grouped as post-remission therapy', () => {
  const groups = journey!.phases
    .filter((phase) => ['consolidation', 'maintenance'].includes(phase.id))
    .map((phase) => phase.group?.id);
  expect(groups).toEqual(['post-remission', 'post-remission']);
});

test('every step cites a source and shows a reviewed date', () => {
  for (const step of journey!.steps) {
    expect(step.sourceIds.length, step.id).toBeGreaterThan(0);
    expect(step.reviewedAt, step.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
});

test('every modality the product promises has an entry', () => {
  const ids = journey!.modalities.map((modality) => modality.id);
  expect(ids).toEqual(
    expect.arrayContaining([
      'chemotherapy',
      'radiation-therapy',
      'stem-cell-transplant',
      'targeted-therapy',
      'immunotherapy',
    ]),
  );
});
