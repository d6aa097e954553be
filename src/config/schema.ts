/**
 * The config file's schema (.archdoc.yml / .github/archdoc.yml): the Action's inputs plus per-rule
 * severities. schema/archdoc.schema.json is the single source: editors read it through the generated
 * config's modeline, the validator compiles it, and ncc bundles it into dist/.
 */
import schema from '../../schema/archdoc.schema.json' with { type: 'json' };

export const CONFIG_SCHEMA = schema;

/** The keys a config file may hold (`$schema` only points editors at the schema, and sets nothing). */
export const CONFIG_KEYS: readonly string[] = Object.keys(schema.properties).filter((k) => k !== '$schema');
