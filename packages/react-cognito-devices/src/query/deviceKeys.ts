/**
 * The kit's cache keys as one namespace, `deviceKeys.detail(userId, deviceKey)`. A module namespace
 * rather than an object, so a bundler keeps only the keys a bundle reads: the kit's own modules
 * import it as `import * as deviceKeys from './cacheKeys'`, which bundlers shake key by key.
 */
export * as deviceKeys from './cacheKeys'
