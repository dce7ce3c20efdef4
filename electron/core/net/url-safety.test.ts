// A fetched link must not reach this computer's or the local network's services unless the
// person allowed that host. Every test here talks only to a server on 127.0.0.1; a hop to any
// other address is refused before a socket is opened, and the tests check that it was.
import { createServer, type Server } from 'node:http';
import { Socket, type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { fetchArticle } from '../loaders/url';
import { readSourceAgain } from '../reload/read-source-again';
import { addressKind, type NetworkPolicy } from './address-policy';
import { guardedFetch, type FetchPage, type ResolveHost } from './guarded-fetch';
import { checkLink } from './link-policy';

const PAGE = `<!doctype html><html><head><title>Intranet note</title></head><body><article>
<h1>Intranet note</h1><p>${'The quarterly figures are in the shared folder. '.repeat(8)}</p>
</article></body></html>`;

let server: Server;
let port: number;
let requests: string[];
let connections: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const to = (location: string) => {
      res.writeHead(302, { location });
      res.end();
    };
    switch (req.url) {
      case '/to-ten':
        return to('http://10.0.0.1/admin');
      case '/to-metadata':
        return to('http://169.254.169.254/latest/meta-data/iam/security-credentials/');
      case '/to-mapped-metadata':
        return to('http://[::ffff:a9fe:a9fe]/latest/meta-data/');
      case '/to-localhost':
        return to(`http://localhost:${port}/page`);
      case '/to-self':
        return to(`http://127.0.0.1:${port}/page`);
      default:
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(PAGE);
    }
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let connect: { mock: { calls: unknown[][] }; mockRestore(): void };
beforeEach(() => {
  requests = [];
  connections = 0;
  connect = vi.spyOn(Socket.prototype, 'connect');
});
afterEach(() => connect.mockRestore());

/** Every host a socket was asked to connect to during the test. */
function hostsConnected(): string[] {
  return connect.mock.calls.map((args: unknown[]) => {
    const first = args[0] as { host?: string } | Array<{ host?: string }>;
    return (Array.isArray(first) ? first[0]?.host : first.host) ?? '';
  });
}

const ALLOW_LOOPBACK: NetworkPolicy = { allowLocalHosts: ['127.0.0.1'] };

describe('addressKind', () => {
  it.each([
    ['93.184.216.34', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['127.0.0.1', 'local'],
    ['127.8.9.10', 'local'],
    ['::1', 'local'],
    ['10.0.0.1', 'local'],
    ['172.16.5.4', 'local'],
    ['192.168.1.1', 'local'],
    ['169.254.1.1', 'local'],
    ['fe80::1', 'local'],
    ['fd12:3456::1', 'local'],
    ['100.64.0.1', 'local'],
    ['::ffff:127.0.0.1', 'local'],
    ['::ffff:7f00:1', 'local'],
    ['[::ffff:10.0.0.1]', 'local'],
    ['64:ff9b::a00:1', 'local'], // NAT64 of 10.0.0.1
    ['2002:a00:1::', 'local'], // 6to4 of 10.0.0.1
    ['::ffff:8.8.8.8', 'public'],
    ['169.254.169.254', 'never'],
    ['169.254.170.2', 'never'],
    ['fd00:ec2::254', 'never'],
    ['::ffff:169.254.169.254', 'never'],
    ['::ffff:a9fe:a9fe', 'never'],
    ['100.100.100.200', 'never'],
    ['168.63.129.16', 'never'],
    ['0.0.0.0', 'never'],
    ['::', 'never'],
    ['224.0.0.1', 'never'],
    ['ff02::1', 'never'],
    ['255.255.255.255', 'never'],
    ['240.0.0.1', 'never'],
    ['not an address', 'never'],
  ])('%s is %s', (address, kind) => {
    expect(addressKind(address)).toBe(kind);
  });
});

describe('checkLink', () => {
  const refusal = (href: string, policy: NetworkPolicy = {}, from?: string) => {
    try {
      checkLink(new URL(href), policy, from ? new URL(from) : undefined);
      return null;
    } catch (error) {
      return { code: (error as { code: string }).code, host: (error as { host?: string }).host };
    }
  };
  it.each([
    ['https://news.example/a', {}, undefined, null],
    ['http://news.example/a', {}, 'http://news.example/', null],
    ['http://news.example/a', {}, 'https://news.example/', { code: 'network', host: undefined }],
    ['http://10.0.0.5/', {}, undefined, { code: 'local-network', host: '10.0.0.5' }],
    ['http://10.0.0.5/', { allowLocalHosts: ['10.0.0.5'] }, undefined, null],
    ['http://10.0.0.5/', { allowLocalHosts: ['10.0.0.6'] }, undefined, { code: 'local-network' }],
    ['http://10.0.0.5/', { allowLocalNetwork: true }, undefined, null],
    ['http://[::1]:8080/', {}, undefined, { code: 'local-network', host: '::1' }],
    ['http://[::1]:8080/', { allowLocalHosts: ['::1'] }, undefined, null],
    ['http://0x7f.1/', {}, undefined, { code: 'local-network', host: '127.0.0.1' }],
    ['http://2130706433/', {}, undefined, { code: 'local-network', host: '127.0.0.1' }],
    ['http://169.254.169.254/', { allowLocalNetwork: true }, undefined, { code: 'network' }],
    ['http://[fd00:ec2::254]/', { allowLocalNetwork: true }, undefined, { code: 'network' }],
    ['http://0.0.0.0:8080/', { allowLocalNetwork: true }, undefined, { code: 'network' }],
    ['ftp://files.example/', {}, 'https://news.example/', { code: 'network' }],
  ])('%s %j from %s', (href, policy, from, expected) => {
    const result = refusal(href, policy, from);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatchObject(expected);
  });
});

describe('fetching a page on the local network', () => {
  it('is refused, naming the host, until the person allows it', async () => {
    const error = await fetchArticle(`http://127.0.0.1:${port}/page`).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'local-network', host: '127.0.0.1' });
    expect((error as Error).message).toContain('this link points to your local network');
    expect(requests).toEqual([]);
    expect(hostsConnected()).toEqual([]);

    const article = await fetchArticle(`http://127.0.0.1:${port}/page`, {
      network: ALLOW_LOOPBACK,
    });
    expect(article.title).toBe('Intranet note');
  });

  it('follows a redirect to the same allowed host', async () => {
    const article = await fetchArticle(`http://127.0.0.1:${port}/to-self`, {
      network: ALLOW_LOOPBACK,
    });
    expect(article.source.url).toBe(`http://127.0.0.1:${port}/page`);
  });

  it('refuses a redirect to 10.0.0.1 without connecting to it', async () => {
    const error = await fetchArticle(`http://127.0.0.1:${port}/to-ten`, {
      network: ALLOW_LOOPBACK,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'local-network', host: '10.0.0.1' });
    expect(requests).toEqual(['/to-ten']);
    expect(hostsConnected()).not.toContain('10.0.0.1');
  });

  it.each(['/to-metadata', '/to-mapped-metadata'])(
    'refuses %s even with the whole local network allowed',
    async (path) => {
      const error = await fetchArticle(`http://127.0.0.1:${port}${path}`, {
        network: { allowLocalNetwork: true },
      }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'network' });
      expect((error as Error).message).toContain('Factmark never opens it');
      expect(hostsConnected().some((h) => h.includes('169.254') || h.includes(':'))).toBe(false);
    },
  );

  it('asks again for a redirect to another name of the same machine', async () => {
    const error = await fetchArticle(`http://127.0.0.1:${port}/to-localhost`, {
      network: ALLOW_LOOPBACK,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'local-network', host: 'localhost' });
    expect(requests).toEqual(['/to-localhost']);
  });
});

