import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockText } from '../../../shared/model/blocks';
import { makePdf } from './make-test-pdf';
import { fetchArticle, networkError, type FetchArticleOptions } from './url';

type Route = (req: IncomingMessage, res: ServerResponse) => void;

const ARTICLE_HTML = `<!doctype html><html lang="en"><head><title>Scout and Maverick</title></head><body>
<article><h1>Scout and Maverick</h1>
<p>${'Llama 4 Scout runs on a single H100 GPU with 17 billion active parameters. '.repeat(6)}</p>
<p>${'Maverick achieves 73.5% on MMLU, according to <a href="/benchmarks">the benchmarks</a>. '.repeat(5)}</p>
</article></body></html>`;

const html =
  (body: string, type = 'text/html; charset=utf-8'): Route =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  };
const redirect =
  (to: string, status = 302): Route =>
  (_req, res) => {
    res.writeHead(status, { location: to });
    res.end();
  };

const routes: Record<string, Route> = {
  '/article': html(ARTICLE_HTML),
  '/plain': html('Headline here\n\nFirst paragraph of plain text.', 'text/plain; charset=utf-8'),
  '/notes.md': html('# Notes\n\nSome *Markdown*.', 'text/markdown'),
  '/latin1': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1252' });
    res.end(Buffer.from([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94, 0x0a, 0x0a, 0x6f, 0x6b, 0x2e]));
  },
  '/japanese': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=Shift_JIS' });
    res.end(Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x0a, 0x0a, 0x6f, 0x6b, 0x2e]));
  },
  '/hop1': redirect('/hop2', 301),
  '/hop2': redirect('/news/hop3', 307),
  '/news/hop3': redirect('../article', 308),
  '/loop': redirect('/loop'),
  '/to-ftp': redirect('ftp://files.example/x'),
  '/missing': (_req, res) => {
    res.writeHead(404, 'Not Found', { 'content-type': 'text/html' });
    res.end('<h1>Not here</h1>');
  },
  '/broken': (_req, res) => {
    res.writeHead(503, 'Service Unavailable');
    res.end();
  },
  '/slow': (_req, res) => {
    setTimeout(() => html(ARTICLE_HTML)(_req, res), 3000);
  },
  '/slow-body': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<p>start');
    setTimeout(() => res.end('</p>'), 3000);
  },
  '/image': html('\x89PNG', 'image/png'),
  '/papers/llama-report.pdf': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end(makePdf([{ texts: [{ x: 72, y: 700, size: 11, text: 'Scout runs on one GPU.' }] }]));
  },
  '/untyped': (_req, res) => {
    res.removeHeader('content-type');
    res.writeHead(200);
    res.end(
      makePdf([{ texts: [{ x: 72, y: 700, size: 11, text: 'A sniffed PDF.' }] }], {
        title: 'Sniffed report',
      }),
    );
  },
  '/broken.pdf': html('%PDF-1.7 and nothing else', 'application/pdf'),
  '/big': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('x'.repeat(64 * 1024));
  },
  '/big-chunked': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' }); // no length: chunked
    for (let i = 0; i < 64; i++) res.write('x'.repeat(1024));
    res.end();
  },
  '/empty': html(''),
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (route) route(req, res);
    else {
      res.writeHead(500);
      res.end('no route');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const NOW = () => new Date('2026-11-26T12:00:00.000Z');

/** The test server lives on loopback, which opens only for a host the person allowed. */
const fetchLocal = (address: string, options: FetchArticleOptions = {}) =>
  fetchArticle(address, { network: { allowLocalHosts: ['127.0.0.1'] }, ...options });

describe('fetchArticle', () => {
  it('reads a page, resolving its links against its address', async () => {
    const article = await fetchLocal(`${base}/article`, { now: NOW });
    expect(article.title).toBe('Scout and Maverick');
    expect(article.source).toEqual({
      kind: 'url',
      url: `${base}/article`,
      mediaType: 'html',
      retrievedAt: '2026-11-26T12:00:00.000Z',
    });
    const link = article.blocks.flatMap((b) => b.runs).find((r) => r.text === 'the benchmarks');
    expect(link?.marks).toEqual([{ type: 'link', href: `${base}/benchmarks` }]);
  });

  it('follows a chain of redirects and keeps the final address', async () => {
    const article = await fetchLocal(`${base}/hop1`, { now: NOW });
    expect(article.source.url).toBe(`${base}/article`);
    expect(article.title).toBe('Scout and Maverick');
  });

  it.each([
    ['/plain', 'text', 'Headline here'],
    ['/notes.md', 'markdown', 'Notes'],
  ])('reads %s as %s', async (path, mediaType, title) => {
    const article = await fetchLocal(`${base}${path}`);
    expect(article.source.mediaType).toBe(mediaType);
    expect(article.title).toBe(title);
  });

  it('reads a PDF the server sends, named after its file when it has no title', async () => {
    const article = await fetchLocal(`${base}/papers/llama-report.pdf`, { now: NOW });
    expect(article.source).toEqual({
      kind: 'url',
      url: `${base}/papers/llama-report.pdf`,
      mediaType: 'pdf',
      retrievedAt: '2026-11-26T12:00:00.000Z',
    });
    expect(article.title).toBe('llama-report');
    expect(article.blocks.map(blockText)).toEqual(['llama-report', 'Scout runs on one GPU.']);
    expect(article.blocks[1]?.page).toBe(1);
  });

  it('recognises a PDF the server does not type', async () => {
    const article = await fetchLocal(`${base}/untyped`);
    expect(article.source.mediaType).toBe('pdf');
    expect(article.title).toBe('Sniffed report');
  });

  it('decodes Shift_JIS when the server names it', async () => {
    const article = await fetchLocal(`${base}/japanese`);
    expect(article.blocks.map(blockText)).toEqual(['日本語', 'ok.']);
  });

  it('decodes the charset the server names', async () => {
    const article = await fetchLocal(`${base}/latin1`);
    expect(article.blocks.map(blockText)).toContain('“café”');
  });

  it.each([
    ['/loop', 'network', 'more than 5 redirects'],
    ['/to-ftp', 'network', 'redirected to ftp: address, which cannot be opened'],
    ['/missing', 'network', 'the server answered 404 Not Found (the page does not exist)'],
    [
      '/broken',
      'network',
      'the server answered 503 Service Unavailable (the site has a problem; try again later)',
    ],
    ['/image', 'bad-source', 'the address serves image/png, not a web page or text'],
    ['/broken.pdf', 'bad-source', 'the PDF is damaged or not a PDF'],
    ['/empty', 'bad-source', 'the page is empty'],
  ])('refuses %s (%s), naming the address', async (path, code, message) => {
    const error = await fetchLocal(`${base}${path}`).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ContractError', code });
    expect((error as Error).message).toContain(`${base}${path}: `);
    expect((error as Error).message).toContain(message);
  });

  it.each(['/slow', '/slow-body'])('gives up on %s after the time limit', async (path) => {
    const error = await fetchLocal(`${base}${path}`, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'network',
      message: `${base}${path}: no complete answer within 0.3 seconds; the site may be slow or unreachable`,
    });
  });

  it.each(['/big', '/big-chunked'])('stops reading %s past the size limit', async (path) => {
    await expect(fetchLocal(`${base}${path}`, { maxBytes: 1024 })).rejects.toMatchObject({
      code: 'bad-source',
      message: `${base}${path}: the page is larger than 1 KB`,
    });
  });

  it('refuses a closed port as refused', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetchLocal(`http://127.0.0.1:${port}/`)).rejects.toMatchObject({
      code: 'network',
      message: `http://127.0.0.1:${port}/: 127.0.0.1 refused the connection`,
    });
  });

  it.each([
    ['file:///etc/passwd', 'file:///etc/passwd: to read a file on this computer, use Open file'],
    ['ftp://files.example/a', 'ftp://files.example/a: only http and https addresses can be opened'],
    ['javascript:alert(1)', 'javascript:alert(1): only http and https addresses can be opened'],
    ['not a url', 'not a url: not a web address'],
  ])('refuses %s before fetching', async (address, message) => {
    const fetch = () => Promise.reject(new Error('must not be called'));
    await expect(fetchArticle(address, { fetch })).rejects.toMatchObject({
      code: 'bad-source',
      message,
    });
  });

  it('adds https:// to an address typed without it', async () => {
    const seen: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      seen.push(String(input));
      return new Response(ARTICLE_HTML, { headers: { 'content-type': 'text/html' } });
    };
    const article = await fetchArticle('news.example/story', { fetch });
    expect(seen).toEqual(['https://news.example/story']);
    expect(article.source.url).toBe('https://news.example/story');
  });
});

describe('networkError', () => {
  const failed = (code: string) =>
    Object.assign(new TypeError('fetch failed'), { cause: { code } });
  it.each([
    ['ENOTFOUND', 'the server nowhere.example could not be found'],
    ['EAI_AGAIN', 'the server nowhere.example could not be found'],
    ['ECONNRESET', 'the connection was closed before the page arrived'],
    ['CERT_HAS_EXPIRED', 'the secure connection failed (CERT_HAS_EXPIRED)'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'the secure connection failed (DEPTH_ZERO_SELF_SIGNED_CERT)'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'the secure connection failed (ERR_TLS_CERT_ALTNAME_INVALID)'],
  ])('%s', (code, reason) => {
    expect(networkError('https://nowhere.example/a', failed(code)).message).toContain(
      `https://nowhere.example/a: ${reason}`,
    );
  });

  it('reports a real DNS failure', async () => {
    // .invalid never resolves (RFC 2606), so no network is needed to see the failure.
    await expect(fetchArticle('http://factmark-test.invalid/')).rejects.toMatchObject({
      code: 'network',
      message: expect.stringContaining('the server factmark-test.invalid could not be found'),
    });
  });
});
