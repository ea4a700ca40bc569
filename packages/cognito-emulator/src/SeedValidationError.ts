/** A seed that cannot be loaded; `path` names the bad field, e.g. `users[1].devices[0].createdAt`. */
export class SeedValidationError extends Error {
  override readonly name = 'SeedValidationError'
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`Invalid seed at ${path}: ${problem}`)
  }
}
