import { join } from 'node:path';
import { knownConfigKeys, readKeys } from './config-keys';
import { Finding, imageTagProblem, K8sObject, RULES } from './policies';
import { environmentOf, KubectlMissingError, OVERLAYS_DIR, render, REPO_ROOT, SchemaCheck, validateObjects } from './validate';

const schemas = new SchemaCheck();
const check = (objects: K8sObject[], environment: 'dev' | 'productie' = 'dev') => validateObjects(objects, environment, schemas);
const rules = (findings: Finding[]) => [...new Set(findings.map((f) => f.rule))];

/** A namespace that passes every rule: one hardened, probed, budgeted signalen Deployment. */
function fixture() {
  const namespace = 'koers';
  const configMap: K8sObject = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'koers-signalen', namespace },
    data: { KOERS_SERVICE: 'signalen', SIGNALEN_MONITORING_URL: 'http://koers-monitoring' },
  };
  const secret: K8sObject = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'koers-signalen-secrets', namespace }, data: { DATABASE_URL: 'eA==' } };
  const container = {
    name: 'koers',
    image: 'registry.example/koers/koers:0.1.0',
    envFrom: [{ configMapRef: { name: 'koers-signalen' } }, { secretRef: { name: 'koers-signalen-secrets' } }],
    livenessProbe: { httpGet: { path: '/health/live', port: 3000 } },
    readinessProbe: { httpGet: { path: '/health/ready', port: 3000 } },
    resources: { requests: { cpu: '100m', memory: '192Mi' }, limits: { memory: '512Mi' } },
    securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } } as Record<string, unknown>,
  };
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'koers-signalen', namespace },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'signalen' } },
      template: {
        metadata: { labels: { app: 'signalen' } },
        spec: {
          automountServiceAccountToken: false,
          securityContext: { runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001 } as Record<string, unknown>,
          containers: [container],
        },
      },
    } as Record<string, any>, // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const budget: K8sObject = {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: 'koers-signalen', namespace },
    spec: { maxUnavailable: 1, selector: { matchLabels: { app: 'signalen' } } },
  };
  const deny: K8sObject = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'default-deny', namespace },
    spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
  };
  return { configMap, secret, container, deployment, budget, deny, all: () => [configMap, secret, deployment, budget, deny] };
}

describe('the rendered overlays', () => {
  const overlays = { dev: render(join(OVERLAYS_DIR, 'dev')), productie: render(join(OVERLAYS_DIR, 'productie')) };

  it.each(Object.keys(overlays) as Array<keyof typeof overlays>)('%s passes every schema and policy rule', (name) => {
    expect(check(overlays[name], environmentOf(join(OVERLAYS_DIR, name)))).toEqual([]);
  });

  it('productie: one migration Job per service named with the release, Deployments waiting for it, no migration at start', () => {
    const objects = overlays.productie;
    const jobs = objects.filter((o) => o.kind === 'Job');
    expect(jobs.map((j) => j.metadata?.name).sort()).toEqual(
      ['consent', 'monitoring', 'notificaties', 'pilots', 'signalen', 'tafels'].map((s) => `koers-migratie-${s}-0.1.0`),
    );
    for (const job of jobs) expect(job.spec.template.spec.containers[0]).toMatchObject({ args: ['migrate'], image: 'registry.example-regio.nl/koers/koers:0.1.0' });
    const services = objects.filter((o) => o.kind === 'Deployment' && o.metadata?.name !== 'koers-portaal');
    expect(services).toHaveLength(6);
    for (const deployment of services) expect(deployment.spec.template.spec.initContainers[0].args).toEqual(['migrate', '--check']);
    const shared = objects.find((o) => o.kind === 'ConfigMap' && o.metadata?.name?.startsWith('koers-gedeeld'));
    expect(shared?.data).toMatchObject({ DATABASE_MIGRATE_ON_START: 'false', KEYCLOAK_ISSUER_URL: 'https://sso.example-regio.nl/realms/koers' });
    expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
  });

  it('productie: PostgreSQL and RabbitMQ on three nodes, a database per service and for Keycloak, a nightly backup', () => {
    const objects = overlays.productie;
    expect(objects.find((o) => o.kind === 'Cluster')?.spec).toMatchObject({ instances: 3, bootstrap: { initdb: { database: 'keycloak' } } });
    expect(objects.find((o) => o.kind === 'RabbitmqCluster')?.spec.replicas).toBe(3);
    expect(objects.filter((o) => o.kind === 'Database').map((d) => d.spec.owner)).toHaveLength(6);
    expect(objects.find((o) => o.kind === 'ScheduledBackup')?.spec.cluster.name).toBe('koers-postgres');
  });
});

