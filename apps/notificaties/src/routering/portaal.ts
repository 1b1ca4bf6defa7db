/**
 * The routes of the portal that messages link to, below the configured portal base URL. The README
 * of notificaties lists them under "Links to the portal"; a new one goes there too.
 */
export const PORTAAL = {
  signaal: (id: string) => `/signalen/${id}`,
  consensusronde: (signaalId: string, rondeId: string) => `/signalen/${signaalId}/consensusrondes/${rondeId}`,
  reeks: (query: URLSearchParams) => `/monitoring/reeksen?${query.toString()}`,
  monitoringplan: (id: string) => `/monitoring/plannen/${id}`,
  tafel: (tafelId: string) => `/tafels/${tafelId}`,
  bijeenkomst: (tafelId: string, bijeenkomstId: string) => `/tafels/${tafelId}/bijeenkomsten/${bijeenkomstId}`,
  afspraak: (tafelId: string, afspraakId: string) => `/tafels/${tafelId}/afspraken/${afspraakId}`,
  overname: (afspraakId: string) => `/overnames?afspraak=${afspraakId}`,
  onbestelbareBerichten: (dienst: string) => `/beheer/onbestelbare-berichten?dienst=${encodeURIComponent(dienst)}`,
  webhookAfleveringen: (abonnementId: string, mislukt: boolean) => `/webhooks/abonnementen/${abonnementId}/afleveringen${mislukt ? '?status=mislukt' : ''}`,
  emailInstellingen: '/instellingen/e-mail',
  inbox: '/berichten',
} as const;
