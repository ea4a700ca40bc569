import { authorizeAccessToken } from '../authorizeAccessToken.ts'
import { validateInput } from '../inputValidation.ts'
import { accessTokenRule } from '../memberRules.ts'
import type { Operation } from '../OperationContext.ts'

export const getUser: Operation = async (input, context) => {
  validateInput(input, { AccessToken: accessTokenRule })
  const { user } = await authorizeAccessToken(input.AccessToken as string, context)
  return {
    Username: user.username,
    UserAttributes: [{ Name: 'sub', Value: user.sub }, ...Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value }))],
  }
}
