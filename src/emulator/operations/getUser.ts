import { authorizeAccessToken } from '../authorizeAccessToken'
import { validateInput } from '../inputValidation'
import { accessTokenRule } from '../memberRules'
import type { Operation } from '../OperationContext'

export const getUser: Operation = async (input, context) => {
  validateInput(input, { AccessToken: accessTokenRule })
  const { user } = await authorizeAccessToken(input.AccessToken as string, context)
  return {
    Username: user.username,
    UserAttributes: [{ Name: 'sub', Value: user.sub }, ...Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value }))],
  }
}
