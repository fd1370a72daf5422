// The scenario schema read as data, so that messages and the `new scenario` skeleton take
// their words and allowed values from the one file the editor and `validate` also use.
import schema from '../../schemas/scenario.schema.json' with { type: 'json' };
import type { PathSegment } from '../data/source.js';

interface SchemaNode {
  description?: string;
  enum?: readonly string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

const root = schema as SchemaNode;

/** The schema node that describes the value at `path` (list indexes step into `items`). */
function nodeAt(path: readonly PathSegment[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of path) node = typeof segment === 'number' ? node?.items : node?.properties?.[segment];
  return node;
}

/** The schema's description of the value at `path`, e.g. "the question put to the learner". */
export const scenarioFieldDescription = (path: readonly PathSegment[]): string | undefined => nodeAt(path)?.description;

/** Every field a scenario may have, in the schema's order. */
export const SCENARIO_FIELDS: readonly string[] = Object.keys(root.properties ?? {});

export { DILEMMA_TYPES } from '../generated/enums.js';

/** The course's five common dilemmas. */
export { CATEGORIES } from '../generated/enums.js';
