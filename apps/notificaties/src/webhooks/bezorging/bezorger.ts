import { Agent as HttpAgent, IncomingMessage, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { Uitkomst } from '../aflevering/aflevering.rules';
import { adresBezwaar, hostVan, OnveiligAdres, UrlBeleid, veiligeLookup } from './callback-url';
import { handtekeningen } from './ondertekening';

export interface Verzending {
  url: string;
  /** The `webhook-id`: the delivery's id, the same on every attempt. */
  id: string;
  body: string;
  /** Every secret that signs now: the current one, and the previous one during a rotation. */
  geheimen: readonly string[];
}

export interface BezorgerOpties extends UrlBeleid {
  timeoutMs: number;
  maxBodyBytes: number;
  maxSockets: number;
}

/**
 * One signed HTTP POST (Standard Webhooks) with a deadline for the whole attempt and a cap on how
 * much of the answer is read. Never throws: every way an attempt can end is an Uitkomst for the log.
 */
export class Bezorger {
  private readonly http: HttpAgent;
  private readonly https: HttpsAgent;

  constructor(private readonly opties: BezorgerOpties) {
    const agent = { keepAlive: true, maxSockets: opties.maxSockets, lookup: veiligeLookup(opties) };
    this.http = new HttpAgent(agent);
    this.https = new HttpsAgent(agent);
  }

  async verstuur(verzending: Verzending): Promise<Uitkomst> {
    const start = performance.now();
    const duur = () => Math.round(performance.now() - start);
    try {
      const statuscode = await this.post(verzending);
      return { statuscode, fout: null, duurMs: duur() };
    } catch (error) {
      if (error instanceof OnveiligAdres) return { statuscode: null, fout: error.message, adresGeweigerd: true, duurMs: duur() };
      return { statuscode: null, fout: foutmelding(error), duurMs: duur() };
    }
  }

  close(): void {
    this.http.destroy();
    this.https.destroy();
  }

  private post({ url: ruw, id, body, geheimen }: Verzending): Promise<number> {
    const url = new URL(ruw);
    const host = hostVan(url);
    // An IP literal is never looked up, so the lookup's check would not run: check it here.
    const bezwaar = isIP(host) ? adresBezwaar(host, this.opties) : null;
    if (bezwaar) return Promise.reject(new OnveiligAdres(host, bezwaar));
    const timestamp = Math.floor(Date.now() / 1000);
    const payload = Buffer.from(body);
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<number>((resolve, reject) => {
      const req = request(url, {
        method: 'POST',
        agent: url.protocol === 'https:' ? this.https : this.http,
        headers: {
          'content-type': 'application/cloudevents+json',
          'content-length': payload.length,
          'user-agent': 'Koers-Webhooks/1.0',
          'webhook-id': id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': handtekeningen(geheimen, id, timestamp, body),
        },
      });
      const deadline = setTimeout(() => req.destroy(new Error(`geen antwoord binnen ${this.opties.timeoutMs} ms (timeout)`)), this.opties.timeoutMs);
      req.once('error', (error) => {
        clearTimeout(deadline);
        reject(error);
      });
      req.once('response', (response) => {
        this.leesBegrensd(response, () => {
          clearTimeout(deadline);
          resolve(response.statusCode ?? 0);
        });
      });
      req.end(payload);
    });
  }

  /** Reads the answer up to the cap (so a keep-alive socket can be reused) and drops the connection beyond it. */
  private leesBegrensd(response: IncomingMessage, klaar: () => void): void {
    let gelezen = 0;
    response.on('data', (chunk: Buffer) => {
      gelezen += chunk.length;
      if (gelezen > this.opties.maxBodyBytes) {
        response.destroy();
        klaar();
      }
    });
    response.once('end', klaar);
    response.once('error', klaar);
  }
}

function foutmelding(error: unknown): string {
  const code = (error as { code?: string }).code;
  const tekst = error instanceof Error ? error.message : String(error);
  return code && !tekst.includes(code) ? `${code}: ${tekst}` : tekst;
}
