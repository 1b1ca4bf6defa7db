import { describeService } from '@koers/bootstrap';
import { generateAsyncApi } from './asyncapi/asyncapi';
import { generateClients } from './clients/clients';
import { REPO_ROOT, staleFiles, staleMessage, writeGenerated } from './generated/generated-files';
import { SERVICES } from './generated/services';

/**
 * Writes every generated file. `--check`: writes nothing, names what is out of date and exits 1 if
 * anything is; `--root DIR` compares against another checkout (the tests use a copy).
 */
async function main(args: string[]): Promise<void> {
  const rootAt = args.indexOf('--root');
  const root = rootAt >= 0 ? args[rootAt + 1] : REPO_ROOT;
  const descriptions = await Promise.all(SERVICES.map((definition) => describeService(definition)));
  const generated = [
    { what: 'the clients in libs/clients', files: await generateClients(descriptions) },
    { what: 'the AsyncAPI document', files: generateAsyncApi(descriptions) },
  ];
  if (!args.includes('--check')) {
    for (const { files } of generated) writeGenerated(files, root);
    return;
  }
  for (const { what, files } of generated) {
    const stale = staleFiles(files, root);
    if (!stale.length) continue;
    process.stderr.write(`${staleMessage(what, stale)}\n`);
    process.exitCode = 1;
  }
}

void main(process.argv.slice(2));
