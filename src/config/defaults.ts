/**
 * The documented defaults (SPEC §5), in one place: the CLI's help, the Action's inputs, `archdoc init`,
 * the organisation audit and the config resolution all read them from here.
 */
export const DEFAULT_DOC = 'docs/02_architecture.md';
export const DEFAULT_TEMPLATE = 'architecture';
export const DEFAULT_REQUIREMENTS = ['docs/01_requirements.md'];
/** The `config` input's default, and where `archdoc init` writes the config. */
export const DEFAULT_CONFIG = '.github/archdoc.yml';

/** Where a config file is looked for when none is named, first found wins: the same order for the CLI and the Action. */
export const CONFIG_PATHS = [DEFAULT_CONFIG, '.archdoc.yml', '.archdoc.yaml', '.github/archdoc.yaml'];
