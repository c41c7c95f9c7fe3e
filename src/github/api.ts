import type { getOctokit } from '@actions/github'

type Octokit = ReturnType<typeof getOctokit>

export interface IssueComment {
  id: number
  body?: string
  html_url: string
  user: { login: string; type?: string } | null
}

/** The few GitHub calls pack-guard makes, so logic can be tested with plain objects. */
export interface GitHubApi {
  /** Every comment of the pull request, all pages. */
  listComments(): Promise<IssueComment[]>
  createComment(body: string): Promise<IssueComment>
  updateComment(id: number, body: string): Promise<IssueComment>
  /** Who added `label` last, from the issue's events; undefined when unknown. */
  whoAddedLabel(label: string): Promise<string | undefined>
  /** The login our comments are written under. */
  ownLogin(): Promise<string>
  /** The pull request's current labels. */
  labels(): Promise<string[]>
}

/** The login that GITHUB_TOKEN writes comments as. */
export const ACTIONS_BOT = 'github-actions[bot]'

interface Target {
  owner: string
  repo: string
  issueNumber: number
}

/** Adapts an Octokit client to {@link GitHubApi} for one pull request. */
export function createGitHubApi(octokit: Octokit, { owner, repo, issueNumber }: Target): GitHubApi {
  let login: Promise<string> | undefined
  return {
    listComments: () => octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 }) as Promise<IssueComment[]>,
    createComment: async (body) => (await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })).data as IssueComment,
    updateComment: async (id, body) => (await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })).data as IssueComment,
    async whoAddedLabel(label) {
      const events = await octokit.paginate(octokit.rest.issues.listEvents, { owner, repo, issue_number: issueNumber, per_page: 100 })
      const labeled = events.filter((event) => event.event === 'labeled' && (event as { label?: { name?: string } }).label?.name === label)
      return labeled.at(-1)?.actor?.login
    },
    async labels() {
      const { data } = await octokit.rest.issues.get({ owner, repo, issue_number: issueNumber })
      return data.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? '')))
    },
    ownLogin() {
      // A personal token can ask who it is; GITHUB_TOKEN (an installation token) cannot, and always writes as github-actions[bot].
      login ??= octokit.rest.users.getAuthenticated().then(
        (response) => response.data.login,
        () => ACTIONS_BOT,
      )
      return login
    },
  }
}

/** The open pull request whose head is `owner:branch` (how a workflow_run job finds a fork's PR), with its head commit. */
export async function findPullRequest(octokit: Octokit, repo: { owner: string; repo: string }, head: string): Promise<{ number: number; headSha?: string } | undefined> {
  const { data } = await octokit.rest.pulls.list({ ...repo, head, state: 'open', per_page: 1 })
  return data[0] && { number: data[0].number, headSha: data[0].head?.sha }
}
