/**
 * What differs per installation — the platform's name and logo, the regions' and gemeenten's names
 * and logos, the organisations' names, where Keycloak is — comes from `/config.json`, served beside
 * the app and replaced per deployment. Nothing tenant-specific is in the code.
 */
export interface RegioConfig {
  naam: string;
  logo?: string;
}

export interface PortaalConfig {
  naam: string;
  logo: string;
  keycloak: { url: string; realm: string; clientId: string };
  toegankelijkheid: { email: string; onderzochtOp: string };
  regios: Record<string, RegioConfig>;
  gemeenten: Record<string, string>;
  /** Providers and client councils by their code (Keycloak's `organisatie`); absent in older files. */
  organisaties: Record<string, string>;
}

export async function laadConfig(url = '/config.json'): Promise<PortaalConfig> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`De instellingen van het portaal (${url}) konden niet worden geladen: ${response.status}`);
  const config = (await response.json()) as Omit<PortaalConfig, 'organisaties'> & Partial<Pick<PortaalConfig, 'organisaties'>>;
  return { ...config, organisaties: config.organisaties ?? {} };
}

export function regioNaam(config: PortaalConfig, regio: string): string {
  return config.regios[regio]?.naam ?? regio;
}

export function gemeenteNaam(config: PortaalConfig, code: string): string {
  return config.gemeenten[code] ?? code;
}

/** An organisation's name; a gemeente's organisation code is its CBS code, so that name comes next. */
export function organisatieNaam(config: PortaalConfig, code: string): string {
  return config.organisaties[code] ?? gemeenteNaam(config, code);
}
