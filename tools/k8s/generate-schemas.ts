/**
 * Writes the JSON Schemas in tools/k8s/schemas/ from the TypeScript declarations of the
 * kubernetes-models packages (generated upstream from the Kubernetes OpenAPI document and from the
 * operators' CRDs). Every object becomes strict (`additionalProperties: false`), so a misspelt
 * field such as `spec.replicaz` fails validation instead of being pruned by the API server.
 *
 * The packages are not dependencies of Koers: install them in a scratch folder and pass its
 * node_modules (see tools/k8s/README.md):
 *   npm install --prefix /tmp/k8s-models --no-save kubernetes-models@5.1.0 …
 *   npx ts-node --transpile-only tools/k8s/generate-schemas.ts /tmp/k8s-models/node_modules
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as ts from 'typescript';
import { GENERATED_KINDS, GeneratedKind, SCHEMA_DIR, schemaFile } from './schema-sources';

type Schema = Record<string, unknown>;

class SchemaWriter {
  private readonly definitions: Record<string, Schema> = {};
  /** Two declarations may share a short name (types of different API groups): each gets its own key. */
  private readonly keys = new Map<ts.Symbol, string>();

  constructor(private readonly checker: ts.TypeChecker) {}

  root(type: ts.Type): Schema & { definitions: Record<string, Schema> } {
    const schema = this.objectSchema(type, new Set(['status']));
    return { ...schema, definitions: this.definitions };
  }

  private toSchema(type: ts.Type): Schema {
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (type.isUnion()) return this.unionSchema(type);
    if (type.isStringLiteral()) return { type: 'string', enum: [type.value] };
    if (type.isNumberLiteral()) return { type: 'number', enum: [type.value] };
    if (type.flags & ts.TypeFlags.String) return { type: 'string' };
    if (type.flags & ts.TypeFlags.Number) return { type: 'number' };
    if (type.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return { type: 'boolean' };
    if (this.checker.isArrayType(type)) {
      const [item] = this.checker.getTypeArguments(type as ts.TypeReference);
      return { type: 'array', items: this.toSchema(item) };
    }
    if (type.flags & ts.TypeFlags.Object) return this.namedOrInline(type);
    throw new Error(`No schema for type ${this.checker.typeToString(type)}`);
  }

  private unionSchema(type: ts.UnionType): Schema {
    const members = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
    if (members.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) return { type: 'boolean' };
    if (members.length === 1) return this.toSchema(members[0]);
    if (members.every((t) => t.isStringLiteral())) return { type: 'string', enum: members.map((t) => (t as ts.StringLiteralType).value) };
    const schemas = members.map((t) => this.toSchema(t));
    if (schemas.every((s) => Object.keys(s).length === 1 && typeof s.type === 'string')) {
      return { type: [...new Set(schemas.map((s) => s.type as string))] };
    }
    return { anyOf: schemas };
  }

  private namedOrInline(type: ts.Type): Schema {
    const symbol = type.aliasSymbol ?? type.symbol;
    const name = symbol?.getName();
    if (!name || name.startsWith('__')) return this.objectSchema(type);
    let key = this.keys.get(symbol);
    if (!key) {
      const base = name.replace(/^I(?=[A-Z])/, '');
      key = base;
      for (let n = 2; key in this.definitions; n++) key = `${base}${n}`;
      this.keys.set(symbol, key);
      this.definitions[key] = {};
      this.definitions[key] = this.objectSchema(type);
    }
    return { $ref: `#/definitions/${key}` };
  }

  private objectSchema(type: ts.Type, skip = new Set<string>()): Schema {
    const index = this.checker.getIndexInfoOfType(type, ts.IndexKind.String);
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const property of this.checker.getPropertiesOfType(type)) {
      const name = property.getName();
      if (skip.has(name)) continue;
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (!declaration) continue;
      properties[name] = this.toSchema(this.checker.getTypeOfSymbolAtLocation(property, declaration));
      if (!(property.flags & ts.SymbolFlags.Optional)) required.push(name);
    }
    const schema: Schema = { type: 'object' };
    if (Object.keys(properties).length === 0 && !index) return schema; // free-form JSON (RawExtension, JSON)
    if (Object.keys(properties).length > 0) schema.properties = properties;
    if (required.length > 0) schema.required = required;
    schema.additionalProperties = index ? this.toSchema(index.type) : false;
    return schema;
  }
}

function declarationFile(modules: string, kind: GeneratedKind): string {
  return join(modules, kind.packageName, `${kind.modulePath}.d.ts`);
}

function generate(modules: string): void {
  const files = GENERATED_KINDS.map((kind) => declarationFile(modules, kind));
  const program = ts.createProgram(files, {
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
  });
  const checker = program.getTypeChecker();
  for (const [n, kind] of GENERATED_KINDS.entries()) {
    const source = program.getSourceFile(files[n]);
    const symbol = source && checker.getSymbolAtLocation(source);
    const exported = symbol && checker.getExportsOfModule(symbol).find((s) => s.getName() === `I${kind.kind}`);
    if (!exported) throw new Error(`I${kind.kind} not found in ${files[n]}`);
    const version = JSON.parse(readFileSync(join(modules, kind.packageName, 'package.json'), 'utf8')).version;
    if (version !== kind.packageVersion) throw new Error(`${kind.packageName} is ${version}, expected ${kind.packageVersion}`);
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: `${kind.apiVersion} ${kind.kind}`,
      description: `Strict schema generated by tools/k8s/generate-schemas.ts from ${kind.packageName}@${kind.packageVersion} (${kind.upstream}).`,
      ...new SchemaWriter(checker).root(checker.getDeclaredTypeOfSymbol(exported)),
    };
    const out = resolve(SCHEMA_DIR, schemaFile(kind));
    mkdirSync(resolve(out, '..'), { recursive: true });
    writeFileSync(out, `${JSON.stringify(schema, null, 1)}\n`);
    console.log(`${schemaFile(kind)}: ${Object.keys(schema.definitions as object).length} definitions`);
  }
}

if (require.main === module) {
  const modules = process.argv[2];
  if (!modules) {
    console.error('usage: generate-schemas.ts <node_modules with kubernetes-models and @kubernetes-models/*>');
    process.exit(2);
  }
  generate(resolve(modules));
}
