/** archdoc's version; a test keeps it equal to package.json's. */
export const VERSION = '0.1.0';

/**
 * The GitHub owner of archdoc's repository, the one place it is written (the README, `archdoc init`'s
 * workflows and the config schema's URL all follow it; tests keep them equal). `archdoc` is a placeholder
 * until the repository is published: a fork or mirror changes it here, in the README and in the schema's `$id`.
 */
const OWNER = 'archdoc';
export const REPOSITORY = `${OWNER}/archdoc`;
export const HOMEPAGE = `https://github.com/${REPOSITORY}`;
/** The moving major tag a workflow pins (`uses: archdoc/archdoc@v1`); the release workflow moves it to each v1.x.y. */
export const ACTION_REF = `${REPOSITORY}@v1`;
/** The published config schema, at the same major tag. */
export const SCHEMA_URL = `https://raw.githubusercontent.com/${REPOSITORY}/v1/schema/archdoc.schema.json`;
