// A host app as a user of the kit writes it: Amplify signs in, the kit's public entries render the
// panel. Built from the packed tarball against the peer versions of test/peers/floor or top.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { Amplify } from 'aws-amplify'
import { signIn } from 'aws-amplify/auth'
import { StrictMode, useState, type FormEvent } from 'react'
import { createRoot } from 'react-dom/client'
import { DeviceKitProvider, DeviceManager } from 'react-cognito-devices'
import { amplifyDeviceApi } from 'react-cognito-devices/amplify'
import 'react-cognito-devices/styles.css'

interface PoolSettings {
  userPoolId: string
  userPoolClientId: string
  userPoolEndpoint: string
}

// The test server says which pool (the emulator) to use; no credential travels in the page's URL.
const pool = (await (await fetch('/pool.json')).json()) as PoolSettings
Amplify.configure({ Auth: { Cognito: pool } })

const queryClient = new QueryClient()
const api = amplifyDeviceApi()

function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [failure, setFailure] = useState<string>()
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    try {
      const { isSignedIn } = await signIn({ username: String(form.get('email')), password: String(form.get('password')) })
      if (isSignedIn) onSignedIn()
      else setFailure('Sign-in needs another step')
    } catch (error) {
      setFailure(error instanceof Error ? error.name : 'Sign-in failed')
    }
  }
  return (
    <form onSubmit={(event) => void submit(event)}>
      <label>
        Email <input name="email" type="email" />
      </label>
      <label>
        Password <input name="password" type="password" />
      </label>
      <button type="submit">Sign in</button>
      {failure ? <p role="alert">{failure}</p> : null}
    </form>
  )
}

function App() {
  const [signedIn, setSignedIn] = useState(false)
  if (!signedIn) return <SignInForm onSignedIn={() => setSignedIn(true)} />
  return (
    <QueryClientProvider client={queryClient}>
      <DeviceKitProvider api={api} locale="en">
        <DeviceManager />
      </DeviceKitProvider>
    </QueryClientProvider>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
