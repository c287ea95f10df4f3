/**
 * Hash routes (`#/`, later `#/login`, …): the page is one file wherever it is
 * served from, and the platform and the dashboard server need no route table.
 */
function currentPath(): string {
  return location.hash.replace(/^#/, '') || '/';
}

export class HashRouter {
  path = $state(currentPath());

  /** Follows the address bar until the returned function is called. */
  listen(): () => void {
    const update = () => (this.path = currentPath());
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }
}
