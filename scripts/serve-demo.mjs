#!/usr/bin/env node
// Serves the demo pages on 127.0.0.1 the way a partner's site would load the package:
// demo/ at /, and the built CDN bundles at /cdn/. Run `npm start` (it builds first).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

/** A request handler serving each `[prefix, dir]` mount (first match wins); also used by the example and Storybook tests. */
export function staticHandler(mounts) {
  return (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      let file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir)) break; // no escaping the mount
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) continue;
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(readFileSync(file));
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('Not found');
  };
}

/** Serves `dir` on a free port of 127.0.0.1; resolves to its URL and a `close()`. */
export function serveDirectory(dir) {
  const server = createServer(staticHandler([['/', resolve(dir)]]));
  return new Promise((done, fail) => {
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () =>
      done({
        url: `http://127.0.0.1:${server.address().port}/`,
        // A browser keeps its connections alive: end them, or close() waits for them.
        close: () => new Promise((closed) => server.close(closed).closeAllConnections()),
      }),
    );
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(root, 'dist/cdn/mbc-elements.js'))) {
    console.error('dist/cdn is missing: run `npm run build` first (npm start does).');
    process.exit(1);
  }
  const server = createServer(
    staticHandler([
      ['/cdn/', join(root, 'dist/cdn')],
      ['/themes/', join(root, 'themes')],
      ['/snippets/', join(root, 'dist/snippets/pages')],
      ['/', join(root, 'demo')],
    ]),
  );
  const port = Number(process.env.PORT ?? 8080);
  server.on('error', (error) => {
    if (error.code === 'EADDRINUSE' && !process.env.PORT) server.listen(0, '127.0.0.1');
    else throw error;
  });
  server.on('listening', () => {
    const { port: actual } = server.address();
    console.log(`Demo: http://127.0.0.1:${actual}/  (hospital page)`);
    console.log(`      http://127.0.0.1:${actual}/advocacy.html  (advocacy group page)`);
    console.log(`      http://127.0.0.1:${actual}/themes.html  (the example themes and dark mode)`);
    console.log(`      http://127.0.0.1:${actual}/snippets/  (the hospital page made of prerendered snippets; /snippets/es/ in Spanish)`);
    console.log('Press Ctrl+C to stop.');
  });
  server.listen(port, '127.0.0.1');
}
