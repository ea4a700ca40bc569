// What the docs' samples take from the host app around them (its router, its QueryClient, ...).
// scripts/check-doc-samples.ts type-checks every sample with these in scope.
import type { QueryClient } from '@tanstack/react-query'
import type { DeviceApi } from 'react-cognito-devices'

declare global {
  const queryClient: QueryClient
  const deviceApi: DeviceApi
  function navigate(path: string): void
  function goToSignIn(): void
  function goToReset(): void
  function toast(message: string): void
  const userManager: { getUser(): Promise<{ access_token: string } | null> }
}