describe('the schema check', () => {
  it('refuses a misspelt field of a core kind (strict schemas)', () => {
    const { deployment, all } = fixture();
    deployment.spec.replicaz = 2;
    expect(check(all())).toEqual([{ object: 'Deployment/koers/koers-signalen', rule: 'schema', message: '/spec: unknown field "replicaz"' }]);
  });

  it('refuses a wrong type deep in the pod template', () => {
    const { container, all } = fixture();
    (container as Record<string, unknown>).ports = [{ containerPort: 'http' }];
    expect(check(all())).toContainEqual(expect.objectContaining({ rule: 'schema', message: '/spec/template/spec/containers/0/ports/0/containerPort: must be number' }));
  });

  it.each([
    ['postgresql.cnpg.io/v1', 'Cluster', { instancez: 3 }, 'instancez'],
    ['monitoring.coreos.com/v1', 'ServiceMonitor', { selector: {}, endpoint: [] }, 'endpoint'],
    ['external-secrets.io/v1', 'ExternalSecret', { secretStoreRef: { name: 'x' }, refreshIntervall: '1h' }, 'refreshIntervall'],
    ['rabbitmq.com/v1beta1', 'RabbitmqCluster', { replica: 3 }, 'replica'],
    ['k8s.keycloak.org/v2alpha1', 'Keycloak', { instance: 2 }, 'instance'],
  ])('refuses a misspelt field of the operator kind %s %s', (apiVersion, kind, spec, field) => {
    const findings = schemas.findings([{ apiVersion, kind, metadata: { name: 'x' }, spec }]);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'schema', message: `/spec: unknown field "${field}"` }));
  });

  it('refuses a kind without a committed schema', () => {
    expect(schemas.findings([{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' } }])).toEqual([
      { object: 'Pod/x', rule: 'schema', message: 'no committed schema for v1 Pod (tools/k8s/schemas)' },
    ]);
  });
});

