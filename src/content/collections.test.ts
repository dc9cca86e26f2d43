import { expect, test } from 'vitest';
import { COLLECTIONS, COLLECTION_NAMES } from './collections.ts';
import { PANEL_COLLECTIONS, PANEL_KINDS } from './panel-kinds.ts';
import { COLLECTION_FILES } from './schema.ts';
import { walkFields } from './schema-fields.ts';

/** Every field path of a collection's items, `*` for list entries. */
function fieldPathsOf(name: (typeof COLLECTION_NAMES)[number]) {
  const paths: string[] = [];
  walkFields(COLLECTIONS[name].schema.element, (path) => {
    paths.push(path.join('.'));
  });
  return paths;
}

test('the table lists every data file the content plugin reads', () => {
  expect(COLLECTION_NAMES).toEqual(Object.keys(COLLECTION_FILES));
  for (const name of COLLECTION_NAMES) {
    expect(COLLECTIONS[name].file).toBe(COLLECTION_FILES[name]);
  }
});

test('every field that holds ids of another collection is checked as a reference', () => {
  for (const name of COLLECTION_NAMES) {
    const idFields = fieldPathsOf(name).filter((path) =>
      /(Ids?|From)$/.test(path),
    );
    const declared = COLLECTIONS[name].references.map((reference) =>
      reference.path.join('.'),
    );
    expect({ name, fields: idFields.sort() }).toEqual({
      name,
      fields: declared.sort(),
    });
  }
});

test('every reference points at a field of the schema and a known collection', () => {
  for (const name of COLLECTION_NAMES) {
    const paths = fieldPathsOf(name);
    for (const reference of COLLECTIONS[name].references) {
      expect(paths).toContain(reference.path.join('.'));
      expect(COLLECTION_NAMES).toContain(reference.to);
    }
  }
});

test('the panel kinds the browser reads match the collections that open panels', () => {
  const fromTable = COLLECTION_NAMES.flatMap((name) => {
    const kind = COLLECTIONS[name].panelKind;
    return kind ? [[kind, name]] : [];
  });
  expect(Object.fromEntries(fromTable)).toEqual(PANEL_COLLECTIONS);
  expect(PANEL_KINDS.length).toBeGreaterThan(0);
});

test('every collection is identified by a field of its items', () => {
  for (const name of COLLECTION_NAMES) {
    expect(fieldPathsOf(name)).toContain(COLLECTIONS[name].idField);
  }
});
