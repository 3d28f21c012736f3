import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { convertSchemas, refsIn } from './schema-components.js';

// Ids are prefixed so they cannot meet a core schema's id in zod's global registry.
const Tag = z.string().min(1).meta({ id: 'TestTag' });
const Links = z.object({ tags: z.array(Tag).default([]) }).meta({ id: 'TestLinks' });
const Story = z.object({ title: z.string(), links: Links }).meta({ id: 'TestStory' });
const Draft = z.strictObject({ title: z.string(), links: Links.optional() }).meta({ id: 'TestDraft' });

describe('convertSchemas', () => {
  it('refers to a schema with an id by $ref and lifts it into components once', () => {
    const { schemas, components } = convertSchemas([{ schema: z.object({ a: Tag, b: Tag }), io: 'output' }]);
    expect(schemas[0]).toMatchObject({ properties: { a: { $ref: '#/components/schemas/TestTag' }, b: { $ref: '#/components/schemas/TestTag' } } });
    expect(components.TestTag).toEqual({ type: 'string', minLength: 1 });
  });

  it('answers a schema with an id as a bare $ref, in the order asked', () => {
    const { schemas } = convertSchemas([
      { schema: Tag, io: 'input' },
      { schema: Story, io: 'output' },
    ]);
    expect(schemas).toEqual([{ $ref: '#/components/schemas/TestTag' }, { $ref: '#/components/schemas/TestStory' }]);
  });

  it('keeps one component for a schema read and written alike', () => {
    const { components } = convertSchemas([
      { schema: Tag, io: 'input' },
      { schema: Tag, io: 'output' },
    ]);
    expect(Object.keys(components)).toEqual(['TestTag']);
  });

  it('names the input form apart when defaults make it differ, and each form refers to its own', () => {
    const { components } = convertSchemas([
      { schema: Story, io: 'output' },
      { schema: Draft, io: 'input' },
    ]);
    expect(components.TestLinks?.required).toEqual(['tags']);
    expect(components.TestLinksInput?.required).toBeUndefined();
    expect(refsIn(components.TestStory)).toEqual(['#/components/schemas/TestLinks']);
    expect(refsIn(components.TestDraft)).toEqual(['#/components/schemas/TestLinksInput']);
  });

  it('names apart a schema whose own text is the same both ways when it refers to one that differs', () => {
    const Wrapper = z.object({ links: Links }).meta({ id: 'TestWrapper' });
    const { components } = convertSchemas([
      { schema: Wrapper, io: 'output' },
      { schema: Wrapper, io: 'input' },
    ]);
    expect(Object.keys(components).sort()).toEqual(['TestLinks', 'TestLinksInput', 'TestTag', 'TestWrapper', 'TestWrapperInput']);
    expect(refsIn(components.TestWrapperInput)).toEqual(['#/components/schemas/TestLinksInput']);
  });

  it('names a recursive schema without an id after its type literal, the same in every conversion', () => {
    const Item = z.strictObject({
      type: z.literal('treeItem'),
      get children(): z.ZodArray<typeof Item> {
        return z.array(Item);
      },
    });
    const Tree = z.object({ root: Item }).meta({ id: 'TestTree' });
    const { components } = convertSchemas([
      { schema: Tree, io: 'output' },
      { schema: z.object({ other: z.string(), tree: Tree }), io: 'output' },
    ]);
    expect(Object.keys(components).sort()).toEqual(['TestTree', 'TreeItemNode']);
    expect(refsIn(components.TreeItemNode)).toEqual(['#/components/schemas/TreeItemNode']);
  });

  it('refuses a recursive schema it cannot name, asking for an id', () => {
    const Node = z.object({
      get next(): z.ZodOptional<typeof Node> {
        return Node.optional();
      },
    });
    expect(() => convertSchemas([{ schema: z.object({ head: Node }), io: 'output' }])).toThrow(/needs an id/);
  });

  it('refuses two different schemas that share an id', () => {
    const a = z.string().meta({ id: 'TestClash' });
    const b = z.number().meta({ id: 'TestClash' });
    expect(() => convertSchemas([{ schema: z.object({ a, b }), io: 'output' }])).toThrow(/TestClash/);
  });

  it('refuses what JSON Schema cannot express rather than document it wrongly', () => {
    expect(() => convertSchemas([{ schema: z.object({ when: z.date() }), io: 'output' }])).toThrow();
  });
});
