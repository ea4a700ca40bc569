import type { ConformanceCase } from './case.ts'
import { canonicalUsername, signInOnNewDevice } from './flows.ts'
import { call, errorOf } from './wire.ts'

/** The Admin operations (SigV4). */
export const adminCases: ConformanceCase[] = [
  {
    id: 'admin-view-of-devices',
    covers: 'rows 3 and 11',
    title: 'AdminGetDevice/AdminListDevices: dev:* attributes, <username>.<poolId> owner, not_remembered devices listed',
    needs: ['iam'],
    async run(target) {
      const iam = target.iam!
      const device = await signInOnNewDevice(target)
      const username = canonicalUsername(device.tokens)
      await call(target, 'UpdateDeviceStatus', { AccessToken: device.tokens.AccessToken, DeviceKey: device.deviceKey, DeviceRememberedStatus: 'not_remembered' })
      const got = await call(target, 'AdminGetDevice', { UserPoolId: target.userPoolId, Username: username, DeviceKey: device.deviceKey }, iam)
      const listed = await call(target, 'AdminListDevices', { UserPoolId: target.userPoolId, Username: username, Limit: 60 }, iam)
      const attributes = Object.fromEntries(
        (((got.body?.Device as { DeviceAttributes?: { Name: string; Value: string }[] } | undefined)?.DeviceAttributes) ?? []).map((entry) => [entry.Name, entry.Value]),
      )
      const generic = (value: string | undefined) =>
        value
          ?.replaceAll(device.deviceKey, '<key>')
          .replaceAll(target.userPoolId, '<poolId>')
          .replaceAll(username, '<username>')
          .replace(`:${target.region}:`, ':<region>:')
          .replace(/:\d{12}:/, ':<account>:')
      const forget = await call(target, 'AdminForgetDevice', { UserPoolId: target.userPoolId, Username: username, DeviceKey: device.deviceKey }, iam)
      return {
        getStatus: got.status,
        attributeNames: Object.keys(attributes).sort(),
        rememberedStatus: attributes['dev:device_remembered_status'],
        owner: generic(attributes['dev:device_owner']),
        arn: generic(attributes['dev:device_arn']),
        listsNotRemembered: ((listed.body?.Devices ?? []) as { DeviceKey: string }[]).some((entry) => entry.DeviceKey === device.deviceKey),
        adminForget: forget.status,
      }
    },
  },
  {
    id: 'admin-signature-checks',
    covers: 'row 11',
    title: 'Admin calls unsigned, with an unknown access key, with a wrong secret',
    needs: ['iam'],
    async run(target) {
      const iam = target.iam!
      const input = { UserPoolId: target.userPoolId, Username: target.username }
      return {
        unsigned: errorOf(await call(target, 'AdminListDevices', input)),
        unknownAccessKey: errorOf(await call(target, 'AdminListDevices', input, { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' })),
        wrongSecret: errorOf(await call(target, 'AdminListDevices', input, { ...iam, secretAccessKey: `${iam.secretAccessKey}x` })),
        signed: (await call(target, 'AdminListDevices', input, iam)).status,
      }
    },
  },
]