describe('DNS rebinding', () => {
  /** A resolver that names whatever the test says, without asking DNS. */
  const resolving =
    (...addresses: string[]): ResolveHost =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  const through = (resolve: ResolveHost, policy: NetworkPolicy = {}) => ({
    network: policy,
    fetch: guardedFetch({ policy, resolve }),
  });

  it('refuses a public name that resolves to loopback when the socket connects', async () => {
    const error = await fetchArticle(
      `http://news.example:${port}/page`,
      through(resolving('127.0.0.1')),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'local-network', host: 'news.example' });
    expect(connections).toBe(0);
    expect(requests).toEqual([]);
  });

  it('refuses a name with one public and one private address, before connecting', async () => {
    const error = await fetchArticle(
      `http://news.example:${port}/page`,
      through(resolving('93.184.216.34', '10.0.0.1')),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'local-network', host: 'news.example' });
    expect(hostsConnected().every((h) => h === 'news.example')).toBe(true);
    expect(connections).toBe(0);
  });

  it('connects to the address it checked, once the name is allowed', async () => {
    const article = await fetchArticle(
      `http://intranet.example:${port}/page`,
      through(resolving('127.0.0.1'), { allowLocalHosts: ['intranet.example'] }),
    );
    expect(article.title).toBe('Intranet note');
    expect(requests).toEqual(['/page']);
    // The spy sees real connections: the refusals above are not an artefact of it.
    expect(hostsConnected()).toContain('intranet.example');
  });
});

describe('https to http', () => {
  it('is refused on a redirect; nothing is asked of the http address', async () => {
    const asked: string[] = [];
    const fetch: FetchPage = async (url) => {
      asked.push(url.href);
      return new Response(null, { status: 302, headers: { location: 'http://news.example/b' } });
    };
    const error = await fetchArticle('https://news.example/a', { fetch }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'network' });
    expect((error as Error).message).toContain('a secure page redirected to an insecure http');
    expect(asked).toEqual(['https://news.example/a']);
  });
});

describe('a stored source URL', () => {
  const stored = (url: string) =>
    ({ title: 'Imported', source: { kind: 'url', url, retrievedAt: '' } }) as Article;

  it.each([
    ['http://169.254.169.254/latest/meta-data/', 'network'],
    ['http://10.1.2.3/wiki', 'local-network'],
    ['file:///etc/passwd', 'bad-source'],
  ])('%s is refused before anything is fetched', async (url, code) => {
    const asked: string[] = [];
    const fetch: FetchPage = async (u) => {
      asked.push(u.href);
      return new Response(PAGE, { headers: { 'content-type': 'text/html' } });
    };
    await expect(
      readSourceAgain(stored(url), undefined, { fetch, now: () => new Date() }),
    ).rejects.toMatchObject({ code });
    expect(asked).toEqual([]);
  });
});
