// The part of OpenAPI 3.1 this API's document uses, typed so the builder and the reference page agree on it.

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1). */
export type JsonSchema = { [keyword: string]: unknown };

/** A pointer to a reusable component, such as `#/components/responses/NotFound`. */
export interface Reference {
  $ref: string;
}

/** A path, query or header parameter. */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  description?: string;
  schema: JsonSchema;
}

/** A body in one media type. */
export interface MediaType {
  schema: JsonSchema;
  /** How each form field is spelt, for `multipart/form-data`: `alt[en]` is `deepObject`. */
  encoding?: Record<string, { style: 'deepObject'; explode: boolean }>;
}

/** One documented answer of an operation. */
export interface ResponseObject {
  description: string;
  headers?: Record<string, Reference | { description: string; schema: JsonSchema }>;
  content?: Record<string, MediaType>;
}

/** One operation: a method on a path. */
export interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: (Parameter | Reference)[];
  requestBody?: { required: boolean; content: Record<string, MediaType> };
  responses: Record<string, ResponseObject | Reference>;
  security?: Record<string, string[]>[];
}

/** The lower-case methods OpenAPI keys operations by. */
export type OperationMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A security scheme: the session cookie or the bearer token. */
export type SecurityScheme =
  | { type: 'apiKey'; in: 'cookie' | 'header'; name: string; description: string }
  | { type: 'http'; scheme: 'bearer'; description: string };

/** An OpenAPI 3.1 document. */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; summary?: string; description?: string; license: { name: string; identifier: string } };
  servers: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Partial<Record<OperationMethod, Operation>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, ResponseObject>;
    parameters: Record<string, Parameter>;
    headers: Record<string, { description: string; schema: JsonSchema }>;
    securitySchemes: Record<string, SecurityScheme>;
  };
}
