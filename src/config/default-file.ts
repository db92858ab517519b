/**
 * The config file used when `--config` is not given, looked up in the current folder. On its own
 * so the command line can name it without loading the config reader (YAML, the schema, the diff
 * tuning): `sdkgen --help` loads nothing it does not show.
 */
export const DEFAULT_CONFIG_FILE = 'sdkgen.config.yaml';
