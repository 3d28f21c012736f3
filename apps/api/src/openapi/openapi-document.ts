import {
  baseVersionOf,
  type ErrorCode,
  type Permission,
  ProblemSchema,
  type RouteContract,
  type TokenScope,
  type UserRole,
  problemTypes,
  rolePermissions,
  scopePermissions,
} from '@kraina/core';
import type { JsonSchema, MediaType, OpenApiDocument, Operation, OperationMethod, Parameter, Reference, ResponseObject } from './openapi-types.js';
import { type SchemaRequest, convertSchemas, refsIn } from './schema-components.js';

/** What the OpenAPI document is built from. */
export interface OpenApiDocumentOptions {
  /** The route table, core's `routes` in the API. */
  routes: Record<string, RouteContract>;
  /** Where the API is served, such as `https://portal.example`; empty (the default) means the document's own origin. */
  serverUrl?: string;
  /** The API's version, from its package.json. */
  version: string;
  /** The name of the staff session cookie. */
  sessionCookieName?: string;
}

const description = `The REST API of a Kraina portal: published articles, events and places for anyone, writes for staff.

Errors are RFC 9457 \`application/problem+json\`; \`errors\` names each invalid field with a JSON Pointer prefixed by the
part of the request it lies in: \`#/params/slug\`, \`#/query/limit\`, \`#/body/translations/en/headline\`.
Public reads carry \`ETag\` and \`Cache-Control\` and answer 304 to a matching \`If-None-Match\`. Content comes in the
locale named by \`?locale=\`, else the best match for \`Accept-Language\`, falling back along the configured chain.
Every answer carries an \`X-Request-Id\` to quote when reporting a problem.`;

/** Builds the OpenAPI 3.1 document of the API from the route table's zod schemas: nothing in it is written by hand. */
export function buildOpenApiDocument({ routes, serverUrl = '', version, sessionCookieName = 'kraina_session' }: OpenApiDocumentOptions): OpenApiDocument {
  const requests: SchemaRequest[] = [{ schema: ProblemSchema, io: 'output' }];
  const slot = (schema: RouteContract['body'], io: SchemaRequest['io']) => (schema ? requests.push({ schema, io }) - 1 : undefined);
  const slots = Object.entries(routes).map(([name, route]) => ({
    name,
    route,
    params: slot(route.params, 'input'),
    query: slot(route.query, 'input'),
    body: slot(route.body, 'input'),
    response: slot(route.response, 'output'),
  }));
  const { schemas, components } = convertSchemas(requests);
  const at = (index: number | undefined) => (index === undefined ? undefined : schemas[index]);
  const propertiesOf = (index: number | undefined) => objectProperties(at(index), components);

  const paths: OpenApiDocument['paths'] = {};
  const usedCodes = new Set<ErrorCode>();
  for (const { name, route, params, query, body, response } of slots) {
    const codes = errorCodesFor(route);
    codes.forEach((code) => usedCodes.add(code));
    const operation: Operation = {
      operationId: name,
      summary: route.summary,
      tags: [route.tag],
      parameters: [
        ...propertiesOf(params).map(({ name: param, schema }): Parameter => ({ name: param, in: 'path', required: true, schema })),
        ...propertiesOf(query).map(({ name: param, schema, required }) => queryParameter(param, schema, required)),
        ...headerParameters(route),
      ],
      ...(body === undefined ? {} : { requestBody: { required: true, content: route.consumes === 'multipart/form-data' ? uploadForm(propertiesOf(body), components) : { 'application/json': { schema: at(body) ?? {} } } } }),
      responses: responsesFor(route, at(response), codes),
      ...securityOf(route),
    };
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method.toLowerCase() as OperationMethod]: operation };
  }

  const document: OpenApiDocument = {
    openapi: '3.1.0',
    info: { title: 'Kraina API', version, description, license: { name: 'Apache 2.0', identifier: 'Apache-2.0' } },
    servers: [{ url: `${serverUrl.replace(/\/+$/, '')}/api/v1` }],
    tags: [...new Set(Object.values(routes).map((r) => r.tag))].map((tag) => ({ name: tag })),
    paths,
    components: {
      schemas: components,
      responses: {
        NotModified: { description: 'Not modified: the copy named in If-None-Match is still current' },
        ...Object.fromEntries([...usedCodes].map((code) => [responseName(code), problemResponse(code, schemas[0] ?? {})])),
      },
      parameters: {
        AcceptLanguage: { name: 'Accept-Language', in: 'header', description: 'The locales the reader prefers, used when `locale` is not given', schema: { type: 'string' } },
        IfNoneMatch: { name: 'If-None-Match', in: 'header', description: 'The ETag of the copy the caller holds; answered with 304 while it is current', schema: { type: 'string' } },
        IfMatch: { name: 'If-Match', in: 'header', description: 'The version the change is based on; a stale one is answered with 412', schema: { type: 'string' } },
      },
      headers: {
        ETag: { description: 'Identifies this representation, for If-None-Match', schema: { type: 'string' } },
        CacheControl: { description: 'How long caches may keep a public read', schema: { type: 'string' } },
        ContentDisposition: { description: 'The name to save a download under', schema: { type: 'string' } },
        Location: { description: 'The address the item now lives at', schema: { type: 'string', format: 'uri-reference' } },
      },
      securitySchemes: {
        staffSession: { type: 'apiKey', in: 'cookie', name: sessionCookieName, description: 'The session cookie staff receive when they sign in; its requirement lists the roles allowed, and each change must also send `X-CSRF-Token`' },
        apiToken: { type: 'http', scheme: 'bearer', description: 'A scoped API token, for internal teams; its requirement lists the scopes that allow the operation' },
      },
    },
  };
  document.components.schemas = reachableSchemas(document);
  return document;
}

