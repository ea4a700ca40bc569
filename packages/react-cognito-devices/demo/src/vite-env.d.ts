/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_USER_POOL_ID?: string
  readonly VITE_USER_POOL_CLIENT_ID?: string
  readonly VITE_USER_POOL_ENDPOINT?: string
  /** The Admin page's IAM credentials (demo/src/adminConfig.ts); for test pools only, never committed. */
  readonly VITE_ADMIN_ACCESS_KEY_ID?: string
  readonly VITE_ADMIN_SECRET_ACCESS_KEY?: string
  readonly VITE_ADMIN_SESSION_TOKEN?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
