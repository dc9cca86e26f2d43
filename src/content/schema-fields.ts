/**
 * Walks a zod schema's object fields, so tables such as the reader-text
 * keys and the reference list can be read from (or checked against) the
 * schema instead of being kept by hand.
 */
import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

/** The parts of a zod 4 definition the walk needs. */
type Definition = {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  options?: readonly AnySchema[];
  valueType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
};

/** A field path inside an item; `*` stands for every entry of a list. */
export type FieldPath = readonly string[];

function definitionOf(schema: AnySchema) {
  return schema._zod.def as unknown as Definition;
}

/** The schemas a field's value may be checked by, outermost first. */
export function layersOf(schema: AnySchema): AnySchema[] {
  const layers = [schema];
  let definition = definitionOf(schema);
  while (definition.innerType) {
    layers.push(definition.innerType);
    definition = definitionOf(definition.innerType);
  }
  return layers;
}

/**
 * Calls `visit` for every object field inside `schema`, with its path and
 * schema. When `visit` returns false the walk does not enter the field.
 */
export function walkFields(
  schema: AnySchema,
  visit: (path: FieldPath, field: AnySchema) => boolean | void,
  path: FieldPath = [],
) {
  const definition = definitionOf(schema);
  const inner = (child: AnySchema | undefined, at: FieldPath = path) => {
    if (child) walkFields(child, visit, at);
  };
  switch (definition.type) {
    case 'object':
      for (const [name, field] of Object.entries(definition.shape ?? {})) {
        if (visit([...path, name], field) !== false)
          walkFields(field, visit, [...path, name]);
      }
      return;
    case 'array':
      return inner(definition.element, [...path, '*']);
    case 'record':
      return inner(definition.valueType, [...path, '*']);
    case 'union':
      definition.options?.forEach((option) => inner(option));
      return;
    case 'pipe':
      inner(definition.in);
      inner(definition.out);
      return;
    default:
      inner(definition.innerType);
  }
}
