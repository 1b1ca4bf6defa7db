/**
 * Koers's own rules for what it runs on Kubernetes, checked on rendered manifests. Each finding
 * names its rule, so a test can show every rule failing on a manifest that breaks it.
 */

/* eslint-disable @typescript-eslint/no-explicit-any -- manifests are untyped YAML */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: any;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  [field: string]: unknown;
}

export interface Finding {
  object: string;
  rule: string;
  message: string;
}

export interface PolicyOptions {
  environment: 'productie' | 'dev';
  /** The settings a service reads; undefined for a name that is no Koers service. */
  knownKeys: (service: string) => Set<string> | undefined;
}

export const RULES = [
  'probes',
  'resources',
  'non-root',
  'read-only-root',
  'privileges',
  'image-tag',
  'disruption-budget',
  'default-deny',
  'no-plain-secret',
  'config-keys',
] as const;
export type Rule = (typeof RULES)[number];

export function objectName(object: K8sObject): string {
  const namespace = object.metadata?.namespace ? `${object.metadata.namespace}/` : '';
  return `${object.kind}/${namespace}${object.metadata?.name ?? '?'}`;
}

const WORKLOADS = new Set(['Deployment', 'Job']);

interface Container {
  name: string;
  image?: string;
  env?: Array<{ name: string; value?: string }>;
  envFrom?: Array<{ configMapRef?: { name: string }; secretRef?: { name: string } }>;
  livenessProbe?: unknown;
  readinessProbe?: unknown;
  resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> };
  securityContext?: any;
}

function podSpec(object: K8sObject): any {
  return object.spec?.template?.spec ?? {};
}

function containersOf(object: K8sObject): Array<{ container: Container; init: boolean }> {
  const pod = podSpec(object);
  return [
    ...((pod.initContainers ?? []) as Container[]).map((container) => ({ container, init: true })),
    ...((pod.containers ?? []) as Container[]).map((container) => ({ container, init: false })),
  ];
}

class Checker {
  readonly findings: Finding[] = [];
  private readonly workloads: K8sObject[];

  constructor(
    private readonly objects: K8sObject[],
    private readonly options: PolicyOptions,
  ) {
    this.workloads = objects.filter((o) => WORKLOADS.has(o.kind));
  }

  run(): Finding[] {
    for (const workload of this.workloads) {
      this.workload(workload);
      this.configKeys(workload);
    }
    this.disruptionBudgets();
    this.defaultDeny();
    this.secrets();
    return this.findings;
  }

  private add(object: K8sObject, rule: Rule, message: string): void {
    this.findings.push({ object: objectName(object), rule, message });
  }

  private workload(object: K8sObject): void {
    const pod = podSpec(object);
    if (pod.automountServiceAccountToken !== false) this.add(object, 'privileges', 'automountServiceAccountToken must be false');
    for (const { container, init } of containersOf(object)) {
      const at = `container ${container.name}`;
      if (object.kind === 'Deployment' && !init) {
        if (!container.livenessProbe) this.add(object, 'probes', `${at} has no livenessProbe`);
        if (!container.readinessProbe) this.add(object, 'probes', `${at} has no readinessProbe`);
      }
      const { requests = {}, limits = {} } = container.resources ?? {};
      for (const [where, key, value] of [['requests', 'cpu', requests.cpu], ['requests', 'memory', requests.memory], ['limits', 'memory', limits.memory]]) {
        if (value === undefined) this.add(object, 'resources', `${at} has no resources.${where}.${key}`);
      }
      const own = container.securityContext ?? {};
      const inherited = pod.securityContext ?? {};
      const nonRoot = own.runAsNonRoot ?? inherited.runAsNonRoot;
      const user = own.runAsUser ?? inherited.runAsUser;
      const group = own.runAsGroup ?? inherited.runAsGroup;
      if (nonRoot !== true) this.add(object, 'non-root', `${at} does not set runAsNonRoot: true`);
      for (const [field, id] of [['runAsUser', user], ['runAsGroup', group]]) {
        if (!Number.isInteger(id) || (id as number) <= 0) this.add(object, 'non-root', `${at} needs a numeric non-root ${field}, has ${JSON.stringify(id)}`);
      }
      if (own.readOnlyRootFilesystem !== true) this.add(object, 'read-only-root', `${at} does not set readOnlyRootFilesystem: true`);
      if (own.allowPrivilegeEscalation !== false) this.add(object, 'privileges', `${at} does not set allowPrivilegeEscalation: false`);
      if (!(own.capabilities?.drop ?? []).includes('ALL')) this.add(object, 'privileges', `${at} does not drop ALL capabilities`);
      const tagProblem = imageTagProblem(container.image);
      if (tagProblem) this.add(object, 'image-tag', `${at}: ${tagProblem}`);
    }
  }

  /** Every setting a Koers container gets must be one its service reads: a typo or a leftover fails. */
  private configKeys(object: K8sObject): void {
    for (const { container } of containersOf(object)) {
      const sources = this.configSources(object, container);
      const service = sources.find(([key]) => key === 'KOERS_SERVICE')?.[1];
      if (service === undefined) continue;
      const known = this.options.knownKeys(service);
      if (!known) {
        this.add(object, 'config-keys', `container ${container.name}: KOERS_SERVICE=${service} is no Koers service`);
        continue;
      }
      for (const [key, , from] of sources) {
        if (!known.has(key)) this.add(object, 'config-keys', `container ${container.name}: ${key} (from ${from}) is not read by ${service}`);
      }
    }
  }

