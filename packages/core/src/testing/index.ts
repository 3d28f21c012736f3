// `@kraina/core/testing`: what other teams' tests need to explore the contract's input space, kept out of the main
// entry so the package's runtime never loads fast-check.
export { type Repair, arbitraryFromSchema } from './arbitrary-from-schema.js';
export { schemaRepairs } from './schema-repairs.js';
