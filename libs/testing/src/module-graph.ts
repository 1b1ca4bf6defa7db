import 'reflect-metadata';
import { MODULE_METADATA, PARAMTYPES_METADATA, SELF_DECLARED_DEPS_METADATA } from '@nestjs/common/constants';

type Token = unknown;
type ModuleClass = Function;

/**
 * What is wrong with how a service's aggregate modules depend on each other: an export that no
 * importing module injects (it should stay private), or an import of which nothing is injected
 * (it should go). Only the given modules are judged; shared modules from the libs are left out.
 */
export function moduleGraphFindings(modules: readonly ModuleClass[]): string[] {
  const findings: string[] = [];
  const importersOf = (module: ModuleClass) => modules.filter((other) => metadata(other, MODULE_METADATA.IMPORTS).includes(module));
  for (const module of modules) {
    for (const exported of metadata(module, MODULE_METADATA.EXPORTS)) {
      if (!importersOf(module).some((importer) => injectedBy(importer).has(exported))) {
        findings.push(`${module.name} exports ${nameOf(exported)}, which no module that imports it injects`);
      }
    }
    for (const imported of metadata(module, MODULE_METADATA.IMPORTS)) {
      if (!modules.includes(imported as ModuleClass)) continue;
      const injected = injectedBy(module);
      if (!metadata(imported as ModuleClass, MODULE_METADATA.EXPORTS).some((token) => injected.has(token))) {
        findings.push(`${module.name} imports ${nameOf(imported)} but injects none of its exports`);
      }
    }
  }
  return findings;
}

/** Every token the providers and controllers of a module inject through their constructors. */
function injectedBy(module: ModuleClass): Set<Token> {
  const classes = [...metadata(module, MODULE_METADATA.PROVIDERS), ...metadata(module, MODULE_METADATA.CONTROLLERS)];
  const tokens = new Set<Token>();
  for (const entry of classes) {
    if (typeof entry === 'function') {
      const declared: Array<{ index: number; param: Token }> = Reflect.getMetadata(SELF_DECLARED_DEPS_METADATA, entry) ?? [];
      const types: Token[] = Reflect.getMetadata(PARAMTYPES_METADATA, entry) ?? [];
      types.forEach((type, index) => tokens.add(declared.find((d) => d.index === index)?.param ?? type));
    } else if (entry && typeof entry === 'object' && 'inject' in entry) {
      for (const token of (entry as { inject: Token[] }).inject) tokens.add(token);
    }
  }
  return tokens;
}

function metadata(module: ModuleClass, key: string): Token[] {
  return Reflect.getMetadata(key, module) ?? [];
}

function nameOf(token: Token): string {
  return typeof token === 'function' ? token.name : String(token);
}
