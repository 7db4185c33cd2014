/** The match pattern for host access to an image's host (patterns name no port; Firefox refuses one). */
export function hostPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
