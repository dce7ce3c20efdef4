// The checks every address gets before a request is sent to it: the first one typed or stored,
// and each redirect. The connection itself is checked again at connect time (guarded-fetch).
import { ContractError } from '../../../shared/contract/result';
import { checkDestination, isIpLiteral, type NetworkPolicy } from './address-policy';

/**
 * Refuses a hop the loader must not take: a scheme other than http(s), a step down from https
 * to http (the page would arrive unprotected, and a local service often speaks only http), or
 * a literal address the policy does not allow. `from` is the hop that redirected here.
 */
export function checkLink(url: URL, policy: NetworkPolicy, from?: URL): void {
  const named = from ? `${from.href} (redirected to ${url.href})` : url.href;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ContractError(
      'network',
      `${from?.href ?? url.href}: redirected to ${url.protocol} address, which cannot be opened`,
    );
  }
  if (from?.protocol === 'https:' && url.protocol === 'http:') {
    throw new ContractError(
      'network',
      `${named}: a secure page redirected to an insecure http address; Factmark does not follow it`,
    );
  }
  if (isIpLiteral(url.hostname)) {
    const address = url.hostname.replace(/^\[|\]$/g, '');
    checkDestination({ url: named, host: url.hostname, address }, policy);
  }
}
