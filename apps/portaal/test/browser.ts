import AxeBuilder from '@axe-core/playwright';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { leesbaarheid } from '../tools/leesbaarheid';

const ROOT = join(__dirname, '..', '..', '..');
const PORTAAL = join(ROOT, 'apps', 'portaal');
export const SCREENSHOTS = join(PORTAAL, 'screenshots');
export const KEYCLOAK = process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8180';

/** Debian's Chromium, as tools/browser/install.sh installs it; never a downloaded browser. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Portaal {
  url: string;
  stop(): Promise<void>;
}

/**
 * The built portal served by `vite preview` with its proxy pointed at the given services, on a port
 * of this Jest worker's block (KOERS_TEST_PORT_BASE), with a config.json naming the test Keycloak.
 */
export async function startPortaal(diensten: Record<string, string>): Promise<Portaal> {
  await bouw();
  const dir = mkdtempSync(join(tmpdir(), 'koers-portaal-'));
  cpSync(join(PORTAAL, 'dist'), dir, { recursive: true });
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
  config.keycloak.url = KEYCLOAK;
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));

  const port = Number(process.env.KOERS_TEST_PORT_BASE ?? 21000) + (Number(process.env.JEST_WORKER_ID ?? 1) - 1) * 500 + 499;
  const env: Record<string, string> = { ...(process.env as Record<string, string>), KEYCLOAK_URL: KEYCLOAK };
  for (const [dienst, url] of Object.entries(diensten)) env[`PORTAAL_${dienst.toUpperCase()}_URL`] = url;
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--config', join(PORTAAL, 'vite.config.ts'), '--outDir', dir, '--port', String(port), '--strictPort', '--bypass-lock'],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await klaar(url, child, () => output);
  return {
    url,
    async stop() {
      await stopProces(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Builds the portal once. Two test files of one run (each in its own Jest worker) may both find no
 * build: Vite lets one build and refuses the other, which then waits for the first one's output.
 */
/** The newest change among the files the build reads, to tell a build made before it. */
function nieuwsteBron(): { pad: string; op: number } {
  let nieuwste = { pad: '', op: 0 };
  const bekijk = (pad: string) => {
    const info = statSync(pad);
    if (info.isDirectory()) for (const naam of readdirSync(pad)) bekijk(join(pad, naam));
    else if (info.mtimeMs > nieuwste.op) nieuwste = { pad, op: info.mtimeMs };
  };
  for (const pad of [join(PORTAAL, 'src'), join(PORTAAL, 'public'), join(PORTAAL, 'index.html'), join(PORTAAL, 'vite.config.ts'), join(ROOT, 'libs', 'clients', 'src')]) bekijk(pad);
  return nieuwste;
}

/**
 * Builds the portal when there is no build; a build older than its sources is refused with what to
 * do — rebuilding it here could race another test file serving it (tools/test.sh builds it first).
 */
async function bouw(): Promise<void> {
  const index = join(PORTAAL, 'dist', 'index.html');
  if (existsSync(index)) {
    const bron = nieuwsteBron();
    if (bron.op > statSync(index).mtimeMs) {
      throw new Error(`apps/portaal/dist is older than ${bron.pad.slice(ROOT.length + 1)}: build the portal again (npx vite build --config apps/portaal/vite.config.ts) or remove apps/portaal/dist`);
    }
    return;
  }
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(PORTAAL, 'vite.config.ts')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status === 0) return;
  if (!`${build.stdout}${build.stderr}`.includes('Found another Vite build process')) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
  const deadline = Date.now() + 180000;
  while (!existsSync(index)) {
    if (Date.now() > deadline) throw new Error('the other vite build did not finish within 180 s');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  // index.html is written last; give the writer a moment to close it.
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

async function klaar(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/config.json`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stopProces(child);
  throw new Error(`vite preview at ${url} not ready:\n${output()}`);
}

function stopProces(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * The portal runs under the Content-Security-Policy of deploy/portaal/nginx.conf (vite preview sends
 * it). Every page of a test's browser context reports what the policy refused — a script, a style,
 * an eval, a call to another origin — and `inloggen`, `controleer` and `alsIn` fail on it. Keycloak's
 * own pages have their own policy and are not counted.
 */
const weigeringen = new WeakMap<BrowserContext, string[]>();

async function bewaakBeleid<T extends BrowserContext>(context: T): Promise<T> {
  const lijst: string[] = [];
  weigeringen.set(context, lijst);
  await context.exposeBinding('__koersBeleidWeigert', (_bron, melding: string) => lijst.push(melding));
  await context.addInitScript({
    content: `if (location.origin !== ${JSON.stringify(new URL(KEYCLOAK).origin)}) document.addEventListener('securitypolicyviolation', (e) =>
      window.__koersBeleidWeigert(location.pathname + ': ' + e.effectiveDirective + ' weigert ' + (e.blockedURI || 'inline') + ' (' + e.sourceFile + ':' + e.lineNumber + ')'));`,
  });
  return context;
}

/** Fails when the policy refused anything on a page of this context. */
export function geenWeigeringen(page: Page): void {
  const lijst = weigeringen.get(page.context()) ?? [];
  if (lijst.length) throw new Error(`Content-Security-Policy weigerde:\n${lijst.join('\n')}`);
}

/** A fresh browser: Debian's Chromium with its own new user-data-dir, so no session carries over. */
export async function nieuweBrowser(): Promise<BrowserContext & { opruimen(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'koers-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
  });
  await bewaakBeleid(context);
  return Object.assign(context, {
    async opruimen() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  });
}

/** Logs in the way a person does: the portal's button, then Keycloak's own login page. */
export async function inloggen(page: Page, portaal: Portaal, gebruikersnaam: string, pad = '/'): Promise<void> {
  await page.goto(portaal.url + pad);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK));
  await page.locator('#username').fill(gebruikersnaam);
  await page.locator('#password').fill(process.env.KOERS_DEMO_PASSWORD ?? 'koers-demo');
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(portaal.url) && !url.search.includes('code='));
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  geenWeigeringen(page);
}

/**
 * The text of `main` as a person reads it: a closed list box shows its chosen option only, so the
 * other options (which `innerText` lists) are left out — a catalogue in a select is not prose — and
 * an identifier marked up as `<code>` (an indicator's code) is not a word either, as isCode says of
 * the codes it recognises. Each gives way to what is read for the moment of reading and is put back.
 */
export async function gelezenTekst(page: Page): Promise<string> {
  // Typed by hand: the tests compile without the DOM library, the function runs in the page.
  type Knoop = { replaceWith(ander: Knoop): void };
  type Keuzelijst = Knoop & { selectedOptions: Iterable<{ text: string }> };
  type Hoofd = {
    innerText: string;
    querySelectorAll(selector: 'select'): Iterable<Keuzelijst>;
    querySelectorAll(selector: 'code'): Iterable<Knoop>;
    ownerDocument: { createElement(tag: 'span'): Knoop & { textContent: string | null } };
  };
  return page.locator('main').evaluate((element) => {
    const main = element as unknown as Hoofd;
    const inPlaatsVan = (origineel: Knoop, tekst: string) => {
      const gelezen = main.ownerDocument.createElement('span');
      gelezen.textContent = tekst;
      origineel.replaceWith(gelezen);
      return { origineel, gelezen };
    };
    const vervangen = [
      ...[...main.querySelectorAll('select')].map((select) => inPlaatsVan(select, [...select.selectedOptions].map((optie) => optie.text).join(', '))),
      ...[...main.querySelectorAll('code')].map((code) => inPlaatsVan(code, '')),
    ];
    try {
      return main.innerText;
    } finally {
      for (const { origineel, gelezen } of vervangen) gelezen.replaceWith(origineel);
    }
  });
}

export interface Controle {
  naam: string;
  score: number;
  bovenB1: boolean;
}

/**
 * Every check a screen gets: nothing refused by the Content-Security-Policy (throws), axe on WCAG 2.1
 * A and AA (returns the violations), a screenshot, and the Flesch-Douma score of the text in `main`, printed, with a warning above B1.
 */
export async function controleer(page: Page, naam: string): Promise<{ overtredingen: string[]; leesbaarheid: Controle }> {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  geenWeigeringen(page);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${naam}.png`), fullPage: true });
  const tekst = await gelezenTekst(page);
  // Beside the screenshot, the text that was scored, so a writer can see what made it hard.
  writeFileSync(join(SCREENSHOTS, `${naam}.txt`), tekst);
  const uitslag = leesbaarheid(tekst);
  const regel = `[leesbaarheid] ${naam}: Flesch-Douma ${uitslag.score} (${uitslag.woorden} woorden, ${uitslag.zinnen} zinnen)`;
  if (uitslag.bovenB1) console.warn(`${regel} — WAARSCHUWING: moeilijker dan B1`);
  else console.log(regel);
  return {
    overtredingen: axe.violations.map((v) => `${naam}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    leesbaarheid: { naam, score: uitslag.score, bovenB1: uitslag.bovenB1 },
  };
}

/**
 * One Chromium for a whole test file, each login in its own fresh context (its own cookies and
 * storage, so no session carries over): cheaper than a browser per login on a 2-core runner.
 */
export async function eenBrowser(): Promise<{ sessie(): Promise<BrowserContext>; stop(): Promise<void> }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    sessie: async () => bewaakBeleid(await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } })),
    stop: () => browser.close(),
  };
}

/** Logs in as `gebruiker` at `pad` in a fresh context of the file's one browser, runs `doe`, then closes the context. */
export async function alsIn<T>(browser: { sessie(): Promise<BrowserContext> }, portaal: Portaal, gebruiker: string, pad: string, doe: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.sessie();
  try {
    const page = await context.newPage();
    await inloggen(page, portaal, gebruiker, pad);
    const uitkomst = await doe(page);
    geenWeigeringen(page);
    return uitkomst;
  } finally {
    await context.close();
  }
}
