import { createServer, IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface OntvangenVerzoek {
  pad: string;
  headers: IncomingHttpHeaders;
  body: string;
  op: number;
}

/** How the receiver answers a request on a path; undefined means: never answer (a hanging receiver). */
export type Antwoord = (verzoek: OntvangenVerzoek, res: ServerResponse) => void;

/** A real HTTP receiver for webhook tests and the benchmark: logs every request, answers per path. */
export class WebhookOntvanger {
  readonly verzoeken: OntvangenVerzoek[] = [];
  private readonly antwoorden = new Map<string, Antwoord>();
  private constructor(private readonly server: Server, readonly basis: string) {}

  static async start(): Promise<WebhookOntvanger> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const ontvanger = new WebhookOntvanger(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on('request', (req, res) => {
      const delen: Buffer[] = [];
      req.on('data', (d: Buffer) => delen.push(d));
      req.on('end', () => {
        const verzoek = { pad: req.url ?? '/', headers: req.headers, body: Buffer.concat(delen).toString(), op: Date.now() };
        ontvanger.verzoeken.push(verzoek);
        const antwoord = ontvanger.antwoorden.get(verzoek.pad) ?? ((_v: OntvangenVerzoek, r: ServerResponse) => r.writeHead(204).end());
        antwoord(verzoek, res);
      });
    });
    return ontvanger;
  }

  url(pad: string): string {
    return `${this.basis}${pad}`;
  }

  antwoord(pad: string, antwoord: Antwoord): void {
    this.antwoorden.set(pad, antwoord);
  }

  op(pad: string): OntvangenVerzoek[] {
    return this.verzoeken.filter((v) => v.pad === pad);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
