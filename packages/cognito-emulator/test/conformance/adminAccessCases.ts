import type { ConformanceCase } from './case.ts'
import { canonicalUsername, forgetQuietly, signInOnNewDevice } from './flows.ts'
import { call, callSigned, errorOf } from './wire.ts'

/** What a wrongly signed or unauthorised Admin call, or one for a user who does not exist, is answered. */
export const adminAccessCases: ConformanceCase[] = [
  {
    id: 'admin-signature-scope',
    covers: 'point 4: SigV4 scope and date',
    title: 'Admin calls signed for another region, for another service, and without a date',
    needs: ['iam'],
    async run(target) {
      const iam = target.iam!
      const input = { UserPoolId: target.userPoolId, Username: target.username }
      const otherRegion = target.region === 'eu-west-3' ? 'eu-central-1' : 'eu-west-3'
      const wrongRegion = errorOf(await callSigned(target, 'AdminListDevices', input, iam, { region: otherRegion }))
      return {
        wrongRegion: { ...wrongRegion, message: typeof wrongRegion.message === 'string' ? wrongRegion.message.replace(otherRegion, '<region>') : wrongRegion.message },
        wrongService: errorOf(await callSigned(target, 'AdminListDevices', input, iam, { service: 'cognito-identity' })),
        withoutDate: errorOf(await callSigned(target, 'AdminListDevices', input, iam, { dropDate: true })),
      }
    },
  },
  {
    id: 'admin-calls-for-an-unknown-user',
    covers: 'point 5: Admin calls for an unknown user',
    title: 'AdminListDevices and AdminGetDevice for a username the pool does not have',
    needs: ['iam'],
    async run(target) {
      const iam = target.iam!
      const Username = 'no-such-user-conformance'
      const device = await signInOnNewDevice(target)
      const listDevices = errorOf(await call(target, 'AdminListDevices', { UserPoolId: target.userPoolId, Username }, iam))
      const getDevice = errorOf(await call(target, 'AdminGetDevice', { UserPoolId: target.userPoolId, Username, DeviceKey: device.deviceKey }, iam))
      await forgetQuietly(target, device.tokens.AccessToken, [device.deviceKey])
      return { listDevices, getDevice }
    },
  },
  {
    id: 'admin-access-denied',
    covers: 'point 5: the form of AccessDeniedException',
    title: 'An Admin call by a principal whose IAM policy does not allow it: AccessDeniedException with a capital-M Message',
    needs: ['deniedIam'],
    async run(target) {
      const device = await signInOnNewDevice(target)
      const username = canonicalUsername(device.tokens)
      const answer = await call(target, 'AdminListDevices', { UserPoolId: target.userPoolId, Username: username }, target.deniedIam!)
      await forgetQuietly(target, device.tokens.AccessToken, [device.deviceKey])
      const message = typeof answer.body?.Message === 'string' ? answer.body.Message : undefined
      return {
        status: answer.status,
        type: errorOf(answer).type,
        messageMember: answer.body && 'Message' in answer.body ? 'Message' : answer.body && 'message' in answer.body ? 'message' : undefined,
        message: message
          ?.replace(/arn:aws:(iam|sts)::\d{12}:[^ ]+/, '<principal>')
          .replace(`arn:aws:cognito-idp:${target.region}:`, 'arn:aws:cognito-idp:<region>:')
          .replace(/:\d{12}:userpool\//, ':<account>:userpool/')
          .replace(target.userPoolId, '<poolId>'),
      }
    },
  },
]
