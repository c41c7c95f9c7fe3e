export function parseName(argv: string[]): string {
  return argv[0] ?? 'world'
}