/**
 * An upload's body: the route's fields as form fields, objects spelt `alt[en]` (deepObject), beside the one binary
 * `file` part every upload carries.
 */
function uploadForm(fields: ReturnType<typeof objectProperties>, components: Record<string, JsonSchema>): Record<string, MediaType> {
  const resolve = (schema: JsonSchema) => (typeof schema.$ref === 'string' ? components[schema.$ref.replace('#/components/schemas/', '')] : schema);
  const file: JsonSchema = { type: 'string', format: 'binary', contentMediaType: 'application/octet-stream', description: 'The file; what it is, is read from its bytes, not its name or type' };
  const schema: JsonSchema = {
    type: 'object',
    properties: { file, ...Object.fromEntries(fields.map(({ name, schema: field }) => [name, field])) },
    required: ['file', ...fields.filter((f) => f.required).map((f) => f.name)],
    additionalProperties: false,
  };
  const objects = fields.filter(({ schema: field }) => resolve(field)?.type === 'object');
  const encoding = Object.fromEntries(objects.map(({ name }) => [name, { style: 'deepObject' as const, explode: true }]));
  return { 'multipart/form-data': { schema, ...(objects.length > 0 ? { encoding } : {}) } };
}

function queryParameter(name: string, schema: JsonSchema, required: boolean): Parameter {
  const text = typeof schema.description === 'string' ? { description: schema.description } : {};
  return { name, in: 'query', required, ...text, schema };
}

function headerParameters(route: RouteContract): Reference[] {
  if (route.method === 'GET') return [{ $ref: '#/components/parameters/AcceptLanguage' }, { $ref: '#/components/parameters/IfNoneMatch' }];
  if (baseVersionOf(route)) return [{ $ref: '#/components/parameters/IfMatch' }];
  return [];
}

/**
 * Who may call an operation, as OpenAPI 3.1 states it: the roles whose session may (the cookie's "scopes"), and the
 * token scopes that grant the permission; a permission no scope grants (accounts, tokens, one's own session) has no
 * token alternative. The description names the permission itself.
 */
