import { resolve } from 'node:path';

/** Where the committed JSON Schemas of every kind Koers deploys live. */
export const SCHEMA_DIR = resolve(__dirname, 'schemas');

export interface SchemaSource {
  apiVersion: string;
  kind: string;
  /** Where the definition comes from, to regenerate or compare it. */
  upstream: string;
}

/** A kind whose schema tools/k8s/generate-schemas.ts writes from a kubernetes-models package. */
export interface GeneratedKind extends SchemaSource {
  packageName: string;
  packageVersion: string;
  /** The declaration file in the package, without `.d.ts`. */
  modulePath: string;
}

const CORE = {
  packageName: 'kubernetes-models',
  packageVersion: '5.1.0',
  upstream: 'https://github.com/tommy351/kubernetes-models-ts/tree/master/first-party/kubernetes-models — the Kubernetes OpenAPI document (api/openapi-spec/swagger.json of kubernetes/kubernetes)',
};
const CNPG = {
  packageName: '@kubernetes-models/cloudnative-pg',
  packageVersion: '2.0.0',
  upstream: 'https://github.com/tommy351/kubernetes-models-ts/tree/master/third-party/cloudnative-pg — the API of github.com/cloudnative-pg/cloudnative-pg (postgresql.cnpg.io CRDs, config/crd/bases)',
};
const PROMETHEUS = {
  packageName: '@kubernetes-models/prometheus-operator',
  packageVersion: '6.0.0',
  upstream: 'https://github.com/tommy351/kubernetes-models-ts/tree/master/third-party/prometheus-operator — the CRDs of github.com/prometheus-operator/prometheus-operator (example/prometheus-operator-crd)',
};
const EXTERNAL_SECRETS = {
  packageName: '@kubernetes-models/external-secrets',
  packageVersion: '2.0.0',
  upstream: 'https://github.com/tommy351/kubernetes-models-ts/tree/master/third-party/external-secrets — the CRDs of github.com/external-secrets/external-secrets (config/crds/bases)',
};

export const GENERATED_KINDS: GeneratedKind[] = [
  { ...CORE, apiVersion: 'v1', kind: 'ConfigMap', modulePath: 'v1/ConfigMap' },
  { ...CORE, apiVersion: 'v1', kind: 'Secret', modulePath: 'v1/Secret' },
  { ...CORE, apiVersion: 'v1', kind: 'Service', modulePath: 'v1/Service' },
  { ...CORE, apiVersion: 'v1', kind: 'ServiceAccount', modulePath: 'v1/ServiceAccount' },
  { ...CORE, apiVersion: 'apps/v1', kind: 'Deployment', modulePath: 'apps/v1/Deployment' },
  { ...CORE, apiVersion: 'batch/v1', kind: 'Job', modulePath: 'batch/v1/Job' },
  { ...CORE, apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', modulePath: 'autoscaling/v2/HorizontalPodAutoscaler' },
  { ...CORE, apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', modulePath: 'policy/v1/PodDisruptionBudget' },
  { ...CORE, apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', modulePath: 'networking.k8s.io/v1/NetworkPolicy' },
  { ...CORE, apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', modulePath: 'networking.k8s.io/v1/Ingress' },
  { ...CNPG, apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', modulePath: 'postgresql.cnpg.io/v1/Cluster' },
  { ...CNPG, apiVersion: 'postgresql.cnpg.io/v1', kind: 'Database', modulePath: 'postgresql.cnpg.io/v1/Database' },
  { ...CNPG, apiVersion: 'postgresql.cnpg.io/v1', kind: 'ScheduledBackup', modulePath: 'postgresql.cnpg.io/v1/ScheduledBackup' },
  { ...PROMETHEUS, apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitor', modulePath: 'monitoring.coreos.com/v1/ServiceMonitor' },
  { ...PROMETHEUS, apiVersion: 'monitoring.coreos.com/v1', kind: 'PrometheusRule', modulePath: 'monitoring.coreos.com/v1/PrometheusRule' },
  { ...EXTERNAL_SECRETS, apiVersion: 'external-secrets.io/v1', kind: 'ExternalSecret', modulePath: 'external-secrets.io/v1/ExternalSecret' },
];

/**
 * Kinds for which no package carries the published schema on this network: written by hand after
 * the operator's released CRD (the fields Koers uses, strict), with the CRD's address. Replace
 * each by the CRD's `openAPIV3Schema` when it can be fetched.
 */
export const HAND_WRITTEN_KINDS: SchemaSource[] = [
  {
    apiVersion: 'rabbitmq.com/v1beta1',
    kind: 'RabbitmqCluster',
    upstream: 'https://github.com/rabbitmq/cluster-operator/releases/download/v2.16.0/cluster-operator.yml (CRD rabbitmqclusters.rabbitmq.com)',
  },
  {
    apiVersion: 'k8s.keycloak.org/v2alpha1',
    kind: 'Keycloak',
    upstream: 'https://github.com/keycloak/keycloak-k8s-resources/blob/26.4.0/kubernetes/keycloaks.k8s.keycloak.org-v1.yml',
  },
  {
    apiVersion: 'k8s.keycloak.org/v2alpha1',
    kind: 'KeycloakRealmImport',
    upstream: 'https://github.com/keycloak/keycloak-k8s-resources/blob/26.4.0/kubernetes/keycloakrealmimports.k8s.keycloak.org-v1.yml',
  },
];

export function schemaFile(source: Pick<SchemaSource, 'apiVersion' | 'kind'>): string {
  const [group, version] = source.apiVersion.includes('/') ? source.apiVersion.split('/') : ['core', source.apiVersion];
  return `${group}/${version}/${source.kind.toLowerCase()}.json`;
}
