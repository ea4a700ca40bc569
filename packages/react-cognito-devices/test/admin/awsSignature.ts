import { Sha256 } from '@aws-crypto/sha256-js'
import { SignatureV4 } from '@smithy/signature-v4'
import type { AwsCredentials } from '../../src/adminApi/awsCredentials'

/**
 * The `Authorization` header AWS's own signer (@smithy/signature-v4, what the AWS SDK v3 signs with)
 * computes for `request`, over the headers the request says it signed and at the time it says it was
 * signed. A request whose signature equals it is signed as AWS verifies.
 */
export async function authorizationByAwsSigner(request: Request, credentials: AwsCredentials, region: string): Promise<string> {
  const url = new URL(request.url)
  const signedHeaderNames = /SignedHeaders=([^,]+)/.exec(request.headers.get('authorization') ?? '')?.[1]?.split(';') ?? []
  const headers = Object.fromEntries(signedHeaderNames.map((name) => [name, name === 'host' ? url.host : (request.headers.get(name) ?? '')]))
  const amzDate = request.headers.get('x-amz-date') ?? ''
  const signingDate = new Date(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'))
  const signer = new SignatureV4({ credentials, region, service: 'cognito-idp', sha256: Sha256, applyChecksum: false })
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query: {},
      headers,
      body: await request.clone().text(),
    },
    { signingDate },
  )
  return String(signed.headers.authorization)
}
