import { escapeHtml } from '@kraina/core';
import type { JsonSchema, OpenApiDocument, Operation, OperationMethod, Parameter, Reference, ResponseObject } from './openapi-types.js';

const methods: readonly OperationMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

// Anchors are built from ids and names that could in principle hold anything; only safe characters survive.
const anchor = (kind: string, name: string) => `${kind}-${name.replace(/[^\w-]/g, '_')}`;

/**
 * The API reference as one HTML page rendered on the server from the OpenAPI document: operations by tag with
 * their parameters, request body fields and responses, then the schemas. No script, no CDN, every value escaped.
 */
export function renderReferencePage(document: OpenApiDocument): string {
  const byTag = document.tags.map(({ name }) => ({
    tag: name,
    operations: Object.entries(document.paths).flatMap(([path, item]) =>
      methods.flatMap((method) => {
        const operation = item[method];
        return operation?.tags.includes(name) ? [{ path, method, operation }] : [];
      }),
    ),
  }));
  const base = document.servers[0]?.url ?? '';
  const schemas = Object.entries(document.components.schemas);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} reference</title>
<style>${styles}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the reference</a>
<header>
<h1>${escapeHtml(document.info.title)} <span class="version">${escapeHtml(document.info.version)}</span></h1>
${paragraphs(document.info.description ?? '')}
<p>The machine-readable document: <a href="/api/openapi.json">OpenAPI 3.1 (JSON)</a>. Paths below are relative to <code>${escapeHtml(base)}</code>.</p>
</header>
<nav aria-labelledby="contents">
<h2 id="contents">Contents</h2>
<ul>
${byTag
  .map(
    ({ tag, operations }) => `<li><a href="#${anchor('tag', tag)}">${escapeHtml(tag)}</a><ul>
${operations.map(({ path, method, operation }) => `<li><a href="#${anchor('op', operation.operationId)}">${method.toUpperCase()} ${escapeHtml(path)}</a></li>`).join('\n')}
</ul></li>`,
  )
  .join('\n')}
<li><a href="#schemas">Schemas</a></li>
</ul>
</nav>
<main id="main">
${byTag
  .map(
    ({ tag, operations }) => `<section aria-labelledby="${anchor('tag', tag)}">
<h2 id="${anchor('tag', tag)}">${escapeHtml(tag)}</h2>
${operations.map(({ path, method, operation }) => renderOperation(path, method, operation, document)).join('\n')}
</section>`,
  )
  .join('\n')}
<section aria-labelledby="schemas">
<h2 id="schemas">Schemas</h2>
${schemas.map(([name, schema]) => renderSchema(name, schema)).join('\n')}
</section>
</main>
<footer><p>Generated from the zod schemas the API validates every request with.</p></footer>
</body>
</html>
`;
}

function renderOperation(path: string, method: OperationMethod, operation: Operation, document: OpenApiDocument): string {
  const id = anchor('op', operation.operationId);
  const parameters = (operation.parameters ?? []).map((p) => resolve<Parameter>(p, document));
  const body = operation.requestBody?.content['application/json']?.schema;
  const bodySchema = body ? resolveSchema(body, document) : undefined;
  return `<article aria-labelledby="${id}">
<h3 id="${id}"><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(operation.summary)}${operation.security ? ` <strong class="staff">Staff only</strong>: ${escapeHtml(whoMay(operation.security))}` : ''}</p>
${
  parameters.length === 0
    ? ''
    : `<h4>Parameters</h4>
${table(
  ['Name', 'In', 'Type', 'Required', 'Description'],
  parameters.map((p) => [`<code>${escapeHtml(p.name)}</code>`, escapeHtml(p.in), typeOf(p.schema), p.required ? 'yes' : 'no', escapeHtml(p.description ?? '')]),
)}`
}
${
  body === undefined
    ? ''
    : `<h4>Request body</h4>
<p><code>application/json</code>: ${typeOf(body)}</p>
${bodySchema ? fieldsTable(bodySchema) : ''}`
}
<h4>Responses</h4>
${table(
  ['Status', 'Meaning', 'Body'],
  Object.entries(operation.responses).map(([status, response]) => {
    const resolved = resolve<ResponseObject>(response, document);
    const content = Object.entries(resolved.content ?? {})[0];
    return [status, escapeHtml(resolved.description), content ? `<code>${escapeHtml(content[0])}</code> ${typeOf(content[1].schema)}` : '—'];
  }),
)}
</article>`;
}

function renderSchema(name: string, schema: JsonSchema): string {
  const id = anchor('schema', name);
  const text = typeof schema.description === 'string' ? `<p>${escapeHtml(schema.description)}</p>` : '';
  return `<section aria-labelledby="${id}" class="schema">
