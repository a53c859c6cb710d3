/**
 * Local HTTP server for end-to-end tests and the demo. Browsers reach it as
 * `http://www.example.gov.cn:PORT/…` (chromium.ts / firefox.ts map every *.gov.cn host to
 * 127.0.0.1), so the extension's real `*://*.gov.cn/*` match pattern applies.
 *
 * Serves (see fixtures.ts for how pages are built):
 * - every real case: at the path of its provenance URL when it has one (looks like a real report
 *   URL, e.g. `/zwgk/zfxxgk/zfxxgknb/202001/t20200120_80576.htm`) and always at `/real/<case>/`;
 * - every seed at `/seeds/<name>/`;
 * - every `test/e2e/pages/*.html` verbatim at `/pages/<file>`;
 * - `extraRoutes` passed in by a test (path → HTML);
 * - `/` : a 年报 listing page linking to all of the above.
 *
 * Usage:
 *   const server = await startFixtureServer();
 *   await page.goto(server.urlFor('001-shanghai-bgt-2019'));   // or 'real/012', 'seeds/003', 'pages/x'
 *   await server.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapeHtml, findFixturePage, listFixturePages, portalPage, type FixturePage } from './fixtures.ts';

/** Host name the browsers use; anything under .gov.cn works the same. */
export const FIXTURE_HOST = 'www.example.gov.cn';

export interface FixtureServer {
  port: number;
  /** `http://www.example.gov.cn:PORT` */
  origin: string;
  /** Full URL of a fixture page; throws with the list of known pages if the name is unknown. */
  urlFor(name: string): string;
  /** Every page served (real cases, seeds, extra pages). */
  pages: FixturePage[];
  /** Paths requested so far (handy to assert a page was really fetched). */
  requests: string[];
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /** Extra pages for one test: path (starting with /) → full HTML. */
  extraRoutes?: Record<string, string>;
}

function listingPage(pages: FixturePage[]): string {
  const items = pages
    .map((p) => `<li><a href="${escapeHtml(p.path)}">${escapeHtml(`${p.kind}/${p.name}`)}</a></li>`)
    .join('\n');
  return portalPage('测试门户 · fixture index', `<h1>fixture pages</h1>\n<ul>\n${items}\n</ul>`);
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const pages = listFixturePages();
  const byPath = new Map<string, () => string>();
  for (const page of pages) for (const p of page.paths) byPath.set(p, page.html);
  for (const [p, html] of Object.entries(options.extraRoutes ?? {})) byPath.set(p, () => html);
  byPath.set('/', () => listingPage(pages));

  const requests: string[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const build = byPath.get(path) ?? byPath.get(path.endsWith('/') ? path : `${path}/`);
    if (!build) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`no fixture page at ${path}\n`);
      return;
    }
    try {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(build());
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(err));
    }
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${FIXTURE_HOST}:${port}`;

  return {
    port,
    origin,
    pages,
    requests,
    urlFor: (name) => origin + findFixturePage(pages, name).path,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
