import { foutUitAntwoord, KoersFoutError } from './fout';

/**
 * Sends a file with XMLHttpRequest, because fetch cannot report upload progress: `voortgang` gets
 * the share sent (0–1) as the browser sends it. The answer is read like every other call: its body,
 * or a KoersFoutError from the same mapping (problem+json, 401, the proxy's bare 5xx, offline).
 */
export function stuurBestand<T>({ url, token, bestand, contentType, voortgang }: { url: string; token: string; bestand: Blob; contentType: string; voortgang(deel: number): void }): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('content-type', contentType);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) voortgang(event.loaded / event.total);
    };
    xhr.upload.onload = () => voortgang(1);
    xhr.onerror = () => reject(new KoersFoutError({ soort: 'geen-verbinding' }));
    xhr.onload = () => {
      const type = xhr.getResponseHeader('content-type') ?? '';
      let body: unknown;
      try {
        body = type.includes('json') && xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T);
        return;
      }
      const response = new Response(null, { status: xhr.status, headers: { 'content-type': type } });
      reject(new KoersFoutError(foutUitAntwoord('monitoring', response, body)));
    };
    xhr.send(bestand);
  });
}
