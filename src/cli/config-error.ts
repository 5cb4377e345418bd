/** A config file that cannot be used; its own module, so that reporting one does not load the rules the config is checked against. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}
