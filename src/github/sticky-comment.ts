import type { GitHubApi, IssueComment } from './api.js'

export interface StickyResult {
  action: 'created' | 'updated' | 'skipped' | 'unchanged'
  url?: string
}

/** True when an API error means "this token may not write here" (a fork PR's read-only token). */
export function isPermissionError(error: unknown): boolean {
  const status = (error as { status?: number })?.status
  return status === 403 || status === 404 || status === 401
}

/** Our earlier comment: the first with the marker among our own comments only, across all pages; null when there is none. */
export async function findStickyComment(api: GitHubApi, marker: string): Promise<IssueComment | null> {
  const [comments, own] = await Promise.all([api.listComments(), api.ownLogin()])
  return comments.find((comment: IssueComment) => comment.user?.login === own && comment.body?.includes(marker)) ?? null
}

/**
 * Finds our earlier comment by its hidden marker — among our own comments only,
 * across all pages — and updates it in place; creates one when there is none.
 * With `createIfMissing` false (a clean run), no new comment is added.
 */
export async function upsertStickyComment(api: GitHubApi, marker: string, body: string, createIfMissing: boolean, existing?: IssueComment | null): Promise<StickyResult> {
  if (existing === undefined) existing = await findStickyComment(api, marker)
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', url: existing.html_url }
    const updated = await api.updateComment(existing.id, body)
    return { action: 'updated', url: updated.html_url }
  }
  if (!createIfMissing) return { action: 'skipped' }
  const created = await api.createComment(body)
  return { action: 'created', url: created.html_url }
}