describe('the policy rules', () => {
  it('pass the fixture, so each case below fails for its own reason only', () => {
    expect(check(fixture().all())).toEqual([]);
  });

  type Fixture = ReturnType<typeof fixture>;
  const cases: Array<[string, (f: Fixture) => K8sObject[], RegExp]> = [
    ['probes', (f) => { delete (f.container as Partial<typeof f.container>).readinessProbe; return f.all(); }, /has no readinessProbe/],
    ['resources', (f) => { f.container.resources = { requests: { cpu: '100m', memory: '192Mi' }, limits: {} as typeof f.container.resources.limits }; return f.all(); }, /resources\.limits\.memory/],
    ['non-root', (f) => { f.deployment.spec.template.spec.securityContext = { runAsNonRoot: true, runAsUser: 0, runAsGroup: 10001 }; return f.all(); }, /numeric non-root runAsUser, has 0/],
    ['non-root', (f) => { f.deployment.spec.template.spec.securityContext = { runAsUser: 10001, runAsGroup: 10001 }; return f.all(); }, /runAsNonRoot/],
    ['read-only-root', (f) => { f.container.securityContext.readOnlyRootFilesystem = false; return f.all(); }, /readOnlyRootFilesystem/],
    ['privileges', (f) => { f.container.securityContext.capabilities = { drop: ['NET_RAW'] }; return f.all(); }, /drop ALL/],
    ['privileges', (f) => { f.deployment.spec.template.spec.automountServiceAccountToken = true; return f.all(); }, /automountServiceAccountToken/],
    ['image-tag', (f) => { f.container.image = 'registry.example/koers/koers:latest'; return f.all(); }, /:latest/],
    ['image-tag', (f) => { f.container.image = 'registry.example:5000/koers/koers'; return f.all(); }, /has no tag/],
    ['disruption-budget', (f) => [f.configMap, f.secret, f.deployment, f.deny], /2 replicas but no PodDisruptionBudget/],
    ['disruption-budget', (f) => {
      f.deployment.spec.replicas = 1;
      const hpa = { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'x', namespace: 'koers' }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'koers-signalen' }, maxReplicas: 4 } };
      return [f.configMap, f.secret, f.deployment, f.deny, hpa];
    }, /autoscaled but no PodDisruptionBudget/],
    ['default-deny', (f) => [f.configMap, f.secret, f.deployment, f.budget], /no NetworkPolicy denies/],
    ['default-deny', (f) => { f.deny.spec.policyTypes = ['Ingress']; return f.all(); }, /no NetworkPolicy denies/],
    ['config-keys', (f) => { f.configMap.data = { ...f.configMap.data, SIGNALEN_MONITORING_ULR: 'http://koers-monitoring' }; return f.all(); }, /SIGNALEN_MONITORING_ULR \(from ConfigMap koers-signalen\) is not read by signalen/],
    ['config-keys', (f) => { f.configMap.data = { ...f.configMap.data, TAFELS_SIGNALEN_URL: 'http://koers-signalen' }; return f.all(); }, /TAFELS_SIGNALEN_URL .* is not read by signalen/],
    ['config-keys', (f) => [f.configMap, f.deployment, f.budget, f.deny], /Secret koers-signalen-secrets is not among the rendered objects/],
  ];

  it.each(cases)('%s fails a manifest that breaks it (%#)', (rule, breakIt, message) => {
    const findings = check(breakIt(fixture()));
    expect(rules(findings)).toEqual([rule]);
    expect(findings.map((f) => f.message).join('\n')).toMatch(message);
  });

  it('no-plain-secret: a Secret with data fails in productie, not in dev', () => {
    const findings = check(fixture().all(), 'productie');
    expect(findings).toEqual([{ object: 'Secret/koers/koers-signalen-secrets', rule: 'no-plain-secret', message: expect.stringMatching(/ExternalSecret/) }]);
    expect(check(fixture().all(), 'dev')).toEqual([]);
  });

  it('config-keys: keys of an ExternalSecret are those of its template', () => {
    const f = fixture();
    const external: K8sObject = {
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: { name: 'koers-signalen-secrets', namespace: 'koers' },
      spec: {
        secretStoreRef: { kind: 'ClusterSecretStore', name: 'koers-geheimen' },
        target: { name: 'koers-signalen-secrets', template: { data: { DATABASE_URL: 'postgres://…', DATABSE_URL: 'typo' } } },
        data: [{ secretKey: 'wachtwoord', remoteRef: { key: 'koers/postgres/signalen' } }],
      },
    };
    const findings = check([f.configMap, f.deployment, f.budget, f.deny, external], 'productie');
    expect(findings.map((x) => x.message)).toEqual(['container koers: DATABSE_URL (from Secret koers-signalen-secrets) is not read by signalen']);
  });

  it('every rule has a case above', () => {
    expect(new Set([...cases.map(([rule]) => rule), 'no-plain-secret'])).toEqual(new Set(RULES));
  });
});

describe('the known settings of a service, found in its code', () => {
  it('reads the readers of libs/config and process.env', () => {
    expect(readKeys(`integer(env, 'A_MS', 1); url(env, 'B_URL', x, []); process.env.C; process.env['D']; env['E']`).sort()).toEqual(['A_MS', 'B_URL', 'C', 'D', 'E']);
  });

  it('gives a service its own settings, those every service shares and those of the image; not another service’s', () => {
    const signalen = knownConfigKeys(REPO_ROOT)('signalen');
    for (const key of ['SIGNALEN_MONITORING_URL', 'SIGNALEN_CLIENT_SECRET', 'DATABASE_URL', 'AMQP_URL', 'KEYCLOAK_ISSUER_URL', 'KOERS_SERVICE']) expect(signalen).toContain(key);
    expect(signalen).not.toContain('TAFELS_SIGNALEN_URL');
    expect(signalen).not.toContain('KOERS_TEST_PORT_BASE'); // libs/testing is not part of a service
    expect(knownConfigKeys(REPO_ROOT)('bestaat-niet')).toBeUndefined();
  });
});

describe('rendering', () => {
  it('fails clearly when kubectl is missing', () => {
    expect(() => render(join(OVERLAYS_DIR, 'dev'), '/nonexistent/kubectl')).toThrow(KubectlMissingError);
    expect(() => render(join(OVERLAYS_DIR, 'dev'), '/nonexistent/kubectl')).toThrow(/Install kubectl/);
  });

  it('image tags: a digest or a version pins the release', () => {
    expect(imageTagProblem('r.example/koers@sha256:abc')).toBeUndefined();
    expect(imageTagProblem('r.example:5000/koers:0.1.0')).toBeUndefined();
  });
});
