import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface OntvangenEmail {
  /** The envelope recipients (RCPT TO), which is where the mail really went. */
  aan: string[];
  mail: ParsedMail;
}

/**
 * A real SMTP server for tests (the `smtp-server` package) that keeps and parses what it accepts.
 * `weigeren` makes it refuse every message with a temporary error, as a busy or broken server does.
 */
export class SmtpTestServer {
  readonly ontvangen: OntvangenEmail[] = [];
  weigeren = false;
  /** Addresses this server does not know: refused for good at RCPT TO (550), as a real server does. */
  readonly onbekendeAdressen = new Set<string>();
  private server = this.nieuweServer();

  private constructor(public port: number) {}

  static async start(): Promise<SmtpTestServer> {
    const smtp = new SmtpTestServer(0);
    smtp.port = await smtp.luister(0);
    return smtp;
  }

  /** The mails that reached this address so far. */
  voor(adres: string): ParsedMail[] {
    return this.ontvangen.filter((o) => o.aan.includes(adres)).map((o) => o.mail);
  }

  /** Goes down entirely: connections are refused until `herstart`. */
  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Comes back on the same port. */
  async herstart(): Promise<void> {
    this.server = this.nieuweServer();
    await this.luister(this.port);
  }

  private luister(port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => resolve((this.server.server.address() as AddressInfo).port));
    });
  }

  private nieuweServer(): SMTPServer {
    return new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 100,
      onRcptTo: (adres, _session, callback) =>
        callback(this.onbekendeAdressen.has(adres.address) ? Object.assign(new Error('Mailbox bestaat niet'), { responseCode: 550 }) : undefined),
      onData: (stream, session, callback) => {
        if (this.weigeren) {
          stream.on('end', () => callback(Object.assign(new Error('Probeer het later opnieuw'), { responseCode: 451 })));
          stream.resume();
          return;
        }
        simpleParser(stream).then(
          (mail) => {
            this.ontvangen.push({ aan: session.envelope.rcptTo.map((r) => r.address), mail });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
  }
}
