import { AddressInfo, connect, createServer, Server, Socket } from 'node:net';

/**
 * A TCP hop in front of a real service, for the network between two services: it passes every byte
 * on, or — `weigerVolgende(n)` — drops the next n connections at once, as a restarting service or a
 * broken network does. Nothing is answered in the service's place.
 */
export class Verbreker {
  /** Connections dropped so far. */
  geweigerd = 0;
  private teWeigeren = 0;
  private readonly open = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private doel: URL,
  ) {}

  static async voor(doelUrl: string): Promise<Verbreker> {
    const doel = new URL(doelUrl);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const verbreker = new Verbreker(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, doel);
    server.on('connection', (binnen) => verbreker.verbind(binnen, verbreker.doel));
    return verbreker;
  }

  /** Passes new connections to another process from now on, as a Kubernetes Service does to a restarted pod. */
  richtOp(doelUrl: string): void {
    this.doel = new URL(doelUrl);
  }

  /** Drops the next n connections, and every connection that is open now (a keep-alive would pass otherwise). */
  weigerVolgende(n: number): void {
    this.teWeigeren = n;
    for (const socket of this.open) socket.destroy();
  }

  private verbind(binnen: Socket, doel: URL): void {
    if (this.teWeigeren > 0) {
      this.teWeigeren -= 1;
      this.geweigerd += 1;
      binnen.destroy();
      return;
    }
    const buiten = connect(Number(doel.port), doel.hostname);
    for (const socket of [binnen, buiten]) {
      this.open.add(socket);
      socket.on('close', () => this.open.delete(socket));
      socket.on('error', () => undefined);
    }
    binnen.on('close', () => buiten.destroy());
    buiten.on('close', () => binnen.destroy());
    binnen.pipe(buiten).pipe(binnen);
  }

  async stop(): Promise<void> {
    for (const socket of this.open) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