function securityOf(route: RouteContract): Pick<Operation, 'security' | 'description'> {
  if (route.access === 'public') return {};
  const needed: readonly Permission[] = typeof route.access === 'string' ? [route.access] : route.access;
  const grants = (held: readonly Permission[]) => held.some((p) => needed.includes(p));
  const roles = (Object.entries(rolePermissions) as [UserRole, readonly Permission[]][]).filter(([, held]) => grants(held)).map(([role]) => role);
  const scopes = (Object.entries(scopePermissions) as [TokenScope, readonly Permission[]][]).filter(([, held]) => grants(held)).map(([scope]) => scope);
  return {
    description: `Needs the permission ${needed.map((p) => `\`${p}\``).join(' or ')}.`,
    security: [{ staffSession: roles }, ...(scopes.length > 0 ? [{ apiToken: scopes }] : [])],
  };
}

// What can go wrong, per kind of route; the handlers add nothing the contract does not already say.
function errorCodesFor(route: RouteContract): ErrorCode[] {
  const codes: ErrorCode[] = ['malformed-request', 'invalid-input', 'rate-limited', 'internal', 'unavailable'];
  if (route.access !== 'public') codes.push('unauthenticated', 'forbidden');
  if (route.params) codes.push('not-found');
  if (route.method !== 'GET') codes.push('conflict');
  if (route.body) codes.push('payload-too-large', 'unsupported-media-type');
  const baseVersion = baseVersionOf(route);
  if (baseVersion) codes.push('version-conflict');
  if (baseVersion === 'required') codes.push('precondition-required');
  for (const code of route.alsoAnswers ?? []) if (!codes.includes(code)) codes.push(code);
  return codes;
}

function responsesFor(route: RouteContract, schema: JsonSchema | undefined, codes: readonly ErrorCode[]): Operation['responses'] {
  const responses: Record<string, ResponseObject | Reference> = {};
  const status = route.status ?? (route.response ? 200 : 204);
  responses[String(status)] = schema
    ? {
        description: route.summary,
        ...(route.method === 'GET' ? { headers: readHeaders(route) } : {}),
        // A download declares its own media type (text/csv, text/calendar…); everything else answers JSON.
        content: { [route.produces ?? 'application/json']: { schema } },
      }
    : { description: 'Done; there is nothing to return' };
  if (route.method === 'GET') responses['304'] = { $ref: '#/components/responses/NotModified' };
  if (route.movedWhen) responses['301'] = { description: `Moved: ${route.movedWhen}`, headers: { Location: { $ref: '#/components/headers/Location' } } };
  // One response per status: where two codes share one (sign-in's 401s), the response names both.
  const byStatus = new Map<string, ErrorCode[]>();
  for (const code of codes) byStatus.set(String(problemTypes[code].status), [...(byStatus.get(String(problemTypes[code].status)) ?? []), code]);
  for (const [answer, shared] of byStatus) {
    responses[answer] =
      shared.length === 1
        ? { $ref: `#/components/responses/${responseName(shared[0] as ErrorCode)}` }
        : {
            description: shared.map((code) => `${problemTypes[code].title} (\`${code}\`)`).join('; or '),
            content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
          };
  }
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}

function readHeaders(route: RouteContract): NonNullable<ResponseObject['headers']> {
  return {
    ETag: { $ref: '#/components/headers/ETag' },
    'Cache-Control': { $ref: '#/components/headers/CacheControl' },
    ...(route.produces === undefined ? {} : { 'Content-Disposition': { $ref: '#/components/headers/ContentDisposition' } }),
  };
}

function problemResponse(code: ErrorCode, problemSchema: JsonSchema): ResponseObject {
  return { description: problemTypes[code].title, content: { 'application/problem+json': { schema: problemSchema } } };
}

// `payload-too-large` → `PayloadTooLarge`
function responseName(code: ErrorCode): string {
  return code.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());
}

function objectProperties(schema: JsonSchema | undefined, components: Record<string, JsonSchema>) {
  if (schema === undefined) return [];
  const resolved = typeof schema.$ref === 'string' ? components[schema.$ref.replace('#/components/schemas/', '')] : schema;
  const properties = resolved?.properties as Record<string, JsonSchema> | undefined;
  if (resolved?.type !== 'object' || properties === undefined) throw new Error('Path and query schemas must be objects');
  const required = new Set((resolved.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => ({ name, schema: property, required: required.has(name) }));
}

// Query schemas are spread into parameters, so their own components would dangle; keep only what is referred to.
function reachableSchemas(document: OpenApiDocument): Record<string, JsonSchema> {
  const { schemas, ...rest } = document.components;
  const prefix = '#/components/schemas/';
  const reached = new Set<string>();
  const queue = refsIn([document.paths, rest]);
  for (let ref = queue.pop(); ref !== undefined; ref = queue.pop()) {
    const name = ref.slice(prefix.length);
    if (!ref.startsWith(prefix) || reached.has(name)) continue;
    reached.add(name);
    queue.push(...refsIn(schemas[name]));
  }
  return Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name)));
}
