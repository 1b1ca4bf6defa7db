import { createServer, IncomingMessage, request, Server, ServerResponse } from 'node:http';
import { AddressInfo, Socket } from 'node:net';

/**
 * An HTTP hop in front of the real monitoring: it passes every request on as is and counts the reads
 * of the plans' standing (`GET /v1/monitoringplannen`), so a test or the bench counts what tafels
 * really asked instead of assuming it. `uit()` drops every connection, as a monitoring that is down.
 */
export class MonitoringTeller {
  /** Requests for `GET /v1/monitoringplannen` that reached monitoring. */
  standVragen = 0;
  private weg = false;
  private readonly open = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async voor(doelUrl: string): Promise<MonitoringTeller> {
    const doel = new URL(doelUrl);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const teller = new MonitoringTeller(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on('connection', (socket: Socket) => {
      teller.open.add(socket);
      socket.on('close', () => teller.open.delete(socket));
    });
    server.on('request', (binnen: IncomingMessage, uit: ServerResponse) => {
      if (teller.weg) return void binnen.socket.destroy();
      if (binnen.method === 'GET' && /^\/v1\/monitoringplannen(\?|$)/.test(binnen.url ?? '')) teller.standVragen++;
      const buiten = request({ host: doel.hostname, port: doel.port, method: binnen.method, path: binnen.url, headers: binnen.headers }, (antwoord) => {
        uit.writeHead(antwoord.statusCode ?? 502, antwoord.headers);
        antwoord.pipe(uit);
      });
      buiten.on('error', () => uit.destroy());
      binnen.pipe(buiten);
    });
    return teller;
  }

  /** Monitoring unreachable from now on (open keep-alive connections too), until `aan()`. */
  uit(): void {
    this.weg = true;
    for (const socket of this.open) socket.destroy();
  }

  aan(): void {
    this.weg = false;
  }

  async stop(): Promise<void> {
    for (const socket of this.open) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
