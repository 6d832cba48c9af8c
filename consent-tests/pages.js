// A page in jsdom whose scripts load from the tools' npm packages and a folder of generated files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsdom from 'jsdom';

const { JSDOM, VirtualConsole, requestInterceptor } = jsdom;
const modules = path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules');

/** The address every page is loaded at. */
export const URL_OF_PAGE = 'https://data.example.org/';

/**
 * A page with `head`, serving /node_modules/ from the packages and /consent/ from `consentFolder`,
 * loaded, with its script errors; with `cookieJar`, the cookies it sends and keeps.
 */
export async function page(consentFolder, head, cookieJar) {
  const errors = [];
  const console = new VirtualConsole();
  console.on('jsdomError', (error) => errors.push(String(error.message || error)));
  const local = requestInterceptor((request) => {
    const url = new URL(request.url);
    const folders = { '/node_modules/': modules, '/consent/': consentFolder };
    for (const [prefix, folder] of Object.entries(folders)) {
      if (url.pathname.startsWith(prefix)) {
        const file = path.join(folder, decodeURIComponent(url.pathname.slice(prefix.length)));
        return new Response(fs.readFileSync(file), {
          headers: { 'Content-Type': 'application/javascript' },
        });
      }
    }
    return new Response('', { status: 404 });
  });
  const dom = new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body></body></html>`, {
    url: URL_OF_PAGE,
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    resources: { interceptors: [local] },
    virtualConsole: console,
    ...(cookieJar ? { cookieJar } : {}),
  });
  await new Promise((resolve) => dom.window.addEventListener('load', resolve));
  return { window: dom.window, errors };
}
