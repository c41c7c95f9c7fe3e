import { type IncomingMessage, type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: string }
  html_url: string
}

export interface RecordedRequest {
  method: string
  path: string
  body?: unknown
}

export interface FakeGitHubOptions {
  /** Answer 403 to every write (a fork PR's read-only token). */
  readOnly?: boolean
  /** Labeled events: [label, actor]. */
  labelEvents?: Array<[string, string]>
  labels?: string[]
  /** Open PRs by head ("owner:branch") for the workflow_run lookup: the number, or the number and head commit. */
  pullsByHead?: Record<string, number | { number: number; sha: string }>
  /** Files of the base branch for the contents API, by repository path (any ref). */
  baseFiles?: Record<string, string>
}

/**
 * A loopback stand-in for the few GitHub REST endpoints pack-guard uses: issue
 * comments (paginated with Link headers), issue events, issues.get, pulls.list
 * and users.getAuthenticated (403, as for GITHUB_TOKEN). Records every request.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  comments: FakeComment[] = []
  private server: Server | undefined
  private nextId = 1000
  url = ''

  constructor(readonly options: FakeGitHubOptions = {}) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(
        ({ status, body, headers }) => {
          res.writeHead(status, { 'content-type': 'application/json', ...headers })
          res.end(body === undefined ? '' : JSON.stringify(body))
        },
        (error: unknown) => {
          res.writeHead(500)
          res.end(String(error))
        },
      )
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }

  /** Adds a comment as if someone wrote it earlier. */
  addComment(login: string, body: string, type = 'User'): FakeComment {
    const comment = { id: this.nextId++, body, user: { login, type }, html_url: `https://github.test/c/${this.nextId}` }
    this.comments.push(comment)
    return comment
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET')
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body?: unknown; headers?: Record<string, string> }> {
    const url = new URL(req.url ?? '/', this.url)
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const body = text ? JSON.parse(text) : undefined
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, body })
    const path = url.pathname
    const write = req.method === 'POST' || req.method === 'PATCH' || req.method === 'DELETE'
    if (write && this.options.readOnly) return { status: 403, body: { message: 'Resource not accessible by integration' } }

    if (path === '/user') return { status: 403, body: { message: 'Resource not accessible by integration' } }
    let match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path)
    if (match && req.method === 'GET') return this.page(url, this.comments)
    if (match && req.method === 'POST') return { status: 201, body: this.addComment('github-actions[bot]', body.body, 'Bot') }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path)
    if (match) {
      const comment = this.comments.find((c) => c.id === Number(match![1]))
      if (!comment) return { status: 404, body: { message: 'Not Found' } }
      if (req.method === 'PATCH') {
        comment.body = body.body
        return { status: 200, body: comment }
      }
      if (req.method === 'DELETE') {
        this.comments = this.comments.filter((c) => c !== comment)
        return { status: 204 }
      }
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/events$/.test(path)) {
      const events = (this.options.labelEvents ?? []).map(([label, login], i) => ({ id: i + 1, event: 'labeled', label: { name: label }, actor: { login } }))
      return this.page(url, events)
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues\/\d+$/.test(path)) return { status: 200, body: { labels: (this.options.labels ?? []).map((name) => ({ name })) } }
    match = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(path)
    if (match && req.method === 'GET') {
      const content = this.options.baseFiles?.[decodeURIComponent(match[1])]
      if (content === undefined) return { status: 404, body: { message: 'Not Found' } }
      return { status: 200, body: { type: 'file', encoding: 'base64', size: Buffer.byteLength(content), content: Buffer.from(content).toString('base64') } }
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls$/.test(path)) {
      const pull = this.options.pullsByHead?.[url.searchParams.get('head') ?? '']
      const entry = typeof pull === 'number' ? { number: pull, head: { sha: 'f'.repeat(40) } } : pull && { number: pull.number, head: { sha: pull.sha } }
      return { status: 200, body: entry ? [entry] : [] }
    }
    return { status: 404, body: { message: `fake GitHub does not speak ${req.method} ${path}` } }
  }

  private page(url: URL, items: unknown[]): { status: number; body: unknown; headers: Record<string, string> } {
    const perPage = Number(url.searchParams.get('per_page') ?? 30)
    const page = Number(url.searchParams.get('page') ?? 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const headers: Record<string, string> = {}
    if (page < last) {
      const next = new URL(url)
      next.searchParams.set('page', String(page + 1))
      headers.link = `<${next}>; rel="next"`
    }
    return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), headers }
  }
}