<h3 id="${id}">${escapeHtml(name)}</h3>
${text}<p>${typeOf(schema)}</p>
${fieldsTable(schema)}
</section>`;
}

function fieldsTable(schema: JsonSchema): string {
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (properties === undefined) return '';
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return table(
    ['Field', 'Type', 'Required', 'Description'],
    Object.entries(properties).map(([field, property]) => [
      `<code>${escapeHtml(field)}</code>`,
      typeOf(property),
      required.has(field) ? 'yes' : 'no',
      escapeHtml(typeof property.description === 'string' ? property.description : ''),
    ]),
  );
}

/** A short description of a schema's type, as HTML: `string (uuid)`, `array of <a>Slug</a>`, `"festival" or "forum"`. */
function typeOf(schema: JsonSchema | undefined): string {
  if (schema === undefined) return 'any';
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return `<a href="#${anchor('schema', name)}">${escapeHtml(name)}</a>`;
  }
  for (const combinator of ['anyOf', 'oneOf'] as const) {
    const options = schema[combinator];
    if (Array.isArray(options)) return (options as JsonSchema[]).map(typeOf).join(' or ');
  }
  if (Array.isArray(schema.allOf)) return (schema.allOf as JsonSchema[]).map(typeOf).join(' and ');
  if ('const' in schema) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`;
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((v) => `<code>${escapeHtml(JSON.stringify(v))}</code>`).join(', ')}`;
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === 'string' ? [schema.type] : [];
  if (types.length === 0) return 'any';
  return types
    .map((type) => {
      if (type === 'array') return `array of ${typeOf(schema.items as JsonSchema | undefined)}`;
      if (type === 'object' && typeof schema.additionalProperties === 'object') return `map of ${typeOf(schema.additionalProperties as JsonSchema)}`;
      if (typeof schema.format === 'string') return `${escapeHtml(type)} (${escapeHtml(schema.format)})`;
      return escapeHtml(type);
    })
    .join(' or ');
}

function table(headings: readonly string[], rows: readonly (readonly string[])[]): string {
  return `<table>
<thead><tr>${headings.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>`;
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtml(p.replace(/\s*\n\s*/g, ' ')).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`)
    .join('\n');
}

function resolve<T>(value: T | Reference, document: OpenApiDocument): T {
  if (typeof value !== 'object' || value === null || !('$ref' in value)) return value;
  return value.$ref.slice(2).split('/').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], document) as T;
}

function resolveSchema(schema: JsonSchema, document: OpenApiDocument): JsonSchema | undefined {
  return typeof schema.$ref === 'string' ? document.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;
}

// Readable on a phone and in print, dark-mode aware; system fonts only, so nothing is fetched from elsewhere.
const styles = `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fff; --muted: #595959; --line: #d0d0d0; --accent: #0b5cad; }
@media (prefers-color-scheme: dark) { :root { --fg: #ececec; --bg: #161616; --muted: #b4b4b4; --line: #444; --accent: #7db7ff; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.25rem 3rem; font: 1rem/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999rem; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .92em; overflow-wrap: anywhere; }
h1 .version { font-size: .55em; color: var(--muted); font-weight: normal; }
h2 { border-bottom: 2px solid var(--line); padding-bottom: .25rem; margin-top: 2.5rem; }
h3 { margin-top: 2rem; }
article, .schema { border-top: 1px solid var(--line); }
nav ul ul { columns: 2 18rem; }
.method { display: inline-block; min-width: 4.5em; padding: 0 .4em; border-radius: .25em; font-size: .85em; text-align: center; color: #fff; }
.get { background: #1d6b34; } .post { background: #0b5cad; } .put, .patch { background: #8a4b00; } .delete { background: #a1262a; }
.staff { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem; border-bottom: 1px solid var(--line); }
th { font-weight: 600; }
`;

// "a session of an admin or editor, or a token with content:write", from the operation's security requirement.
function whoMay(security: NonNullable<Operation['security']>): string {
  const session = security.find((r) => 'staffSession' in r)?.staffSession ?? [];
  const token = security.find((r) => 'apiToken' in r)?.apiToken ?? [];
  const roles = session.length > 0 ? `a session of an ${session.join(' or ')}` : 'a session';
  return token.length > 0 ? `${roles}, or a token with ${token.join(' or ')}.` : `${roles}.`;
}
