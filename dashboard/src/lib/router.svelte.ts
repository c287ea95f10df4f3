/**
 * Hash routes (`#/map`, `#/login?next=%2Faudit`, …): the page is one file
 * wherever it is served from, and the platform and the dashboard server need
 * no route table. One router for the page, so the session can move it too.
 */
import { parseHash } from './routes.js';

export class HashRouter {
  path = $state(parseHash(location.hash).path);
  params = $state.raw(parseHash(location.hash).params);

  /** Follows the address bar until the returned function is called. */
  listen(): () => void {
    const update = () => this.read();
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }

  /**
   * Moves without a history entry (redirects: Back must not bounce into them).
   * The state changes now, not at the later hashchange, so nothing renders
   * or redirects from the old route meanwhile.
   */
  replace(route: string): void {
    location.replace(`#${route}`);
    this.read();
  }

  private read(): void {
    const { path, params } = parseHash(location.hash);
    this.path = path;
    if (params.toString() !== this.params.toString()) this.params = params;
  }
}

export const router = new HashRouter();