  /** [key, value (when known), where it comes from] of every variable a container gets. */
  private configSources(object: K8sObject, container: Container): Array<[string, string | undefined, string]> {
    const sources: Array<[string, string | undefined, string]> = (container.env ?? []).map((e) => [e.name, e.value, 'env']);
    for (const ref of container.envFrom ?? []) {
      const [kind, name] = ref.configMapRef ? ['ConfigMap', ref.configMapRef.name] : ['Secret', ref.secretRef?.name ?? ''];
      const keys = this.keysOf(kind, name, object.metadata?.namespace);
      if (!keys) {
        this.add(object, 'config-keys', `container ${container.name}: ${kind} ${name} is not among the rendered objects`);
        continue;
      }
      for (const [key, value] of keys) sources.push([key, value, `${kind} ${name}`]);
    }
    return sources;
  }

  private keysOf(kind: string, name: string, namespace: string | undefined): Array<[string, string | undefined]> | undefined {
    const same = (o: K8sObject) => o.metadata?.namespace === namespace;
    if (kind === 'ConfigMap') {
      const map = this.objects.find((o) => o.kind === 'ConfigMap' && o.metadata?.name === name && same(o));
      return map && Object.entries(map.data ?? {});
    }
    const secret = this.objects.find((o) => o.kind === 'Secret' && o.metadata?.name === name && same(o));
    if (secret) return [...Object.keys(secret.data ?? {}), ...Object.keys(secret.stringData ?? {})].map((k) => [k, undefined]);
    const external = this.objects.find((o) => o.kind === 'ExternalSecret' && (o.spec?.target?.name ?? o.metadata?.name) === name && same(o));
    if (!external) return undefined;
    const templated = external.spec?.target?.template?.data;
    const keys: string[] = templated ? Object.keys(templated) : (external.spec?.data ?? []).map((d: { secretKey: string }) => d.secretKey);
    return keys.map((k) => [k, undefined]);
  }

  /** More than one pod (or an autoscaler) means a drain can take them all: a PodDisruptionBudget must cover them. */
  private disruptionBudgets(): void {
    const autoscaled = new Set(
      this.objects
        .filter((o) => o.kind === 'HorizontalPodAutoscaler' && o.spec?.scaleTargetRef?.kind === 'Deployment')
        .map((o) => `${o.metadata?.namespace}/${o.spec.scaleTargetRef.name}`),
    );
    const budgets = this.objects.filter((o) => o.kind === 'PodDisruptionBudget');
    for (const deployment of this.workloads.filter((o) => o.kind === 'Deployment')) {
      const key = `${deployment.metadata?.namespace}/${deployment.metadata?.name}`;
      const replicas = deployment.spec?.replicas ?? 1;
      if (replicas <= 1 && !autoscaled.has(key)) continue;
      const labels: Record<string, string> = deployment.spec?.template?.metadata?.labels ?? {};
      const covered = budgets.some((pdb) => {
        const selector: Record<string, string> = pdb.spec?.selector?.matchLabels ?? {};
        return (
          pdb.metadata?.namespace === deployment.metadata?.namespace &&
          Object.keys(selector).length > 0 &&
          Object.entries(selector).every(([k, v]) => labels[k] === v)
        );
      });
      if (!covered) {
        this.add(deployment, 'disruption-budget', `${autoscaled.has(key) ? 'autoscaled' : `${replicas} replicas`} but no PodDisruptionBudget selects its pods`);
      }
    }
  }

  /** Every namespace starts from nothing allowed; the other NetworkPolicies name each flow. */
  private defaultDeny(): void {
    const namespaces = new Set(this.objects.map((o) => o.metadata?.namespace ?? 'default'));
    for (const namespace of namespaces) {
      const denies = this.objects.some((o) => {
        if (o.kind !== 'NetworkPolicy' || (o.metadata?.namespace ?? 'default') !== namespace) return false;
        const { podSelector = {}, policyTypes = [], ingress = [], egress = [] } = o.spec ?? {};
        const everyPod = Object.keys(podSelector.matchLabels ?? {}).length === 0 && (podSelector.matchExpressions ?? []).length === 0;
        return everyPod && policyTypes.includes('Ingress') && policyTypes.includes('Egress') && ingress.length === 0 && egress.length === 0;
      });
      if (!denies) {
        this.findings.push({ object: `namespace ${namespace}`, rule: 'default-deny', message: 'no NetworkPolicy denies all ingress and egress of every pod' });
      }
    }
  }

  /** productie gets its secrets from the region's store (External Secrets), never from git. */
  private secrets(): void {
    if (this.options.environment !== 'productie') return;
    for (const secret of this.objects.filter((o) => o.kind === 'Secret')) {
      this.add(secret, 'no-plain-secret', 'a Secret in the manifests of productie: use an ExternalSecret');
    }
  }
}

/** Why an image reference would not pin a release, or undefined when it does. */
export function imageTagProblem(image: string | undefined): string | undefined {
  if (!image) return 'no image';
  if (image.includes('@sha256:')) return undefined;
  const tag = image.slice(image.lastIndexOf('/') + 1).split(':')[1];
  if (tag === undefined || tag === '') return `image ${image} has no tag`;
  if (tag === 'latest') return `image ${image} uses :latest`;
  return undefined;
}

export function policyFindings(objects: K8sObject[], options: PolicyOptions): Finding[] {
  return new Checker(objects, options).run();
}
