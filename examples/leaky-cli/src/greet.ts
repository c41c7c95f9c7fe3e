/** Internal: the greeting format is not part of the public API. */
export function greet(name: string): string {
  return `Hello, ${name}!`
}
