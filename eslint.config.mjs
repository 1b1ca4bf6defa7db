import nx from '@nx/eslint-plugin';
import koers from './tools/eslint-rules/index.js';

/**
 * Who may use what, besides the kind of project: a service only its own scope and the libs; the
 * portal only what runs in a browser as well (scope:shared), never the server libs (scope:backend);
 * a shared lib only other shared libs, so that it stays usable by both. Tests, which run on Node,
 * may use the harness (type:testing) whatever their scope.
 */
const SERVICES = ['signalen', 'tafels', 'pilots', 'consent', 'monitoring', 'notificaties'];
function scopes({ testFiles }) {
  const harness = testFiles ? ['type:testing'] : [];
  return [
    ...SERVICES.map((service) => ({ sourceTag: `scope:${service}`, onlyDependOnLibsWithTags: [`scope:${service}`, 'scope:backend', 'scope:shared'] })),
    { sourceTag: 'scope:frontend', onlyDependOnLibsWithTags: ['scope:frontend', 'scope:shared', ...harness] },
    { sourceTag: 'scope:backend', onlyDependOnLibsWithTags: ['scope:backend', 'scope:shared'] },
    { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared', ...harness] },
    { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:backend', 'scope:shared'] },
  ];
}

/** Nest's parse pipes refuse in English and without the parameter's name; @koers/http has Dutch ones. */
const NEST_PARSE_PIPES = {
  name: '@nestjs/common',
  importNames: ['ParseUUIDPipe', 'ParseIntPipe', 'ParseFloatPipe', 'ParseBoolPipe', 'ParseArrayPipe', 'ParseEnumPipe', 'ParseDatePipe', 'ParseFilePipe'],
  message: 'Use UuidPipe from @koers/http (or a DTO with class-validator rules): Nest\'s parse pipes refuse in English, without naming the parameter.',
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.nx', 'coverage'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { koers },
    rules: {
      // Apps never import each other; libs never import apps; test helpers stay out of production code.
      '@nx/enforce-module-boundaries': ['error', boundaries({ testFiles: false })],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'koers/routes-declare-callers': ['error', { decorators: ['Rollen', 'Public', 'Systeem'] }],
    },
  },
  {
    // Tests of apps and libs may use the test harness; production code may not. A test's own
    // controllers exist to probe the guard, bare routes included.
    files: ['**/test/**/*.ts', '**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.chaos-spec.ts', '**/*.serial-spec.ts', 'apps/portaal/src/**/*.test.{ts,tsx}'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries({ testFiles: true })],
      'koers/routes-declare-callers': 'off',
    },
  },
  {
    // The domain lib is plain TypeScript, so every service can judge its rules without a framework,
    // a database, a broker or HTTP: it imports nothing but its own files.
    files: ['libs/domain/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!\\.{1,2}/)', message: '@koers/domain is framework-free: import only its own files.' }] }],
    },
  },
  {
    // Services, handlers, workers and rules refuse with the domain's refusals; only the HTTP edge
    // (controllers, DTOs) speaks HTTP, so a use case reads the same called from a route or an event.
    files: ['apps/*/src/**/*.ts'],
    ignores: ['**/*.controller.ts', '**/dto/**', '**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [
        { name: '@koers/http', message: 'Throw a refusal from @koers/domain; only controllers and DTOs use @koers/http.' },
        { name: '@koers/auth', importNames: ['GeenToegangProblem', 'NietGeauthenticeerdProblem'], message: 'Throw NietBevoegd from @koers/domain.' },
        {
          name: '@nestjs/common',
          importNames: ['HttpException', 'BadRequestException', 'ForbiddenException', 'NotFoundException', 'ConflictException', 'UnprocessableEntityException', 'PayloadTooLargeException', 'ServiceUnavailableException'],
          message: 'Throw a refusal from @koers/domain; the HTTP layer maps it.',
        },
        NEST_PARSE_PIPES,
      ] }],
    },
  },
  {
    // The files the block above leaves out, whose parameters are parsed: controllers, DTOs, the libs.
    files: ['apps/*/src/**/*.controller.ts', 'apps/*/src/**/dto/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['libs/http/src/**', 'libs/domain/src/**', '**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [NEST_PARSE_PIPES] }],
    },
  },
];

function boundaries({ testFiles }) {
  const libs = testFiles ? ['type:lib', 'type:testing'] : ['type:lib'];
  return {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: libs },
      { sourceTag: 'type:lib', onlyDependOnLibsWithTags: libs },
      // The harness itself: libs/testing stands alone, libs/service-testing boots services from libs.
      { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:lib', 'type:testing'] },
      { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib', 'type:testing'] },
      ...scopes({ testFiles }),
    ],
  };
}

