import { createSoftwareAuthenticator, type CreationOptionsJson, type RegisterOptions } from '../../src/passkeys/softwareAuthenticator.ts'
import type { ConformanceCase } from './case.ts'
import { forgetQuietly, passwordSignIn } from './flows.ts'
import type { ConformanceTarget } from './target.ts'
import { call, errorOf } from './wire.ts'

type CreationOptions = CreationOptionsJson & Record<string, unknown>

interface ListedPasskey {
  readonly CredentialId: string
  readonly [member: string]: unknown
}

/** StartWebAuthnRegistration, then what a browser on `https://<relying party id>` answers (unless `how` says otherwise). */
async function registration(target: ConformanceTarget, AccessToken: string, how: Partial<RegisterOptions> = {}) {
  const started = await call(target, 'StartWebAuthnRegistration', { AccessToken })
  const options = started.body?.CredentialCreationOptions as CreationOptions
  const authenticator = await createSoftwareAuthenticator()
  const credential = await authenticator.register(options, { origin: `https://${options.rp.id}`, ...how })
  return { started, options, credential }
}

async function listed(target: ConformanceTarget, AccessToken: string): Promise<ListedPasskey[]> {
  return ((await call(target, 'ListWebAuthnCredentials', { AccessToken })).body?.Credentials ?? []) as ListedPasskey[]
}

const isBase64Url = (value: unknown) => typeof value === 'string' && /^[\w-]+$/.test(value)

/** The four passkey operations of issue 22, with a software authenticator making real attestations. */
export const passkeyCases: ConformanceCase[] = [
  {
    id: 'passkey-register-list-delete',
    covers: 'issue 22; the four passkey operations',
    title: 'Start answers creation options, Complete an empty body, List the passkey with the modelled members, Delete an empty body; a second Delete is ResourceNotFoundException',
    needs: ['passkeys'],
    async run(target) {
      const tokens = await passwordSignIn(target)
      const AccessToken = tokens.AccessToken
      const { started, options, credential } = await registration(target, AccessToken)
      const completed = await call(target, 'CompleteWebAuthnRegistration', { AccessToken, Credential: credential })
      const entry = (await listed(target, AccessToken)).find((passkey) => passkey.CredentialId === credential.id)
      const deleted = await call(target, 'DeleteWebAuthnCredential', { AccessToken, CredentialId: credential.id })
      const listedAfterDelete = (await listed(target, AccessToken)).some((passkey) => passkey.CredentialId === credential.id)
      const deletedAgain = errorOf(await call(target, 'DeleteWebAuthnCredential', { AccessToken, CredentialId: credential.id }))
      const moreThanAPage = errorOf(await call(target, 'ListWebAuthnCredentials', { AccessToken, MaxResults: 21 }))
      await forgetQuietly(target, AccessToken, [tokens.NewDeviceMetadata?.DeviceKey])
      const user = options.user as Record<string, unknown> | undefined
      const selection = options.authenticatorSelection as Record<string, unknown> | undefined
      return {
        start: {
          status: started.status,
          optionMembers: Object.keys(options).sort(),
          challengeIsBase64Url: isBase64Url(options.challenge),
          userIdIsBase64Url: isBase64Url(user?.id),
          algorithms: ((options.pubKeyCredParams ?? []) as { alg: number }[]).map((parameter) => parameter.alg),
          residentKey: selection?.residentKey,
        },
        complete: { status: completed.status, body: completed.body ?? null },
        listed: entry && {
          members: Object.keys(entry).sort(),
          relyingPartyIdIsTheOptions: entry.RelyingPartyId === options.rp.id,
          createdAtIsEpochSeconds: typeof entry.CreatedAt === 'number' && entry.CreatedAt > 1e9 && entry.CreatedAt < 1e11,
          friendlyName: entry.FriendlyCredentialName,
          attachment: entry.AuthenticatorAttachment,
          transports: entry.AuthenticatorTransports,
        },
        delete: { status: deleted.status, body: deleted.body ?? null },
        listedAfterDelete,
        deletedAgain,
        moreThanAPage,
      }
    },
  },
  {
    id: 'passkey-registration-refused',
    covers: 'issue 22 done-when: a registration with a wrong origin or relying party is refused with the matching exception',
    title: 'CompleteWebAuthnRegistration refuses another origin, another relying party, an unknown challenge and a body that is no credential; nothing is listed',
    needs: ['passkeys'],
    async run(target) {
      const tokens = await passwordSignIn(target)
      const AccessToken = tokens.AccessToken
      const complete = (Credential: unknown) => call(target, 'CompleteWebAuthnRegistration', { AccessToken, Credential })
      const refused: string[] = []
      const refuse = async (how: Partial<RegisterOptions>) => {
        const { credential } = await registration(target, AccessToken, how)
        refused.push(credential.id)
        return errorOf(await complete(credential))
      }
      const wrongOrigin = await refuse({ origin: 'https://elsewhere.example.net' })
      const wrongRelyingParty = await refuse({ rpId: 'elsewhere.example.net' })
      const unknownChallenge = await refuse({ challenge: 'bm8tc3VjaC1jaGFsbGVuZ2UtZXZlci1pc3N1ZWQ' })
      const notACredential = errorOf(await complete({ id: 'not-a-credential', response: {} }))
      const listedAny = (await listed(target, AccessToken)).some((passkey) => refused.includes(passkey.CredentialId))
      await forgetQuietly(target, AccessToken, [tokens.NewDeviceMetadata?.DeviceKey])
      return { wrongOrigin, wrongRelyingParty, unknownChallenge, notACredential, listedAny }
    },
  },
]
