/**
 * Cognito's per-user quota for "write" operations (ForgetDevice among them): ten requests a second
 * for each user, not adjustable (developer guide, "Quotas in Amazon Cognito": "For each user, you can
 * make up to ten requests per second that are 'write' operations").
 */
export const USER_WRITES_PER_SECOND = 10

/** Slack for two clocks that round their milliseconds differently. */
const MARGIN_MS = 25

/**
 * Calls `send` for each item, side by side, so that the service never counts more than `perSecond`
 * of them in any second: an item starts `1000 / perSecond` ms after the one before it, and no sooner
 * than a second after the item `perSecond` places earlier was answered (the service counted that one
 * when it arrived, before it answered, so no latency can squeeze two of them into one second).
 * A `send` that rejects stops the run: nothing more starts, the ones on their way settle, and the
 * promise rejects with that error. `send` handles the failures that should not stop it.
 */
export async function paceToQuota<T>(items: readonly T[], send: (item: T) => Promise<void>, perSecond: number = USER_WRITES_PER_SECOND): Promise<void> {
  const answeredAt: Promise<number>[] = []
  let stop: { error: unknown } | undefined
  let nextStart = 0
  for (const [index, item] of items.entries()) {
    const earlier = answeredAt[index - perSecond]
    const windowOpens = earlier ? (await earlier) + 1000 + MARGIN_MS : 0
    await waitUntil(Math.max(nextStart, windowOpens))
    if (stop) break
    nextStart = Date.now() + 1000 / perSecond
    answeredAt.push(
      send(item).then(
        () => Date.now(),
        (error: unknown) => {
          stop ??= { error }
          return Date.now()
        },
      ),
    )
  }
  await Promise.all(answeredAt)
  if (stop) throw stop.error
}

function waitUntil(time: number): Promise<void> {
  const wait = time - Date.now()
  return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve()
}
