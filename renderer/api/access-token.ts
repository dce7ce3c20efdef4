// Browser mode: the access token the contract calls carry in a header. The host hands it over
// once in the address's fragment (`/#token=…`); the page moves it into this tab's
// sessionStorage (so a reload keeps it, another site's tab never sees it) and out of the
// address bar and history.
import { TOKEN_FRAGMENT_KEY } from '../../shared/contract/bridge';

export const TOKEN_STORAGE_KEY = 'factmark.accessToken';

export interface TokenScope {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

const FRAGMENT = new RegExp(`^#${TOKEN_FRAGMENT_KEY}=([A-Za-z0-9._~-]{1,512})$`);

/** Takes a token handed over in the fragment, and answers the tab's token (null if none). */
export function takeAccessToken(scope: Partial<TokenScope>): string | null {
  if (!scope.location || !scope.history || !scope.sessionStorage) return null; // not a page
  const handed = FRAGMENT.exec(scope.location.hash)?.[1];
  try {
    if (handed) {
      scope.sessionStorage.setItem(TOKEN_STORAGE_KEY, handed);
      const { pathname, search } = scope.location;
      scope.history.replaceState(scope.history.state, '', pathname + search);
    }
    return scope.sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? handed ?? null;
  } catch {
    // Storage refused (privacy settings): the token lives as long as this page.
    return handed ?? null;
  }
}
