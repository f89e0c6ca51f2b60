/** A setting is missing or malformed: the process stops with this message (it names the variable, never a secret's value). */
export class ConfigError extends Error {}
